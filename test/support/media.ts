/** Test helper: emulates CSS media features in the test's Chromium page (see web-test-runner.config.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeatures {
  'prefers-color-scheme'?: 'light' | 'dark';
  'forced-colors'?: 'active' | 'none';
  'prefers-reduced-motion'?: 'reduce' | 'no-preference';
}

/** Replaces every emulated feature at once; features not named are back to the browser's own. */
export function emulateMedia(features: MediaFeatures): Promise<unknown> {
  return executeServerCommand<unknown, { name: string; value: string }[]>('emulate-media-features', (Object.entries(features) as [string, string][]).map(([name, value]) => ({ name, value })));
}
