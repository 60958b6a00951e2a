// The package's shape for its three audiences: bundlers (the unbundled ES modules in dist/lib, which
// import lit and i18next as dependencies), a <script type="module"> (dist/helpline-box.js) and a classic
// <script> (dist/helpline-box.iife.js). Run by `npm test` after the build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every module a file of dist/lib imports, statically or dynamically, relative ones followed, as [relative files, bare specifiers]. */
function importGraph(entry) {
  const files = new Set();
  const bare = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:import|export)\s*\(?\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) {
      if (spec.startsWith('.')) visit(normalize(join(dirname(file), spec)));
      else bare.add(spec);
    }
  };
  visit(entry);
  return { files, bare };
}

describe('package shape', () => {
  it('resolves the package entry to unbundled modules that import lit and i18next rather than carry them', () => {
    assert.equal(pkg.exports['.'].default, './dist/lib/index.js');
    const { files, bare } = importGraph('dist/lib/index.js');
    assert.ok(bare.has('lit') && bare.has('i18next'), `bare imports: ${[...bare].join(', ')}`);
    for (const file of files) assert.doesNotMatch(readFileSync(file, 'utf8'), /class ReactiveElement|function createInstance/, `${file} carries a copy of a dependency`);
    // The checker (zod) and the engine (i18next) are never imported up front: only dynamically, when a box needs them.
    const statics = (file) => [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]);
    for (const file of files) assert.ok(!statics(file).some((spec) => spec.startsWith('zod') || spec === 'i18next') || /validate|engine|schema/.test(file), `${file} imports zod or i18next statically`);
  });

  it('exports the class without registering the tag from helpline-box/element', () => {
    assert.equal(pkg.exports['./element'].default, './dist/lib/element.js');
    const { files } = importGraph('dist/lib/element.js');
    assert.ok(![...files].some((file) => file.endsWith('define.js')), 'the element entry imports define.js');
    assert.match(readFileSync('dist/lib/element.js', 'utf8'), /HelplineErrorEvent/);
    assert.ok([...importGraph('dist/lib/index.js').files].some((file) => file.endsWith('define.js')), 'the package entry does not define the tag');
  });

  it('keeps the self-contained bundles for script tags, and leaves the demo site out of the package', () => {
    assert.equal(pkg.exports['./helpline-box.js'], './dist/helpline-box.js');
    assert.equal(pkg.exports['./helpline-box.iife.js'], './dist/helpline-box.iife.js');
    assert.doesNotMatch(readFileSync('dist/helpline-box.js', 'utf8'), /from\s*["']lit/);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const paths = packed.files.map((f) => f.path);
    assert.ok(paths.includes('dist/helpline-box.iife.js') && paths.includes('dist/lib/index.js') && paths.includes('dist/cli.js'));
    assert.deepEqual(paths.filter((p) => p.startsWith('dist/site')), []);
  });
});
