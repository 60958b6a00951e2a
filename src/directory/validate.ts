/**
 * Checks a directory beyond its shape and reports every problem in plain words
 * with its JSON path and line id. Used at build time (any problem fails the
 * build), by the `validate` CLI, and at run time for a publisher's `src`, where
 * a directory that is valid except for some lines keeps the valid ones.
 */
import * as z from 'zod/mini';
import { countryOf } from '../region.js';
import { directorySchema, lineSchema, type Directory, type Line } from './schema.js';

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

export function jsonPath(path: readonly PathKey[]): string {
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

function idOf(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') {
    return (raw as { id: string }).id;
  }
  return undefined;
}


/**
 * Parses untrusted input into a directory. Never throws. A directory whose
 * top level is broken yields `directory: null`; a broken line is dropped and
 * reported while the others are kept.
 */
export function parseDirectory(input: unknown): ParseResult {
  const problems: Problem[] = [];
  const shell = shellSchema.safeParse(input);
  if (!shell.success) {
    return { directory: null, problems: issuesToProblems(shell.error, input, []) };
  }
  const { topics, regions } = shell.data;

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
  if (!regionIds.has(shell.data.defaultRegion)) {
    problems.push({ path: '$.defaultRegion', message: `names "${shell.data.defaultRegion}", which is not in the regions list` });
  }

  const lines: Line[] = [];
  const lineIds = new Set<string>();
  shell.data.lines.forEach((raw, i) => {
    const rawId = idOf(raw);
    const parsed = lineSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error, raw, ['lines', i], rawId));
      return;
    }
    const line = parsed.data;
    const before = problems.length;
    if (lineIds.has(line.id)) {
      problems.push({ path: jsonPath(['lines', i, 'id']), lineId: line.id, message: `repeats the line id "${line.id}"; ids must be unique` });
    }
    line.topics.forEach((topic, t) => {
      if (!topicIds.has(topic)) {
        problems.push({ path: jsonPath(['lines', i, 'topics', t]), lineId: line.id, message: `names the topic "${topic}", which is not in the topics list` });
      }
    });
    line.regions.forEach((region, r) => {
      if (!regionIds.has(region) && !regionIds.has(countryOf(region))) {
        problems.push({ path: jsonPath(['lines', i, 'regions', r]), lineId: line.id, message: `names the region "${region}", which is not in the regions list` });
      }
    });
    if (line.urgency === 'emergency' && !line.contacts.some((c) => c.type === 'phone')) {
      problems.push({ path: jsonPath(['lines', i, 'contacts']), lineId: line.id, message: 'is an emergency line without a phone number; it must have one' });
    }
    if (problems.length === before) {
      lines.push(line);
      lineIds.add(line.id);
    }
  });

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

  if (lines.length === 0) return { directory: null, problems };
  return { directory: { ...shell.data, lines }, problems };
}

/** One line per problem, for consoles and the CLI. */
export function formatProblem(problem: Problem): string {
  const where = problem.lineId ? `${problem.path} (line "${problem.lineId}")` : problem.path;
  return `${where}: ${problem.message}`;
}
