/**
 * The one way a widget keeps derived data: `private rows = memo((dataset: Dataset, t: Translation) => …)`,
 * then `this.rows(dataset, t)` in `willUpdate` or a render. It is rebuilt only when an input changed
 * (compared with `===`, as Lit compares properties); a build that throws caches nothing.
 * Derived values only: what a widget does when an input changes (opening its `highlight`) goes in
 * `willUpdate` behind `changed.has(…)`, and `this.content.datasetChanged` for another dataset shown.
 */
export function memo<A extends unknown[], T>(build: (...args: A) => T): (...args: A) => T {
  let last: A | undefined;
  let value: T;
  return (...args: A): T => {
    if (!last || args.some((arg, index) => arg !== last![index])) {
      value = build(...args);
      last = args;
    }
    return value;
  };
}
