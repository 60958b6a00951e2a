import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { showAllLines } from '../../../test/support/box.js';
import { pinClock } from '../../../test/support/manual-clock.js';

interface AccessibleLink {
  name: string;
  description: string;
}

/** The page's links as Chromium's accessibility tree exposes them to screen readers. */
const accessibleLinks = () => executeServerCommand<AccessibleLink[], undefined>('accessible-links');

describe('<helpline-box> accessible names', () => {
  // Monday 10:00 in London: every line with hours is open.
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('names the helpline in each call link, keeps the visible text in the name and gives the digits one by one', async () => {
    await fixture<HelplineBox>(html`<helpline-box lines="nspcc-helpline"></helpline-box>`);
    const links = await accessibleLinks();
    expect(links.find((l) => l.name.startsWith('Call 0808'))).to.deep.equal({
      name: 'Call 0808 800 5000, NSPCC Helpline',
      description: '0 8 0 8, 8 0 0, 5 0 0 0',
    });
    expect(links.find((l) => l.name.startsWith('Call 999'))).to.deep.equal({
      name: 'Call 999, Emergency services',
      description: '9 9 9',
    });
  });

  it('gives every link of the seed box a name with its visible text and its helpline', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
    await showAllLines(el);
    const links = await accessibleLinks();
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="action"]')];
    expect(links.length).to.equal(shown.length);
    shown.forEach((a, i) => {
      const words = a.querySelector('span')!.cloneNode(true) as HTMLElement;
      words.querySelector('.unseen-words')!.remove();
      const visible = words.textContent.trim();
      expect(visible).to.match(/\S/);
      const line = a.closest('[part~="line"]')!.querySelector('[part~="name"]')!.textContent.trim();
      expect(links[i].name, visible).to.contain(visible).and.contain(line);
    });
  });

  it('describes a text-message number digit by digit too', async () => {
    await fixture<HelplineBox>(html`<helpline-box lines="shout"></helpline-box>`);
    const links = await accessibleLinks();
    expect(links.find((l) => l.name.includes('85258'))?.description).to.equal('8 5 2 5 8');
  });
});
