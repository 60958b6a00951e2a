import { expect } from '@open-wc/testing';
import { detectTopics } from '../../src/context/detect.js';
import { storyFromElement } from '../../src/context/story.js';

const mounted: Element[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

/**
 * Plain markup in the page, not `fixture()`: for an element that is not a component, fixture waits
 * for an animation frame, which a background tab never gets when test files run two at a time.
 */
function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  mounted.push(host);
  return host.firstElementChild as HTMLElement;
}

/** A news page as publishers build them: site furniture around an article with a box at the end. */
const page = () =>
  mount(`
    <div>
      <header>
        <nav><a href="/">Home</a> <a href="/crime">Crime and abuse news</a></nav>
      </header>
      <article>
        <h1>Man jailed for grooming girl he met online</h1>
        <p class="article__standfirst">He sent the 13-year-old <em>hundreds</em> of messages before arranging to meet her.</p>
        <figure>
          <img alt="" src="data:," />
          <figcaption>Suicide prevention charity volunteers at a stall (file picture)</figcaption>
        </figure>
        <p>The court heard he posed as a teenager.<br />Police found messages to four other girls.</p>
        <h2>Warning to parents</h2>
        <ul>
          <li>Keep devices in shared rooms.</li>
          <li><p>Talk to children about who they meet online.</p></li>
        </ul>
        <blockquote><p>We will find you, the detective said.</p></blockquote>
        <aside><h3>Read more</h3><p>Stalking horse bid for retailer</p></aside>
        <script>window.analytics = 'domestic abuse';</script>
        <form><button>Subscribe to our self-harm newsletter</button></form>
        <p hidden>Hidden text about eating disorders.</p>
        <helpline-box topic="auto"><p>Childline and the NSPCC can help with child sexual abuse.</p></helpline-box>
        <div class="comments"><p>Reader comment: this is domestic violence.</p></div>
      </article>
      <footer><p>Contact us about crime stories.</p></footer>
    </div>
  `);

describe('storyFromElement', () => {
  it('takes the headline from the first h1', () => {
    const el = page();
    expect(storyFromElement(el).headline).to.equal('Man jailed for grooming girl he met online');
  });

  it('takes the standfirst from an element whose class names one, inline elements and all', () => {
    const el = page();
    expect(storyFromElement(el).standfirst).to.equal('He sent the 13-year-old hundreds of messages before arranging to meet her.');
  });

  it('takes the body from paragraphs, headings, list items and blockquotes, one a line', () => {
    const el = page();
    expect(storyFromElement(el).body.split('\n')).to.deep.equal([
      'The court heard he posed as a teenager. Police found messages to four other girls.',
      'Warning to parents',
      'Keep devices in shared rooms.',
      'Talk to children about who they meet online.',
      'We will find you, the detective said.',
      'Reader comment: this is domestic violence.',
    ]);
  });

  it('leaves out navigation, captions, asides, scripts, forms, hidden text, footers and any helpline box', () => {
    const story = storyFromElement(page());
    const all = [story.headline, story.standfirst, story.body].join('\n');
    for (const left of ['Crime and abuse news', 'Suicide prevention', 'Stalking horse', 'analytics', 'self-harm', 'eating disorders', 'Childline', 'Contact us']) {
      expect(all, left).not.to.contain(left);
    }
  });

  it('leaves out the element it is told to', () => {
    const el = page();
    const comments = el.querySelector('.comments')!;
    expect(storyFromElement(el, comments).body).not.to.contain('domestic violence');
  });

  it('gives the fixture child sexual abuse, and nothing from the text it left out', () => {
    const el = page();
    const found = detectTopics(storyFromElement(el, el.querySelector('.comments')!), 'en-GB');
    expect(found.map((d) => d.topic)).to.deep.equal(['child-sexual-abuse']);
  });

  it('falls back to the first h2 for the headline and the first paragraph for the standfirst', () => {
    const el = mount(`
      <main>
        <h2>Refuges full as demand rises</h2>
        <p>Women escaping violent partners are being turned away.</p>
        <p>A charity says two in three requests could not be met.</p>
      </main>
    `);
    expect(storyFromElement(el)).to.deep.equal({
      headline: 'Refuges full as demand rises',
      standfirst: 'Women escaping violent partners are being turned away.',
      body: 'A charity says two in three requests could not be met.',
    });
  });

  it('finds a standfirst by itemprop', () => {
    const el = mount(`
      <article>
        <h1>Headline</h1>
        <p>First paragraph.</p>
        <div itemprop="description">The summary, in a div.</div>
      </article>
    `);
    const story = storyFromElement(el);
    expect(story.standfirst).to.equal('The summary, in a div.');
    expect(story.body).to.equal('First paragraph.');
  });

  it('gives empty parts for an element with no story in it', () => {
    const el = mount(`<div><nav><p>Menu</p></nav></div>`);
    expect(storyFromElement(el)).to.deep.equal({ headline: '', standfirst: '', body: '' });
  });
});
