/**
 * The moment the preview shows, so an editor sees what a reader sees at night
 * or at the weekend: "now", the next weekday lunchtime or Saturday night in
 * the reader's zone, or a wall time they write. Pure (the real time comes in).
 */
import type { Directory } from '../../src/directory/schema.js';
import { selectLines } from '../../src/directory/select.js';
import { statusContact } from '../../src/hours/open-now.js';
import { wallToInstant } from '../../src/hours/hours.js';
import { dateTimeFormat } from '../../src/hours/intl-cache.js';

interface Preset {
  label: string;
  /** 0 Sunday to 6 Saturday, as Date#getUTCDay. */
  day: number;
  hour: number;
  minute: number;
}

/** The next one of each after the real now, in the reader's zone. */
export const INSTANT_PRESETS: Readonly<Record<string, Preset>> = {
  'wed-1200': { label: 'Wednesday 12:00, a weekday lunchtime', day: 3, hour: 12, minute: 0 },
  'wed-2000': { label: 'Wednesday 20:00, a weekday evening', day: 3, hour: 20, minute: 0 },
  'fri-2330': { label: 'Friday 23:30, late on a Friday', day: 5, hour: 23, minute: 30 },
  'sat-2300': { label: 'Saturday 23:00, a weekend night', day: 6, hour: 23, minute: 0 },
  'sun-0300': { label: 'Sunday 03:00, the small hours', day: 0, hour: 3, minute: 0 },
};

const CUSTOM = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A wall time as a datetime-local input writes it: `2026-12-05T23:00`. */
export function isCustomInstant(value: string): boolean {
  const match = CUSTOM.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

/** The zone's calendar date at `instant`, as UTC midnight of that date. */
function wallDate(zone: string, instant: number): number {
  const parts = Object.fromEntries(
    dateTimeFormat('en-US', zone, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']));
}

/**
 * The instant to preview, in epoch ms, or null for the live clock. Presets are
 * the next such wall time after `realNow` in `zone`.
 */
export function resolveInstant(at: string, zone: string, realNow: number): number | null {
  const preset = Object.hasOwn(INSTANT_PRESETS, at) ? INSTANT_PRESETS[at] : undefined;
  if (preset) {
    const today = wallDate(zone, realNow);
    for (let days = 0; days <= 7; days++) {
      const date = today + days * 86_400_000;
      if (new Date(date).getUTCDay() !== preset.day) continue;
      const instant = wallToInstant(zone, date + (preset.hour * 60 + preset.minute) * 60_000);
      if (instant > realNow) return instant;
    }
  }
  const match = CUSTOM.exec(at);
  if (match && isCustomInstant(at)) {
    const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
    return wallToInstant(zone, Date.UTC(y, mo - 1, d, h, mi));
  }
  return null;
}

/** An instant as an editor reads it: "Saturday 5 December 2026, 23:00". */
export function describeInstant(instant: number, zone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat('en-GB', zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return `${parts['weekday']} ${parts['day']} ${parts['month']} ${parts['year']}, ${parts['hour']}:${parts['minute']}`;
}

/** `2026-12-05T23:00` in `zone`, for a datetime-local input. */
export function wallInput(instant: number, zone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat('en-US', zone, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/**
 * The zone a reader of a region most likely lives in: the one the region's
 * emergency line's hours are written in (Europe/Dublin for IE), else the
 * browser's own.
 */
export function regionZone(directory: Directory, region: string): string {
  const [emergency] = selectLines(directory, { region }).lines;
  const contact = emergency && statusContact(emergency);
  const hours = contact && emergency ? (contact.hours ?? emergency.hours) : undefined;
  return hours?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every zone the directory's hours are written in, for the reader-zone control. */
export function directoryZones(directory: Directory): string[] {
  const zones = new Set<string>();
  for (const line of directory.lines) {
    if (line.hours) zones.add(line.hours.timeZone);
    for (const contact of line.contacts) if (contact.hours) zones.add(contact.hours.timeZone);
  }
  return [...zones].sort();
}
