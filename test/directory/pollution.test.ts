/**
 * A page whose scripts have polluted Object.prototype or Array.prototype (a
 * buggy library is enough) must get the same lines, statuses and alerts as a
 * clean page. Each field the data model reads is polluted on its own, with a
 * value that would change an answer, and every answer is compared with the
 * answer on a clean page.
 */
import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import type { Directory, HoursData, LocalizedText } from '../../src/directory/schema.js';
import { selectLines, type SelectionQuery } from '../../src/directory/select.js';
import { formatProblem, parseDirectory } from '../../src/directory/validate.js';
import { currentAlerts } from '../../src/hours/alerts.js';
import { nextChange } from '../../src/hours/hours.js';
import { lineStatus } from '../../src/hours/open-now.js';
import { statusText } from '../../src/hours/status-text.js';
import { translator } from '../../src/i18n/localize.js';
import { MONDAY_10AM_UK } from '../support/instants.js';
import { whilePolluted, type Polluted } from '../support/pollution.js';

const NOW = new Date(MONDAY_10AM_UK);

/**
 * Each field the directory, the hours, the alerts and the selection read, with
 * a value that would change what a reader sees if it were read from the prototype.
 */
export const POLLUTION: [string, unknown][] = [
  ['active', false],
  ['hours', { timeZone: 'Europe/London', weekly: [] }],
  ['always', true],
  ['weekly', [{ days: ['sun'], opens: '03:00', closes: '04:00' }]],
  ['exceptions', [{ date: '2026-11-30', closed: true }]],
  ['closed', true],
  ['sessions', []],
  ['alerts', [{ text: { en: 'Polluted alert' }, until: '2099-12-31' }]],
  ['from', '2099-01-01'],
  ['until', '2000-01-01'],
  ['urgency', 'emergency'],
  ['regions', ['US']],
  ['contacts', [{ type: 'phone', value: '911', display: '911' }]],
  ['display', '0900 000 000'],
  ['label', { en: 'Polluted label' }],
  ['interpreters', true],
  ['body', 'POLLUTED'],
  ['eligibility', { en: 'Polluted eligibility' }],
  ['shortCodes', ['911', '0900']],
  ['topics', ['crime']],
  ['lines', ['us-emergency']],
  ['audience', 'child'],
  ['region', 'US'],
  ['timeZone', 'Pacific/Kiritimati'],
  ['closesAt', new Date(0)],
  ['opensAt', new Date(0)],
  ['cy', 'Polluted Welsh'],
  ['note', 'Polluted note'],
  // Options Intl reads from the objects the hours code hands it.
  ['hour12', true],
  ['numberingSystem', 'arab'],
  ['calendar', 'hebrew'],
  // Index reads on an empty array reach the prototypes.
  ['-1', [0, 8.64e15]],
  ['0', { opens: '00:00', closes: '00:01' }],
];

const WHERE: Polluted[] = ['Object.prototype', 'Array.prototype'];

/**
 * The bundled directory with what it lacks today and a polluted field could
 * fake: an alert without `from`, and exceptions with and without `sessions`.
 */
function editedDirectoryText(): string {
  const json = JSON.parse(JSON.stringify(bundledDirectory)) as Directory;
  const nspcc = json.lines.find((line) => line.id === 'nspcc-helpline')!;
  nspcc.alerts = [{ text: { en: 'Phone lines close at 4pm on 24 December' }, until: '2026-12-24' }];
  nspcc.contacts[0].hours!.exceptions = [
    { date: '2026-11-30', sessions: [{ opens: '09:00', closes: '12:00' }] },
    { date: '2026-12-25', closed: true },
  ];
  return JSON.stringify(json);
}
const EDITED = editedDirectoryText();

const QUERIES: SelectionQuery[] = [
  { topics: ['child-sexual-abuse'], region: 'GB-ENG' },
  { topics: ['suicide'], region: 'GB-WLS', audience: 'worried-about-self' },
  // No topics, lines or audience: a query the caller leaves short.
  { region: 'GB' },
  { lines: ['nspcc-helpline', 'childline'] },
];

/** What the box reads from a directory, read the way it reads it (plain property access). */
function view(directory: Directory | null) {
  if (!directory) return null;
  const text = (t: LocalizedText | undefined) => t && [t.en, t['cy']];
  const hours = (h: HoursData | undefined) =>
    h && {
      timeZone: h.timeZone,
      always: h.always,
      weekly: h.weekly?.map((s) => [s.days, s.opens, s.closes]),
      exceptions: h.exceptions?.map((e) => [e.date, e.closed, e.sessions?.map((s) => [s.opens, s.closes])]),
    };
  return {
    defaultRegion: directory.defaultRegion,
    regions: directory.regions.map((r) => [r.id, r.shortCodes]),
    lines: directory.lines.map((line) => ({
      id: line.id,
      name: line.name,
      active: line.active,
      urgency: line.urgency,
      regions: line.regions,
      topics: line.topics,
      interpreters: line.interpreters,
      eligibility: text(line.eligibility),
      hours: hours(line.hours),
      alerts: line.alerts?.map((a) => [text(a.text), a.from, a.until]),
      contacts: line.contacts.map((c) => ({
        type: c.type,
        value: c.value,
        display: c.display,
        label: text(c.label),
        body: (c as { body?: string }).body,
        hours: hours(c.hours),
      })),
    })),
  };
}

const t = translator('en');

/** Every answer the pure functions give for the bundled directory and an edited copy of it. */
function answers() {
  const parsed = parseDirectory(JSON.parse(EDITED));
  const parsedBundled = parseDirectory(bundledDirectory);
  const directories = [bundledDirectory, parsed.directory!];
  return {
    problems: [...parsed.problems, ...parsedBundled.problems].map(formatProblem),
    views: [view(bundledDirectory), view(parsed.directory), view(parsedBundled.directory)],
    selections: directories.flatMap((directory) =>
      QUERIES.map((query) => {
        const selection = selectLines(directory, query);
        return [selection.region, selection.lines.map((l) => l.id), selection.warnings, selection.emergencyMissing];
      }),
    ),
    statuses: directories.flatMap((directory) =>
      directory.lines.map((line) => {
        const status = lineStatus(line, NOW);
        if (!status) return [line.id, null];
        const words = statusText(status.state, status.timeZone, { t, lang: 'en-GB', readerZone: 'Europe/London', now: NOW.getTime() });
        return [line.id, status.state.status, status.state.open, words, nextChange(status.state)?.toISOString() ?? null];
      }),
    ),
    alerts: directories.flatMap((directory) => directory.lines.map((line) => currentAlerts(line.alerts, NOW).map((a) => a.text.en))),
  };
}

describe('a page with polluted prototypes', () => {
  const clean = answers();

  it('has something to lose: the clean answers show 999 first, open 24 hours, and the edited alert', () => {
    const [region, ids] = clean.selections[0] as [string, string[]];
    expect([region, ids[0]]).to.deep.equal(['GB-ENG', 'gb-emergency']);
    expect(clean.statuses[0]).to.deep.equal(['gb-emergency', 'always', true, 'Open 24 hours', null]);
    expect(clean.alerts.flat()).to.deep.equal(['Phone lines close at 4pm on 24 December']);
    expect(clean.problems).to.deep.equal([]);
  });

  for (const where of WHERE) {
    for (const [key, value] of POLLUTION) {
      it(`gives the same lines, statuses, alerts and checks when ${where}[${JSON.stringify(key)}] is set`, () => {
        const polluted = whilePolluted(where, key, value, answers);
        expect(polluted.problems, 'parseDirectory problems').to.deep.equal(clean.problems);
        expect(polluted.views, 'the directories as the box reads them').to.deep.equal(clean.views);
        expect(polluted.selections, 'selectLines').to.deep.equal(clean.selections);
        expect(polluted.statuses, 'lineStatus and its words').to.deep.equal(clean.statuses);
        expect(polluted.alerts, 'currentAlerts').to.deep.equal(clean.alerts);
      });
    }
  }

  it('leaves no pollution behind', () => {
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
    expect(Object.keys(Array.prototype)).to.deep.equal([]);
  });
});
