import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { HEADING_LEVELS, VARIANTS, type HeadingLevel, type Variant } from '../../src/box/options.js';
import { TOPIC_IDS } from '../../src/context/topics.js';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { AUDIENCES } from '../../src/directory/constants.js';
import type { Directory, Line } from '../../src/directory/schema.js';
import { reviewWarnings } from '../../src/directory/validate.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { channels, doubtText, lineHours, regionName, searchLines, servesRegion, topicName } from './catalogue.js';
import { AUTO, attributesOf, configFromQuery, DEFAULT_SCRIPT, defaults, KNOBS, QUICK_EXIT_TOPICS, queryOf, quickExitOn, type BuilderConfig, type KnobContext } from './config.js';
import { describeInstant, directoryZones, INSTANT_PRESETS, regionZone, resolveInstant, wallInput } from './instant.js';
import { readSnippet } from './paste.js';
import type { PreviewApi, PreviewRequest, PreviewResult, PreviewWindow } from './preview-api.js';
import { fallbackFor, snippetHtml, type Fallback } from './snippet.js';
import { suggestTopics, type Suggestion } from './suggest.js';
import { configWarnings, selectedLines, type Warning, type WarningPlace } from './warnings.js';
import { styles } from './helpline-builder.styles.js';

/** The four previews: the real element at a phone's and an article's width, light and dark. */
export const FRAMES = [
  { id: 'phone-light', width: 390, scheme: 'light', caption: 'Phone, 390 px, light' },
  { id: 'phone-dark', width: 390, scheme: 'dark', caption: 'Phone, 390 px, dark' },
  { id: 'article-light', width: 640, scheme: 'light', caption: 'Article column, 640 px, light' },
  { id: 'article-dark', width: 640, scheme: 'dark', caption: 'Article column, 640 px, dark' },
] as const;

const AUDIENCE_NAMES: Record<(typeof AUDIENCES)[number], string> = {
  child: 'A child or young person',
  'concerned-adult': 'An adult worried about someone',
  'worried-about-self': 'Someone worried about their own thoughts or behaviour',
  survivor: 'A survivor',
};

const URGENCY_NAMES: Record<Line['urgency'], string> = { emergency: 'Emergency', crisis: 'Crisis', support: 'Support', report: 'Reporting' };

const languageName = (tag: string): string => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const readableDate = (iso: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? DATE.format(new Date(`${iso}T00:00:00Z`)) : iso);

/** The page of a preview frame with the fallback alone, as a reader without scripts gets it. */
const noScriptPage = (fallback: string): string =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="color-scheme" content="light"><title>Without JavaScript</title></head>` +
  `<body style="margin:0;padding:1px 16px;font-family:Georgia,serif">${fallback}</body></html>`;

/**
 * @summary The configurator for editors (issue #14): pick a story's topics and
 * place, see the box readers will see, copy the snippet for the CMS.
 */
export class HelplineBuilder extends LitElement {
  static override styles = styles;

  readonly #directory: Directory = bundledDirectory;
  readonly #context: KnobContext = { directory: bundledDirectory, extraTopics: TOPIC_IDS };
  /** Bumped for every refresh, so a slow one cannot overwrite a newer one. */
  #refreshes = 0;
  #pending: Promise<void> = Promise.resolve();
  #suggestionsFor = '';
  #suggestions: Suggestion[] = [];

  @state() private config: BuilderConfig = defaults();
  /** What the address held that could not be used. */
  @state() private addressComplaints: string[] = [];
  @state() private story = '';
  @state() private search = '';
  @state() private onlyRegion = false;
  @state() private catalogueOpen = false;
  @state() private snippetPaste = '';
  @state() private pasteComplaints: string[] = [];
  @state() private fallback: Fallback = { html: '', lines: [] };
  @state() private previews: (PreviewResult | null)[] = FRAMES.map(() => null);
  @state() private previewError = '';
  @state() private heights: number[] = FRAMES.map(() => 300);
  @state() private noScriptHeight = 300;
  @state() private status = '';

  /** Where the preview page is, relative to the configurator's page. */
  @property({ attribute: 'preview-src' }) previewSrc = './builder/preview.html';
  /** Keeps the page's address in step with the choices (off in tests that must not touch it). */
  @property({ attribute: 'no-address', type: Boolean }) noAddress = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.noAddress) return;
    const { config, complaints } = configFromQuery(location.search, this.#context);
    this.config = config;
    this.addressComplaints = complaints;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const watched = ['config', 'story'] as const;
    if (!watched.some((key) => changed.has(key as keyof HelplineBuilder))) return;
    if (!this.noAddress) this.#writeAddress();
    this.#pending = this.#refresh();
  }

  /** The topics found in the pasted story (for `auto`), recomputed only when the story or language changes. */
  get #detected(): string[] {
    return this.#suggestionsList.filter((s) => s.inDirectory).map((s) => s.topic);
  }

  get #suggestionsList(): Suggestion[] {
    const key = `${this.config.lang}\n${this.story}`;
    if (key !== this.#suggestionsFor) {
      this.#suggestionsFor = key;
      this.#suggestions = suggestTopics(this.story, this.config.lang, this.#directory);
    }
    return this.#suggestions;
  }

  get #zone(): string {
    return this.config.zone || regionZone(this.#directory, this.config.region);
  }

  #previewRequest(): PreviewRequest {
    return {
      attributes: attributesOf(this.config, this.#detected),
      at: resolveInstant(this.config.at, this.#zone, Date.now()),
      zone: this.#zone,
      story: this.config.topics.includes(AUTO) ? this.story : '',
    };
  }

  #writeAddress(): void {
    const params = new URLSearchParams(location.search);
    // Parameters that are not the builder's (a CMS's own) stay.
    for (const knob of Object.values(KNOBS)) params.delete(knob.param);
    for (const [name, value] of new URLSearchParams(queryOf(this.config))) params.append(name, value);
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  /** A frame's preview page, once it has loaded. */
  async #frameApi(frame: HTMLIFrameElement): Promise<PreviewApi> {
    const ready = () => {
      const win: PreviewWindow | null = frame.contentWindow;
      const api = win?.helplinePreview;
      return api && frame.contentDocument?.readyState === 'complete' ? api : null;
    };
    let api = ready();
    if (!api) {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      api = ready();
    }
    if (!api) throw new Error(`the preview page ${this.previewSrc} did not load`);
    return api;
  }

  /** Shows the current choices in every frame and writes the fallback, newest request last. */
  async #refresh(): Promise<void> {
    const run = ++this.#refreshes;
    const request = this.#previewRequest();
    const frames = [...this.renderRoot.querySelectorAll<HTMLIFrameElement>('iframe[data-frame]')];
    const [fallback, previews] = await Promise.all([
      fallbackFor(this.config, this.#directory, this.#detected),
      Promise.all(
        frames.map(async (frame, i) => {
          const api = await this.#frameApi(frame);
          api.onresize = (height) => this.#setHeight(i, height);
          return api.show(request);
        }),
      ).catch((error: unknown) => {
        this.previewError = `The preview could not start: ${error instanceof Error ? error.message : String(error)}.`;
        return FRAMES.map(() => null);
      }),
    ]);
    if (run !== this.#refreshes) return;
    this.fallback = fallback;
    this.previews = previews;
    previews.forEach((result, i) => result && this.#setHeight(i, result.height));
    await this.updateComplete;
  }

  #setHeight(i: number, height: number): void {
    if (this.heights[i] === height) return;
    this.heights = this.heights.map((h, j) => (j === i ? height : h));
  }

  #set<K extends keyof BuilderConfig>(key: K, value: BuilderConfig[K]): void {
    this.config = { ...this.config, [key]: value };
    this.status = '';
  }

  readonly #handleTopic = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    if (box.value === AUTO) {
      this.#set('topics', box.checked ? [AUTO] : []);
      return;
    }
    const topics = this.config.topics.filter((t) => t !== AUTO && t !== box.value);
    // In the directory's order, which is how the box reads them anyway.
    const order = this.#directory.topics.map((t) => t.id);
    const rank = (topic: string) => (order.includes(topic) ? order.indexOf(topic) : order.length);
    this.#set('topics', box.checked ? [...topics, box.value].sort((a, b) => rank(a) - rank(b)) : topics);
  };

  readonly #handlePick = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const lines = this.config.lines.filter((id) => id !== box.value);
    this.#set('lines', box.checked ? [...lines, box.value] : lines);
  };

  #move(id: string, by: -1 | 1): void {
    const lines = [...this.config.lines];
    const from = lines.indexOf(id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= lines.length) return;
    [lines[from], lines[to]] = [lines[to], lines[from]];
    this.#set('lines', lines);
    this.status = `${this.#lineName(id)} moved to place ${to + 1} of ${lines.length}.`;
    // The keyboard stays with the line that moved: its same button, or the other one at the end of the list.
    void this.#focusAfterUpdate(`.picked li[data-line="${id}"] button[data-move="${by}"]:not(:disabled), .picked li[data-line="${id}"] button[data-move]:not(:disabled)`);
  }

  #remove(id: string): void {
    const lines = this.config.lines;
    const at = lines.indexOf(id);
    const next = lines[at + 1] ?? lines[at - 1];
    this.#set('lines', lines.filter((line) => line !== id));
    this.status = `${this.#lineName(id)} removed.`;
    void this.#focusAfterUpdate(next ? `.picked li[data-line="${next}"] button[data-remove]` : '#start-from-topics');
  }

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #lineName(id: string): string {
    return this.#directory.lines.find((line) => line.id === id)?.name ?? id;
  }

  readonly #handleStartFromTopics = (): void => {
    const lines = selectedLines({ ...this.config, lines: [] }, this.#directory, this.#detected).filter((line) => line.urgency !== 'emergency');
    this.#set('lines', lines.map((line) => line.id));
    this.status = `Picked the ${lines.length} lines the topics choose; reorder or remove them below.`;
  };

  readonly #handleUseSuggestions = (): void => {
    this.#set('topics', this.#suggestionsList.filter((s) => s.inDirectory).map((s) => s.topic));
  };

  readonly #handleReadSnippet = (): void => {
    const read = readSnippet(this.snippetPaste, this.#context);
    if (!read) {
      this.pasteComplaints = ['No <helpline-box> element was found in the pasted text.'];
      return;
    }
    // The preview's time and zone are the editor's, not the snippet's.
    this.config = { ...read.config, at: this.config.at, zone: this.config.zone };
    this.pasteComplaints = read.complaints;
    this.status = 'The snippet was read into the controls.';
  };

  async #copy(text: string, what: string, source: HTMLTextAreaElement | HTMLInputElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = `Copied the ${what}.`;
    } catch {
      // No clipboard access (an http page, a refused permission): select it for the editor to copy.
      source?.focus();
      source?.select();
      this.status = `Could not copy the ${what} here: it is selected, press Ctrl+C (or Cmd+C) to copy it.`;
    }
  }

  /** Settles once the previews and the snippet show the latest choices (for tests). */
  get settled(): Promise<void> {
    return (async () => {
      let pending: Promise<void>;
      do {
        await this.updateComplete;
        pending = this.#pending;
        await pending;
      } while (pending !== this.#pending);
    })();
  }

  /** The snippet an editor copies. */
  get snippet(): string {
    return this.fallback.html ? snippetHtml(this.config, this.fallback.html, this.#detected) : '';
  }

  #renderWarnings(warnings: readonly Warning[], place: WarningPlace | 'address' | 'paste', id: string, extra: readonly string[] = []): TemplateResult | typeof nothing {
    const texts = [...extra, ...warnings.filter((w) => w.place === place).map((w) => w.text)];
    if (texts.length === 0) return nothing;
    return html`<ul class="warnings" id=${id} data-place=${place}>
      ${texts.map((text) => html`<li>${text}</li>`)}
    </ul>`;
  }

  #renderStory(): TemplateResult {
    const suggestions = this.#suggestionsList;
    const usable = suggestions.filter((s) => s.inDirectory);
    return html`<section aria-labelledby="story-heading">
      <h2 id="story-heading">The story</h2>
      <label for="story">Paste the story (headline on the first line) to find its topics</label>
      <textarea id="story" rows="4" .value=${this.story} @input=${(e: Event) => (this.story = (e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="hint">The text stays in this page: it is not sent anywhere and not kept in the address.</p>
      ${this.story.trim() === ''
        ? nothing
        : html`<div role="status" class="suggestions">
            ${suggestions.length === 0
              ? html`<p>No topic is clear enough in this text: the box would show the emergency line only.</p>`
              : html`<ul>
                  ${suggestions.map(
                    (s) => html`<li data-topic=${s.topic}>
                      found: ${s.evidence.map((phrase, i) => html`${i > 0 ? ', ' : ''}<q>${phrase}</q>`)} &rarr; <strong>${s.label}</strong>${s.inDirectory ? nothing : html` <em>(no lines in the directory yet)</em>`}
                    </li>`,
                  )}
                </ul>`}
          </div>`}
      <div class="buttons">
        <button type="button" id="use-suggestions" ?disabled=${usable.length === 0} @click=${this.#handleUseSuggestions}>Use these topics</button>
        <button type="button" class="secondary" id="use-auto" @click=${() => this.#set('topics', [AUTO])}>Let the box choose from the story (topic="auto")</button>
      </div>
    </section>`;
  }

  #renderWho(warnings: readonly Warning[]): TemplateResult {
    const { config } = this;
    const auto = config.topics.includes(AUTO);
    const directory = this.#directory;
    return html`<section aria-labelledby="who-heading">
      <h2 id="who-heading">Topics, place and reader</h2>
      <fieldset id="topics" aria-describedby="topics-warnings">
        <legend>Topics</legend>
        ${[...directory.topics.map((t) => t.id), ...config.topics.filter((t) => t !== AUTO && !directory.topics.some((known) => known.id === t))].map(
          (topic) => html`<label class="check"
            ><input type="checkbox" name="topic" value=${topic} .checked=${config.topics.includes(topic)} @change=${this.#handleTopic} />
            ${topicName(directory, topic)}</label
          >`,
        )}
        <label class="check"
          ><input type="checkbox" name="topic" value=${AUTO} .checked=${auto} @change=${this.#handleTopic} />
          <span>From the story on the page (<code>auto</code>)</span></label
        >
        ${this.#renderWarnings(warnings, 'topics', 'topics-warnings')}
      </fieldset>
      <label for="region">Region</label>
      <select id="region" aria-describedby="region-warnings" @change=${(e: Event) => this.#set('region', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${config.region === ''}>${regionName(directory, directory.defaultRegion)} (the default)</option>
        ${directory.regions.map((r) => html`<option value=${r.id} ?selected=${config.region === r.id}>${r.name.en} (${r.id})</option>`)}
      </select>
      ${this.#renderWarnings(warnings, 'region', 'region-warnings')}
      <label for="audience">Who is likely to read it</label>
      <select id="audience" @change=${(e: Event) => this.#set('audience', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${config.audience === ''}>Everyone (the default)</option>
        ${AUDIENCES.map((a) => html`<option value=${a} ?selected=${config.audience === a}>${AUDIENCE_NAMES[a]}</option>`)}
      </select>
      <label for="lang">Language of the box</label>
      <select id="lang" @change=${(e: Event) => this.#set('lang', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${config.lang === ''}>The page's language</option>
        ${LANGUAGES.map((tag) => html`<option value=${tag} ?selected=${config.lang === tag}>${languageName(tag)} (${tag})</option>`)}
      </select>
      ${config.lang === '' ? html`<p class="hint">The box follows the page's <code>lang</code>; the fallback is in English.</p>` : nothing}
    </section>`;
  }

  #renderLook(): TemplateResult {
    const { config } = this;
    return html`<section aria-labelledby="look-heading">
      <h2 id="look-heading">Look</h2>
      <fieldset id="variant">
        <legend>Variant</legend>
        ${VARIANTS.map(
          (v: Variant) => html`<label class="check"
            ><input type="radio" name="variant" value=${v} .checked=${config.variant === v} @change=${() => this.#set('variant', v)} />
            ${v === 'full' ? 'Full: who each line is for' : 'Compact: tighter, without who each line is for'}</label
          >`,
        )}
      </fieldset>
      <label for="heading">Heading</label>
      <input id="heading" type="text" placeholder="Help and support" .value=${config.heading} @input=${(e: Event) => this.#set('heading', (e.target as HTMLInputElement).value)} />
      <label for="heading-level">Heading level</label>
      <select id="heading-level" @change=${(e: Event) => this.#set('headingLevel', Number((e.target as HTMLSelectElement).value) as HeadingLevel)}>
        ${HEADING_LEVELS.map((level) => html`<option value=${level} ?selected=${config.headingLevel === level}>h${level}${level === 2 ? ' (the default)' : ''}</option>`)}
      </select>
    </section>`;
  }

  #renderSafety(warnings: readonly Warning[]): TemplateResult {
    const { config } = this;
    const on = quickExitOn(config, this.#detected);
    return html`<section aria-labelledby="safety-heading">
      <h2 id="safety-heading">Safety and corrections</h2>
      <label class="check"
        ><input id="quick-exit" type="checkbox" .checked=${on} aria-describedby="quick-exit-hint quick-exit-warnings" @change=${(e: Event) => this.#set('quickExit', (e.target as HTMLInputElement).checked)} />
        Quick exit button</label
      >
      <p class="hint" id="quick-exit-hint">
        ${config.quickExit === null ? 'Following the topics: on' : 'Your choice; on'} for stories about
        ${QUICK_EXIT_TOPICS.map((t) => topicName(this.#directory, t).toLowerCase()).join(', ')}, where an abuser may see the screen.
      </p>
      ${this.#renderWarnings(warnings, 'quick-exit', 'quick-exit-warnings')}
      <label for="exit-url">Quick exit goes to (https://, optional)</label>
      <input id="exit-url" type="url" placeholder="the box's default" .value=${config.exitUrl} aria-describedby="exit-url-warnings" @change=${(e: Event) => this.#set('exitUrl', (e.target as HTMLInputElement).value.trim())} />
      ${this.#renderWarnings(warnings, 'exit-url', 'exit-url-warnings', config.exitUrl && !config.exitUrl.startsWith("https://") ? ['Use an https:// address.'] : [])}
      <label for="report-url">Link for readers to report a wrong number (https://, optional)</label>
      <input id="report-url" type="url" .value=${config.reportUrl} aria-describedby="report-url-warnings" @change=${(e: Event) => this.#set('reportUrl', (e.target as HTMLInputElement).value.trim())} />
      ${this.#renderWarnings([], 'paste', 'report-url-warnings', config.reportUrl && !config.reportUrl.startsWith("https://") ? ['Use an https:// address.'] : [])}
    </section>`;
  }

  #renderLineFacts(line: Line, stale: ReadonlySet<string>): TemplateResult {
    const directory = this.#directory;
    const region = this.config.region || directory.defaultRegion;
    return html`<dl class="facts">
      <dt>Contacts</dt>
      <dd>
        ${channels(line).map(
          (c, i) =>
            html`${i > 0 ? html`<br />` : nothing}${c.channel}:
              ${c.href ? html`<a href=${c.href} target="_blank" rel="noopener noreferrer">${c.value}</a>` : html`<span class="number">${c.value}</span>`}${c.label
                ? html` (${c.label})`
                : nothing}`,
        )}
      </dd>
      <dt>For</dt>
      <dd>${line.eligibility.en}</dd>
      <dt>Regions</dt>
      <dd>
        ${line.regions.map((r) => regionName(directory, r)).join(', ')}${servesRegion(line, region) ? nothing : html` <strong class="caution">(not ${regionName(directory, region)})</strong>`}
      </dd>
      <dt>Topics</dt>
      <dd>${line.topics.map((t) => topicName(directory, t)).join(', ')}</dd>
      <dt>Hours</dt>
      <dd>${lineHours(line).map((text, i) => html`${i > 0 ? html`<br />` : nothing}${text}`)}</dd>
      <dt>Source</dt>
      <dd>
        <a href=${line.source} target="_blank" rel="noopener noreferrer">${new URL(line.source).host}</a>${line.sourceDate ? `, page dated ${line.sourceDate}` : ', the page shows no date'}
      </dd>
      <dt>Checked</dt>
      <dd>${readableDate(line.verified)}${stale.has(line.id) ? html` <strong class="caution">(over a year ago: check again)</strong>` : nothing}</dd>
      ${doubtText(line)
        ? html`<dt>Doubt</dt>
            <dd class="caution">${doubtText(line)}</dd>`
        : nothing}
    </dl>`;
  }

  #renderLines(warnings: readonly Warning[]): TemplateResult {
    const { config } = this;
    const directory = this.#directory;
    const region = config.region || directory.defaultRegion;
    const stale = new Set(reviewWarnings(directory, new Date()).filter((p) => p.path.endsWith('.verified')).flatMap((p) => p.lineId ?? []));
    const found = searchLines(directory, this.search).filter((line) => !this.onlyRegion || servesRegion(line, region));
    const picked = config.lines.map((id) => directory.lines.find((line) => line.id === id)).filter((line): line is Line => line !== undefined);
    return html`<section aria-labelledby="lines-heading">
      <h2 id="lines-heading">Lines</h2>
      <p class="hint">
        The box picks lines for the topics, in the directory's recommended order. To choose them yourself, pick them in the catalogue. The emergency line always comes
        first, and at the moment a reader looks, open lines move ahead of closed ones of the same kind.
      </p>
      <h3 id="picked-heading">Your lines, in order</h3>
      ${picked.length === 0
        ? html`<p id="picked-none">None picked: the topics choose the lines.</p>`
        : html`<ol class="picked" aria-labelledby="picked-heading">
            ${picked.map(
              (line, i) => html`<li data-line=${line.id}>
                <span class="picked-name"
                  >${line.name}${servesRegion(line, region) && line.active !== false
                    ? nothing
                    : html` <strong class="caution">(left out: ${line.active === false ? 'inactive' : `not in ${regionName(directory, region)}`})</strong>`}</span
                >
                <span class="buttons">
                  <button type="button" class="secondary" data-move="-1" aria-label="Move ${line.name} up" ?disabled=${i === 0} @click=${() => this.#move(line.id, -1)}>Up</button>
                  <button type="button" class="secondary" data-move="1" aria-label="Move ${line.name} down" ?disabled=${i === picked.length - 1} @click=${() => this.#move(line.id, 1)}>
                    Down
                  </button>
                  <button type="button" class="secondary" data-remove aria-label="Remove ${line.name}" @click=${() => this.#remove(line.id)}>Remove</button>
                </span>
              </li>`,
            )}
          </ol>`}
      ${this.#renderWarnings(warnings, 'lines', 'lines-warnings')}
      <div class="buttons">
        <button type="button" id="start-from-topics" @click=${this.#handleStartFromTopics}>Start from the topics' lines</button>
        <button type="button" class="secondary" id="clear-lines" ?disabled=${picked.length === 0} @click=${() => this.#set('lines', [])}>Clear: let the topics choose</button>
      </div>
      <details class="catalogue-holder" ?open=${this.catalogueOpen} @toggle=${(e: Event) => (this.catalogueOpen = (e.target as HTMLDetailsElement).open)}>
      <summary><h3 id="catalogue-heading">Catalogue: every line in the directory (${directory.lines.length})</h3></summary>
      <label for="search">Search by name, number, region or topic</label>
      <input id="search" type="search" .value=${this.search} @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)} />
      <label class="check"
        ><input id="only-region" type="checkbox" .checked=${this.onlyRegion} @change=${(e: Event) => (this.onlyRegion = (e.target as HTMLInputElement).checked)} /> Only lines
        that serve ${regionName(directory, region)}</label
      >
      <p role="status" class="count">${found.length} of ${directory.lines.length} lines</p>
      <ul class="catalogue" aria-labelledby="catalogue-heading">
        ${found.map(
          (line) => html`<li data-line=${line.id} class=${servesRegion(line, region) ? '' : 'elsewhere'}>
            <div class="entry-head">
              <label class="check pick"
                ><input type="checkbox" value=${line.id} .checked=${config.lines.includes(line.id)} @change=${this.#handlePick} />
                <strong>${line.name}</strong></label
              >
              <span class="tag">${URGENCY_NAMES[line.urgency]}</span> <code>${line.id}</code>
            </div>
            ${this.#renderLineFacts(line, stale)}
          </li>`,
        )}
      </ul>
      </details>
    </section>`;
  }

  #renderInstant(): TemplateResult {
    const { config } = this;
    const zone = this.#zone;
    const instant = resolveInstant(config.at, zone, Date.now());
    const custom = config.at !== 'now' && !Object.hasOwn(INSTANT_PRESETS, config.at);
    const zones = [...new Set([regionZone(this.#directory, config.region), ...directoryZones(this.#directory), Intl.DateTimeFormat().resolvedOptions().timeZone])];
    return html`<div class="instant">
      <div>
        <label for="at">Preview the box at</label>
        <select
          id="at"
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            this.#set('at', value === 'custom' ? wallInput(Date.now(), zone) : value);
          }}
        >
          <option value="now" ?selected=${config.at === 'now'}>Now</option>
          ${Object.entries(INSTANT_PRESETS).map(([id, preset]) => html`<option value=${id} ?selected=${config.at === id}>${preset.label}</option>`)}
          <option value="custom" ?selected=${custom}>Another time…</option>
        </select>
      </div>
      ${custom
        ? html`<div>
            <label for="at-custom">Date and time</label>
            <input id="at-custom" type="datetime-local" .value=${config.at} @change=${(e: Event) => (e.target as HTMLInputElement).value && this.#set('at', (e.target as HTMLInputElement).value)} />
          </div>`
        : nothing}
      <div>
        <label for="zone">Reader's time zone</label>
        <select id="zone" @change=${(e: Event) => this.#set('zone', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${config.zone === ''}>The region's (${regionZone(this.#directory, config.region)})</option>
          ${zones.map((z) => html`<option value=${z} ?selected=${config.zone === z}>${z}</option>`)}
        </select>
      </div>
      <p class="showing" id="showing">Showing ${instant === null ? 'now' : describeInstant(instant, zone)}, for a reader in ${zone}.</p>
    </div>`;
  }

  #renderPreview(warnings: readonly Warning[]): TemplateResult {
    const mismatch = this.#frameMismatch();
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      ${this.#renderInstant()} ${this.#renderWarnings(warnings, 'set', 'set-warnings', mismatch)}
      ${this.previewError ? html`<p class="warnings" role="alert">${this.previewError}</p>` : nothing}
      <div class="frames">
        ${FRAMES.map(
          (frame, i) => html`<figure class="frame ${frame.scheme}">
            <figcaption>${frame.caption}${this.previews[i] && this.previews[i].dark !== (frame.scheme === 'dark') ? ' (this browser shows it light)' : ''}</figcaption>
            <iframe
              data-frame=${frame.id}
              title="The box at ${frame.caption.toLowerCase()}"
              src=${this.previewSrc}
              style=${styleMap({ width: `${frame.width}px`, height: `${this.heights[i]}px` })}
            ></iframe>
          </figure>`,
        )}
        <figure class="frame light">
          <figcaption>Without JavaScript: the fallback alone</figcaption>
          <!-- No allow-scripts: nothing runs in it, as in a feed reader. -->
          <iframe
            data-noscript
            title="The fallback, as a reader without JavaScript sees it"
            sandbox="allow-same-origin"
            srcdoc=${noScriptPage(this.fallback.html)}
            style=${styleMap({ width: '390px', height: `${this.noScriptHeight}px` })}
            @load=${(e: Event) => (this.noScriptHeight = Math.ceil((e.target as HTMLIFrameElement).contentDocument?.documentElement.getBoundingClientRect().height ?? 300))}
          ></iframe>
        </figure>
      </div>
    </section>`;
  }

  /** Previews that disagree with each other or with the fallback about which lines show: never expected, so said loudly. */
  #frameMismatch(): string[] {
    const shown = this.previews.filter((p): p is PreviewResult => p !== null);
    if (shown.length === 0 || !this.fallback.html) return [];
    const sets = shown.map((p) => [...p.lines].sort().join(' '));
    const out: string[] = [];
    if (new Set(sets).size > 1) out.push('The previews do not all show the same lines; reload the page.');
    const fallback = [...this.fallback.lines].sort().join(' ');
    if (sets[0] !== fallback) {
      const missing = this.fallback.lines.filter((id) => !shown[0].lines.includes(id)).map((id) => this.#lineName(id));
      const extra = shown[0].lines.filter((id) => !this.fallback.lines.includes(id)).map((id) => this.#lineName(id));
      out.push(
        `The box and its fallback show different lines${missing.length ? `; only the fallback has ${missing.join(', ')}` : ''}${extra.length ? `; only the box has ${extra.join(', ')}` : ''}.`,
      );
    }
    return out;
  }

  #renderSnippet(): TemplateResult {
    const snippet = this.snippet;
    const share = `${location.origin}${location.pathname}${queryOf(this.config) ? `?${queryOf(this.config)}` : ''}`;
    const scriptWarning = /^(https:\/\/|\/)/.test(this.config.script) ? [] : ['The script address should start with https:// (or / on the same site).'];
    return html`<section aria-labelledby="snippet-heading">
      <h2 id="snippet-heading">Snippet for the CMS</h2>
      <label for="script">Address of the box's script on your site</label>
      <input id="script" type="url" placeholder=${DEFAULT_SCRIPT} .value=${this.config.script} aria-describedby="script-warnings" @change=${(e: Event) => this.#set('script', (e.target as HTMLInputElement).value.trim() || DEFAULT_SCRIPT)} />
      ${this.#renderWarnings([], 'paste', 'script-warnings', scriptWarning)}
      <label for="snippet">The snippet: the script, then the box with the same lines as plain HTML for readers without JavaScript</label>
      <textarea id="snippet" rows="10" readonly .value=${snippet}></textarea>
      <div class="buttons">
        <button type="button" id="copy-snippet" ?disabled=${!snippet} @click=${() => this.#copy(snippet, 'snippet', this.renderRoot.querySelector('#snippet'))}>Copy the snippet</button>
        <button type="button" class="secondary" id="copy-fallback" ?disabled=${!snippet} @click=${() => this.#copy(this.fallback.html, 'fallback', this.renderRoot.querySelector('#snippet'))}>
          Copy the fallback only
        </button>
      </div>
      <label for="share">Link to this configuration, for a colleague</label>
      <input id="share" type="url" readonly .value=${share} />
      <div class="buttons">
        <button type="button" class="secondary" id="copy-link" @click=${() => this.#copy(share, 'link', this.renderRoot.querySelector('#share'))}>Copy the link</button>
      </div>
      <p class="status" role="status" id="status">${this.status}</p>
      <label for="paste-snippet">Paste a snippet from a published story to start from it</label>
      <textarea id="paste-snippet" rows="3" aria-describedby="paste-warnings" .value=${this.snippetPaste} @input=${(e: Event) => (this.snippetPaste = (e.target as HTMLTextAreaElement).value)}></textarea>
      <div class="buttons">
        <button type="button" id="read-snippet" ?disabled=${this.snippetPaste.trim() === ''} @click=${this.#handleReadSnippet}>Read it into the controls</button>
      </div>
      ${this.#renderWarnings([], 'paste', 'paste-warnings', this.pasteComplaints.map((c) => `In the pasted snippet: ${c}.`))}
    </section>`;
  }

  override render(): TemplateResult {
    const warnings = configWarnings(this.config, { directory: this.#directory, today: new Date(), detected: this.#detected });
    return html`${this.addressComplaints.length > 0
        ? html`<div class="address-warnings">${this.#renderWarnings([], 'address', 'address-warnings', this.addressComplaints.map((c) => `In the address: ${c}.`))}</div>`
        : nothing}
      <div class="layout">
        <div class="controls">
          <form @submit=${(e: Event) => e.preventDefault()}>
            ${this.#renderStory()} ${this.#renderWho(warnings)} ${this.#renderLook()} ${this.#renderSafety(warnings)} ${this.#renderLines(warnings)}
          </form>
        </div>
        <div class="results">${this.#renderPreview(warnings)} ${this.#renderSnippet()}</div>
      </div>`;
  }
}
