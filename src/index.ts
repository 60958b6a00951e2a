/** The package entry: defines `<helpline-box>` on import and exports its parts for publishers who build on it. */
export { TAG } from './define.js';
export * from './element.js';
export { selectLines, type Selection, type SelectionQuery } from './directory/select.js';
export { openState, type Hours, type OpenState } from './hours/hours.js';
export type { Problem, ParseResult } from './directory/validate.js';
export type { Directory, Line, Contact, Topic, Region } from './directory/schema.js';
export type { Urgency, Audience, ContactType } from './directory/constants.js';
