import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { currentAlerts, nextAlertChange } from '../src/alerts.js';
import type { HelplineBox } from '../src/components/helpline-box/helpline-box.js';
import type { Alert, Directory } from '../src/directory/schema.js';
import { dayAfter } from './instants.js';
import { pinClock } from './manual-clock.js';

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

/** Tuesday 1 December 2026, 17:00 UTC: the instant the box tests below run at. */
const NOW = '2026-12-01T17:00:00Z';

/** A small directory with a current alert, an ended one, a future one and an inactive line, around NOW. */
function alertDirectory(): Directory {
  const base = {
    operator: 'Test',
    topics: ['child-abuse'],
    regions: ['GB'],
    source: 'https://example.org/',
    verified: '2026-11-28',
  };
  return {
    version: 1,
    defaultRegion: 'GB',
    topics: [{ id: 'child-abuse', label: { en: 'Child abuse' } }],
    regions: [{ id: 'GB', name: { en: 'United Kingdom' }, shortCodes: ['999'] }],
    lines: [
      { ...base, id: 'test-emergency', name: 'Test emergency', eligibility: { en: 'Anyone' }, audiences: ['child'], urgency: 'emergency', contacts: [{ type: 'phone', value: '999', display: '999' }] },
      {
        ...base,
        id: 'test-helpline',
        name: 'Test helpline',
        eligibility: { en: 'Adults' },
        audiences: ['concerned-adult'],
        urgency: 'support',
        contacts: [{ type: 'phone', value: '+441234567890', display: '01234 567890' }],
        alerts: [
          { text: { en: '<b>Out of service</b> today: call 01234 000000 instead' }, until: dayAfter(NOW, 30) },
          { text: { en: 'An old notice' }, until: dayAfter(NOW, -30) },
          { text: { en: 'A notice for later' }, from: dayAfter(NOW, 10), until: dayAfter(NOW, 30) },
        ],
      },
      { ...base, id: 'test-closed', name: 'Closed helpline', eligibility: { en: 'Adults' }, audiences: ['concerned-adult'], urgency: 'support', active: false, contacts: [{ type: 'phone', value: '+441234567891', display: '01234 567891' }] },
    ],
  };
}

const shown = (el: HelplineBox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);

describe('<helpline-box> line alerts and inactive lines', () => {
  const clock = pinClock(NOW);

  it('shows only the current alert, on its own line, as text and never as markup', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" region="GB"></helpline-box>`);
    el.directory = alertDirectory();
    await el.updateComplete;
    const alerts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="alert"]')];
    expect(alerts.map((a) => a.textContent)).to.deep.equal(['<b>Out of service</b> today: call 01234 000000 instead']);
    expect(alerts[0]!.closest<HTMLElement>('[part~="line"]')!.dataset['line']).to.equal('test-helpline');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes an alert down at the instant it ends, while the page stays open', async () => {
    const dir = alertDirectory();
    dir.lines[1]!.alerts = [{ text: { en: 'Phone line down' }, until: '2026-12-01T18:00:00Z' }];
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" region="GB"></helpline-box>`);
    el.directory = dir;
    await el.updateComplete;
    const alertTexts = () => [...el.shadowRoot!.querySelectorAll('[part~="alert"]')].map((a) => a.textContent);
    expect(alertTexts()).to.deep.equal(['Phone line down']);
    await clock().advanceTo('2026-12-01T17:59:59Z', () => el.updateComplete);
    expect(alertTexts()).to.deep.equal(['Phone line down']);
    await clock().advanceTo('2026-12-01T18:00:00Z', () => el.updateComplete);
    expect(alertTexts()).to.deep.equal([]);
  });

  it('shows the alert in the compact variant too', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" region="GB" variant="compact"></helpline-box>`);
    el.directory = alertDirectory();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="alert"]').length).to.equal(1);
  });

  it('never shows an inactive line, by topic or when an editor picks it', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" region="GB"></helpline-box>`);
    el.directory = alertDirectory();
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['test-emergency', 'test-helpline']);
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.lines = 'test-closed test-helpline';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['test-emergency', 'test-helpline']);
    } finally {
      console.warn = warn;
    }
  });
});
