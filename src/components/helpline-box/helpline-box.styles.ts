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
    margin: 0 0 8px;
    font-size: 20px;
    font-weight: 700;
    line-height: 1.3;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  p {
    margin: 0;
  }

  /* Lines are read top to bottom on a phone: a thin rule between them, tight spacing, no card in a card. */
  .line {
    padding: 10px 0;
    border-top: 1px solid var(--_border);
  }

  .lines:first-of-type > .line:first-child {
    border-top: 0;
    padding-top: 0;
  }

  .name {
    font-size: 17px;
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
    margin-top: 4px;
    padding: 4px 8px;
    border-inline-start: 4px solid var(--_emergency);
    background: var(--_bg);
    font-size: 15px;
    font-weight: 700;
  }

  /* The state is in the words; weight only underlines an open line, never replaces the text. */
  .status,
  .for,
  .interpreters,
  .calls {
    margin-top: 2px;
    font-size: 14px;
    line-height: 1.4;
  }

  /* Status and who it is for run on as one short paragraph under the name. */
  .about {
    margin-top: 2px;
    font-size: 14px;
    line-height: 1.4;
  }

  .about > * {
    display: inline;
  }

  .about > * + *::before {
    content: ' · ';
    color: var(--_muted);
    font-weight: 400;
  }

  .status[data-status='open'],
  .status[data-status='always'],
  .interpreters {
    font-weight: 700;
  }

  .for,
  .calls {
    color: var(--_muted);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    margin-top: 6px;
  }

  /*
   * Secondary channels (text, chat, email, report online): links, smaller than a call and without its
   * button, so two fit on a row of a phone; still a 44 px target.
   */
  .action {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    max-width: 100%;
    padding: 4px 0;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    font-size: 14px;
    font-weight: 700;
    line-height: 1.25;
    text-decoration: underline;
    text-underline-offset: 3px;
    /* A long email address must wrap rather than push the box sideways at 320 px. */
    overflow-wrap: anywhere;
  }

  /* A call: the number is the largest thing on the line, readable and copyable as text on any device. */
  .action[data-channel='phone'] {
    min-height: 52px;
    padding: 4px 16px;
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-fg);
    text-decoration: none;
    font-size: 16px;
  }

  .action[data-channel='phone'] .number,
  .action[data-channel='sms'] .number {
    font-size: 21px;
    letter-spacing: 0.02em;
  }

  .line[data-urgency='emergency'] .action[data-channel='phone'] {
    border-color: var(--_emergency);
    background: var(--_emergency);
    color: var(--_emergency-fg);
  }

  .action:focus-visible,
  .more:focus-visible,
  .exit-button:focus-visible,
  .report a:focus-visible {
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

  .label {
    display: block;
    margin-top: 2px;
    font-size: 14px;
    font-weight: 400;
  }

  /* A textphone or relay number is read, not tapped: one run of small text, the number and how to use it. */
  .relay {
    flex-basis: 100%;
    font-size: 14px;
    line-height: 1.4;
  }

  .relay .label {
    display: inline;
    margin-inline-start: 0.4em;
    color: var(--_muted);
  }

  /* The lines beyond the first few: one tap away, the button says how many. */
  .more {
    display: block;
    width: 100%;
    min-height: 48px;
    margin-top: 4px;
    padding: 8px 16px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    text-align: center;
    cursor: pointer;
  }

  .more + .lines {
    margin-top: 8px;
  }

  /* Quick exit: first in the box, unmissable, a full-width button. */
  .exit {
    margin: 0 0 8px;
  }

  .exit-button {
    display: block;
    width: 100%;
    min-height: 48px;
    padding: 8px 16px;
    border: 2px solid var(--_emergency);
    border-radius: var(--_radius);
    background: var(--_emergency);
    color: var(--_emergency-fg);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .report {
    margin-top: 4px;
    font-size: 14px;
  }

  .report a {
    display: inline-block;
    min-height: 44px;
    padding: 12px 0 8px;
    color: var(--_accent);
  }

  /* Words screen readers hear as part of a link's name but nobody sees. Kept inline and zero-width:
     an absolutely positioned or inline-block span makes Chromium add a space before it in the name
     ("Call 999 , Emergency services"). */
  .unseen-words,
  .unseen {
    clip-path: inset(50%);
    font-size: 1px;
    letter-spacing: -1px;
    white-space: nowrap;
  }

  .unseen {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }

  [hidden] {
    display: none !important;
  }

  /* Compact: one row per service, its name and its ways to call, nothing else. */
  .box[data-variant='compact'] {
    padding: calc(var(--_space) * 0.75);
  }

  .box[data-variant='compact'] .heading {
    font-size: 18px;
  }

  .box[data-variant='compact'] .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    column-gap: 12px;
    padding: 8px 0;
  }

  .box[data-variant='compact'] .name {
    flex: 1 1 0;
    min-width: 5em;
    font-size: 16px;
  }

  .box[data-variant='compact'] .action[data-channel='phone'] {
    min-height: 48px;
    padding: 4px 10px;
  }

  .box[data-variant='compact'] .action .number {
    font-size: 18px;
  }

  .box[data-variant='compact'] .status,
  .box[data-variant='compact'] .interpreters {
    display: none;
  }

  .box[data-variant='compact'] .alert {
    flex-basis: 100%;
  }

  .box[data-variant='compact'] .actions {
    flex: 0 0 auto;
    max-width: 100%;
    margin-top: 0;
  }

  /* One row a service: its first way to get help (the call, for most); the full box shows the rest. */
  .box[data-variant='compact'] .actions > li:not(:first-child),
  .box[data-variant='compact'] .about {
    display: none;
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
      border-style: solid;
      background: Canvas;
      color: LinkText;
    }
    .more,
    .exit-button {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .badge {
      border: 1px solid CanvasText;
    }
    .alert {
      border-inline-start-color: CanvasText;
    }
    .action:focus-visible,
    .more:focus-visible,
    .exit-button:focus-visible {
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
