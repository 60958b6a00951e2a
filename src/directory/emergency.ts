/**
 * The emergency numbers of the countries the bundled directory serves, pinned
 * in code rather than trusted from data: a directory (a publisher's `src`, or
 * the `directory` property) cannot put another number on a line it marks
 * "emergency" for these countries, nor let another country's emergency number
 * be dialled as a short code in them. Countries not listed here are trusted to
 * the directory. Pure; used by the validator.
 */
import { isDialled } from './contact.js';
import type { Contact } from './schema.js';

interface EmergencyNumbers {
  /** Numbers a phone calls (or texts, where the country allows it). */
  call: readonly string[];
  /** Numbers for textphones and text relay only. */
  relay: readonly string[];
}

/** Keyed by ISO 3166-1 country; a Map, so no region code can reach an object's prototype. */
export const EMERGENCY_NUMBERS: ReadonlyMap<string, EmergencyNumbers> = new Map([
  // Relay UK: 18000 from a textphone.
  ['GB', { call: ['999', '112'], relay: ['18000'] }],
  ['IE', { call: ['112', '999'], relay: [] }],
  ['US', { call: ['911'], relay: [] }],
  // 106 is the text relay emergency number: a voice call to it does not reach help.
  ['AU', { call: ['000', '112'], relay: ['106'] }],
]);

function listed({ call, relay }: EmergencyNumbers): string {
  return `${call.join(' and ')}${relay.length > 0 ? ` (textphone ${relay.join(', ')})` : ''}`;
}

/**
 * Why a contact on a line marked "emergency" for `country` is not one of that
 * country's emergency numbers, or null (also for countries not pinned here).
 */
export function emergencyNumberProblem(contact: Contact, country: string): string | null {
  const pinned = EMERGENCY_NUMBERS.get(country);
  if (!pinned || !isDialled(contact)) return null;
  if (pinned.call.includes(contact.value)) return null;
  if (pinned.relay.includes(contact.value)) {
    return contact.type === 'textphone' ? null : `is ${contact.value}, which in ${country} is for textphones only; make it a "textphone" contact`;
  }
  return `dials ${contact.value} on an emergency line for ${country}, whose emergency numbers are ${listed(pinned)}; the line was left out`;
}

/** Why a short code listed for a region of `country` is another country's emergency number, or null. */
export function foreignEmergencyCode(code: string, country: string): string | null {
  const own = EMERGENCY_NUMBERS.get(country);
  if (!own || own.call.includes(code) || own.relay.includes(code)) return null;
  const elsewhere = [...EMERGENCY_NUMBERS].filter(([, numbers]) => numbers.call.includes(code) || numbers.relay.includes(code)).map(([where]) => where);
  return elsewhere.length === 0
    ? null
    : `lists ${code}, the emergency number of ${elsewhere.join(' and ')}, not of ${country}; it was taken off the list, so no line for ${country} can dial it`;
}
