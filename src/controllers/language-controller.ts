/**
 * The language a box is written in: its closest `lang` (looking out through
 * the shadow roots of components it sits in, then `<html lang>`), resolved
 * against the languages the box has, and that language's words, loaded once
 * per page. The box shows English at once and its language when the words
 * arrive; `pending` lets `updateComplete` wait for them (at most
 * LANGUAGE_WAIT_MS).
 *
 * One MutationObserver serves every box on the page (as relative-time-element
 * shares one): a `lang` change on a box, an ancestor or `<html>` asks each box
 * whose language it changes to update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGUAGES } from '../i18n/languages.js';
import { hasLanguage, loadLanguage } from '../i18n/localize.js';
import { canonicalTag, resolveLanguage } from '../i18n/resolve.js';

/**
 * How long `updateComplete` waits for a box's language file: longer than a
 * cold load takes on a busy machine. The box itself never waits.
 */
export const LANGUAGE_WAIT_MS = 5000;

type Host = ReactiveControllerHost & HTMLElement;

const watched = new Set<LanguageController>();
let observer: MutationObserver | null = null;

function watch(controller: LanguageController): void {
  watched.add(controller);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const each of watched) each.check();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatch(controller: LanguageController): void {
  watched.delete(controller);
  if (watched.size > 0 || !observer) return;
  observer.disconnect();
  observer = null;
}

/** The number of boxes the shared observer watches, and whether it exists (for tests). */
export function languageWatch(): { boxes: number; observing: boolean } {
  return { boxes: watched.size, observing: observer !== null };
}

export class LanguageController implements ReactiveController {
  readonly #host: Host;
  readonly #warn: (message: string) => void;
  /** The `lang` last resolved, as written on the page. */
  #requested: string | null = null;
  /** Languages for that request, best first, ending with English. */
  #chain: string[] = ['en'];
  #pending: Promise<void> | null = null;

  constructor(host: Host, warn: (message: string) => void) {
    this.#host = host;
    this.#warn = warn;
    host.addController(this);
  }

  /** Settles when the awaited language file arrives or the wait runs out; null when nothing is awaited. */
  get pending(): Promise<void> | null {
    return this.#pending;
  }

  /** The language the box is written in now: the best one whose words are in memory. */
  get lang(): string {
    return this.#chain.find(hasLanguage) ?? 'en';
  }

  /** The page's own tag when it is a regional form of the shown language (en-GB for en), for Intl's time formats. */
  get formatLang(): string {
    const shown = this.lang;
    const requested = canonicalTag(this.#requested ?? '');
    return requested.toLowerCase().startsWith(`${shown.toLowerCase()}-`) ? requested : shown;
  }

  hostConnected(): void {
    watch(this);
    this.check();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** A `lang` inside another component's shadow root is not observed: it is seen here, at the box's next update. */
  hostUpdate(): void {
    this.check();
  }

  /** Looks at the closest `lang` again; if it changed, resolves it, starts loading, and asks the box to update. */
  check(): void {
    const requested = this.#closestLang();
    if (requested === this.#requested) return;
    this.#requested = requested;
    const { chain, notice } = resolveLanguage(requested, LANGUAGES);
    if (notice) this.#warn(notice);
    this.#chain = chain;
    this.#host.requestUpdate();
    const wanted = chain[0];
    if (hasLanguage(wanted)) {
      this.#pending = null;
      return;
    }
    const loading = loadLanguage(wanted);
    let timer = 0;
    const wait: Promise<void> = Promise.race([loading, new Promise<void>((resolve) => (timer = window.setTimeout(resolve, LANGUAGE_WAIT_MS)))]).then(() => {
      clearTimeout(timer);
      if (this.#pending === wait) this.#pending = null;
    });
    this.#pending = wait;
    // The words replace the English when they arrive, even after the wait has run out.
    void loading.then((loaded) => {
      if (loaded && this.#chain[0] === wanted) this.#host.requestUpdate();
    });
  }

  #closestLang(): string {
    for (let node: Element | null = this.#host; node; ) {
      const found = node.closest('[lang]')?.getAttribute('lang')?.trim();
      if (found) return found;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return this.#host.ownerDocument.documentElement.lang.trim() || 'en';
  }
}
