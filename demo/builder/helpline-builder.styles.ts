import { css } from 'lit';

/** The configurator's own look: plain, dense, light; the previews carry the box's own styles. */
export const styles = css`
  :host {
    --_fg: #1b1f24;
    --_muted: #4a5460;
    --_border: #8a939e;
    --_accent: #0b4f9c;
    --_caution-bg: #fff4d6;
    --_caution-fg: #6b4300;
    display: block;
    color: var(--_fg);
    font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 24px;
  }
  /* Wide enough for the two phone previews side by side beside the controls. */
  @media (min-width: 1200px) {
    .layout {
      grid-template-columns: 25rem minmax(0, 1fr);
    }
    /* Beside the previews, the catalogue scrolls on its own rather than stretch the page. */
    .catalogue {
      max-height: 70vh;
      overflow-y: auto;
      padding-right: 4px;
    }
  }
  section {
    margin: 0 0 24px;
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.25rem;
    border-bottom: 2px solid var(--_border);
  }
  h3 {
    margin: 16px 0 4px;
    font-size: 1.05rem;
  }
  summary h3 {
    display: inline;
  }
  summary {
    cursor: pointer;
    margin: 16px 0 4px;
  }
  label,
  legend {
    display: block;
    margin: 12px 0 4px;
    font-weight: 600;
  }
  label.check {
    display: flex;
    gap: 8px;
    align-items: baseline;
    margin: 4px 0;
    font-weight: normal;
  }
  fieldset {
    margin: 12px 0 0;
    padding: 4px 12px 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  input[type='text'],
  input[type='url'],
  input[type='search'],
  input[type='datetime-local'],
  select,
  textarea {
    width: 100%;
    min-height: 44px;
    padding: 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    font: inherit;
    color: inherit;
    background: #fff;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 20px;
    height: 20px;
    flex: none;
    margin: 0;
    transform: translateY(3px);
  }
  textarea {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 14px;
  }
  #story {
    font-family: inherit;
    font-size: 16px;
  }
  button {
    min-height: 44px;
    padding: 8px 14px;
    border: 2px solid var(--_accent);
    border-radius: 6px;
    background: var(--_accent);
    color: #fff;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button:disabled {
    border-color: #6b7480;
    background: #e8ebef;
    color: #3d4550;
    cursor: not-allowed;
  }
  button.secondary {
    background: #fff;
    color: var(--_accent);
  }
  button.secondary:disabled {
    border-color: #6b7480;
    background: #e8ebef;
    color: #3d4550;
  }
  :focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 2px;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 8px 0;
  }
  .hint,
  .count,
  .showing {
    margin: 4px 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .warnings {
    margin: 8px 0;
    padding: 8px 12px 8px 28px;
    border-left: 4px solid #b36b00;
    background: var(--_caution-bg);
    color: var(--_caution-fg);
    font-size: 0.95rem;
  }
  .warnings li + li {
    margin-top: 4px;
  }
  .caution {
    color: var(--_caution-fg);
  }
  .suggestions ul {
    margin: 8px 0;
    padding-left: 20px;
  }
  .status {
    min-height: 1.5em;
    font-weight: 600;
  }
  .picked {
    margin: 8px 0;
    padding-left: 24px;
  }
  .picked li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 8px;
    padding: 4px 0;
    border-bottom: 1px solid #d5dae0;
  }
  .picked .buttons {
    margin: 0;
    gap: 4px;
  }
  .picked button {
    padding: 4px 10px;
  }
  .catalogue {
    margin: 8px 0;
    padding: 0;
    list-style: none;
  }
  .catalogue > li {
    margin: 0 0 8px;
    padding: 8px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .catalogue > li.elsewhere {
    border-style: dashed;
  }
  .entry-head {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: baseline;
  }
  .entry-head .pick {
    flex: 1 1 12rem;
  }
  .tag {
    padding: 0 6px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    font-size: 0.85rem;
  }
  code {
    font-size: 0.85rem;
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    grid-template-columns: 6rem minmax(0, 1fr);
    gap: 2px 8px;
    margin: 8px 0 0;
    font-size: 0.9rem;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  .instant {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
    align-items: end;
  }
  .instant > div {
    flex: 1 1 14rem;
  }
  .instant .showing {
    flex-basis: 100%;
  }
  .frames {
    display: flex;
    flex-wrap: wrap;
    gap: 16px;
    align-items: flex-start;
  }
  .frame {
    margin: 0;
    max-width: 100%;
    /* A phone preview stays 390 px wide on a narrower screen: scroll it rather than squeeze it. */
    overflow-x: auto;
  }
  .frame figcaption {
    font-size: 0.9rem;
    font-weight: 600;
    margin: 0 0 4px;
  }
  .frame iframe {
    display: block;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  /* The framed page takes prefers-color-scheme from its frame's color-scheme (Chromium 129+, Firefox 105+). */
  .frame.light iframe {
    color-scheme: light;
  }
  .frame.dark iframe {
    color-scheme: dark;
  }
  /* On a phone, the phone preview spans the screen edge to edge, as the box would. */
  @media (max-width: 480px) {
    .frame {
      width: 100vw;
      max-width: none;
      margin-left: calc(50% - 50vw);
    }
    .frame figcaption {
      padding: 0 16px;
    }
    .frame iframe {
      border-inline: 0;
      border-radius: 0;
    }
  }
`;
