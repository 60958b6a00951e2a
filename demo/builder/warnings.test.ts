import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import type { Directory, Line } from '../../src/directory/schema.js';
import { defaults, type BuilderConfig } from './config.js';
import { configWarnings, selectedLines, type Warning } from './warnings.js';

const TODAY = new Date('2026-12-02T12:00:00Z');
const config = (over: Partial<BuilderConfig>): BuilderConfig => ({ ...defaults(), ...over });
const warn = (over: Partial<BuilderConfig>, directory: Directory = bundledDirectory, detected: string[] = []) =>
  configWarnings(config(over), { directory, today: TODAY, detected });

/** The bundled directory with some lines changed. */
function edited(change: (line: Line) => Line): Directory {
  return { ...bundledDirectory, lines: bundledDirectory.lines.map((line) => change({ ...line })) };
}

/**
 * What the editor is told about the Irish suicide box with the bundled directory: only what is unsure about
 * its lines (the checker's rule on sources older than two years, and each line's doubt), nothing of any other kind.
 */
const IRISH_SUICIDE: Warning[] = [
  { place: 'set', lineId: 'ie-emergency', text: 'Emergency services: rests on a source dated 2021-11-25, more than 2 years ago; find a newer page that states the facts.' },
  { place: 'set', lineId: 'pieta', text: 'Pieta Crisis Helpline: Some of what the box shows rests on press or a third party, not the operator: Number and text keyword only in press.' },
  { place: 'set', lineId: 'samaritans-ie', text: 'Samaritans: rests on a source dated 2013-12-10, more than 2 years ago; find a newer page that states the facts.' },
  { place: 'set', lineId: 'samaritans-ie', text: 'Samaritans: There is a doubt: No Samaritans Ireland contact page read.' },
  { place: 'set', lineId: 'text-50808', text: '50808: rests on a source dated 2020-06, more than 2 years ago; find a newer page that states the facts.' },
  { place: 'set', lineId: 'text-50808', text: '50808: Some of what the box shows rests on press or a third party, not the operator: Only launch press; keyword unclear (TALK or HELLO).' },
  { place: 'set', lineId: 'ispcc-childline', text: 'ISPCC Childline: rests on a source dated 2021-12-31, more than 2 years ago; find a newer page that states the facts.' },
  { place: 'set', lineId: 'ispcc-childline', text: 'ISPCC Childline: Some of what the box shows rests on press or a third party, not the operator: Number only in press; text and chat hours unknown.' },
];
/** The index in IRISH_SUICIDE of Samaritans' own doubt. */
const SAMARITANS_IE_DOUBT = 3;

describe('configurator warnings', () => {
  it('says nothing about the Irish suicide box but the age of its sources and its lines\' doubts', () => {
    expect(selectedLines(config({ topics: ['suicide'], region: 'IE' }), bundledDirectory).map((l) => l.id)).to.deep.equal([
      'ie-emergency', 'pieta', 'samaritans-ie', 'text-50808', 'ispcc-childline',
    ]);
    expect(warn({ topics: ['suicide'], region: 'IE' })).to.deep.equal(IRISH_SUICIDE);
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
    // The checker's warnings come in its order (the source's age, then the last check), then the line's doubt.
    expect(warnings).to.deep.equal([
      ...IRISH_SUICIDE.slice(0, SAMARITANS_IE_DOUBT),
      { place: 'set', lineId: 'samaritans-ie', text: 'Samaritans: was last checked on 2025-10-01, more than 12 months ago; check the facts against the source again.' },
      ...IRISH_SUICIDE.slice(SAMARITANS_IE_DOUBT),
    ]);
  });

  it('shows the doubt of a line that rests on a secondary source', () => {
    const doubtful = edited((line) => (line.id === 'samaritans-ie' ? { ...line, confidence: 'secondary', doubt: 'The hours come from a 2024 press release.' } : line));
    const warning: Warning = {
      place: 'set',
      lineId: 'samaritans-ie',
      text: 'Samaritans: Some of what the box shows rests on press or a third party, not the operator: The hours come from a 2024 press release.',
    };
    expect(warn({ topics: ['suicide'], region: 'IE' }, doubtful)).to.deep.equal(IRISH_SUICIDE.with(SAMARITANS_IE_DOUBT, warning));
  });

  it('shows a doubt even on an official line', () => {
    const doubtful = edited((line) => (line.id === 'samaritans-ie' ? { ...line, doubt: 'The number may change in 2027' } : line));
    expect(warn({ topics: ['suicide'], region: 'IE' }, doubtful).map((w) => w.text)).to.deep.equal(
      IRISH_SUICIDE.map((w) => w.text).with(SAMARITANS_IE_DOUBT, 'Samaritans: There is a doubt: The number may change in 2027.'),
    );
  });

  it('warns when no line besides the emergency one is open 24 hours, and names those that are', () => {
    expect(warn({ region: 'GB', lines: ['stop-it-now'], topics: ['child-abuse'] })).to.deep.equal([
      { place: 'lines', text: 'With lines picked, the topics no longer choose lines: the box shows the emergency line, then your lines in your order.' },
      { place: 'set', lineId: 'gb-emergency', text: 'Emergency services: There is a doubt: 112 is confirmed only by a 2009 BT notice.' },
      { place: 'set', lineId: 'stop-it-now', text: 'Stop It Now: There is a doubt: Hours only on an old page: none shown.' },
      {
        place: 'set',
        text: 'Besides Emergency services, no line in this box is open 24 hours: a reader at night may find every other line closed. Open 24 hours in United Kingdom for these topics: Police non-emergency and Childline.',
      },
    ]);
    // The NSPCC's adult line brings Childline, offered with it and open 24 hours: that box has a line for the night.
    expect(selectedLines(config({ region: 'GB', lines: ['nspcc-helpline', 'stop-it-now'] }), bundledDirectory).map((l) => l.id)).to.deep.equal([
      'gb-emergency', 'nspcc-helpline', 'childline', 'stop-it-now',
    ]);
    expect(warn({ region: 'GB', lines: ['nspcc-helpline', 'stop-it-now'], topics: ['child-abuse'] }).some((w) => w.text.includes('open 24 hours'))).to.equal(false);
    expect(warn({ region: 'GB', lines: ['nspcc-helpline', 'childline'] }).some((w) => w.text.includes('open 24 hours'))).to.equal(false);
  });

  it('asks for quick exit when the editor turned it off on a domestic abuse story', () => {
    // (The region is the default, the whole UK: the warning that it leaves out the nations' lines is tested below.)
    const notRegion = (w: Warning) => w.place !== 'region';
    const on = warn({ topics: ['domestic-abuse'] }).filter(notRegion);
    // With quick exit on, only what is unsure about the UK-wide domestic abuse lines (Men's Advice Line: an old source, and a doubt).
    expect(on.map((w) => [w.place, w.lineId])).to.deep.equal([
      ['set', 'gb-emergency'],
      ['set', 'mens-advice-line'],
      ['set', 'mens-advice-line'],
      ['set', 'galop-helpline'],
      ['set', 'karma-nirvana'],
      ['set', 'forced-marriage-unit'],
      ['set', 'respect-phoneline'],
      ['set', 'gb-police-non-emergency'],
    ]);
    expect(warn({ topics: ['domestic-abuse'], quickExit: false }).filter(notRegion)).to.deep.equal([
      ...on,
      { place: 'quick-exit', text: 'Quick exit is off for a story about domestic abuse: a reader whose abuser may see the screen needs a fast way out.' },
    ]);
  });

  it('says which chosen topics the directory has no lines for', () => {
    // The bundled directory now has stalking lines; a directory without the topic (as the bundled one was) is told.
    const noStalking: Directory = { ...bundledDirectory, topics: bundledDirectory.topics.filter((t) => t.id !== 'stalking') };
    const SUICIDE_GB = [
      'Emergency services: There is a doubt: 112 is confirmed only by a 2009 BT notice.',
      'Samaritans: There is a doubt: Email confirmed only by Full Fact.',
      'Shout: rests on a source dated 2024-11-04, more than 2 years ago; find a newer page that states the facts.',
      'Shout: There is a doubt: Off the bill only with most providers: not claimed.',
      'HOPELINE247: Some of what the box shows rests on press or a third party, not the operator: 24/7 only in press; overnight cover at risk in 2025.',
      'Childline: Some of what the box shows rests on press or a third party, not the operator: Not-on-bill and 24/7 only in press and NHS-list copies.',
    ];
    // (Leaving out the region warning about the nations' own lines, tested below.)
    const texts = (warnings: Warning[]) => warnings.filter((w) => w.place !== 'region').map((w) => w.text);
    expect(texts(warn({ topics: ['stalking', 'suicide'] }, noStalking))).to.deep.equal([
      'The directory has no lines for stalking yet: the box ignores that topic.',
      ...SUICIDE_GB,
    ]);
    expect(texts(warn({ topics: ['stalking', 'suicide'] }))).to.deep.equal([
      SUICIDE_GB[0],
      'National Stalking Helpline: There is a doubt: Only old hours found: none shown.',
      ...SUICIDE_GB.slice(1, 5),
      'Police non-emergency: There is a doubt: 101 costs 15p a call (older page); 24/7 only from the earlier police.uk check.',
      SUICIDE_GB[5],
    ]);
  });

  it('says the box shows only the emergency line when nothing is chosen, and what auto finds', () => {
    expect(warn({}).map((w) => w.text)).to.deep.equal([
      'Emergency services: There is a doubt: 112 is confirmed only by a 2009 BT notice.',
      'No topic or line is chosen: the box shows the emergency line only.',
    ]);
    expect(warn({ topics: ['auto'] }, bundledDirectory, ['suicide'])[0].text).to.contain('the detector finds Suicide: the fallback uses those');
  });

  it('says a picked line brings its partner, which the editor did not pick', () => {
    const over = { region: 'GB-WLS', lines: ['samaritans'] };
    expect(selectedLines(config(over), bundledDirectory).map((l) => l.id)).to.deep.equal(['gb-emergency', 'samaritans', 'samaritans-welsh']);
    expect(warn(over).filter((w) => w.place === 'lines')).to.deep.equal([
      {
        place: 'lines',
        lineId: 'samaritans-welsh',
        text: "The directory offers Samaritans (Welsh language) together with Samaritans: the box shows it beside it, though you did not pick it.",
      },
    ]);
    // Picked both, or in England, where the Welsh line does not serve: nothing to say.
    expect(warn({ region: 'GB-WLS', lines: ['samaritans', 'samaritans-welsh'] }).filter((w) => w.lineId === 'samaritans-welsh' && w.place === 'lines')).to.deep.equal([]);
    expect(warn({ region: 'GB-ENG', lines: ['samaritans'] }).filter((w) => w.place === 'lines')).to.deep.equal([]);
  });

  it("names every line of a picked line's group, its leader and the leader's other partners", () => {
    // A group of three: the NSPCC's line names Childline and (in this edited copy) Stop It Now. Picking Childline brings both.
    const grouped = edited((line) => (line.id === 'nspcc-helpline' ? { ...line, together: ['childline', 'stop-it-now'] } : line));
    const over = { region: 'GB-ENG', lines: ['childline'] };
    expect(selectedLines(config(over), grouped).map((l) => l.id)).to.deep.equal(['gb-emergency', 'childline', 'nspcc-helpline', 'stop-it-now']);
    expect(warn(over, grouped).filter((w) => w.place === 'lines').map((w) => [w.lineId, w.text])).to.deep.equal([
      ['nspcc-helpline', 'The directory offers NSPCC Helpline together with Childline: the box shows it beside it, though you did not pick it.'],
      ['stop-it-now', 'The directory offers Stop It Now together with Childline: the box shows it beside it, though you did not pick it.'],
    ]);
  });

  it("says a box for the whole UK leaves out each nation's own lines, and names them", () => {
    const warnings = warn({ topics: ['domestic-abuse'], region: 'GB' }).filter((w) => w.place === 'region');
    // Written from the directory, not from the warning's code: the domestic-abuse lines that serve one nation only.
    const own = bundledDirectory.lines.filter((line) => line.topics.includes('domestic-abuse') && line.urgency !== 'emergency' && !line.regions.includes('GB') && line.regions.some((r) => r.startsWith('GB-')));
    const count = (nation: string) => own.filter((line) => line.regions.includes(nation)).length;
    expect(own.map((line) => line.id)).to.include.members(['national-domestic-abuse-helpline', 'live-fear-free']);
    expect(warnings).to.deep.equal([
      {
        place: 'region',
        text: `With the region set to United Kingdom, the box leaves out the ${own.length} lines for this topic that serve only some of its nations (${count('GB-ENG')} in England, ${count('GB-SCT')} in Scotland, ${count('GB-WLS')} in Wales and ${count('GB-NIR')} in Northern Ireland). If the story is about one nation, choose it.`,
      },
    ]);
    // For children only, fewer lines are left out; the count follows the audience.
    const forChildren = warn({ topics: ['domestic-abuse'], region: 'GB', audience: 'child' }).filter((w) => w.place === 'region');
    const childOwn = own.filter((line) => line.audiences.includes('child'));
    if (childOwn.length > 0) expect(forChildren[0].text).to.contain(`leaves out the ${childOwn.length === 1 ? 'line' : `${childOwn.length} lines`} for this topic`);
    else expect(forChildren).to.deep.equal([]);
    // The default region is the UK too; a nation's box has nothing to say.
    expect(warn({ topics: ['domestic-abuse'] }).filter((w) => w.place === 'region')).to.deep.equal(warnings);
    expect(warn({ topics: ['domestic-abuse'], region: 'GB-SCT' }).filter((w) => w.place === 'region')).to.deep.equal([]);
    expect(warn({ topics: ['suicide'], region: 'IE' }).filter((w) => w.place === 'region')).to.deep.equal([]);
  });
});
