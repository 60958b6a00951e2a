/**
 * Registers `<helpline-box>` once. Loading this module twice, or both the ES
 * and classic bundles on one page, must not throw: the first definition wins.
 */
import { HelplineBox } from './components/helpline-box/helpline-box.js';

export const TAG = 'helpline-box';

if (!customElements.get(TAG)) customElements.define(TAG, HelplineBox);

declare global {
  interface HTMLElementTagNameMap {
    'helpline-box': HelplineBox;
  }
}

export { HelplineBox };
