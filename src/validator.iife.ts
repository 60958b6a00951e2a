/**
 * The classic-script bundle's validator loader: `helpline-box-validate.js`
 * beside the script. The script's URL is read while it first runs, because
 * `document.currentScript` is null by the time a directory loads.
 */
import type { Validator } from './validator.js';

const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;

export function loadValidator(): Promise<Validator> {
  return import(/* @vite-ignore */ new URL('./helpline-box-validate.js', base).href) as Promise<Validator>;
}
