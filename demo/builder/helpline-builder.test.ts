import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { HelplineBuilder } from './helpline-builder.js';
import type { HelplineBox } from '../../src/components/helpline-box/helpline-box.js';
import { detectTopics } from '../../src/context/detect.js';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { storyParts } from './suggest.js';
import { SATURDAY_3AM_UK, WEDNESDAY_NOON_UK } from '../../test/support/instants.js';

const PREVIEW = '/demo/builder/preview.html';
/** The preview instants as the builder writes them: wall times in London, which reads UTC in winter. */
const WEDNESDAY_NOON = WEDNESDAY_NOON_UK.slice(0, 16);
const SATURDAY_3AM = SATURDAY_3AM_UK.slice(0, 16);
const FRAME_IDS = ['phone-light', 'phone-dark', 'article-light', 'article-dark'];

/** A configurator on an address holding `query`, previewing Wednesday noon in London unless `query` says another time. */
async function builder(query = ''): Promise<HelplineBuilder> {
  const pinned = /(^|&)at=/.test(query) ? query : [query, `at=${WEDNESDAY_NOON}&zone=Europe/London`].filter(Boolean).join('&');
  // The builder reads its choices from the address; this test page's own address is restored after each test.
  history.replaceState(null, '', `${location.pathname}?${pinned}`);
  const el = await fixture<HelplineBuilder>(html`<helpline-builder preview-src=${PREVIEW}></helpline-builder>`);
  await el.settled;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: HelplineBuilder, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the builder`);
  return found;
};

/** The previewed element in one frame. */
function previewBox(el: HelplineBuilder, frame = 'phone-light'): HelplineBox {
  const iframe = $<HTMLIFrameElement>(el, `iframe[data-frame="${frame}"]`);
  return iframe.contentDocument!.querySelector('helpline-box')!;
}

const hrefs = (box: HelplineBox, selector = 'a[href^="tel:"]') => [...box.shadowRoot!.querySelectorAll(selector)].map((a) => a.getAttribute('href'));
const lineIds = (box: HelplineBox) => [...box.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);

async function choose(el: HelplineBuilder, selector: string, value: string): Promise<void> {
  const control = $<HTMLSelectElement | HTMLInputElement | HTMLTextAreaElement>(el, selector);
  control.value = value;
  // As a person's typing or choosing does: input as the value changes, change when it is committed.
  control.dispatchEvent(new Event('input'));
  control.dispatchEvent(new Event('change'));
  await el.settled;
}

async function click(el: HelplineBuilder, selector: string): Promise<void> {
  $(el, selector).click();
  await el.settled;
}

/** The element's opening tag in the snippet. */
const openingTag = (el: HelplineBuilder) => /<helpline-box[^>]*>/.exec(el.snippet)?.[0];

/** The snippet's fallback, parsed. */
function fallback(el: HelplineBuilder): Document {
  return new DOMParser().parseFromString(/<helpline-box[^>]*>([\s\S]*)<\/helpline-box>/.exec(el.snippet)![1], 'text/html');
}

describe('<helpline-builder>', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  it('previews and snippets the Irish suicide box when an editor picks suicide and Ireland', async () => {
    const el = await builder();
    await click(el, 'input[name="topic"][value="suicide"]');
    await choose(el, '#region', 'IE');
    // Every Irish line for suicide is open 24 hours, so the preview keeps the directory's order; 50808 is text only.
    for (const frame of FRAME_IDS) expect(hrefs(previewBox(el, frame)), frame).to.deep.equal(['tel:112', 'tel:999', 'tel:1800247247', 'tel:116123', 'tel:1800666666']);
    expect(lineIds(previewBox(el))).to.deep.equal(['ie-emergency', 'pieta', 'samaritans-ie', 'text-50808', 'ispcc-childline']);
    expect(openingTag(el)).to.equal('<helpline-box topic="suicide" region="IE">');
    expect(el.snippet.split('\n')[0]).to.equal('<script src="https://your-site.example/helpline-box/helpline-box.iife.js" defer></script>');
    expect([...fallback(el).querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['tel:112', 'Call 112'],
      ['tel:999', 'Call 999'],
      ['tel:1800247247', 'Call 1800 247 247'],
      ['tel:116123', 'Call 116 123'],
      ['tel:1800666666', 'Call 1800 66 66 66'],
    ]);
    expect(fallback(el).querySelector('script, style, helpline-box, [class]')).to.equal(null);
  });

  it('shows the dark previews in dark mode and the light ones in light mode', async () => {
    const el = await builder();
    const dark = (frame: string) => $<HTMLIFrameElement>(el, `iframe[data-frame="${frame}"]`).contentWindow!.matchMedia('(prefers-color-scheme: dark)').matches;
    expect(FRAME_IDS.map(dark)).to.deep.equal([false, true, false, true]);
    expect(getComputedStyle($(el, 'iframe[data-frame="phone-light"]')).width).to.equal('390px');
    expect(getComputedStyle($(el, 'iframe[data-frame="article-dark"]')).width).to.equal('640px');
  });

  describe('each control changes the preview and the snippet', () => {
    it('topics', async () => {
      const el = await builder();
      expect(lineIds(previewBox(el))).to.deep.equal(['gb-emergency']);
      await click(el, 'input[name="topic"][value="child-sexual-abuse"]');
      expect(lineIds(previewBox(el))).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline', 'stop-it-now', 'ceop', 'iwf']);
      expect(openingTag(el)).to.equal('<helpline-box topic="child-sexual-abuse">');
    });

    it('region', async () => {
      const el = await builder('topic=domestic-abuse&quick-exit=off');
      // The default, the whole UK, leaves out the nations' own lines, and the editor is told beside the control.
      expect($(el, '#region').getAttribute('aria-describedby')).to.equal('region-warnings');
      expect($(el, '#region-warnings').textContent).to.contain('With the region set to United Kingdom, the box leaves out the');
      await choose(el, '#region', 'AU');
      expect(el.shadowRoot!.querySelector('#region-warnings')).to.equal(null);
      expect(lineIds(previewBox(el))).to.deep.equal(['au-emergency', '1800respect', 'lifeline-au', 'au-police-non-urgent', 'esafety-tech-abuse-support']);
      expect(openingTag(el)).to.equal('<helpline-box topic="domestic-abuse" region="AU">');
    });

    it('audience', async () => {
      const el = await builder('topic=child-abuse');
      expect(lineIds(previewBox(el))).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline']);
      await choose(el, '#audience', 'child');
      // Children get Childline ahead of the NSPCC's adult line, which is offered together with it and follows it.
      expect(lineIds(previewBox(el))).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'childline', 'nspcc-helpline']);
      expect(openingTag(el)).to.equal('<helpline-box topic="child-abuse" audience="child">');
    });

    it('language, with the fallback in that language', async () => {
      const el = await builder('topic=suicide');
      await choose(el, '#lang', 'cy');
      const box = previewBox(el);
      expect(box.shadowRoot!.querySelector('section')!.lang).to.equal('cy');
      expect(openingTag(el)).to.equal('<helpline-box topic="suicide" lang="cy">');
      const section = fallback(el).querySelector('section')!;
      expect(section.lang).to.equal('cy');
      // The fallback's heading is the box's own, in Welsh.
      expect(section.querySelector('h2')!.textContent).to.equal(box.shadowRoot!.querySelector('#heading')!.textContent);
      expect(section.querySelector('h2')!.textContent).not.to.equal('Help and support');
    });

    it('variant', async () => {
      const el = await builder('topic=suicide');
      await click(el, 'input[name="variant"][value="compact"]');
      expect(previewBox(el).shadowRoot!.querySelector('section')!.dataset['variant']).to.equal('compact');
      expect(openingTag(el)).to.equal('<helpline-box topic="suicide" variant="compact">');
      expect(fallback(el).body.textContent).not.to.contain('Anyone who is struggling to cope');
    });

    it('heading and heading level', async () => {
      const el = await builder('topic=suicide');
      await choose(el, '#heading', 'If you are struggling');
      await choose(el, '#heading-level', '3');
      const heading = previewBox(el).shadowRoot!.querySelector('#heading')!;
      expect([heading.tagName, heading.textContent]).to.deep.equal(['H3', 'If you are struggling']);
      expect(openingTag(el)).to.equal('<helpline-box topic="suicide" heading="If you are struggling" heading-level="3">');
      expect(fallback(el).querySelector('h3')!.textContent).to.equal('If you are struggling');
    });

    it('quick exit, on by default for domestic abuse, and its exit address', async () => {
      const el = await builder('topic=domestic-abuse');
      expect($<HTMLInputElement>(el, '#quick-exit').checked).to.equal(true);
      expect(previewBox(el).hasAttribute('quick-exit')).to.equal(true);
      expect(openingTag(el)).to.equal('<helpline-box topic="domestic-abuse" quick-exit>');
      await choose(el, '#exit-url', 'https://www.bbc.co.uk/weather');
      expect(previewBox(el).getAttribute('exit-url')).to.equal('https://www.bbc.co.uk/weather');
      expect(openingTag(el)).to.equal('<helpline-box topic="domestic-abuse" quick-exit exit-url="https://www.bbc.co.uk/weather">');
      await click(el, '#quick-exit');
      expect(previewBox(el).hasAttribute('quick-exit')).to.equal(false);
      expect(openingTag(el)).to.equal('<helpline-box topic="domestic-abuse">');
      expect($(el, '#quick-exit-warnings').textContent).to.contain('Quick exit is off for a story about domestic abuse');
    });

    it('correction link', async () => {
      const el = await builder('topic=suicide');
      await choose(el, '#report-url', 'https://gazette.example/corrections');
      expect(previewBox(el).getAttribute('report-url')).to.equal('https://gazette.example/corrections');
      expect(openingTag(el)).to.equal('<helpline-box topic="suicide" report-url="https://gazette.example/corrections">');
    });

    it('lines picked in the catalogue, then reordered', async () => {
      const el = await builder('topic=suicide');
      await click(el, '.catalogue-holder summary');
      await click(el, '.catalogue input[value="shout"]');
      await click(el, '.catalogue input[value="samaritans"]');
      expect(lineIds(previewBox(el))).to.deep.equal(['gb-emergency', 'shout', 'samaritans']);
      expect(openingTag(el)).to.equal('<helpline-box topic="suicide" lines="shout samaritans">');
      await click(el, 'button[aria-label="Move Samaritans up"]');
      expect(lineIds(previewBox(el))).to.deep.equal(['gb-emergency', 'samaritans', 'shout']);
      expect(openingTag(el)).to.equal('<helpline-box topic="suicide" lines="samaritans shout">');
      expect($(el, '#status').textContent).to.equal('Samaritans moved to place 1 of 2.');
      // The keyboard stays with Samaritans, now first: on its Down button, as Up is disabled.
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Move Samaritans down');
      await click(el, 'button[aria-label="Remove Samaritans"]');
      expect(openingTag(el)).to.equal('<helpline-box topic="suicide" lines="shout">');
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Remove Shout');
    });

    it('the catalogue shows every line with its numbers, source, check date and source date', async () => {
      const el = await builder();
      await click(el, '.catalogue-holder summary');
      const entries = el.shadowRoot!.querySelectorAll<HTMLElement>('.catalogue > li');
      expect([...entries].map((li) => li.dataset['line'])).to.deep.equal(bundledDirectory.lines.map((line) => line.id));
      for (const line of bundledDirectory.lines) {
        const text = $(el, `.catalogue > li[data-line="${line.id}"]`).textContent.replace(/\s+/g, ' ');
        expect(text, line.id).to.contain(line.name);
        for (const contact of line.contacts) if (contact.type === 'phone' || contact.type === 'sms') expect(text, line.id).to.contain(contact.display);
        const [y, m, d] = line.verified.split('-').map(Number) as [number, number, number];
        expect(text, line.id).to.contain(`Checked ${new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`);
        expect(text, line.id).to.contain(line.sourceDate ? `page dated ${line.sourceDate}` : 'the page shows no date');
        expect($(el, `.catalogue > li[data-line="${line.id}"] a[href="${line.source}"]`)).to.exist;
      }
      await choose(el, '#search', '116 123');
      expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('.catalogue > li')].map((li) => li.dataset['line'])).to.deep.equal(['samaritans', 'samaritans-ie']);
    });

    it('a picked line from another country is named beside the lines, and the box leaves it out', async () => {
      const el = await builder('region=GB&lines=samaritans+988-lifeline');
      expect(lineIds(previewBox(el))).to.deep.equal(['gb-emergency', 'samaritans']);
      expect($(el, '#lines-warnings').textContent).to.contain('988 Suicide & Crisis Lifeline does not serve United Kingdom: the box will leave it out.');
    });

    it('the preview instant changes the preview, not the snippet', async () => {
      const el = await builder('topic=child-sexual-abuse&region=GB-ENG');
      const snippet = el.snippet;
      expect(hrefs(previewBox(el))).to.deep.equal(['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900']);
      await choose(el, '#at-custom', SATURDAY_3AM);
      // On Saturday at 03:00 the NSPCC's phone is closed: it moves behind the support line whose hours are unknown.
      expect(hrefs(previewBox(el))).to.deep.equal(['tel:999', 'tel:101', 'tel:+448081000900', 'tel:+448001111', 'tel:+448088005000']);
      expect(previewBox(el).shadowRoot!.querySelector('[data-line="nspcc-helpline"] [part~="status"]')!.textContent).to.match(/^Closed/);
      expect($(el, '#showing').textContent).to.equal('Showing Saturday 5 December 2026, 03:00, for a reader in Europe/London.');
      expect(el.snippet).to.equal(snippet);
    });

    it('the script address', async () => {
      const el = await builder('topic=suicide');
      await choose(el, '#script', 'https://gazette.example/static/helpline-box.iife.js');
      expect(el.snippet.split('\n')[0]).to.equal('<script src="https://gazette.example/static/helpline-box.iife.js" defer></script>');
    });
  });

  it('suggests topics from a pasted story with their evidence, and uses them', async () => {
    const el = await builder();
    const story = 'Man jailed for stalking and controlling ex-partner\nHe subjected his former partner to coercive control and domestic abuse for years.';
    await choose(el, '#story', story);
    const found = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.suggestions li')].map((li) => li.dataset['topic']);
    expect(found).to.include('domestic-abuse');
    const evidence = detectTopics(storyParts(story), 'en').find((d) => d.topic === 'domestic-abuse')!.evidence;
    expect(evidence).to.include('coercive control');
    expect($(el, '.suggestions li[data-topic="domestic-abuse"]').textContent.replace(/\s+/g, ' ').trim()).to.equal(`found: ${evidence.join(', ')} → Domestic abuse`);
    expect($(el, '.suggestions li[data-topic="stalking"]').textContent.replace(/\s+/g, ' ').trim()).to.equal('found: stalking → Stalking');
    await click(el, '#use-suggestions');
    expect($<HTMLInputElement>(el, 'input[name="topic"][value="domestic-abuse"]').checked).to.equal(true);
    expect($<HTMLInputElement>(el, 'input[name="topic"][value="stalking"]').checked).to.equal(true);
    // The UK-wide lines for both topics (England's National Domestic Abuse Helpline serves England only, and the
    // default region is the whole UK), open ones first at Wednesday noon: Galop's and the stalking line's hours are unknown.
    expect(lineIds(previewBox(el))).to.deep.equal([
      'gb-emergency', 'mens-advice-line', 'karma-nirvana', 'forced-marriage-unit', 'respect-phoneline', 'galop-helpline', 'national-stalking-helpline', 'samaritans', 'gb-police-non-emergency',
    ]);
    await click(el, '#use-auto');
    expect(openingTag(el)).to.match(/^<helpline-box topic="auto"/);
    // Under auto the fallback carries the lines for the topics found in the story, in the directory's order:
    // the Men's Advice Line (+448088010327) for domestic abuse, the National Stalking Helpline (+448088020300) for stalking.
    expect([...fallback(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:999', 'tel:+448088010327', 'tel:+448009995428', 'tel:+448005999247', 'tel:+442070080151', 'tel:+442070081500', 'tel:+448088024040', 'tel:+448088020300', 'tel:116123', 'tel:101',
    ]);
  });

  it('reads a pasted snippet back into the controls, and names what it does not know', async () => {
    const el = await builder();
    await choose(el, '#paste-snippet', '<script src="/hb.js"></script><helpline-box topic="suicide" region="IE" lines="samaritans-ie ghost-line" src="x.json"><p>Call 112</p></helpline-box>');
    await click(el, '#read-snippet');
    expect($<HTMLSelectElement>(el, '#region').value).to.equal('IE');
    expect(lineIds(previewBox(el))).to.deep.equal(['ie-emergency', 'samaritans-ie']);
    expect(openingTag(el)).to.equal('<helpline-box topic="suicide" region="IE" lines="samaritans-ie">');
    expect(el.snippet.split('\n')[0]).to.equal('<script src="/hb.js" defer></script>');
    const warnings = [...$(el, '#paste-warnings').querySelectorAll('li')].map((li) => li.textContent);
    expect(warnings).to.deep.equal([
      'In the pasted snippet: line id "ghost-line" is not in the directory; left out.',
      'In the pasted snippet: the builder does not set "src"; it was left out.',
    ]);
  });

  it('keeps every choice in the address, and a reload restores them', async () => {
    const el = await builder('topic=suicide');
    await choose(el, '#region', 'IE');
    await choose(el, '#heading', 'Need to talk?');
    await click(el, 'input[name="variant"][value="compact"]');
    const query = new URLSearchParams(location.search);
    expect(Object.fromEntries(query)).to.deep.equal({ topic: 'suicide', region: 'IE', variant: 'compact', heading: 'Need to talk?', at: WEDNESDAY_NOON, zone: 'Europe/London' });
    expect($<HTMLInputElement>(el, '#share').value).to.equal(`${location.origin}${location.pathname}?${query.toString()}`);
    // "Reloading": a new configurator on the same address.
    const again = await fixture<HelplineBuilder>(html`<helpline-builder preview-src=${PREVIEW}></helpline-builder>`);
    await again.settled;
    expect(again.snippet).to.equal(el.snippet);
    expect($<HTMLSelectElement>(again, '#region').value).to.equal('IE');
    expect($<HTMLInputElement>(again, '#heading').value).to.equal('Need to talk?');
  });

  it('says what in the address it could not use', async () => {
    const el = await builder('topic=suicide&region=Narnia');
    expect($(el, '#address-warnings').textContent).to.contain('region "Narnia" is not in the directory');
    expect(openingTag(el)).to.equal('<helpline-box topic="suicide">');
  });

  it('renders the same tel: links in the same order in a bare page with the snippet as in the preview', async () => {
    const el = await builder(`topic=child-sexual-abuse&region=GB-ENG&at=${SATURDAY_3AM}&zone=Europe/London`);
    await choose(el, '#script', '/dist/helpline-box.iife.js');
    const previewed = hrefs(previewBox(el));
    expect(previewed).to.deep.equal(['tel:999', 'tel:101', 'tel:+448081000900', 'tel:+448001111', 'tel:+448088005000']);
    // A bare page: the snippet and nothing else, with the page's clock pinned to the previewed instant (the bundle reads Date.now()).
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><body><script>Date.now = () => ${Date.parse(SATURDAY_3AM_UK)};</script>${el.snippet}</body></html>`;
    document.body.append(frame);
    try {
      const box = await new Promise<HelplineBox>((resolve, reject) => {
        const started = Date.now();
        const look = () => {
          const found = frame.contentDocument?.querySelector('helpline-box');
          if (found?.shadowRoot?.querySelector('a[href^="tel:"]')) resolve(found);
          else if (Date.now() - started > 8000) reject(new Error('the bare page never rendered the box'));
          else setTimeout(look, 50);
        };
        look();
      });
      await box.updateComplete;
      expect(hrefs(box)).to.deep.equal(previewed);
      expect(hrefs(box, 'a[part~="action"]')).to.deep.equal(hrefs(previewBox(el), 'a[part~="action"]'));
    } finally {
      frame.remove();
    }
  });

  describe('accessibility', () => {
    it('has no axe violation as it opens', async () => {
      const el = await builder();
      await expect(el).to.be.accessible();
    });

    it('has no axe violation with the catalogue open, lines picked, warnings and story suggestions shown', async () => {
      const el = await builder('topic=domestic-abuse&quick-exit=off&lines=national-domestic-abuse-helpline+988-lifeline&exit-url=https://www.bbc.co.uk/');
      await choose(el, '#story', 'Man jailed for stalking\nHe subjected his partner to coercive control.');
      await click(el, '.catalogue-holder summary');
      await choose(el, '#at', 'sat-2300');
      expect(el.shadowRoot!.querySelectorAll('.warnings li').length).to.be.greaterThan(2);
      expect(el.shadowRoot!.querySelectorAll('.catalogue > li').length).to.equal(bundledDirectory.lines.length);
      await expect(el).to.be.accessible();
    });
  });
});
