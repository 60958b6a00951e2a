/**
 * What an editor needs to judge a line before putting it in front of readers:
 * its numbers and channels, where and for what it serves, its hours in words,
 * where the facts come from and when they were checked, and any doubt. Pure;
 * editors' words in English (readers' words come from the box's own model).
 */
import type { Contact, Directory, HoursData, Line } from '../../src/directory/schema.js';
import { DAYS, type Day } from '../../src/directory/constants.js';
import { statusContact } from '../../src/hours/open-now.js';

const DAY_NAMES: Record<Day, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

const CHANNEL_NAMES: Record<Contact['type'], string> = {
  phone: 'Phone',
  textphone: 'Textphone',
  sms: 'Text',
  chat: 'Chat',
  web: 'Web',
  report: 'Report form',
  email: 'Email',
};

/** Channels answered by a person, whose hours matter (as open-now.ts counts them). */
const LIVE: ReadonlySet<Contact['type']> = new Set(['phone', 'textphone', 'sms', 'chat']);

/** `mon tue wed thu fri` -> `Mon-Fri`; `sat sun` -> `Sat-Sun`; `mon wed` -> `Mon, Wed`. */
export function dayRanges(days: readonly Day[]): string {
  const indexes = [...new Set(days.map((day) => DAYS.indexOf(day)))].sort((a, b) => a - b);
  if (indexes.length === 7) return 'every day';
  const runs: number[][] = [];
  for (const i of indexes) {
    const last = runs.at(-1);
    if (last?.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  return runs
    .map((run) => {
      const first = DAY_NAMES[DAYS[run[0]]];
      const end = DAY_NAMES[DAYS[run.at(-1)!]];
      return run.length === 1 ? first : run.length === 2 ? `${first}, ${end}` : `${first}-${end}`;
    })
    .join(', ');
}

/** Opening hours in words: "24 hours, every day" or "Mon-Fri 08:00-22:00, Sat-Sun 09:00-18:00 (Europe/London)". */
export function hoursInWords(hours: HoursData): string {
  const exceptions = hours.exceptions?.length ? `; ${hours.exceptions.length} dated exception${hours.exceptions.length > 1 ? 's' : ''}` : '';
  if (hours.always) return `24 hours, every day${exceptions}`;
  const sessions = (hours.weekly ?? []).map((session) => `${dayRanges(session.days)} ${session.opens}-${session.closes}`);
  if (sessions.length === 0) return `closed${exceptions}`;
  return `${sessions.join(', ')} (${hours.timeZone})${exceptions}`;
}

/** Each channel's hours in words, one entry per distinct wording. */
export function lineHours(line: Line): string[] {
  const out = new Map<string, string[]>();
  for (const contact of line.contacts) {
    const hours = contact.hours ?? line.hours;
    const words = hours ? hoursInWords(hours) : LIVE.has(contact.type) ? 'hours not in the directory (the box says to check the website)' : 'any time';
    const channel = CHANNEL_NAMES[contact.type];
    const list = out.get(words) ?? [];
    if (!list.includes(channel)) list.push(channel);
    out.set(words, list);
  }
  return [...out].map(([words, channels]) => `${channels.join(', ')}: ${words}`);
}

/** Whether the line's status channel (the one the box reports open or closed) is open 24 hours a day. */
export function isAlwaysOpen(line: Line): boolean {
  const contact = statusContact(line);
  return (contact?.hours ?? line.hours)?.always === true;
}

export interface ChannelFact {
  channel: string;
  /** The number or address as published, or the link for a web channel. */
  value: string;
  label: string | null;
  /** A web channel's address, to open. */
  href: string | null;
}

export function channels(line: Line): ChannelFact[] {
  return line.contacts.map((contact) => {
    const web = contact.type === 'chat' || contact.type === 'web' || contact.type === 'report';
    return {
      channel: CHANNEL_NAMES[contact.type],
      value: web ? new URL(contact.value).host : (contact.display ?? contact.value),
      label: contact.label?.en ?? null,
      href: web ? contact.value : null,
    };
  });
}

/** What is unsure about a line, in words, for editors; null when nothing is. */
export function doubtText(line: Line): string | null {
  if (line.confidence !== 'secondary' && !line.doubt) return null;
  const what = line.confidence === 'secondary' ? 'Some of what the box shows rests on press or a third party, not the operator' : 'There is a doubt';
  if (!line.doubt) return `${what}.`;
  return `${what}: ${line.doubt}${/[.!?]$/.test(line.doubt) ? '' : '.'}`;
}

/** A region's or topic's English name in the directory. */
export const regionName = (directory: Directory, id: string): string => directory.regions.find((r) => r.id === id)?.name.en ?? id;
/** A topic the directory does not have (one only the detector knows) is named from its id: `image-abuse` -> "Image abuse". */
export const topicName = (directory: Directory, id: string): string =>
  directory.topics.find((t) => t.id === id)?.label.en ?? `${id.charAt(0).toUpperCase()}${id.slice(1).replace(/-/g, ' ')}`;

/** Whether a line serves a region as the selection does: the region itself, or its country. */
export function servesRegion(line: Line, region: string): boolean {
  const country = region.split('-')[0];
  return line.regions.some((r) => r === region || r === country);
}

/** Everything a search box matches a line by: name, id, operator, numbers, regions, topics. */
export function searchText(directory: Directory, line: Line): string {
  return [
    line.name,
    line.id,
    line.operator,
    line.eligibility.en,
    ...line.contacts.flatMap((c) => [c.value, c.display ?? '', c.value.replace(/^\+44/, '0')]),
    ...line.regions.flatMap((r) => [r, regionName(directory, r)]),
    ...line.topics.flatMap((t) => [t, topicName(directory, t)]),
  ]
    .join(' ')
    .toLowerCase();
}

/** Lines whose search text holds every word of the query, in the directory's order. */
export function searchLines(directory: Directory, query: string): Line[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  // Numbers are matched without their spaces too ("0808 800 5000" finds +448088005000).
  const digits = query.replace(/\D/g, '');
  return directory.lines.filter((line) => {
    const text = searchText(directory, line);
    return terms.every((term) => text.includes(term)) || (digits.length >= 3 && text.replace(/\s/g, '').includes(digits));
  });
}
