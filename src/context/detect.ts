/**
 * Picks the topics of a story from its text, for `topic="auto"`. Pure: no DOM, and the text goes
 * nowhere. The rules are phrase lists per language (rules-en.ts, rules-cy.ts), explained for
 * editors in RULES.md; this module only applies them.
 *
 * Safeguarding rules:
 * - a wrong topic is worse than none, so a topic needs a strong phrase, or two different phrases
 *   that reach the threshold together; nothing clear gives an empty list (the emergency line only);
 * - a phrase in another sense ("abuse of power") or after a negation ("no suggestion of abuse")
 *   counts for nothing.
 */
import { cy } from './rules-cy.js';
import { en } from './rules-en.js';
import { TOPIC_IDS, type CueKind, type LanguageRules, type PhraseList, type TopicId } from './topics.js';

export type { TopicId } from './topics.js';

export interface StoryText {
  headline?: string;
  standfirst?: string;
  body: string;
}

export interface Detection {
  topic: TopicId;
  score: number;
  /** The phrases found, as written in the text, de-duplicated, strongest first. */
  evidence: string[];
}

export const STRENGTHS = { strong: 3, moderate: 2, weak: 1 } as const;
export const PLACES = { headline: 2, standfirst: 1.5, body: 1 } as const;
/** The score a topic must reach. */
export const THRESHOLD = 3;
/** How far, in words either side, `near` looks for its cue. */
export const NEAR_WORDS = 20;
/** How many words before a phrase a negator reaches. */
export const NEGATION_WORDS = 3;

const RULES: Readonly<Record<string, LanguageRules>> = { en, cy };
const PART_NAMES = ['headline', 'standfirst', 'body'] as const;
const CUE_BITS: Readonly<Record<CueKind, number>> = { child: 1, adult: 2, partner: 4 };
/** Topics that are abuse of a person: beside them, crime counts only its strong phrases. */
const ABUSE_TOPICS: readonly TopicId[] = [
  'child-sexual-abuse',
  'child-abuse',
  'domestic-abuse',
  'sexual-violence',
  'stalking',
  'image-abuse',
];
/** Topics more specific than mental-health, whose lines serve it too. */
const BEFORE_MENTAL_HEALTH: readonly TopicId[] = ['suicide', 'self-harm', 'eating-disorders'];

// ---------------------------------------------------------------------------------------------
// Words

/*
 * For speed on long pages, words are not cut out as strings: each is kept as a hash, its place and
 * a few flags in typed arrays, and read as a string only where its hash matches a rule's word.
 */
const JOINED = 1;
const SENTENCE_START = 2;
/** Written with a curly apostrophe or a possessive 's, so its text needs normalising. */
const IRREGULAR = 4;
/** Keeps hashes small integers, which V8 holds unboxed. */
const HASH_MASK = 0x3fffffff;

/** Character classes, looked up in one table rather than tested in branches. */
const WORD = 1;
const JOINER = 2;
const SENTENCE_END = 4;
const APOSTROPHE = 8;

/** Built with range fills, not a loop over every character: it is made when the module loads. */
const CLASSES = new Uint8Array(0x10000);
// Letters and digits; past Latin-1's symbols, everything except general punctuation, CJK punctuation and the BOM.
CLASSES.fill(WORD, 0x30, 0x3a).fill(WORD, 0x41, 0x5b).fill(WORD, 0x61, 0x7b).fill(WORD, 0xc0);
CLASSES.fill(0, 0x2000, 0x2070).fill(0, 0x3000, 0x3040);
for (const c of [0xd7, 0xf7, 0xfeff]) CLASSES[c] = 0;
// Spaces, hyphens, dashes and quotes: what may stand between the words of one phrase.
CLASSES.fill(JOINER, 0x2009, 0x2016);
for (const c of [0x20, 0x09, 0xa0, 0x2d, 0x22, 0x201c, 0x201d, 0x202f, 0x2212]) CLASSES[c] = JOINER;
for (const c of [0x27, 0x2019, 0x2018, 0x2bc]) CLASSES[c] = JOINER | APOSTROPHE;
// A line break ends a sentence too: storyFromElement puts each paragraph, heading and list item on its own line.
for (const c of [0x2e, 0x21, 0x3f, 0x3b, 0x3a, 0x2026, 0x0a, 0x0d]) CLASSES[c] = SENTENCE_END;

/** Lower case of each character, filled in as characters are first met (0: not yet). */
const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < 0x80; c++) LOWER[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;

function lower(c: number): number {
  let l = LOWER[c];
  // Only the first character of a lower case that grows (U+0130) is kept; such letters do not occur in the rules.
  if (l === 0) LOWER[c] = l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return l;
}

/** The hash of a word already normalised (lower case, straight apostrophes, no possessive); as `readWords` hashes. */
function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) & HASH_MASK;
  return hash;
}

/**
 * The words of a story's parts: letters and digits, read in lower case, with apostrophes inside a
 * word read as ' and a final possessive 's dropped, so "Women’s Aid" and "women's aid" read alike.
 */
class Words {
  readonly count: number;
  readonly hash: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly part: Uint8Array;
  readonly flags: Uint8Array;
  readonly parts: readonly string[];

  constructor(parts: readonly string[]) {
    this.parts = parts;
    // A word takes at least one character and is followed by one that is not a letter.
    const capacity = parts.reduce((sum, text) => sum + (text.length >> 1) + 1, 0);
    if (scratch.hash.length < capacity) scratch = buffers(capacity);
    // Reused from call to call: a long page would otherwise cost fresh megabytes each time.
    ({ hash: this.hash, start: this.start, end: this.end, part: this.part, flags: this.flags } = scratch);
    let count = 0;
    for (let part = 0; part < parts.length; part++) count = readWords(this, parts[part], part, count);
    this.count = count;
  }

  /** Word `i` as written. */
  written(i: number): string {
    return (this.parts[this.part[i]]).slice(this.start[i], this.end[i]);
  }

  /** Whether word `i` is `word` as the rules write it; reads the text without copying it. */
  is(i: number, word: string): boolean {
    if ((this.flags[i]) & IRREGULAR) return this.text(i) === word;
    const start = this.start[i];
    if ((this.end[i]) - start !== word.length) return false;
    const text = this.parts[this.part[i]];
    for (let k = 0; k < word.length; k++) {
      const c = text.charCodeAt(start + k);
      if ((c < 0x80 ? LOWER[c] : lower(c)) !== word.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Word `i` as the rules write it. */
  text(i: number): string {
    const text = this.written(i).toLowerCase();
    if (!((this.flags[i]) & IRREGULAR)) return text;
    const straight = text.replace(/[\u2018\u2019\u02bc]/g, "'");
    return straight.endsWith("'s") ? straight.slice(0, -2) : straight;
  }

  joined(i: number): boolean {
    return ((this.flags[i]) & JOINED) !== 0;
  }

  startsSentence(i: number): boolean {
    return ((this.flags[i]) & SENTENCE_START) !== 0;
  }
}

interface Buffers {
  hash: Int32Array;
  start: Int32Array;
  end: Int32Array;
  part: Uint8Array;
  flags: Uint8Array;
  cues: Int8Array;
}

const buffers = (capacity: number): Buffers => ({
  hash: new Int32Array(capacity),
  start: new Int32Array(capacity),
  end: new Int32Array(capacity),
  part: new Uint8Array(capacity),
  flags: new Uint8Array(capacity),
  cues: new Int8Array(capacity),
});

/** detectTopics runs to the end before it is called again, so one set of buffers serves every call. */
let scratch = buffers(4096);

/** Reads the words of one part into `words` from index `count`; returns the new count. The hot loop of the detector. */
function readWords(words: Words, text: string, part: number, count: number): number {
  const { hash: hashes, start: starts, end: ends, part: partOf, flags: flagsOf } = words;
  const length = text.length;
  let first = true;
  let gapJoins = true;
  let gapBreaks = false;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const kind = CLASSES[c];
    if (!(kind & WORD)) {
      if (kind & SENTENCE_END) gapBreaks = true;
      else if (!(kind & JOINER)) gapJoins = false;
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    let beforeApostrophe = 0;
    let apostropheAt = -1;
    let flags = first || gapBreaks ? SENTENCE_START : 0;
    while (i < length) {
      const d = text.charCodeAt(i);
      const dKind = CLASSES[d];
      if (dKind & WORD) {
        hash = (Math.imul(hash, 31) + (d < 0x80 ? (LOWER[d]) : lower(d))) & HASH_MASK;
        i++;
      } else if (dKind & APOSTROPHE && i + 1 < length && (CLASSES[text.charCodeAt(i + 1)]) & WORD) {
        if (d !== 0x27) flags |= IRREGULAR;
        beforeApostrophe = hash;
        apostropheAt = i;
        hash = (Math.imul(hash, 31) + 0x27) & HASH_MASK;
        i++;
      } else break;
    }
    // A possessive: "children's" reads as "children".
    if (apostropheAt === i - 2 && (text.charCodeAt(i - 1) | 0x20) === 0x73) {
      hash = beforeApostrophe;
      flags |= IRREGULAR;
    }
    if (!first && gapJoins && !gapBreaks) (flagsOf[count - 1]) |= JOINED;
    hashes[count] = hash;
    starts[count] = start;
    ends[count] = i;
    partOf[count] = part;
    flagsOf[count] = flags;
    count++;
    first = false;
    gapJoins = true;
    gapBreaks = false;
  }
  // The last word of a part is never JOINED, so no phrase runs into the next part.
  return count;
}

/**
 * The words of a phrase from the rules, as `readWords` reads a story's words. Kept apart from it:
 * fed thousands of short phrases, the story reader would be optimised for them and run twice as
 * slowly on a long page.
 */
function phraseWords(phrase: string): string[] {
  const text = phrase.toLowerCase();
  const words: string[] = [];
  let word = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    const kind = CLASSES[c];
    if (kind & WORD) word += text[i];
    else if (kind & APOSTROPHE && word && (CLASSES[text.charCodeAt(i + 1)]) & WORD) word += "'";
    else if (word) {
      words.push(word.endsWith("'s") ? word.slice(0, -2) : word);
      word = '';
    }
  }
  return words;
}

/** "took (his|her) own life" as "took his own life" and "took her own life". */
export function expand(pattern: string): string[] {
  const open = pattern.indexOf('(');
  if (open < 0) return [pattern];
  const close = pattern.indexOf(')', open);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  return pattern
    .slice(open + 1, close)
    .split('|')
    .flatMap((alternative) => expand(head + alternative + tail));
}

// ---------------------------------------------------------------------------------------------
// Rules, compiled once per language

interface Entry {
  topic: TopicId;
  weight: number;
  /** The rule's phrase as written: each counts once per topic, whatever form of it is found. */
  key: string;
  /** Cue bits that must be near, or 0. */
  near: number;
}

/** Words as the rules write them, with their hashes. */
interface Sequence {
  words: string[];
  hashes: number[];
}

/** A phrase's words; no entries means a phrase in another sense. */
interface Candidate extends Sequence {
  entries: Entry[];
}

interface Cue extends Sequence {
  bits: number;
}

interface Compiled {
  /** A bit per low 16 bits of a first word's hash: most words of a story are ruled out without a Map lookup. */
  firstWordBits: Uint8Array;
  byFirstWord: Map<number, Candidate[]>;
  /** The same for the first words of cues and number words. */
  cueWordBits: Uint8Array;
  cuesByFirstWord: Map<number, Cue[]>;
  negators: Map<number, string>;
  numbers: Map<number, [string, number]>;
  ageBefore: Map<number, string>;
  ageAfter: Sequence[];
}

const sequence = (words: string[]): Sequence => ({ words, hashes: words.map(hashOf) });

/** Every word sequence a rule phrase stands for, first-word variants included. */
function sequences(pattern: string, rules: LanguageRules): string[][] {
  const found: string[][] = [];
  for (const phrase of expand(pattern)) {
    const words = phraseWords(phrase);
    const [head, ...rest] = words;
    if (head === undefined) continue;
    const heads = new Set([head, ...(rules.variants?.(head) ?? [])]);
    for (const first of heads) found.push([first, ...rest]);
  }
  return found;
}

function byFirstHash<T extends Sequence>(items: Iterable<T>): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const first = item.hashes[0];
    const list = map.get(first) ?? [];
    list.push(item);
    map.set(first, list);
  }
  return map;
}

function compile(rules: LanguageRules): Compiled {
  // Some patterns serve two topics (a killing by a partner): expanded once.
  const expanded = new Map<string, string[][]>();
  const sequencesOf = (pattern: string) => {
    let found = expanded.get(pattern);
    if (!found) expanded.set(pattern, (found = sequences(pattern, rules)));
    return found;
  };
  const bySequence = new Map<string, Candidate>();
  const candidate = (words: string[]) => {
    const id = words.join(' ');
    let found = bySequence.get(id);
    if (!found) bySequence.set(id, (found = { ...sequence(words), entries: [] }));
    return found;
  };
  const addList = (topic: TopicId, list: PhraseList | undefined, weight: number) => {
    for (const item of list ?? []) {
      const [patterns, nearBits] = typeof item === 'string' ? [[item], 0] : [item.phrases, CUE_BITS[item.near]];
      for (const pattern of patterns) {
        for (const words of sequencesOf(pattern)) candidate(words).entries.push({ topic, weight, key: pattern, near: nearBits });
      }
    }
  };
  for (const topic of TOPIC_IDS) {
    const lists = rules.topics[topic];
    addList(topic, lists.strong, STRENGTHS.strong);
    addList(topic, lists.moderate, STRENGTHS.moderate);
    addList(topic, lists.weak, STRENGTHS.weak);
  }
  for (const pattern of rules.otherSenses) for (const words of sequences(pattern, rules)) candidate(words);

  // Each candidate's entries grouped by topic, strongest first, for the matching loop.
  for (const found of bySequence.values()) {
    found.entries.sort((a, b) => TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic) || b.weight - a.weight);
  }
  const byFirstWord = byFirstHash(bySequence.values());
  // Longest first, so the longest phrase at a word wins.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);

  const cues = (Object.keys(CUE_BITS) as CueKind[]).flatMap((kind) =>
    rules.cues[kind].flatMap((pattern) => sequences(pattern, rules).map((words) => ({ ...sequence(words), bits: CUE_BITS[kind] }))),
  );
  const byHash = (words: readonly string[]) => new Map(words.map((word) => [hashOf(word), word]));

  const bitsOf = (hashes: Iterable<number>) => {
    const bits = new Uint8Array(0x2000);
    for (const hash of hashes) (bits[(hash & 0xffff) >> 3]) |= 1 << (hash & 7);
    return bits;
  };
  const cuesByFirstWord = byFirstHash(cues);
  const numbers = new Map(Object.entries(rules.ages.numbers).map(([word, value]) => [hashOf(word), [word, value] as [string, number]]));

  return {
    firstWordBits: bitsOf(byFirstWord.keys()),
    byFirstWord,
    cueWordBits: bitsOf([...cuesByFirstWord.keys(), ...numbers.keys()]),
    cuesByFirstWord,
    negators: byHash(rules.negators.map((word) => phraseWords(word).join(' '))),
    numbers,
    ageBefore: byHash(rules.ages.before),
    ageAfter: rules.ages.after.map((words) => sequence(phraseWords(words))),
  };
}

const compiled = new Map<LanguageRules, Compiled>();

function compiledFor(language: string): Compiled {
  const base = language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const rules = RULES[base] ?? en;
  let found = compiled.get(rules);
  if (!found) compiled.set(rules, (found = compile(rules)));
  return found;
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Whether the words from `at` are `seq`, joined as one phrase. The first word's hash is already known to match. */
function sequenceAt(words: Words, at: number, seq: Sequence): boolean {
  const length = seq.hashes.length;
  if (at + length > words.count) return false;
  for (let k = 1; k < length; k++) {
    if (!words.joined(at + k - 1) || words.hash[at + k] !== seq.hashes[k]) return false;
  }
  // Equal hashes are checked as text, so a collision never makes a match.
  for (let k = 0; k < length; k++) if (!words.is(at + k, seq.words[k])) return false;
  return true;
}

const isDigits = (words: Words, at: number) => {
  const text = words.parts[words.part[at]];
  const end = words.end[at];
  if (end - words.start[at] > 3) return false;
  for (let i = words.start[at]; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
};

/** Reads cues lazily: only words near a phrase that needs one are ever looked at. */
class CueReader {
  readonly #words: Words;
  readonly #rules: Compiled;
  readonly #bits: Int8Array;

  constructor(words: Words, rules: Compiled) {
    this.#words = words;
    this.#rules = rules;
    this.#bits = scratch.cues;
    this.#bits.fill(-1, 0, words.count);
  }

  near(bits: number, from: number, to: number): boolean {
    const last = Math.min(this.#words.count - 1, to - 1 + NEAR_WORDS);
    for (let at = Math.max(0, from - NEAR_WORDS); at <= last; at++) if (this.#at(at) & bits) return true;
    return false;
  }

  #at(at: number): number {
    const known = this.#bits[at];
    if (known >= 0) return known;
    const words = this.#words;
    const rules = this.#rules;
    const hash = words.hash[at];
    let bits = 0;
    // Most words are neither a cue nor a number: ruled out by one bit.
    if (!((rules.cueWordBits[(hash & 0xffff) >> 3]) & (1 << (hash & 7))) && !isDigits(words, at)) {
      this.#bits[at] = 0;
      return 0;
    }
    const cues = rules.cuesByFirstWord.get(hash);
    if (cues) for (const cue of cues) if (sequenceAt(words, at, cue)) bits |= cue.bits;
    const numberWord = rules.numbers.get(hash);
    const age = isDigits(words, at) ? Number(words.written(at)) : numberWord && words.is(at, numberWord[0]) ? numberWord[1] : undefined;
    if (age !== undefined) {
      const ageWord = at > 0 && words.joined(at - 1) ? rules.ageBefore.get(words.hash[at - 1]) : undefined;
      const before = ageWord !== undefined && words.is(at - 1, ageWord);
      const after = words.joined(at) && rules.ageAfter.some((seq) => words.hash[at + 1] === seq.hashes[0] && sequenceAt(words, at + 1, seq));
      if (before || after) bits |= age < 18 ? CUE_BITS.child : CUE_BITS.adult;
    }
    this.#bits[at] = bits;
    return bits;
  }
}

function negated(words: Words, at: number, negators: Map<number, string>): boolean {
  for (let k = 1; k <= NEGATION_WORDS && at - k >= 0; k++) {
    if (words.startsSentence(at - k + 1)) return false;
    const negator = negators.get(words.hash[at - k]);
    if (negator !== undefined && words.is(at - k, negator)) return true;
  }
  return false;
}

interface Match {
  key: string;
  weight: number;
  /** weight × place */
  points: number;
  from: number;
  to: number;
  text: string;
}

/** Every match per topic: phrases in another sense, negated phrases and unmet `near` left out. */
function matches(words: Words, parts: readonly string[], rules: Compiled, cues: CueReader): Map<TopicId, Match[]> {
  const found = new Map<TopicId, Match[]>();
  const count = words.count;
  const bits = rules.firstWordBits;
  let at = 0;
  while (at < count) {
    const hash = words.hash[at];
    if (!((bits[(hash & 0xffff) >> 3]) & (1 << (hash & 7)))) {
      at++;
      continue;
    }
    let hit: Candidate | undefined;
    const candidates = rules.byFirstWord.get(hash);
    if (candidates) {
      for (const candidate of candidates) {
        if (sequenceAt(words, at, candidate)) {
          hit = candidate;
          break;
        }
      }
    }
    if (!hit) {
      at++;
      continue;
    }
    const to = at + hit.words.length;
    if (hit.entries.length > 0 && !negated(words, at, rules.negators)) {
      const part = words.part[at];
      const place = PLACES[PART_NAMES[part]];
      const text = (parts[part]).slice(words.start[at], words.end[to - 1]);
      // Per topic, the strongest entry whose `near` is met (entries come strongest first per topic).
      let last: TopicId | undefined;
      for (const entry of hit.entries) {
        if (entry.topic === last) continue;
        if (entry.near && !cues.near(entry.near, at, to)) continue;
        last = entry.topic;
        const list = found.get(entry.topic);
        const match = { key: entry.key, weight: entry.weight, points: entry.weight * place, from: at, to, text };
        if (list) list.push(match);
        else found.set(entry.topic, [match]);
      }
    }
    at = to;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Scored {
  topic: TopicId;
  score: number;
  strong: boolean;
  matches: Match[];
}

function score(topic: TopicId, list: Match[]): Scored {
  const best = new Map<string, number>();
  for (const match of list) best.set(match.key, Math.max(best.get(match.key) ?? 0, match.points));
  let total = 0;
  for (const points of best.values()) total += points;
  return { topic, score: total, strong: list.some((m) => m.weight >= STRENGTHS.strong), matches: list };
}

/** A strong phrase, or two different phrases, reaching the threshold together. */
const passes = (scored: Scored) => scored.score >= THRESHOLD && (scored.strong || new Set(scored.matches.map((m) => m.key)).size >= 2);

/** Each rule phrase once, as written where it scored best; then by place in the text. */
function evidence(list: readonly Match[]): string[] {
  const best = new Map<string, Match>();
  for (const match of list) {
    const known = best.get(match.key);
    if (!known || match.points > known.points) best.set(match.key, match);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const match of [...best.values()].sort((a, b) => b.points - a.points || a.from - b.from)) {
    const id = match.text.toLowerCase().replace(/[\s\u2010-\u2015-]+/g, ' ');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(match.text);
  }
  return out;
}

/**
 * The topics of a story, strongest first; only those at or above the threshold, after the
 * precedence rules in RULES.md. A plain string is read as the body.
 */
export function detectTopics(story: StoryText | string, language: string): Detection[] {
  // Defaults for callers without types: a missing part reads as empty.
  const { headline = '', standfirst = '', body = '' } = typeof story === 'string' ? { body: story } : story;
  const parts = [headline, standfirst, body];
  const rules = compiledFor(language);
  const words = new Words(parts);
  // Shared with the precedence rules, which look near a topic's matches too.
  const cues = new CueReader(words, rules);
  const byTopic = matches(words, parts, rules, cues);

  const found = new Map<TopicId, Scored>();
  for (const [topic, list] of byTopic) {
    const scored = score(topic, list);
    if (passes(scored)) found.set(topic, scored);
  }

  // Child sexual abuse lines include the child abuse lines.
  if (found.has('child-sexual-abuse')) {
    found.delete('child-abuse');
    // Sexual violence stays only where its phrases are about an adult.
    const violence = found.get('sexual-violence');
    if (violence && !violence.matches.some((m) => cues.near(CUE_BITS.adult, m.from, m.to))) found.delete('sexual-violence');
  }
  if (BEFORE_MENTAL_HEALTH.some((topic) => found.has(topic))) found.delete('mental-health');
  const crime = found.get('crime');
  if (crime && !crime.strong && ABUSE_TOPICS.some((topic) => found.has(topic))) found.delete('crime');

  return [...found.values()]
    .sort((a, b) => b.score - a.score || TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic))
    .map(({ topic, score: total, matches: list }) => ({ topic, score: total, evidence: evidence(list) }));
}
