/**
 * A box is not always shown in the document that made it: CMS previews and
 * editors move rendered boxes into iframes, and some pages build a box in one
 * document and append it to another.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { pinClock } from '../../../test/support/manual-clock.js';

/** An empty same-origin iframe, ready to take nodes. */
async function frame(): Promise<Document> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '400px';
  iframe.style.height = '900px';
  document.body.append(iframe);
  await new Promise((resolve) => setTimeout(resolve));
  return iframe.contentDocument!;
}

/** Whether the box's own styles apply: its call links are at least 44 px tall and its box has a border. */
function styled(el: HelplineBox): boolean {
  const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:999"]');
  const box = el.shadowRoot!.querySelector('.box');
  if (!link || !box) return false;
  const view = el.ownerDocument.defaultView!;
  return link.getBoundingClientRect().height >= 44 && view.getComputedStyle(box).borderTopStyle === 'solid';
}

function collectErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  window.addEventListener('error', onError);
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      console.error = error;
    },
  };
}

describe('<helpline-box> in another document', () => {
  pinClock(MONDAY_10AM_UK, 'Europe/London');
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('keeps its styles when a rendered box is moved into an iframe', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" region="GB"></helpline-box>`);
    expect(styled(el)).to.equal(true);
    const doc = await frame();
    const page = collectErrors();
    try {
      doc.body.append(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.ownerDocument).to.equal(doc);
      expect(styled(el), 'styled in the iframe').to.equal(true);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
    }
  });

  it('renders, styled and without an error, when made in this document and first shown in an iframe', async () => {
    const doc = await frame();
    const page = collectErrors();
    try {
      const el = document.createElement('helpline-box');
      el.topic = 'child-abuse';
      doc.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
      expect(styled(el)).to.equal(true);
      expect(page.errors).to.deep.equal([]);
      // And back again.
      document.body.append(el);
      await el.updateComplete;
      expect(styled(el), 'styled back in this document').to.equal(true);
      el.remove();
    } finally {
      page.stop();
    }
  });
});
