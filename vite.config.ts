import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import * as z from 'zod/mini';
import { directorySchema } from './src/directory/schema.js';
import { formatProblem, parseDirectory } from './src/directory/validate.js';
import { localeModules } from './src/i18n/locales/index.js';

const root = import.meta.dirname;
const directoryFile = resolve(root, 'data/directory.json');

/**
 * Validates the bundled directory with the same zod schema and checks the box
 * uses at run time, fails the build on any problem, and ships the file as
 * dist/directory.json for publishers to self-host or edit.
 */
function bundledDirectory(): Plugin {
  return {
    name: 'helpline-box:directory',
    buildStart() {
      this.addWatchFile(directoryFile);
      const { problems } = parseDirectory(JSON.parse(readFileSync(directoryFile, 'utf8')));
      if (problems.length > 0) {
        this.error(`data/directory.json is not valid:\n${problems.map(formatProblem).join('\n')}`);
      }
    },
    load(id) {
      if (id.split('?')[0] !== directoryFile) return null;
      // Notes are for editors and never shown, so the bundles leave them out (a third of the
      // directory's gzip size); dist/directory.json keeps them.
      const data = JSON.parse(readFileSync(directoryFile, 'utf8')) as { lines: { note?: string }[] };
      for (const line of data.lines) delete line.note;
      return JSON.stringify(data);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'directory.json', source: readFileSync(directoryFile, 'utf8') });
    },
  };
}

/**
 * Writes dist/directory.schema.json from the same zod schema, for editors and
 * other tools. It describes the shape only: the cross-checks (unique ids,
 * known topics, short codes per region, an emergency line per region) need
 * `helpline-box validate`.
 */
function directoryJsonSchema(): Plugin {
  return {
    name: 'helpline-box:directory-schema',
    generateBundle() {
      // `input`: what a file may contain (optional fields stay optional).
      const schema = z.toJSONSchema(directorySchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'throw' });
      const described = { title: 'helpline-box directory', description: 'Support lines for <helpline-box>; check with `npx helpline-box validate FILE`.', ...schema };
      this.emitFile({ type: 'asset', fileName: 'directory.schema.json', source: `${JSON.stringify(described, null, 2)}\n` });
    },
  };
}

/**
 * A classic script loaded a second time does nothing at all: besides not
 * redefining the element, it must not create Lit's Trusted Types policy
 * again, which a page enforcing Trusted Types refuses.
 */
const LOAD_ONCE = { banner: "if(!customElements.get('helpline-box')){", footer: '}' };

/**
 * Writes every language but English as dist/locales/<lang>.json, for the
 * bundles to fetch from beside themselves only when a box shows that language.
 */
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

/** One file of dist/, built from one entry. */
function library(entry: string, format: 'es' | 'iife', fileName: string, extra: UserConfig = {}): UserConfig {
  return {
    ...extra,
    build: {
      rolldownOptions: { output: format === 'iife' ? LOAD_ONCE : {} },
      target: 'es2022',
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      lib: { entry: resolve(root, entry), name: 'HelplineBox', formats: [format], fileName: () => fileName },
    },
  };
}

/**
 * `npm run build` runs one mode per output: `es` and `iife` (the element with
 * the bundled directory), `validate` (the checker they load beside them only
 * for a publisher's `src`, and the directory's JSON Schema), `cli` (the
 * `helpline-box validate` command) and `site` (the demo). `npm start` is the dev server.
 */
export default defineConfig(({ command, mode }) => {
  // The bundles load the checker and the language files from beside themselves
  // instead of inlining them; each format finds "beside itself" its own way.
  const loader = (format: 'esm' | 'iife') => ({
    plugins: [bundledDirectory(), localeFiles()],
    resolve: {
      alias: [
        { find: /^\.\/validator\.js$/, replacement: resolve(root, `src/validator.${format}.ts`) },
        { find: /^\.\/locale-loader\.js$/, replacement: resolve(root, `src/i18n/locale-loader.${format}.ts`) },
      ],
    },
  });
  switch (mode) {
    case 'es':
      return library('src/index.ts', 'es', 'helpline-box.js', loader('esm'));
    case 'iife':
      return library('src/index.ts', 'iife', 'helpline-box.iife.js', loader('iife'));
    case 'validate':
      return library('src/directory/validate.ts', 'es', 'helpline-box-validate.js', { plugins: [directoryJsonSchema()] });
    case 'cli':
      // A node program with zod bundled in, so `npx helpline-box validate` needs nothing else.
      return {
        ssr: { noExternal: true },
        build: {
          ssr: resolve(root, 'src/cli.ts'),
          target: 'node20',
          outDir: resolve(root, 'dist'),
          emptyOutDir: false,
          copyPublicDir: false,
          minify: false,
          rolldownOptions: { output: { entryFileNames: 'cli.js', banner: '#!/usr/bin/env node' } },
        },
      };
    case 'site':
      return {
        root: resolve(root, 'demo'),
        base: './',
        plugins: [bundledDirectory()],
        build: { outDir: resolve(root, 'dist/site'), emptyOutDir: true, target: 'es2022' },
      };
    default:
      if (command === 'build') throw new Error(`unknown build mode "${mode}": use es, iife, validate, cli or site`);
      return { root: resolve(root, 'demo'), plugins: [bundledDirectory()], server: { fs: { allow: [root] } } };
  }
});
