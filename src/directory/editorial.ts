/**
 * Editorial rules: what published guidance asks of a box of helplines, checked
 * for every region and topic of a directory. Warnings, not problems: a
 * directory that breaks one is still usable, but an editor should know. `npm
 * test` keeps the bundled directory at none; `helpline-box validate` prints them.
 *
 * The rules and their sources (also in the README):
 * - a line open 24 hours besides the emergency line: Mindframe (Australia) asks
 *   for two 24/7 services, Ireland's Headline for a 24/7 helpline. Not for crime
 *   boxes, which point readers to the police and to reporting services rather
 *   than to support, and which these guides do not cover;
 * - a way to get help other than a phone call (text, chat, a web page or form,
 *   or email): Mindframe asks for at least one online service; some readers
 *   cannot talk where they are;
 * - in the UK, a suicide or self-harm box includes Samaritans on 116 123:
 *   Samaritans' media guidelines;
 * - in England, a domestic-abuse box includes the National Domestic Abuse
 *   Helpline (0808 2000 247): Level Up's guidance on reporting domestic-abuse deaths.
 */
import { contactHours, statusContact } from '../hours/open-now.js';
import type { Directory, Line } from './schema.js';
import { countryOf } from './region.js';
import { selectLines } from './select.js';
import type { Problem } from './validate.js';

export interface EditorialRule {
  id: string;
  /** What the rule asks, in words. */
  asks: string;
  /** Who asks it. */
  source: string;
  /** Whether the rule applies to a region and topic. */
  appliesTo(region: string, topic: string): boolean;
  /** Whether the lines a box would show meet it (the emergency line first). */
  met(lines: readonly Line[]): boolean;
}

const NON_PHONE = new Set(['sms', 'chat', 'web', 'report', 'email']);
const dials = (line: Line, number: string) => line.contacts.some((c) => c.type === 'phone' && c.value === number);
const beyondEmergency = (lines: readonly Line[]) => lines.filter((line) => line.urgency !== 'emergency');

export const EDITORIAL_RULES: readonly EditorialRule[] = [
  {
    id: 'open-24-7',
    asks: 'a line open 24 hours a day besides the emergency line',
    source: 'Mindframe; Headline (Ireland)',
    appliesTo: (_region, topic) => topic !== 'crime',
    met: (lines) =>
      beyondEmergency(lines).some((line) => {
        const contact = statusContact(line);
        return Boolean(contact && contactHours(line, contact)?.always);
      }),
  },
  {
    id: 'not-only-phone',
    asks: 'a way to get help other than a call (text, chat, web or email)',
    source: 'Mindframe',
    appliesTo: () => true,
    met: (lines) => beyondEmergency(lines).some((line) => line.contacts.some((c) => NON_PHONE.has(c.type))),
  },
  {
    id: 'samaritans-uk',
    asks: 'Samaritans on 116 123',
    source: "Samaritans' media guidelines",
    appliesTo: (region, topic) => countryOf(region) === 'GB' && (topic === 'suicide' || topic === 'self-harm'),
    met: (lines) => lines.some((line) => dials(line, '116123')),
  },
  {
    id: 'ndah-england',
    asks: 'the National Domestic Abuse Helpline, 0808 2000 247',
    source: 'Level Up',
    appliesTo: (region, topic) => region === 'GB-ENG' && topic === 'domestic-abuse',
    met: (lines) => lines.some((line) => dials(line, '+448082000247')),
  },
];

/** Every rule a region's box for a topic breaks, as warnings on the region. */
export function editorialWarnings(directory: Directory): Problem[] {
  const warnings: Problem[] = [];
  directory.regions.forEach((region, r) => {
    for (const topic of directory.topics) {
      const rules = EDITORIAL_RULES.filter((rule) => rule.appliesTo(region.id, topic.id));
      if (rules.length === 0) continue;
      const { lines } = selectLines(directory, { region: region.id, topics: [topic.id] });
      for (const rule of rules) {
        if (!rule.met(lines)) {
          warnings.push({ path: `$.regions[${r}]`, message: `a "${topic.id}" box for ${region.id} lacks ${rule.asks} (${rule.source})` });
        }
      }
    }
  });
  return warnings;
}
