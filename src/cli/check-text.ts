/**
 * What `helpline-box validate FILE` says about a file's text, kept apart from
 * the file system and the process so it can be tested in the browser like the
 * rest of the checker. Pure: `now` is passed in.
 */
import { editorialWarnings } from '../directory/editorial.js';
import { formatProblem, parseDirectory, reviewWarnings } from '../directory/validate.js';

export interface TextCheck {
  /** Problems that make the file unusable as it is; the CLI exits non-zero. */
  errors: string[];
  /** Things to review that do not stop the file being used. */
  warnings: string[];
  /** One line saying what was checked, when the file is valid. */
  summary: string | null;
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * JSON.parse's message with the line and column worked out here (engines
 * differ: V8 in Node 20 gives only a character position, newer ones add the
 * line), and a plain hint when the input stops early, as a cut-off file does.
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\(line \d+ column \d+\)$/, '');
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of (JSON )?input/i.test(message) ? text.length : -1;
  if (offset < 0) return message;
  const { line, column } = lineAndColumn(text, offset);
  const truncated = offset >= text.trimEnd().length ? '; the file ends too early: is it cut off?' : '';
  return `${message} (line ${line}, column ${column}${truncated})`;
}

export function checkDirectoryText(text: string, now: Date): TextCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { errors: [`the file is not valid JSON: ${describeJsonError(text, error)}`], warnings: [], summary: null };
  }
  const { directory, problems } = parseDirectory(json);
  if (problems.length > 0 || !directory) {
    return { errors: problems.map(formatProblem), warnings: [], summary: null };
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const active = directory.lines.filter((line) => line.active !== false).length;
  return {
    errors: [],
    // Paths in warnings index the parsed lines, which match the file only when no line was dropped.
    warnings: [...reviewWarnings(directory, now), ...editorialWarnings(directory)].map(formatProblem),
    summary: `${count(directory.lines.length, 'line')} (${active} active), ${count(directory.topics.length, 'topic')}, ${count(directory.regions.length, 'region')}: no problems`,
  };
}
