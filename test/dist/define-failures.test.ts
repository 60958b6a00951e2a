/**
 * When the box cannot define itself or make its shadow root, it says why in
 * one console error and the fallback content stays. Each case runs the
 * classic script in a fresh iframe: its own window, its own element registry.
 */
import { expect } from '@open-wc/testing';

interface Frame {
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
  uncaught: string[];
}

/** An iframe whose page runs `before` (as a page script would), then loads the classic script. */
async function pageWithBox(before: (win: Window & typeof globalThis) => void): Promise<Frame> {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  await new Promise((resolve) => setTimeout(resolve));
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  doc.body.innerHTML = '<helpline-box topic="child-abuse"><p id="fallback">Call 999 in an emergency.</p></helpline-box>';
  const frame: Frame = { win, doc, errors: [], uncaught: [] };
  win.console.error = (...args: unknown[]) => frame.errors.push(args.map(String).join(' '));
  win.addEventListener('error', (event) => frame.uncaught.push(event.message));
  before(win);
  await new Promise<void>((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = '/dist/helpline-box.iife.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('could not load the classic script'));
    doc.head.append(script);
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return frame;
}

const fallbackShows = (frame: Frame) => frame.doc.getElementById('fallback')!.getClientRects().length > 0;

describe('the classic script on a page where the box cannot start', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('says so when another element already has the name, and leaves the fallback', async () => {
    const frame = await pageWithBox((win) => win.customElements.define('helpline-box', class extends win.HTMLElement {}));
    expect(frame.errors).to.have.length(1);
    expect(frame.errors[0]).to.contain('another script has already defined a different <helpline-box>').and.contain('helpline-box/element');
    expect(frame.uncaught).to.deep.equal([]);
    expect(fallbackShows(frame)).to.equal(true);
  });

  it('says so when a page script has replaced customElements.define', async () => {
    const frame = await pageWithBox((win) => {
      win.customElements.define = () => undefined;
    });
    expect(frame.errors).to.have.length(1);
    expect(frame.errors[0]).to.contain('customElements.define did not register <helpline-box>');
    expect(fallbackShows(frame)).to.equal(true);
  });

  it('says so when customElements.define throws', async () => {
    const frame = await pageWithBox((win) => {
      win.customElements.define = () => {
        throw new Error('registry locked');
      };
    });
    expect(frame.errors[0]).to.contain('customElements.define refused <helpline-box>').and.contain('registry locked');
    expect(frame.uncaught).to.deep.equal([]);
    expect(fallbackShows(frame)).to.equal(true);
  });

  it('says so when a page script has taken the shadow root, and throws nothing into the page', async () => {
    const frame = await pageWithBox((win) => {
      win.document.querySelector('helpline-box')!.attachShadow({ mode: 'closed' }).innerHTML = '<slot></slot>';
    });
    expect(frame.errors).to.have.length(1);
    expect(frame.errors[0]).to.contain('could not make its shadow root');
    expect(frame.uncaught).to.deep.equal([]);
    expect(fallbackShows(frame)).to.equal(true);
  });

  it('says nothing when a second copy of the box is already defined', async () => {
    const frame = await pageWithBox(() => {});
    const again = frame.doc.createElement('script');
    again.src = '/dist/helpline-box.js';
    again.type = 'module';
    frame.doc.head.append(again);
    await new Promise((resolve) => (again.onload = resolve));
    expect(frame.errors).to.deep.equal([]);
    expect(frame.doc.querySelector('helpline-box')!.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
  });
});
