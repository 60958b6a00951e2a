import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { formatProblem, parseDirectory } from '../../src/directory/validate.js';
import type { Directory, Line } from '../../src/directory/schema.js';

/** A copy of the bundled directory and the index and copy of one of its lines. */
function withLine(id: string): { dir: Directory; index: number; line: Line } {
  const dir = structuredClone(bundledDirectory);
  const index = dir.lines.findIndex((line) => line.id === id);
  return { dir, index, line: dir.lines[index] };
}

const IGNORED = ' (these hours were ignored; the line is shown without them)';
const set = (target: object, key: string, value: unknown) => Object.assign(target, { [key]: value });

describe('parseDirectory: opening hours', () => {
  it('accepts the shipped hours', () => {
    const { line } = withLine('nspcc-helpline');
    expect(line.contacts[0].hours?.timeZone).to.equal('Europe/London');
    expect(parseDirectory(bundledDirectory).problems).to.deep.equal([]);
  });

  it('rejects an unknown time zone by name, and keeps the line without the hours', () => {
    const { dir, index, line } = withLine('nspcc-helpline');
    line.contacts[0].hours!.timeZone = 'Europe/Atlantis';
    const result = parseDirectory(dir);
    expect(result.problems.map(formatProblem)).to.deep.equal([
      `$.lines[${index}].contacts[0].hours.timeZone (line "nspcc-helpline"): names the time zone "Europe/Atlantis", which is not a known IANA time zone; use a name such as "Europe/London" (these hours were ignored; the line is shown without them)`,
    ]);
    const kept = result.directory!.lines.find((l) => l.id === 'nspcc-helpline')!;
    expect(kept.contacts[0].value).to.equal('+448088005000');
    expect(kept.contacts[0].hours).to.equal(undefined);
  });

  it('rejects a UTC offset in place of a time zone', () => {
    const { dir, index, line } = withLine('gb-emergency');
    line.hours!.timeZone = '+01:00';
    expect(parseDirectory(dir).problems.map(formatProblem)[0]).to.equal(
      `$.lines[${index}].hours.timeZone (line "gb-emergency"): must be an IANA time zone such as "Europe/London", not a UTC offset (these hours were ignored; the line is shown without them)`,
    );
  });

  it('rejects a time that is not HH:MM', () => {
    const { dir, index, line } = withLine('nspcc-helpline');
    set(line.contacts[0].hours!.weekly![0], 'opens', '9am');
    expect(parseDirectory(dir).problems.map(formatProblem)).to.deep.equal([
      `$.lines[${index}].contacts[0].hours.weekly[0].opens (line "nspcc-helpline"): must be a 24-hour time written HH:MM, from 00:00 to 24:00 (these hours were ignored; the line is shown without them)`,
    ]);
  });

  it('rejects hours that are both 24/7 and weekly, or neither', () => {
    const { dir, index, line } = withLine('gb-emergency');
    set(line.hours!, 'weekly', [{ days: ['mon'], opens: '09:00', closes: '17:00' }]);
    expect(parseDirectory(dir).problems.map((p) => p.path + ': ' + p.message.replace(IGNORED, ''))).to.deep.equal([
      `$.lines[${index}].hours.always: cannot be combined with "weekly"; 24/7 is its own value`,
    ]);
    const other = withLine('gb-emergency');
    delete other.line.hours!.always;
    expect(parseDirectory(other.dir).problems.map((p) => p.path + ': ' + p.message.replace(IGNORED, ''))).to.deep.equal([
      `$.lines[${other.index}].hours: must have "always": true or "weekly" sessions`,
    ]);
  });

  it('rejects an exception that both closes the day and lists sessions, and a repeated date', () => {
    const { dir, index, line } = withLine('childline');
    set(line.contacts[0].hours!, 'exceptions', [
      { date: '2026-12-25', closed: true, sessions: [{ opens: '10:00', closes: '12:00' }] },
      { date: '2026-12-25', closed: true },
    ]);
    expect(parseDirectory(dir).problems.map((p) => p.path + ': ' + p.message.replace(IGNORED, ''))).to.deep.equal([
      `$.lines[${index}].contacts[0].hours.exceptions[0]: must either close the day ("closed": true) or list its "sessions", not both`,
      `$.lines[${index}].contacts[0].hours.exceptions[1].date: repeats the date 2026-12-25`,
    ]);
  });

  it('rejects an unknown day', () => {
    const { dir, line } = withLine('nspcc-helpline');
    set(line.contacts[0].hours!.weekly![0], 'days', ['monday']);
    expect(parseDirectory(dir).problems[0].message).to.match(/^must be one of "mon", "tue"/);
  });
});
