import { adoptStyles, html, LitElement, nothing, supportsAdoptingStyleSheets, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
// Keyed by line id: when open lines move first, a focused link keeps its number instead of taking another's.
import { repeat } from 'lit/directives/repeat.js';
import { buildBox, emergencyOnlyBox, type BoxModel, type ContactModel, type LineModel, type TextPart } from '../../box/model.js';
import { readOptions, type HeadingLevel, type Variant } from '../../box/options.js';
import type { Detection } from '../../context/detect.js';
import { ContextController } from '../../controllers/context-controller.js';
import { DirectoryController } from '../../controllers/directory-controller.js';
import { LanguageController } from '../../controllers/language-controller.js';
import { RefreshController } from '../../controllers/refresh-controller.js';
import { bundledDirectory } from '../../directory/bundled.js';
import type { ContactType } from '../../directory/constants.js';
import { HelplineContactEvent } from '../../events/helpline-contact.js';
import { clock } from '../../hours/clock.js';
import { wordsFor } from '../../i18n/localize.js';
import { leavePage, watchShortcut } from '../../platform/quick-exit.js';
import { styles, stylesFor } from './helpline-box.styles.js';

/**
 * @tagname helpline-box
 * @summary Shows the safeguarding helplines that fit a story, its readers and their region, as tap-to-call links.
 *
 * @attribute lang - The reader's language, a BCP 47 tag; else the closest ancestor's `lang`, else `<html lang>`.
 *
 * @event helpline-contact - A reader activated a contact link. `detail: { line, channel, href }`. Bubbles and is composed.
 * @event helpline-error - A publisher's directory (`src` or `directory`) could not be used, in whole or in part. `detail: { src, message, problems }`. Bubbles and is composed.
 * @event helpline-topics - A box with `topic="auto"` has read its story. `detail: { topics, detections }`: each topic found with its score and the phrases that showed it. Bubbles and is composed.
 *
 * @csspart box - The outer box (a landmark with the heading as its name).
 * @csspart heading - The box's heading.
 * @csspart line - One helpline (a list item).
 * @csspart name - A helpline's name.
 * @csspart for - Who a helpline is for.
 * @csspart alert - A current notice on a helpline (an outage, a changed number, holiday hours), shown until it ends.
 * @csspart interpreters - "Interpreters available", on a line whose operator offers them.
 * @csspart action - Each contact link (call, text, chat, web, report, email).
 * @csspart relay - A textphone or text-relay number, shown as text: a voice phone cannot dial it.
 * @csspart status - A line's open-now state in words ("Open now", "Closed - opens at 9:00 AM Monday").
 * @csspart calls - What a call costs and shows ("Free to call · Won't show on phone bills"), where the operator says.
 * @csspart more - The button that shows the lines beyond the first few ("More helplines (3)"), and hides them again.
 * @csspart exit - The quick exit button ("Exit this page"), with `quick-exit`.
 * @csspart report - The publisher's corrections link ("Number wrong? Tell us"), with `report-url`.
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
  /** Tells the box's own class apart from another element defined under its name (see define.ts). */
  static readonly isHelplineBox = true;

  /** Problems already logged by this box: each is logged once, not on every render. */
  #reported = new Set<string>();
  #directory = new DirectoryController(this);
  #language = new LanguageController(this, (message) => this.#report('warn', message));
  #context = new ContextController(this, (message) => this.#report('warn', message));
  /** What the box shows, decided before each render; null when deciding it failed. */
  #model: BoxModel | null = null;
  #failure: unknown = null;

  /** Space-separated topic ids, e.g. `child-sexual-abuse`; `auto` reads the story for them. */
  @property({ attribute: 'topic' }) topic = '';
  /** Topics for `topic="auto"` when the story makes nothing clear (else the emergency line only). */
  @property({ attribute: 'fallback-topic' }) fallbackTopic = '';
  /** For `topic="auto"`: a CSS selector for the element that holds the story, when it is not the box's `<article>` or the page's `<main>`. */
  @property({ attribute: 'context' }) context = '';
  /** ISO 3166 region, e.g. `GB`, `GB-SCT`, `IE`; a subdivision falls back to its country. */
  @property({ attribute: 'region' }) region = '';
  /** Space-separated line ids an editor picked; shown in this order after the emergency line. */
  @property({ attribute: 'lines' }) lines = '';
  /** Who the reader is likely to be: `child`, `concerned-adult`, `worried-about-self`, `survivor`. */
  @property({ attribute: 'audience' }) audience = '';
  /** URL of a directory to use instead of the bundled one. */
  @property({ attribute: 'src' }) src = '';
  /** `full` (default) or `compact`. Reflected, so a page can style the host by it. */
  @property({ attribute: 'variant', reflect: true }) variant: Variant = 'full';
  /** Replaces the default heading text. */
  @property({ attribute: 'heading' }) heading = '';
  /** Level of the box's heading, 2 to 6 (default 2). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: HeadingLevel = 2;
  /** A directory object to use instead of the bundled one (property only); checked like `src`, which it overrides. */
  @property({ attribute: false }) directory: unknown = null;
  /** Shows an "Exit this page" button (and the Shift key pressed 3 times) that leaves for `exit-url` at once, with Back not returning. */
  @property({ attribute: 'quick-exit', type: Boolean }) quickExit = false;
  /** The neutral page the quick exit goes to (https); BBC Weather when unset, as GOV.UK's component. */
  @property({ attribute: 'exit-url' }) exitUrl = '';
  /** The publisher's corrections page or address (https: or mailto:), shown as "Number wrong? Tell us". */
  @property({ attribute: 'report-url' }) reportUrl = '';

  /** Whether the lines beyond the first few are shown. */
  @state() private expanded = false;
  /** Stops the quick exit's keyboard shortcut for this box. */
  #unwatchShortcut: (() => void) | null = null;
  /** Whether the box has waited its one task before its first update (see scheduleUpdate). */
  #waited = false;
  /**
   * What the root shows until the first render (see createRenderRoot): a box
   * prerendered on a server, or a <slot> for the fallback content the page
   * put inside the element. Removed just before the first render fills the root.
   */
  #beforeFirstRender: readonly Node[] = [];
  /**
   * The lines behind "More helplines" are rendered a task after the first
   * render (they are hidden, so no reader sees them missing), unless the
   * reader opens them first; pending while that task is to come.
   */
  #more: Promise<void> | null = null;
  #moreRendered = false;
  #onlyMore = false;

  constructor() {
    super();
    // Registers itself with the box: re-renders at the next opening, closing or alert change.
    new RefreshController(this, () => this.#model?.nextChange ?? null);
  }

  /**
   * Also waits for the box's language file (at most LANGUAGE_WAIT_MS) and for
   * a publisher's directory to be checked (at most the load timeout), so
   * `await box.updateComplete` sees the box as it settles.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#language.pending || this.#directory.pending || this.#context.pending || this.#more) {
      await Promise.all([this.#language.pending, this.#directory.pending, this.#context.pending, this.#more]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The first update waits for a task of its own. A deferred script upgrades
   * the box in the same task as the script runs, after the page's own work;
   * rendering there too made one task of all of it, long enough on a phone to
   * hold up a reader's scrolling (bench/render.mjs). Later updates are Lit's
   * usual microtask.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.#waited) {
      this.#waited = true;
      await new Promise<void>((resolve) => setTimeout(resolve));
    }
    await super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The update that only adds the hidden lines keeps the model it renders, while it is still true.
    const onlyMore = this.#onlyMore;
    this.#onlyMore = false;
    const next = this.#model?.nextChange ?? null;
    if (onlyMore && changed.size === 0 && this.#model && (next === null || clock().now() < next)) return;
    this.#failure = null;
    try {
      const { options, warnings } = readOptions(this);
      for (const warning of warnings) this.#report('warn', warning);
      const model = buildBox({
        bundled: this.#directory.bundled,
        custom: this.#directory.directory,
        options,
        words: wordsFor(this.#language.lang, this.#language.formatLang),
        now: clock().now(),
        readerZone: clock().timeZone(),
        detected: this.#context.detections?.map((detection) => detection.topic) ?? null,
      });
      for (const warning of model.warnings) this.#report('warn', warning);
      this.#model = this.#holdOrder(model);
    } catch (error) {
      this.#model = null;
      this.#failure = error;
    }
  }

  /** Lit's render root, with the styles of the document the box is in (see stylesFor). */
  protected override createRenderRoot(): ShadowRoot | DocumentFragment {
    let root: ShadowRoot;
    try {
      root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    } catch (error) {
      // A page script got here first (a closed shadow root of its own, or a replaced attachShadow).
      console.error(`<helpline-box>: the box could not make its shadow root (${String(error)}), so it renders nothing and the fallback content inside the element stays. Check for a script that attaches a shadow root to <helpline-box> or replaces attachShadow.`);
      return document.createDocumentFragment();
    }
    // A box prerendered on a server (src/render/prerender.ts) is replaced, not hydrated: hydration needs the
    // first render to repeat the server's template exactly, and this one differs by design (live status,
    // a language that may arrive later). It stays on screen until the first update removes it and fills
    // the root in the same task, so no frame shows it empty and nothing shifts; its <link> or <style> goes
    // with it, and the adopted sheet, the same rules, takes over. Otherwise the root shows the element's
    // fallback content through a <slot> until then: the first render waits a task (see scheduleUpdate),
    // and a reader must never see the numbers the page put there vanish before the box's appear.
    // (data-prerendered: PRERENDERED_ATTRIBUTE in src/render/prerender.ts, which the element does not load.)
    const prerendered = [...root.children].some((child) => child.hasAttribute('data-prerendered'));
    if (!prerendered) root.append(root.ownerDocument.createElement('slot'));
    this.#beforeFirstRender = [...root.childNodes];
    // Browsers without constructed stylesheets (Safari before 16.4) get Lit's <style> element, which stays.
    if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = stylesFor(this.ownerDocument);
    else adoptStyles(root, [styles]);
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Only once the box is in the root (the same task, so no frame shows both): should rendering ever
    // throw, the fallback or the prerendered box stays on screen rather than an empty box.
    for (const node of this.#beforeFirstRender) node.parentNode?.removeChild(node);
    this.#beforeFirstRender = [];
  }

  protected override firstUpdated(): void {
    this.#more = new Promise<void>((resolve) =>
      setTimeout(() => {
        this.#moreRendered = true;
        this.#onlyMore = true;
        this.#more = null;
        this.requestUpdate();
        resolve();
      }),
    );
  }

  /** Moved into another document (an iframe): its styles follow it. */
  adoptedCallback(): void {
    if (this.shadowRoot && supportsAdoptingStyleSheets) this.shadowRoot.adoptedStyleSheets = stylesFor(this.ownerDocument);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusout', this.#handleFocusOut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusout', this.#handleFocusOut);
    this.#unwatchShortcut?.();
    this.#unwatchShortcut = null;
  }

  protected override updated(): void {
    // The shortcut follows the quick exit: on while the box offers one, off otherwise.
    const exit = this.#model?.exitUrl ?? null;
    if (exit && !this.#unwatchShortcut) this.#unwatchShortcut = watchShortcut(this.#handleExit);
    else if (!exit && this.#unwatchShortcut) {
      this.#unwatchShortcut();
      this.#unwatchShortcut = null;
    }
  }

  /**
   * Never moves lines under a reader's focus: the link they are on would change
   * place or, in a screen reader, silently become another line's number. The
   * new order waits for focus to leave (see handleFocusOut).
   */
  #holdOrder(model: BoxModel): BoxModel {
    const shown = this.#model?.lines.map((line) => line.id) ?? [];
    if (!this.shadowRoot?.activeElement || shown.length !== model.lines.length) return model;
    const byId = new Map(model.lines.map((line) => [line.id, line]));
    const held = shown.flatMap((id) => byId.get(id) ?? []);
    return held.length === model.lines.length ? { ...model, lines: held } : model;
  }

  #report(level: 'warn' | 'error', message: string): void {
    if (this.#reported.has(message)) return;
    this.#reported.add(message);
    console[level](`<helpline-box>: ${message}`);
  }

  /** An order held while the reader was on a link catches up once focus leaves the box. */
  readonly #handleFocusOut = (event: FocusEvent): void => {
    if (!this.shadowRoot?.contains(event.relatedTarget as Node | null)) this.requestUpdate();
  };

  readonly #handleExit = (): void => {
    const url = this.#model?.exitUrl;
    if (url) leavePage(url, this.ownerDocument);
  };

  readonly #handleMore = (): void => {
    this.expanded = !this.expanded;
  };

  readonly #handleAction = (event: Event): void => {
    const link = event.currentTarget as HTMLAnchorElement;
    const line = link.dataset['line'];
    const channel = link.dataset['channel'] as ContactType | undefined;
    if (!line || !channel) return;
    this.dispatchEvent(new HelplineContactEvent({ line, channel, href: link.getAttribute('href') ?? '' }));
  };

  /** What `topic="auto"` found in the story, strongest first, with the phrases that showed each; null until it has read it. */
  get detectedTopics(): Detection[] | null {
    return this.#context.detections;
  }

  /**
   * Reads the story again for `topic="auto"` (after a single-page app has put
   * a new story in place, say) and shows its topics. Resolves to what it found.
   */
  readStory(): Promise<Detection[]> {
    return this.#context.read();
  }

  /** Numbers and addresses in their own left-to-right run, so right-to-left text cannot reorder their digits. */
  #renderText(parts: TextPart[]): (string | TemplateResult)[] {
    return parts.map((part) =>
      typeof part === 'string' ? part : html`<bdi dir="ltr" class=${part.name === 'number' ? 'number' : 'value'}>${part.value}</bdi>`,
    );
  }

  #renderHeading(level: HeadingLevel, text: string): TemplateResult {
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

  #renderContact(line: LineModel, contact: ContactModel, index: number): TemplateResult {
    // A textphone or relay number: text to read or copy, never a link a voice phone would dial.
    if (contact.href === null) {
      return html`<li class="relay" part="relay">${this.#renderText(contact.text)}${contact.label ? html`<span class="label">${contact.label}</span>` : nothing}</li>`;
    }
    // Numbers are also given digit by digit as the link's description (see spoken-digits.ts).
    const digitsId = contact.digits ? `digits-${line.id}-${index}` : null;
    return html`<li>
      ${digitsId ? html`<span id=${digitsId} hidden>${contact.digits}</span>` : nothing}
      <a
        class="action"
        part="action"
        href=${contact.href}
        data-line=${line.id}
        data-channel=${contact.channel}
        target=${contact.external ? '_blank' : nothing}
        rel=${contact.external ? 'noopener noreferrer' : nothing}
        aria-describedby=${digitsId ?? nothing}
        @click=${this.#handleAction}
        ><span>${this.#renderText(contact.text)}${contact.context ? html`<span class="unseen-words">${contact.context}</span>` : nothing}</span
        >${contact.label ? html`<span class="label">${contact.label}</span>` : nothing}</a
      >
    </li>`;
  }

  #renderLine(line: LineModel): TemplateResult {
    return html`<li class="line" part="line" data-line=${line.id} data-urgency=${line.urgency}>
      <p class="name"><span part="name">${line.name}</span>${line.badge ? html` <span class="badge">${line.badge}</span>` : nothing}</p>
      ${line.alerts.map((alert) => html`<p class="alert" part="alert">${alert}</p>`)}
      <p class="about">
        ${line.status ? html`<span class="status" part="status" data-status=${line.status.state}>${line.status.text}</span>` : nothing}${line.eligibility !== null
          ? html`<span class="for" part="for">${line.eligibility}</span>`
          : nothing}${line.interpreters ? html`<span class="interpreters" part="interpreters">${line.interpreters}</span>` : nothing}
      </p>
      <ul class="actions" role="list">
        ${line.contacts.map((contact, index) => this.#renderContact(line, contact, index))}
      </ul>
      ${line.calls ? html`<p class="calls" part="calls">${line.calls}</p>` : nothing}
    </li>`;
  }

  #renderLines(lines: LineModel[], id: string | null, hidden: boolean): TemplateResult {
    // Rendered here, not inside repeat(), so that a failure reaches render()'s fallback.
    const rendered = lines.map((line) => this.#renderLine(line));
    return html`<ul class="lines" role="list" id=${id ?? nothing} ?hidden=${hidden}>
      ${repeat(lines, (line) => line.id, (_, i) => rendered[i])}
    </ul>`;
  }

  #renderBox(model: BoxModel): TemplateResult {
    const more = model.lines.slice(model.shown);
    return html`<section class="box" part="box" aria-labelledby="heading" lang=${model.lang} dir=${model.dir} data-variant=${model.variant}>
      ${model.exitUrl
        ? html`<p class="exit"><button type="button" class="exit-button" part="exit" aria-describedby="exit-hint" @click=${this.#handleExit}>${model.labels.exit}</button
            ><span id="exit-hint" class="unseen">${model.labels.exitHint}</span></p>`
        : nothing}
      ${this.#renderHeading(model.headingLevel, model.heading)} ${this.#renderLines(model.lines.slice(0, model.shown), null, false)}
      ${more.length > 0
        ? html`<button type="button" class="more" part="more" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="more-lines" @click=${this.#handleMore}>
              ${this.expanded ? model.labels.fewer : model.labels.more}
            </button>
            ${this.#renderLines(this.expanded || this.#moreRendered ? more : [], 'more-lines', !this.expanded)}`
        : nothing}
      ${model.reportUrl ? html`<p class="report"><a part="report" href=${model.reportUrl} target="_blank" rel="noopener noreferrer">${model.labels.report}</a></p>` : nothing}
    </section>`;
  }

  override render(): TemplateResult {
    try {
      if (this.#model) return this.#renderBox(this.#model);
    } catch (error) {
      this.#failure = error;
    }
    // The last resort if anything above failed on input nobody foresaw: never blank, never a throw into the page.
    this.#report('error', `could not render the box (${String(this.#failure)}); showing the emergency number only`);
    const { headingLevel, exitUrl } = readOptions(this).options;
    return this.#renderBox(emergencyOnlyBox(bundledDirectory, typeof this.region === 'string' ? this.region : '', headingLevel, exitUrl));
  }
}
