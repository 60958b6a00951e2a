/**
 * English UI strings: the typed source of truth every other language must
 * satisfy. Wording about abuse is plain and non-judgemental. Interpolation
 * uses i18next's `{{name}}` form.
 */
export const en = {
  heading: 'Help and support',
  emergency: 'Emergency',
  /** Visible text of each kind of contact link. */
  action: {
    phone: 'Call {{number}}',
    textphone: 'Textphone {{number}}',
    sms: 'Text {{number}}',
    smsBody: 'Text {{body}} to {{number}}',
    chat: 'Chat online',
    web: 'Visit website',
    report: 'Report online',
    email: 'Email {{address}}',
  },
  /** Added to each link's accessible name so it names the helpline. */
  actionContext: ', {{line}}',
  opensInNewTab: '(opens in a new tab)',
  /** A line's open-now state, in the line's own time zone; `time` and `day` come from Intl in English, and from a 24-hour clock and `weekday` in other languages. */
  status: {
    always: 'Open 24 hours',
    open: 'Open now',
    openClosesAt: 'Open now - closes at {{time}}',
    openClosesAtDay: 'Open now - closes at {{time}} {{day}}',
    closedOpensAt: 'Closed - opens at {{time}} {{day}}',
    /** Closed with no opening in the next two weeks. */
    closedLong: 'Closed - check hours on the website',
    unknown: 'Check hours on the website',
    /** Added when the reader's time zone is not the line's: "... (UK time)". */
    inZone: '{{status}} ({{zone}})',
  },
  /** Weekdays, for the status of languages other than English (a browser's Intl may not know them). */
  weekday: {
    sun: 'Sunday',
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
  },
  /** Names of time zones where Intl's own name is not what readers say. */
  zone: {
    uk: 'UK time',
  },
  /** Shown on a line whose operator can bring in an interpreter for a caller. */
  interpreters: 'Interpreters available',
  /** The button that shows the lines beyond the first few, and hides them again. */
  more: {
    show: 'More helplines ({{count}})',
    hide: 'Fewer helplines',
  },
  /** Quick exit: leaves the page for a neutral one at once (the reader may be watched). */
  quickExit: {
    button: 'Exit this page',
    hint: 'Or press the Shift key 3 times',
  },
  /** What a call costs and shows, where the operator says (one short phrase a line, joined). */
  calls: {
    free: 'Free to call',
    charged: 'Calls may be charged',
    notOnBill: 'Won\'t show on phone bills',
    onBill: 'Shows on phone bills',
    confidential: 'Confidential',
    anonymous: 'You don\'t have to give your name',
  },
  /** The publisher's corrections link at the foot of the box. */
  report: 'Number wrong? Tell us',
};

/** Every key optional, for a regional variant that changes only a few words (en-US). */
export type PartialTranslation = { [K in keyof Translation]?: Translation[K] extends string ? string : Partial<Translation[K]> };

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every translation must have: the same keys, any wording. */
export type Translation = Widen<typeof en>;

/** Every key of the English strings, dotted (`heading`, `action.phone`): a mistyped key does not compile. */
export type TranslationKey = KeyPaths<typeof en>;
type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
