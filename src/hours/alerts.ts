/**
 * Which of a line's alerts (an outage, a changed number, holiday hours) are
 * current at a given instant. Pure: the caller passes `now`, so tests pin it.
 *
 * A date-only value is a whole day in the reader's own time zone: `from`
 * starts at its midnight and `until` runs to the end of its day, so an editor
 * who writes `"until": "2026-12-27"` means "through the 27th" wherever the box
 * is read. A date-time carries its own offset and means that exact instant.
 */
import { own } from '../directory/own.js';
import type { Alert } from '../directory/schema.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch for a `from` (start of day) or `until` (end of day) value; NaN if unreadable. */
export function alertBoundary(value: string, edge: 'start' | 'end'): number {
  const day = DAY.exec(value);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]) + (edge === 'end' ? 1 : 0)).getTime();
  return Date.parse(value);
}

/** The alerts to show at `now`, in the directory's order. An unreadable date hides its alert rather than showing it forever. */
export function currentAlerts(alerts: readonly Alert[] | undefined, now: Date): Alert[] {
  const at = now.getTime();
  return (alerts ?? []).filter((alert) => {
    const from = own(alert, 'from');
    const start = from === undefined ? -Infinity : alertBoundary(from, 'start');
    const end = alertBoundary(alert.until, 'end');
    return start <= at && at < end;
  });
}

/** The next instant after `now` at which one of these alerts starts or ends, or null: when the box must look again. */
export function nextAlertChange(alerts: readonly Alert[] | undefined, now: Date): number | null {
  const at = now.getTime();
  const boundaries = (alerts ?? []).flatMap((alert) => {
    const from = own(alert, 'from');
    return [from === undefined ? NaN : alertBoundary(from, 'start'), alertBoundary(alert.until, 'end')];
  });
  const future = boundaries.filter((time) => time > at);
  return future.length > 0 ? Math.min(...future) : null;
}
