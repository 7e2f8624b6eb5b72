// Loaded first (a classic script) by every interop page (test/interop/apps/*/index.html): records, on
// `window.interop`, what a test must see empty or exact: errors (thrown, rejected, a script that failed
// to load, console.error), console warnings, and every customElements.define() call by tag name.
(() => {
  const record = (window.interop = {errors: [], warnings: [], defines: []});
  window.addEventListener(
    'error',
    (event) => {
      const source = event.target && event.target !== window ? event.target.src || event.target.href : undefined;
      record.errors.push(source ? `failed to load ${source}` : String((event.error && event.error.stack) || event.message));
    },
    true
  );
  window.addEventListener('unhandledrejection', (event) => record.errors.push(`unhandled rejection: ${event.reason}`));
  for (const [level, list] of [
    ['error', record.errors],
    ['warn', record.warnings],
  ]) {
    const original = console[level];
    console[level] = (...args) => {
      list.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    record.defines.push(name);
    return define.call(this, name, ...rest);
  };
})();
