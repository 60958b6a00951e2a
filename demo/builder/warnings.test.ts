import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import type { Directory, Line } from '../../src/directory/schema.js';
import { defaults, type BuilderConfig } from './config.js';
import { configWarnings, selectedLines } from './warnings.js';

const TODAY = new Date('2026-12-02T12:00:00Z');
const config = (over: Partial<BuilderConfig>): BuilderConfig => ({ ...defaults(), ...over });
const warn = (over: Partial<BuilderConfig>, directory: Directory = bundledDirectory, detected: string[] = []) =>
  configWarnings(config(over), { directory, today: TODAY, detected });

/** The bundled directory with some lines changed. */
function edited(change: (line: Line) => Line): Directory {
  return { ...bundledDirectory, lines: bundledDirectory.lines.map((line) => change({ ...line })) };
}

describe('configurator warnings', () => {
  it('says nothing about the Irish suicide box', () => {
    expect(warn({ topics: ['suicide'], region: 'IE' })).to.deep.equal([]);
  });

  it('names a picked line that does not serve the region, which the box leaves out', () => {
    const warnings = warn({ region: 'GB-NIR', lines: ['samaritans', 'rape-crisis-support-line', '988-lifeline'] });
    expect(warnings.filter((w) => w.place === 'lines').map((w) => w.lineId)).to.deep.equal(['rape-crisis-support-line', '988-lifeline']);
    expect(warnings[0].text).to.equal('Rape Crisis 24/7 Support Line does not serve Northern Ireland: the box will leave it out.');
    expect(selectedLines(config({ region: 'GB-NIR', lines: ['samaritans', 'rape-crisis-support-line'] }), bundledDirectory).map((l) => l.id)).to.deep.equal(['gb-emergency', 'samaritans']);
  });

  it('warns of a line past its review date, from the checker\'s own rule', () => {
    const stale = edited((line) => (line.id === 'samaritans-ie' ? { ...line, verified: '2025-10-01' } : line));
    const warnings = warn({ topics: ['suicide'], region: 'IE' }, stale);
    expect(warnings).to.deep.equal([
      { place: 'set', lineId: 'samaritans-ie', text: 'Samaritans: was last checked on 2025-10-01, more than 12 months ago; check the facts against the source again.' },
    ]);
  });

  it('shows the doubt of a line that rests on a secondary source', () => {
    const doubtful = edited((line) => (line.id === 'samaritans-ie' ? { ...line, confidence: 'secondary', doubt: 'The hours come from a 2024 press release.' } : line));
    const [warning] = warn({ topics: ['suicide'], region: 'IE' }, doubtful);
    expect(warning).to.deep.equal({
      place: 'set',
      lineId: 'samaritans-ie',
      text: 'Samaritans: Some of what the box shows rests on press or a third party, not the operator: The hours come from a 2024 press release.',
    });
  });

  it('shows a doubt even on an official line', () => {
    const doubtful = edited((line) => (line.id === 'samaritans-ie' ? { ...line, doubt: 'The number may change in 2027' } : line));
    expect(warn({ topics: ['suicide'], region: 'IE' }, doubtful).map((w) => w.text)).to.deep.equal(['Samaritans: There is a doubt: The number may change in 2027.']);
  });

  it('warns when no line besides the emergency one is open 24 hours, and names those that are', () => {
    const warnings = warn({ region: 'GB', lines: ['nspcc-helpline', 'stop-it-now'], topics: ['child-abuse'] });
    const night = warnings.find((w) => w.place === 'set');
    expect(night?.text).to.equal(
      'Besides Emergency services, no line in this box is open 24 hours: a reader at night may find every other line closed. Open 24 hours in United Kingdom for these topics: Police non-emergency and Childline.',
    );
    expect(warn({ region: 'GB', lines: ['nspcc-helpline', 'childline'] }).some((w) => w.text.includes('open 24 hours'))).to.equal(false);
  });

  it('asks for quick exit when the editor turned it off on a domestic abuse story', () => {
    expect(warn({ topics: ['domestic-abuse'], quickExit: false }).map((w) => w.place)).to.deep.equal(['quick-exit']);
    expect(warn({ topics: ['domestic-abuse'] })).to.deep.equal([]);
  });

  it('says which chosen topics the directory has no lines for', () => {
    expect(warn({ topics: ['stalking', 'suicide'] }).map((w) => w.text)).to.deep.equal(['The directory has no lines for stalking yet: the box ignores that topic.']);
  });

  it('says the box shows only the emergency line when nothing is chosen, and what auto finds', () => {
    expect(warn({}).map((w) => w.text)).to.deep.equal(['No topic or line is chosen: the box shows the emergency line only.']);
    expect(warn({ topics: ['auto'] }, bundledDirectory, ['suicide'])[0].text).to.contain('the detector finds Suicide: the fallback uses those');
  });
});
