/**
 * `helpline-box/render`: the box as HTML, text, AMP, Apple News Format or a prerendered
 * `<helpline-box>`, for servers, builds and feeds (node; built to
 * dist/render.js with its dependencies bundled in). The same function as
 * `npx helpline-box render`.
 */
export { renderBox, RenderError, FORMATS, type Format, type RenderRequest, type RenderResult } from './render.js';
export { boxToHtml, boxToText, boxToAmp, type StaticOptions } from '../box/static.js';
export { boxToAppleNews, type AppleNewsComponent } from './apple-news.js';
export { boxToPrerender, type PrerenderOptions, type HostAttributes } from './prerender.js';
export type { BoxModel, LineModel, ContactModel } from '../box/model.js';
