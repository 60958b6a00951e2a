import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { collectPageErrors, ES_BUNDLE, interceptFetch, loadClassicScript, requestedLocales, SEED_ORDER, telHrefs } from './bundle-helpers.js';
import { pinDateNow, SETTLE_MS, WEDNESDAY_NOON_UK } from '../support/instants.js';
import type { HelplineBox } from '../../src/components/helpline-box/helpline-box.js';

describe('dist/helpline-box.iife.js on a page', () => {
  // Wednesday noon in London, unless a test says otherwise: the bundle reads the time through Date.now().
  let unpin = () => {};
  beforeEach(() => (unpin = pinDateNow(WEDNESDAY_NOON_UK)));
  afterEach(() => unpin());

  it('defines the element, survives being loaded twice and beside the ES bundle', async () => {
    const page = collectPageErrors();
    try {
      await loadClassicScript('/dist/helpline-box.iife.js');
      await loadClassicScript('/dist/helpline-box.iife.js');
      await import(/* @vite-ignore */ ES_BUNDLE);
      expect(customElements.get('helpline-box')).to.be.a('function');
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });

  for (const [name, at, expected] of SEED_ORDER) {
    it(`renders the seed story box from the bundled directory in its open-first order on ${name}`, async () => {
      unpin();
      unpin = pinDateNow(at);
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>`);
      expect(telHrefs(el)).to.deep.equal(expected);
      await expect(el).to.be.accessible();
    });
  }

  it('loads the directory checker from beside the script for a src directory', async () => {
    // The fixture waits for updateComplete, which waits for the directory to be fetched and checked.
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" src="/test/fixtures/small-directory.json"></helpline-box>`);
    expect(telHrefs(el)).to.deep.equal(['tel:999', 'tel:+441234567890']);
  });

  it('ships the bundled directory beside the bundles', async () => {
    const response = await fetch('/dist/directory.json');
    const shipped = (await response.json()) as { lines: { id: string }[] };
    expect(shipped.lines.map((l) => l.id)).to.include.members(['gb-emergency', 'nspcc-helpline', 'childline', 'stop-it-now']);
  });

  it('downloads only the language it shows, from beside the script', async () => {
    expect(requestedLocales()).to.deep.equal([]);
    const el = await fixture<HelplineBox>(html`<helpline-box lang="cy" topic="child-abuse"></helpline-box>`);
    expect(el.shadowRoot!.querySelector('#heading')!.textContent).to.equal('Cymorth a chefnogaeth');
    expect(requestedLocales()).to.deep.equal([`${location.origin}/dist/locales/cy.json`]);
    await fixture<HelplineBox>(html`<helpline-box lang="en-GB" topic="child-abuse"></helpline-box>`);
    expect(requestedLocales()).to.have.length(1);
  });

  it('shows English with a console notice when the language file is missing', async () => {
    const restore = interceptFetch('/locales/pl.json', () => Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' })));
    const warn = console.warn;
    const messages: string[] = [];
    console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
    const page = collectPageErrors();
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box lang="pl" topic="child-abuse"></helpline-box>`);
      expect(el.shadowRoot!.querySelector('#heading')!.textContent).to.equal('Help and support');
      expect(el.shadowRoot!.querySelector('section')!.lang).to.equal('en');
      expect(telHrefs(el)).to.include('tel:999');
      expect(messages.join('\n')).to.contain('"pl" language file').and.contain('404');
      expect(page.errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
      restore();
      page.stop();
    }
  });

  it('shows the English box at once while its language loads, and the language when it arrives', async () => {
    const restore = interceptFetch('/locales/es.json', async (real, input, init) => {
      await aTimeout(2500);
      return real(input, init);
    });
    try {
      const el = document.createElement('helpline-box');
      el.lang = 'es';
      el.topic = 'child-abuse';
      el.innerHTML = '<p>Call <a href="tel:999">999</a></p>';
      document.body.append(el);
      await aTimeout(200);
      // Never blank while a language loads: the emergency number is on screen, in English.
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.shadowRoot!.querySelector('#heading')?.textContent).to.equal('Help and support');
      expect(telHrefs(el)).to.include('tel:999');
      await waitUntil(() => el.shadowRoot!.querySelector('#heading')?.textContent === 'Ayuda y apoyo', 'the late language never replaced English', { timeout: SETTLE_MS });
      el.remove();
    } finally {
      restore();
    }
  });

  it('carries the UK lines and every emergency line, and loads another country\'s lines from beside the script', async () => {
    const requested = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/directory-'));
    expect(requested()).to.deep.equal([]);
    const el = document.createElement('helpline-box');
    el.setAttribute('topic', 'suicide');
    el.setAttribute('region', 'IE');
    document.body.append(el);
    // The Irish emergency numbers are in the bundle: on screen at once (the first render waits one task of
    // its own), before the Irish lines arrive.
    for (let task = 0; task < 2; task++) await new Promise((resolve) => setTimeout(resolve));
    expect(telHrefs(el).slice(0, 2)).to.deep.equal(['tel:112', 'tel:999']);
    await el.updateComplete;
    expect(telHrefs(el)).to.include.members(['tel:112', 'tel:999', 'tel:1800247247', 'tel:116123']);
    expect(requested()).to.deep.equal(['/dist/directory-IE.json']);
    el.remove();
  });
});
