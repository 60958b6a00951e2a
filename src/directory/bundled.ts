/**
 * The directory that ships inside the bundles. It is checked with the full
 * validator at build time (see vite.config.ts), so it is trusted here; it is
 * copied into frozen objects without a prototype so that a polluted page
 * (`Object.prototype.active = false`) cannot change what it says (see own.ts).
 */
import data from '../../data/directory.json';
import { useZoneTable, type ZoneTable } from '../hours/zone-table.js';
import { ownTrusted } from './own.js';
import type { Directory } from './schema.js';

// The build adds the offsets of the directory's time zones, and the countries whose lines are in files
// of their own (see vite.config.ts); from source there are neither. Neither is copied with the lines.
const { zones, more, ...directory } = data as unknown as Directory & { zones?: ZoneTable; more?: string[] };
if (zones) useZoneTable(zones);

// Trusted: the build checked it, and it is the bundle's own JSON.parse (no getter, hole or cycle).
export const bundledDirectory: Directory = ownTrusted(directory);

/** Countries whose lines (all but the emergency line) are not in the bundle but beside it (see countries.ts). */
export const bundledElsewhere: readonly string[] = Object.freeze([...(more ?? [])]);
