/**
 * Checks a directory beyond its shape and reports every problem in plain words
 * with its JSON path and line id. Used at build time (any problem fails the
 * build), by the `validate` CLI, and at run time for a publisher's `src`, where
 * a directory that is valid except for some lines keeps the valid ones.
 */
import * as z from 'zod/mini';
import { alertBoundary } from '../hours/alerts.js';
import { isDialled } from './contact.js';
import { displayMismatch, hiddenCharacters } from './display.js';
import { emergencyNumberProblem, foreignEmergencyCode } from './emergency.js';
import { countryOf } from './region.js';
import { isKnownTimeZone } from '../hours/hours.js';
import { compile, REFUSED } from './compiled.js';
import { bare, Budget, MAX_VALUES, ownData, ownList, ownRecord } from './own.js';
import { directorySchema, hoursSchema, lineSchema, type Directory, type HoursData, type Line } from './schema.js';

export interface Problem {
  /** JSON path of the offending value, e.g. `$.lines[3].contacts[0].value`. */
  path: string;
  /** The id of the line the problem is in, when there is one. */
  lineId?: string;
  message: string;
}

export interface ParseResult {
  /** The usable part of the input, or null when nothing usable is left. */
  directory: Directory | null;
  problems: Problem[];
}

type PathKey = PropertyKey;

function jsonPath(path: readonly PathKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return typeof value;
}

/** zod/mini ships no message locale, so its issues are worded here. */
function wordIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : '';
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? `is missing (expected ${issue.expected})` : `must be ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}, not ${describe(input)}`;
    case 'invalid_value':
      return custom || `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) return `has an unknown "${issue.discriminator}"`;
      return custom || 'does not match any allowed form';
    case 'too_small':
      return custom || `is too short (at least ${String(issue.minimum)})`;
    case 'too_big':
      return custom || `is too long (at most ${String(issue.maximum)})`;
    case 'invalid_format':
      return custom || `is not a valid ${issue.format}`;
    default:
      return custom || 'is not valid';
  }
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function issuesToProblems(
  error: z.core.$ZodError,
  root: unknown,
  prefix: readonly PathKey[],
  lineId?: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const problem: Problem = {
      path: jsonPath([...prefix, ...issue.path]),
      message: wordIssue(issue, valueAt(root, issue.path)),
    };
    if (lineId) problem.lineId = lineId;
    // One bad value can fail several checks that word the same way (a URL's protocol and host).
    if (!problems.some((p) => p.path === problem.path && p.message === problem.message)) problems.push(problem);
  }
  return problems;
}

const shellSchema = z.extend(directorySchema, { lines: z.array(z.unknown()) });
/** Opening hours, checked and copied in one pass (compiled.ts). */
const quickHours = compile(hoursSchema);
/** All of a directory but its lines, checked and copied in one pass (compiled.ts). */
const quickTop = compile(z.omit(directorySchema, { lines: true }));

/**
 * When zod accepts what the compiled check refuses. They agree on every input
 * the tests try; a page that changes how checks run (a `when` on
 * Object.prototype switches zod's checks off) can set them apart, and then
 * nothing is taken on zod's word.
 */
const DISAGREE = 'is not valid: the two checks of this value disagree, as they do when a script on this page has changed Object.prototype; it was left out';

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') {
    return (raw as { id: string }).id;
  }
  return undefined;
}

/** What the hours shape cannot say: one form per value, a zone the platform knows. */
function hoursRuleProblems(hours: HoursData): { path: PathKey[]; message: string }[] {
  const found: { path: PathKey[]; message: string }[] = [];
  if (!isKnownTimeZone(hours.timeZone)) {
    found.push({ path: ['timeZone'], message: `names the time zone "${hours.timeZone}", which is not a known IANA time zone; use a name such as "Europe/London"` });
  }
  if (hours.always && hours.weekly) found.push({ path: ['always'], message: 'cannot be combined with "weekly"; 24/7 is its own value' });
  if (!hours.always && !hours.weekly) found.push({ path: [], message: 'must have "always": true or "weekly" sessions' });
  // Loops, not forEach: this runs for every line of a directory that may have thousands.
  const { weekly, exceptions } = hours;
  if (weekly) {
    for (let w = 0; w < weekly.length; w++) {
      if (weekly[w].opens === '24:00') found.push({ path: ['weekly', w, 'opens'], message: 'cannot be 24:00; a session opens from 00:00 to 23:59' });
    }
  }
  if (exceptions) {
    const dates = new Set<string>();
    for (let e = 0; e < exceptions.length; e++) {
      const exception = exceptions[e];
      if (dates.has(exception.date)) found.push({ path: ['exceptions', e, 'date'], message: `repeats the date ${exception.date}` });
      dates.add(exception.date);
      if (exception.closed && exception.sessions) {
        found.push({ path: ['exceptions', e], message: 'must either close the day ("closed": true) or list its "sessions", not both' });
      } else if (!exception.closed && !exception.sessions) {
        found.push({ path: ['exceptions', e], message: 'must close the day ("closed": true) or list its "sessions"' });
      }
      const { sessions } = exception;
      if (!sessions) continue;
      for (let n = 0; n < sessions.length; n++) {
        if (sessions[n].opens === '24:00') found.push({ path: ['exceptions', e, 'sessions', n, 'opens'], message: 'cannot be 24:00; a session opens from 00:00 to 23:59' });
      }
    }
  }
  return found;
}

/** A problem at `path`, in the line `lineId` when there is one. */
const problemAt = (path: readonly PathKey[], lineId: string | undefined, message: string): Problem =>
  lineId === undefined ? { path: jsonPath(path), message } : { path: jsonPath(path), lineId, message };

/** Why zod could not word a problem: it reads its own settings off an issue, and one a page put on Object.prototype (`error`) throws. */
const UNWORDED = 'is not valid, and its problems could not be worded: a script on this page has changed Object.prototype';

function hoursProblems(hours: unknown, prefix: readonly PathKey[], lineId: string | undefined): Problem[] {
  try {
    const parsed = hoursSchema.safeParse(hours);
    if (!parsed.success) return issuesToProblems(parsed.error, hours, prefix, lineId);
  } catch {
    // The hours are dropped as any bad hours are (dropBadHours); the line keeps its number.
    return [problemAt(prefix, lineId, UNWORDED)];
  }
  // The rules read the compiled check's copy, not zod's output (whose lists a page's setter can empty).
  const own = quickHours(hours, new Budget()) as HoursData | typeof REFUSED;
  if (own === REFUSED) return [problemAt(prefix, lineId, DISAGREE)];
  return hoursRuleProblems(own).map(({ path, message }) => {
    const problem: Problem = { path: jsonPath([...prefix, ...path]), message };
    if (lineId) problem.lineId = lineId;
    return problem;
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A shallow copy without a prototype, and without `key` (a spread would give the copy Object.prototype back). */
function without(record: Record<string, unknown>, key?: string): Record<string, unknown> {
  const copy = bare(record);
  if (key) delete copy[key];
  return copy;
}

/**
 * Bad opening hours are reported and dropped, but never cost a line its place:
 * a number with unknown hours ("check hours on the website") is better than no
 * number at all.
 */
function dropBadHours(raw: unknown, i: number, lineId: string | undefined): { raw: unknown; problems: Problem[] } {
  if (!isRecord(raw)) return { raw, problems: [] };
  const problems: Problem[] = [];
  const line = without(raw);
  if (line['hours'] !== undefined) {
    const found = hoursProblems(line['hours'], ['lines', i, 'hours'], lineId);
    if (found.length > 0) delete line['hours'];
    problems.push(...found);
  }
  if (Array.isArray(line['contacts'])) {
    line['contacts'] = line['contacts'].map((contact: unknown, c) => {
      if (!isRecord(contact) || contact['hours'] === undefined) return contact;
      const found = hoursProblems(contact['hours'], ['lines', i, 'contacts', c, 'hours'], lineId);
      problems.push(...found);
      return found.length === 0 ? contact : without(contact, 'hours');
    });
  }
  for (const problem of problems) problem.message += ' (these hours were ignored; the line is shown without them)';
  return { raw: line, problems };
}

/** Whether any opening hours of a line that has the right shape break a rule the shape cannot say. */
function breaksHoursRules(line: Line): boolean {
  if (line.hours !== undefined && hoursRuleProblems(line.hours).length > 0) return true;
  for (const { hours } of line.contacts) if (hours !== undefined && hoursRuleProblems(hours).length > 0) return true;
  return false;
}

/** What a sound line has: no problems (shared, never added to). */
const NONE: readonly Problem[] = Object.freeze([]);

/** The whole-line check, compiled once from the schema (compiled.ts): valid lines come out as own copies. */
const quickLine = compile(lineSchema);

/**
 * One line checked: the line (null when it cannot be used), its id and its
 * problems. Most lines are sound, so the whole line is checked and copied at
 * once (compiled.ts). Only a line that fails is copied on its own and parsed
 * by zod, which words each problem: bad hours reported and dropped (see
 * dropBadHours), then the rest of the line.
 */
function checkedLine(raw: unknown, i: number, budget: Budget): { line: Line | null; id: string | undefined; problems: readonly Problem[] } {
  const left = budget.left;
  budget.spend(1);
  const quick = quickLine(raw, budget) as Line | typeof REFUSED;
  if (quick !== REFUSED && !breaksHoursRules(quick)) return { line: quick, id: quick.id, problems: NONE };
  const problems: Problem[] = [];
  // The line's values are counted once, by the copy below.
  budget.left = left;
  const input = ownData(raw, budget);
  const id = idOf(input);
  const { raw: withoutBadHours, problems: hoursIssues } = dropBadHours(input, i, id);
  problems.push(...hoursIssues);
  try {
    const parsed = lineSchema.safeParse(withoutBadHours);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error, withoutBadHours, ['lines', i], id));
      return { line: null, id, problems };
    }
  } catch {
    // See UNWORDED. The line, which the compiled check refused, is left out all the same; its hours'
    // problems, if any, were worded above.
    problems.push(problemAt(['lines', i], id, `${UNWORDED}; it was left out`));
    return { line: null, id, problems };
  }
  // The copy kept is the compiled check's, of the line zod accepted (not of zod's output, whose lists may
  // have lost an item to a page's setter); a line the compiled check refuses is never taken on zod's word.
  const line = quickLine(withoutBadHours, new Budget()) as Line | typeof REFUSED;
  if (line === REFUSED) {
    problems.push(problemAt(['lines', i], id, DISAGREE));
    return { line: null, id, problems };
  }
  return { line, id, problems };
}

/**
 * The fewest values a valid line has, counted as ownData counts them (every
 * object and list is one too): the line, id, name, operator, eligibility and
 * its English, topics, audiences and regions with one each, urgency, contacts
 * with one web contact's type and value, source and verified. (A test keeps
 * this true of the schema.)
 */
export const MIN_LINE_VALUES = 19;
/** More lines than MAX_VALUES can hold: refused before the copy, which would take seconds to find out. */
export const MAX_LINES = Math.floor(MAX_VALUES / MIN_LINE_VALUES);

/** Why a directory has too many lines to be read, or null; never throws (a getter or a proxy may). */
function tooManyLines(untrusted: unknown): string | null {
  try {
    // Its own `lines` only: on a polluted page the prototype's would refuse a directory that has none.
    const lines: unknown = untrusted !== null && typeof untrusted === 'object' && Object.hasOwn(untrusted, 'lines') ? (untrusted as { lines?: unknown }).lines : undefined;
    if (!Array.isArray(lines) || lines.length <= MAX_LINES) return null;
    return `has ${lines.length.toLocaleString('en-GB')} lines, more than a directory can hold (${MAX_LINES.toLocaleString('en-GB')})`;
  } catch {
    // The copy meets the same trouble and says so.
    return null;
  }
}

/** A copy of the directory as ownData makes it, but for its lines, whose items are left as they are: checkedLine reads each once. */
function ownShell(untrusted: unknown, budget: Budget): unknown {
  if (!isRecord(untrusted)) return ownData(untrusted, budget);
  const shell = ownRecord();
  budget.spend(1);
  for (const key of Object.keys(untrusted)) {
    const value = untrusted[key];
    if (key === 'lines' && Array.isArray(value)) {
      // Its length read once: tooManyLines read it before, and a getter may have answered it otherwise.
      const { length } = value;
      if (length > MAX_LINES) throw new RangeError('it is nested too deep or is too large');
      budget.spend(1);
      shell[key] = Object.freeze(ownList(length, (i) => (Object.hasOwn(value, i) ? (value[i] as unknown) : undefined)));
    } else shell[key] = ownData(value, budget);
  }
  return Object.freeze(shell);
}

/** The answer for input that cannot be read at all. */
const unreadable = (error: unknown): ParseResult => ({
  directory: null,
  problems: [{ path: '$', message: `cannot be read: ${error instanceof Error ? error.message : 'reading it failed'}` }],
});

/**
 * Parses untrusted input into a directory. Never throws. A directory whose
 * top level is broken yields `directory: null`; a broken line is dropped and
 * reported while the others are kept. The directory returned is made of
 * frozen objects without a prototype (see own.ts), so a polluted page cannot
 * add fields to it.
 */
export function parseDirectory(untrusted: unknown): ParseResult {
  const tooMany = tooManyLines(untrusted);
  if (tooMany) return { directory: null, problems: [{ path: '$.lines', message: tooMany }] };
  const budget = new Budget();
  let input: unknown;
  try {
    // Checked and used from one copy that has no prototype: zod reads (and copies) an absent optional
    // field from Object.prototype, and a getter could answer the checker and the box differently.
    // The lines are left as they are for now: each is read once, by checkedLine.
    input = ownShell(untrusted, budget);
  } catch (error) {
    return unreadable(error);
  }
  const problems: Problem[] = [];
  // The compiled check first, as for a line: zod's parse, which words problems, only for what it refuses.
  // Neither is taken from zod's output, whose lists zod builds with `list[i] = item` (a setter a page put
  // on Array.prototype would swallow it): the lines from the copy, the rest from the compiled check.
  const shell = quickTop(input, new Budget()) as Omit<Directory, 'lines'> | typeof REFUSED;
  const rawLines = isRecord(input) && Array.isArray(input['lines']) ? (input['lines'] as readonly unknown[]) : null;
  if (shell === REFUSED || !rawLines) {
    try {
      const parsedShell = shellSchema.safeParse(input);
      if (!parsedShell.success) return { directory: null, problems: issuesToProblems(parsedShell.error, input, []) };
    } catch (error) {
      // zod reads its own settings off an issue as it words it, and one a page put on Object.prototype
      // (`error`) throws.
      return unreadable(error);
    }
    return { directory: null, problems: [{ path: '$', message: DISAGREE }] };
  }
  const { topics, regions } = shell;

  const topicIds = new Set<string>();
  topics.forEach((topic, i) => {
    if (topicIds.has(topic.id)) problems.push({ path: jsonPath(['topics', i, 'id']), message: `repeats the topic id "${topic.id}"` });
    topicIds.add(topic.id);
  });
  const regionIds = new Set<string>();
  regions.forEach((region, i) => {
    if (regionIds.has(region.id)) problems.push({ path: jsonPath(['regions', i, 'id']), message: `repeats the region id "${region.id}"` });
    regionIds.add(region.id);
  });
  const shortCodes = new Map(
    regions.map((region, i) => {
      const codes = new Set<string>();
      region.shortCodes?.forEach((code, c) => {
        // Another country's emergency number is never a short code here: 999 dialled in the US reaches nobody.
        const foreign = foreignEmergencyCode(code, countryOf(region.id));
        if (foreign) problems.push({ path: jsonPath(['regions', i, 'shortCodes', c]), message: foreign });
        else codes.add(code);
      });
      return [region.id, codes];
    }),
  );
  /** Whether `code` may be dialled as written in `region` (its own list or its country's). */
  const allowedIn = (code: string, region: string) =>
    Boolean(shortCodes.get(region)?.has(code) || shortCodes.get(countryOf(region))?.has(code));
  if (!regionIds.has(shell.defaultRegion)) {
    problems.push({ path: '$.defaultRegion', message: `names "${shell.defaultRegion}", which is not in the regions list` });
  }

  /**
   * What the schema cannot say of a sound line, added to `problems`. Loops, not forEach, and paths made
   * only for a problem: this runs for every line of a directory that may have thousands.
   */
  const lineRuleProblems = (line: Line, i: number, problems: Problem[]): void => {
    const report = (message: string, ...path: PathKey[]) => problems.push({ path: jsonPath(['lines', i, ...path]), lineId: line.id, message });
    const { topics: lineTopics, regions: lineRegions, contacts, alerts } = line;
    for (let t = 0; t < lineTopics.length; t++) {
      const topic = lineTopics[t];
      if (!topicIds.has(topic)) report(`names the topic "${topic}", which is not in the topics list`, 'topics', t);
    }
    for (let r = 0; r < lineRegions.length; r++) {
      const region = lineRegions[r];
      if (!regionIds.has(region) && !regionIds.has(countryOf(region))) report(`names the region "${region}", which is not in the regions list`, 'regions', r);
    }
    for (let c = 0; c < contacts.length; c++) {
      const contact = contacts[c];
      // A number without a country code means something only where it is dialled:
      // 999 is the emergency number in the UK and nothing in the US.
      if (isDialled(contact) && !contact.value.startsWith('+')) {
        const where = lineRegions.filter((region) => (regionIds.has(region) || regionIds.has(countryOf(region))) && !allowedIn(contact.value, region));
        if (where.length > 0) {
          report(
            `is the short code "${contact.value}", which is not in the shortCodes of region ${where.map((r) => `"${r}"`).join(', ')}; write the number in E.164 or list the code for that region`,
            'contacts',
            c,
            'value',
          );
        }
      }
    }
    // What the reader sees (and hears digit by digit) must be what their phone dials.
    for (let c = 0; c < contacts.length; c++) {
      const mismatch = displayMismatch(contacts[c]);
      if (mismatch) report(mismatch, 'contacts', c, 'display');
    }
    // Nor may any text reorder or hide what is shown around it.
    for (const { path, message } of hiddenCharacters(line)) report(message, ...path);
    if (alerts) {
      for (let a = 0; a < alerts.length; a++) {
        const alert = alerts[a];
        if (alert.from !== undefined && alertBoundary(alert.from, 'start') >= alertBoundary(alert.until, 'end')) {
          report(`starts (${alert.from}) after the alert ends (${alert.until})`, 'alerts', a, 'from');
        }
      }
    }
    if (line.urgency !== 'emergency') return;
    if (!contacts.some((c) => c.type === 'phone')) report('is an emergency line without a phone number; it must have one', 'contacts');
    // Pinned in code (emergency.ts), not trusted from data; without this line a box for the
    // country shows the bundled directory (see directoryFor in select.ts).
    for (const country of new Set(lineRegions.map(countryOf))) {
      for (let c = 0; c < contacts.length; c++) {
        const wrong = emergencyNumberProblem(contacts[c], country);
        if (wrong) report(wrong, 'contacts', c, 'value');
      }
    }
  };

  // The lines kept, by number, then made a list at once (ownList): `lines.push(line)` would write through a
  // setter a page put on Array.prototype under that index, and leave a hole for its getter to fill.
  const kept = ownRecord();
  let keptCount = 0;
  const lineIds = new Set<string>();
  let repeated = false;
  for (let i = 0; i < rawLines.length; i++) {
    let checked: ReturnType<typeof checkedLine>;
    try {
      checked = checkedLine(rawLines[i], i, budget);
    } catch (error) {
      // Past the bounds (own.ts), or a getter or proxy that throws.
      return unreadable(error);
    }
    const { line, id: rawId } = checked;
    // A repeated id refuses the whole directory: otherwise the first of two lines with one id wins,
    // and a fake line put first would take the real one's place in every box that names it.
    if (rawId !== undefined && lineIds.has(rawId)) {
      repeated = true;
      problems.push({ path: jsonPath(['lines', i, 'id']), lineId: rawId, message: `repeats the line id "${rawId}"; ids must be unique` });
    }
    if (rawId !== undefined) lineIds.add(rawId);
    if (checked.problems.length > 0) problems.push(...checked.problems);
    if (!line) continue;
    const before = problems.length;
    lineRuleProblems(line, i, problems);
    if (problems.length === before) kept[keptCount++] = line;
  }
  const lines = Object.freeze(ownList(keptCount, (i) => kept[i] as Line));

  regions.forEach((region, i) => {
    const country = countryOf(region.id);
    // A subdivision of a listed country is served by the country's emergency line; report the country once.
    if (country !== region.id && regionIds.has(country)) return;
    const covered = lines.some(
      (line) => line.urgency === 'emergency' && line.regions.some((r) => r === region.id || r === country),
    );
    if (!covered) {
      problems.push({ path: jsonPath(['regions', i]), message: `region "${region.id}" has no emergency line; every region must have one` });
    }
  });

  if (repeated || lines.length === 0) return { directory: null, problems };
  return { directory: Object.freeze(Object.assign(ownRecord() as unknown as Directory, shell, { lines })), problems };
}

/** How old a `verified` date may be before the CLI asks for a fresh check. */
export const STALE_AFTER_MONTHS = 12;
/** How old a line's source itself (`sourceDate`) may be before the CLI asks for a newer one. */
export const OLD_SOURCE_MONTHS = 24;

/**
 * Things an editor should look at that do not make a directory unusable:
 * lines whose facts were last checked more than a year before `now`, and
 * alerts that have ended. Pure; the CLI prints these as warnings.
 */
export function reviewWarnings(directory: Directory, now: Date): Problem[] {
  const monthsBefore = (months: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate())).toISOString().slice(0, 10);
  const cutoffDay = monthsBefore(STALE_AFTER_MONTHS);
  const oldSourceDay = monthsBefore(OLD_SOURCE_MONTHS);
  const ids = new Set(directory.lines.map((line) => line.id));
  const warnings: Problem[] = [];
  directory.lines.forEach((line, i) => {
    // A partial date (2017, 2017-06) counts as its last day, so only a source surely that old is called old.
    const sourceDay = line.sourceDate && (line.sourceDate.length === 10 ? line.sourceDate : `${line.sourceDate}-99`);
    if (sourceDay && sourceDay < oldSourceDay) {
      warnings.push({
        path: jsonPath(['lines', i, 'sourceDate']),
        lineId: line.id,
        message: `rests on a source dated ${line.sourceDate}, more than ${OLD_SOURCE_MONTHS / 12} years ago; find a newer page that states the facts`,
      });
    }
    if (line.confidence === 'secondary' && !line.doubt) {
      warnings.push({ path: jsonPath(['lines', i, 'doubt']), lineId: line.id, message: 'is marked "secondary" but does not say in "doubt" what is unsure' });
    }
    line.together?.forEach((id, t) => {
      if (!ids.has(id)) warnings.push({ path: jsonPath(['lines', i, 'together', t]), lineId: line.id, message: `names "${id}" to be shown with it, but there is no such line` });
    });
    // Both are YYYY-MM-DD, so text order is date order.
    if (line.verified < cutoffDay) {
      warnings.push({
        path: jsonPath(['lines', i, 'verified']),
        lineId: line.id,
        message: `was last checked on ${line.verified}, more than ${STALE_AFTER_MONTHS} months ago; check the facts against the source again`,
      });
    }
    line.alerts?.forEach((alert, a) => {
      if (alertBoundary(alert.until, 'end') <= now.getTime()) {
        warnings.push({ path: jsonPath(['lines', i, 'alerts', a, 'until']), lineId: line.id, message: `ended on ${alert.until}; it is no longer shown and can be removed` });
      }
    });
  });
  return warnings;
}

/** One line per problem, for consoles and the CLI. */
export function formatProblem(problem: Problem): string {
  const where = problem.lineId ? `${problem.path} (line "${problem.lineId}")` : problem.path;
  return `${where}: ${problem.message}`;
}

/*
 * For the box: a publisher's directory read, checked and summed up in one
 * message. Here rather than in load.ts so that only a box with a directory of
 * its own downloads this code.
 */

export interface LoadResult {
  /** The usable directory, or null when the box must keep the bundled one. */
  directory: Directory | null;
  /** One message naming the source and the first problems, when anything was wrong. */
  error: string | null;
  problems: Problem[];
}

/**
 * The largest directory a box reads. The bundled one is 40 KB; a 10 MB one
 * froze a page for 10 to 30 seconds, and a box must never cost a reader their page.
 */
export const MAX_DIRECTORY_BYTES = 1024 * 1024;
const MAX_PROBLEMS_IN_MESSAGE = 3;

function failure(where: string, what: string, problems: Problem[] = []): LoadResult {
  return { directory: null, error: `could not use ${where}: ${what}; showing the bundled lines instead`, problems };
}

/** Checks an already parsed directory; `where` names it in the message. Never throws. */
export function checkDirectory(input: unknown, where: string): LoadResult {
  let result;
  try {
    result = parseDirectory(input);
  } catch (error) {
    // parseDirectory is not meant to throw; this guards the host page if it ever does.
    return failure(where, `checking it failed (${String(error)})`);
  }
  const { directory, problems } = result;
  if (problems.length === 0) return { directory, error: null, problems };
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map(formatProblem).join('; ');
  const more = problems.length > MAX_PROBLEMS_IN_MESSAGE ? ` and ${problems.length - MAX_PROBLEMS_IN_MESSAGE} more` : '';
  if (!directory) return failure(where, `${shown}${more}`, problems);
  return { directory, error: `${where} has problems; the lines with problems were left out: ${shown}${more}`, problems };
}

/** The body as text, or null past MAX_DIRECTORY_BYTES: a declared length is believed at once, a stream is cut off there. */
async function boundedText(response: Response): Promise<string | null> {
  if (Number(response.headers.get('content-length')) > MAX_DIRECTORY_BYTES) {
    void response.body?.cancel();
    return null;
  }
  const chunks: BlobPart[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DIRECTORY_BYTES) {
      void reader.cancel();
      return null;
    }
    // A fetched body's chunks are never shared memory.
    chunks.push(value);
  }
  return new Blob(chunks).text();
}

/**
 * Reads a fetched directory (at most MAX_DIRECTORY_BYTES), parses and checks
 * it. Rejects only when the download itself fails (the caller's timeout, the
 * network).
 */
export async function readDirectory(response: Response, where: string): Promise<LoadResult> {
  const text = await boundedText(response);
  if (text === null) return failure(where, `it is larger than ${MAX_DIRECTORY_BYTES / 1024 / 1024} MB, the most a box reads`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(where, `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return checkDirectory(json, where);
}
