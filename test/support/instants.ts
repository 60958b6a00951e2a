/**
 * The instants tests run at, so that no result depends on when the suite runs
 * (CI may run at 3 am on a Sunday, or next year). All fall in UK winter time,
 * when London's clock reads UTC.
 */

/** Monday 10:00 in London: every bundled line with hours is open, so the curated order shows. */
export const MONDAY_10AM_UK = '2026-11-30T10:00:00Z';
/** Wednesday noon in London: a weekday when the NSPCC's phone is open. */
export const WEDNESDAY_NOON_UK = '2026-12-02T12:00:00Z';
/** Saturday 03:00 in London: the NSPCC's phone is closed until 09:00; Childline is open. */
export const SATURDAY_3AM_UK = '2026-12-05T03:00:00Z';
/** Saturday 23:30 in London: the NSPCC's phone is closed until 09:00 on Sunday. */
export const SATURDAY_2330_UK = '2026-11-28T23:30:00Z';

/** `YYYY-MM-DD` of the UTC day `days` after `instant`. */
export function dayAfter(instant: string | number, days: number): string {
  return new Date(new Date(instant).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Pins `Date.now()` in this page to `instant` until the returned function is
 * called: the built bundles carry their own clock module, which a test cannot
 * replace, and read the time only through `Date.now()`.
 */
export function pinDateNow(instant: string): () => void {
  const real = Date.now;
  const pinned = new Date(instant).getTime();
  Date.now = () => pinned;
  return () => {
    Date.now = real;
  };
}

/**
 * How long a test polls for something that waits on a module load or a fetch
 * (a cold load of the directory checker can take seconds on a busy CI machine).
 * Prefer `await el.updateComplete`, which waits for the box's language and directory.
 */
export const SETTLE_MS = 8000;
