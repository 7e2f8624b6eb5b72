// The CDN build's stand-in for `tslib` (rollup.config.mjs, the TypeScript plugin's `tslib` option): the one
// helper this project's experimental decorators compile to, for what they decorate: class fields and
// accessors (Lit's @property and @state; no class decorators). tslib's general `__decorate` is larger and
// sits on every page. A helper TypeScript would emit that is not here fails the build (a missing export).
export function __decorate(decorators, target, key) {
  for (const decorate of decorators.reverse()) {
    const descriptor = decorate(target, key);
    if (descriptor) Object.defineProperty(target, key, descriptor);
  }
}
