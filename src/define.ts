/**
 * Registers `<helpline-box>` once. Loading this module twice, or both the ES
 * and classic bundles on one page, must not throw: the first definition wins.
 * When the box cannot be registered at all, one console error says why and
 * what to change; the fallback content inside the element stays visible.
 */
// First, before Lit loads (it is the one that creates the policy).
import './platform/trusted-types-notice.js';
import { HelplineBox } from './components/helpline-box/helpline-box.js';

export const TAG = 'helpline-box';

const unused = 'so this copy of the box is not used and the fallback content inside each <helpline-box> stays';

function define(): void {
  const existing = customElements.get(TAG);
  if (existing) {
    // Another copy of the box (the classic script beside the module, say) is fine; another element is not.
    if (!('isHelplineBox' in existing)) {
      console.error(`<helpline-box>: another script has already defined a different <${TAG}> element, ${unused}. Remove the other definition, or import helpline-box/element and define the box under another name.`);
    }
    return;
  }
  try {
    customElements.define(TAG, HelplineBox);
  } catch (error) {
    console.error(`<helpline-box>: customElements.define refused <${TAG}> (${String(error)}), ${unused}.`);
    return;
  }
  if (customElements.get(TAG) !== HelplineBox) {
    console.error(`<helpline-box>: customElements.define did not register <${TAG}>: a script on this page has replaced it, ${unused}. Load the box before that script, or fix its replacement of customElements.define.`);
  }
}

define();

declare global {
  interface HTMLElementTagNameMap {
    'helpline-box': HelplineBox;
  }
}

export { HelplineBox };
