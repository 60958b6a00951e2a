import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import { checkWallClock } from '../../controllers/refresh-controller.js';
import type { HelplineBox } from './helpline-box.js';
import { bundledDirectory } from '../../directory/bundled.js';
import { ManualClock, restoreClock } from '../../../test/support/manual-clock.js';

const SATURDAY_2330_GMT = '2026-11-28T23:30:00Z';
const MONDAY_0830_BST = '2026-06-01T07:30:00Z';

const lineIds = (el: HelplineBox) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);
const status = (el: HelplineBox, id: string) =>
  el.shadowRoot!.querySelector(`[part~="line"][data-line="${id}"] [part~="status"]`)?.textContent ?? null;

describe('<helpline-box> open now', () => {
  afterEach(restoreClock);

  it('shows the NSPCC line as closed on Saturday night with its next opening, and Childline open 24 hours', async () => {
    new ManualClock(SATURDAY_2330_GMT, 'Europe/London').install();
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
    expect(status(el, 'nspcc-helpline')).to.equal('Closed - opens at 9:00 AM Sunday');
    expect(status(el, 'childline')).to.equal('Open 24 hours');
    expect(status(el, 'gb-emergency')).to.equal('Open 24 hours');
    // Its hours are only on old pages, so the box does not claim it is open or closed.
    expect(status(el, 'stop-it-now')).to.equal('Check hours on the website');
    // Online report forms have no hours to show.
    expect(status(el, 'ceop')).to.equal(null);
  });

  it('shows the NSPCC line open at 08:30 BST on a Monday', async () => {
    new ManualClock(MONDAY_0830_BST, 'Europe/London').install();
    const el = await fixture<HelplineBox>(html`<helpline-box lines="nspcc-helpline"></helpline-box>`);
    expect(status(el, 'nspcc-helpline')).to.equal('Open now - closes at 10:00 PM');
  });

  it('labels times as UK time for a reader in another zone, with the same state', async () => {
    new ManualClock(SATURDAY_2330_GMT, 'America/New_York').install();
    const el = await fixture<HelplineBox>(html`<helpline-box lines="nspcc-helpline childline"></helpline-box>`);
    expect(status(el, 'nspcc-helpline')).to.equal('Closed - opens at 9:00 AM Sunday (UK time)');
    expect(status(el, 'childline')).to.equal('Open 24 hours');
  });

  it('puts an open line ahead of a closed one of the same kind, even in the editor\'s order, in that kind\'s places', async () => {
    // Friday 23:00 GMT: the NSPCC closed at 22:00; the domestic abuse helpline is open 24 hours.
    new ManualClock('2026-11-27T23:00:00Z', 'Europe/London').install();
    const el = await fixture<HelplineBox>(
      html`<helpline-box region="GB-ENG" lines="nspcc-helpline national-domestic-abuse-helpline childline"></helpline-box>`,
    );
    // The NSPCC brings Childline, its pair, right after it; then the NSPCC gives the open support line its
    // place, and Childline (crisis) keeps its own.
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'national-domestic-abuse-helpline', 'childline', 'nspcc-helpline']);
  });

  it('puts a line with unknown hours between open and closed ones', async () => {
    new ManualClock(SATURDAY_2330_GMT, 'Europe/London').install();
    const el = await fixture<HelplineBox>(html`<helpline-box region="GB-ENG" lines="nspcc-helpline stop-it-now national-domestic-abuse-helpline"></helpline-box>`);
    // Childline, the NSPCC's pair, keeps the crisis slot; the support lines go open, unknown, closed.
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'national-domestic-abuse-helpline', 'childline', 'stop-it-now', 'nspcc-helpline']);
  });

  it('keeps the editor\'s order among lines that are all open', async () => {
    new ManualClock('2026-11-30T10:00:00Z', 'Europe/London').install();
    const el = await fixture<HelplineBox>(html`<helpline-box region="GB-ENG" lines="national-domestic-abuse-helpline nspcc-helpline"></helpline-box>`);
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'national-domestic-abuse-helpline', 'nspcc-helpline', 'childline']);
  });

  it('refreshes at the next change while the page stays open, and stops when removed', async () => {
    // Friday 21:59 GMT: the NSPCC closes at 22:00.
    const clock = new ManualClock('2026-11-27T21:59:00Z', 'Europe/London').install();
    const el = await fixture<HelplineBox>(html`<helpline-box lines="nspcc-helpline"></helpline-box>`);
    expect(status(el, 'nspcc-helpline')).to.equal('Open now - closes at 10:00 PM');
    expect(clock.pending).to.deep.equal(['2026-11-27T22:00:00.000Z']);
    await clock.advanceTo('2026-11-27T22:00:00Z', () => el.updateComplete);
    expect(status(el, 'nspcc-helpline')).to.equal('Closed - opens at 9:00 AM Saturday');
    // Saturday 09:00 is eleven hours away: the box looks again at least hourly on the way.
    expect(clock.pending).to.deep.equal(['2026-11-27T23:00:00.000Z']);
    await clock.advanceTo('2026-11-28T09:00:00Z', () => el.updateComplete);
    expect(status(el, 'nspcc-helpline')).to.equal('Open now - closes at 6:00 PM');
    el.remove();
    expect(clock.pending).to.deep.equal([]);
  });

  it('shows the morning status at once on a phone woken from a night asleep, when the page is shown again', async () => {
    // Friday 21:59 GMT: the NSPCC closes at 22:00 and opens at 09:00 on Saturday.
    const clock = new ManualClock('2026-11-27T21:59:00Z', 'Europe/London').install();
    const el = await fixture<HelplineBox>(html`<helpline-box lines="nspcc-helpline"></helpline-box>`);
    await clock.advanceTo('2026-11-27T22:00:00Z', () => el.updateComplete);
    expect(status(el, 'nspcc-helpline')).to.equal('Closed - opens at 9:00 AM Saturday');
    // The phone sleeps until 09:30; its timers did not run. The reader unlocks it: the page is shown again.
    clock.jumpTo('2026-11-28T09:30:00Z');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect(status(el, 'nspcc-helpline')).to.equal('Open now - closes at 6:00 PM');
  });

  it('looks again when the wall clock jumps ahead of the page timers, even while the page stays visible', async () => {
    const clock = new ManualClock('2026-11-27T21:59:00Z', 'Europe/London').install();
    const el = await fixture<HelplineBox>(html`<helpline-box lines="nspcc-helpline"></helpline-box>`);
    checkWallClock();
    clock.jumpTo('2026-11-28T09:30:00Z');
    checkWallClock();
    await el.updateComplete;
    expect(status(el, 'nspcc-helpline')).to.equal('Open now - closes at 6:00 PM');
  });

  it('sets no timer when every line is open 24 hours', async () => {
    const clock = new ManualClock(SATURDAY_2330_GMT, 'Europe/London').install();
    await fixture<HelplineBox>(html`<helpline-box lines="samaritans"></helpline-box>`);
    expect(clock.pending).to.deep.equal([]);
  });

  it('tells the reader to check the website for a phone line without hours', async () => {
    new ManualClock(SATURDAY_2330_GMT, 'Europe/London').install();
    // The fixture waits for updateComplete, which waits for the directory (and the checker) to load.
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" src="/test/fixtures/small-directory.json"></helpline-box>`);
    expect(lineIds(el)).to.include('test-helpline');
    expect(status(el, 'test-helpline')).to.equal('Check hours on the website');
    await expect(el).to.be.accessible();
  });

  it('is accessible with open, closed and 24-hour lines', async () => {
    // Friday 19:00 GMT: the NSPCC is open, a line that closes at 17:00 on Fridays is closed.
    new ManualClock('2026-11-27T19:00:00Z', 'Europe/London').install();
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse"></helpline-box>`);
    const directory = structuredClone(bundledDirectory);
    directory.lines.find((l) => l.id === 'stop-it-now')!.contacts[0].hours = {
      timeZone: 'Europe/London',
      weekly: [{ days: ['fri'], opens: '09:00', closes: '17:00' }],
    };
    el.directory = directory;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-status="open"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-status="closed"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-status="always"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});
