// Size of what a page downloads, gzip -9 like a CDN serves it: node bench/size.mjs (after npm run build).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KIB = 35; // the classic-script bundle for an English UK box
const kib = (bytes) => (bytes / 1024).toFixed(1);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'site' || name === 'types' ? [] : files(path)) : [path];
  });
}

const rows = files('dist')
  .filter((path) => /\.(js|json)$/.test(path) && !path.endsWith('custom-elements.json') && !path.endsWith('.schema.json'))
  .map((path) => {
    const raw = readFileSync(path);
    return { path, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

console.log('file'.padEnd(40), 'raw KiB'.padStart(9), 'gzip -9 KiB'.padStart(12));
for (const row of rows) console.log(row.path.padEnd(40), kib(row.raw).padStart(9), kib(row.gzip).padStart(12));

const iife = rows.find((r) => r.path.endsWith('helpline-box.iife.js'));
const verdict = iife.gzip <= BUDGET_KIB * 1024 ? 'within' : 'OVER';
console.log(`\nhelpline-box.iife.js: ${kib(iife.gzip)} KiB gzip, ${verdict} the ${BUDGET_KIB} KiB budget`);
if (verdict === 'OVER') process.exitCode = 1;
