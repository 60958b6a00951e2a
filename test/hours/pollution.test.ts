/**
 * Opening hours, open states and alerts that a caller makes itself (plain
 * objects, with the prototype a polluted page has changed) give the same
 * answers as on a clean page. The directory's own objects are covered in
 * test/directory/pollution.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { Alert } from '../../src/directory/schema.js';
import { currentAlerts, nextAlertChange } from '../../src/hours/alerts.js';
import { nextChange, openState, type Hours, type OpenState } from '../../src/hours/hours.js';
import { statusText } from '../../src/hours/status-text.js';
import { translator } from '../../src/i18n/localize.js';
import { MONDAY_10AM_UK } from '../support/instants.js';
import { whilePolluted } from '../support/pollution.js';

const NOW = new Date(MONDAY_10AM_UK);
const t = translator('en');
const words = (state: OpenState, timeZone: string) => statusText(state, timeZone, { t, lang: 'en-GB', readerZone: timeZone, now: NOW.getTime() });
const describeState = (state: OpenState) => [state.status, state.open, nextChange(state)?.toISOString() ?? null];

describe('opening hours a caller makes, on a polluted page', () => {
  const always: Hours = { timeZone: 'Europe/London', always: true };
  const weekdays: Hours = { timeZone: 'Europe/London', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] };
  const shortDay: Hours = { ...weekdays, exceptions: [{ date: '2026-11-30', sessions: [{ opens: '09:00', closes: '12:00' }] }] };
  const closedDay: Hours = { ...weekdays, exceptions: [{ date: '2026-11-30', closed: true }] };
  // Odd but possible from a caller: no sessions at all, and an exception that names only its day.
  const none: Hours = { timeZone: 'Europe/London' };
  const bareDay: Hours = { ...weekdays, exceptions: [{ date: '2026-11-30' }] };

  const cases: [string, unknown][] = [
    ['always', true],
    ['weekly', [{ days: ['mon'], opens: '09:00', closes: '17:00' }]],
    ['exceptions', [{ date: '2026-11-30', closed: true }]],
    ['closed', true],
    ['sessions', [{ opens: '09:00', closes: '17:00' }]],
    ['-1', [0, 8.64e15]],
  ];
  for (const [key, value] of cases) {
    it(`gives the same states when Object.prototype[${JSON.stringify(key)}] is set`, () => {
      const all = () => [always, weekdays, shortDay, closedDay, none, bareDay].map((hours) => describeState(openState(hours, NOW)));
      const clean = all();
      expect(clean).to.deep.equal([
        ['always', true, null],
        ['open', true, '2026-11-30T17:00:00.000Z'],
        ['open', true, '2026-11-30T12:00:00.000Z'],
        ['closed', false, '2026-12-01T09:00:00.000Z'],
        ['closed', false, null],
        ['closed', false, '2026-12-01T09:00:00.000Z'],
      ]);
      expect(whilePolluted('Object.prototype', key, value, all)).to.deep.equal(clean);
    });
  }

  it('does not take a closing time from the prototype for a state that has none', () => {
    const open: OpenState = { status: 'open', open: true };
    const [change, text] = whilePolluted('Object.prototype', 'closesAt', new Date('2026-11-30T10:30:00Z'), () => [nextChange(open), words(open, 'Europe/London')]);
    expect([change, text]).to.deep.equal([undefined, 'Open now']);
  });

  // Intl reads the options it is not given from the prototype. Each case uses a zone no other
  // test has formatted yet, because formatters are cached per zone.
  const intl: [string, unknown, string][] = [
    ['hour12', true, 'America/Chicago'],
    ['calendar', 'hebrew', 'Asia/Tokyo'],
    ['numberingSystem', 'arab', 'Africa/Nairobi'],
    ['hourCycle', 'h11', 'America/Denver'],
  ];
  for (const [key, value, timeZone] of intl) {
    it(`works out hours and their words in ${timeZone} when Object.prototype.${key} is set before the first use`, () => {
      // 21:00 to 23:00 every day: 12-hour clocks, other calendars and other digits would all misread it.
      const evening: Hours = { timeZone, weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '21:00', closes: '23:00' }] };
      const run = () => {
        const state = openState(evening, NOW);
        return [...describeState(state), words(state, timeZone)];
      };
      const polluted = whilePolluted('Object.prototype', key, value, run);
      expect(polluted).to.deep.equal(run());
      expect(polluted[0]).to.equal('closed');
      expect(polluted[3]).to.match(/^Closed - opens at 21:00 (Monday|Tuesday)$/);
    });
  }
});

describe('alerts a caller makes, on a polluted page', () => {
  const outage: Alert = { text: { en: 'Phone line down' }, until: '2026-12-01T18:00:00Z' };

  it('shows an alert without `from` at once even when Object.prototype.from is set', () => {
    const run = () => [currentAlerts([outage], NOW).length, nextAlertChange([outage], NOW)];
    const clean = run();
    expect(clean).to.deep.equal([1, Date.parse('2026-12-01T18:00:00Z')]);
    expect(whilePolluted('Object.prototype', 'from', '2099-01-01', run)).to.deep.equal(clean);
  });
});
