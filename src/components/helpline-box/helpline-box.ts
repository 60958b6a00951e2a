import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
// Keyed by line id: when open lines move first, a focused link keeps its number instead of taking another's.
import { repeat } from 'lit/directives/repeat.js';
import { currentAlerts, nextAlertChange } from '../../hours/alerts.js';
import { bundledDirectory } from '../../directory/bundled.js';
import { clock } from '../../hours/clock.js';
import { contactHref, isDialled, opensPage } from '../../directory/contact.js';
import type { Contact, Directory, Line, LocalizedText } from '../../directory/schema.js';
import { checkDirectory, loadDirectory, type LoadResult } from '../../directory/load.js';
import { HelplineContactEvent } from '../../events/helpline-contact.js';
import { HelplineErrorEvent } from '../../events/helpline-error.js';
import { nextChange } from '../../hours/hours.js';
import { isRtl, LANGUAGES } from '../../i18n/languages.js';
import { en } from '../../i18n/en.js';
import { directoryText, hasLanguage, loadLanguage, translateParts, translator, type Translator } from '../../i18n/localize.js';
import { canonicalTag, resolveLanguage } from '../../i18n/resolve.js';
import { lineStatus, openFirst, type LineStatus } from '../../hours/open-now.js';
import { directoryFor, selectLines, tokens, type Selection } from '../../directory/select.js';
import { statusText } from '../../hours/status-text.js';
import { spokenDigits } from '../../directory/spoken-digits.js';
import { styles } from './helpline-box.styles.js';

const VARIANTS = ['full', 'compact'] as const;

/**
 * An attribute removed from the page, or a framework binding left unset, makes
 * a property null or undefined; it reads as empty rather than throwing.
 */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
type Variant = (typeof VARIANTS)[number];

/**
 * The longest the box waits before looking at the clock again: a sleeping
 * laptop or phone can hold a long timer past the change it was set for.
 */
const MAX_REFRESH_MS = 60 * 60 * 1000;

/**
 * How long `updateComplete` waits for a box's language file: longer than a
 * cold load takes on a busy machine. The box itself never waits: it shows
 * English at once and the language when it arrives.
 */
export const LANGUAGE_WAIT_MS = 5000;

/**
 * @tagname helpline-box
 * @summary Shows the safeguarding helplines that fit a story, its readers and their region, as tap-to-call links.
 *
 * @attribute lang - The reader's language, a BCP 47 tag; else the closest ancestor's `lang`, else `<html lang>`.
 *
 * @slot - No-JS fallback: text or links the editor writes inside the element, shown only until the script runs (never rendered by the box).
 *
 * @event helpline-contact - A reader activated a contact link. `detail: { line, channel, href }`. Bubbles and is composed.
 * @event helpline-error - A publisher's directory (`src` or `directory`) could not be used, in whole or in part. `detail: { src, message, problems }`. Bubbles and is composed.
 *
 * @csspart box - The outer box (a landmark with the heading as its name).
 * @csspart heading - The box's heading.
 * @csspart line - One helpline (a list item).
 * @csspart name - A helpline's name.
 * @csspart for - Who a helpline is for.
 * @csspart alert - A current notice on a helpline (an outage, a changed number, holiday hours), shown until it ends.
 * @csspart interpreters - "Interpreters available", on a line whose operator offers them.
 * @csspart action - Each contact link (call, text, chat, web, report, email).
 * @csspart status - A line's open-now state in words ("Open now", "Closed - opens at 9:00 AM Monday").
 *
 * @cssprop --helpline-box-background - Box background.
 * @cssprop --helpline-box-color - Text colour.
 * @cssprop --helpline-box-muted-color - Colour of the "who it is for" text.
 * @cssprop --helpline-box-border-color - Box and separator borders.
 * @cssprop --helpline-box-accent - Call buttons and link colour.
 * @cssprop --helpline-box-accent-text - Text on call buttons.
 * @cssprop --helpline-box-emergency - Emergency badge and call button.
 * @cssprop --helpline-box-emergency-text - Text on the emergency call button.
 * @cssprop --helpline-box-focus-color - Keyboard focus ring.
 * @cssprop --helpline-box-radius - Corner radius of the box and buttons.
 * @cssprop --helpline-box-spacing - Inner spacing of the box.
 * @cssprop --helpline-box-font-family - Font family.
 */
export class HelplineBox extends LitElement {
  static override styles = styles;

  static override properties = {
    topic: { type: String, reflect: true },
    region: { type: String, reflect: true },
    lines: { type: String, reflect: true },
    audience: { type: String, reflect: true },
    src: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    heading: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    directory: { attribute: false },
    _custom: { state: true },
  };

  /** Space-separated topic ids, e.g. `child-sexual-abuse`. */
  declare topic: string;
  /** ISO 3166 region, e.g. `GB`, `GB-SCT`, `IE`; a subdivision falls back to its country. */
  declare region: string;
  /** Space-separated line ids an editor picked; shown in this order after the emergency line. */
  declare lines: string;
  /** Who the reader is likely to be: `child`, `concerned-adult`, `worried-about-self`, `survivor`. */
  declare audience: string;
  /** URL of a directory to use instead of the bundled one. */
  declare src: string;
  /** `full` (default) or `compact`. */
  declare variant: string;
  /** Replaces the default heading text. */
  declare heading: string;
  /** Heading level of the box's heading, 2 to 6 (default 2). */
  declare headingLevel: number;
  /** A directory object to use instead of the bundled one (property only); checked like `src`, which it overrides. */
  declare directory: unknown;

  /** The publisher's directory once checked; null while loading or when it cannot be used.
   * @internal */
  declare private _custom: Directory | null;
  #selection: Selection | null = null;
  /** The selected lines, open ones first, and each one's state at the last render. */
  #lines: Line[] = [];
  #statuses = new Map<Line, LineStatus | undefined>();
  #now = 0;
  #cancelRefresh: (() => void) | null = null;
  #reported = new Set<string>();
  #loadToken = 0;
  /** What went wrong while choosing the lines, if anything: the box then shows the emergency line only. */
  #failure: unknown = null;
  /** The `lang` the box last resolved, as written on the page. */
  #requested: string | null = null;
  /** The box's languages for that request, best first, ending with English. */
  #chain: string[] = ['en'];
  /** Settles when the awaited language file arrives or the wait runs out; only `updateComplete` waits for it. */
  #languageWait: Promise<void> | null = null;
  /** Settles when a publisher's directory has loaded and been checked, or failed. */
  #directoryWait: Promise<void> | null = null;
  #langObserver: MutationObserver | null = null;

  constructor() {
    super();
    this.topic = '';
    this.region = '';
    this.lines = '';
    this.audience = '';
    this.src = '';
    this.variant = 'full';
    this.heading = '';
    this.headingLevel = 2;
    this.directory = null;
    this._custom = null;
  }

  /**
   * Also waits for the box's language file (or the end of the wait for it) and
   * for a publisher's directory to load and be checked (or fail, at most
   * `LOAD_TIMEOUT_MS`), so `await box.updateComplete` sees the box as it settles.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#languageWait || this.#directoryWait) {
      await Promise.all([this.#languageWait, this.#directoryWait]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#failure = null;
    try {
      this.#choose(changed);
    } catch (error) {
      this.#failure = error;
    }
  }

  /** Decides what the box shows: language, directory, lines, their order and states. */
  #choose(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('directory')) {
      const load: Promise<void> = this.#load().finally(() => {
        if (this.#directoryWait === load) this.#directoryWait = null;
      });
      this.#directoryWait = load;
    }
    this.#resolveLanguage();
    const region = text(this.region);
    const directory = directoryFor(this._custom, bundledDirectory, region);
    if (this._custom && directory !== this._custom) {
      this.#warn(`the publisher's directory has no emergency line for region "${region || this._custom.defaultRegion}"; showing the bundled lines`);
    }
    this.#selection = selectLines(directory, {
      topics: tokens(text(this.topic)),
      lines: tokens(text(this.lines)),
      region,
      audience: text(this.audience).trim(),
    });
    for (const warning of this.#selection.warnings) this.#warn(warning);
    this.#now = clock().now();
    this.#statuses = new Map(this.#selection.lines.map((line) => [line, lineStatus(line, this.#now)]));
    const ordered = openFirst(this.#selection.lines, (line) => this.#statuses.get(line));
    // Never move lines under a reader's focus: the link they are on would change place, or,
    // in a screen reader, silently become another line. The new order waits for focus to leave.
    const held = this.shadowRoot?.activeElement ? this.#lines.filter((line) => ordered.includes(line)) : [];
    this.#lines = held.length === ordered.length ? held : ordered;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusout', this.#handleFocusOut);
    // Time passed while the box was out of the page: look again.
    if (this.hasUpdated) this.requestUpdate();
    // A change of lang on the box, an ancestor or <html> re-renders it in the new language.
    this.#langObserver = new MutationObserver(() => {
      if (this.#lang !== this.#requested) this.requestUpdate();
    });
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusout', this.#handleFocusOut);
    this.#cancelRefresh?.();
    this.#cancelRefresh = null;
    this.#langObserver?.disconnect();
    this.#langObserver = null;
  }

  protected override updated(): void {
    this.#scheduleRefresh();
  }

  /** Re-renders when the next shown line opens or closes, while the box is in the page. */
  #scheduleRefresh(): void {
    this.#cancelRefresh?.();
    this.#cancelRefresh = null;
    if (!this.isConnected) return;
    const changes = [...this.#statuses.values()].flatMap((status) => {
      const at = status && nextChange(status.state);
      return at ? [at.getTime()] : [];
    });
    // An alert appears or goes at its own time too ("line down until 18:00").
    for (const line of this.#lines) {
      const at = nextAlertChange(line.alerts, new Date(this.#now));
      if (at !== null) changes.push(at);
    }
    if (changes.length === 0) return;
    const delay = Math.min(Math.max(Math.min(...changes) - clock().now(), 0), MAX_REFRESH_MS);
    this.#cancelRefresh = clock().setTimer(() => this.requestUpdate(), delay);
  }

  #warn(message: string): void {
    this.#report('warn', message);
  }

  #report(level: 'warn' | 'error', message: string): void {
    // Report each problem once per box, not on every render.
    if (this.#reported.has(message)) return;
    this.#reported.add(message);
    console[level](`<helpline-box>: ${message}`);
  }

  #resolveLanguage(): void {
    const requested = this.#lang;
    if (requested === this.#requested) return;
    this.#requested = requested;
    const { chain, notice } = resolveLanguage(requested, LANGUAGES);
    if (notice) this.#warn(notice);
    this.#chain = chain;
    const wanted = chain[0]!;
    if (hasLanguage(wanted)) {
      this.#languageWait = null;
      return;
    }
    const loading = loadLanguage(wanted);
    let timer = 0;
    const wait: Promise<void> = Promise.race([
      loading.then(() => undefined),
      new Promise<void>((resolve) => (timer = window.setTimeout(resolve, LANGUAGE_WAIT_MS))),
    ]).then(() => {
      clearTimeout(timer);
      if (this.#languageWait !== wait) return;
      this.#languageWait = null;
      this.requestUpdate();
    });
    this.#languageWait = wait;
    // A file that arrives after the wait still replaces the English.
    void loading.then((loaded) => {
      if (loaded && this.#chain[0] === wanted) this.requestUpdate();
    });
  }

  /** The language the box is written in now: the best one whose words are in memory. */
  get #shownLanguage(): string {
    return this.#chain.find(hasLanguage) ?? 'en';
  }

  /** The page's own tag when it is a regional form of the shown language (en-GB for en), for Intl's time formats. */
  get #formatLanguage(): string {
    const shown = this.#shownLanguage;
    const requested = canonicalTag(this.#requested ?? '');
    return requested.toLowerCase().startsWith(`${shown.toLowerCase()}-`) ? requested : shown;
  }

  async #load(): Promise<void> {
    const token = ++this.#loadToken;
    const src = text(this.src).trim();
    // The bundled directory shows while a publisher's loads, so the emergency
    // line never waits on the network.
    this._custom = null;
    if (this.directory == null && !src) return;
    const result: LoadResult =
      this.directory != null ? await checkDirectory(this.directory, 'the directory property') : await loadDirectory(src, document.baseURI);
    if (token !== this.#loadToken) return;
    this._custom = result.directory;
    if (result.error) {
      console.error(`<helpline-box>: ${result.error}`);
      this.dispatchEvent(
        new HelplineErrorEvent({ src: this.directory != null ? null : src, message: result.error, problems: result.problems }),
      );
    }
  }

  /** An order held while the reader was on a link catches up once focus leaves the box. */
  readonly #handleFocusOut = (event: FocusEvent): void => {
    if (!this.shadowRoot?.contains(event.relatedTarget as Node | null)) this.requestUpdate();
  };

  #handleAction(event: Event): void {
    const link = event.currentTarget as HTMLAnchorElement;
    const line = link.dataset['line'];
    const channel = link.dataset['channel'] as Contact['type'] | undefined;
    if (!line || !channel) return;
    this.dispatchEvent(new HelplineContactEvent({ line, channel, href: link.getAttribute('href') ?? '' }));
  }

  get #variant(): Variant {
    const variant = text(this.variant) || 'full';
    if ((VARIANTS as readonly string[]).includes(variant)) return variant as Variant;
    this.#warn(`variant "${variant}" is not one of ${VARIANTS.join(', ')}; using "full"`);
    return 'full';
  }

  /** The closest `lang`, looking out through the shadow roots of any components the box sits in. */
  get #lang(): string {
    for (let node: Element | null = this; node; ) {
      const found = node.closest('[lang]')?.getAttribute('lang')?.trim();
      if (found) return found;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return document.documentElement.lang.trim() || 'en';
  }

  #text(line: Line, text: LocalizedText, lang: string): string {
    return directoryText(line.id, text.en, text, lang);
  }

  #name(line: Line, lang: string): string {
    return directoryText(line.id, line.name, undefined, lang);
  }

  /** Numbers and addresses in their own left-to-right run, so right-to-left text cannot reorder their digits. */
  #withValues(t: Translator, key: string, values: Record<string, string>): (string | TemplateResult)[] {
    return translateParts(t, key, values).map((part) =>
      typeof part === 'string' ? part : html`<bdi dir="ltr" class=${part.name === 'number' ? 'number' : 'value'}>${part.value}</bdi>`,
    );
  }

  #renderHeading(text: string): TemplateResult {
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 2 && this.headingLevel <= 6 ? this.headingLevel : 2;
    switch (level) {
      case 3:
        return html`<h3 id="heading" class="heading" part="heading">${text}</h3>`;
      case 4:
        return html`<h4 id="heading" class="heading" part="heading">${text}</h4>`;
      case 5:
        return html`<h5 id="heading" class="heading" part="heading">${text}</h5>`;
      case 6:
        return html`<h6 id="heading" class="heading" part="heading">${text}</h6>`;
      default:
        return html`<h2 id="heading" class="heading" part="heading">${text}</h2>`;
    }
  }

  #actionText(line: Line, contact: Contact, t: Translator, lang: string): (string | TemplateResult)[] | string {
    switch (contact.type) {
      case 'phone':
        return this.#withValues(t, 'action.phone', { number: contact.display });
      case 'textphone':
        return this.#withValues(t, 'action.textphone', { number: contact.display });
      case 'sms':
        return contact.body
          ? this.#withValues(t, 'action.smsBody', { body: contact.body, number: contact.display })
          : this.#withValues(t, 'action.sms', { number: contact.display });
      case 'email':
        return this.#withValues(t, 'action.email', { address: contact.display ?? contact.value });
      default:
        return contact.display ? directoryText(line.id, contact.display, undefined, lang) : t(`action.${contact.type}`);
    }
  }

  #renderContact(line: Line, contact: Contact, index: number, t: Translator, lang: string): TemplateResult | typeof nothing {
    const href = contactHref(contact);
    if (!href) return nothing;
    const external = opensPage(contact);
    // Numbers are also given digit by digit as the link's description (see spoken-digits.ts).
    const digits = isDialled(contact) ? spokenDigits(contact.display) : '';
    const digitsId = digits ? `digits-${line.id}-${index}` : null;
    return html`<li>
      ${digitsId ? html`<span id=${digitsId} hidden>${digits}</span>` : nothing}
      <a
        class="action"
        part="action"
        href=${href}
        data-line=${line.id}
        data-channel=${contact.type}
        target=${external ? '_blank' : nothing}
        rel=${external ? 'noopener noreferrer' : nothing}
        aria-describedby=${digitsId ?? nothing}
        @click=${this.#handleAction}
        ><span
          >${this.#actionText(line, contact, t, lang)}<span class="unseen-words"
            >${t('actionContext', { line: this.#name(line, lang) })}${external ? ` ${t('opensInNewTab')}` : ''}</span
          ></span
        >${contact.label ? html`<span class="label">${this.#text(line, contact.label, lang)}</span>` : nothing}</a
      >
    </li>`;
  }

  #renderStatus(line: Line, t: Translator): TemplateResult | typeof nothing {
    const status = this.#statuses.get(line);
    if (!status) return nothing;
    const text = statusText(status.state, status.timeZone, { t, lang: this.#formatLanguage, readerZone: clock().timeZone(), now: this.#now });
    return html`<p class="status" part="status" data-status=${status.state.status}>${text}</p>`;
  }

  #renderLine(line: Line, t: Translator, lang: string, compact: boolean): TemplateResult {
    const emergency = line.urgency === 'emergency';
    return html`<li class="line" part="line" data-line=${line.id} data-urgency=${line.urgency}>
      <p class="name">
        <span part="name">${this.#name(line, lang)}</span>${emergency ? html` <span class="badge">${t('emergency')}</span>` : nothing}
      </p>
      ${this.#renderStatus(line, t)}
      ${currentAlerts(line.alerts, new Date(this.#now)).map((alert) => html`<p class="alert" part="alert">${this.#text(line, alert.text, lang)}</p>`)}
      ${compact ? nothing : html`<p class="for" part="for">${this.#text(line, line.eligibility, lang)}</p>`}
      ${line.interpreters ? html`<p class="interpreters" part="interpreters">${t('interpreters')}</p>` : nothing}
      <ul class="actions" role="list">
        ${line.contacts.map((contact, index) => this.#renderContact(line, contact, index, t, lang))}
      </ul>
    </li>`;
  }

  override render(): TemplateResult {
    if (this.#failure !== null) return this.#renderEmergencyOnly(this.#failure);
    try {
      return this.#renderBox();
    } catch (error) {
      return this.#renderEmergencyOnly(error);
    }
  }

  /**
   * The last resort if anything above fails on input nobody foresaw: the
   * bundled emergency line for the region, in English, so the box is never
   * blank and never throws into the host page.
   */
  #renderEmergencyOnly(error: unknown): TemplateResult {
    this.#report('error', `could not render the box (${String(error)}); showing the emergency number only`);
    let lines: Line[];
    try {
      lines = selectLines(bundledDirectory, { region: text(this.region) }).lines;
    } catch {
      lines = bundledDirectory.lines.filter((l) => l.urgency === 'emergency' && l.regions.includes(bundledDirectory.defaultRegion));
    }
    return html`<section class="box" part="box" aria-labelledby="heading" lang="en">
      <h2 id="heading" class="heading" part="heading">${en.heading}</h2>
      <ul class="lines" role="list">
        ${lines.map(
          (line) => html`<li class="line" part="line" data-line=${line.id} data-urgency=${line.urgency}>
            <p class="name"><span part="name">${line.name}</span> <span class="badge">${en.emergency}</span></p>
            <ul class="actions" role="list">
              ${line.contacts
                .filter((c) => c.type === 'phone')
                .map(
                  (c) => html`<li>
                    <a class="action" part="action" href=${contactHref(c) ?? nothing} data-line=${line.id} data-channel="phone" @click=${this.#handleAction}
                      >${en.action.phone.replace('{{number}}', c.display ?? c.value)}</a
                    >
                  </li>`,
                )}
            </ul>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderBox(): TemplateResult {
    const lang = this.#shownLanguage;
    const t = translator(lang);
    const compact = this.#variant === 'compact';
    const lines = this.#lines;
    const heading = text(this.heading).trim() || t('heading');
    // Rendered here, not inside repeat(), so that a failure reaches render()'s fallback.
    const rendered = lines.map((line) => this.#renderLine(line, t, lang, compact));
    return html`<section class="box" part="box" aria-labelledby="heading" lang=${lang} dir=${isRtl(lang) ? 'rtl' : 'ltr'}>
      ${this.#renderHeading(heading)}
      <ul class="lines" role="list">
        ${repeat(lines, (line) => line.id, (_, i) => rendered[i])}
      </ul>
    </section>`;
  }
}
