/** The package entry: defines `<helpline-box>` and exports its parts for publishers who build on it. */
export { HelplineBox, TAG } from './define.js';
export { HelplineContactEvent, type HelplineContactDetail } from './events/helpline-contact.js';
export { selectLines, type Selection, type SelectionQuery } from './select.js';
export { openState, type Hours, type OpenState } from './hours.js';
export type { Problem, ParseResult } from './directory/validate.js';
export type { Directory, Line, Contact, Topic, Region } from './directory/schema.js';
export type { Urgency, Audience, ContactType } from './directory/constants.js';
