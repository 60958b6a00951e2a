import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
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
