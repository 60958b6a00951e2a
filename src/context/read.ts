/**
 * `topic="auto"`: the topics of the story a box sits in, read from the page.
 * Loaded only by a box that asks for it (see platform/assets.ts). The text is
 * read in the page and goes nowhere else.
 */
import { detectTopics, type Detection } from './detect.js';
import { storyFromElement } from './story.js';

export type { Detection };

/**
 * Where a box's story is: the element `context` names (a CSS selector), else
 * the box's closest `<article>`, else the page's `<main>`; null when there is
 * none, or the selector is not valid.
 */
export function storyRoot(box: Element, context: string): Element | null {
  const doc = box.ownerDocument;
  if (context) {
    try {
      const named = doc.querySelector(context);
      if (named) return named;
    } catch {
      // Not a valid selector: the caller warns.
    }
  }
  return box.closest('article') ?? doc.querySelector('main');
}

/** The topics the story around `box` is about, strongest first, with the phrases that show it. */
export function readTopics(root: Element, box: Element, language: string): Detection[] {
  return detectTopics(storyFromElement(root, box), language);
}
