/**
 * Scores `detectTopics` against the corpus, per (text, topic) pair. Shared by the test that holds
 * the aims and by `npm run eval:context`, so both count the same way.
 */
import type { Detection, StoryText } from '../../src/context/detect.js';
import { TOPIC_IDS, type TopicId } from '../../src/context/topics.js';
import type { CorpusText } from './corpus.js';

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** 1 when nothing was claimed. */
  precision: number;
  /** 1 when nothing was expected. */
  recall: number;
}

export interface Mistake {
  id: string;
  topic: TopicId;
  /** The phrases behind a false positive; for a miss, what was found instead. */
  evidence: string[];
  score?: number;
}

export interface Evaluation {
  texts: number;
  byTopic: Record<TopicId, Counts>;
  overall: Counts;
  /** Texts expecting no topic, and how many of them got none. */
  negatives: { texts: number; clean: number; precision: number };
  misses: Mistake[];
  falsePositives: Mistake[];
}

type Detect = (story: StoryText, language: string) => Detection[];

function counts(truePositives: number, falsePositives: number, falseNegatives: number): Counts {
  const claimed = truePositives + falsePositives;
  const expected = truePositives + falseNegatives;
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: claimed === 0 ? 1 : truePositives / claimed,
    recall: expected === 0 ? 1 : truePositives / expected,
  };
}

export function evaluate(corpus: readonly CorpusText[], detect: Detect): Evaluation {
  const tallies = new Map<TopicId, [number, number, number]>(TOPIC_IDS.map((t) => [t, [0, 0, 0]]));
  const misses: Mistake[] = [];
  const falsePositives: Mistake[] = [];
  let negatives = 0;
  let clean = 0;
  for (const text of corpus) {
    const found = detect({ headline: text.headline, standfirst: text.standfirst, body: text.body }, text.language);
    const foundTopics = new Set(found.map((d) => d.topic));
    if (text.expected.length === 0) {
      negatives++;
      if (found.length === 0) clean++;
    }
    for (const detection of found) {
      const tally = tallies.get(detection.topic)!;
      if (text.expected.includes(detection.topic)) tally[0]++;
      else {
        tally[1]++;
        falsePositives.push({ id: text.id, topic: detection.topic, evidence: detection.evidence, score: detection.score });
      }
    }
    for (const topic of text.expected) {
      if (foundTopics.has(topic)) continue;
      (tallies.get(topic)!)[2]++;
      misses.push({ id: text.id, topic, evidence: found.flatMap((d) => d.evidence.map((e) => `${d.topic}: ${e}`)) });
    }
  }
  const byTopic = Object.fromEntries([...tallies].map(([topic, [tp, fp, fn]]) => [topic, counts(tp, fp, fn)])) as Record<TopicId, Counts>;
  const sum = (i: 0 | 1 | 2) => [...tallies.values()].reduce((total, tally) => total + tally[i], 0);
  return {
    texts: corpus.length,
    byTopic,
    overall: counts(sum(0), sum(1), sum(2)),
    negatives: { texts: negatives, clean, precision: negatives === 0 ? 1 : clean / negatives },
    misses,
    falsePositives,
  };
}

const percent = (n: number) => n.toFixed(2);

/** The results as a markdown table, ready for the README. */
export function markdownTable(evaluation: Evaluation): string {
  const rows = [
    '| topic | texts expecting it | found right | wrongly found | missed | precision | recall |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const row = (name: string, c: Counts) =>
    `| ${name} | ${c.truePositives + c.falseNegatives} | ${c.truePositives} | ${c.falsePositives} | ${c.falseNegatives} | ${percent(c.precision)} | ${percent(c.recall)} |`;
  for (const topic of TOPIC_IDS) rows.push(row(`\`${topic}\``, evaluation.byTopic[topic]));
  rows.push(row('**overall**', evaluation.overall));
  const n = evaluation.negatives;
  rows.push(`| **hard negatives** (no topic expected) | ${n.texts} | ${n.clean} given none | ${n.texts - n.clean} given one | | ${percent(n.precision)} | |`);
  return rows.join('\n');
}
