/**
 * What the configurator asks of each preview frame and what the frame answers.
 * Each frame is its own document with its own module instance of the box, so
 * each has its own clock (hours/clock.ts) and follows its own colour scheme.
 */
export interface PreviewRequest {
  /** The element's attributes, in order; a boolean attribute has the value ''. */
  attributes: readonly (readonly [string, string])[];
  /** The instant the box reads as now (epoch ms), or null for the live clock. */
  at: number | null;
  /** The reader's IANA time zone. */
  zone: string;
  /** A pasted story, set on the frame's page above the box for `topic="auto"`; '' for none. */
  story: string;
}

export interface PreviewResult {
  /** Every contact link's href, in the order the box shows them. */
  hrefs: string[];
  /** The box's line ids, in order. */
  lines: string[];
  /** Whether the frame's page is in dark mode (prefers-color-scheme). */
  dark: boolean;
  /** The page's height in CSS px, for the frame to fit it. */
  height: number;
}

export interface PreviewApi {
  show(request: PreviewRequest): Promise<PreviewResult>;
  /** Called with the page's new height when it changes on its own (a language file arrives). */
  onresize: ((height: number) => void) | null;
}

/** A preview frame's window. */
export type PreviewWindow = Window & { helplinePreview?: PreviewApi };
