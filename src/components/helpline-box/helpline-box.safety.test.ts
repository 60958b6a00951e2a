import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../define.js';
import type { HelplineBox } from './helpline-box.js';
import type { HelplineErrorEvent } from '../../events/helpline-error.js';
import { bundledDirectory } from '../../directory/bundled.js';
import { MONDAY_10AM_UK } from '../../../test/support/instants.js';
import { ManualClock, pinClock } from '../../../test/support/manual-clock.js';

const telHrefs = (el: HelplineBox) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[data-channel="phone"]')].map((a) => a.getAttribute('href'));
const lineIds = (el: HelplineBox) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);

/** Uncaught errors and unhandled rejections on the page while a test runs. */
function collectErrors() {
  const errors: string[] = [];
  const onError = (e: PromiseRejectionEvent | ErrorEvent) => errors.push(String('reason' in e ? e.reason : e.message));
  window.addEventListener('unhandledrejection', onError);
  window.addEventListener('error', onError);
  return {
    errors,
    stop: () => {
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('error', onError);
    },
  };
}

function captureConsole(method: 'warn' | 'error') {
  const original = console[method].bind(console);
  const messages: string[] = [];
  console[method] = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console[method] = original) };
}

/** Renders a box on a bad `src` and returns it with the error event and console errors. */
async function boxWithBadSource(src: string) {
  const errors = captureConsole('error');
  try {
    const el = document.createElement('helpline-box');
    el.setAttribute('topic', 'child-abuse');
    el.setAttribute('region', 'GB-ENG');
    el.setAttribute('src', src);
    const failed = oneEvent<HelplineErrorEvent>(el, 'helpline-error');
    const started = performance.now();
    document.body.append(el);
    // The emergency line is on screen at once (the first render, which waits one task of its own), before
    // the directory has answered.
    for (let task = 0; task < 2; task++) await new Promise((resolve) => setTimeout(resolve));
    expect(telHrefs(el)[0]).to.equal('tel:999');
    const event = await failed;
    const elapsed = performance.now() - started;
    await el.updateComplete;
    return { el, event, elapsed, errors: [...errors.messages] };
  } finally {
    errors.restore();
  }
}

// Monday 10:00 in London for every box in this file: every line with hours is open.
pinClock(MONDAY_10AM_UK, 'Europe/London');

afterEach(() => {
  for (const el of document.querySelectorAll('body > helpline-box')) el.remove();
});

describe('<helpline-box> with a bad src directory', () => {
  const cases: [string, string, RegExp][] = [
    ['a 404', '/test/fixtures/no-such-directory.json', /answered 404/],
    ['a network error', 'http://127.0.0.1:9/directory.json', /the request failed/],
    ['HTML instead of JSON', '/test/fixtures/not-json-directory.json', /is not valid JSON/],
    ['truncated JSON', '/test/fixtures/truncated-directory.json', /is not valid JSON/],
    ['schema errors', '/test/fixtures/schema-broken-directory.json', /\$\.version: must be one of 1/],
  ];
  for (const [name, src, problem] of cases) {
    it(`keeps the bundled lines, logs one error and fires helpline-error on ${name}`, async () => {
      const { el, event, errors } = await boxWithBadSource(src);
      expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline']);
      expect(errors.length).to.equal(1);
      expect(errors[0]).to.contain(src).and.match(problem).and.contain('showing the bundled lines instead');
      expect(event.detail.src).to.equal(src);
      expect(event.detail.message).to.equal(errors[0].replace('<helpline-box>: ', ''));
      expect(event.bubbles && event.composed).to.equal(true);
    });
  }

  it('gives up on a directory that does not answer within 3 seconds', async () => {
    const { el, elapsed, errors } = await boxWithBadSource('/test/slow-directory.json');
    expect(errors[0]).to.contain('no answer within 3 seconds');
    expect(elapsed).to.be.below(4000);
    expect(telHrefs(el)[0]).to.equal('tel:999');
  });

  it('keeps the valid lines of a partly broken directory and reports the rest', async () => {
    const { el, event } = await boxWithBadSource('/test/fixtures/partly-broken-directory.json');
    expect(lineIds(el)).to.deep.equal(['test-emergency', 'test-helpline']);
    expect(event.detail.problems.map((p) => [p.path, p.lineId])).to.deep.equal([['$.lines[2].contacts[0].value', 'broken-line']]);
    expect(event.detail.message).to.contain('the lines with problems were left out');
  });

  it('renders names and text with markup as text, and no javascript: link', async () => {
    const { el } = await boxWithBadSource('/test/fixtures/markup-directory.json');
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, b')).to.equal(null);
    expect([...root.querySelectorAll('a')].every((a) => /^(https:|tel:|sms:|mailto:)/.test(a.getAttribute('href')!))).to.equal(true);
    expect(lineIds(el)).not.to.include('script-link');
    expect(root.querySelector('[data-line="test-helpline"] [part~="name"]')!.textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps the emergency number of the reader region when the directory serves another country', async () => {
    const warnings = captureConsole('warn');
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" region="GB" src="/test/fixtures/us-only-directory.json"></helpline-box>`);
      expect(telHrefs(el)[0]).to.equal('tel:999');
      expect(warnings.messages[0]).to.contain('no emergency line for region "GB"');
    } finally {
      warnings.restore();
    }
  });

  it('makes one request for many boxes with the same src', async () => {
    const src = '/test/fixtures/small-directory.json?many';
    const boxes = await Promise.all(
      Array.from({ length: 12 }, () => fixture<HelplineBox>(html`<helpline-box topic="child-abuse" src=${src}></helpline-box>`)),
    );
    expect(boxes.every((el) => lineIds(el).includes('test-helpline')), 'not every box used the directory').to.equal(true);
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(src));
    expect(requests.length).to.equal(1);
  });
});

describe('<helpline-box> with a directory property', () => {
  it('uses a valid directory object', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse"></helpline-box>`);
    const edited = structuredClone(bundledDirectory);
    edited.lines = edited.lines.filter((l) => l.id !== 'childline');
    el.directory = edited;
    await el.updateComplete;
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline']);
  });

  it('reports an object that is not a directory and keeps the bundled lines', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse"></helpline-box>`);
    const errors = captureConsole('error');
    try {
      setTimeout(() => (el.directory = { hello: 'world' }));
      const event = await oneEvent<HelplineErrorEvent>(el, 'helpline-error');
      expect(event.detail.src).to.equal(null);
      expect(errors.messages[0]).to.contain('could not use the directory property');
      expect(telHrefs(el)[0]).to.equal('tel:999');
    } finally {
      errors.restore();
    }
  });
});

describe('<helpline-box> in a live page', () => {
  it('renders when created before it is defined and upgraded later', async () => {
    const host = document.createElement('section');
    host.innerHTML = '<helpline-box topic="child-abuse" region="GB-NIR"></helpline-box>';
    document.body.append(host);
    const el = host.querySelector('helpline-box')!;
    await el.updateComplete;
    expect(telHrefs(el)[0]).to.equal('tel:999');
    host.remove();
  });

  it('follows attribute changes and survives being moved and removed', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse"></helpline-box>`);
    el.setAttribute('lines', 'stop-it-now');
    await el.updateComplete;
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'stop-it-now']);
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    el.removeAttribute('lines');
    await el.updateComplete;
    expect(lineIds(el)).to.include('childline');
    el.remove();
    other.append(el);
    await el.updateComplete;
    expect(telHrefs(el)[0]).to.equal('tel:999');
    other.remove();
  });

  it('stores nothing, sets no cookie and sends nothing when shown or tapped', async () => {
    const cookies = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    const sent: string[] = [];
    const realFetch = window.fetch.bind(window);
    const realBeacon = navigator.sendBeacon.bind(navigator);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
      return realFetch(input, init);
    };
    navigator.sendBeacon = (url: string | URL) => {
      sent.push(`beacon ${String(url)}`);
      return true;
    };
    const resourcesBefore = performance.getEntriesByType('resource').length;
    try {
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse"></helpline-box>`);
      for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="action"]')) {
        link.addEventListener('click', (e) => e.preventDefault(), { once: true });
        link.click();
      }
    } finally {
      window.fetch = realFetch;
      navigator.sendBeacon = realBeacon;
    }
    expect(sent).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
    expect(document.cookie).to.equal(cookies);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
  });
});

describe('<helpline-box> with attributes removed or unset by a framework', () => {
  it('reads a removed or null attribute as empty and keeps rendering', async () => {
    const el = await fixture<HelplineBox>(
      html`<helpline-box topic="child-abuse" audience="child" heading="Worried?" src="/test/fixtures/small-directory.json"></helpline-box>`,
    );
    const errors = captureConsole('error');
    const page = collectErrors();
    try {
      for (const name of ['audience', 'heading', 'src', 'variant', 'region', 'topic', 'lines']) el.removeAttribute(name);
      await el.updateComplete;
      const bound = el as unknown as Record<string, unknown>;
      for (const name of ['audience', 'heading', 'src', 'variant', 'region', 'topic', 'lines']) bound[name] = undefined;
      el.setAttribute('topic', 'child-abuse');
      await el.updateComplete;
      expect(lineIds(el)).to.deep.equal(['gb-emergency', 'gb-police-non-emergency', 'nspcc-helpline', 'childline']);
      expect(el.shadowRoot!.querySelector('#heading')!.textContent).to.equal('Help and support');
      expect(errors.messages).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
    } finally {
      errors.restore();
      page.stop();
    }
  });

  it('renders a heading removed before the first render', async () => {
    const el = document.createElement('helpline-box');
    el.setAttribute('heading', 'x');
    el.removeAttribute('heading');
    el.setAttribute('topic', 'child-abuse');
    document.body.append(el);
    await el.updateComplete;
    expect(telHrefs(el)[0]).to.equal('tel:999');
    el.remove();
  });

  it('shows the emergency number, and throws nothing, if working out opening hours fails', async () => {
    // A browser whose Intl cannot format a time zone (or throws for any other reason) must still get 999.
    // The reader's zone comes from the browser's Intl here, as on a real page (the file's clock names London).
    new ManualClock(MONDAY_10AM_UK).install();
    const errors = captureConsole('error');
    const RealFormat = Intl.DateTimeFormat;
    const page = collectErrors();
    try {
      Intl.DateTimeFormat = function () {
        throw new RangeError('no time zone data');
      } as unknown as typeof Intl.DateTimeFormat;
      const el = await fixture<HelplineBox>(html`<helpline-box topic="child-abuse" region="GB-SCT" heading-level="3"></helpline-box>`);
      Intl.DateTimeFormat = RealFormat;
      expect(lineIds(el)).to.deep.equal(['gb-emergency']);
      // The last-resort box keeps the page's heading outline.
      expect(el.shadowRoot!.querySelector('#heading')!.tagName).to.equal('H3');
      expect(telHrefs(el)).to.deep.equal(['tel:999']);
      expect(errors.messages[0]).to.contain('could not render the box').and.contain('no time zone data');
      expect(page.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      Intl.DateTimeFormat = RealFormat;
      errors.restore();
      page.stop();
    }
  });
});

describe('<helpline-box> focus while lines reorder', () => {
  // Friday 21:59 London: the NSPCC closes at 22:00; the domestic abuse line is open 24 hours.
  const clock = pinClock('2026-11-27T21:59:00Z', 'Europe/London');

  it('keeps a focused link on its own number when open lines move first', async () => {
    const el = await fixture<HelplineBox>(html`<helpline-box region="GB-ENG" lines="nspcc-helpline national-domestic-abuse-helpline"></helpline-box>`);
    // Childline comes with the NSPCC's line, its pair.
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'nspcc-helpline', 'childline', 'national-domestic-abuse-helpline']);
    const nspcc = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:+448088005000"]')!;
    nspcc.focus();
    await clock().advanceTo('2026-11-27T22:00:00Z', () => el.updateComplete);
    // While the reader is on a link, the lines stay put and the focus stays on the NSPCC's number.
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'nspcc-helpline', 'childline', 'national-domestic-abuse-helpline']);
    expect(el.shadowRoot!.activeElement).to.equal(nspcc);
    expect(nspcc.getAttribute('href')).to.equal('tel:+448088005000');
    // Once focus leaves the box, the next render puts the open line first.
    nspcc.blur();
    el.requestUpdate();
    await el.updateComplete;
    expect(lineIds(el)).to.deep.equal(['gb-emergency', 'national-domestic-abuse-helpline', 'childline', 'nspcc-helpline']);
  });
});
