/**
 * How the box spreads its work over the page's main thread (bench/render.mjs
 * measures the time): its first render waits a task of its own, after the
 * task that ran the script; the lines behind "More helplines" come a task
 * after that, or at once when the reader opens them first; a prerendered box
 * stays on screen until the first render replaces it.
 */
import { expect } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { moreButton } from '../../../test/support/box.js';
import { WEDNESDAY_NOON_UK } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));
const links = (el: HelplineBox) => [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
const hiddenLines = (el: HelplineBox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('#more-lines [part~="line"]')].map((li) => li.dataset['line']);

/** Appends a box for the seed story and returns it, before any of its updates has run. */
function seedBox(): HelplineBox {
  const el = document.createElement('helpline-box');
  el.setAttribute('topic', 'child-sexual-abuse');
  el.setAttribute('region', 'GB-ENG');
  document.body.append(el);
  return el;
}

/** Waits task by task (at most ten) until the box shows a link; returns how many tasks that took. */
async function tasksToFirstLink(el: HelplineBox): Promise<number> {
  for (let task = 1; task <= 10; task++) {
    await nextTask();
    if (links(el).length > 0) return task;
  }
  throw new Error('the box showed no link within ten tasks');
}

describe('<helpline-box> on the main thread', () => {
  // Wednesday noon in London: the NSPCC is open.
  pinClock(WEDNESDAY_NOON_UK, 'Europe/London');
  afterEach(() => {
    for (const el of document.querySelectorAll('body > helpline-box, body > div')) el.remove();
  });

  it('renders nothing in the task that connects it, and the box in the next', async () => {
    const el = seedBox();
    // Every microtask of this task runs before the awaited one resolves; none renders.
    await Promise.resolve();
    await Promise.resolve();
    expect(links(el)).to.deep.equal([]);
    expect(await tasksToFirstLink(el)).to.equal(1);
    expect(links(el).slice(0, 3)).to.deep.equal(['tel:999', 'tel:101', 'tel:+448088005000']);
  });

  it('shows the fallback content the page put inside it until the box replaces it, never an empty box', async () => {
    const el = document.createElement('helpline-box');
    el.setAttribute('topic', 'child-sexual-abuse');
    el.setAttribute('region', 'GB-ENG');
    const fallback = document.createElement('p');
    fallback.innerHTML = 'Call <a href="tel:999">999</a> in an emergency, or the NSPCC on <a href="tel:+448088005000">0808 800 5000</a>.';
    el.append(fallback);
    document.body.append(el);
    await Promise.resolve();
    // Shadow root attached, first render a task away: the fallback is slotted and on screen.
    expect(el.shadowRoot!.querySelector('slot')!.assignedNodes()).to.deep.equal([fallback]);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(await tasksToFirstLink(el)).to.equal(1);
    // The box replaced it: no slot left, the fallback no longer rendered, the box's links there instead.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    expect(links(el).slice(0, 3)).to.deep.equal(['tel:999', 'tel:101', 'tel:+448088005000']);
  });

  it('renders the lines behind "More helplines" a task after the box, and updateComplete waits for them', async () => {
    const el = seedBox();
    await tasksToFirstLink(el);
    expect(moreButton(el)!.textContent.trim()).to.equal('More helplines (4)');
    expect(el.shadowRoot!.querySelector('#more-lines')!.hasAttribute('hidden')).to.equal(true);
    expect(hiddenLines(el)).to.deep.equal([]);
    await el.updateComplete;
    expect(hiddenLines(el)).to.deep.equal(['childline', 'stop-it-now', 'ceop', 'iwf']);
    expect(el.shadowRoot!.querySelector('#more-lines')!.hasAttribute('hidden')).to.equal(true);
  });

  it('shows the hidden lines at once when the reader opens them before their task', async () => {
    const el = seedBox();
    await tasksToFirstLink(el);
    expect(hiddenLines(el)).to.deep.equal([]);
    moreButton(el)!.click();
    // The click's own update, a microtask later, renders them: no waiting for their task.
    await Promise.resolve();
    await Promise.resolve();
    expect(hiddenLines(el)).to.deep.equal(['childline', 'stop-it-now', 'ceop', 'iwf']);
    expect(el.shadowRoot!.querySelector('#more-lines')!.hasAttribute('hidden')).to.equal(false);
    await el.updateComplete;
    expect(hiddenLines(el)).to.deep.equal(['childline', 'stop-it-now', 'ceop', 'iwf']);
  });

  it('keeps the fallback on screen if rendering the box ever throws', async () => {
    const el = document.createElement('helpline-box');
    el.setAttribute('topic', 'child-sexual-abuse');
    const fallback = document.createElement('p');
    fallback.innerHTML = 'Call <a href="tel:999">999</a> in an emergency.';
    el.append(fallback);
    // A failure nobody foresaw, in Lit's rendering itself (the box's own failures render its emergency-only box).
    (el as unknown as { render: () => never }).render = () => {
      throw new Error('rendering failed');
    };
    const failed = new Promise<unknown>((resolve) => {
      // Lit reports a failed update as an unhandled rejection: expected here (the runner still logs it,
      // "An error was thrown in a Promise outside a test", without failing the test).
      const once = (event: PromiseRejectionEvent) => {
        if (!(event.reason instanceof Error) || event.reason.message !== 'rendering failed') return;
        event.preventDefault();
        event.stopImmediatePropagation();
        window.removeEventListener('unhandledrejection', once, { capture: true });
        resolve(event.reason);
      };
      window.addEventListener('unhandledrejection', once, { capture: true });
    });
    document.body.append(el);
    await failed;
    await nextTask();
    expect(el.shadowRoot!.querySelector('slot')!.assignedNodes()).to.deep.equal([fallback]);
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
  });

  it('keeps a prerendered box on screen until its first render replaces it', async () => {
    const host = document.createElement('div');
    host.setHTMLUnsafe(
      '<helpline-box topic="child-abuse" region="GB-ENG"><template shadowrootmode="open"><section data-prerendered><a href="tel:999">Call 999</a></section></template></helpline-box>',
    );
    document.body.append(host);
    const el = host.querySelector<HelplineBox>('helpline-box')!;
    expect(el.shadowRoot!.querySelector('[data-prerendered]')).to.not.equal(null);
    await Promise.resolve();
    expect(el.shadowRoot!.querySelector('[data-prerendered]')).to.not.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-prerendered]')).to.equal(null);
    expect(links(el).slice(0, 3)).to.deep.equal(['tel:999', 'tel:101', 'tel:+448088005000']);
  });
});
