import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HelplineBox } from '../../src/components/helpline-box/helpline-box.js';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { FORMATS, RenderError, renderBox, type RenderRequest } from '../../src/render/render.js';
import { MONDAY_10AM_UK, SATURDAY_3AM_UK } from '../support/instants.js';
import { ManualClock, restoreClock } from '../support/manual-clock.js';

const REGIONS = bundledDirectory.regions.map((region) => region.id);
const TOPICS = bundledDirectory.topics.map((topic) => topic.id);

/** Every number a box dials or texts, in order: its tel: and sms: links, then its textphone numbers as shown. */
function numbers(root: ParentNode): { links: string[]; relays: string[] } {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]')].map((a) => a.getAttribute('href')!);
  const relays = [...root.querySelectorAll('li')]
    // "Textphone" in British English, "TTY" in American English (the render writes a US box in en-US).
    .filter((li) => !li.querySelector('li, a') && /^(Textphone|TTY) /.test(li.textContent.trim()))
    .map((li) => /[\d ]+\d/.exec(li.textContent)![0].trim());
  return { links, relays };
}

/**
 * The numbers a live box dials for each request, at a pinned instant: one box, its attributes changed
 * from request to request (a fresh box for each of 56 requests made this the slowest file in the suite).
 */
async function liveBox(at: string) {
  const el = await fixture<HelplineBox>(html`<helpline-box></helpline-box>`);
  return async (topic: string, region: string) => {
    new ManualClock(at, 'Europe/London').install();
    try {
      el.topic = topic;
      el.region = region;
      await el.updateComplete;
      return numbers(el.shadowRoot!.querySelector('section')!);
    } finally {
      restoreClock();
    }
  };
}

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('renderBox against <helpline-box>', () => {
  // Quiet the element's warnings for topics a region has no line for; the render reports them as problems.
  const warn = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = warn));

  for (const at of [MONDAY_10AM_UK, SATURDAY_3AM_UK]) {
    it(`dials the element's numbers in the element's order for every topic in every region, as of ${at}`, async () => {
      const elementNumbers = await liveBox(at);
      for (const region of REGIONS) {
        for (const topic of TOPICS) {
          const live = await elementNumbers(topic, region);
          for (const format of ['html', 'prerender'] as const) {
            const { output } = await renderBox({ topic, region, at, format });
            const doc = parse(output);
            // The prerender's numbers are in its shadow root (a template here): the light-DOM fallback repeats them.
            const root = format === 'prerender' ? doc.querySelector('template')!.content : doc.body;
            expect(numbers(root), `${format} ${topic} in ${region}`).to.deep.equal(live);
          }
        }
      }
    });
  }

  it('without an instant, dials the same numbers, in the directory order, with no status', async () => {
    const elementNumbers = await liveBox(MONDAY_10AM_UK);
    for (const region of REGIONS) {
      for (const topic of TOPICS) {
        const live = await elementNumbers(topic, region);
        const { output, model } = await renderBox({ topic, region });
        const shown = numbers(parse(output).body);
        expect([...shown.links].sort(), `${topic} in ${region}`).to.deep.equal([...live.links].sort());
        expect(shown.relays).to.deep.equal(live.relays);
        expect(model.lines.every((line) => line.status === null)).to.equal(true);
      }
    }
  });

  it('writes the AMP format as the HTML format, which the AMP validator passes (test/node/render-amp.test.mjs)', async () => {
    const request = { topic: 'child-sexual-abuse', region: 'GB-ENG', at: SATURDAY_3AM_UK };
    expect((await renderBox({ ...request, format: 'amp' })).output).to.equal((await renderBox({ ...request, format: 'html' })).output);
  });

  it('writes no script, event handler or javascript: link in any format', async () => {
    for (const format of FORMATS) {
      for (const request of [
        { topic: 'child-sexual-abuse', region: 'GB-ENG' },
        { topic: 'domestic-abuse', region: 'AU', at: SATURDAY_3AM_UK },
        { topic: 'suicide', region: 'GB-WLS', lang: 'cy' },
        { topic: 'sexual-violence', region: 'US', lang: 'es', heading: '<script>alert(1)</script>' },
      ]) {
        const { output } = await renderBox({ ...request, format });
        // Plain text is not markup: its heading is the editor's words as written (a newsletter escapes them).
        if (format === 'text') continue;
        expect(output, `${format} ${JSON.stringify(request)}`).not.to.match(/<script|\son[a-z]+=|javascript:/i);
        const doc = parse(output);
        const inShadow = doc.querySelector('template')?.content;
        expect(doc.querySelector('script, [onclick], iframe, object, embed')).to.equal(null);
        expect(inShadow?.querySelector('script') ?? null).to.equal(null);
      }
    }
  });

  it('uses the words of the element, in its language', async () => {
    new ManualClock(MONDAY_10AM_UK, 'Europe/London').install();
    try {
      for (const lang of ['cy', 'ar', 'pl']) {
        const el = await fixture<HelplineBox>(html`<helpline-box topic="domestic-abuse" region="GB-WLS" lang=${lang}></helpline-box>`);
        await el.updateComplete;
        const { output } = await renderBox({ topic: 'domestic-abuse', region: 'GB-WLS', lang, format: 'prerender', at: MONDAY_10AM_UK });
        const shadow = parse(output).querySelector('template')!.content;
        const words = (root: ParentNode) => [...root.querySelectorAll('.heading, [part="name"], .badge, .for, a.action > span')].map((node) => node.textContent.trim());
        expect(words(shadow), lang).to.deep.equal(words(el.shadowRoot!));
        expect(shadow.querySelector('section')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      }
    } finally {
      restoreClock();
    }
  });

  it('refuses a request with any problem, naming each, unless asked for the emergency line alone', async () => {
    const bad: RenderRequest = { topic: 'child-abuse knife-crime', region: 'GB', lang: 'xx' };
    let error: unknown;
    await renderBox(bad).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(RenderError);
    expect((error as RenderError).problems).to.deep.equal([
      'language "xx" is not one the box is written in (en, en-US, cy, pl, ur, ar, pa, ro, es, ga)',
      'topic "knife-crime" is not in the directory',
    ]);
    const fallen = await renderBox({ ...bad, fallback: true });
    expect(fallen.fellBack).to.equal(true);
    expect(fallen.problems).to.have.length(2);
    expect(fallen.model.lines.map((line) => line.id)).to.deep.equal(['gb-emergency']);
  });
});
