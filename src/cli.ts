/**
 * `helpline-box validate FILE`: checks an edited directory before it is
 * self-hosted. Problems go to stderr, one per line with the JSON path and the
 * line id, and the exit code is 1; warnings (facts not checked for over a
 * year, ended alerts) go to stderr too but leave the exit code at 0.
 * Built to dist/cli.js by `vite build --mode cli`.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { checkDirectoryText } from './directory/check-text.js';

const USAGE = 'usage: helpline-box validate FILE\n  checks a helpline directory (JSON) and prints every problem with its JSON path';

function main(args: readonly string[]): number {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'validate' || !file || rest.length > 0) {
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
  const result = checkDirectoryText(text, new Date());
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

process.exitCode = main(process.argv.slice(2));
