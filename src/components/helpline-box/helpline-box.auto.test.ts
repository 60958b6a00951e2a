/**
 * `topic="auto"`: the box reads the story it sits in and shows the lines for
 * what it is about; nothing clear gives the emergency line only, or the
 * publisher's fallback topic; never a guessed set.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import type { HelplineTopicsEvent } from '../../events/helpline-topics.js';
import { seedArticle } from '../../../test/context/seed-article.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';

const lineIds = (el: HelplineBox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('');
const SEED = `<h1>31 arrests as police warn people who access child abuse material online will be caught</h1>${paragraphs(seedArticle)}`;
const SPORTS_DAY = `<h1>Sunshine and smiles at village school sports day</h1><p>Pupils raced, jumped and cheered at the annual sports day on Friday.</p><p>Parents joined the egg and spoon race, and the juniors won the relay.</p>`;

/** A page with `html` in it and a box (its attributes given) at the end of the first `<article>` or `<main>`, or at the end. */
async function page(body: string, box: string): Promise<{ el: HelplineBox; event: HelplineTopicsEvent; root: HTMLElement }> {
  const root = document.createElement('div');
  root.innerHTML = body;
  const el = document.createElement('helpline-box');
  el.innerHTML = '';
  for (const [, name, value] of box.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name, value);
  (root.querySelector('article, main') ?? root).append(el);
  const found = oneEvent<HelplineTopicsEvent>(el, 'helpline-topics');
  document.body.append(root);
  const event = await found;
  await el.updateComplete;
  return { el, event, root };
}

function quietly() {
  const warn = console.warn.bind(console);
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = warn) };
}

describe('<helpline-box topic="auto">', () => {
  pinClock(MONDAY_10AM_UK, 'Europe/London');
  afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.remove()));

  it('shows the child sexual abuse lines at the end of the seed story, and says why', async () => {
    const { el, event } = await page(`<article>${SEED}</article>`, 'topic="auto" region="GB-ENG"');
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline', 'stop-it-now', 'ceop', 'iwf']);
    expect(event.detail.topics).to.deep.equal(['child-sexual-abuse']);
    expect(event.detail.detections[0].evidence).to.include('child abuse material');
    expect(el.detectedTopics!.map((d) => d.topic)).to.deep.equal(['child-sexual-abuse']);
  });

  it('shows the emergency line only for a school sports day, without a warning', async () => {
    const console = quietly();
    try {
      const { el, event } = await page(`<article>${SPORTS_DAY}</article>`, 'topic="auto" region="GB-ENG"');
      expect(event.detail.topics).to.deep.equal([]);
      expect(lineIds(el)).to.deep.equal(['gb-emergency']);
      expect(console.messages).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });

  it('shows the publisher\'s fallback topic when the story makes nothing clear', async () => {
    const { el } = await page(`<article>${SPORTS_DAY}</article>`, 'topic="auto" fallback-topic="crime" region="GB-ENG"');
    expect(lineIds(el)).to.include('crimestoppers');
  });

  it('adds what it finds to the topics named beside auto', async () => {
    const { el } = await page(`<article>${SEED}</article>`, 'topic="auto suicide" region="GB-ENG"');
    expect(lineIds(el)).to.include.members(['samaritans', 'nspcc-helpline', 'stop-it-now']);
  });

  it('reads the page\'s <main> when the box is in no <article>, and the element `context` names first', async () => {
    const inMain = await page(`<main>${SEED}</main>`, 'topic="auto" region="GB-ENG"');
    expect(inMain.event.detail.topics).to.deep.equal(['child-sexual-abuse']);
    const named = await page(`<section id="story">${SEED}</section><article>${SPORTS_DAY}</article>`, 'topic="auto" region="GB-ENG" context="#story"');
    expect(named.event.detail.topics).to.deep.equal(['child-sexual-abuse']);
  });

  it('warns and shows the emergency line when there is no story to read', async () => {
    const console = quietly();
    try {
      const { el } = await page('<div>Nothing here</div>', 'topic="auto" region="GB-ENG"');
      expect(lineIds(el)).to.deep.equal(['gb-emergency']);
      expect(console.messages).to.deep.equal(['<helpline-box>: topic="auto" found no <article>, <main> or context element to read; showing the fallback topic or the emergency line only']);
    } finally {
      console.restore();
    }
  });

  it('reads once, not on every change to the page, and again when readStory() is called', async () => {
    const { el, root } = await page(`<article>${SPORTS_DAY}</article>`, 'topic="auto" region="GB-ENG"');
    let events = 0;
    el.addEventListener('helpline-topics', () => events++);
    root.querySelector('article')!.insertAdjacentHTML('afterbegin', SEED);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect([events, lineIds(el)]).to.deep.equal([0, ['gb-emergency']]);
    const found = await el.readStory();
    await el.updateComplete;
    expect(found.map((d) => d.topic)).to.deep.equal(['child-sexual-abuse']);
    expect(events).to.equal(1);
    expect(lineIds(el)).to.include('nspcc-helpline');
  });
});
