/**
 * Chooses and orders the lines a box shows. Pure: no DOM, no console. Problems
 * with the request come back as `warnings` for the caller to report.
 *
 * Safeguarding rules:
 * - the emergency line for the reader's region always comes first, whatever
 *   else is asked, so no box is ever without it;
 * - lines an editor picked (`lines`) win, in the editor's order, but only
 *   those that serve the reader's region (never another country's 911);
 * - otherwise the lines for the topics: the reader's nation's own lines
 *   first (a Scottish line before a UK-wide one), each group in the
 *   directory's curated order;
 * - lines meant to be offered together (`together`) are shown together;
 * - nothing asked for is ever a reason to return an empty list.
 */
import { AUDIENCES, type Audience } from './constants.js';
import type { Directory, Line } from './schema.js';
import { own, ownRecord } from './own.js';
import { countryOf, regionChain } from './region.js';

export interface SelectionQuery {
  topics?: readonly string[];
  /** ISO 3166 code; a subdivision falls back to its country. */
  region?: string | undefined;
  audience?: string | undefined;
  /** Line ids an editor picked, in the order to show them. */
  lines?: readonly string[];
}

export interface Selection {
  /** The region actually used, after fallbacks. */
  region: string;
  lines: Line[];
  warnings: string[];
  /**
   * True when the directory has no emergency line for the region, so `lines`
   * does not start with one. Never true for the bundled directory; a caller
   * given a directory of its own must then show the bundled emergency line.
   */
  emergencyMissing: boolean;
}

/**
 * The most topics or line ids read from a query, and the most lines a box
 * shows. More is a mistake or an attack: 100,000 unknown topics once cost
 * 100,000 warnings and an 18-second task.
 */
export const MAX_TOKENS = 50;

/** The warning for a box asked for nothing (not a problem for `topic="auto"` with nothing clear). */
export const NO_TOPIC = 'no topic or lines were given; showing the emergency line only';
export const MAX_LINES = 30;

/**
 * Splits a space-separated attribute value into its distinct tokens. Stops
 * one past MAX_TOKENS, so that selectLines can say that some were left out.
 */
export function tokens(value: string | null | undefined): string[] {
  const found = new Set<string>();
  for (const [token] of (value ?? '').matchAll(/\S+/g)) {
    if (found.add(token).size > MAX_TOKENS) break;
  }
  return [...found];
}

/** The first MAX_TOKENS values, with one warning when there were more. */
function capped(values: readonly string[] | undefined, what: string, warnings: string[]): readonly string[] {
  if (!values || values.length <= MAX_TOKENS) return values ?? [];
  warnings.push(`more than ${MAX_TOKENS} ${what} were given; only the first ${MAX_TOKENS} were read`);
  return values.slice(0, MAX_TOKENS);
}

/** One warning for every value of a kind the directory lacks: `topic "x" is...` or `topics "x", "y" are...`. */
function notFound(kind: string, values: string[], outcome: string, warnings: string[]): void {
  if (values.length === 0) return;
  const names = values.map((value) => `"${value}"`).join(', ');
  warnings.push(values.length === 1 ? `${kind} ${names} is not in the directory; it was ${outcome}` : `${kind}s ${names} are not in the directory; they were ${outcome}`);
}

/**
 * The region to serve: the one asked for when the directory knows it (or its
 * country), otherwise the directory's default.
 */
function resolveRegion(directory: Directory, index: DirectoryIndex, asked: string | undefined, warnings: string[]): string {
  const known = index.regionIds;
  const wanted = asked?.trim().toUpperCase();
  if (!wanted) return directory.defaultRegion;
  if (known.has(wanted) || known.has(countryOf(wanted))) return wanted;
  warnings.push(`region "${asked}" is not in the directory; showing lines for "${directory.defaultRegion}" instead`);
  return directory.defaultRegion;
}

/**
 * A publisher's directory serves the box only where it has an emergency line
 * for the reader's region; anywhere else the bundled directory does, so a
 * directory written for another country never leaves a reader without their
 * own emergency number. The whole of it, not only its emergency line: the
 * checker drops an emergency line that dials anything but the country's pinned
 * numbers (emergency.ts), and a directory that got its emergency number wrong
 * is not trusted for the region's other lines either.
 */
export function directoryFor(custom: Directory | null, bundled: Directory, region: string | undefined): Directory {
  if (!custom) return bundled;
  const wanted = region?.trim().toUpperCase() || custom.defaultRegion;
  return emergencyLines(indexOf(custom), regionChain(wanted)).length > 0 ? custom : bundled;
}

function serves(line: Line, chain: readonly string[]): boolean {
  return own(line, 'active') !== false && line.regions.some((r) => chain.includes(r));
}

/** Most specific first: a nation's own emergency line before the country's. */
function emergencyLines(index: DirectoryIndex, chain: readonly string[]): Line[] {
  return bySpecificity(
    index.emergency.filter((line) => serves(line, chain)),
    chain,
  );
}

/** 0 for a line that names the reader's own region (GB-SCT), 1 for its country (GB): a nation's own lines come first. */
function specificity(line: Line, chain: readonly string[]): number {
  let best = chain.length;
  for (const region of line.regions) {
    const at = chain.indexOf(region);
    if (at !== -1 && at < best) best = at;
  }
  return best;
}

/**
 * The lines, most specific first, each group in the order given (the directory's curated order): a
 * stable sort by specificity, worked out once a line rather than twice a comparison (a box of a
 * directory of 10,000 lines may choose a thousand).
 */
function bySpecificity(lines: readonly Line[], chain: readonly string[]): Line[] {
  // Not Array.from({ length }), which takes a polluted Object.prototype[Symbol.iterator] for the
  // array-like's own (see ownList in own.ts), nor flat, which the selection did not use before.
  const groups: Line[][] = [];
  for (let rank = 0; rank <= chain.length; rank++) groups.push([]);
  for (const line of lines) groups[specificity(line, chain)].push(line);
  const ordered: Line[] = [];
  for (const group of groups) for (const line of group) ordered.push(line);
  return ordered;
}

/**
 * Puts the lines of a `together` group side by side wherever one of them is
 * chosen, with those of them that serve the region (so a Welsh reader who gets
 * Samaritans also gets its Welsh-language line, and an English reader, whom the
 * Welsh line does not serve, gets Samaritans alone). The line that names the
 * others comes first when it was chosen itself; when only a partner was (an
 * editor's pick, or a child's box that kept Childline and not the NSPCC's adult
 * line), that partner keeps its place and the others follow it.
 */
function withPartners(lines: readonly Line[], index: DirectoryIndex, chain: readonly string[], fits: (line: Line) => boolean = () => true): Line[] {
  const { leaderOf } = index;
  const out: Line[] = [];
  // A set beside the list: with thousands of lines, looking each up in the list costs seconds.
  const placed = new Set<Line>();
  const place = (line: Line) => {
    if (placed.has(line) || line.urgency === 'emergency' || !serves(line, chain) || !fits(line)) return;
    placed.add(line);
    out.push(line);
  };
  const chosen = new Set(lines);
  for (const line of lines) {
    const leader = leaderOf.get(line) ?? line;
    if (!chosen.has(leader)) place(line);
    for (const member of groupOf(index, line)) place(member);
  }
  return out;
}

/**
 * The lines offered together with `line` (`together`), itself among them:
 * the line that names the others first, then those it names, in its order.
 * A line in no group is a group of one.
 */
export function togetherGroup(directory: Directory, line: Line): Line[] {
  return groupOf(indexOf(directory), line);
}

function groupOf({ byId, leaderOf }: DirectoryIndex, line: Line): Line[] {
  const leader = leaderOf.get(line) ?? line;
  return [leader, ...(own(leader, 'together') ?? []).flatMap((id) => byId.get(id) ?? [])];
}

interface DirectoryIndex {
  /** The directory's lines as they were when indexed: positions are positions in this. */
  lines: readonly Line[];
  byId: ReadonlyMap<string, Line>;
  /** The emergency lines, in the directory's order. */
  emergency: readonly Line[];
  /**
   * By topic, where the other lines that name it stand in `lines`, in order, each once: a record
   * without a prototype (own.ts) rather than a Map, so no method a page replaces later reaches it.
   */
  positionsByTopic: Readonly<Record<string, readonly number[]>>;
  /** A line named in another's `together`, and that line. */
  leaderOf: ReadonlyMap<Line, Line>;
  topicIds: ReadonlySet<string>;
  regionIds: ReadonlySet<string>;
}

/**
 * Lookups built once per directory, not once per box: a page with many boxes,
 * or a directory of thousands of lines, would otherwise rebuild them at every
 * render. Kept only for a directory frozen in all the index reads (a checked
 * or the bundled one is frozen throughout, own.ts), so it never goes stale; a
 * caller's own object, which may still change, is indexed again at each
 * selection (once per selection: the index is passed down, not looked up).
 */
const indexes = new WeakMap<Directory, DirectoryIndex>();

function indexOf(directory: Directory): DirectoryIndex {
  let index = indexes.get(directory);
  if (index) return index;
  // Read once: the positions below are positions in this very list.
  const { lines } = directory;
  const byId = new Map(lines.map((line) => [line.id, line]));
  const leaderOf = new Map<Line, Line>();
  const emergency: Line[] = [];
  const positionsByTopic = ownRecord() as Record<string, number[]>;
  let frozen = Object.isFrozen(directory) && Object.isFrozen(lines);
  for (let position = 0; position < lines.length; position++) {
    const line = lines[position];
    const together = own(line, 'together');
    for (const id of together ?? []) {
      const partner = byId.get(id);
      if (partner && !leaderOf.has(partner)) leaderOf.set(partner, line);
    }
    frozen &&= Object.isFrozen(line) && Object.isFrozen(line.topics) && (together === undefined || Object.isFrozen(together));
    if (line.urgency === 'emergency') {
      emergency.push(line);
      continue;
    }
    // A caller's unchecked line may have no list of topics; it is in no topic's box.
    const { topics } = line;
    if (!Array.isArray(topics)) continue;
    for (const topic of topics) {
      const positions = (positionsByTopic[topic] ??= []);
      // A line that names a topic twice is listed once.
      if (positions[positions.length - 1] !== position) positions.push(position);
    }
  }
  index = { lines, byId, emergency, positionsByTopic, leaderOf, topicIds: new Set(directory.topics.map((t) => t.id)), regionIds: new Set(directory.regions.map((r) => r.id)) };
  if (frozen) indexes.set(directory, index);
  return index;
}

/** The lines other than emergency lines that name any of the topics, in the directory's order, each once. */
function linesFor(index: DirectoryIndex, topics: readonly string[]): Line[] {
  let positions: readonly number[] = [];
  for (const topic of topics) positions = merged(positions, own(index.positionsByTopic, topic) ?? []);
  return positions.map((position) => index.lines[position]);
}

/** Two ascending lists of positions as one, each position once (a merge: no sort, no Set). */
function merged(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length || j < b.length; ) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

export function selectLines(directory: Directory, query: SelectionQuery): Selection {
  const warnings: string[] = [];
  // Once per selection: a caller's own directory is indexed again each time (see indexes).
  const index = indexOf(directory);
  const region = resolveRegion(directory, index, own(query, 'region'), warnings);
  const chain = regionChain(region);
  const emergency = emergencyLines(index, chain);
  const chosen: Line[] = [...emergency];
  const seen = new Set(chosen);
  const add = (line: Line) => {
    if (seen.has(line)) return;
    seen.add(line);
    chosen.push(line);
  };
  const done = (): Selection => {
    // Emergency lines come first, so the cut never takes them.
    if (chosen.length > MAX_LINES) warnings.push(`${chosen.length} lines were chosen; only the first ${MAX_LINES} are shown`);
    return { region, lines: chosen.slice(0, MAX_LINES), warnings, emergencyMissing: emergency.length === 0 };
  };

  // A query may be the caller's own object: a field it leaves out must not come from Object.prototype.
  const picked = capped(own(query, 'lines'), 'line ids', warnings);
  if (picked.length > 0) {
    const { byId } = index;
    const missing: string[] = [];
    for (const id of picked) {
      const line = byId.get(id);
      if (!line) missing.push(id);
      else if (own(line, 'active') === false) warnings.push(`line "${id}" is marked inactive; it was left out`);
      // A UK reader must not be shown 911, 000 or 988, which their phone cannot reach, badged as help.
      else if (!serves(line, chain)) warnings.push(`line "${id}" does not serve region "${region}"; it was left out`);
      else add(line);
    }
    notFound('line', missing, 'left out', warnings);
    const picks = chosen.splice(emergency.length);
    for (const line of picks) seen.delete(line);
    withPartners(picks, index, chain).forEach(add);
    return done();
  }

  const knownTopics = index.topicIds;
  const asked = capped(own(query, 'topics'), 'topics', warnings);
  const topics = asked.filter((topic) => knownTopics.has(topic));
  notFound('topic', asked.filter((topic) => !knownTopics.has(topic)), 'ignored', warnings);
  if (topics.length === 0) {
    if (!asked.length) warnings.push(NO_TOPIC);
    return done();
  }

  const forTopics = linesFor(index, topics).filter((line) => serves(line, chain));

  let audience: Audience | undefined;
  const asker = own(query, 'audience');
  if (asker) {
    if (isAudience(asker)) audience = asker;
    else warnings.push(`audience "${asker}" is not one of ${AUDIENCES.join(', ')}; it was ignored`);
  }
  const forAudience = audience ? forTopics.filter((line) => line.audiences.includes(audience)) : forTopics;
  // An audience refines the box; it must never empty it.
  const kept = forAudience.length > 0 ? forAudience : forTopics;
  const ordered = bySpecificity(kept, chain);
  // A partner joins a topic's box only if it serves one of the topics too: the NSPCC's adult line comes
  // with Childline in a child abuse box, not in a suicide box, whose Childline it would misrepresent.
  withPartners(ordered, index, chain, (line) => line.topics.some((t) => topics.includes(t))).forEach(add);
  return done();
}
