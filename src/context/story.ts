/**
 * Reads a story from the page for `topic="auto"`: its headline, standfirst and body, in one walk of
 * the tree. It only reads; the text goes to `detectTopics` and nowhere else.
 */
import type { StoryText } from './detect.js';

/** Not the story: page furniture, code, forms, captions, and any helpline box. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'footer',
  'figcaption',
  'form',
  'button',
  'select',
  'textarea',
  'svg',
  'iframe',
  'helpline-box',
]);

/** Where the story's text is. Text outside these (a stray caption in a div) is left out. */
const BLOCKS = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements inside a block that run on in the same line, so no space is put around them. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** Class names publishers give a standfirst ("article__standfirst", "c-summary", "lede"). */
const STANDFIRST_CLASS = /(?:^|[\s_-])(?:standfirst|summary|lede|description|subtitle|subheadline|dek|strapline)(?:[\s_-]|$)/i;
const STANDFIRST_ITEMPROP = /(?:^|\s)(?:description|abstract|alternativeHeadline)(?:\s|$)/;

interface Block {
  element: Element;
  text: string[];
}

function looksLikeStandfirst(element: Element): boolean {
  const itemprop = element.getAttribute('itemprop');
  return STANDFIRST_CLASS.test(element.getAttribute('class') ?? '') || (itemprop !== null && STANDFIRST_ITEMPROP.test(itemprop));
}

const textOf = (block: Block | undefined) => (block ? block.text.join('').replace(/\s+/g, ' ').trim() : '');

/**
 * The story in `root`: the headline is the first h1 (else the first h2); the standfirst the first
 * element whose class or itemprop names one (standfirst, summary, lede, description, subtitle…),
 * else the first paragraph; the body every other paragraph, list item, blockquote and heading, one
 * a line. Navigation, asides, footers, figure captions, forms, buttons, scripts, hidden elements,
 * helpline boxes and `exclude` are skipped, with all they contain.
 */
export function storyFromElement(root: Element, exclude?: Element): StoryText {
  const blocks: Block[] = [];
  let standfirst: Block | undefined;

  const visit = (parent: Node, block: Block | undefined): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        block?.text.push((node as Text).data);
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      const name = element.localName;
      if (element === exclude || SKIP.has(name) || element.hasAttribute('hidden')) continue;
      if (block) {
        // A line break or a block inside a block still parts its words.
        const apart = !INLINE.has(name);
        if (apart) block.text.push(' ');
        visit(element, block);
        if (apart) block.text.push(' ');
        continue;
      }
      const isStandfirst = !standfirst && looksLikeStandfirst(element);
      if (!isStandfirst && !BLOCKS.has(name)) {
        visit(element, undefined);
        continue;
      }
      const own: Block = { element, text: [] };
      blocks.push(own);
      if (isStandfirst) standfirst = own;
      visit(element, own);
    }
  };
  visit(root, undefined);

  const headline = blocks.find((b) => b.element.localName === 'h1') ?? blocks.find((b) => b.element.localName === 'h2');
  standfirst ??= blocks.find((b) => b.element.localName === 'p' && b !== headline);
  const body = blocks
    .filter((b) => b !== headline && b !== standfirst)
    .map(textOf)
    .filter(Boolean)
    .join('\n');
  return { headline: textOf(headline), standfirst: textOf(standfirst), body };
}
