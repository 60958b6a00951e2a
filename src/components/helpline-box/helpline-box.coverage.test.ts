import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import { bundledDirectory as dir } from '../../directory/bundled.js';
import type { HelplineBox } from './helpline-box.js';
import { countryOf } from '../../directory/region.js';
import { selectLines } from '../../directory/select.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';

const TOPICS = dir.topics.map((t) => t.id);
const REGIONS = dir.regions.map((r) => r.id);
const EMERGENCY: Record<string, string> = { GB: 'gb-emergency', IE: 'ie-emergency', US: 'us-emergency', AU: 'au-emergency' };

describe('<helpline-box> for every topic and region', () => {
  // Monday 10:00 in London; the order is compared as a set beyond the emergency line.
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('renders each box with the lines the selection chose, emergency first, and each line\'s numbers as tap-to-call links', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box></helpline-box>`);
    for (const region of REGIONS) {
      for (const topic of TOPICS) {
        el.region = region;
        el.topic = topic;
        await el.updateComplete;
        const lines = selectLines(dir, { region, topics: [topic] }).lines;
        const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')];
        // Open lines move up within their urgency, so compare the order only for the emergency line.
        expect(items[0]?.dataset['line'], `${region} ${topic}`).to.equal(EMERGENCY[countryOf(region)]);
        expect(items.map((li) => li.dataset['line']).sort(), `${region} ${topic}`).to.deep.equal(lines.map((l) => l.id).sort());
        for (const li of items) {
          const line = lines.find((l) => l.id === li.dataset['line'])!;
          const tel = [...li.querySelectorAll<HTMLAnchorElement>('a[data-channel="phone"]')].map((a) => a.getAttribute('href'));
          expect(tel, `${region} ${topic} ${line.id}`).to.deep.equal(line.contacts.filter((c) => c.type === 'phone').map((c) => `tel:${c.value}`));
        }
      }
    }
  });
});
