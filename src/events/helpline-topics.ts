import type { Detection } from '../context/detect.js';

export interface HelplineTopicsDetail {
  /** The topics `topic="auto"` found in the story, strongest first; empty when nothing was clear. */
  topics: string[];
  /** Each topic with its score and the phrases that showed it, as written in the story. */
  detections: Detection[];
}

/**
 * Fired when a box with `topic="auto"` has read its story: once after the page
 * has parsed, and again each time the publisher calls `readStory()`. It says
 * what the box found and why, so a configurator or an editor can check it.
 */
export class HelplineTopicsEvent extends CustomEvent<HelplineTopicsDetail> {
  static readonly eventName = 'helpline-topics';

  constructor(detail: HelplineTopicsDetail) {
    super(HelplineTopicsEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'helpline-topics': HelplineTopicsEvent;
  }
}
