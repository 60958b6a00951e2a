import { expect } from '@open-wc/testing';
import { currentAlerts, nextAlertChange } from '../../src/hours/alerts.js';
import type { Alert } from '../../src/directory/schema.js';

const texts = (alerts: Alert[]) => alerts.map((a) => a.text.en);
const holiday: Alert = { text: { en: 'Closed over the holiday' }, from: '2026-12-24', until: '2026-12-27' };
const outage: Alert = { text: { en: 'Phone line down' }, until: '2026-12-01T18:00:00Z' };

describe('currentAlerts', () => {
  it('shows a date-only alert from the start of its first day to the end of its last day, in local time', () => {
    expect(texts(currentAlerts([holiday], new Date(2026, 11, 23, 23, 59)))).to.deep.equal([]);
    expect(texts(currentAlerts([holiday], new Date(2026, 11, 24, 0, 0)))).to.deep.equal(['Closed over the holiday']);
    expect(texts(currentAlerts([holiday], new Date(2026, 11, 27, 23, 59)))).to.deep.equal(['Closed over the holiday']);
    expect(texts(currentAlerts([holiday], new Date(2026, 11, 28, 0, 0)))).to.deep.equal([]);
  });

  it('ends a date-time alert at that exact instant', () => {
    expect(texts(currentAlerts([outage], new Date('2026-12-01T17:59:59Z')))).to.deep.equal(['Phone line down']);
    expect(texts(currentAlerts([outage], new Date('2026-12-01T18:00:00Z')))).to.deep.equal([]);
  });

  it('shows an alert without a start at once, and keeps the directory order', () => {
    const now = new Date(2026, 11, 25, 12, 0);
    expect(texts(currentAlerts([outage, holiday, { text: { en: 'Changed number' }, until: '2027-01-31' }], now))).to.deep.equal([
      'Closed over the holiday',
      'Changed number',
    ]);
  });

  it('hides an alert whose date cannot be read rather than showing it for ever', () => {
    expect(currentAlerts([{ text: { en: 'x' }, until: 'soon' }], new Date(2026, 0, 1))).to.deep.equal([]);
  });

  it('gives nothing for a line without alerts', () => {
    expect(currentAlerts(undefined, new Date('2026-12-01T12:00:00Z'))).to.deep.equal([]);
  });

  it('says when the next alert starts or ends, so the box can look again then', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(nextAlertChange([outage], now)).to.equal(Date.parse('2026-12-01T18:00:00Z'));
    expect(nextAlertChange([outage, holiday], now)).to.equal(Date.parse('2026-12-01T18:00:00Z'));
    expect(nextAlertChange([holiday], now)).to.equal(new Date(2026, 11, 24).getTime());
    expect(nextAlertChange([outage], new Date('2026-12-02T00:00:00Z'))).to.equal(null);
    expect(nextAlertChange(undefined, now)).to.equal(null);
  });
});
