/**
 * Runs in a browser whose own time zone is America/Los_Angeles (see the
 * `reader-in-los-angeles` group in web-test-runner.config.mjs): the same
 * instants must give the same states as in London, with UK times labelled.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { bundledDirectory } from '../../directory/bundled.js';
import { systemClock } from '../../hours/clock.js';
import { openState } from '../../hours/hours.js';
import { ManualClock, restoreClock } from '../../../test/support/manual-clock.js';

const SATURDAY_2330_GMT = '2026-11-28T23:30:00Z';
const MONDAY_0830_BST = '2026-06-01T07:30:00Z';
const status = (el: HelplineBox, id: string) =>
  el.shadowRoot!.querySelector(`[part~="line"][data-line="${id}"] [part~="status"]`)?.textContent ?? null;
const nspccPhone = bundledDirectory.lines.find((l) => l.id === 'nspcc-helpline')!.contacts[0].hours;

describe('a reader in Los Angeles', () => {
  afterEach(restoreClock);

  it('runs in a browser whose time zone is America/Los_Angeles', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    // The system clock names no zone (asking Intl is slow as a page loads); the page's offsets show it is not London's.
    expect(systemClock.timeZone()).to.equal(null);
    expect(new Date(SATURDAY_2330_GMT).getTimezoneOffset()).to.equal(480);
    // Saturday 23:30 in London is 15:30 the same day in Los Angeles (PST, UTC-8).
    expect(new Date(SATURDAY_2330_GMT).getHours()).to.equal(15);
  });

  it('gets the same open state from the hours module at each instant', () => {
    expect(openState(nspccPhone, new Date(SATURDAY_2330_GMT))).to.deep.equal({
      status: 'closed',
      open: false,
      opensAt: new Date('2026-11-29T09:00:00Z'),
    });
    expect(openState(nspccPhone, new Date(MONDAY_0830_BST))).to.deep.equal({
      status: 'open',
      open: true,
      closesAt: new Date('2026-06-01T21:00:00Z'),
    });
  });

  it('sees the NSPCC line closed on Saturday night in UK time, with its next opening, and Childline open 24 hours', async () => {
    new ManualClock(SATURDAY_2330_GMT).install();
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
    expect(status(el, 'nspcc-helpline')).to.equal('Closed - opens at 9:00 AM Sunday (UK time)');
    expect(status(el, 'childline')).to.equal('Open 24 hours');
    expect(status(el, 'gb-emergency')).to.equal('Open 24 hours');
  });

  it('sees the NSPCC line open at 08:30 BST on a Monday, which is Monday 00:30 in Los Angeles', async () => {
    new ManualClock(MONDAY_0830_BST).install();
    const el = await fixture<HelplineBox>(html`<helpline-box lines="nspcc-helpline"></helpline-box>`);
    expect(status(el, 'nspcc-helpline')).to.equal('Open now - closes at 10:00 PM (UK time)');
  });
});
