/** Registers `<helpline-builder>` once; loading it twice does nothing. */
import { HelplineBuilder } from './helpline-builder.js';

if (!customElements.get('helpline-builder')) customElements.define('helpline-builder', HelplineBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'helpline-builder': HelplineBuilder;
  }
}

export { HelplineBuilder };
