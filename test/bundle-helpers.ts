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
