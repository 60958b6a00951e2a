/**
 * The helpline directory, modelled once in zod. Types, the run-time check of a
 * fetched directory and the build-time check of the bundled one all come from
 * here. Field names follow Open Referral HSDS where a name fits
 * (`eligibility`, `url`, `assured` was not used because `verified` is plainer).
 *
 * zod/mini keeps the shipped bundle small; `jitless` stops zod from compiling
 * validators with `new Function`, which a strict Content Security Policy blocks.
 */
import * as z from 'zod/mini';
import { AUDIENCES, DAYS, URGENCIES } from './constants.js';

z.config({ jitless: true });

export { URGENCIES, AUDIENCES, CONTACT_TYPES, DAYS, type Urgency, type Audience, type ContactType, type Day } from './constants.js';

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens, e.g. "nspcc-helpline"'));

/** ISO 3166-1 alpha-2 (`GB`) or ISO 3166-2 (`GB-SCT`). */
export const regionCode = z
  .string()
  .check(z.regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code such as "GB" or "GB-SCT"'));

/**
 * Text with an English original and optional translations keyed by BCP 47
 * language tag. English is required so that a box can always be written.
 */
export const localizedText = z.catchall(z.object({ en: nonEmpty }), nonEmpty);

/**
 * E.164 (`+448088005000`) or a number dialled as written (`999`, `116123`,
 * `18001101`, Australia's `131114`). A number dialled as written must also be
 * listed in the `shortCodes` of every region its line serves (see validate.ts).
 */
export const dialable = z
  .string()
  .check(z.regex(/^(?:\+[1-9]\d{6,14}|\d{3,10})$/, 'must be E.164 ("+" then country code and number, no spaces) or a short code of 3 to 10 digits'));

/** A number dialled as written, without a country code. */
export const shortCode = z.string().check(z.regex(/^\d{3,10}$/, 'must be a short code of 3 to 10 digits, no spaces'));

/** Only https links are rendered: never http, javascript:, data: or a relative path. */
export const httpsUrl = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    // Said, not left out: zod would read a missing one from Object.prototype, which a page can set.
    normalize: false,
    error: 'must be an absolute https:// URL',
  })
  // Repeats the protocol rule as a pattern so that the JSON Schema export carries it too.
  .check(z.regex(/^https:\/\//, 'must be an absolute https:// URL'));

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

const clockTime = z
  .string()
  .check(z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a 24-hour time written HH:MM, from 00:00 to 24:00'));

/**
 * An IANA zone name (`Europe/London`), never a UTC offset: offsets are wrong
 * for half the year wherever clocks change. Whether the platform knows the
 * zone is checked in validate.ts.
 */
const timeZone = z
  .string()
  .check(z.regex(/^(?:UTC|[A-Za-z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+)+)$/, 'must be an IANA time zone such as "Europe/London", not a UTC offset'));

const session = z.object({
  opens: clockTime,
  /** At or before `opens`: the session runs past midnight into the next day. */
  closes: clockTime,
});

const weeklySession = z.object({
  days: z.array(z.enum(DAYS)).check(z.minLength(1, 'must list at least one day')),
  opens: clockTime,
  closes: clockTime,
});

const hoursException = z.object({
  /** The date in the hours' own time zone. */
  date: isoDate,
  /** Closed that whole day. */
  closed: z.optional(z.literal(true)),
  /** That day's sessions instead of the weekly ones. */
  sessions: z.optional(z.array(session)),
  /** Why, for editors (e.g. "Christmas Day"). */
  note: z.optional(z.string()),
});

/**
 * Opening hours in the line's own time zone: `always: true` for 24/7, or
 * `weekly` sessions; either with dated `exceptions` (bank holidays).
 */
export const hoursSchema = z.object({
  timeZone,
  always: z.optional(z.literal(true)),
  weekly: z.optional(z.array(weeklySession)),
  exceptions: z.optional(z.array(hoursException)),
});

/**
 * A whole day (`2026-12-27`, read in the reader's time zone) or an exact
 * instant with its offset (`2026-12-24T18:00:00Z`).
 */
const isoDay = z.iso.date();
const isoInstant = z.iso.datetime({ offset: true });
const dayOrInstant = z.union([isoDay, isoInstant], {
  error: 'must be a date written YYYY-MM-DD or a date-time with a time zone, e.g. 2026-12-24T18:00:00Z',
});

/**
 * A short-lived notice on a line: an outage, a changed number, holiday hours.
 * Shown on the line from `from` (or at once) until `until` ends; a date-only
 * `until` includes that whole day.
 */
export const alertSchema = z.object({
  text: localizedText,
  from: z.optional(dayOrInstant),
  until: dayOrInstant,
});

const phoneContact = z.object({
  /** `textphone`: a textphone or text-relay number (UK 18000), shown as text: a voice phone cannot reach it. */
  type: z.enum(['phone', 'textphone']),
  /** What is dialled: E.164 or a short code. */
  value: dialable,
  /** The number as the operator publishes it, e.g. "0808 800 5000". */
  display: nonEmpty,
  /** What this number is for when a line has several, e.g. "Welsh language"; for a textphone, how to use it. */
  label: z.optional(localizedText),
  /** For a textphone number: the relay service's page on how to reach it (Relay UK, the National Relay Service). */
  relay: z.optional(httpsUrl),
  /** This channel's own hours, when they differ from the line's. */
  hours: z.optional(hoursSchema),
});

const smsContact = z.object({
  type: z.literal('sms'),
  value: dialable,
  display: nonEmpty,
  /** A keyword the operator asks people to send, e.g. "SHOUT". */
  body: z.optional(nonEmpty),
  label: z.optional(localizedText),
  /** This channel's own hours, when they differ from the line's. */
  hours: z.optional(hoursSchema),
});

const webContact = z.object({
  type: z.enum(['chat', 'web', 'report']),
  value: httpsUrl,
  /** Short text for the link; when absent the box words it from the type. */
  display: z.optional(nonEmpty),
  label: z.optional(localizedText),
  /** This channel's own hours, when they differ from the line's. */
  hours: z.optional(hoursSchema),
});

const emailContact = z.object({
  type: z.literal('email'),
  value: z.email({ error: 'must be an email address' }),
  display: z.optional(nonEmpty),
  label: z.optional(localizedText),
  /** This channel's own hours, when they differ from the line's. */
  hours: z.optional(hoursSchema),
});

export const contactSchema = z.discriminatedUnion('type', [phoneContact, smsContact, webContact, emailContact]);

/**
 * What a caller may want to know before calling from a phone someone else can
 * see, as the operator states it. Absent means the source does not say.
 */
export const callsSchema = z.object({
  /** Calls cost the caller nothing (from UK landlines and mobiles, say). */
  free: z.optional(z.boolean()),
  /** `false`: the number does not appear on phone bills. */
  onBill: z.optional(z.boolean()),
  /** What the caller says stays with the service, within its safeguarding duties. */
  confidential: z.optional(z.boolean()),
  /** The caller need not give a name. */
  anonymous: z.optional(z.boolean()),
});

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the date a source page shows, as precisely as it shows it. */
const partialDate = z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'));

export const lineSchema = z.object({
  /** Stable id used by the `lines` attribute and the `helpline-contact` event. */
  id,
  /** The helpline's name as its operator publishes it; never translated. */
  name: nonEmpty,
  /** Who runs it. */
  operator: nonEmpty,
  /** Who the line is for, in plain words (HSDS `eligibility_description`). */
  eligibility: localizedText,
  topics: z.array(id).check(z.minLength(1, 'must list at least one topic')),
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1, 'must list at least one audience')),
  /** Where the line serves: a country (`GB`) or a subdivision (`GB-SCT`). */
  regions: z.array(regionCode).check(z.minLength(1, 'must list at least one region')),
  urgency: z.enum(URGENCIES),
  contacts: z.array(contactSchema).check(z.minLength(1, 'must list at least one contact')),
  /** Opening hours of every contact that has none of its own. */
  hours: z.optional(hoursSchema),
  /** The page that states the facts: the operator's own, or a public authority's. */
  source: httpsUrl,
  /** The date `source` itself shows (published or updated), when it shows one. */
  sourceDate: z.optional(partialDate),
  /** When a person last checked the facts against `source`. */
  verified: isoDate,
  /**
   * `official` (the default): `source` is the operator's or a public authority's page and states the
   * facts shown. `secondary`: some fact shown rests only on press or a third party; `doubt` says which.
   */
  confidence: z.optional(z.enum(['official', 'secondary'])),
  /** What is unsure, in plain words, for editors (the configurator shows it); never shown to readers. */
  doubt: z.optional(nonEmpty),
  /** Lines meant to be offered with this one (an adult and a youth line, two languages of one service). */
  together: z.optional(z.array(id)),
  /** Whether calls are free, show on a bill, are confidential or anonymous, as the operator states. */
  calls: z.optional(callsSchema),
  /** `true` when the operator can bring in an interpreter for a caller who does not speak English. */
  interpreters: z.optional(z.boolean()),
  /** `false` keeps a line in the file but out of every box (a closed service). */
  active: z.optional(z.boolean()),
  /** Short-lived notices shown on the line until each one ends. */
  alerts: z.optional(z.array(alertSchema)),
  /** Caveats and background for editors (which page says what); kept out of the reader's box. */
  note: z.optional(z.string()),
});

export const topicSchema = z.object({
  id,
  label: localizedText,
});

export const regionSchema = z.object({
  id: regionCode,
  name: localizedText,
  /**
   * Numbers that lines serving this region may store as dialled, without a
   * country code (`999`, `101`, `116123`). A subdivision also gets its
   * country's list. Anything else must be E.164.
   */
  shortCodes: z.optional(z.array(shortCode)),
});

export const directorySchema = z.object({
  version: z.literal(1),
  /** The region shown when a box names none, or one the directory does not know. */
  defaultRegion: regionCode,
  topics: z.array(topicSchema),
  regions: z.array(regionSchema).check(z.minLength(1, 'must list at least one region')),
  lines: z.array(lineSchema).check(z.minLength(1, 'must list at least one line')),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type Calls = z.infer<typeof callsSchema>;
export type Alert = z.infer<typeof alertSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type HoursData = z.infer<typeof hoursSchema>;
export type Line = z.infer<typeof lineSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Directory = z.infer<typeof directorySchema>;
