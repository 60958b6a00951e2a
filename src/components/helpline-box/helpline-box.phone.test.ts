/**
 * A reader on a phone (390 x 844): the seed story's box fits one screen with
 * 999 and at least two more numbers on it, the rest one tap away; the number is
 * the largest thing on each line; what a call costs and shows; the corrections
 * link. (Leaving through the quick exit is tested on real pages in
 * test/node/quick-exit.test.mjs.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { bundledDirectory } from '../../directory/bundled.js';
import { moreButton, showAllLines } from '../../../test/support/box.js';
import { WEDNESDAY_NOON_UK } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';
import { emulateMedia } from '../../../test/support/media.js';

const PHONE = { width: 390, height: 844 };
const seed = () => fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
/** The call links a reader sees without scrolling or tapping. */
const onScreen = (el: HelplineBox) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[data-channel="phone"]')]
    .filter((a) => {
      const box = a.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= PHONE.height;
    })
    .map((a) => a.getAttribute('href'));
const lineIds = (el: HelplineBox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);

describe('<helpline-box> on a phone', () => {
  // Wednesday noon in London: the NSPCC is open.
  pinClock(WEDNESDAY_NOON_UK, 'Europe/London');
  beforeEach(() => setViewport(PHONE));
  afterEach(async () => {
    await emulateMedia({});
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`fits the seed story's box in one screen with 999 and two more numbers on it (${scheme})`, async () => {
      await emulateMedia({ 'prefers-color-scheme': scheme });
      const el = await seed();
      expect(el.getBoundingClientRect().height).to.be.at.most(PHONE.height);
      expect(onScreen(el)).to.deep.equal(['tel:999', 'tel:101', 'tel:+448088005000']);
    });
  }

  it('fits with a quick exit and a corrections link too', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG" quick-exit report-url="https://example.org/corrections"></helpline-box>`);
    expect(el.getBoundingClientRect().height).to.be.at.most(PHONE.height);
    expect(onScreen(el)).to.have.length(3);
  });

  it('keeps every other line one tap away, behind a button that says how many it holds', async () => {
    const el = await seed();
    const more = moreButton(el)!;
    expect(more.textContent.trim()).to.equal('More helplines (4)');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    const hidden = el.shadowRoot!.querySelector(`#${more.getAttribute('aria-controls')!}`)!;
    expect([...hidden.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line'])).to.deep.equal(['childline', 'stop-it-now', 'ceop', 'iwf']);
    expect(hidden.getClientRects().length).to.equal(0);
    await showAllLines(el);
    expect(more.textContent.trim()).to.equal('Fewer helplines');
    expect(hidden.getClientRects().length).to.be.greaterThan(0);
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline', 'stop-it-now', 'ceop', 'iwf']);
    await expect(el).to.be.accessible();
  });

  it('makes the number the largest text on each line, and shows it as text', async () => {
    const el = await seed();
    await showAllLines(el);
    for (const line of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')) {
      const number = line.querySelector<HTMLElement>('a[data-channel="phone"] .number');
      if (!number) continue;
      const size = parseFloat(getComputedStyle(number).fontSize);
      for (const node of line.querySelectorAll<HTMLElement>('p, span, a')) {
        if (node === number || !node.textContent.trim() || node.closest('.unseen-words')) continue;
        expect(parseFloat(getComputedStyle(node).fontSize), `${line.dataset['line']}: ${node.textContent}`).to.be.at.most(size);
      }
      expect(number.textContent).to.match(/^[\d ]+$/);
    }
  });

  it('gives secondary channels smaller text than a call, still 44 px targets', async () => {
    const el = await seed();
    const call = el.shadowRoot!.querySelector<HTMLElement>('[data-line="nspcc-helpline"] a[data-channel="phone"]')!;
    for (const link of el.shadowRoot!.querySelectorAll<HTMLElement>('[data-line="nspcc-helpline"] a:not([data-channel="phone"])')) {
      expect(parseFloat(getComputedStyle(link).fontSize)).to.be.below(parseFloat(getComputedStyle(call).fontSize));
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('keeps the compact variant to one row a service', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG" variant="compact"></helpline-box>`);
    expect(moreButton(el)).to.equal(null);
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"][data-line="nspcc-helpline"], [part~="line"][data-line="childline"]')];
    for (const row of rows) {
      const name = row.querySelector('[part~="name"]')!.getBoundingClientRect();
      const call = row.querySelector('a[data-channel="phone"]')!.getBoundingClientRect();
      // The name and the call sit side by side: the call starts above the name's bottom.
      expect(call.top, row.dataset['line']).to.be.below(name.bottom);
    }
    expect(el.shadowRoot!.querySelector('[part~="for"], [part~="calls"]')).to.equal(null);
  });
});

describe('<helpline-box> calling safely and corrections', () => {
  pinClock(WEDNESDAY_NOON_UK, 'Europe/London');

  it('says in one short phrase what a call costs and whether it shows on a bill, where the directory says', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lines="samaritans childline"></helpline-box>`);
    const directory = structuredClone(bundledDirectory);
    directory.lines.find((l) => l.id === 'samaritans')!.calls = { free: true, onBill: false, confidential: true };
    directory.lines.find((l) => l.id === 'childline')!.calls = { free: false, anonymous: true };
    el.directory = directory;
    await el.updateComplete;
    const calls = (id: string) => el.shadowRoot!.querySelector(`[data-line="${id}"] [part~="calls"]`)?.textContent;
    expect(calls('samaritans')).to.equal("Free to call · Won't show on phone bills · Confidential");
    expect(calls('childline')).to.equal("Calls may be charged · You don't have to give your name");
    // As the directory says of 999: free, and nothing about bills.
    expect(calls('gb-emergency')).to.equal('Free to call');
    el.lang = 'cy';
    await el.updateComplete;
    expect(calls('samaritans')).to.equal("Am ddim i'w ffonio · Ni fydd yn ymddangos ar filiau ffôn · Cyfrinachol");
  });

  it('links to the publisher\'s corrections page, without tracking, and ignores an unsafe address with a warning', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" report-url="https://example.org/corrections"></helpline-box>`);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="report"]')!;
    expect([link.textContent, link.getAttribute('href'), link.rel]).to.deep.equal(['Number wrong? Tell us', 'https://example.org/corrections', 'noopener noreferrer']);
    const warn = console.warn;
    const messages: string[] = [];
    console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
    try {
      el.reportUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a[part~="report"]')).to.equal(null);
      expect(messages).to.deep.equal(['<helpline-box>: report-url "javascript:alert(1)" is not an absolute https: or mailto: address; it was ignored']);
    } finally {
      console.warn = warn;
    }
  });

  it('puts a clearly labelled quick exit first in the box, with the keyboard shortcut described', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="domestic-abuse" region="GB-ENG" quick-exit></helpline-box>`);
    const exit = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="exit"]')!;
    expect(exit.textContent).to.equal('Exit this page');
    expect(el.shadowRoot!.getElementById(exit.getAttribute('aria-describedby')!)!.textContent).to.equal('Or press the Shift key 3 times');
    expect(el.shadowRoot!.querySelector('section')!.firstElementChild!.contains(exit)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
