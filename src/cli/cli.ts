/**
 * `helpline-box render ...`: one box as HTML, text, AMP or a prerendered
 * element (see render-command.ts).
 *
 * `helpline-box validate FILE [--as-of YYYY-MM-DD]`: checks an edited
 * directory before it is self-hosted. Problems go to stderr, one per line with
 * the JSON path and the line id, and the exit code is 1; warnings (facts not
 * checked for over a year, ended alerts) go to stderr too but leave the exit
 * code at 0. `--as-of` judges those warnings on another day than today (the
 * day a story goes out, or a pinned day in tests).
 * Built to dist/cli.js by `vite build --mode cli`.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { checkDirectoryText } from './check-text.js';
import { RENDER_USAGE, renderCommand } from './render-command.js';

const USAGE =
  'usage: helpline-box validate FILE [--as-of YYYY-MM-DD]\n' +
  '  checks a helpline directory (JSON) and prints every problem with its JSON path;\n' +
  '  --as-of judges stale facts and ended alerts on that day instead of today\n' +
  RENDER_USAGE;

/** `--as-of YYYY-MM-DD` as an instant (that day's noon UTC), today without it, null when it is unreadable. */
function asOf(rest: readonly string[]): Date | null {
  if (rest.length === 0) return new Date();
  const [flag, day, ...more] = rest;
  if (flag !== '--as-of' || !day || more.length > 0 || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const at = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== day ? null : at;
}

function main(args: readonly string[]): number {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const now = asOf(rest);
  if (command !== 'validate' || !file || !now) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : String(error);
    process.stderr.write(`${file}: cannot be read: ${reason}\n`);
    return 2;
  }
  const result = checkDirectoryText(text, now);
  for (const error of result.errors) process.stderr.write(`${file}: error: ${error}\n`);
  for (const warning of result.warnings) process.stderr.write(`${file}: warning: ${warning}\n`);
  if (result.errors.length > 0) {
    const count = result.errors.length;
    process.stderr.write(`${file}: ${count} ${count === 1 ? 'problem' : 'problems'}; the directory cannot be used as it is\n`);
    return 1;
  }
  process.stdout.write(`${file}: ${result.summary ?? 'no problems'}\n`);
  return 0;
}

const args = process.argv.slice(2);
if (args[0] === 'render') {
  renderCommand(args.slice(1)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`helpline-box render: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
} else {
  process.exitCode = main(args);
}
