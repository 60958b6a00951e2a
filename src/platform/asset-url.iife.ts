/**
 * The classic script's files beside itself. Its address is read while the
 * script first runs: `document.currentScript` is null by the time a box asks
 * for a file.
 */
const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;

export function assetUrl(path: string): string {
  return new URL(path, base).href;
}
