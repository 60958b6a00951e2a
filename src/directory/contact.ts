/**
 * Turns a contact into the link a reader taps. Pure. The schema already allows
 * only safe values; `safeHref` checks again at the last step before a link is
 * rendered, so no path through the code can render a script URL as a link.
 */
import type { Contact } from './schema.js';

const SAFE_PROTOCOLS = new Set(['https:', 'tel:', 'sms:', 'mailto:']);

/** The href if its protocol is one we allow, else null. */
export function safeHref(href: string): string | null {
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol) ? href : null;
  } catch {
    return null;
  }
}

export function contactHref(contact: Contact): string | null {
  switch (contact.type) {
    case 'phone':
    case 'textphone':
      return safeHref(`tel:${contact.value}`);
    case 'sms':
      // RFC 5724 form; Android and current iOS both read `?body=`.
      return safeHref(`sms:${contact.value}${contact.body ? `?body=${encodeURIComponent(contact.body)}` : ''}`);
    case 'email':
      return safeHref(`mailto:${contact.value}`);
    default:
      return safeHref(contact.value);
  }
}

/** Contacts whose `value` is a number a reader dials or texts, and whose `display` is that number as published. */
export function isDialled(contact: Contact): contact is Extract<Contact, { type: 'phone' | 'textphone' | 'sms' }> {
  return contact.type === 'phone' || contact.type === 'textphone' || contact.type === 'sms';
}

/** Channels that open a page in a new tab rather than the phone's dialler or mail app. */
export function opensPage(contact: Contact): boolean {
  return contact.type === 'chat' || contact.type === 'web' || contact.type === 'report';
}
