/** ISO 3166 region codes: a subdivision (`GB-SCT`) falls back to its country (`GB`). */

/** `GB-SCT` -> `GB`. */
export function countryOf(region: string): string {
  return region.split('-')[0] ?? region;
}

/** `GB-ENG` -> `['GB-ENG', 'GB']`; `GB` -> `['GB']`. Most specific first. */
export function regionChain(region: string): string[] {
  const country = countryOf(region);
  return country === region ? [region] : [region, country];
}
