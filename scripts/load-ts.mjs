// Loads TypeScript modules of this project into a Node script: esbuild bundles them in memory, and the
// bundle is imported from a file in the system's temp folder (so stack traces name real lines).
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The named exports of the given project files: `{ 'test/context/corpus.ts': ['corpus'] }`. */
export async function loadTs(exportsByFile) {
  const contents = Object.entries(exportsByFile)
    .map(([file, names]) => `export { ${names.join(', ')} } from './${file}';`)
    .join('\n');
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'load-ts-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
  });
  const dir = await mkdtemp(join(tmpdir(), 'helpline-box-'));
  const file = join(dir, 'bundle.mjs');
  try {
    await writeFile(file, outputFiles[0].text);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
