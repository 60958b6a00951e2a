/**
 * A publisher's own directory, from the box's `src` (a URL) or `directory`
 * (an object, which wins): loaded and checked after the box has rendered,
 * so the bundled lines, with the emergency number, never wait on the
 * network. A failure, in whole or in part, is logged once and fired as
 * `helpline-error`; a load that a newer `src` or a removal has overtaken is
 * dropped. `pending` lets `updateComplete` wait for the answer (at most the
 * load's own timeout).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Directory } from '../directory/schema.js';
import { checkDirectory, loadDirectory, type LoadResult } from '../directory/load.js';
import { HelplineErrorEvent } from '../events/helpline-error.js';
import { bundledDirectory } from '../directory/bundled.js';
import { countryToLoad, withCountry } from '../directory/countries.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  src: unknown;
  directory: unknown;
  region: unknown;
}

export class DirectoryController implements ReactiveController {
  readonly #host: Host;
  /** What the last load was for: a change starts a new one. */
  #src = '';
  #object: unknown = null;
  #token = 0;
  #pending: Promise<void> | null = null;
  /** The host left the page since its last load. */
  #left = false;
  /** The publisher's directory once checked; null while loading, or when it cannot be used. */
  directory: Directory | null = null;
  /** The bundled directory, with the box's country's lines once they have arrived (see directory/countries.ts). */
  bundled: Directory = bundledDirectory;
  #country: string | null = null;
  #countryPending: Promise<void> | null = null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  get pending(): Promise<void> | null {
    return this.#pending ?? this.#countryPending;
  }

  hostUpdated(): void {
    this.#loadCountry();
    const src = typeof this.#host.src === 'string' ? this.#host.src.trim() : '';
    const object = this.#host.directory ?? null;
    if (src === this.#src && object === this.#object) return;
    this.#src = src;
    this.#object = object;
    const load = this.#load(src, object).finally(() => {
      if (this.#pending === load) this.#pending = null;
    });
    this.#pending = load;
  }

  hostDisconnected(): void {
    // Whatever is loading is for a box no longer on the page; back on the page, it loads again.
    this.#token++;
    this.#pending = null;
    this.#src = '';
    this.#object = null;
    this.#left = true;
  }

  hostConnected(): void {
    if (!this.#left) return;
    this.#left = false;
    this.#host.requestUpdate();
  }

  /** A box for a country whose lines are not in the bundle loads them once (the emergency line shows meanwhile). */
  #loadCountry(): void {
    const country = countryToLoad(typeof this.#host.region === 'string' ? this.#host.region : '');
    if (country === this.#country) return;
    this.#country = country;
    if (!country) {
      this.bundled = bundledDirectory;
      return;
    }
    const load: Promise<void> = withCountry(country).then((directory) => {
      if (this.#country !== country) return;
      this.bundled = directory;
      this.#host.requestUpdate();
    });
    const pending: Promise<void> = load.finally(() => {
      if (this.#countryPending === pending) this.#countryPending = null;
    });
    this.#countryPending = pending;
  }

  async #load(src: string, object: unknown): Promise<void> {
    const token = ++this.#token;
    if (this.directory) {
      this.directory = null;
      this.#host.requestUpdate();
    }
    if (object === null && !src) return;
    const result: LoadResult =
      object !== null ? await checkDirectory(object, 'the directory property') : await loadDirectory(src, this.#host.ownerDocument.baseURI);
    if (token !== this.#token) return;
    this.directory = result.directory;
    this.#host.requestUpdate();
    if (result.error) {
      console.error(`<helpline-box>: ${result.error}`);
      this.#host.dispatchEvent(new HelplineErrorEvent({ src: object !== null ? null : src, message: result.error, problems: result.problems }));
    }
  }
}
