import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define.js';
import { en } from '../../i18n/en.js';
import { LANGUAGES } from '../../i18n/languages.js';
import type { Locale } from '../../i18n/locale.js';
import { localeModules } from '../../i18n/locales/index.js';
import { MONDAY_10AM_UK, SATURDAY_2330_UK, SETTLE_MS } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';
import type { HelplineBox } from './helpline-box.js';

const box = (el: HelplineBox) => el.shadowRoot!.querySelector<HTMLElement>('[part~="box"]');
const heading = (el: HelplineBox) => el.shadowRoot!.querySelector('#heading')?.textContent;
const callLink = (el: HelplineBox, href: string) => el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="${href}"]`)!;
/** Every text node in the box: what a reader sees and what a screen reader reads. */
const shownText = (el: HelplineBox) => box(el)!.textContent.replace(/\s+/g, ' ');

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

/**
 * A box inside a wrapper element. Not a fixture of the wrapper: a plain
 * element's fixture waits for an animation frame a background tab may never get.
 */
async function boxIn(wrapperAttributes: Record<string, string>, boxAttributes: Record<string, string>): Promise<[HTMLElement, HelplineBox]> {
  const wrapper = document.createElement('div');
  for (const [name, value] of Object.entries(wrapperAttributes)) wrapper.setAttribute(name, value);
  const el = document.createElement('helpline-box');
  for (const [name, value] of Object.entries(boxAttributes)) el.setAttribute(name, value);
  wrapper.append(el);
  document.body.append(wrapper);
  await el.updateComplete;
  return [wrapper, el];
}

afterEach(() => {
  for (const wrapper of document.querySelectorAll('body > div:has(> helpline-box)')) wrapper.remove();
});

interface Tree { [key: string]: string | Tree }
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));
const englishPhrases = () =>
  strings(en as unknown as Tree)
    .flatMap((text) => text.split(/\{\{\w+\}\}| - |[(),]/))
    .map((phrase) => phrase.trim())
    .filter(Boolean);

async function locale(lang: string): Promise<Locale> {
  return (await localeModules[lang as keyof typeof localeModules]()).default as Locale;
}

describe('<helpline-box> in the reader’s language', () => {
  // Monday 10:00 in London, unless a test says otherwise: every line with hours is open.
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  for (const lang of LANGUAGES.filter((l) => l !== 'en' && !l.includes('-'))) {
    it(`${lang}: renders every UI word in ${lang}, with the numbers as published, and is accessible`, async () => {
      const words = (await locale(lang)).ui;
      const el = await fixture<HelplineBox>(html`<helpline-box lang=${lang} topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
      expect(box(el)!.getAttribute('lang')).to.equal(lang);
      expect(heading(el)).to.equal(words.heading);
      expect(el.shadowRoot!.querySelector('.badge')!.textContent).to.equal(words.emergency);
      const call = callLink(el, 'tel:+448088005000');
      expect(call.querySelector('.number')!.textContent).to.equal('0808 800 5000');
      expect(call.textContent).to.equal(words.action.phone.replace('{{number}}', '0808 800 5000') + words.actionContext.replace('{{line}}', 'NSPCC Helpline'));
      expect(el.shadowRoot!.querySelector('[data-line="stop-it-now"] [part~="interpreters"]')!.textContent).to.equal(words.interpreters);
      // No i18next key ever reaches the reader.
      expect(shownText(el)).not.to.match(/\b(action|status|zone)\.|actionContext|opensInNewTab/);
      await expect(el).to.be.accessible();
    });
  }

  it('gives a fully Welsh box for <html lang="cy">: no English UI words and the lines’ texts in Welsh', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'cy';
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
      const text = shownText(el);
      expect(el.shadowRoot!.querySelectorAll('[part~="status"]').length, 'no status to check').to.be.above(0);
      // Every English UI phrase, cut at its placeholders and dashes: "Call", "Open now", "closes at"...
      const englishWords = englishPhrases().filter((phrase) => phrase.length > 3);
      for (const words of englishWords) expect(text, words).not.to.contain(words);
      expect(text).to.contain('Gwasanaethau brys').and.contain('Oedolion sy’n poeni am blentyn').and.contain('Sgwrs 1-2-1 ac e-bost');
      expect(text).not.to.contain('Adults worried').and.not.to.contain('Emergency services');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('lays an Arabic box out right to left and keeps each phone number left to right', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lang="ar" lines="nspcc-helpline"></helpline-box>`);
    expect(box(el)!.dir).to.equal('rtl');
    expect(getComputedStyle(box(el)!).direction).to.equal('rtl');
    const number = callLink(el, 'tel:+448088005000').querySelector<HTMLElement>('.number')!;
    expect(getComputedStyle(number).direction).to.equal('ltr');
    expect(getComputedStyle(number).unicodeBidi).to.equal('isolate');
    // On screen the groups read 0808, 800, 5000 from left to right.
    const digits = [...number.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    const range = document.createRange();
    const at = (from: number, to: number) => {
      range.setStart(digits, from);
      range.setEnd(digits, to);
      return range.getBoundingClientRect().left;
    };
    expect(number.textContent).to.equal('0808 800 5000');
    expect(at(0, 4)).to.be.below(at(5, 8));
    expect(at(5, 8)).to.be.below(at(9, 13));
    // The call button starts at the right-hand edge of the box.
    const boxRect = box(el)!.getBoundingClientRect();
    const callRect = callLink(el, 'tel:+448088005000').getBoundingClientRect();
    expect(boxRect.right - callRect.right).to.be.below(callRect.left - boxRect.left);
    await expect(el).to.be.accessible();
  });

  it('lays an Urdu box out right to left and a Welsh one left to right', async () => {
    const ur = await fixture<HelplineBox>(html`<helpline-box lang="ur" lines="childline"></helpline-box>`);
    expect(getComputedStyle(box(ur)!).direction).to.equal('rtl');
    const [, welsh] = await boxIn({ dir: 'rtl' }, { lang: 'cy', lines: 'childline' });
    expect(box(welsh)!.lang).to.equal('cy');
    expect(getComputedStyle(box(welsh)!).direction).to.equal('ltr');
  });

  it('falls back from a region to its language: cy-GB gives the Welsh box', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lang="cy-GB" lines="childline"></helpline-box>`);
    expect(box(el)!.lang).to.equal('cy');
    expect(heading(el)).to.equal('Cymorth a chefnogaeth');
  });

  it('shows the English box for an unknown language, with a console notice and no error', async () => {
    const console = captureWarnings();
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box lang="xx-YY" topic="child-abuse"></helpline-box>`);
      expect(box(el)!.lang).to.equal('en');
      expect(box(el)!.dir).to.equal('ltr');
      expect(heading(el)).to.equal('Help and support');
      expect(console.messages.join('\n')).to.contain('"xx-YY"').and.contain('showing English');
      // "Call" and its isolated number stay on one line of the button.
      const words = callLink(el, 'tel:999').querySelector('span')!;
      expect(words.getBoundingClientRect().height).to.be.below(30);
    } finally {
      console.restore();
    }
  });

  it('uses US words for en-US', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lang="en-US" lines="stop-it-now gb-emergency"></helpline-box>`);
    expect(box(el)!.lang).to.equal('en-US');
    expect(shownText(el)).to.contain('TTY 18000').and.contain('behavior toward');
  });

  it('takes the language from the closest ancestor with lang', async () => {
    const [, el] = await boxIn({ lang: 'pl' }, { lines: 'childline' });
    expect(heading(el)).to.equal('Pomoc i wsparcie');
  });

  it('re-renders when the lang of the box, an ancestor or the page changes', async () => {
    const [wrapper, el] = await boxIn({ lang: 'en' }, { lines: 'childline' });
    expect(heading(el)).to.equal('Help and support');

    wrapper.lang = 'es';
    await waitUntil(() => heading(el) === 'Ayuda y apoyo', 'did not follow the ancestor', { timeout: SETTLE_MS });

    el.lang = 'ar';
    await waitUntil(() => heading(el) === 'المساعدة والدعم', 'did not follow its own lang', { timeout: SETTLE_MS });
    expect(box(el)!.dir).to.equal('rtl');

    el.removeAttribute('lang');
    wrapper.removeAttribute('lang');
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'ro';
    try {
      await waitUntil(() => heading(el) === 'Ajutor și sprijin', 'did not follow <html lang>', { timeout: SETTLE_MS });
      expect(box(el)!.dir).to.equal('ltr');
    } finally {
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = before;
    }
  });

  it('stops watching lang once removed from the page', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lang="en" lines="childline"></helpline-box>`);
    el.remove();
    el.lang = 'cy';
    await aTimeout(50);
    expect(heading(el)).to.equal('Help and support');
  });

  describe('opening hours', () => {
    // Saturday 23:30 in London: the NSPCC line opens at 09:00 on Sunday.
    pinClock(SATURDAY_2330_UK, 'Europe/London');

    const nspccStatus = (el: HelplineBox) => el.shadowRoot!.querySelector('[data-line="nspcc-helpline"] [part~="status"]')!.textContent;

    it('words the status in Welsh with a 24-hour time and a Welsh weekday, whatever Intl knows of Welsh', async () => {
      const el = await fixture<HelplineBox>(html`<helpline-box lang="cy" lines="nspcc-helpline"></helpline-box>`);
      expect(nspccStatus(el)).to.equal('Ar gau - yn agor am 09:00 dydd Sul');
    });

    it('keeps the page’s regional English for times: en-GB gives the 24-hour 9:00, en-US 9:00 AM', async () => {
      const gb = await fixture<HelplineBox>(html`<helpline-box lang="en-GB" lines="nspcc-helpline"></helpline-box>`);
      expect(nspccStatus(gb)).to.equal('Closed - opens at 9:00 Sunday');
      const us = await fixture<HelplineBox>(html`<helpline-box lang="en-US" lines="nspcc-helpline"></helpline-box>`);
      expect(nspccStatus(us)).to.equal('Closed - opens at 9:00 AM Sunday');
    });
  });

  it('says a line offers interpreters only when it does', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" variant="compact"></helpline-box>`);
    const marked = [...el.shadowRoot!.querySelectorAll('[part~="interpreters"]')].map((p) => p.closest<HTMLElement>('[part~="line"]')!.dataset['line']);
    expect(marked).to.deep.equal(['stop-it-now']);
  });
});
