/**
 * A box as markup or text that needs no script: the fallback content inside
 * an editor's snippet, and the static renders for places where no script runs
 * (feed readers, syndication partners, newsletters). Built from the same box
 * model as the element, so the lines, their order and their words are the
 * element's. Pure: strings in, strings out.
 *
 * What survives where: sanitisers keep plain elements and inline styles but
 * drop classes, scripts and custom elements; MSN also drops `tel:` links, so
 * every number is in the visible text too, and so is the address of every
 * web link.
 */
import type { BoxModel, ContactModel, LineModel, TextPart } from './model.js';

/** How a static render is written. Every field is optional: `boxToHtml(model)` is the editor's fallback snippet. */
export interface StaticOptions {
  /**
   * The instant (epoch ms) the model was built at, for a box that shows
   * open-now status: each status is then marked "as of" that instant, since
   * a static copy is read long after it was made. Without it, a model's
   * status (if any) is left out.
   */
  asOf?: number | undefined;
  /** Inline styles on each element (default true); false for markup a page styles itself or a strict CSP would block. */
  styles?: boolean | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** `2026-11-30 10:00 UTC`: one form every language can read, since a static copy travels between zones. */
function instantText(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * A line's status marked with the instant it was true at, or null when there
 * is none to show. English says "as of"; other languages get the instant in
 * brackets, until the language files have words for it.
 */
export function statusAsOf(line: LineModel, model: BoxModel, asOf: number | undefined): string | null {
  if (!line.status || asOf === undefined) return null;
  const when = instantText(asOf);
  return model.lang.split('-')[0] === 'en' ? `${line.status.text} (as of ${when})` : `${line.status.text} (${when})`;
}

const plain = (parts: TextPart[]): string => parts.map((part) => (typeof part === 'string' ? part : part.value)).join('');

/** A web link's address as a reader could type it: host and path, no scheme. */
function shownAddress(href: string): string {
  const url = new URL(href);
  return `${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`;
}

/** Inline styles, so the box keeps its shape where classes and stylesheets are stripped. */
const STYLE = {
  box: 'margin:1.5em 0;padding:16px;border:2px solid #8a939e;border-radius:8px;background:#f5f7fa;color:#1b1f24;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;font-size:16px;line-height:1.5',
  heading: 'margin:0 0 12px;font-size:20px;line-height:1.3',
  lines: 'margin:0;padding:0;list-style:none',
  line: 'margin:0;padding:12px 0 0;border-top:1px solid #8a939e',
  first: 'margin:0;padding:0',
  name: 'margin:0;font-weight:700',
  badge: 'color:#b3001b',
  text: 'margin:4px 0 0',
  link: 'color:#0b4f9c;font-weight:700',
};

/** ` style="..."`, or nothing when styles are off. */
type Styler = (style: string) => string;

function contactHtml(contact: ContactModel, style: Styler): string {
  const text = escapeHtml(plain(contact.text));
  const label = contact.label ? ` (${escapeHtml(contact.label)})` : '';
  if (contact.href === null) return `<li${style(STYLE.text)}>${text}${label}</li>`;
  const address = contact.external ? ` <span>${escapeHtml(shownAddress(contact.href))}</span>` : '';
  const rel = contact.external ? ' rel="noopener noreferrer"' : '';
  return `<li${style(STYLE.text)}><a href="${escapeHtml(contact.href)}"${rel}${style(STYLE.link)}>${text}</a>${label}${address}</li>`;
}

function lineHtml(line: LineModel, first: boolean, status: string | null, style: Styler): string {
  const badge = line.badge ? ` <span${style(STYLE.badge)}>${escapeHtml(line.badge)}</span>` : '';
  const parts = [`<p${style(STYLE.name)}>${escapeHtml(line.name)}${badge}</p>`];
  if (status) parts.push(`<p${style(STYLE.text)}>${escapeHtml(status)}</p>`);
  for (const alert of line.alerts) parts.push(`<p${style(`${STYLE.text};font-weight:700`)}>${escapeHtml(alert)}</p>`);
  if (line.eligibility) parts.push(`<p${style(STYLE.text)}>${escapeHtml(line.eligibility)}</p>`);
  if (line.interpreters) parts.push(`<p${style(STYLE.text)}>${escapeHtml(line.interpreters)}</p>`);
  parts.push(`<ul${style(STYLE.lines)}>${line.contacts.map((contact) => contactHtml(contact, style)).join('')}</ul>`);
  return `<li${style(first ? STYLE.first : STYLE.line)}>${parts.join('')}</li>`;
}

/**
 * The box as self-contained HTML: no script, no class, no custom element;
 * inline styles only; each number as visible text inside its `tel:` link.
 */
export function boxToHtml(model: BoxModel, options: StaticOptions = {}): string {
  const level = model.headingLevel;
  const style: Styler = options.styles === false ? () => '' : (css) => ` style="${css}"`;
  // Without a script the quick exit is a plain link (Back can return to the story: the box's button replaces the page).
  const exit = model.exitUrl
    ? `<p${style('margin:0 0 12px')}><a href="${escapeHtml(model.exitUrl)}" rel="noreferrer"${style(STYLE.link)}>${escapeHtml(model.labels.exit)}</a></p>`
    : '';
  const report = model.reportUrl
    ? `<p${style('margin:12px 0 0;font-size:14px')}><a href="${escapeHtml(model.reportUrl)}" rel="noopener noreferrer"${style('color:#0b4f9c')}>${escapeHtml(model.labels.report)}</a></p>`
    : '';
  return (
    `<section lang="${escapeHtml(model.lang)}" dir="${model.dir}"${style(STYLE.box)}>` +
    exit +
    `<h${level}${style(STYLE.heading)}>${escapeHtml(model.heading)}</h${level}>` +
    `<ul${style(STYLE.lines)}>${model.lines.map((line, i) => lineHtml(line, i === 0, statusAsOf(line, model, options.asOf), style)).join('')}</ul>` +
    report +
    `</section>`
  );
}

/**
 * The box for an AMP page: the same markup as boxToHtml, which is valid AMP
 * as it is (no script, no custom element, no `!important`, inline styles far
 * under AMP's limit; `tel:` links are allowed), checked by the real AMP
 * validator in test/node/render-amp.test.mjs. Its own function so that an AMP
 * page keeps a name to call if the two ever need to differ.
 */
export function boxToAmp(model: BoxModel, options: StaticOptions = {}): string {
  return boxToHtml(model, options);
}

/** The box as plain text, for newsletters and places that keep no links: numbers and addresses in full. */
export function boxToText(model: BoxModel, options: StaticOptions = {}): string {
  const out = [model.heading, ''];
  if (model.reportUrl) out.splice(1, 0, `${model.labels.report}: ${model.reportUrl.replace(/^mailto:/, '')}`);
  for (const line of model.lines) {
    out.push(line.badge ? `${line.name} (${line.badge})` : line.name);
    const status = statusAsOf(line, model, options.asOf);
    if (status) out.push(`  ${status}`);
    for (const alert of line.alerts) out.push(`  ${alert}`);
    if (line.eligibility) out.push(`  ${line.eligibility}`);
    for (const contact of line.contacts) {
      const label = contact.label ? ` (${contact.label})` : '';
      const address = contact.external && contact.href ? `: ${contact.href}` : '';
      out.push(`  ${plain(contact.text)}${label}${address}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
