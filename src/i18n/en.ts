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
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every translation must have: the same keys, any wording. */
export type Translation = Widen<typeof en>;
