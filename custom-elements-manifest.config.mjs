// Generates dist/custom-elements.json from the element's JSDoc and static properties.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'helpline-box:tidy',
      // Events are documented with @event on the class; the analyzer also lists each
      // dispatchEvent(new SomeEvent()) call without a name, which says nothing.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            // Lit's internal reactive state (`_name`) is not public API.
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
            if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('_'));
          }
        }
      },
    },
  ],
};
