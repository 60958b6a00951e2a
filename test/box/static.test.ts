import { expect } from '@open-wc/testing';
import { buildBox } from '../../src/box/model.js';
import { readOptions, type RawOptions } from '../../src/box/options.js';
import { boxToHtml, boxToText, escapeHtml } from '../../src/box/static.js';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { wordsFor } from '../../src/i18n/localize.js';

const model = (raw: RawOptions) => buildBox({ bundled: bundledDirectory, options: readOptions(raw).options, words: wordsFor('en') });
const seed = { topic: 'child-sexual-abuse', region: 'GB-ENG' };

describe('boxToHtml', () => {
  it('writes every number as a tel: link whose text shows the number, in the box order, with no script, class or custom element', () => {
    const html = boxToHtml(model(seed));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const tels = [...doc.querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(tels).to.deep.equal([
      ['tel:999', 'Call 999'],
      ['tel:101', 'Call 101'],
      ['tel:+448088005000', 'Call 0808 800 5000'],
      ['tel:+448001111', 'Call 0800 1111'],
      ['tel:+448081000900', 'Call 0808 1000 900'],
    ]);
    expect(doc.querySelector('script, [class], helpline-box, style, link')).to.equal(null);
    expect(doc.querySelector('h2')!.textContent).to.equal('Help and support');
  });

  it('shows each web link address as text, for places that strip links', () => {
    const doc = new DOMParser().parseFromString(boxToHtml(model(seed)), 'text/html');
    expect(doc.body.textContent).to.contain('www.ceop.police.uk/Safety-Centre');
    expect(doc.querySelector('a[href="https://www.ceop.police.uk/Safety-Centre/"]')!.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('keeps the heading level and escapes every text', () => {
    const html = boxToHtml(model({ ...seed, heading: '<img src=x onerror=alert(1)> & "help"', headingLevel: 3 }));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h3')!.textContent).to.equal('<img src=x onerror=alert(1)> & "help"');
    expect(doc.querySelector('img')).to.equal(null);
    expect(escapeHtml(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('boxToText', () => {
  it('lists every line with its numbers and addresses in full', () => {
    const text = boxToText(model({ topic: 'child-abuse', region: 'GB' }));
    expect(text.split('\n').slice(0, 4)).to.deep.equal(['Help and support', '', 'Emergency services (Emergency)', '  Anyone in immediate danger, or if someone\'s life is at risk right now']);
    expect(text).to.contain('  Call 0808 800 5000\n').and.contain('  Call 0800 1111\n').and.contain('https://www.nspcc.org.uk/');
  });
});

describe('the static renders with a quick exit and a corrections link', () => {
  it('give a plain link out and the corrections link, with no script', () => {
    const html = boxToHtml(model({ ...seed, quickExit: true, exitUrl: 'https://example.org/weather', reportUrl: 'mailto:corrections@example.org' }));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links[0]).to.deep.equal(['Exit this page', 'https://example.org/weather']);
    expect(links.at(-1)).to.deep.equal(['Number wrong? Tell us', 'mailto:corrections@example.org']);
    expect(boxToText(model({ ...seed, reportUrl: 'mailto:corrections@example.org' })).split('\n')[1]).to.equal('Number wrong? Tell us: corrections@example.org');
  });
});
