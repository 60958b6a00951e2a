/**
 * `helpline-box/element`: the element's class and its events, without
 * registering the tag, for apps that register it under a name of their own
 * or at a time of their choosing.
 */
export { HelplineBox } from './components/helpline-box/helpline-box.js';
export { HelplineContactEvent, type HelplineContactDetail } from './events/helpline-contact.js';
export { HelplineErrorEvent, type HelplineErrorDetail } from './events/helpline-error.js';
