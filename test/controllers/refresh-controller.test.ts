import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { checkWallClock, MAX_REFRESH_MS, RefreshController } from '../../src/controllers/refresh-controller.js';
import { pinClock } from '../support/manual-clock.js';

/** A host that counts its updates and says when its content next changes. */
class RefreshHost extends ReactiveElement {
  updates = 0;
  next: number | null = null;
  constructor() {
    super();
    new RefreshController(this, () => this.next);
  }
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('refresh-host', RefreshHost);

async function host(next: number | null): Promise<RefreshHost> {
  const el = document.createElement('refresh-host') as RefreshHost;
  el.next = next;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('RefreshController', () => {
  // Tuesday 1 December 2026, 12:00 UTC, in London.
  const NOW = '2026-12-01T12:00:00Z';
  const clock = pinClock(NOW, 'Europe/London');
  afterEach(() => document.querySelectorAll('refresh-host').forEach((el) => el.remove()));

  it('sets one timer for the next change and updates the host when it fires', async () => {
    const el = await host(Date.parse('2026-12-01T12:30:00Z'));
    expect(clock().pending).to.deep.equal(['2026-12-01T12:30:00.000Z']);
    const before = el.updates;
    await clock().advanceTo('2026-12-01T12:30:00Z', () => el.updateComplete);
    expect(el.updates).to.equal(before + 1);
  });

  it('looks again at least hourly when the next change is far away, and sets no timer when nothing changes', async () => {
    const far = await host(Date.parse('2026-12-03T09:00:00Z'));
    expect(clock().pending).to.deep.equal([new Date(Date.parse(NOW) + MAX_REFRESH_MS).toISOString()]);
    far.remove();
    expect(clock().pending).to.deep.equal([]);
    await host(null);
    expect(clock().pending).to.deep.equal([]);
  });

  it('updates every box when the page is shown again', async () => {
    const boxes = [await host(null), await host(null)];
    const before = boxes.map((el) => el.updates);
    // Test files share the browser two at a time, so this tab may really be hidden: say it is shown.
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.all(boxes.map((el) => el.updateComplete));
      expect(boxes.map((el) => el.updates)).to.deep.equal(before.map((n) => n + 1));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('updates when the wall clock jumps ahead of the page timers (a phone woken from sleep), not when it keeps pace', async () => {
    const el = await host(Date.parse('2026-12-01T22:00:00Z'));
    checkWallClock();
    const before = el.updates;
    // The manual clock does not move on its own: to the watcher, the wall clock stood still. No update.
    checkWallClock();
    await el.updateComplete;
    expect(el.updates).to.equal(before);
    // Ten and a half hours pass on the wall clock while the page's timers slept: the 22:00 timer has not fired.
    clock().jumpTo('2026-12-01T22:30:00Z');
    checkWallClock();
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
  });
});
