// `helpline-box validate FILE` run for real, as a publisher would, on the built dist/cli.js; and the
// JSON Schema the build writes beside it. Run by `npm test` after the build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function validate(...args) {
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const broken = (name) => `test/fixtures/broken/${name}.json`;

// Stale facts and ended alerts are judged on a pinned day, never on the day the suite runs.
const AS_OF = ['--as-of', '2026-12-01'];

describe('helpline-box validate', () => {
  it('is the package bin, an executable node script', () => {
    assert.deepEqual(pkg.bin, { 'helpline-box': 'dist/cli.js' });
    assert.match(readFileSync('dist/cli.js', 'utf8'), /^#!\/usr\/bin\/env node\n/);
    assert.ok(statSync('dist/cli.js').mode & 0o111, 'dist/cli.js is not executable');
  });

  it('passes the shipped directory and says what it checked, meeting every editorial rule', () => {
    const { code, out, err } = validate('validate', 'dist/directory.json', ...AS_OF);
    assert.equal(code, 0);
    assert.match(out, /^dist\/directory\.json: 85 lines \(85 active\), 11 topics, 8 regions: no problems\n$/);
    // The only warnings are the honest ones: sources that are themselves more than two years old (the
    // operators' current pages were not in the copies read), never an editorial rule broken.
    const warnings = err.split('\n').filter(Boolean);
    assert.ok(warnings.every((w) => /^dist\/directory\.json: warning: \$\.lines\[\d+\]\.sourceDate \(line "[a-z0-9-]+"\): rests on a source dated [\d-]+, more than 2 years ago/.test(w)), warnings.join('\n'));
  });

  for (const [name, message] of [
    ['javascript-url', '$.lines[2].contacts[0].value (line "test-report"): must be an absolute https:// URL'],
    ['duplicate-id', '$.lines[2].id (line "test-helpline"): repeats the line id "test-helpline"; ids must be unique'],
    ['missing-emergency', '$.regions[0]: region "GB" has no emergency line; every region must have one'],
  ]) {
    it(`rejects ${name}.json with the place and the line, and exits 1`, () => {
      const { code, out, err } = validate('validate', broken(name));
      assert.equal(code, 1);
      assert.equal(out, '');
      assert.equal(err, `${broken(name)}: error: ${message}\n${broken(name)}: 1 problem; the directory cannot be used as it is\n`);
    });
  }

  it('rejects truncated JSON with the line and column where it stops', () => {
    const { code, err } = validate('validate', broken('truncated'));
    assert.equal(code, 1);
    assert.match(err, /: error: the file is not valid JSON: .* \(line 54, column 24; the file ends too early: is it cut off\?\)\n/);
  });

  it('warns about a line checked more than 12 months ago and still exits 0', () => {
    const { code, out, err } = validate('validate', broken('stale-verified'), ...AS_OF);
    assert.equal(code, 0);
    assert.match(err, /warning: \$\.lines\[1\]\.verified \(line "test-helpline"\): was last checked on 2025-06-01, more than 12 months ago/);
    assert.match(out, /no problems/);
  });

  it('judges stale facts on the day --as-of names', () => {
    // 2025-06-01 is within 12 months of 2026-05-01 and more than 12 months before 2026-06-02.
    assert.equal(validate('validate', broken('stale-verified'), '--as-of', '2026-05-01').err, '');
    assert.match(validate('validate', broken('stale-verified'), '--as-of', '2026-06-02').err, /was last checked on 2025-06-01/);
    for (const bad of [['--as-of'], ['--as-of', 'tomorrow'], ['--as-of', '2026-02-30'], ['--since', '2026-01-01']]) {
      const run = validate('validate', broken('stale-verified'), ...bad);
      assert.equal(run.code, 2, bad.join(' '));
      assert.match(run.err, /^usage: helpline-box validate FILE \[--as-of YYYY-MM-DD\]/);
    }
  });

  it('explains its usage and exits 2 when called wrongly or the file is missing', () => {
    const usage = validate();
    assert.equal(usage.code, 2);
    assert.match(usage.err, /^usage: helpline-box validate FILE/);
    const missing = validate('validate', 'no/such/file.json');
    assert.equal(missing.code, 2);
    assert.equal(missing.err, 'no/such/file.json: cannot be read: there is no such file\n');
  });
});

describe('dist/directory.schema.json', () => {
  const schema = JSON.parse(readFileSync('dist/directory.schema.json', 'utf8'));
  const line = schema.properties.lines.items;

  it('is a draft 2020-12 JSON Schema generated from the zod schema', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.deepEqual(schema.required, ['version', 'defaultRegion', 'topics', 'regions', 'lines']);
  });

  it('lists every contact type, the urgencies and the audiences', () => {
    const types = line.properties.contacts.items.oneOf.flatMap((c) => c.properties.type.enum ?? [c.properties.type.const]);
    assert.deepEqual(types.sort(), ['chat', 'email', 'phone', 'report', 'sms', 'textphone', 'web']);
    assert.deepEqual(line.properties.urgency.enum, ['emergency', 'crisis', 'support', 'report']);
    assert.deepEqual(line.properties.audiences.items.enum, ['child', 'concerned-adult', 'worried-about-self', 'survivor']);
  });

  it('describes alerts, active and the per-region short codes, and requires https links', () => {
    assert.deepEqual(line.properties.alerts.items.required, ['text', 'until']);
    assert.equal(line.properties.active.type, 'boolean');
    assert.equal(schema.properties.regions.items.properties.shortCodes.items.pattern, '^\\d{3,10}$');
    assert.equal(line.properties.source.pattern, '^https:\\/\\/');
  });
});
