/** Helpers for tests that render `<helpline-box>`. */
import type { HelplineBox } from '../../src/components/helpline-box/helpline-box.js';

/** The "More helplines" button, when the box has lines beyond the first few. */
export const moreButton = (el: HelplineBox) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="more"]');

/** Shows every line, as a reader who taps "More helplines" sees them. */
export async function showAllLines(el: HelplineBox): Promise<void> {
  const more = moreButton(el);
  if (more?.getAttribute('aria-expanded') === 'false') {
    more.click();
    await el.updateComplete;
  }
}
