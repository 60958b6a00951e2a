import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { showAllLines } from '../../../test/support/box.js';
import { pinClock } from '../../../test/support/manual-clock.js';

const actions = (el: HelplineBox) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="action"]')];
const lineIds = (el: HelplineBox) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);
const telLinks = (el: HelplineBox) =>
  actions(el)
    .filter((a) => a.dataset['channel'] === 'phone')
    .map((a) => [a.getAttribute('href'), a.textContent.split(',')[0].trim()]);

function captureConsole(method: 'warn' | 'error'): { messages: string[]; restore: () => void } {
  const original = console[method].bind(console);
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[method] = original) };
}

describe('<helpline-box>', () => {
  // Monday 10:00 UK time: every line with hours is open, so the curated order shows.
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('shows the seed story lines as tap-to-call links with the numbers as published', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline', 'stop-it-now', 'ceop', 'iwf']);
    expect(telLinks(el)).to.deep.equal([
      ['tel:999', 'Call 999'],
      ['tel:101', 'Call 101'],
      ['tel:+448088005000', 'Call 0808 800 5000'],
      ['tel:+448001111', 'Call 0800 1111'],
      ['tel:+448081000900', 'Call 0808 1000 900'],
    ]);
  });

  it('is accessible in its full variant', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible in its compact variant and drops the who-it-is-for text', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" variant="compact"></helpline-box>`);
    expect(el.shadowRoot!.querySelector('[part~="for"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names the box by its heading and lets the editor replace it', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" heading="Worried about a child?"></helpline-box>`);
    const section = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.querySelector('#heading')!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent).to.equal('Worried about a child?');
    expect(section.getAttribute('aria-labelledby')).to.equal('heading');
  });

  it('uses the heading level the publisher sets', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" heading-level="3"></helpline-box>`);
    expect(el.shadowRoot!.querySelector('#heading')!.tagName).to.equal('H3');
  });

  it('marks the emergency line as an emergency', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse"></helpline-box>`);
    const first = el.shadowRoot!.querySelector<HTMLElement>('[part~="line"]')!;
    expect(first.dataset['urgency']).to.equal('emergency');
    expect(first.querySelector('.badge')!.textContent).to.equal('Emergency');
  });

  it('names the helpline in each link and keeps the visible text in the name', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lines="nspcc-helpline"></helpline-box>`);
    const call = actions(el).find((a) => a.getAttribute('href') === 'tel:+448088005000')!;
    expect(call.textContent).to.equal('Call 0808 800 5000, NSPCC Helpline');
  });

  it('opens web links in a new tab without an opener or referrer', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lines="ceop"></helpline-box>`);
    const report = actions(el).find((a) => a.dataset['channel'] === 'report')!;
    expect(report.getAttribute('href')).to.equal('https://www.ceop.police.uk/Safety-Centre/');
    expect(report.target).to.equal('_blank');
    expect(report.rel).to.equal('noopener noreferrer');
  });

  it('gives every action a tap target of at least 44 by 44 px on a 320 px wide page', async () => {
    // A fixture of a plain <div> waits for an animation frame, which a background test tab may never get.
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB" style="width: 320px"></helpline-box>`);
    const right = el.getBoundingClientRect().right;
    await showAllLines(el);
    for (const a of actions(el)) {
      const box = a.getBoundingClientRect();
      expect(box.width, a.textContent).to.be.at.least(44);
      expect(box.height, a.textContent).to.be.at.least(44);
      expect(box.right, a.textContent).to.be.at.most(right);
    }
  });

  it('fires helpline-contact with the line, channel and href when a reader taps a link', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lines="childline"></helpline-box>`);
    const link = actions(el).find((a) => a.getAttribute('href') === 'tel:+448001111')!;
    // Keep the test page from trying to dial.
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'helpline-contact');
    expect(event.detail).to.deep.equal({ line: 'childline', channel: 'phone', href: 'tel:+448001111' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
  });

  it('fires no event when attributes change', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse"></helpline-box>`);
    let fired = 0;
    el.addEventListener('helpline-contact', () => fired++);
    el.setAttribute('topic', 'child-sexual-abuse');
    await el.updateComplete;
    expect(lineIds(el)).to.include('stop-it-now');
    expect(fired).to.equal(0);
  });

  it('warns about an unknown topic and still shows the emergency number', async () => {
    const warn = captureConsole('warn');
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box topic="knitting"></helpline-box>`);
      expect(lineIds(el)).to.deep.equal(['gb-emergency']);
      expect(telLinks(el)[0]).to.deep.equal(['tel:999', 'Call 999']);
      expect(warn.messages).to.deep.equal(['<helpline-box>: topic "knitting" is not in the directory; it was ignored']);
      await expect(el).to.be.accessible();
    } finally {
      warn.restore();
    }
  });

  it('warns about an unknown variant and renders the full box', async () => {
    const warn = captureConsole('warn');
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" variant="tiny"></helpline-box>`);
      expect(el.shadowRoot!.querySelector('[part~="for"]')).not.to.equal(null);
      expect(warn.messages).to.deep.equal(['<helpline-box>: variant "tiny" is not one of full, compact; using "full"']);
    } finally {
      warn.restore();
    }
  });

  it('warns about a heading level it cannot use and uses level 2', async () => {
    const warn = captureConsole('warn');
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" heading-level="9"></helpline-box>`);
      expect(el.shadowRoot!.querySelector('#heading')!.tagName).to.equal('H2');
      expect(warn.messages).to.deep.equal(['<helpline-box>: heading-level "9" is not one of 2, 3, 4, 5, 6; using "2"']);
    } finally {
      warn.restore();
    }
  });

  it('hides the no-JS fallback once it renders, so nothing shows twice', async () => {
    const el = await fixture<HelplineBox>(
      html`<helpline-box topic="child-abuse"><p id="fallback">Call the NSPCC on 0808 800 5000</p></helpline-box>`,
    );
    const fallback = el.querySelector('#fallback')!;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
  });

  it('uses a publisher directory from src', async () => {
    // The fixture waits for updateComplete, which waits for the directory to be fetched and checked.
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" src="/test/fixtures/small-directory.json"></helpline-box>`);
    expect(lineIds(el)).to.deep.equal(['test-emergency', 'test-helpline']);
  });

  it('keeps the bundled lines and logs one error when src is missing', async () => {
    const error = captureConsole('error');
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" src="/test/fixtures/missing.json"></helpline-box>`);
      expect(lineIds(el)[0]).to.equal('gb-emergency');
      expect(error.messages).to.have.length(1);
      expect(error.messages[0]).to.contain('/test/fixtures/missing.json').and.contain('404');
      expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline']);
    } finally {
      error.restore();
    }
  });
});
