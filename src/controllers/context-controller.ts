/**
 * `topic="auto"`: reads the story the box sits in and keeps the topics found.
 * It reads once, after the page has parsed, and again only when the publisher
 * calls `readStory()`; never on every change to the page. The reader (the
 * detector and its phrase lists) loads only for a box that asks for it. The
 * story's text is read in the page and goes nowhere else.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Detection } from '../context/detect.js';
import { tokens } from '../directory/select.js';
import { HelplineTopicsEvent } from '../events/helpline-topics.js';
import { loadStoryReader } from '../platform/assets.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  topic: unknown;
  context: unknown;
}

export class ContextController implements ReactiveController {
  readonly #host: Host;
  readonly #warn: (message: string) => void;
  #pending: Promise<Detection[]> | null = null;
  #scheduled = false;
  /** What the last read found, strongest first; null until the story has been read. */
  detections: Detection[] | null = null;

  constructor(host: Host, warn: (message: string) => void) {
    this.#host = host;
    this.#warn = warn;
    host.addController(this);
  }

  /** Settles when a read that is under way has finished. */
  get pending(): Promise<Detection[]> | null {
    return this.#pending;
  }

  get #wanted(): boolean {
    return tokens(typeof this.#host.topic === 'string' ? this.#host.topic : '').includes('auto');
  }

  hostConnected(): void {
    this.#schedule();
  }

  /** `topic` may gain `auto` after the box is on the page. */
  hostUpdated(): void {
    this.#schedule();
  }

  /** Reads the story now (again), and updates the box. */
  read(): Promise<Detection[]> {
    const reading = this.#read().finally(() => {
      if (this.#pending === reading) this.#pending = null;
    });
    this.#pending = reading;
    return reading;
  }

  #schedule(): void {
    if (this.#scheduled || !this.#wanted) return;
    this.#scheduled = true;
    const doc = this.#host.ownerDocument;
    // The story must be on the page: a box near the top of an article is upgraded before the rest is parsed.
    if (doc.readyState === 'loading') {
      this.#pending = new Promise((resolve) => doc.addEventListener('DOMContentLoaded', () => resolve(this.read()), { once: true }));
    } else {
      void this.read();
    }
  }

  async #read(): Promise<Detection[]> {
    let found: Detection[] = [];
    try {
      const reader = await loadStoryReader();
      const context = typeof this.#host.context === 'string' ? this.#host.context.trim() : '';
      const root = reader.storyRoot(this.#host, context);
      if (context && root?.matches(context) !== true) this.#warn(`context "${context}" names no element on the page; reading the box's article instead`);
      if (!root) {
        this.#warn('topic="auto" found no <article>, <main> or context element to read; showing the fallback topic or the emergency line only');
      } else {
        const language = root.closest('[lang]')?.getAttribute('lang') ?? root.ownerDocument.documentElement.lang;
        found = reader.readTopics(root, this.#host, language || 'en');
      }
    } catch (error) {
      // A reader that cannot load or read leaves the box as if nothing were clear: never a guessed set.
      this.#warn(`topic="auto" could not read the story (${String(error)}); showing the fallback topic or the emergency line only`);
    }
    this.detections = found;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new HelplineTopicsEvent({ topics: found.map((d) => d.topic), detections: found }));
    return found;
  }
}
