// How long topic="auto" takes to read a long story: node bench/detect.mjs [runs].
// Builds a ~200 KB article from the evaluation corpus (English and Welsh alike, read with the English
// rules, as a page of unknown language would be) and prints the median time of detectTopics over the runs.
// The first run, which also compiles the rules, is reported apart.
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { loadTs } from '../scripts/load-ts.mjs';

const RUNS = Number(process.argv[2] ?? 50);
const TARGET_BYTES = 200 * 1024;

const { corpus, detectTopics } = await loadTs({
  'test/context/corpus.ts': ['corpus'],
  'src/context/detect.ts': ['detectTopics'],
});

const paragraphs = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const text = corpus[i % corpus.length];
  const paragraph = `${text.headline}. ${text.standfirst} ${text.body}`;
  paragraphs.push(paragraph);
  bytes += Buffer.byteLength(paragraph) + 2;
}
const story = { headline: corpus[0].headline, standfirst: corpus[0].standfirst, body: paragraphs.join('\n\n') };

const time = () => {
  const start = performance.now();
  const found = detectTopics(story, 'en-GB');
  return [performance.now() - start, found];
};

const [cold, found] = time();
const times = Array.from({ length: RUNS }, () => time()[0]).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`article: ${(bytes / 1024).toFixed(0)} KB, ${paragraphs.length} paragraphs; topics found: ${found.map((d) => d.topic).join(', ')}`);
console.log(`first run (compiles the rules): ${cold.toFixed(2)} ms`);
console.log(`median of ${RUNS} runs: ${median.toFixed(2)} ms (fastest ${times[0].toFixed(2)} ms, slowest ${times[times.length - 1].toFixed(2)} ms)`);
