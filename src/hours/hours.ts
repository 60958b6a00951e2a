/**
 * Opening hours: is a line open at an instant, and when does that change?
 * Pure, no DOM, no dependency beyond the platform's Intl. Hours are written in
 * the line's own IANA time zone, so the answer is the same wherever the reader
 * is and stays right across daylight-saving changes.
 *
 * Wall-clock rules:
 * - a session whose `closes` is at or before its `opens` runs past midnight
 *   (`22:00`-`02:00`); `opens` equal to `closes` is a full 24 hours;
 * - `closes: "24:00"` is the end of the day;
 * - a wall time is the first instant at which the zone's clock reads that time
 *   or later on that date. So a time skipped when clocks go forward (01:30 in
 *   London on the last Sunday of March) is the moment the clock jumps, and a
 *   time that happens twice when clocks go back is its first occurrence;
 * - a dated exception replaces the sessions that start on that date; a session
 *   from the day before that runs past midnight still runs.
 */
import { DAYS, type Day } from '../directory/constants.js';
import { own } from '../directory/own.js';
import { dateTimeFormat } from './intl-cache.js';
import { tableOffset } from './zone-table.js';

export interface Session {
  /** `HH:MM`, 24-hour, in the hours' time zone. */
  opens: string;
  /** `HH:MM` or `24:00`; at or before `opens` means the session ends the next day. */
  closes: string;
}

export interface WeeklySession extends Session {
  days: readonly Day[];
}

export interface HoursException {
  /** `YYYY-MM-DD` in the hours' time zone. */
  date: string;
  /** Closed all that day. */
  closed?: boolean | undefined;
  /** The day's sessions instead of the weekly ones. */
  sessions?: readonly Session[] | undefined;
}

export interface Hours {
  /** IANA time zone, e.g. `Europe/London`; never a UTC offset. */
  timeZone: string;
  /** Open 24 hours a day, 7 days a week (dated exceptions still apply). */
  always?: boolean | undefined;
  weekly?: readonly WeeklySession[] | undefined;
  exceptions?: readonly HoursException[] | undefined;
}

export type OpenState =
  /** 24/7 with no closure in sight. */
  | { status: 'always'; open: true }
  /** `closesAt` is absent when no closing falls within the look-ahead. */
  | { status: 'open'; open: true; closesAt?: Date }
  /** `opensAt` is absent when no opening falls within the look-ahead. */
  | { status: 'closed'; open: false; opensAt?: Date }
  /** No hours data: the reader is told to check the operator's website. */
  | { status: 'unknown'; open: null };

/** Days ahead searched for the next change: covers a two-week holiday closure. */
export const LOOK_AHEAD_DAYS = 15;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A zone's wall clock, to the second, in parts that read the same in every browser. */
const WALL: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  era: 'short',
};

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat('en-US', timeZone, WALL);
}

/** True when the platform knows the zone (an unknown one makes Intl throw). */
export function isKnownTimeZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      wallFormatter(timeZone);
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(timeZone, known);
  }
  return known;
}
/** Answers of isKnownTimeZone: a directory of 10,000 lines asks about a handful of zones. */
const knownZones = new Map<string, boolean>();

/** The zone's wall clock at `instant`, as if that wall time were UTC (ms, whole seconds). */
export function wallTime(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const offset = tableOffset(timeZone, whole);
  return offset === undefined ? intlWallTime(timeZone, whole) : whole + offset;
}

function intlWallTime(timeZone: string, instant: number): number {
  const parts = Object.create(null) as Record<string, string>;
  for (const part of wallFormatter(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  let year = Number(parts['year']);
  if (parts['era'] === 'BC' || parts['era'] === 'B') year = 1 - year;
  const date = new Date(0);
  date.setUTCFullYear(year, Number(parts['month']) - 1, Number(parts['day']));
  date.setUTCHours(Number(parts['hour']), Number(parts['minute']), Number(parts['second']), 0);
  return date.getTime();
}

/** The zone's offset from UTC at `instant`, in ms (whole seconds): from the build's table, else from Intl. */
export function offsetAt(timeZone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return tableOffset(timeZone, whole) ?? intlWallTime(timeZone, whole) - whole;
}

/**
 * The first instant at which the zone's clock reads `wall` (a wall time
 * written as UTC ms) or later.
 */
export function wallToInstant(timeZone: string, wall: number): number {
  // Offsets a day either side bracket any transition near this wall time.
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  const candidates = [wall - before, wall - after].filter((t) => wallTime(timeZone, t) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  // The wall time was skipped (clocks went forward): find the jump, which
  // lies between the two candidates, to the minute.
  let lo = Math.min(wall - before, wall - after);
  let hi = Math.max(wall - before, wall - after);
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.max(MINUTE_MS, Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS);
    if (wallTime(timeZone, mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** `YYYY-MM-DD` for a wall-clock day (UTC ms at its midnight). */
function isoDay(day: number): string {
  return new Date(day).toISOString().slice(0, 10);
}

function sessionsOn(hours: Hours, day: number, exceptions: ReadonlyMap<string, HoursException>): readonly Session[] {
  // Most hours have no exceptions: no date is written for them (this runs for each line, each day looked at).
  const exception = exceptions.size > 0 ? exceptions.get(isoDay(day)) : undefined;
  if (exception) return own(exception, 'closed') ? [] : (own(exception, 'sessions') ?? []);
  if (own(hours, 'always')) return [{ opens: '00:00', closes: '24:00' }];
  // getUTCDay: 0 is Sunday; DAYS starts on Monday.
  const weekday = DAYS[(new Date(day).getUTCDay() + 6) % 7];
  return (own(hours, 'weekly') ?? []).filter((session) => session.days.includes(weekday));
}

/** Sorts and merges [start, end) intervals; back-to-back sessions (23:00-24:00 then 00:00-02:00) are one opening. */
function merge(raw: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...raw].sort((a, b) => a[0] - b[0])) {
    // at(-1), not [length - 1]: on an empty list that would read the prototype's "-1".
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  return merged;
}

/**
 * Whether `hours` are open at `at`, and the next change. `at` is an instant
 * (a Date or epoch ms); the reader's own time zone plays no part.
 */
export function openState(hours: Hours | undefined, at: Date | number): OpenState {
  if (!hours) return { status: 'unknown', open: null };
  const instant = typeof at === 'number' ? at : at.getTime();
  // Hours may come from a caller's own objects: optional fields are read only when they are their own.
  const always = own(hours, 'always');
  const listed = own(hours, 'exceptions') ?? [];
  if (always && !listed.length) return { status: 'always', open: true };
  const exceptions = new Map(listed.map((e) => [e.date, e]));
  const today = Math.floor(wallTime(hours.timeZone, instant) / DAY_MS) * DAY_MS;
  const raw: [number, number][] = [];
  // Day by day from yesterday (its session may run past midnight), stopping
  // as soon as the answer cannot change: every later session starts later.
  for (let i = -1; i <= LOOK_AHEAD_DAYS; i++) {
    const day = today + i * DAY_MS;
    for (const session of sessionsOn(hours, day, exceptions)) {
      const opens = minutesOf(session.opens);
      let closes = minutesOf(session.closes);
      if (closes <= opens) closes += 24 * 60;
      raw.push([wallToInstant(hours.timeZone, day + opens * MINUTE_MS), wallToInstant(hours.timeZone, day + closes * MINUTE_MS)]);
    }
    if (i < 0) continue;
    const laterStart = wallToInstant(hours.timeZone, day + DAY_MS);
    const intervals = merge(raw);
    const current = intervals.find(([start, end]) => start <= instant && instant < end);
    // A session starting the next day could still extend an opening that reaches it.
    if (current && current[1] < laterStart) return { status: 'open', open: true, closesAt: new Date(current[1]) };
    const next = intervals.find(([start]) => start > instant);
    if (!current && next) return { status: 'closed', open: false, opensAt: new Date(next[0]) };
  }
  // Nothing changes within the look-ahead.
  const open = merge(raw).some(([start, end]) => start <= instant && instant < end);
  if (open) return always ? { status: 'always', open: true } : { status: 'open', open: true };
  return { status: 'closed', open: false };
}

/** The instant the state next changes, if one is known. */
export function nextChange(state: OpenState): Date | undefined {
  if (state.status === 'open') return own(state, 'closesAt');
  if (state.status === 'closed') return own(state, 'opensAt');
  return undefined;
}
