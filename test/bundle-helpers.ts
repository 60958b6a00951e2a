/** Helpers for tests that load the built files in dist/, as a publisher's page would. */
import type { HelplineBox } from '../src/components/helpline-box/helpline-box.js';

export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Collects uncaught errors on the page while a test runs. */
export function collectPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  window.addEventListener('error', onError);
  return { errors, stop: () => window.removeEventListener('error', onError) };
}

export const telHrefs = (el: HelplineBox) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[data-channel="phone"]')].map((a) => a.getAttribute('href'));

/** The language files the page has requested so far. */
export const requestedLocales = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.includes('/locales/'))
    .map((url) => url.origin + url.pathname);

/** Makes fetch() answer the URLs ending with `suffix` itself, until restored. */
export function interceptFetch(suffix: string, answer: (real: typeof fetch, input: RequestInfo | URL, init?: RequestInit) => Promise<Response>): () => void {
  const real = window.fetch;
  window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).endsWith(suffix) ? answer(real, input, init) : real(input, init));
  return () => (window.fetch = real);
}
