/**
 * The directory's closed vocabularies, kept apart from the zod schema so the
 * shipped element can use them without carrying zod (which loads only when a
 * publisher's `src` directory has to be checked).
 */
export const URGENCIES = ['emergency', 'crisis', 'support', 'report'] as const;
export const AUDIENCES = ['child', 'concerned-adult', 'worried-about-self', 'survivor'] as const;
/** Days of the week in opening hours, Monday first (ISO 8601). */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const CONTACT_TYPES = ['phone', 'sms', 'textphone', 'chat', 'web', 'report', 'email'] as const;

export type Urgency = (typeof URGENCIES)[number];
export type Audience = (typeof AUDIENCES)[number];
export type ContactType = (typeof CONTACT_TYPES)[number];
export type Day = (typeof DAYS)[number];
