/**
 * Reads a snippet pasted from a CMS back into choices, so an editor can start
 * from a published box. Parsed inert (a <template>: no script runs, nothing
 * loads); values go through the same readers as the address (config.ts).
 */
import { configFromAttributes, type BuilderConfig, type KnobContext } from './config.js';

export interface PastedSnippet {
  config: BuilderConfig;
  /** What could not be used, in words: unknown line ids and topics, bad values, attributes the builder does not set. */
  complaints: string[];
}

export function readSnippet(html: string, context: KnobContext): PastedSnippet | null {
  const template = document.createElement('template');
  template.innerHTML = html;
  const box = template.content.querySelector('helpline-box');
  if (!box) return null;
  const { config, complaints, unknown } = configFromAttributes(
    [...box.attributes].map((attribute): [string, string] => [attribute.name, attribute.value]),
    context,
  );
  if (unknown.length > 0) {
    complaints.push(`the builder does not set ${unknown.map((name) => `"${name}"`).join(', ')}; ${unknown.length > 1 ? 'they were' : 'it was'} left out`);
  }
  const script = template.content.querySelector('script[src]')?.getAttribute('src');
  if (script) config.script = script;
  return { config, complaints };
}
