/**
 * Every output of `npm run build`, one mode each, built in one process by
 * scripts/build.mjs (which validates nothing itself: the `es` mode checks the
 * bundled directory, once). `npm start` is the dev server on the demo.
 *
 * | mode       | writes                                                                       |
 * |------------|------------------------------------------------------------------------------|
 * | `es`       | helpline-box.js (self-contained ES module), locales/<lang>.json               |
 * | `iife`     | helpline-box.iife.js (the classic script)                                     |
 * | `validate` | helpline-box-validate.js (the checker), directory.json, directory.schema.json |
 * | `i18n`     | helpline-box-i18n.js (i18next, for boxes in a language other than English)    |
 * | `context`  | helpline-box-context.js (the story reader, for `topic="auto"`)                 |
 * | `lib`      | lib/ (unbundled ES modules importing lit and i18next, for bundlers)           |
 * | `cli`      | cli.js (`helpline-box validate`, `render`), render.js (`helpline-box/render`), |
 * |            | helpline-box.css (the element's styles, for prerendered boxes)               |
 * | `site`     | site/ (the demo article, builder.html: the configurator, builder/preview.html) |
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Alias, type Plugin, type UserConfig } from 'vite';
import * as z from 'zod/mini';
import { styles } from './src/components/helpline-box/helpline-box.styles.js';
import { directorySchema } from './src/directory/schema.js';
import { formatProblem, parseDirectory } from './src/directory/validate.js';
import { buildZoneTable, type ZoneTable } from './src/hours/zone-table.js';
import { localeModules } from './src/i18n/locales/index.js';
import { minifyCss } from './scripts/minify-css.js';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist');
const directoryFile = resolve(root, 'data/directory.json');

/** What only editors read: the box never shows it, so the bundles leave it out (dist/directory.json keeps it). */
const FOR_EDITORS = ['note', 'source', 'sourceDate', 'verified', 'confidence', 'doubt'];

interface DirectoryData {
  defaultRegion: string;
  topics: { id: string; label: Record<string, string> }[];
  lines: ({ urgency: string; regions: string[] } & Record<string, unknown>)[];
  zones?: ZoneTable;
  /** Countries whose lines (but their emergency line) are in `directory-<country>.json` beside the script. */
  more?: string[];
}

const country = (region: string) => region.split('-')[0];

/** The module id the bundles import the directory as (see bundledDirectory). */
const VIRTUAL_DIRECTORY = '\0helpline-box:directory.js';

/** The lines a country's box needs beyond the bundle: every line but the emergency ones that serves it. */
function countryLines(data: DirectoryData, code: string): DirectoryData['lines'] {
  return data.lines.filter((line) => line.urgency !== 'emergency' && line.regions.some((region) => country(region) === code));
}

/**
 * Serves data/directory.json to the bundles. Always without the editors' notes
 * (a third of its gzip size). `lean`: also without the rest of what only
 * editors read (sources, dates, doubts; topic names but the English), for the
 * element, which shows none of it. `split`: with the lines of the default
 * region's country and every emergency line only; each other country's lines
 * go in `directory-<country>.json` beside the script, which a box loads when
 * it serves that country (see directory/countries.ts): the first box of a UK
 * story downloads no other country's lines. With `check`, also fails the
 * build on any problem, with the same rules the box uses at run time.
 */
function bundledDirectory({ check = false, lean = false, split = false } = {}): Plugin {
  const read = (): DirectoryData => {
    const data = JSON.parse(readFileSync(directoryFile, 'utf8')) as DirectoryData;
    for (const line of data.lines) for (const key of lean ? FOR_EDITORS : ['note']) delete line[key];
    if (lean) data.topics = data.topics.map(({ id, label }) => ({ id, label: { en: label['en'] } }));
    return data;
  };
  const others = (data: DirectoryData) =>
    [...new Set(data.lines.flatMap((line) => line.regions.map(country)))].filter((code) => code !== country(data.defaultRegion)).sort();
  return {
    name: 'helpline-box:directory',
    // Before Vite's own resolver, which would take the import as the JSON file.
    enforce: 'pre',
    buildStart() {
      this.addWatchFile(directoryFile);
      if (!check) return;
      const { problems } = parseDirectory(JSON.parse(readFileSync(directoryFile, 'utf8')));
      if (problems.length > 0) this.error(`data/directory.json is not valid:\n${problems.map(formatProblem).join('\n')}`);
    },
    // A module of its own rather than the JSON file, so that it can hold a JSON.parse of a string (below).
    resolveId(source, importer) {
      if (!importer || !source.endsWith('data/directory.json')) return null;
      return resolve(importer, '..', source) === directoryFile ? VIRTUAL_DIRECTORY : null;
    },
    load(id) {
      if (id !== VIRTUAL_DIRECTORY) return null;
      this.addWatchFile(directoryFile);
      const data = read();
      data.zones = zoneTable(data);
      if (split) {
        const more = others(data);
        data.lines = data.lines.filter((line) => line.urgency === 'emergency' || !more.some((code) => line.regions.some((region) => country(region) === code)));
        data.more = more;
      }
      // Parsed from a string: a large object literal costs a phone more to parse than JSON.parse does.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    generateBundle() {
      if (!split || !check) return;
      const data = read();
      for (const code of others(data)) {
        this.emitFile({ type: 'asset', fileName: `directory-${code}.json`, source: JSON.stringify({ country: code, lines: countryLines(data, code) }) });
      }
    },
  };
}

/** The years the bundles' zone table covers: open-now without Intl as a page loads (see src/hours/zone-table.ts). */
const ZONE_TABLE_FROM = Date.UTC(new Date().getUTCFullYear() - 1, 0, 1);
const ZONE_TABLE_UNTIL = Date.UTC(new Date().getUTCFullYear() + 10, 0, 1);

/** The offsets of every time zone the directory's hours are written in. */
function zoneTable(data: unknown): ZoneTable {
  const zones = new Set<string>();
  JSON.stringify(data, (key, value: unknown) => {
    if (key === 'timeZone' && typeof value === 'string') zones.add(value);
    return value;
  });
  const key = [...zones].sort().join(' ');
  // Built once per process: scripts/build.mjs loads this config once per mode, and each mode bundles the directory.
  const built = ((globalThis as { helplineBoxZoneTables?: Map<string, ZoneTable> }).helplineBoxZoneTables ??= new Map<string, ZoneTable>());
  let table = built.get(key);
  if (!table) built.set(key, (table = buildZoneTable([...zones].sort(), ZONE_TABLE_FROM, ZONE_TABLE_UNTIL)));
  return table;
}

/**
 * The element's stylesheet without its comments and layout whitespace in the
 * minified bundles (about a third of its size); the source keeps them. The
 * stylesheet is one css`` literal with no interpolation or escape (checked here).
 */
function minifiedStyles(): Plugin {
  return {
    name: 'helpline-box:minified-styles',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('helpline-box.styles.ts')) return null;
      const literals = [...code.matchAll(/css`([^`]*)`/g)];
      // No interpolation and no escape: what is minified here is then exactly the stylesheet's text
      // (test/build/minify-css.test.ts minifies styles.cssText).
      if (literals.length !== 1 || literals[0][1].includes('${') || literals[0][1].includes('\\')) {
        this.error('helpline-box.styles.ts must hold one css`` literal with no ${} and no backslash');
      }
      return { code: code.replace(literals[0][0], () => `css\`${minifyCss(literals[0][1])}\``), map: null };
    },
  };
}

/** Writes the directory as shipped, for publishers to self-host or edit, and its JSON Schema from the same zod schema. */
function directoryFiles(): Plugin {
  return {
    name: 'helpline-box:directory-files',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'directory.json', source: readFileSync(directoryFile, 'utf8') });
      // `input`: what a file may contain (optional fields stay optional). The schema describes the shape
      // only: the cross-checks (unique ids, known topics, short codes per region) need `helpline-box validate`.
      const schema = z.toJSONSchema(directorySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' });
      const described = { title: 'helpline-box directory', description: 'Support lines for <helpline-box>; check with `npx helpline-box validate FILE`.', ...schema };
      this.emitFile({ type: 'asset', fileName: 'directory.schema.json', source: `${JSON.stringify(described, null, 2)}\n` });
    },
  };
}

/** Writes every language but English as locales/<lang>.json, for the bundles to fetch only when a box shows it. */
function localeFiles(): Plugin {
  return {
    name: 'helpline-box:locales',
    async generateBundle() {
      for (const [lang, load] of Object.entries(localeModules)) {
        const { default: locale } = await load();
        this.emitFile({ type: 'asset', fileName: `locales/${lang}.json`, source: JSON.stringify(locale) });
      }
    },
  };
}

/**
 * Writes the element's stylesheet as helpline-box.css, for a prerendered box on
 * a page whose CSP refuses inline styles (`style-src 'self'`): the box links it
 * from its declarative shadow root (see src/render/prerender.ts).
 */
function elementStylesheet(): Plugin {
  return {
    name: 'helpline-box:stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'helpline-box.css', source: `${minifyCss(styles.cssText)}\n` });
    },
  };
}

/**
 * A classic script loaded a second time does nothing at all: besides not
 * redefining the element, it must not create Lit's Trusted Types policy
 * again, which a page enforcing Trusted Types refuses. It still runs when a
 * different element holds the name, so that define.ts can say so.
 */
/**
 * V8's explicit compile hint: compile every function of the file with the script itself, off the main
 * thread while it downloads, instead of on the main thread at each function's first call. The first box
 * calls most of the bundle, so this takes tens of milliseconds off its main-thread task on a phone
 * (bench/render.mjs). Browsers without the hint read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const LOAD_ONCE = { banner: "if(!(customElements.get('helpline-box')||{}).isHelplineBox){", footer: '}' };

/**
 * The self-contained bundles fetch the checker and the language files from
 * beside themselves (platform/assets.dist.ts); each finds "beside itself" its
 * own way (platform/asset-url*.ts).
 */
const besideTheScript = (format: 'es' | 'iife'): Alias[] => [
  { find: /^(\.\.?\/)+platform\/assets\.js$/, replacement: resolve(root, 'src/platform/assets.dist.ts') },
  ...(format === 'iife' ? [{ find: /^\.\/asset-url\.js$/, replacement: resolve(root, 'src/platform/asset-url.iife.ts') }] : []),
];

/** One self-contained file of dist/, built from one entry. */
function bundle(entry: string, format: 'es' | 'iife', fileName: string, extra: UserConfig = {}): UserConfig {
  return {
    ...extra,
    plugins: [...(extra.plugins ?? []), minifiedStyles()],
    build: {
      // Vite keeps an ES library's whitespace for bundlers to tree-shake; these files are for pages, and
      // bundlers get dist/lib, so they are minified in full.
      // The hint only on the element's bundles: the checker, the translation engine and the story reader
      // load later, off the first render, and use a part of their code.
      rolldownOptions: { output: { minify: true, postBanner: entry === 'src/index.ts' ? COMPILE_HINT : '', ...(format === 'iife' ? LOAD_ONCE : {}) } },
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      lib: { entry: resolve(root, entry), name: 'HelplineBox', formats: [format], fileName: () => fileName },
    },
  };
}

export default defineConfig(({ command, mode }): UserConfig => {
  switch (mode) {
    case 'es':
      return bundle('src/index.ts', 'es', 'helpline-box.js', {
        plugins: [bundledDirectory({ check: true, lean: true, split: true }), localeFiles()],
        resolve: { alias: besideTheScript('es') },
      });
    case 'iife':
      return bundle('src/index.ts', 'iife', 'helpline-box.iife.js', { plugins: [bundledDirectory({ lean: true, split: true })], resolve: { alias: besideTheScript('iife') } });
    case 'validate':
      return bundle('src/directory/validate.ts', 'es', 'helpline-box-validate.js', { plugins: [directoryFiles()] });
    case 'i18n':
      return bundle('src/i18n/engine.ts', 'es', 'helpline-box-i18n.js');
    case 'context':
      return bundle('src/context/read.ts', 'es', 'helpline-box-context.js');
    case 'lib':
      // For bundlers: one module per source file, importing lit, i18next and zod as the dependencies they are,
      // so an app that already uses Lit loads one copy. The checker and languages stay dynamic imports.
      return {
        plugins: [bundledDirectory({ lean: true })],
        build: {
          target: 'es2022',
          outDir: resolve(outDir, 'lib'),
          emptyOutDir: true,
          copyPublicDir: false,
          minify: false,
          lib: { entry: { index: resolve(root, 'src/index.ts'), element: resolve(root, 'src/element.ts') }, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^i18next$/, /^zod($|\/)/, /^@lit\//],
            output: { preserveModules: true, preserveModulesRoot: resolve(root, 'src'), entryFileNames: '[name].js' },
          },
        },
      };
    case 'cli':
      // Node programs with zod, i18next and every language bundled in, so `npx helpline-box validate`,
      // `npx helpline-box render` and `import { renderBox } from 'helpline-box/render'` need nothing else.
      // cli.js imports render.js; the languages are static imports (assets.node.ts), so no chunk lands in dist/.
      return {
        ssr: { noExternal: true },
        plugins: [bundledDirectory(), elementStylesheet(), minifiedStyles()],
        resolve: { alias: [{ find: /^(\.\.?\/)+platform\/assets\.js$/, replacement: resolve(root, 'src/render/assets.node.ts') }] },
        build: {
          ssr: true,
          target: 'node20',
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: false,
          rolldownOptions: {
            input: { cli: resolve(root, 'src/cli/cli.ts'), render: resolve(root, 'src/render/index.ts') },
            // The code both share goes into render.js (which then exports a little more), not a third file.
            preserveEntrySignatures: 'allow-extension',
            output: { entryFileNames: '[name].js', banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
          },
        },
      };
    case 'site':
      // Three pages: the demo article, the configurator for editors, and the configurator's preview frame.
      return {
        root: resolve(root, 'demo'),
        base: './',
        plugins: [bundledDirectory()],
        build: {
          outDir: resolve(outDir, 'site'),
          emptyOutDir: true,
          target: 'es2022',
          rolldownOptions: {
            input: {
              index: resolve(root, 'demo/index.html'),
              builder: resolve(root, 'demo/builder.html'),
              preview: resolve(root, 'demo/builder/preview.html'),
            },
          },
        },
      };
    default:
      if (command === 'build') throw new Error(`unknown build mode "${mode}": run npm run build (scripts/build.mjs)`);
      return { root: resolve(root, 'demo'), plugins: [bundledDirectory()], server: { fs: { allow: [root] } } };
  }
});
