import type { Problem } from '../directory/validate.js';

export interface HelplineErrorDetail {
  /** The `src` URL, or `null` for a directory set through the `directory` property. */
  src: string | null;
  /** The same plain-words message the box logs to the console. */
  message: string;
  /** Each problem found, with its JSON path and line id; empty for network or JSON errors. */
  problems: Problem[];
}

/**
 * Fired when a publisher's directory could not be used, in whole or in part.
 * The box keeps showing the bundled lines (or the valid part); this lets the
 * host page notice and report the broken directory.
 */
export class HelplineErrorEvent extends CustomEvent<HelplineErrorDetail> {
  static readonly eventName = 'helpline-error';

  constructor(detail: HelplineErrorDetail) {
    super(HelplineErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'helpline-error': HelplineErrorEvent;
  }
}
