/**
 * Which of the box's languages to show for a requested BCP 47 tag: the tag
 * itself when the box has it (`en-US`), then its base language (`cy-GB` ->
 * `cy`), then English. Pure, so the fallback rules are tested without a page.
 */

export interface Resolution {
  /** Languages to try, best first; always ends with `en`. */
  chain: string[];
  /** Set when the request had no match and English is used instead. */
  notice: string | null;
}

/** `EN-gb` -> `en-GB`, `zh-hant-tw` -> `zh-Hant-TW`; anything unparseable comes back trimmed. */
export function canonicalTag(tag: string): string {
  const trimmed = tag.trim().replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? trimmed;
  } catch {
    return trimmed;
  }
}

export function resolveLanguage(requested: string, available: readonly string[]): Resolution {
  const tag = canonicalTag(requested);
  const chain: string[] = [];
  const has = (candidate: string) => available.find((lang) => lang.toLowerCase() === candidate.toLowerCase());
  const exact = tag ? has(tag) : undefined;
  if (exact) chain.push(exact);
  const base = tag.split('-')[0] ?? '';
  const baseMatch = base ? has(base) : undefined;
  if (baseMatch && !chain.includes(baseMatch)) chain.push(baseMatch);
  const matched = chain.length > 0;
  if (!chain.includes('en')) chain.push('en');
  const notice =
    matched || !tag
      ? null
      : `language "${requested.trim()}" is not one the box is written in (${available.join(', ')}); showing English`;
  return { chain, notice };
}
