/**
 * Fetches a built language file. It comes from the same place as the script,
 * so the box still asks nobody else for anything; like a `src` directory it
 * goes without cookies or referrer.
 */
import type { AnyLocale } from './locale.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export async function fetchLocale(url: string): Promise<AnyLocale> {
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  const json: unknown = await response.json();
  if (!isObject(json) || !isObject(json['ui']) || !isObject(json['lines'])) throw new Error(`${url} is not a helpline-box language file`);
  return json as unknown as AnyLocale;
}
