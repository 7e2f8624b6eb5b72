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

/**
 * The manifest describes the published package: `defineElement(tag, ctor)`'s generic `tag` is not a
 * tag name, and the modules that register tags are the dist/ entries people import.
 */
const describePackage = () => ({
  name: 'describe-package',
  packageLinkPhase({customElementsManifest}) {
    for (const mod of customElementsManifest.modules) {
      mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      const entry = mod.path.match(/^src\/define\/([\w-]+)\.ts$/);
      if (!entry) continue;
      mod.path = `dist/${entry[1]}.js`;
      // `defineElement(tag, Class)` in src/define/<tag>.ts is not a call the analyzer reads.
      for (const js of mod.exports.filter((e) => e.kind === 'js' && e.name !== '*')) {
        for (const m of customElementsManifest.modules) {
          const declaration = m.declarations?.find((d) => d.name === js.name && d.customElement);
          if (declaration) {
            mod.exports.push({
              kind: 'custom-element-definition',
              name: declaration.tagName,
              declaration: {name: declaration.name, module: m.path},
            });
          }
        }
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/messages.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropGenericEvents(), describePackage()],
};
