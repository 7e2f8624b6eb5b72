// `npm run analyze`: custom-elements.json from the components' JSDoc (tags, attributes,
// properties, events, CSS parts and custom properties). Storybook's docs tables read it.

/** The base class's generic `emit(name, detail)` is not an event of its own: the widgets' `@fires` name theirs. */
const dropGenericEvents = () => ({
  name: 'drop-generic-events',
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name');
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/messages.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropGenericEvents()],
};
