// The real AMP validator, offline. The `amphtml-validator` package runs validator_wasm.js, which it
// fetches from the AMP CDN by default; this machine (and CI) reach only the npm registry. Next.js 15
// ships that same file in its npm package (dist/compiled/amphtml-validator/validator_wasm.js), so the
// tests take it from there: `npm pack` of one pinned version, checked against its registry integrity,
// only that file extracted, and kept in node_modules/.cache. Nothing of Next.js is installed or run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import amphtmlValidator from 'amphtml-validator';

const PACKAGE = 'next@15.5.29';
const TARBALL_INTEGRITY = 'sha512-93AMszTCdi9Az7fD5VzcWy46SHCdQF45+i53K0LpDc4dDXCwB9P1SxP1wBYZKW6dF3HJnz41jyEni1vmgCluiw==';
const FILE = 'package/dist/compiled/amphtml-validator/validator_wasm.js';
const FILE_SHA256 = 'f1f4629ab36f555f5a9937a5cf00f0ef780bf025883c035d06389b151c896f26';
const CACHED = resolve('node_modules/.cache/helpline-box/amp-validator_wasm.js');

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

/** The path of a verified validator_wasm.js, fetched once through the npm registry. */
export function validatorJs() {
  if (existsSync(CACHED) && sha256(readFileSync(CACHED)) === FILE_SHA256) return CACHED;
  const work = mkdtempSync(join(tmpdir(), 'amp-validator-'));
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 }));
    const tarball = join(work, packed.filename);
    const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (integrity !== TARBALL_INTEGRITY) throw new Error(`${PACKAGE} from the registry has integrity ${integrity}, not the pinned ${TARBALL_INTEGRITY}`);
    execFileSync('tar', ['-xzf', tarball, '-C', work, FILE]);
    const extracted = join(work, FILE);
    if (sha256(readFileSync(extracted)) !== FILE_SHA256) throw new Error(`${FILE} in ${PACKAGE} is not the pinned validator`);
    mkdirSync(resolve(CACHED, '..'), { recursive: true });
    renameSync(extracted, CACHED);
    return CACHED;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The validator instance (amphtml-validator's own API), running the pinned validator_wasm.js. */
export function ampValidator() {
  return amphtmlValidator.getInstance(validatorJs());
}

const BOILERPLATE =
  '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>';

/** The smallest valid AMP story page, with `box` in its body: the README's AMP recipe. */
export function ampPage(box, { lang = 'en' } = {}) {
  return `<!doctype html><html ⚡ lang="${lang}"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script><title>A story</title><link rel="canonical" href="https://news.example/story"><meta name="viewport" content="width=device-width">${BOILERPLATE}</head><body><h1>A story</h1><p>The story.</p>${box}</body></html>`;
}
