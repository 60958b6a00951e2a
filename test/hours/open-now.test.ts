import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import type { Line } from '../../src/directory/schema.js';
import { lineStatus, openFirst, statusContact, type LineStatus } from '../../src/hours/open-now.js';
import { translator } from '../../src/i18n/localize.js';
import { statusText } from '../../src/hours/status-text.js';

const line = (id: string): Line => bundledDirectory.lines.find((l) => l.id === id)!;
const SATURDAY_2330_GMT = '2026-11-28T23:30:00Z';
const MONDAY_0830_BST = '2026-06-01T07:30:00Z';

describe('lineStatus', () => {
  it('speaks for the NSPCC phone, not its email or form', () => {
    expect(statusContact(line('nspcc-helpline'))?.type).to.equal('phone');
    expect(lineStatus(line('nspcc-helpline'), new Date(SATURDAY_2330_GMT))?.state.status).to.equal('closed');
    expect(lineStatus(line('nspcc-helpline'), new Date(MONDAY_0830_BST))?.state.status).to.equal('open');
  });

  it('gives Childline and 999 as open 24 hours', () => {
    expect(lineStatus(line('childline'), new Date(SATURDAY_2330_GMT))?.state.status).to.equal('always');
    expect(lineStatus(line('gb-emergency'), new Date(SATURDAY_2330_GMT))?.state.status).to.equal('always');
  });

  it('gives no status to a line of online report forms only', () => {
    expect(lineStatus(line('ceop'), new Date(SATURDAY_2330_GMT))).to.equal(undefined);
  });

  it('gives a phone line without hours an unknown status', () => {
    const noHours: Line = { ...line('stop-it-now'), contacts: [{ type: 'phone', value: '+441234567890', display: '01234 567890' }] };
    expect(lineStatus(noHours, 0)).to.deep.equal({ state: { status: 'unknown', open: null } });
  });

  it('lets a contact keep its own hours over the line\'s', () => {
    const split: Line = {
      ...line('stop-it-now'),
      hours: { timeZone: 'Europe/London', always: true },
      contacts: [{ type: 'chat', value: 'https://example.org/chat', hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon'], opens: '09:00', closes: '10:00' }] } }],
    };
    expect(lineStatus(split, new Date(SATURDAY_2330_GMT))?.state.status).to.equal('closed');
  });
});

describe('openFirst', () => {
  const make = (id: string, urgency: Line['urgency']) => ({ id, urgency });
  type Item = ReturnType<typeof make>;
  const states: Record<string, LineStatus | undefined> = {
    open: { state: { status: 'open', open: true } },
    always: { state: { status: 'always', open: true } },
    closed: { state: { status: 'closed', open: false } },
    unknown: { state: { status: 'unknown', open: null } },
  };
  const order = (items: Item[]) => openFirst(items, (item) => states[item.id.split('-')[0]]).map((item) => item.id);

  it('moves an open line ahead of a closed one of the same urgency, in the same slots', () => {
    const items = [make('always-999', 'emergency'), make('closed-nspcc', 'support'), make('always-childline', 'crisis'), make('open-stop', 'support')];
    expect(order(items)).to.deep.equal(['always-999', 'open-stop', 'always-childline', 'closed-nspcc']);
  });

  it('never lifts a line above one of another urgency', () => {
    const items = [make('closed-a', 'crisis'), make('open-b', 'support')];
    expect(order(items)).to.deep.equal(['closed-a', 'open-b']);
  });

  it('keeps the curated order among lines in the same state, and puts unknown hours between open and closed', () => {
    const items = [make('closed-1', 'support'), make('unknown-2', 'support'), make('open-3', 'support'), make('open-4', 'support'), make('closed-5', 'support')];
    expect(order(items)).to.deep.equal(['open-3', 'open-4', 'unknown-2', 'closed-1', 'closed-5']);
  });

  it('never moves the emergency lines', () => {
    const items = [make('closed-nation', 'emergency'), make('always-country', 'emergency')];
    expect(order(items)).to.deep.equal(['closed-nation', 'always-country']);
  });
});

describe('statusText', () => {
  const t = translator('en');
  const context = (now: string, readerZone: string, lang = 'en') => ({ t: translator(lang), lang, readerZone, now: new Date(now).getTime() });
  const say = (id: string, now: string, readerZone: string, lang = 'en') => {
    const status = lineStatus(line(id), new Date(now))!;
    return statusText(status.state, status.timeZone, context(now, readerZone, lang));
  };

  it('says the NSPCC line is closed and opens at 9 on Sunday, to a reader in London', () => {
    expect(say('nspcc-helpline', SATURDAY_2330_GMT, 'Europe/London')).to.equal('Closed - opens at 9:00 AM Sunday');
  });

  it('labels the time as UK time for a reader in New York, and keeps it in UK time', () => {
    expect(say('nspcc-helpline', SATURDAY_2330_GMT, 'America/New_York')).to.equal('Closed - opens at 9:00 AM Sunday (UK time)');
  });

  it('says open now and when it closes', () => {
    expect(say('nspcc-helpline', MONDAY_0830_BST, 'Europe/London')).to.equal('Open now - closes at 10:00 PM');
  });

  it('names the day when an open line closes after midnight', () => {
    const state = { status: 'open', open: true, closesAt: new Date('2026-11-28T02:00:00Z') } as const;
    expect(statusText(state, 'Europe/London', context('2026-11-27T23:00:00Z', 'Europe/London'))).to.equal('Open now - closes at 2:00 AM Saturday');
  });

  it('gives the date when the next opening is more than six days away', () => {
    const state = { status: 'closed', open: false, opensAt: new Date('2027-01-04T09:00:00Z') } as const;
    expect(statusText(state, 'Europe/London', context('2026-12-24T18:00:00Z', 'Europe/London', 'en-GB'))).to.equal('Closed - opens at 9:00 Monday 4 January');
  });

  it('says open 24 hours for Childline, with no zone label', () => {
    expect(say('childline', SATURDAY_2330_GMT, 'America/Los_Angeles')).to.equal('Open 24 hours');
  });

  it('tells the reader to check the website when hours are unknown', () => {
    expect(statusText({ status: 'unknown', open: null }, undefined, context(SATURDAY_2330_GMT, 'Europe/London'))).to.equal('Check hours on the website');
  });

  it('formats times in the reader\'s language: 24-hour for en-GB', () => {
    expect(say('nspcc-helpline', MONDAY_0830_BST, 'Europe/London', 'en-GB')).to.equal('Open now - closes at 22:00');
  });

  it('names other zones with Intl\'s name for them', () => {
    const state = { status: 'closed', open: false, opensAt: new Date('2026-11-30T14:00:00Z') } as const;
    expect(statusText(state, 'America/New_York', context('2026-11-30T12:00:00Z', 'Europe/London'))).to.equal('Closed - opens at 9:00 AM Monday (Eastern Time)');
    expect(t('zone.uk')).to.equal('UK time');
  });
});
