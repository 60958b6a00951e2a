/**
 * The bundled directory, completed for the reader's country. The self-contained
 * bundles carry every emergency line but only the lines of their own country
 * (the UK): each other country's lines are in `directory-<country>.json` beside
 * the script, loaded once per page when a box serves that country, so the
 * first box of a UK story downloads nothing it does not show. Until the file
 * arrives, or if it cannot be had, the box shows the country's emergency line.
 */
import { loadCountryLines } from '../platform/assets.js';
import { bundledDirectory, bundledElsewhere } from './bundled.js';
import { ownData } from './own.js';
import { countryOf } from './region.js';
import type { Directory, Line } from './schema.js';

const loads = new Map<string, Promise<Directory>>();

/** The country whose lines a box for `region` still needs, or null when the bundle has them. */
export function countryToLoad(region: string): string | null {
  const country = countryOf(region.trim().toUpperCase());
  return bundledElsewhere.includes(country) ? country : null;
}

/**
 * The bundled directory with `country`'s lines, once per page however many
 * boxes ask. Never rejects: on failure, one console warning and the bundle as
 * it is (which has the country's emergency line).
 */
export function withCountry(country: string): Promise<Directory> {
  let load = loads.get(country);
  if (!load) {
    load = loadCountryLines(country).then(
      (lines) => ownData({ ...bundledDirectory, lines: [...bundledDirectory.lines, ...(lines as Line[])] }),
      (error: unknown) => {
        console.warn(`<helpline-box>: the lines for ${country} could not be loaded (${error instanceof Error ? error.message : String(error)}); showing the emergency line`);
        return bundledDirectory;
      },
    );
    loads.set(country, load);
  }
  return load;
}
