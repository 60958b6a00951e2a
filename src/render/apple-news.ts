/**
 * The box as Apple News Format components, for an article.json's
 * `components` array: a `heading2` (or the box's level) and one `body` text
 * component, both in ANF's HTML subset (`p`, `strong`, `br`, `a`).
 *
 * Numbers are text, not `tel:` links: Apple News Format's list of the links a
 * text component may hold (SupportedURLs: Apple News articles, Apple's apps
 * and stores, `stocks:`, `webcal:` and external web sites) has no `tel:` and
 * no `mailto:`, and News drops a link it cannot resolve. So each number is
 * written out in full, where a reader can read it, copy it, or have iOS offer
 * to call it; web contacts keep their https links, which the list allows.
 */
import type { BoxModel } from '../box/model.js';
import { escapeHtml, statusAsOf } from '../box/static.js';

export interface AppleNewsComponent {
  role: string;
  text: string;
  format?: 'html';
}

const plain = (parts: BoxModel['lines'][number]['contacts'][number]['text']): string =>
  parts.map((part) => (typeof part === 'string' ? part : part.value)).join('');

export function boxToAppleNews(model: BoxModel, options: { asOf?: number | undefined } = {}): AppleNewsComponent[] {
  const paragraphs = model.lines.map((line) => {
    const rows = [`<strong>${escapeHtml(line.name)}</strong>${line.badge ? ` (${escapeHtml(line.badge)})` : ''}`];
    const status = statusAsOf(line, model, options.asOf);
    if (status) rows.push(escapeHtml(status));
    for (const alert of line.alerts) rows.push(`<strong>${escapeHtml(alert)}</strong>`);
    if (line.eligibility) rows.push(escapeHtml(line.eligibility));
    if (line.interpreters) rows.push(escapeHtml(line.interpreters));
    for (const contact of line.contacts) {
      const text = escapeHtml(plain(contact.text));
      const label = contact.label ? ` (${escapeHtml(contact.label)})` : '';
      const web = contact.external && contact.href?.startsWith('https://') ? contact.href : null;
      rows.push(web ? `<a href="${escapeHtml(web)}">${text}</a>${label}: ${escapeHtml(web)}` : `<strong>${text}</strong>${label}`);
    }
    return `<p>${rows.join('<br>')}</p>`;
  });
  return [
    // HTML too, so an editor's heading is escaped like every other text, not passed on as markup.
    { role: `heading${model.headingLevel}`, format: 'html', text: escapeHtml(model.heading) },
    { role: 'body', format: 'html', text: paragraphs.join('') },
  ];
}
