/**
 * The directory that ships inside the bundles. It is checked with the full
 * validator at build time (see vite.config.ts), so it is trusted here.
 */
import data from '../../data/directory.json';
import type { Directory } from './schema.js';

export const bundledDirectory = data as unknown as Directory;
