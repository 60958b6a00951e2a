/**
 * Quick exit, for readers who may be watched (as GOV.UK's "Exit this page"):
 * the page is replaced at once by a neutral one, sent no referrer, and Back
 * does not return to the story. It cannot erase history already made: the
 * story stays in the browser's history list and in any earlier entries.
 */

/** The neutral page when the publisher names none: the one GOV.UK's "Exit this page" component uses. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Shift pressed this many times in a row, with no other key between, within SHORTCUT_MS. */
const SHORTCUT_PRESSES = 3;
const SHORTCUT_MS = 5000;

/** Leaves the page `doc` is showing for `url`, at once. */
export function leavePage(url: string, doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  // Nothing of the story stays on screen while the next page loads.
  doc.documentElement.style.setProperty('visibility', 'hidden', 'important');
  // The neutral page must not learn which story the reader was on.
  const noReferrer = doc.createElement('meta');
  noReferrer.name = 'referrer';
  noReferrer.content = 'no-referrer';
  doc.head.append(noReferrer);
  // Replace, not push: Back must not bring the story back.
  view.location.replace(url);
}

/** The exits of the boxes on the page with a quick exit; the shortcut takes the first. */
const exits: (() => void)[] = [];
let presses: number[] = [];

function onKey(event: KeyboardEvent): void {
  if (event.key !== 'Shift') {
    presses = [];
    return;
  }
  if (event.repeat) return;
  const now = event.timeStamp;
  presses = [...presses.filter((at) => now - at < SHORTCUT_MS), now];
  if (presses.length >= SHORTCUT_PRESSES) {
    presses = [];
    exits[0]?.();
  }
}

/**
 * Lets Shift pressed three times leave the page through `exit`, until the
 * returned function is called. Where the keyboard sends no Shift key events
 * (iOS on-screen keyboards), only the button works.
 */
export function watchShortcut(exit: () => void): () => void {
  if (exits.length === 0) document.addEventListener('keydown', onKey, true);
  exits.push(exit);
  return () => {
    const at = exits.indexOf(exit);
    if (at >= 0) exits.splice(at, 1);
    if (exits.length === 0) document.removeEventListener('keydown', onKey, true);
  };
}
