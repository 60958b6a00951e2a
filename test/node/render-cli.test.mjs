// `helpline-box render` run for real on the built dist/cli.js, as a publisher's build would: the seed
// story's box in each format, and every bad input with its exit code and message. Nothing is printed
// on stdout when a request has a problem, unless --fallback asks for the emergency line alone.
// Run by `npm test` after the build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

function render(...args) {
  const run = spawnSync(process.execPath, ['dist/cli.js', 'render', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const SEED = ['--topic', 'child-sexual-abuse', '--region', 'GB-ENG'];
const tels = (html) => [...html.matchAll(/href="(tel:[^"]+)"/g)].map((m) => m[1]);

describe('helpline-box/render', () => {
  it('is exported with its types, and is the function the command runs', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.deepEqual(pkg.exports['./render'], { types: './dist/types/src/render/index.d.ts', default: './dist/render.js' });
    assert.equal(pkg.exports['./helpline-box.css'], './dist/helpline-box.css');
    assert.match(readFileSync('dist/types/src/render/index.d.ts', 'utf8'), /renderBox/);
    assert.match(readFileSync('dist/types/src/render/render.d.ts', 'utf8'), /export declare function renderBox\(request: RenderRequest\): Promise<RenderResult>/);
    assert.match(readFileSync('dist/cli.js', 'utf8'), /from "\.\/render\.js"/);
    // Self-contained for node: no import of lit, zod or i18next, and no chunk beside it.
    assert.doesNotMatch(readFileSync('dist/render.js', 'utf8'), /^import .* from "(lit|zod|i18next)/m);
    const { renderBox } = await import('helpline-box/render');
    const { output } = await renderBox({ topic: 'child-abuse', region: 'GB', format: 'text' });
    assert.match(output, /^Help and support\n/);
  });
});

describe('helpline-box render', () => {
  it('prints the seed box as HTML with tap-to-call links for 999, 101, the NSPCC, Childline and Stop It Now, and no script', () => {
    const { code, out, err } = render(...SEED);
    assert.equal(err, '');
    assert.equal(code, 0);
    assert.deepEqual(tels(out), ['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900']);
    for (const text of ['Call 101', 'Call 0808 800 5000', 'Call 0808 1000 900', 'NSPCC Helpline', 'Stop It Now']) assert.ok(out.includes(text), text);
    assert.doesNotMatch(out, /<script|javascript:|\son\w+=|class=/i);
    assert.match(out, /^<section lang="en" dir="ltr" style="[^"]+"><h2 /);
  });

  it('prints no script in any format, and the numbers in each', () => {
    for (const format of ['html', 'text', 'prerender', 'amp', 'apple-news']) {
      const { code, out } = render(...SEED, '--format', format);
      assert.equal(code, 0, format);
      assert.doesNotMatch(out, /<script/i, format);
      for (const number of ['999', '101', '0808 800 5000', '0808 1000 900']) assert.ok(out.includes(number), `${format}: ${number}`);
    }
  });

  it('prints plain text for newsletters, with status "as of" the instant given', () => {
    const { code, out } = render(...SEED, '--format', 'text', '--at', '2026-12-05T03:00:00Z');
    assert.equal(code, 0);
    assert.match(out, /^Help and support\n\nEmergency services \(Emergency\)\n {2}Open 24 hours \(as of 2026-12-05 03:00 UTC\)\n/);
    assert.match(out, /NSPCC Helpline\n {2}Closed - opens at 9:00 Saturday \(UK time\) \(as of 2026-12-05 03:00 UTC\)\n/);
    // Open lines first, as the element orders them at that instant.
    assert.ok(out.indexOf('Stop It Now') < out.indexOf('NSPCC Helpline'));
  });

  it('leaves the status out without --at, and keeps the directory order', () => {
    const { out } = render(...SEED, '--format', 'text');
    assert.doesNotMatch(out, /Open|Closed|as of/);
    assert.ok(out.indexOf('NSPCC Helpline') < out.indexOf('Stop It Now'));
  });

  it('prints a prerendered element with a declarative shadow root, linking the stylesheet when asked', () => {
    const { code, out } = render(...SEED, '--format', 'prerender', '--stylesheet', '/helpline-box/helpline-box.css');
    assert.equal(code, 0);
    assert.match(out, /^<helpline-box topic="child-sexual-abuse" region="GB-ENG"><template shadowrootmode="open"><link rel="stylesheet" href="\/helpline-box\/helpline-box.css"><section class="box" part="box"/);
    assert.doesNotMatch(out, /<style|style="/);
    assert.match(render(...SEED, '--format', 'prerender').out, /<template shadowrootmode="open"><style>:host ?\{/);
  });

  it('writes the box in another language, with the directory texts translated', () => {
    const { code, out } = render('--topic', 'suicide', '--region', 'GB-WLS', '--lang', 'cy', '--format', 'text');
    assert.equal(code, 0);
    assert.doesNotMatch(out, /^Help and support/);
    assert.match(out, /999/);
  });

  it('notes on stderr, and still prints, a box whose topic has no line in the region but the emergency line', () => {
    // Every topic of the bundled directory has a line in every region, so a directory of the test's own.
    const { code, out, err } = render('--topic', 'stalking', '--region', 'GB', '--format', 'text', '--directory', 'test/fixtures/emergency-only-topic-directory.json');
    assert.equal(code, 0);
    assert.match(out, /Test emergency \(Emergency\)\n {2}Anyone in danger\n {2}Call 999\n$/);
    assert.equal(err, 'helpline-box render: note: the directory has no line for "stalking" in region "GB" but the emergency line; the box shows the emergency line alone\n');
  });

  it('renders an editor\'s lines from a directory of its own', () => {
    const { code, out } = render('--lines', 'test-helpline', '--region', 'GB', '--directory', 'test/fixtures/small-directory.json');
    assert.equal(code, 0);
    assert.deepEqual(tels(out), ['tel:999', 'tel:+441234567890']);
  });

  for (const [name, args, message] of [
    ['an unknown topic', ['--topic', 'knife-crime', '--region', 'GB'], 'topic "knife-crime" is not in the directory'],
    ['an unknown region', ['--topic', 'child-abuse', '--region', 'FR'], 'region "FR" is not in the directory'],
    ['an unknown line', ['--lines', 'nspcc-helpline no-such-line', '--region', 'GB'], 'line "no-such-line" is not in the directory'],
    ['another country\'s line', ['--lines', 'us-emergency', '--region', 'GB'], 'line "us-emergency" does not serve region "GB"'],
    ['an unknown language', ['--topic', 'child-abuse', '--region', 'GB', '--lang', 'fr'], 'language "fr" is not one the box is written in'],
    ['an unknown audience', ['--topic', 'child-abuse', '--region', 'GB', '--audience', 'parents'], 'audience "parents" is not one of'],
    ['a heading level out of range', ['--topic', 'child-abuse', '--region', 'GB', '--heading-level', '7'], 'heading-level "7" is not one of 2, 3, 4, 5, 6'],
    ['an instant without a zone', ['--topic', 'child-abuse', '--region', 'GB', '--at', '2026-12-05T03:00'], '--at "2026-12-05T03:00" is not an ISO 8601 instant with a zone'],
    ['no region', ['--topic', 'child-abuse'], 'a region is required'],
    ['no topic or lines', ['--region', 'GB'], 'a topic or a list of lines is required'],
    ['a broken directory', ['--topic', 'child-abuse', '--region', 'GB', '--directory', 'test/fixtures/broken/javascript-url.json'], 'the directory: $.lines[2].contacts[0].value (line "test-report"): must be an absolute https:// URL'],
    ['a prerender of a directory without src', ['--topic', 'child-abuse', '--region', 'GB', '--directory', 'test/fixtures/small-directory.json', '--format', 'prerender'], 'a prerendered box with a directory of its own needs src'],
  ]) {
    it(`refuses ${name}: the problem on stderr, nothing on stdout, exit 1`, () => {
      const { code, out, err } = render(...args);
      assert.equal(out, '');
      assert.equal(code, 1);
      assert.ok(err.includes(`helpline-box render: ${message}`), err);
      assert.match(err, /helpline-box render: \d+ problems?; nothing was printed \(--fallback prints the emergency line alone\)\n$/);
    });
  }

  it('names every problem of a request at once, without saying what the element would have shown instead', () => {
    const { code, err } = render('--topic', 'nope', '--region', 'XX', '--lang', 'xx');
    assert.equal(code, 1);
    assert.equal(
      err,
      'helpline-box render: language "xx" is not one the box is written in (en, en-US, cy, pl, ur, ar, pa, ro, es, ga)\n' +
        'helpline-box render: region "XX" is not in the directory\n' +
        'helpline-box render: topic "nope" is not in the directory\n' +
        'helpline-box render: 3 problems; nothing was printed (--fallback prints the emergency line alone)\n',
    );
  });

  it('with --fallback prints the emergency line alone, still naming the problems, and exits 0', () => {
    const { code, out, err } = render('--topic', 'knife-crime', '--region', 'IE', '--fallback');
    assert.equal(code, 0);
    assert.deepEqual(tels(out), ['tel:112', 'tel:999']);
    assert.match(err, /topic "knife-crime" is not in the directory\n.*--fallback: printed the emergency line alone, for region IE\n$/s);
    const prerender = render('--topic', 'knife-crime', '--region', 'GB-SCT', '--fallback', '--format', 'prerender');
    assert.match(prerender.out, /^<helpline-box region="GB-SCT"><template/);
    assert.deepEqual([...new Set(tels(prerender.out))], ['tel:999']);
  });

  it('explains its usage: exit 0 for --help, 2 for an unknown option, a bad format or a missing file', () => {
    const help = render('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /^usage: helpline-box render --topic T --region R/);
    for (const [args, message] of [
      [[...SEED, '--colour', 'red'], "Unknown option '--colour'"],
      [[...SEED, '--format', 'pdf'], '--format "pdf" is not one of html, text, prerender, amp, apple-news'],
      [[...SEED, '--directory', 'no/such.json'], 'no/such.json: cannot be read: there is no such file'],
    ]) {
      const run = render(...args);
      assert.equal(run.code, 2, args.join(' '));
      assert.equal(run.out, '');
      assert.ok(run.err.includes(message), run.err);
    }
  });
});
