/**
 * `helpline-box render --topic T --region R [...]`: one box, printed to
 * stdout in the asked format. A request with any problem prints each problem
 * to stderr and exits 1 with nothing on stdout, so a build step never copies
 * a partial box; `--fallback` prints the emergency line alone instead (exit
 * 0), with the problems still on stderr.
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeJsonError } from './check-text.js';
import { FORMATS, RenderError, renderBox, type Format } from '../render/index.js';

export const RENDER_USAGE =
  'usage: helpline-box render --topic T --region R [--lang L] [--lines IDS] [--audience A] [--heading H]\n' +
  '         [--heading-level N] [--variant full|compact] [--at ISO-INSTANT]\n' +
  '         [--format html|text|prerender|amp|apple-news]\n' +
  '         [--quick-exit [--exit-url URL]] [--report-url URL]\n' +
  '         [--directory FILE [--src URL]] [--stylesheet URL] [--fallback]\n' +
  '  prints the box for a story as HTML with inline styles (default), plain text, a prerendered\n' +
  '  <helpline-box> with a declarative shadow root, AMP markup, or Apple News Format components\n' +
  '  (JSON); no format has a script.\n' +
  '  --at shows each line\'s open-now status at that instant, marked "as of" it;\n' +
  '  --stylesheet links dist/helpline-box.css from a prerendered box instead of an inline <style>;\n' +
  '  --fallback prints the emergency line alone when the request has a problem, instead of failing';

const OPTIONS = {
  topic: { type: 'string' },
  region: { type: 'string' },
  lang: { type: 'string' },
  lines: { type: 'string' },
  audience: { type: 'string' },
  heading: { type: 'string' },
  'heading-level': { type: 'string' },
  variant: { type: 'string' },
  at: { type: 'string' },
  format: { type: 'string' },
  directory: { type: 'string' },
  src: { type: 'string' },
  stylesheet: { type: 'string' },
  fallback: { type: 'boolean' },
  'quick-exit': { type: 'boolean' },
  'exit-url': { type: 'string' },
  'report-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function fail(message: string, code: number): number {
  process.stderr.write(`helpline-box render: ${message}\n`);
  return code;
}

/** Runs the command; returns the exit code (0 printed, 1 a problem with the request, 2 a usage error). */
export async function renderCommand(args: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    process.stderr.write(`helpline-box render: ${error instanceof Error ? error.message : String(error)}\n${RENDER_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${RENDER_USAGE}\n`);
    return 0;
  }
  if (values.format !== undefined && !(FORMATS as readonly string[]).includes(values.format)) {
    return fail(`--format "${values.format}" is not one of ${FORMATS.join(', ')}`, 2);
  }
  let directory: unknown;
  if (values.directory !== undefined) {
    let text: string;
    try {
      text = readFileSync(values.directory, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : String(error);
      return fail(`${values.directory}: cannot be read: ${reason}`, 2);
    }
    try {
      directory = JSON.parse(text);
    } catch (error) {
      return fail(`${values.directory}: the file is not valid JSON: ${describeJsonError(text, error)}`, 1);
    }
  }
  try {
    const result = await renderBox({
      topic: values.topic,
      region: values.region ?? '',
      lang: values.lang,
      lines: values.lines,
      audience: values.audience,
      heading: values.heading,
      headingLevel: values['heading-level'],
      variant: values.variant,
      at: values.at,
      format: values.format as Format | undefined,
      directory,
      src: values.src,
      stylesheet: values.stylesheet,
      fallback: values.fallback,
      quickExit: values['quick-exit'],
      exitUrl: values['exit-url'],
      reportUrl: values['report-url'],
    });
    for (const problem of result.problems) process.stderr.write(`helpline-box render: ${problem}\n`);
    for (const note of result.notes) process.stderr.write(`helpline-box render: note: ${note}\n`);
    if (result.fellBack) process.stderr.write(`helpline-box render: --fallback: printed the emergency line alone, for region ${result.model.region}\n`);
    process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    for (const problem of error.problems) process.stderr.write(`helpline-box render: ${problem}\n`);
    const count = error.problems.length;
    return fail(`${count} ${count === 1 ? 'problem' : 'problems'}; nothing was printed (--fallback prints the emergency line alone)`, 1);
  }
}
