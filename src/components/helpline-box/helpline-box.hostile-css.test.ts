import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { showAllLines } from '../../../test/support/box.js';
import { pinClock } from '../../../test/support/manual-clock.js';

/** What a careless or hostile page stylesheet might do to everything it inherits into. */
const HOSTILE = `
  html { font-size: 6px !important; }
  body { font-size: 40% !important; line-height: 0.6 !important; letter-spacing: -2px !important;
         word-spacing: -4px !important; text-transform: uppercase !important; color: #fff !important;
         text-align: justify !important; text-indent: -999px !important; visibility: visible; }
  * { font-size: 0.5rem !important; line-height: 0.5 !important; color: transparent !important;
      text-transform: lowercase !important; letter-spacing: 3px !important; font-style: italic !important; }
  a { color: #fff !important; display: none !important; }
  ul, li { list-style: disc !important; margin: 50px !important; padding: 0 !important; }
`;

/** The first non-transparent background behind a node inside the box. */
function backgroundOf(node: Element): string {
  for (let n: Element | null = node; n; n = n.parentElement) {
    const bg = getComputedStyle(n).backgroundColor;
    if (bg !== 'rgba(0, 0, 0, 0)') return bg;
  }
  return 'rgba(0, 0, 0, 0)';
}

describe('<helpline-box> on a page with hostile CSS', () => {
  // Monday 10:00 in London: every line with hours is open.
  pinClock(MONDAY_10AM_UK, 'Europe/London');
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('keeps its text at least 14 px, upright, readable and coloured', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse"></helpline-box>`);
    const texts = el.shadowRoot!.querySelectorAll<HTMLElement>('.heading, [part~="name"], [part~="for"], .action, .badge, .label');
    expect(texts.length).to.be.greaterThan(10);
    for (const node of texts) {
      const cs = getComputedStyle(node);
      expect(parseFloat(cs.fontSize), node.textContent).to.be.at.least(14);
      expect(cs.textTransform).to.equal('none');
      expect(cs.letterSpacing).to.equal('normal');
      expect(cs.fontStyle).to.equal('normal');
      expect(parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).to.be.at.least(1.2);
      expect(cs.color).not.to.equal('rgba(0, 0, 0, 0)');
      expect(cs.color, node.textContent).not.to.equal(backgroundOf(node));
      expect(cs.visibility).to.equal('visible');
    }
  });

  it('keeps every action visible and at least 44 by 44 px', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse"></helpline-box>`);
    await showAllLines(el);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="action"]')];
    expect(links.length).to.be.greaterThan(8);
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(box.width, link.textContent).to.be.at.least(44);
      expect(box.height, link.textContent).to.be.at.least(44);
    }
  });

  it('stays accessible', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse"></helpline-box>`);
    await expect(el).to.be.accessible();
  });
});

/**
 * Page rules that reach the host element itself (a `*` or `.card *` selector matches it) and, through
 * inheritance or the host's own box, everything inside: each must leave 999 visible, readable and tappable.
 */
const REACHING_THE_HOST: [string, string][] = [
  ['a card that turns pointer events off for everything but its own links', '.card * { pointer-events: none } .card a { pointer-events: auto }'],
  ['transparent text fill', '* { -webkit-text-fill-color: transparent !important }'],
  ['masked text', '* { -webkit-text-security: disc !important }'],
  ['vertical writing', '* { writing-mode: vertical-rl !important }'],
  ['right-to-left direction', '* { direction: rtl !important }'],
  // Rules for a card's children, not the whole page: on `*` they would shrink or hide the article itself.
  ['zoom', '.card * { zoom: 0.2 !important }'],
  ['filters and transforms', '.card * { filter: blur(8px) opacity(0) !important; transform: scale(0.01) !important; mix-blend-mode: difference !important }'],
  ['a hidden, faded host', '.card * { opacity: 0 !important; visibility: hidden !important }'],
];

describe('<helpline-box> under page rules that reach its host', () => {
  pinClock(MONDAY_10AM_UK, 'Europe/London');
  let style: HTMLStyleElement;
  let card: HTMLElement;
  afterEach(() => {
    style.remove();
    card.remove();
  });

  for (const [name, css] of REACHING_THE_HOST) {
    it(`keeps 999 visible, legible and tappable: ${name}`, async () => {
      style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      // Mounted by hand: a fixture of a plain <div> waits for an animation frame a background tab may never get.
      card = document.createElement('div');
      card.className = 'card';
      card.innerHTML = '<helpline-box topic="child-abuse" region="GB" style="width: 360px"></helpline-box>';
      document.body.append(card);
      const el = card.querySelector('helpline-box')!;
      await el.updateComplete;
      const call = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:999"]')!;
      const box = call.getBoundingClientRect();
      // Upright, at its real size: a 44 px target, wider than tall.
      expect(box.height, 'height').to.be.at.least(44);
      expect(box.width, 'width').to.be.greaterThan(box.height);
      // A tap at its centre lands on the link.
      const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit?.closest('a'), 'the element under a tap').to.equal(call);
      const cs = getComputedStyle(call);
      expect(cs.pointerEvents).to.equal('auto');
      expect(cs.webkitTextFillColor).to.equal(cs.color);
      expect(cs.getPropertyValue('-webkit-text-security')).to.equal('none');
      expect(cs.writingMode).to.equal('horizontal-tb');
      expect(cs.direction).to.equal('ltr');
      const host = getComputedStyle(el);
      expect([host.opacity, host.visibility, host.filter, host.transform, host.zoom]).to.deep.equal(['1', 'visible', 'none', 'none', '1']);
      expect(call.textContent).to.contain('999');
    });
  }
});
