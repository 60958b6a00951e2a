import type { ContactType } from '../directory/constants.js';

export interface HelplineContactDetail {
  /** The id of the line whose contact was activated. */
  line: string;
  /** The channel: `phone`, `sms`, `textphone`, `chat`, `web`, `report` or `email`. */
  channel: ContactType;
  /** The link that was followed. */
  href: string;
}

/**
 * Fired when a reader activates a contact link. It is the host page's only
 * signal of a tap; the box itself records and sends nothing. It carries no
 * reader data beyond the line, channel and href.
 */
export class HelplineContactEvent extends CustomEvent<HelplineContactDetail> {
  static readonly eventName = 'helpline-contact';

  constructor(detail: HelplineContactDetail) {
    super(HelplineContactEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'helpline-contact': HelplineContactEvent;
  }
}
