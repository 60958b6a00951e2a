import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { emulateMedia } from '../../../test/support/media.js';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { bundledDirectory } from '../../directory/bundled.js';
import { dayAfter, MONDAY_10AM_UK, SATURDAY_2330_UK } from '../../../test/support/instants.js';
import { ManualClock, pinClock } from '../../../test/support/manual-clock.js';

const actions = (el: HelplineBox) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="action"]')];

/** WCAG relative luminance of a computed `rgb()` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('<helpline-box> accessibility modes', () => {
  // Monday 10:00 in London: every line with hours is open.
  pinClock(MONDAY_10AM_UK, 'Europe/London');
  afterEach(async () => {
    await emulateMedia({});
    await setViewport({ width: 800, height: 600 });
  });

  it('has no axe violation in dark mode and uses dark colours', async () => {
    await emulateMedia({ 'prefers-color-scheme': 'dark' });
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse"></helpline-box>`);
    const box = el.shadowRoot!.querySelector('.box')!;
    expect(luminance(getComputedStyle(box).backgroundColor)).to.be.below(0.05);
    await expect(el).to.be.accessible();
  });

  it('has no axe violation in forced colours, and every link keeps a visible border in system colours', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse"></helpline-box>`);
    for (const link of actions(el)) {
      const cs = getComputedStyle(link);
      expect(cs.borderTopStyle).to.equal('solid');
      expect(parseFloat(cs.borderTopWidth)).to.be.at.least(2);
      expect(cs.borderTopColor).to.equal(cs.color);
      expect(contrast(cs.color, cs.backgroundColor)).to.be.at.least(4.5);
    }
    await expect(el).to.be.accessible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`reflows at 320 px with no sideways scroll and no axe violation (${scheme})`, async () => {
      await emulateMedia({ 'prefers-color-scheme': scheme });
      await setViewport({ width: 320, height: 640 });
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse"></helpline-box>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const right = el.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(right + 0.5);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('keeps text within its links under WCAG 1.4.12 text spacing', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" style="width: 320px"></helpline-box>`);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    for (const link of actions(el)) {
      expect(link.scrollWidth, link.textContent).to.be.at.most(link.clientWidth + 1);
      expect(link.scrollHeight, link.textContent).to.be.at.most(link.clientHeight + 1);
    }
    expect(el.getBoundingClientRect().right).to.be.at.most(document.documentElement.clientWidth);
  });

  it('runs no animation when the reader asks for reduced motion', async () => {
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse"></helpline-box>`);
    expect(el.shadowRoot!.getAnimations()).to.deep.equal([]);
    for (const link of actions(el)) expect(getComputedStyle(link).transitionDuration).to.equal('0s');
  });
});

describe('<helpline-box> keyboard', () => {
  // Monday 10:00 in London: every line with hours is open.
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('reaches every action and the "More helplines" button with Tab in reading order, each with a visible ring of 3:1 or more, and opens the rest from the keyboard', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" quick-exit></helpline-box>`);
      const root = el.shadowRoot!;
      const background = getComputedStyle(root.querySelector('.box')!).backgroundColor;
      const more = root.querySelector<HTMLButtonElement>('button[part~="more"]')!;
      const hidden = [...root.querySelectorAll<HTMLAnchorElement>('#more-lines a[part~="action"]')];
      const first = actions(el).filter((link) => !hidden.includes(link));
      const ringed = (node: Element) => {
        const cs = getComputedStyle(node);
        expect(cs.outlineStyle, node.textContent).to.equal('solid');
        expect(parseFloat(cs.outlineWidth)).to.be.at.least(2);
        expect(contrast(cs.outlineColor, background)).to.be.at.least(3);
      };
      before.focus();
      for (const node of [root.querySelector('button[part~="exit"]')!, ...first, more]) {
        await sendKeys({ press: 'Tab' });
        expect(root.activeElement).to.equal(node);
        ringed(node);
      }
      expect(hidden.length).to.be.greaterThan(0);
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      // Enter opens the rest; focus stays on the button, which now says it is expanded.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('true');
      expect(root.activeElement).to.equal(more);
      for (const link of hidden) {
        await sendKeys({ press: 'Tab' });
        expect(root.activeElement).to.equal(link);
        ringed(link);
      }
      // And Space closes them again.
      more.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(root.querySelector('#more-lines')!.getClientRects().length).to.equal(0);
    } finally {
      before.remove();
    }
  });
});

describe('<helpline-box> every visual state at 320 px', () => {
  // Saturday 23:30 in London: the NSPCC phone is closed, Stop It Now's hours are unknown, Childline is open.
  pinClock(SATURDAY_2330_UK, 'Europe/London');
  beforeEach(async () => {
    await setViewport({ width: 320, height: 640 });
  });
  afterEach(async () => {
    await emulateMedia({});
    await setViewport({ width: 800, height: 600 });
  });

  const withAlert = () => {
    const directory = structuredClone(bundledDirectory);
    directory.lines.find((l) => l.id === 'nspcc-helpline')!.alerts = [
      { text: { en: 'The phone line is closed on 25 December; email and the online form stay open.' }, until: dayAfter(SATURDAY_2330_UK, 7) },
    ];
    return directory;
  };

  const states: [string, () => Promise<HelplineBox>][] = [
    ['full, with closed lines', () => fixture(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`)],
    ['compact', () => fixture(html`<helpline-box topic="child-sexual-abuse" variant="compact"></helpline-box>`)],
    ['Welsh', () => fixture(html`<helpline-box topic="child-abuse" lang="cy"></helpline-box>`)],
    ['Arabic, right to left', () => fixture(html`<helpline-box topic="child-abuse" lang="ar"></helpline-box>`)],
    [
      'with an alert',
      async () => {
        const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse"></helpline-box>`);
        el.directory = withAlert();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~="alert"]'), 'no alert shown').to.exist;
        return el;
      },
    ],
    [
      'emergency-only fallback (working out the box failed)',
      async () => {
        const error = console.error;
        const RealFormat = Intl.DateTimeFormat;
        console.error = () => {};
        // A browser whose Intl throws: the reader's zone is asked of Intl, and the box falls back to 999 alone.
        new ManualClock(SATURDAY_2330_UK).install();
        Intl.DateTimeFormat = function () {
          throw new RangeError('no time zone data');
        } as unknown as typeof Intl.DateTimeFormat;
        try {
          const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" heading-level="3"></helpline-box>`);
          expect(el.shadowRoot!.querySelectorAll('[part~="line"]')).to.have.length(1);
          return el;
        } finally {
          Intl.DateTimeFormat = RealFormat;
          console.error = error;
        }
      },
    ],
    [
      'a publisher directory that failed to load (the bundled lines)',
      async () => {
        const error = console.error;
        console.error = () => {};
        try {
          const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse"></helpline-box>`);
          // Listen first: the second time, the failed load comes from the per-URL cache at once.
          const failed = oneEvent(el, 'helpline-error');
          el.src = '/test/fixtures/truncated-directory.json';
          await failed;
          return el;
        } finally {
          console.error = error;
        }
      },
    ],
  ];

  for (const mode of ['light', 'dark', 'forced colours'] as const) {
    for (const [name, render] of states) {
      it(`has no axe violation: ${name}, ${mode}`, async () => {
        await emulateMedia(mode === 'forced colours' ? { 'forced-colors': 'active' } : { 'prefers-color-scheme': mode });
        const el = await render();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(el).to.be.accessible();
      });
    }
  }
});
