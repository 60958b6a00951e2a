import { expect, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LanguageController, languageWatch } from '../../src/controllers/language-controller.js';
import { SETTLE_MS } from '../support/instants.js';

/** A host with a language controller that records its warnings and counts its updates. */
class LanguageHost extends ReactiveElement {
  warnings: string[] = [];
  updates = 0;
  language = new LanguageController(this, (message) => this.warnings.push(message));
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('language-host', LanguageHost);

function mount(html: string): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = html;
  document.body.append(wrapper);
  return wrapper;
}

describe('LanguageController', () => {
  afterEach(() => {
    for (const wrapper of document.querySelectorAll('body > div')) wrapper.remove();
    document.documentElement.removeAttribute('lang');
  });

  it('shows English at once and the closest lang once its words arrive, and updateComplete can wait for them', async () => {
    const wrapper = mount('<section lang="cy-GB"><language-host></language-host></section>');
    const el = wrapper.querySelector<LanguageHost>('language-host')!;
    expect(el.language.lang).to.equal('en');
    expect(el.language.pending).to.be.an.instanceOf(Promise);
    await el.language.pending;
    // Words in Welsh; times formatted for the page's own tag.
    expect([el.language.lang, el.language.formatLang]).to.deep.equal(['cy', 'cy-GB']);
  });

  it('keeps the page regional English for time formats', async () => {
    const el = mount('<p lang="en-GB"><language-host></language-host></p>').querySelector<LanguageHost>('language-host')!;
    await el.updateComplete;
    expect([el.language.lang, el.language.formatLang]).to.deep.equal(['en', 'en-GB']);
  });

  it('warns once for a language the box is not written in, and shows English', async () => {
    const el = mount('<p lang="xx-YY"><language-host></language-host></p>').querySelector<LanguageHost>('language-host')!;
    await el.updateComplete;
    expect(el.language.lang).to.equal('en');
    expect(el.warnings).to.have.length(1);
    expect(el.warnings[0]).to.contain('"xx-YY"');
  });

  it('serves every box on the page with one observer, and stops it when the last box leaves', async () => {
    const before = languageWatch().boxes;
    const wrapper = mount('<language-host></language-host><language-host></language-host><language-host></language-host>');
    expect(languageWatch()).to.deep.equal({ boxes: before + 3, observing: true });
    const boxes = [...wrapper.querySelectorAll<LanguageHost>('language-host')];
    await Promise.all(boxes.map((el) => el.updateComplete));
    const updates = boxes.map((el) => el.updates);
    // A change of <html lang> reaches each box through the one observer.
    document.documentElement.lang = 'es';
    await waitUntil(() => boxes.every((el) => el.language.lang === 'es'), 'not every box followed <html lang>', { timeout: SETTLE_MS });
    expect(boxes.every((el, i) => el.updates > updates[i])).to.equal(true);
    wrapper.remove();
    expect(languageWatch().boxes).to.equal(before);
    if (before === 0) expect(languageWatch().observing).to.equal(false);
  });

  it('sees a lang inside another component shadow root at its next update', async () => {
    const outer = mount('<div></div>').firstElementChild!;
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="es"><language-host></language-host></div>';
    const el = root.querySelector<LanguageHost>('language-host')!;
    await el.updateComplete;
    await el.language.pending;
    expect(el.language.lang).to.equal('es');
    root.querySelector('div')!.lang = 'pl';
    el.requestUpdate();
    await el.updateComplete;
    await el.language.pending;
    expect(el.language.lang).to.equal('pl');
  });
});
