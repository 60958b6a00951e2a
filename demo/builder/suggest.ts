/**
 * Topics for a pasted story, with the phrases that decided each, from the
 * same detector `topic="auto"` runs (context/detect.ts). Pure; the story goes
 * nowhere.
 */
import { detectTopics, type StoryText } from '../../src/context/detect.js';
import type { Directory } from '../../src/directory/schema.js';
import { topicName } from './catalogue.js';

export interface Suggestion {
  topic: string;
  label: string;
  /** The phrases found, as written in the story. */
  evidence: string[];
  /** False for a topic the detector knows but the directory has no lines for yet. */
  inDirectory: boolean;
}

/** A pasted story as the detector reads a page: the first line is the headline, the rest the body. */
export function storyParts(text: string): Required<StoryText> {
  const lines = text.trim().split(/\r?\n/);
  const headline = lines.shift()?.trim() ?? '';
  return { headline, standfirst: '', body: lines.join('\n').trim() };
}

export function suggestTopics(text: string, lang: string, directory: Directory): Suggestion[] {
  if (text.trim() === '') return [];
  const known = new Set(directory.topics.map((t) => t.id));
  return detectTopics(storyParts(text), lang || 'en').map(({ topic, evidence }) => ({
    topic,
    label: topicName(directory, topic),
    evidence,
    inDirectory: known.has(topic),
  }));
}
