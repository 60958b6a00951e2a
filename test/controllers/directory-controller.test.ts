import { expect, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { DirectoryController } from '../../src/controllers/directory-controller.js';
import { bundledDirectory } from '../../src/directory/bundled.js';
import type { HelplineErrorEvent } from '../../src/events/helpline-error.js';

/** A host with `src` and `directory`, like the box, that records what it saw at each update. */
class DirectoryHost extends ReactiveElement {
  static override properties = { src: {}, directory: { attribute: false } };
  src = '';
  directory: unknown = null;
  region = '';
  loader = new DirectoryController(this);
  seen: (string | null)[] = [];
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.seen.push(this.loader.directory?.lines[1]?.id ?? null);
  }
}
customElements.define('directory-host', DirectoryHost);

function host(src = ''): DirectoryHost {
  const el = document.createElement('directory-host') as DirectoryHost;
  el.src = src;
  document.body.append(el);
  return el;
}

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const error = console.error;
  console.error = () => {};
  return run().finally(() => (console.error = error));
}

describe('DirectoryController', () => {
  afterEach(() => document.querySelectorAll('directory-host').forEach((el) => el.remove()));

  it('loads a src directory after the first update, never before it', async () => {
    const el = host('/test/fixtures/small-directory.json');
    await el.updateComplete;
    expect(el.seen[0]).to.equal(null);
    await el.loader.pending;
    await el.updateComplete;
    expect(el.loader.directory?.lines.map((l) => l.id)).to.deep.equal(['test-emergency', 'test-helpline']);
    expect(el.seen.at(-1)).to.equal('test-helpline');
  });

  it('checks a directory object, which wins over src', async () => {
    const el = host('/test/fixtures/small-directory.json');
    el.directory = structuredClone(bundledDirectory);
    await el.updateComplete;
    await el.loader.pending;
    expect(el.loader.directory?.lines[0]?.id).to.equal('gb-emergency');
  });

  it('fires helpline-error with the problems and keeps no directory when it cannot be used', async () => {
    const el = document.createElement('directory-host') as DirectoryHost;
    el.src = '/test/fixtures/truncated-directory.json';
    const failed = oneEvent<HelplineErrorEvent>(el, 'helpline-error');
    await quietly(async () => {
      document.body.append(el);
      const event = await failed;
      expect(event.detail.src).to.equal('/test/fixtures/truncated-directory.json');
      expect(event.detail.message).to.contain('is not valid JSON');
    });
    expect(el.loader.directory).to.equal(null);
  });

  it('drops a load that a newer src has overtaken', async () => {
    // Its own query string: a shared URL could come from the browser's cache for another test file.
    const el = host('/test/slow-directory.json?overtaken');
    await el.updateComplete;
    el.src = '/test/fixtures/small-directory.json';
    await el.updateComplete;
    await el.loader.pending;
    expect(el.loader.directory?.lines[1]?.id).to.equal('test-helpline');
  });

  it('forgets a load when the host leaves the page, and loads again when it comes back', async () => {
    const el = host('/test/fixtures/small-directory.json?again');
    await el.updateComplete;
    el.remove();
    expect(el.loader.pending).to.equal(null);
    document.body.append(el);
    await el.updateComplete;
    await el.loader.pending;
    expect(el.loader.directory?.lines[1]?.id).to.equal('test-helpline');
  });
});
