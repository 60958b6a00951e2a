/**
 * What a reader sees must be what their phone dials, and nothing in a line's
 * text may rearrange or hide what they see. Pure; used by the validator.
 *
 * A number's `display` may hold only ASCII digits, spaces, hyphens, dots,
 * brackets, a leading `+`, and the letters of a lettered ("vanity") number,
 * which map to digits by the phone keypad. Its digits must equal the dialled
 * number, exactly, in one of the forms a phone in that country dials:
 * - the international form with the country code ("+44 808 800 5000");
 * - the national form: the country's trunk prefix ("0808 800 5000" for
 *   +448088005000; "1-800-422-4453" or "800-422-4453" for +18004224453);
 * - a short code as dialled ("116 123" for 116123).
 * A lettered number may carry its plain digits in brackets
 * ("1-888-PREVENT (1-888-773-8368)"); both forms must dial the number.
 *
 * So a right-to-left override ("\u202E1111 0080" reads "0800 1111"), a second
 * number before the real one ("0800 1111 / 01234 567890"), fullwidth or
 * Arabic-Indic digits, letters that spell another number and a trunk prefix
 * inside an international form ("+44 0808...", which fails from abroad) are
 * all refused.
 */
import { isDialled } from './contact.js';
import type { Contact, Line, LocalizedText } from './schema.js';

/** Longer than any number as published: "1-800-656-HOPE (1-800-656-4673)" has 31 characters. */
export const MAX_DISPLAY_LENGTH = 32;

/** Bidirectional controls (U+202A-202E, U+2066-2069, U+200E, U+200F, U+061C) and zero-width characters (U+200B-200D, U+2060, U+FEFF). */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/;

/** One form of a number: a leading +, then digits, letters and the punctuation numbers are written with. */
const FORM = /^\+?[0-9A-Za-z .()-]+$/;
/** A lettered number with its digits in brackets after it. */
const WITH_DIGITS = /^([^()]*[A-Za-z][^()]*?) ?\(([^()A-Za-z]+)\)$/;

const KEYPAD = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];

/** ITU country codes of one and two digits; every other code has three. */
const ONE_DIGIT_CODES = ['1', '7'];
const TWO_DIGIT_CODES = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '),
);

/**
 * What a country's phones dial before the national number for a call within
 * the country. Countries not listed must show the international form: a
 * national form we cannot check is not accepted.
 */
const TRUNK_PREFIXES = new Map<string, readonly string[]>([
  // North America: the 1 is optional on most phones.
  ['1', ['', '1']],
  ...'20 27 31 32 33 41 43 44 46 49 60 61 62 63 64 66 81 82 86 90 91 92 234 254 353 358 971 972'.split(' ').map((code): [string, string[]] => [code, ['0']]),
  // No trunk prefix: the national number is dialled as it is.
  ...'30 34 39 45 47 48 351 420'.split(' ').map((code): [string, string[]] => [code, ['']]),
]);

/** How many digits the country code of an E.164 number has: `+448088005000` -> 2. */
function codeLength(e164: string): number {
  return ONE_DIGIT_CODES.includes(e164[1]) ? 1 : TWO_DIGIT_CODES.has(e164.slice(1, 3)) ? 2 : 3;
}

const KEYPAD_LETTER = /[A-Z]/g;
const LETTER = /[A-Za-z]/;

/** The digits a form dials, letters read off the keypad: `1-888-PREVENT` -> `18887738368`. */
function keyed(form: string): string {
  const plain = form.replace(/[^0-9A-Za-z]/g, '');
  if (!LETTER.test(plain)) return plain;
  return plain.toUpperCase().replace(KEYPAD_LETTER, (letter) => String(KEYPAD.findIndex((keys) => keys.includes(letter)) + 2));
}

/** Whether one written form dials exactly `value`. */
function dials(form: string, value: string): boolean {
  const international = form.startsWith('+');
  const digits = keyed(form);
  if (!value.startsWith('+')) return !international && digits === value;
  // Compared without building `code + national`: a directory has thousands of numbers to check.
  if (international) return digits.length === value.length - 1 && value.endsWith(digits);
  const length = codeLength(value);
  const nationalLength = value.length - 1 - length;
  for (const prefix of TRUNK_PREFIXES.get(value.slice(1, 1 + length)) ?? []) {
    if (digits.length === prefix.length + nationalLength && digits.startsWith(prefix) && value.endsWith(digits.slice(prefix.length))) return true;
  }
  return false;
}

/** A value quoted for a message: controls shown as code points, so the message itself cannot be reordered. */
function quoted(value: string): string {
  const shown = [...value.slice(0, 40)].map((c) => (/[ -~]/.test(c) ? c : `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`)).join('');
  return `"${shown}${value.length > 40 ? '...' : ''}"`;
}

/**
 * Why a contact's published form does not match what it dials, or null. An
 * email's display, when it is an address, must be the address written to.
 */
export function displayMismatch(contact: Contact): string | null {
  if (contact.type === 'email') {
    return contact.display?.includes('@') && contact.display.trim().toLowerCase() !== contact.value.toLowerCase()
      ? `shows the address ${quoted(contact.display)} but writes to ${contact.value}; they must be the same`
      : null;
  }
  if (!isDialled(contact)) return null;
  const { display, value } = contact;
  if (display.length > MAX_DISPLAY_LENGTH) {
    return `is ${display.length} characters long; a number as published has at most ${MAX_DISPLAY_LENGTH}`;
  }
  const lettered = WITH_DIGITS.exec(display);
  const forms = lettered ? [lettered[1].trim(), lettered[2].trim()] : [display.trim()];
  for (const form of forms) {
    if (!FORM.test(form)) {
      return `shows ${quoted(display)}, which has characters a phone number cannot have: only digits, spaces, hyphens, dots, brackets, a leading + and the letters of a lettered number are allowed`;
    }
  }
  for (const form of forms) if (!dials(form, value)) return `shows ${quoted(display)} but dials ${value}; the digits must match`;
  return null;
}

/**
 * The texts of a line a reader sees that hold a bidirectional control or a
 * zero-width character, which can reorder or hide what is shown: each with its
 * path inside the line and the character found.
 */
export function hiddenCharacters(line: Line): { path: (string | number)[]; message: string }[] {
  const found: { path: (string | number)[]; message: string }[] = [];
  // Paths are built only for a text that holds one: a directory has thousands of clean texts.
  const check = (value: string | undefined, ...path: (string | number)[]) => {
    const hidden = value === undefined ? null : HIDDEN.exec(value);
    if (hidden) {
      const code = hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      found.push({ path, message: `contains the invisible character U+${code}, which can reorder or hide what a reader sees; remove it` });
    }
  };
  const checkText = (text: LocalizedText | undefined, ...path: (string | number)[]) => {
    if (text === undefined) return;
    // Its own fields only, whatever object it is given.
    for (const lang of Object.keys(text)) if (HIDDEN.test(text[lang])) check(text[lang], ...path, lang);
  };
  if (HIDDEN.test(line.name)) check(line.name, 'name');
  if (HIDDEN.test(line.operator)) check(line.operator, 'operator');
  checkText(line.eligibility, 'eligibility');
  for (let c = 0; c < line.contacts.length; c++) {
    const contact = line.contacts[c];
    if (contact.label !== undefined) checkText(contact.label, 'contacts', c, 'label');
    // A number's display is held to the stricter rule above.
    if (!isDialled(contact) && contact.display !== undefined && HIDDEN.test(contact.display)) check(contact.display, 'contacts', c, 'display');
    if (contact.type === 'sms' && contact.body !== undefined && HIDDEN.test(contact.body)) check(contact.body, 'contacts', c, 'body');
  }
  if (line.alerts) for (let a = 0; a < line.alerts.length; a++) checkText(line.alerts[a].text, 'alerts', a, 'text');
  return found;
}
