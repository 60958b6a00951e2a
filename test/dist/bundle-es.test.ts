import { expect, fixture, html } from '@open-wc/testing';
import { collectPageErrors, ES_BUNDLE, loadClassicScript, requestedLocales, SEED_ORDER, telHrefs } from './bundle-helpers.js';
import { pinDateNow, WEDNESDAY_NOON_UK } from '../support/instants.js';
import type { HelplineBox } from '../../src/components/helpline-box/helpline-box.js';

describe('dist/helpline-box.js on a page', () => {
  // Wednesday noon in London, unless a test says otherwise: the bundle reads the time through Date.now().
  let unpin = () => {};
  beforeEach(() => (unpin = pinDateNow(WEDNESDAY_NOON_UK)));
  afterEach(() => unpin());

  it('defines the element, survives being imported again and the classic bundle after it', async () => {
    const page = collectPageErrors();
    try {
      const mod = (await import(/* @vite-ignore */ ES_BUNDLE)) as { HelplineBox: unknown; TAG: string };
      await import(/* @vite-ignore */ `${ES_BUNDLE}?again`);
      await loadClassicScript('/dist/helpline-box.iife.js');
      expect(mod.TAG).to.equal('helpline-box');
      expect(customElements.get('helpline-box')).to.equal(mod.HelplineBox);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });

  for (const [name, at, expected] of SEED_ORDER) {
    it(`renders the seed story box in its open-first order on ${name}`, async () => {
      unpin();
      unpin = pinDateNow(at);
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
      expect(telHrefs(el)).to.deep.equal(expected);
    });
  }

  it('loads the directory checker from beside the module for a src directory', async () => {
    // The fixture waits for updateComplete, which waits for the directory to be fetched and checked.
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" src="/test/fixtures/small-directory.json"></helpline-box>`);
    expect(telHrefs(el)).to.deep.equal(['tel:999', 'tel:+441234567890']);
  });

  it('loads a right-to-left language from beside the module', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lang="ar" lines="childline"></helpline-box>`);
    const box = el.shadowRoot!.querySelector('section')!;
    expect([box.lang, box.dir]).to.deep.equal(['ar', 'rtl']);
    expect(requestedLocales()).to.deep.equal([`${location.origin}/dist/locales/ar.json`]);
  });
});
