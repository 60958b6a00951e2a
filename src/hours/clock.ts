/**
 * Where the box gets "now", the reader's time zone and its refresh timer.
 * One seam, so tests can pin the clock and the zone and step time forward;
 * pages always run on the system clock.
 */
export interface Clock {
  /** Epoch ms. */
  now(): number;
  /**
   * The reader's IANA zone, or null to go by the page's own clock. The system
   * clock gives null: asking Intl for the zone costs about 100 ms on a phone as
   * the page loads (see zone-table.ts), and the UTC offsets of the page's clock
   * tell whether it reads the same as a line's zone.
   */
  timeZone(): string | null;
  /** Calls `callback` after `ms`; returns a function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => null,
  setTimer(callback, ms) {
    const id = setTimeout(callback, ms);
    return () => clearTimeout(id);
  },
};

let current: Clock = systemClock;

export function clock(): Clock {
  return current;
}

/** Replaces the clock (tests); `null` goes back to the system clock. */
export function setClock(next: Clock | null): void {
  current = next ?? systemClock;
}
