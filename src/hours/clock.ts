/**
 * Where the box gets "now", the reader's time zone and its refresh timer.
 * One seam, so tests can pin the clock and the zone and step time forward;
 * pages always run on the system clock.
 */
export interface Clock {
  /** Epoch ms. */
  now(): number;
  /** The reader's IANA time zone. */
  timeZone(): string;
  /** Calls `callback` after `ms`; returns a function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
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
