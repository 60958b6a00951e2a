/**
 * Open now, line by line: which contact a line's status describes, its state
 * at an instant, and the open-first order of a box's lines. Pure, no DOM.
 */
import type { Contact, Line } from '../directory/schema.js';
import { own } from '../directory/own.js';
import { openState, type Hours, type OpenState } from './hours.js';

/**
 * Channels answered by a person, which can be open or closed. Web pages,
 * report forms and email can be used at any time.
 */
const LIVE_CHANNELS: ReadonlySet<Contact['type']> = new Set(['phone', 'textphone', 'sms', 'chat']);

export interface LineStatus {
  state: OpenState;
  /** The zone the hours are written in; absent when there are no hours. */
  timeZone?: string;
}

/** A contact's own hours, else its line's. */
export function contactHours(line: Line, contact: Contact): Hours | undefined {
  return own(contact, 'hours') ?? own(line, 'hours');
}

/**
 * The contact a line's status speaks for: the first one with hours, or the
 * first live channel (whose hours are then unknown). A line of web pages,
 * forms and email only has none, and shows no status.
 */
export function statusContact(line: Line): Contact | undefined {
  return line.contacts.find((contact) => contactHours(line, contact) !== undefined || LIVE_CHANNELS.has(contact.type));
}

export function lineStatus(line: Line, at: Date | number): LineStatus | undefined {
  const contact = statusContact(line);
  if (!contact) return undefined;
  const hours = contactHours(line, contact);
  return hours ? { state: openState(hours, at), timeZone: hours.timeZone } : { state: openState(undefined, at) };
}

/**
 * 0: open, or nothing that closes; 1: hours unknown (it may be open);
 * 2: closed now.
 */
function rank(status: LineStatus | undefined): number {
  if (!status || status.state.open === true) return 0;
  return status.state.open === null ? 1 : 2;
}

/**
 * Moves open lines ahead of closed ones within each urgency, keeping the
 * directory's (or the editor's) order otherwise. Each urgency keeps the
 * positions it had, so the curated mix of kinds is unchanged; the emergency
 * lines never move, so the region's emergency line stays first.
 */
export function openFirst<T extends Pick<Line, 'urgency'>>(lines: readonly T[], statusOf: (line: T) => LineStatus | undefined): T[] {
  const ranks = new Map(lines.map((line) => [line, rank(statusOf(line))]));
  const result = [...lines];
  const urgencies = new Set(lines.map((line) => line.urgency));
  urgencies.delete('emergency');
  for (const urgency of urgencies) {
    const slots = lines.flatMap((line, index) => (line.urgency === urgency ? [index] : []));
    // Array.prototype.sort is stable, so equal ranks keep their order.
    const sorted = slots.map((index) => lines[index]).sort((a, b) => ranks.get(a)! - ranks.get(b)!);
    slots.forEach((slot, n) => (result[slot] = sorted[n]!));
  }
  return result;
}
