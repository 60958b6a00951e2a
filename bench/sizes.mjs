// What each file of dist/ weighs, raw, gzip -9 (as a CDN serves it) and brotli; used by the build's
// table, `npm run bench` and the size check in test/node/size.test.mjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What a page downloads for its first English UK box (the script, and nothing else) must stay at or under this (KiB gzip). */
export const BUDGET_KIB = 30;

const kib = (bytes) => (bytes / 1024).toFixed(1);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The demo site, the declarations and the bundler build are not what a page with the box downloads.
    return statSync(path).isDirectory() ? (['site', 'types', 'lib'].includes(name) ? [] : files(path)) : [path];
  });
}

/** `{ path, raw, gzip, brotli }` in bytes for each script and data file a page may download. */
export function sizes(dir) {
  return files(dir)
    .filter((path) => /\.(js|json)$/.test(path) && !path.endsWith('custom-elements.json') && !path.endsWith('.schema.json') && !path.endsWith('cli.js') && !path.endsWith('render.js'))
    .map((path) => {
      const raw = readFileSync(path);
      return {
        path,
        raw: raw.length,
        gzip: gzipSync(raw, { level: 9 }).length,
        brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function printSizes(rows) {
  console.log(['file'.padEnd(34), 'raw KiB'.padStart(9), 'gzip KiB'.padStart(9), 'brotli KiB'.padStart(11)].join(' '));
  for (const row of rows) console.log([row.path.padEnd(34), kib(row.raw).padStart(9), kib(row.gzip).padStart(9), kib(row.brotli).padStart(11)].join(' '));
  const classic = rows.find((r) => r.path.endsWith('helpline-box.iife.js'));
  if (classic) console.log(`helpline-box.iife.js: ${kib(classic.gzip)} KiB gzip (budget ${BUDGET_KIB} KiB)`);
}
