/**
 * Lit, which renders the box, creates a Trusted Types policy named `lit-html`
 * as it loads. A page whose Content Security Policy limits `trusted-types` to
 * other names refuses it, Lit throws, and the box never starts: its fallback
 * content stays, and the browser's own message does not say what to change.
 * Loaded before Lit, this says it in words. It reads nothing and sends nothing.
 */
export const TRUSTED_TYPES_NOTICE =
  '<helpline-box>: this page\'s Content Security Policy does not allow the Trusted Types policy "lit-html", which the box\'s renderer (Lit) needs, so the box cannot start and its fallback content stays. Add lit-html to the trusted-types directive (with \'allow-duplicates\' if two copies of the box load).';

if (typeof document !== 'undefined') {
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective === 'trusted-types' && event.sample.startsWith('lit-html')) console.error(TRUSTED_TYPES_NOTICE);
  });
}
