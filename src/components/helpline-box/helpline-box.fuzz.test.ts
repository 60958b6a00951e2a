import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { bundledDirectory } from '../../directory/bundled.js';
import { parseDirectory } from '../../directory/validate.js';
import { directoryFor, selectLines } from '../../directory/select.js';
import { mutatedDirectory, REGIONS } from '../../../test/support/fuzz-directory.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';

describe('fuzzing <helpline-box>', () => {
  // Monday 10:00 in London; the order is still compared as a set (it is tested at pinned instants elsewhere).
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('always shows an emergency number, whatever directory it is given', async () => {
    const errors = console.error;
    const warnings = console.warn;
    console.error = () => {};
    console.warn = () => {};
    try {
      await fc.assert(
        fc.asyncProperty(mutatedDirectory, fc.constantFrom(...REGIONS), async (input, region) => {
          const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse child-abuse" region=${region}></helpline-box>`);
          el.directory = input;
          // The box must end up showing exactly the lines the pure functions choose for this input
          // (in an order that also depends on the clock, so compared as a set).
          const parsed = parseDirectory(input).directory;
          const query = { topics: ['child-sexual-abuse', 'child-abuse'], region };
          const expected = selectLines(directoryFor(parsed, bundledDirectory, region), query).lines.map((l) => l.id).sort();
          const shown = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);
          await el.updateComplete;
          expect(shown().sort()).to.deep.equal(expected);
          const first = el.shadowRoot!.querySelector<HTMLElement>('[part~="line"]');
          expect(first?.dataset['urgency']).to.equal('emergency');
          const tel = first!.querySelector<HTMLAnchorElement>('a[data-channel="phone"]')!;
          expect(tel.getAttribute('href')).to.match(/^tel:\+?\d+$/);
          for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https:|tel:|sms:|mailto:)/);
          expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
          el.remove();
        }),
        { numRuns: 60 },
      );
    } finally {
      // The last box's check may still be settling; keep its expected messages out of the log.
      await new Promise((resolve) => setTimeout(resolve, 100));
      console.error = errors;
      console.warn = warnings;
    }
  });
});
