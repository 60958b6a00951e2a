// `npm run build`: every file of dist/ written once, in one process, from the modes of vite.config.ts;
// the bundled directory is checked once (in the `es` build); then the element manifest, the type
// declarations and the sizes table. Usage: node scripts/build.mjs
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build, loadConfigFromFile } from 'vite';
import { sizes, printSizes } from '../bench/sizes.mjs';

const MODES = ['es', 'iife', 'validate', 'i18n', 'context', 'lib', 'cli', 'site'];
const started = Date.now();
rmSync('dist', { recursive: true, force: true });
for (const mode of MODES) {
  const { config } = await loadConfigFromFile({ command: 'build', mode, isPreview: false, isSsrBuild: mode === 'cli' }, 'vite.config.ts', undefined, 'silent');
  await build({ ...config, configFile: false, mode, logLevel: 'warn' });
}
chmodSync('dist/cli.js', 0o755);
const bin = (name) => `node_modules/.bin/${name}`;
execFileSync(bin('custom-elements-manifest'), ['analyze', '--quiet'], { stdio: 'inherit' });
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
printSizes(sizes('dist'));
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
