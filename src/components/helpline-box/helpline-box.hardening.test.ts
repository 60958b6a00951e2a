/**
 * Issue #11, the box on a hostile page or with a hostile directory: a page
 * whose scripts have polluted Object.prototype (a buggy library is enough)
 * still gets 999 first, open 24 hours, with no alert that the directory does
 * not hold; a directory cannot show one number and dial another.
 */
import { expect } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { bundledDirectory } from '../../directory/bundled.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';
import { pollute } from '../../../test/support/pollution.js';

const root = (el: HelplineBox) => el.shadowRoot!;
const lineIds = (el: HelplineBox) => [...root(el).querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);
const telHrefs = (el: HelplineBox) => [...root(el).querySelectorAll('a[data-channel="phone"]')].map((a) => a.getAttribute('href'));
const status = (el: HelplineBox, id: string) => root(el).querySelector(`[data-line="${id}"] [part~="status"]`)?.textContent ?? null;
const words = (el: HelplineBox) => root(el).textContent.replace(/\s+/g, ' ');

async function box(): Promise<HelplineBox> {
  const el = document.createElement('helpline-box');
  el.setAttribute('topic', 'child-abuse');
  el.setAttribute('region', 'GB');
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** What a polluted page sets, each with a value that would hide 999, close it or add a notice. */
const POLLUTION: [string, unknown][] = [
  ['active', false],
  ['hours', { timeZone: 'Europe/London', weekly: [] }],
  ['always', true],
  ['alerts', [{ text: { en: 'This line is closed; do not call' }, until: '2099-12-31' }]],
  ['exceptions', [{ date: '2026-11-30', closed: true }]],
  ['interpreters', true],
  ['label', { en: 'Polluted label' }],
];

afterEach(() => {
  for (const el of document.querySelectorAll('body > helpline-box')) el.remove();
});

describe('<helpline-box> on a page with a polluted Object.prototype', () => {
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  for (const [key, value] of POLLUTION) {
    it(`shows tel:999 first, open 24 hours, with no alert, when Object.prototype.${key} is set`, async () => {
      const expected = words(await box());
      const clean = pollute('Object.prototype', key, value);
      let el: HelplineBox;
      try {
        el = await box();
      } finally {
        clean();
      }
      expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline']);
      expect(telHrefs(el)[0]).to.equal('tel:999');
      expect(status(el, 'gb-emergency')).to.equal('Open 24 hours');
      expect(root(el).querySelector('[part~="alert"]')).to.equal(null);
      expect(root(el).querySelector('[part~="interpreters"]')).to.equal(null);
      expect(status(el, 'nspcc-helpline')).to.match(/^Open now - closes at/);
      // Every word as on a clean page.
      expect(words(el)).to.equal(expected);
    });
  }
});

function captureConsole(method: 'warn' | 'error') {
  const original = console[method].bind(console);
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[method] = original) };
}

describe('<helpline-box> with a directory that shows one number and dials another', () => {
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('leaves the line out, logs one error naming it, and keeps the other lines', async () => {
    const edited = structuredClone(bundledDirectory);
    // Reads "0800 1111" on screen and dials +44 1111 0080.
    Object.assign(edited.lines.find((l) => l.id === 'childline')!.contacts[0], { value: '+4411110080', display: '\u202E1111 0080' });
    const errors = captureConsole('error');
    try {
      const el = await box();
      el.directory = edited;
      await el.updateComplete;
      expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline']);
      expect(telHrefs(el)).not.to.include('tel:+4411110080');
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('(line "childline")').and.contain('has characters a phone number cannot have');
    } finally {
      errors.restore();
    }
  });
});

describe('<helpline-box> with a directory whose emergency line dials another number', () => {
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('shows the bundled 999 instead, with one error naming the line', async () => {
    const edited = structuredClone(bundledDirectory);
    edited.lines[0].contacts = [{ type: 'phone', value: '+447700900123', display: '07700 900123' }];
    const errors = captureConsole('error');
    const warnings = captureConsole('warn');
    try {
      const el = await box();
      el.directory = edited;
      await el.updateComplete;
      expect(telHrefs(el)[0]).to.equal('tel:999');
      expect(telHrefs(el)).not.to.include('tel:+447700900123');
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.contain('(line "gb-emergency"): dials +447700900123 on an emergency line for GB');
      expect(warnings.messages.join('\n')).to.contain('no emergency line for region "GB"');
    } finally {
      warnings.restore();
      errors.restore();
    }
  });
});

describe('<helpline-box> with picked lines from other countries', () => {
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('shows a UK reader 999 only, never 911, 000 or 988, and warns naming each line left out', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = document.createElement('helpline-box');
      el.setAttribute('region', 'GB');
      el.setAttribute('lines', 'us-emergency au-emergency 988-lifeline');
      document.body.append(el);
      await el.updateComplete;
      expect(lineIds(el)).to.deep.equal(['gb-emergency']);
      expect(telHrefs(el)).to.deep.equal(['tel:999']);
      for (const id of ['us-emergency', 'au-emergency', '988-lifeline']) expect(warnings.messages.join('\n')).to.contain(`line "${id}" does not serve region "GB"`);
    } finally {
      warnings.restore();
    }
  });
});

describe('<helpline-box> with a huge attribute', () => {
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('reads 100,000 unknown topics with two warnings, not 100,000, and shows 999', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = document.createElement('helpline-box');
      el.setAttribute('region', 'GB');
      el.setAttribute('topic', Array.from({ length: 100_000 }, (_, i) => `knitting-${i}`).join(' '));
      document.body.append(el);
      await el.updateComplete;
      expect(telHrefs(el)).to.deep.equal(['tel:999']);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('more than 50 topics were given');
    } finally {
      warnings.restore();
    }
  });
});
