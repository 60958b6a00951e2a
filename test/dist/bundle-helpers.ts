/** Helpers for tests that load the built files in dist/, as a publisher's page would. */
import type { HelplineBox } from '../../src/components/helpline-box/helpline-box.js';
import { SATURDAY_3AM_UK, WEDNESDAY_NOON_UK } from '../support/instants.js';

/**
 * The seed story's box (`topic="child-sexual-abuse" region="GB-ENG"`): its call
 * links at an instant, and the order they should be in. Open lines move ahead of
 * closed ones of the same urgency: on Saturday at 03:00 the NSPCC's phone
 * (support) is closed, so Stop It Now (support, hours unknown) takes its place.
 */
export const SEED_ORDER: [name: string, at: string, tels: string[]][] = [
  ['a weekday at noon (NSPCC open)', WEDNESDAY_NOON_UK, ['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900']],
  ['Saturday at 03:00 (NSPCC closed)', SATURDAY_3AM_UK, ['tel:999', 'tel:101', 'tel:+448081000900', 'tel:+448001111', 'tel:+448088005000']],
];

/** The ES bundle's address, built as a plain string so TypeScript does not look for the built file. */
export const ES_BUNDLE = ['/dist', 'helpline-box.js'].join('/');

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
  const real = window.fetch.bind(window);
  window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).endsWith(suffix) ? answer(real, input, init) : real(input, init));
  return () => (window.fetch = real);
}
