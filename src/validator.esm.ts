/** The ES bundle's validator loader: `helpline-box-validate.js` beside the module. */
import type { Validator } from './validator.js';

export function loadValidator(): Promise<Validator> {
  return import(/* @vite-ignore */ new URL(/* @vite-ignore */ './helpline-box-validate.js', import.meta.url).href) as Promise<Validator>;
}
