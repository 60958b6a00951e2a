/**
 * Loads the directory validator (zod and the checks) only when a publisher's
 * `src` directory must be checked, so a box on the bundled directory never
 * downloads it. The built bundles swap this module for validator.dist.ts.
 */
export type Validator = typeof import('./directory/validate.js');

export function loadValidator(): Promise<Validator> {
  return import('./directory/validate.js');
}
