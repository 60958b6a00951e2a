/**
 * The topics `topic="auto"` can choose. The first seven are the directory's; self-harm,
 * eating-disorders, stalking and image-abuse are new with the detector (issue 16).
 */
export const TOPIC_IDS = [
  'child-sexual-abuse',
  'child-abuse',
  'domestic-abuse',
  'sexual-violence',
  'suicide',
  'mental-health',
  'crime',
  'self-harm',
  'eating-disorders',
  'stalking',
  'image-abuse',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/** Words that make a phrase count only when one of them is near (see `near`). */
export type CueKind = 'child' | 'adult' | 'partner';

/** Phrases that count only with a word of `kind` within `NEAR_WORDS` words either side. */
export interface NearPhrases {
  near: CueKind;
  phrases: readonly string[];
}

/**
 * Phrases in the rules' own small syntax: lower or upper case alike; a space matches a space or a
 * hyphen; `(a|b|)` gives alternatives, the empty one included ("stalker(s|)"); no nesting.
 */
export type PhraseList = readonly (string | NearPhrases)[];

export interface TopicRules {
  /** Enough alone. */
  strong?: PhraseList;
  /** Needs one more phrase. */
  moderate?: PhraseList;
  /** Needs more phrases. */
  weak?: PhraseList;
}

export interface LanguageRules {
  topics: Readonly<Record<TopicId, TopicRules>>;
  /** Phrases in another sense ("abuse of power"): they count for nothing and hide any phrase inside them. */
  otherSenses: readonly string[];
  /** Words that cancel a phrase starting up to `NEGATION_WORDS` words after them in the same sentence. */
  negators: readonly string[];
  /** Words for `near`. */
  cues: Readonly<Record<CueKind, readonly string[]>>;
  /** How ages are written: a number under 18 is a child cue, 18 or over an adult cue. */
  ages: {
    /** Number words ("seven": 7); digits are read as numbers anyway. */
    numbers: Readonly<Record<string, number>>;
    /** Words just before the number ("aged 14"). */
    before: readonly string[];
    /** Words just after it ("14-year-old", "14 oed"). */
    after: readonly string[];
  };
  /** Other spellings of a phrase's first word: the Welsh initial mutations. */
  variants?: (word: string) => readonly string[];
}

export const near = (kind: CueKind, ...phrases: string[]): NearPhrases => ({ near: kind, phrases });
