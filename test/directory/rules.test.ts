import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { checkDirectoryText, describeJsonError } from '../../src/cli/check-text.js';
import { parseDirectory, reviewWarnings } from '../../src/directory/validate.js';
import type { Directory } from '../../src/directory/schema.js';

/** The day these fixtures were written; pinned so the stale-date rule does not drift. */
const NOW = new Date('2026-11-28T12:00:00Z');

const fixtureText = async (name: string) => {
  const response = await fetch(`/test/fixtures/broken/${name}.json`);
  expect(response.ok, name).to.equal(true);
  return response.text();
};

/** One broken file per rule, and exactly what `helpline-box validate` says about it. */
const BROKEN: [string, string[]][] = [
  ['javascript-url', ['$.lines[2].contacts[0].value (line "test-report"): must be an absolute https:// URL']],
  ['http-source', ['$.lines[1].source (line "test-helpline"): must be an absolute https:// URL']],
  ['bad-email', ['$.lines[1].contacts[1].value (line "test-helpline"): must be an email address']],
  ['duplicate-id', ['$.lines[2].id (line "test-helpline"): repeats the line id "test-helpline"; ids must be unique']],
  ['missing-emergency', ['$.regions[0]: region "GB" has no emergency line; every region must have one']],
  [
    'emergency-without-phone',
    [
      '$.lines[0].contacts (line "test-emergency"): is an emergency line without a phone number; it must have one',
      '$.regions[0]: region "GB" has no emergency line; every region must have one',
    ],
  ],
  ['unknown-topic', ['$.lines[1].topics[0] (line "test-helpline"): names the topic "knitting", which is not in the topics list']],
  ['unknown-region', ['$.lines[1].regions[0] (line "test-helpline"): names the region "FR", which is not in the regions list']],
  ['unknown-default-region', ['$.defaultRegion: names "FR", which is not in the regions list']],
  [
    'not-e164',
    ['$.lines[1].contacts[0].value (line "test-helpline"): must be E.164 ("+" then country code and number, no spaces) or a short code of 3 to 10 digits'],
  ],
  [
    'short-code-other-region',
    [
      '$.lines[0].contacts[0].value (line "test-emergency"): is the short code "911", which is not in the shortCodes of region "GB"; write the number in E.164 or list the code for that region',
      '$.lines[0].contacts[0].value (line "test-emergency"): dials 911 on an emergency line for GB, whose emergency numbers are 999 and 112 (textphone 18000); the line was left out',
      '$.regions[0]: region "GB" has no emergency line; every region must have one',
    ],
  ],
  ['missing-field', ['$.lines[1].verified (line "test-helpline"): is missing (expected string)']],
  [
    'alert-bad-date',
    ['$.lines[1].alerts[0].until (line "test-helpline"): must be a date written YYYY-MM-DD or a date-time with a time zone, e.g. 2026-12-24T18:00:00Z'],
  ],
  ['alert-ends-before-start', ['$.lines[1].alerts[0].from (line "test-helpline"): starts (2026-12-27) after the alert ends (2026-12-24)']],
];

describe('directory rules, one broken file each', () => {
  it('accepts the valid base file with no warning', async () => {
    const result = checkDirectoryText(await fixtureText('valid'), NOW);
    expect(result).to.deep.equal({ errors: [], warnings: [], summary: '3 lines (3 active), 1 topic, 1 region: no problems' });
  });

  for (const [name, expected] of BROKEN) {
    it(`rejects ${name}.json, naming the place`, async () => {
      const result = checkDirectoryText(await fixtureText(name), NOW);
      expect(result.errors).to.deep.equal(expected);
      expect(result.summary).to.equal(null);
    });
  }

  it('rejects truncated JSON with the line and column where it stops', async () => {
    const { errors } = checkDirectoryText(await fixtureText('truncated'), NOW);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.match(/^the file is not valid JSON: .*\(line 54, column 24; the file ends too early: is it cut off\?\)$/);
  });

  it('warns, without failing, about a line checked more than 12 months ago', async () => {
    const result = checkDirectoryText(await fixtureText('stale-verified'), NOW);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([
      '$.lines[1].verified (line "test-helpline"): was last checked on 2025-06-01, more than 12 months ago; check the facts against the source again',
    ]);
  });

  it('warns, without failing, about an alert that has ended', async () => {
    const result = checkDirectoryText(await fixtureText('ended-alert'), NOW);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal(['$.lines[1].alerts[0].until (line "test-helpline"): ended on 2026-01-02; it is no longer shown and can be removed']);
  });

  it('does not call a line stale on the day it turns 12 months old', () => {
    const dir = structuredClone<Directory>(bundledDirectory);
    dir.lines = dir.lines.slice(0, 1).map((line) => ({ ...line, verified: '2025-11-28' }));
    expect(reviewWarnings(dir, NOW)).to.deep.equal([]);
    dir.lines[0].verified = '2025-11-27';
    expect(reviewWarnings(dir, NOW).map((w) => w.path)).to.deep.equal(['$.lines[0].verified']);
  });
});

describe('short codes per region', () => {
  it('lets a subdivision line use its country short codes', () => {
    const dir = structuredClone<Directory>(bundledDirectory);
    Object.assign(dir.lines.find((l) => l.id === 'samaritans-welsh')!.contacts[0], { value: '116123', display: '116 123' });
    expect(parseDirectory(dir).problems).to.deep.equal([]);
  });

  it('rejects a code listed for one country on a line that also serves another', () => {
    const dir = structuredClone<Directory>(bundledDirectory);
    const index = dir.lines.findIndex((l) => l.id === 'us-emergency');
    dir.lines[index].regions.push('AU');
    expect(parseDirectory(dir).problems.map((p) => p.message)).to.deep.equal([
      'is the short code "911", which is not in the shortCodes of region "AU"; write the number in E.164 or list the code for that region',
      'dials 911 on an emergency line for AU, whose emergency numbers are 000 and 112 (textphone 106); the line was left out',
      // The only US emergency line was dropped with those problems.
      'region "US" has no emergency line; every region must have one',
    ]);
  });

  it('rejects a short code that is not all digits in the region list', () => {
    const dir = structuredClone<Directory>(bundledDirectory);
    const c = dir.regions[0].shortCodes!.push('99 9') - 1;
    expect(parseDirectory(dir).problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      `$.regions[0].shortCodes[${c}]: must be a short code of 3 to 10 digits, no spaces`,
    ]);
  });
});

describe('describeJsonError', () => {
  it('adds the line and column to a message that gives only a position', () => {
    const text = '{\n  "a": 1,\n  oops\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(describeJsonError(text, error)).to.match(/\(line 3, column 3\)$/);
  });

  it('says where empty input ends', () => {
    expect(describeJsonError('', new SyntaxError('Unexpected end of JSON input'))).to.equal(
      'Unexpected end of JSON input (line 1, column 1; the file ends too early: is it cut off?)',
    );
  });
});
