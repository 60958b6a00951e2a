import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const isScriptRequest = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';

/**
 * `import data from '../data/directory.json'` works in vite; here the JSON is
 * served as a module only to module imports, so tests can still fetch() it raw.
 */
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (isScriptRequest(context)) return 'js';
  },
  transformCacheKey(context) {
    return context.path.endsWith('.json') ? context.get('sec-fetch-dest') : undefined;
  },
  transform(context) {
    if (isScriptRequest(context)) return { body: `export default ${context.body};` };
  },
};

/** Ends the run with one plain `Tests: N passed, N failed` line, for CI logs. */
function closingLine() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) counts.failed++;
      }
      process.on('exit', () => console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`));
    },
  };
}

/** A directory URL that answers too late, for the `src` timeout. */
async function slowDirectory(context, next) {
  if (context.path !== '/test/slow-directory.json') return next();
  await new Promise((resolve) => setTimeout(resolve, 6000));
  context.type = 'application/json';
  context.body = '{}';
}

/**
 * `emulate-media-features`: sets CSS media features in the test's Chromium page, including
 * `forced-colors`, which @web/test-runner-commands' emulateMedia drops for puppeteer browsers.
 */
function mediaFeatures() {
  // Emulation lasts as long as the CDP session that set it, so keep one per page.
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

/**
 * `accessible-links`: every link in Chromium's accessibility tree with the name and description
 * a screen reader announces, read through the DevTools protocol (shadow roots included).
 */
function accessibleLinks() {
  return {
    name: 'accessible-links',
    async executeCommand({ command, session }) {
      if (command !== 'accessible-links') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => node.role?.value === 'link' && !node.ignored)
          .map((node) => ({ name: node.name?.value ?? '', description: node.description?.value ?? '' }));
      } finally {
        await cdp.detach();
      }
    },
  };
}

const launchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
    // Test files run two at a time; the one in the background tab must keep its timers at full speed.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
};

/** Tests that must see the page from a reader in another time zone, whatever the machine's own. */
const READER_ZONE_TESTS = 'src/components/helpline-box/helpline-box.los-angeles.test.ts';

/** A browser whose Intl and Date report the given IANA zone, like a reader's there. */
const browserInZone = (timeZone) =>
  chromeLauncher({
    launchOptions,
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });

export default {
  middleware: [slowDirectory],
  reporters: [defaultReporter(), closingLine()],
  files: ['test/**/*.test.ts', 'src/**/*.test.ts', 'demo/**/*.test.ts', `!${READER_ZONE_TESTS}`],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [mediaFeatures(), accessibleLinks(), jsonModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions })],
  groups: [{ name: 'reader-in-los-angeles', files: READER_ZONE_TESTS, browsers: [browserInZone('America/Los_Angeles')] }],
};
