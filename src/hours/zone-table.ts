/**
 * Time zone offsets worked out once, at build time, for the zones the bundled
 * directory's hours are written in, so a box works out open and closed without
 * `Intl.DateTimeFormat`: the first one a page makes loads the browser's time
 * zone data, a task of about 100 ms on a phone-speed CPU, which would block
 * scrolling right as the article loads. A zone or an instant the table does not
 * cover falls back to Intl, which is always right; the table is built by Intl
 * too (in Node, from the same time zone database).
 */

/** A zone's offsets: `[from, offset, from, offset, ...]`, epoch ms, each offset holding until the next `from`. */
export type ZoneOffsets = readonly number[];

export interface ZoneTable {
  /** The last instant the table covers (epoch ms). */
  until: number;
  zones: Readonly<Record<string, ZoneOffsets>>;
}

let table: ZoneTable = { until: 0, zones: {} };

/** Puts a table in use (the bundles, with the one built for their directory; tests). */
export function useZoneTable(next: ZoneTable | null): void {
  table = next ?? { until: 0, zones: {} };
}

/** The zone's offset from UTC at `instant` in ms, or undefined when the table does not cover it. */
export function tableOffset(timeZone: string, instant: number): number | undefined {
  const offsets = Object.hasOwn(table.zones, timeZone) ? table.zones[timeZone] : undefined;
  if (!offsets || offsets.length < 2 || instant < offsets[0] || instant >= table.until) return undefined;
  // Offsets are few (two changes a year): a backwards scan is as quick as a search.
  for (let i = offsets.length - 2; i >= 0; i -= 2) if (instant >= offsets[i]) return offsets[i + 1];
  return undefined;
}

/** Offsets change at most twice a year and never twice within six hours. */
const STEP_MS = 6 * 3_600_000;

/** The offset Intl gives, in ms, whole minutes: what the table stores. */
function intlOffset(format: Intl.DateTimeFormat, instant: number): number {
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']));
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/**
 * Builds a table with Intl, for `zones` from `from` to `until`: the offset,
 * checked every six hours, and each change found to the minute. Used by the build
 * and by the tests that check the table against Intl.
 */
export function buildZoneTable(zones: readonly string[], from: number, until: number): ZoneTable {
  const built: Record<string, number[]> = {};
  for (const zone of zones) {
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    const offsets = [from, intlOffset(format, from)];
    for (let t = from + STEP_MS; t < until; t += STEP_MS) {
      const offset = intlOffset(format, t);
      if (offset === offsets[offsets.length - 1]) continue;
      // The change lies in the six hours before t: find its first minute.
      let lo = t - STEP_MS;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (intlOffset(format, mid) === offset) hi = mid;
        else lo = mid;
      }
      offsets.push(hi, offset);
    }
    built[zone] = offsets;
  }
  return { until, zones: built };
}
