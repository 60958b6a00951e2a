import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { collectPageErrors, loadClassicScript, telHrefs } from './bundle-helpers.js';
import type { HelplineBox } from '../src/components/helpline-box/helpline-box.js';

describe('dist/helpline-box.iife.js on a page', () => {
  it('defines the element, survives being loaded twice and beside the ES bundle', async () => {
    const page = collectPageErrors();
    try {
      await loadClassicScript('/dist/helpline-box.iife.js');
      await loadClassicScript('/dist/helpline-box.iife.js');
      await import(/* @vite-ignore */ '/dist/helpline-box.js' as string);
      expect(customElements.get('helpline-box')).to.be.a('function');
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });

  it('renders the seed story box from the bundled directory', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
    expect(telHrefs(el)).to.deep.equal(['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900']);
    await expect(el).to.be.accessible();
  });

  it('loads the directory checker from beside the script for a src directory', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" src="/test/fixtures/small-directory.json"></helpline-box>`);
    await waitUntil(() => telHrefs(el).includes('tel:+441234567890'), 'the src directory was not used');
    expect(telHrefs(el)).to.deep.equal(['tel:999', 'tel:+441234567890']);
  });

  it('ships the bundled directory beside the bundles', async () => {
    const response = await fetch('/dist/directory.json');
    const shipped = (await response.json()) as { lines: { id: string }[] };
    expect(shipped.lines.map((l) => l.id)).to.include.members(['gb-emergency', 'nspcc-helpline', 'childline', 'stop-it-now']);
  });
});
