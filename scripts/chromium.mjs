// How every script and test here starts Debian's Chromium: headless, as root, and quiet on a machine
// whose only network is loopback (background networking would try, and fail, to reach outside).
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Chromium driven by playwright-core, for screenshots, benchmarks and end-to-end tests. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A tab the size of a phone (390 x 844 at 2x), with its console messages and page errors collected. */
export async function phoneTab(browser) {
  const tab = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const logs = [];
  tab.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  return { tab, logs };
}
