/**
 * Keeps a box's open-now statuses and alerts current while it is on the page:
 * one timer for the next opening, closing or alert change (at most an hour
 * away), and a fresh look whenever the page may have missed time: when it is
 * shown again (`visibilitychange`, `pageshow`) and when the wall clock has
 * jumped ahead of the page's own timers.
 *
 * Why the jump check: a phone that sleeps stops the page's timers (they run on
 * a clock that pauses in suspend) but not the wall clock, so a timer set at
 * 22:00 for 23:00 may fire at 09:30 the next morning. One watcher serves
 * every box: every minute it compares how far the wall clock moved with how
 * far the page's monotonic clock moved.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../hours/clock.js';

/** The longest a box waits before looking at the clock again. */
export const MAX_REFRESH_MS = 60 * 60 * 1000;
/** How often the shared watcher compares the wall clock with the page's timers. */
export const WATCH_MS = 60 * 1000;
/** How far ahead the wall clock may run of the timers before the boxes look again. */
export const JUMP_MS = 30 * 1000;

const boxes = new Set<() => void>();
let watcher: { stop: () => void; check: () => void } | null = null;

function startWatcher(): { stop: () => void; check: () => void } {
  let wall = clock().now();
  let mono = performance.now();
  const refreshAll = () => {
    for (const refresh of boxes) refresh();
  };
  const check = () => {
    const nextWall = clock().now();
    const nextMono = performance.now();
    const jumped = nextWall - wall - (nextMono - mono) > JUMP_MS;
    wall = nextWall;
    mono = nextMono;
    if (jumped) refreshAll();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') refreshAll();
  };
  const interval = window.setInterval(check, WATCH_MS);
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('pageshow', refreshAll);
  return {
    check,
    stop: () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', refreshAll);
    },
  };
}

/** Runs the shared watcher's minute check now (tests move the clock and call this instead of waiting a minute). */
export function checkWallClock(): void {
  watcher?.check();
}

export class RefreshController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #nextChange: () => number | null;
  #cancel: (() => void) | null = null;
  readonly #refresh = () => this.#host.requestUpdate();

  /** `nextChange`: when what the box shows next changes (epoch ms), or null. */
  constructor(host: ReactiveControllerHost, nextChange: () => number | null) {
    this.#host = host;
    this.#nextChange = nextChange;
    host.addController(this);
  }

  hostConnected(): void {
    boxes.add(this.#refresh);
    watcher ??= startWatcher();
    // Time passed while the box was out of the page.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#cancel?.();
    this.#cancel = null;
    boxes.delete(this.#refresh);
    if (boxes.size === 0) {
      watcher?.stop();
      watcher = null;
    }
  }

  hostUpdated(): void {
    this.#cancel?.();
    this.#cancel = null;
    if (!boxes.has(this.#refresh)) return;
    const next = this.#nextChange();
    const now = clock().now();
    // A change at or before now is already in what the box shows: looking again at once would only loop.
    if (next === null || next <= now) return;
    this.#cancel = clock().setTimer(this.#refresh, Math.min(next - now, MAX_REFRESH_MS));
  }
}
