/** A clock for tests: pinned to an instant and a reader's zone, moved forward by hand. */
import { setClock, type Clock } from '../../src/hours/clock.js';

interface Timer {
  due: number;
  callback: () => void;
}

export class ManualClock implements Clock {
  #now: number;
  #zone: string | undefined;
  #timers = new Set<Timer>();

  /** `zone` undefined: the browser's own zone. */
  constructor(start: Date | string, zone?: string) {
    this.#now = new Date(start).getTime();
    this.#zone = zone;
  }

  now(): number {
    return this.#now;
  }

  timeZone(): string {
    return this.#zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer = { due: this.#now + ms, callback };
    this.#timers.add(timer);
    return () => this.#timers.delete(timer);
  }

  /** Timers still waiting, as ISO instants. */
  get pending(): string[] {
    return [...this.#timers].map((t) => new Date(t.due).toISOString()).sort();
  }

  /**
   * Moves time to `to`, firing each timer due on the way at its own instant,
   * and lets `settle` (an element's update) finish after each one.
   */
  async advanceTo(to: Date | string, settle: () => Promise<unknown> = () => Promise.resolve()): Promise<void> {
    const target = new Date(to).getTime();
    for (;;) {
      const next = [...this.#timers].filter((t) => t.due <= target).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.#timers.delete(next);
      this.#now = next.due;
      next.callback();
      await settle();
    }
    this.#now = target;
  }

  /** Moves time to `to` without firing any timer, as a device that slept: its timers did not run. */
  jumpTo(to: Date | string): void {
    this.#now = new Date(to).getTime();
  }

  install(): this {
    setClock(this);
    return this;
  }
}

export function restoreClock(): void {
  setClock(null);
}

/**
 * Pins the box's clock to `at` (and the reader's zone to `zone`, else the
 * browser's) for every test of the enclosing `describe`. Returns a getter for
 * the test's clock, to move time forward by hand.
 */
export function pinClock(at: string, zone?: string): () => ManualClock {
  let clock: ManualClock | undefined;
  beforeEach(() => {
    clock = new ManualClock(at, zone).install();
  });
  afterEach(restoreClock);
  return () => clock!;
}
