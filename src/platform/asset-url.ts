/** The ES module's files beside itself: `import.meta.url` is the module's own address. */
export function assetUrl(path: string): string {
  return new URL(/* @vite-ignore */ path, import.meta.url).href;
}
