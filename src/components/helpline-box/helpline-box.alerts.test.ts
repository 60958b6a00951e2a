import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import type { Directory } from '../../directory/schema.js';
import { dayAfter } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';

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
    expect(alerts[0].closest<HTMLElement>('[part~="line"]')!.dataset['line']).to.equal('test-helpline');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes an alert down at the instant it ends, while the page stays open', async () => {
    const dir = alertDirectory();
    dir.lines[1].alerts = [{ text: { en: 'Phone line down' }, until: '2026-12-01T18:00:00Z' }];
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
