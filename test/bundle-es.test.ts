import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { collectPageErrors, loadClassicScript, requestedLocales, telHrefs } from './bundle-helpers.js';
import type { HelplineBox } from '../src/components/helpline-box/helpline-box.js';

describe('dist/helpline-box.js on a page', () => {
  it('defines the element, survives being imported again and the classic bundle after it', async () => {
    const page = collectPageErrors();
    try {
      const mod = (await import(/* @vite-ignore */ '/dist/helpline-box.js' as string)) as { HelplineBox: unknown; TAG: string };
      await import(/* @vite-ignore */ '/dist/helpline-box.js?again' as string);
      await loadClassicScript('/dist/helpline-box.iife.js');
      expect(mod.TAG).to.equal('helpline-box');
      expect(customElements.get('helpline-box')).to.equal(mod.HelplineBox);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });

  it('renders the seed story box', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
    expect(telHrefs(el)).to.deep.equal(['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900']);
  });

  it('loads the directory checker from beside the module for a src directory', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" src="/test/fixtures/small-directory.json"></helpline-box>`);
    await waitUntil(() => telHrefs(el).includes('tel:+441234567890'), 'the src directory was not used');
  });

  it('loads a right-to-left language from beside the module', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box lang="ar" lines="childline"></helpline-box>`);
    const box = el.shadowRoot!.querySelector('section')!;
    expect([box.lang, box.dir]).to.deep.equal(['ar', 'rtl']);
    expect(requestedLocales()).to.deep.equal([`${location.origin}/dist/locales/ar.json`]);
  });
});
