import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { openState, wallToInstant, type Hours } from '../../src/hours/hours.js';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | undefined) => date?.toISOString();

const nspccPhone: Hours = {
  timeZone: 'Europe/London',
  weekly: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '22:00' },
    { days: ['sat', 'sun'], opens: '09:00', closes: '18:00' },
  ],
};

describe('openState', () => {
  it('shows the NSPCC phone line closed at 23:30 on a Saturday, opening at 09:00 on Sunday', () => {
    // 28 November 2026 is a Saturday; London is on GMT (UTC+0).
    const state = openState(nspccPhone, at('2026-11-28T23:30:00Z'));
    expect(state.status).to.equal('closed');
    expect(state.open).to.equal(false);
    expect(iso(state.status === 'closed' ? state.opensAt : undefined)).to.equal('2026-11-29T09:00:00.000Z');
  });

  it('shows the NSPCC phone line open at 08:30 BST on a Monday, closing at 22:00 BST', () => {
    // 08:30 BST is 07:30 UTC.
    const state = openState(nspccPhone, at('2026-06-01T07:30:00Z'));
    expect(state).to.deep.equal({ status: 'open', open: true, closesAt: at('2026-06-01T21:00:00Z') });
  });

  it('treats the closing minute as closed and the opening minute as open', () => {
    expect(openState(nspccPhone, at('2026-06-01T21:00:00Z')).status).to.equal('closed');
    expect(openState(nspccPhone, at('2026-06-01T20:59:59Z')).status).to.equal('open');
    expect(openState(nspccPhone, at('2026-06-01T07:00:00Z')).status).to.equal('open');
    expect(openState(nspccPhone, at('2026-06-01T06:59:59Z')).status).to.equal('closed');
  });

  it('gives the same answer for an epoch number and a Date', () => {
    const instant = Date.UTC(2026, 5, 1, 7, 30);
    expect(openState(nspccPhone, instant)).to.deep.equal(openState(nspccPhone, new Date(instant)));
  });

  it('opens at 09:00 BST, not GMT, on the Sunday the clocks go forward', () => {
    // 29 March 2026: at 01:00 UTC London goes from GMT to BST.
    const state = openState(nspccPhone, at('2026-03-28T23:30:00Z'));
    expect(iso(state.status === 'closed' ? state.opensAt : undefined)).to.equal('2026-03-29T08:00:00.000Z');
    expect(openState(nspccPhone, at('2026-03-29T08:00:00Z')).status).to.equal('open');
    expect(openState(nspccPhone, at('2026-03-29T07:59:00Z')).status).to.equal('closed');
  });

  it('opens at 09:00 GMT, not BST, on the Sunday the clocks go back', () => {
    // 25 October 2026: at 01:00 UTC London goes from BST back to GMT.
    const state = openState(nspccPhone, at('2026-10-24T23:30:00Z'));
    expect(iso(state.status === 'closed' ? state.opensAt : undefined)).to.equal('2026-10-25T09:00:00.000Z');
    expect(openState(nspccPhone, at('2026-10-25T08:30:00Z')).status).to.equal('closed');
    const open = openState(nspccPhone, at('2026-10-25T09:00:00Z'));
    expect(iso(open.status === 'open' ? open.closesAt : undefined)).to.equal('2026-10-25T18:00:00.000Z');
  });

  it('runs a session past midnight into the next day', () => {
    const lateNight: Hours = { timeZone: 'Europe/London', weekly: [{ days: ['fri'], opens: '22:00', closes: '02:00' }] };
    // Saturday 01:00 GMT belongs to Friday's session.
    const state = openState(lateNight, at('2026-11-28T01:00:00Z'));
    expect(state).to.deep.equal({ status: 'open', open: true, closesAt: at('2026-11-28T02:00:00Z') });
    const after = openState(lateNight, at('2026-11-28T02:00:00Z'));
    expect(iso(after.status === 'closed' ? after.opensAt : undefined)).to.equal('2026-12-04T22:00:00.000Z');
  });

  it('runs an overnight session across the night the clocks go back, an hour longer', () => {
    const overnight: Hours = { timeZone: 'Europe/London', weekly: [{ days: ['sat'], opens: '22:00', closes: '06:00' }] };
    const state = openState(overnight, at('2026-10-25T03:00:00Z'));
    // 22:00 BST (21:00 UTC) to 06:00 GMT (06:00 UTC): eight hours on the clock, nine real hours.
    expect(state).to.deep.equal({ status: 'open', open: true, closesAt: at('2026-10-25T06:00:00Z') });
    expect(openState(overnight, at('2026-10-24T21:00:00Z')).status).to.equal('open');
  });

  it('opens a session timed in the skipped hour at the moment the clocks jump forward', () => {
    const early: Hours = { timeZone: 'Europe/London', weekly: [{ days: ['sun'], opens: '01:30', closes: '04:00' }] };
    const state = openState(early, at('2026-03-29T00:30:00Z'));
    // 01:30 never shows on London clocks that night: they jump from 01:00 GMT to 02:00 BST at 01:00 UTC.
    expect(iso(state.status === 'closed' ? state.opensAt : undefined)).to.equal('2026-03-29T01:00:00.000Z');
  });

  it('opens a session timed in the repeated hour at its first occurrence when the clocks go back', () => {
    const early: Hours = { timeZone: 'Europe/London', weekly: [{ days: ['sun'], opens: '01:30', closes: '04:00' }] };
    const state = openState(early, at('2026-10-24T23:00:00Z'));
    // 01:30 happens twice: 00:30 UTC (BST) and 01:30 UTC (GMT).
    expect(iso(state.status === 'closed' ? state.opensAt : undefined)).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('closes a bank holiday that an exception closes, and reopens the next day', () => {
    const hours: Hours = { ...nspccPhone, exceptions: [{ date: '2026-12-28', closed: true }] };
    const state = openState(hours, at('2026-12-28T08:30:00Z'));
    expect(iso(state.status === 'closed' ? state.opensAt : undefined)).to.equal('2026-12-29T08:00:00.000Z');
    // The Sunday before is untouched.
    expect(openState(hours, at('2026-12-27T10:00:00Z')).status).to.equal('open');
  });

  it('uses an exception day\'s own sessions instead of the weekly ones', () => {
    const hours: Hours = { ...nspccPhone, exceptions: [{ date: '2026-12-24', sessions: [{ opens: '10:00', closes: '14:00' }] }] };
    expect(openState(hours, at('2026-12-24T09:00:00Z')).status).to.equal('closed');
    expect(openState(hours, at('2026-12-24T13:00:00Z'))).to.deep.equal({ status: 'open', open: true, closesAt: at('2026-12-24T14:00:00Z') });
  });

  it('keeps a session from the night before running into an exception day', () => {
    const hours: Hours = {
      timeZone: 'Europe/London',
      weekly: [{ days: ['sun'], opens: '20:00', closes: '02:00' }],
      exceptions: [{ date: '2026-12-28', closed: true }],
    };
    expect(openState(hours, at('2026-12-28T01:00:00Z')).status).to.equal('open');
  });

  it('calls a 24/7 line open 24 hours, with no change to wait for', () => {
    expect(openState({ timeZone: 'Europe/London', always: true }, at('2026-11-28T23:30:00Z'))).to.deep.equal({ status: 'always', open: true });
  });

  it('closes a 24/7 line on its exception day and says when', () => {
    const hours: Hours = { timeZone: 'Europe/London', always: true, exceptions: [{ date: '2026-12-25', closed: true }] };
    expect(openState(hours, at('2026-12-24T12:00:00Z'))).to.deep.equal({ status: 'open', open: true, closesAt: at('2026-12-25T00:00:00Z') });
    expect(openState(hours, at('2026-12-25T12:00:00Z'))).to.deep.equal({ status: 'closed', open: false, opensAt: at('2026-12-26T00:00:00Z') });
    // Once the exception is out of sight, it is plain 24/7 again.
    expect(openState(hours, at('2027-02-01T12:00:00Z')).status).to.equal('always');
  });

  it('merges back-to-back sessions into one opening', () => {
    const hours: Hours = { timeZone: 'Europe/London', weekly: [{ days: ['mon'], opens: '08:00', closes: '12:00' }, { days: ['mon'], opens: '12:00', closes: '17:00' }] };
    expect(openState(hours, at('2026-06-01T09:00:00Z'))).to.deep.equal({ status: 'open', open: true, closesAt: at('2026-06-01T16:00:00Z') });
  });

  it('handles split sessions on one day', () => {
    const hours: Hours = { timeZone: 'Europe/London', weekly: [{ days: ['mon'], opens: '09:00', closes: '12:00' }, { days: ['mon'], opens: '14:00', closes: '17:00' }] };
    const lunch = openState(hours, at('2026-11-30T13:00:00Z'));
    expect(iso(lunch.status === 'closed' ? lunch.opensAt : undefined)).to.equal('2026-11-30T14:00:00.000Z');
  });

  it('says unknown when there are no hours', () => {
    expect(openState(undefined, at('2026-11-28T23:30:00Z'))).to.deep.equal({ status: 'unknown', open: null });
  });

  it('reads hours in their own zone: a New York line at 09:00 New York time', () => {
    const ny: Hours = { timeZone: 'America/New_York', weekly: [{ days: ['mon'], opens: '09:00', closes: '17:00' }] };
    // 14:00 UTC is 09:00 EST on 30 November 2026.
    expect(openState(ny, at('2026-11-30T14:00:00Z')).status).to.equal('open');
    expect(openState(ny, at('2026-11-30T13:59:00Z')).status).to.equal('closed');
  });

  it('says closed with no opening when nothing opens in the next two weeks', () => {
    const hours: Hours = {
      timeZone: 'Europe/London',
      weekly: [{ days: ['mon'], opens: '09:00', closes: '17:00' }],
      exceptions: [{ date: '2026-12-28', closed: true }, { date: '2027-01-04', closed: true }, { date: '2027-01-11', closed: true }],
    };
    expect(openState(hours, at('2026-12-27T12:00:00Z'))).to.deep.equal({ status: 'closed', open: false });
  });
});

describe('wallToInstant', () => {
  it('maps every London wall time of 2026 to an instant that shows that time, or to the clock change it falls in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 - 1 }), (minute) => {
        const wall = Date.UTC(2026, 0, 1) + minute * 60_000;
        const instant = wallToInstant('Europe/London', wall);
        const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', dateStyle: 'short', timeStyle: 'short' }).format(instant);
        const expected = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hourCycle: 'h23', dateStyle: 'short', timeStyle: 'short' }).format(wall);
        // The skipped hour on 29 March: 01:00-01:59 map to the jump, shown as 02:00.
        if (wall >= Date.UTC(2026, 2, 29, 1) && wall < Date.UTC(2026, 2, 29, 2)) return instant === Date.UTC(2026, 2, 29, 1);
        return shown === expected;
      }),
      { numRuns: 2000 },
    );
  });
});
