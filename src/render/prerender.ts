/**
 * The box as `<helpline-box>` with a declarative shadow root, for pages that
 * render on a server: the box is on screen at first paint, before (or
 * without) the script, and the element takes it over on upgrade with no
 * layout shift (see createRenderRoot in the element).
 *
 * Why a serialiser here and not Lit SSR: @lit-labs/ssr renders the element
 * class itself, through its willUpdate and render, and those always build the
 * box at the server's clock in English (SSR runs neither the element's
 * controllers nor its connectedCallback, so no language and no `lang` is
 * read), with no way to leave the status out or mark it "as of" an instant.
 * Rendering the element's template apart from the element would need that
 * template to be a function of the box model the element exports; until it
 * is, this file writes the same DOM from the same model (buildBox), and
 * test/node/render-prerender.test.mjs compares the two, node for node, and
 * measures the layout shift at upgrade.
 *
 * The markup mirrors HelplineBox's render(): the same elements, classes,
 * parts and data attributes, so the element's own stylesheet lays it out
 * exactly as it will lay out the live box. Change both together.
 */
import type { BoxModel, ContactModel, LineModel, TextPart } from '../box/model.js';
import { boxToHtml, escapeHtml } from '../box/static.js';

/** The element's attributes, as the request asked for them, so the live box is the same box. */
export interface HostAttributes {
  lang?: string | undefined;
  topic?: string | undefined;
  region?: string | undefined;
  lines?: string | undefined;
  audience?: string | undefined;
  heading?: string | undefined;
  'heading-level'?: string | undefined;
  variant?: string | undefined;
  src?: string | undefined;
  /** Present (empty) for a quick exit. */
  'quick-exit'?: string | undefined;
  'exit-url'?: string | undefined;
  'report-url'?: string | undefined;
}

export interface PrerenderOptions {
  /** The element's attributes. */
  attributes: HostAttributes;
  /**
   * The element's stylesheet: a URL for a `<link rel="stylesheet">` (dist/helpline-box.css
   * self-hosted beside the script; what a page with `style-src 'self'` needs), or the CSS text
   * itself for an inline `<style>`.
   */
  style: { href: string } | { css: string };
}

/** Marks a shadow root as written here, for the element to replace on upgrade. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

const attr = (name: string, value: string | null | undefined): string => (value === null || value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(value)}"`);

function text(parts: TextPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? escapeHtml(part) : `<bdi dir="ltr" class="${part.name === 'number' ? 'number' : 'value'}">${escapeHtml(part.value)}</bdi>`)).join('');
}

function contact(line: LineModel, item: ContactModel, index: number): string {
  const label = item.label ? `<span class="label">${escapeHtml(item.label)}</span>` : '';
  if (item.href === null) return `<li class="relay" part="relay">${text(item.text)}${label}</li>`;
  const digitsId = item.digits ? `digits-${line.id}-${index}` : null;
  const digits = digitsId ? `<span id="${escapeHtml(digitsId)}" hidden>${escapeHtml(item.digits ?? '')}</span>` : '';
  const context = item.context ? `<span class="unseen-words">${escapeHtml(item.context)}</span>` : '';
  return (
    `<li>${digits}<a class="action" part="action"${attr('href', item.href)}${attr('data-line', line.id)}${attr('data-channel', item.channel)}` +
    `${item.external ? ' target="_blank" rel="noopener noreferrer"' : ''}${attr('aria-describedby', digitsId)}>` +
    `<span>${text(item.text)}${context}</span>${label}</a></li>`
  );
}

function lineMarkup(line: LineModel): string {
  const badge = line.badge ? ` <span class="badge">${escapeHtml(line.badge)}</span>` : '';
  return (
    `<li class="line" part="line"${attr('data-line', line.id)}${attr('data-urgency', line.urgency)}>` +
    `<p class="name"><span part="name">${escapeHtml(line.name)}</span>${badge}</p>` +
    line.alerts.map((alert) => `<p class="alert" part="alert">${escapeHtml(alert)}</p>`).join('') +
    `<p class="about">` +
    (line.status ? `<span class="status" part="status"${attr('data-status', line.status.state)}>${escapeHtml(line.status.text)}</span>` : '') +
    (line.eligibility !== null ? `<span class="for" part="for">${escapeHtml(line.eligibility)}</span>` : '') +
    (line.interpreters ? `<span class="interpreters" part="interpreters">${escapeHtml(line.interpreters)}</span>` : '') +
    `</p>` +
    `<ul class="actions" role="list">${line.contacts.map((item, index) => contact(line, item, index)).join('')}</ul>` +
    (line.calls ? `<p class="calls" part="calls">${escapeHtml(line.calls)}</p>` : '') +
    `</li>`
  );
}

function linesMarkup(lines: LineModel[], id: string | null, hidden: boolean): string {
  return `<ul class="lines" role="list"${attr('id', id)}${hidden ? ' hidden' : ''}>${lines.map(lineMarkup).join('')}</ul>`;
}

/** The shadow root's content: the element's stylesheet, then the box as the element renders it. */
export function shadowMarkup(model: BoxModel, options: Pick<PrerenderOptions, 'style'>): string {
  const level = model.headingLevel;
  const style = 'href' in options.style ? `<link rel="stylesheet"${attr('href', options.style.href)}>` : `<style>${options.style.css}</style>`;
  return (
    style +
    `<section class="box" part="box" aria-labelledby="heading"${attr('lang', model.lang)}${attr('dir', model.dir)}${attr('data-variant', model.variant)} ${PRERENDERED_ATTRIBUTE}>` +
    (model.exitUrl
      ? `<p class="exit"><button type="button" class="exit-button" part="exit" aria-describedby="exit-hint">${escapeHtml(model.labels.exit)}</button>` +
        `<span id="exit-hint" class="unseen">${escapeHtml(model.labels.exitHint)}</span></p>`
      : '') +
    `<h${level} id="heading" class="heading" part="heading">${escapeHtml(model.heading)}</h${level}>` +
    linesMarkup(model.lines.slice(0, model.shown), null, false) +
    (model.shown < model.lines.length
      ? `<button type="button" class="more" part="more" aria-expanded="false" aria-controls="more-lines">${escapeHtml(model.labels.more)}</button>` +
        linesMarkup(model.lines.slice(model.shown), 'more-lines', true)
      : '') +
    (model.reportUrl ? `<p class="report"><a part="report"${attr('href', model.reportUrl)} target="_blank" rel="noopener noreferrer">${escapeHtml(model.labels.report)}</a></p>` : '') +
    `</section>`
  );
}

/**
 * `<helpline-box>` with its box in a declarative shadow root, and the plain
 * HTML box (no inline styles, which a strict CSP would refuse) as light-DOM
 * fallback for a browser without declarative shadow DOM: with a shadow root
 * and no slot, the light DOM is not shown. A line's status is written as the
 * model has it (render.ts gives a prerender words true at any hour).
 */
export function boxToPrerender(model: BoxModel, options: PrerenderOptions): string {
  const a = options.attributes;
  const host =
    `<helpline-box${attr('topic', a.topic)}${attr('region', a.region)}${attr('lines', a.lines)}${attr('audience', a.audience)}` +
    `${attr('heading', a.heading)}${attr('heading-level', a['heading-level'])}${attr('variant', a.variant)}${attr('src', a.src)}${attr('lang', a.lang)}` +
    `${a['quick-exit'] === undefined ? '' : ' quick-exit'}${attr('exit-url', a['exit-url'])}${attr('report-url', a['report-url'])}>`;
  return `${host}<template shadowrootmode="open">${shadowMarkup(model, options)}</template>${boxToHtml(model, { styles: false })}</helpline-box>`;
}
