/**
 * The bundles work out open and closed from a table of time zone offsets
 * built with Intl at build time, so no Intl formatter is made as a page loads.
 * The table must agree with Intl everywhere it covers, clock changes included.
 */
import { expect } from '@open-wc/testing';
import { offsetAt, openState, wallTime, type Hours } from '../../src/hours/hours.js';
import { buildZoneTable, tableOffset, useZoneTable } from '../../src/hours/zone-table.js';

const ZONES = ['Europe/London', 'Europe/Dublin', 'America/New_York', 'Australia/Sydney', 'Australia/Brisbane'];
const FROM = Date.UTC(2025, 0, 1);
const UNTIL = Date.UTC(2028, 0, 1);
const HOURS: Hours = { timeZone: 'Europe/London', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '22:00' }, { days: ['sat', 'sun'], opens: '09:00', closes: '18:00' }] };

describe('the zone table', () => {
  const table = buildZoneTable(ZONES, FROM, UNTIL);
  afterEach(() => useZoneTable(null));

  it('records London\'s clock changes to the minute: 01:00 UTC on the last Sundays of March and October', () => {
    const london = table.zones['Europe/London'];
    expect(london.slice(0, 6)).to.deep.equal([FROM, 0, Date.UTC(2025, 2, 30, 1), 3_600_000, Date.UTC(2025, 9, 26, 1), 0]);
    expect(table.zones['Australia/Brisbane']).to.deep.equal([FROM, 10 * 3_600_000]);
  });

  it('gives the same offsets and wall times as Intl, every 97 minutes for three years, in every zone', () => {
    const step = 97 * 60_000;
    for (const zone of ZONES) {
      const intl: number[] = [];
      for (let t = FROM; t < UNTIL; t += step) intl.push(offsetAt(zone, t));
      useZoneTable(table);
      const fromTable: number[] = [];
      for (let t = FROM; t < UNTIL; t += step) fromTable.push(offsetAt(zone, t));
      useZoneTable(null);
      expect(fromTable, zone).to.deep.equal(intl);
    }
  });

  it('gives the same open states as Intl around a clock change', () => {
    const instants = [Date.UTC(2026, 2, 28, 22), Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 2, 29, 7, 59), Date.UTC(2026, 9, 24, 21, 59), Date.UTC(2026, 9, 25, 8, 59)];
    const intl = instants.map((t) => openState(HOURS, t));
    useZoneTable(buildZoneTable(['Europe/London'], Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)));
    expect(instants.map((t) => openState(HOURS, t))).to.deep.equal(intl);
    expect(wallTime('Europe/London', Date.UTC(2026, 6, 1, 12))).to.equal(Date.UTC(2026, 6, 1, 13));
  });

  it('leaves a zone or an instant it does not cover to Intl', () => {
    useZoneTable(table);
    expect(tableOffset('Asia/Tokyo', Date.UTC(2026, 0, 1))).to.equal(undefined);
    expect(tableOffset('Europe/London', Date.UTC(2030, 0, 1))).to.equal(undefined);
    expect(offsetAt('Asia/Tokyo', Date.UTC(2026, 0, 1))).to.equal(9 * 3_600_000);
  });
});
