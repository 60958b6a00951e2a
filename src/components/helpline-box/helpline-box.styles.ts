import { css } from 'lit';

/**
 * Every property that a host page could change by inheritance (font size set
 * in rem or %, text-transform, letter-spacing, line-height, colour) is reset on
 * :host and set again in absolute terms on .box, inside the shadow root where
 * no page selector reaches, so hostile page CSS cannot shrink, hide or
 * recolour the box. Public `--helpline-box-*` tokens feed private `--_*` variables.
 *
 * Page rules reach the host itself (`* {}`, `.card * {}`), and a page's normal
 * rules beat the :host rules here. Important rules in a shadow tree beat the
 * page's, even its important ones, so the :host rules marked !important keep
 * the box visible, upright, full size and tappable whatever a page does to
 * its other elements. It can still be hidden on purpose (`display: none`,
 * `hidden`). Inherited properties a page may set on the host (text fill,
 * text masking, writing mode, pointer events) are set again on .box.
 */
export const styles = css`
  :host {
    --_bg: var(--helpline-box-background, #f5f7fa);
    --_fg: var(--helpline-box-color, #1b1f24);
    --_muted: var(--helpline-box-muted-color, #3d4550);
    --_border: var(--helpline-box-border-color, #8a939e);
    --_accent: var(--helpline-box-accent, #0b4f9c);
    --_accent-fg: var(--helpline-box-accent-text, #ffffff);
    --_emergency: var(--helpline-box-emergency, #b3001b);
    --_emergency-fg: var(--helpline-box-emergency-text, #ffffff);
    --_focus: var(--helpline-box-focus-color, #1b1f24);
    --_radius: var(--helpline-box-radius, 8px);
    --_space: var(--helpline-box-spacing, 16px);
    --_font: var(--helpline-box-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);

    /* Nothing the page sets on or above the element is inherited; .box sets the text again inside. */
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    contain: content;

    /* See "Page rules reach the host" above. */
    opacity: 1 !important;
    visibility: visible !important;
    pointer-events: auto !important;
    filter: none !important;
    backdrop-filter: none !important;
    transform: none !important;
    zoom: 1 !important;
    clip-path: none !important;
    mask: none !important;
    mix-blend-mode: normal !important;
    writing-mode: horizontal-tb !important;
    direction: ltr !important;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--helpline-box-background, #15181c);
      --_fg: var(--helpline-box-color, #f1f3f5);
      --_muted: var(--helpline-box-muted-color, #c9cfd6);
      --_border: var(--helpline-box-border-color, #7d8794);
      --_accent: var(--helpline-box-accent, #9ccbff);
      --_accent-fg: var(--helpline-box-accent-text, #0a1624);
      --_emergency: var(--helpline-box-emergency, #ffa3a3);
      --_emergency-fg: var(--helpline-box-emergency-text, #2a0006);
      --_focus: var(--helpline-box-focus-color, #f1f3f5);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .box {
    /* Inherited from the host, where a page rule may have set them: text that paints, unmasked, across. */
    -webkit-text-fill-color: currentColor;
    -webkit-text-security: none;
    writing-mode: horizontal-tb;
    pointer-events: auto;
    user-select: text;
    font-variant: normal;
    color: var(--_fg);
    font-family: var(--_font);
    font-size: 16px;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    opacity: 1;
    margin: 0;
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 20px;
    font-weight: 700;
    line-height: 1.3;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .line {
    padding: calc(var(--_space) * 0.75) 0;
    border-top: 1px solid var(--_border);
  }

  .line:first-child {
    border-top: 0;
    padding-top: 0;
  }

  .line:last-child {
    padding-bottom: 0;
  }

  .name {
    margin: 0;
    font-size: 18px;
    font-weight: 700;
    line-height: 1.35;
  }

  .badge {
    display: inline-block;
    margin-inline-start: 8px;
    padding: 0 8px;
    border-radius: 4px;
    background: var(--_emergency);
    color: var(--_emergency-fg);
    font-size: 14px;
    font-weight: 700;
    vertical-align: 2px;
  }

  /* A notice the reader must not miss (a number out of service), so it sits under the name, even in compact. */
  .alert {
    margin: 4px 0 0;
    padding: 4px 8px;
    border-inline-start: 4px solid var(--_emergency);
    background: var(--_bg);
    font-size: 15px;
    font-weight: 700;
  }

  /* The state is in the words; weight only underlines an open line, never replaces the text. */
  .status {
    margin: 4px 0 0;
    font-size: 15px;
  }

  .status[data-status='open'],
  .status[data-status='always'] {
    font-weight: 700;
  }

  .for {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 15px;
  }

  .interpreters {
    margin: 4px 0 0;
    font-size: 15px;
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 8px;
  }

  .action {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    min-width: 44px;
    min-height: 48px;
    max-width: 100%;
    padding: 8px 16px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-size: 16px;
    font-weight: 700;
    line-height: 1.25;
    text-decoration: underline;
    text-underline-offset: 3px;
    /* A long email address must wrap rather than push the box sideways at 320 px. */
    overflow-wrap: anywhere;
  }

  .action[data-channel='phone'] {
    background: var(--_accent);
    color: var(--_accent-fg);
    text-decoration: none;
    font-size: 18px;
  }

  .line[data-urgency='emergency'] .action[data-channel='phone'] {
    border-color: var(--_emergency);
    background: var(--_emergency);
    color: var(--_emergency-fg);
  }

  .action:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_bg);
  }

  /* A number or address keeps its own left-to-right order inside right-to-left text. */
  .number,
  .value {
    unicode-bidi: isolate;
    direction: ltr;
  }

  .number {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }

  /* A textphone or relay number is read, not tapped: plain text the size of the other secondary text. */
  .relay {
    flex-basis: 100%;
    font-size: 15px;
  }

  .label {
    display: block;
    margin-top: 2px;
    font-size: 14px;
    font-weight: 400;
  }

  /* Words screen readers hear as part of a link's name but nobody sees. Kept inline and zero-width:
     an absolutely positioned or inline-block span makes Chromium add a space before it in the name
     ("Call 999 , Emergency services"). */
  .unseen-words {
    clip-path: inset(50%);
    font-size: 1px;
    letter-spacing: -1px;
    white-space: nowrap;
  }


  .box[data-variant='compact'] {
    padding: calc(var(--_space) * 0.75);
  }

  .box[data-variant='compact'] .line {
    padding: 8px 0;
  }

  .box[data-variant='compact'] .heading {
    font-size: 18px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  /* Windows high contrast and other forced palettes: every link keeps a border, in system colours. */
  @media (forced-colors: active) {
    .box {
      border-color: CanvasText;
    }
    .action,
    .action[data-channel='phone'],
    .line[data-urgency='emergency'] .action[data-channel='phone'] {
      forced-color-adjust: none;
      border-color: LinkText;
      background: Canvas;
      color: LinkText;
    }
    .badge {
      border: 1px solid CanvasText;
    }
    .alert {
      border-inline-start-color: CanvasText;
    }
    .action:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * The box's stylesheet for a document. A constructed stylesheet belongs to the
 * document whose window made it, and Chromium refuses it anywhere else
 * ("Sharing constructed stylesheets in multiple documents is not allowed"), so
 * a box shown in an iframe gets a copy made by that iframe's window. A document
 * with no window (a template's, say) shows nothing and gets nothing.
 */
const sheets = new WeakMap<Document, CSSStyleSheet>();

export function stylesFor(doc: Document): CSSStyleSheet[] {
  const view = doc.defaultView;
  if (!view) return [];
  if (view === window) return [styles.styleSheet!];
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(styles.cssText);
    sheets.set(doc, sheet);
  }
  return [sheet];
}
