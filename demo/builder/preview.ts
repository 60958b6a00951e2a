/**
 * One preview frame: the real element, from the same source as the box, on a
 * page of its own. The configurator sets its attributes, its clock (the
 * instant to preview, in this frame's own copy of the clock module) and, for
 * `topic="auto"`, the story around it.
 */
import '../../src/define.js';
import { setClock, systemClock, type Clock } from '../../src/hours/clock.js';
import { storyParts } from './suggest.js';
import type { PreviewApi, PreviewRequest, PreviewResult, PreviewWindow } from './preview-api.js';

/** A clock stopped at one instant: nothing changes while the editor looks, so no timer is needed. */
const stoppedClock = (at: number, zone: string): Clock => ({ now: () => at, timeZone: () => zone, setTimer: () => () => undefined });

const holder = document.getElementById('box')!;
const storyHolder = document.getElementById('story')!;

const height = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

function setStory(text: string): void {
  storyHolder.hidden = text.trim() === '';
  const article = storyHolder.querySelector('article')!;
  const { headline, body } = storyParts(text);
  const h1 = document.createElement('h1');
  h1.textContent = headline;
  const paragraphs = body.split(/\n+/).filter((p) => p.trim() !== '').map((text) => Object.assign(document.createElement('p'), { textContent: text }));
  article.replaceChildren(h1, ...paragraphs);
}

const api: PreviewApi = {
  onresize: null,
  async show(request: PreviewRequest): Promise<PreviewResult> {
    setClock(request.at === null ? { ...systemClock, timeZone: () => request.zone } : stoppedClock(request.at, request.zone));
    setStory(request.story);
    // A new element each time, as a page would have: no attribute of an earlier choice lingers.
    const box = document.createElement('helpline-box');
    for (const [name, value] of request.attributes) box.setAttribute(name, value);
    holder.replaceChildren(box);
    await box.updateComplete;
    const root = box.shadowRoot;
    return {
      hrefs: [...(root?.querySelectorAll('a[part~="action"]') ?? [])].map((a) => a.getAttribute('href') ?? ''),
      lines: [...(root?.querySelectorAll<HTMLElement>('[part~="line"]') ?? [])].map((li) => li.dataset['line'] ?? ''),
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      height: height(),
    };
  },
};

new ResizeObserver(() => api.onresize?.(height())).observe(document.documentElement);
(window as PreviewWindow).helplinePreview = api;
