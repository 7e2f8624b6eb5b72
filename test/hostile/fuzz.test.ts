// Property-based tests (fast-check): random and adversarial values on every attribute of every
// widget, in random order and repeatedly, and random mutations of the dataset given by `data`
// and by `src`. After every step: nothing reached the page's `error` / `unhandledrejection`
// listeners, no render failed, no payload ran, and the widget shows its content or the error
// box. At the end of each run, valid values bring back exactly the content a fresh widget shows.
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {bundledDataset} from '../../src/dataset/bundled.js';
import {validateDataset} from '../../src/dataset/validate.js';
import {DatasetController} from '../../src/internal/dataset-controller.js';
import {format} from '../../src/internal/messages.js';
import {STRINGS} from '../kit/strings.js';
import {mount, PAYLOADS, renderFailures, settle, stateOf, watchPage, WIDGETS, type Watch, type Widget, type WidgetSpec} from './support.js';
import {harness} from '../kit/harness.js';
import {timeLimit} from '../kit/engines.js';

/** Runs per widget: a few hundred cases per widget in all (each attribute run is a sequence of steps). */
const RUNS = {attributes: 80, data: 70, src: 50};

// -- values --------------------------------------------------------------------------
const SPECIAL = [
  '', ' ', '\t\n ', '0', '-1', '3.0', ' 3 ', '1e999', 'NaN', 'Infinity', 'null', 'undefined', 'true', '[object Object]',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', '{value}', '{src}', '$&', '%s', '\u0000', '\u202eevil',
  '\ufeffen', 'en\u0000', 'ja\u200b', '𝕏😀👩‍👩‍👧‍👦', 'مرحبا', 'İ', 'ß', '２０１５', '٢٠١٥', '2015-02-30', '2015-13', '9999-99-99',
  '-2015', '+2015', '0000', '2015-1-1', '2015-10-01T00:00:00Z', ',,,', ' , summit ,, ', 'summit,summit', 'zh', 'en-',
  '-', 'x-default', 'KZ KZ', 'K', 'KAZAKHSTAN', 'XX', 'ZZZ', 'AAA',
];
const longString = fc
  .tuple(fc.string({minLength: 1, maxLength: 6, unit: 'grapheme'}), fc.integer({min: 200, max: 4000}))
  .map(([s, n]) => s.repeat(n).slice(0, 20000));
const hostileString: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...SPECIAL, ...PAYLOADS)},
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 30})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 30})},
  {weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()).map(String)},
  {weight: 1, arbitrary: longString}
);
/** Valid values, and near misses of them (case, spaces, a character more or less). */
const nearValid = (values: readonly string[]) =>
  fc
    .constantFrom(...values)
    .chain((v) => fc.constantFrom(v, v, v.toUpperCase(), v.toLowerCase(), ` ${v} `, `${v}x`, v.slice(0, -1), `${v},${v}`));

/** `src` values: good and failing datasets, other schemes, and random paths on the test server. */
const srcValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '/test/fixtures/small-dataset.json',
    '/faults/ok',
    '/faults/status/500',
    '/faults/status/204',
    '/faults/invalid-json',
    '/faults/schema',
    '/faults/redirect',
    'javascript:window.__xss="src"',
    'data:application/json,{}',
    'data:text/html,<script>window.__xss="src"</script>',
    'about:blank',
    'blob:null/nope',
    'file:///etc/passwd',
    'http://[::1',
    'http://127.0.0.1:9/',
    `http://127.0.0.1:${location.port}/faults/ok`,
    '',
    ' ',
    '%',
    '?',
    '#',
    '/',
    '//'
  ),
  // Random paths go to the fault server (which answers 400), not to the test runner's files.
  hostileString.map((s) => `/faults/x/${s.slice(0, 2000)}`)
);

/** Anything a framework or script may assign to a string property. */
const propertyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.array(fc.string({maxLength: 5}), {maxLength: 3}),
  fc.object({maxDepth: 1}),
  fc.constantFrom<unknown>(
    new URL('/faults/ok', location.href),
    Object.create(null),
    Symbol('sym'),
    {
      toString() {
        throw new Error('toString');
      },
    },
    () => 'fn',
    new Date(0)
  )
);

const propertyName = (attribute: string) => attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const clone = <T>(value: T): T => structuredClone(value);

// -- attribute sequences -------------------------------------------------------------------
type Step =
  | {kind: 'attr'; name: string; value: string}
  | {kind: 'remove'; name: string}
  | {kind: 'prop'; name: string; value: unknown}
  | {kind: 'data'; value: 'bundled' | 'small' | 'empty' | 'number' | 'array' | 'undefined'}
  | {kind: 'page-lang'; value: string | null}
  | {kind: 'click'; index: number}
  | {kind: 'move'};

function stepArb(spec: WidgetSpec): fc.Arbitrary<Step> {
  const names = Object.keys(spec.attributes);
  const attrValue = (name: string) =>
    name === 'src' ? srcValue : fc.oneof(nearValid(spec.attributes[name]), hostileString);
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .constantFrom(...names)
        .chain((name) => attrValue(name).map((value): Step => ({kind: 'attr', name, value}))),
    },
    {weight: 2, arbitrary: fc.constantFrom(...names).map((name): Step => ({kind: 'remove', name}))},
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...names.filter((n) => n !== 'src')), propertyValue)
        .map(([name, value]): Step => ({kind: 'prop', name, value})),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('bundled', 'small', 'empty', 'number', 'array', 'undefined' as const)
        .map((value): Step => ({kind: 'data', value})),
    },
    {weight: 1, arbitrary: fc.option(fc.oneof(nearValid(['en', 'ja', 'ru']), hostileString)).map((value): Step => ({kind: 'page-lang', value}))},
    {weight: 1, arbitrary: fc.nat(40).map((index): Step => ({kind: 'click', index}))},
    {weight: 1, arbitrary: fc.constant<Step>({kind: 'move'})}
  );
}

const SMALL: unknown = await (await fetch('/test/fixtures/small-dataset.json')).json();
const DATA_VALUES = {
  bundled: () => clone(bundledDataset),
  small: () => clone(SMALL),
  empty: () => ({}),
  number: () => 42,
  array: () => [],
  undefined: () => undefined,
};

async function apply(el: Widget, container: HTMLElement, step: Step): Promise<void> {
  const self = el as unknown as Record<string, unknown>;
  if (step.kind === 'attr') el.setAttribute(step.name, step.value);
  else if (step.kind === 'remove') el.removeAttribute(step.name);
  else if (step.kind === 'prop') self[propertyName(step.name)] = step.value;
  else if (step.kind === 'data') el.data = DATA_VALUES[step.value]();
  else if (step.kind === 'page-lang') {
    if (step.value === null) container.removeAttribute('lang');
    else container.setAttribute('lang', step.value);
  } else if (step.kind === 'click') {
    const controls = harness(el).root.querySelectorAll<HTMLElement>('button, summary');
    controls[step.index % Math.max(controls.length, 1)]?.click();
  } else {
    el.remove();
    container.append(el);
  }
  await settle(el);
}

/** The invariants that hold after every step. */
function checkStep(el: Widget, watch: Watch, what: string): void {
  expect(watch.errors, `page errors after ${what}`).to.deep.equal([]);
  expect(renderFailures(watch), `render failures after ${what}`).to.deep.equal([]);
  expect(window.__xss, `a payload ran after ${what}`).to.be.undefined;
  expect(['content', 'error'], `what <${el.localName}> shows after ${what}`).to.include(stateOf(el));
}

/**
 * The property, with its failure's message in the report: fast-check prints a failure's stack, which
 * holds the message in V8 only (Firefox's and WebKit's start at the first frame).
 */
const reported =
  <A extends unknown[]>(run: (...args: A) => Promise<void>) =>
  async (...args: A): Promise<void> => {
    try {
      await run(...args);
    } catch (error) {
      if (error instanceof Error && !error.stack?.includes(error.message)) error.stack = `${error.name}: ${error.message}\n${error.stack}`;
      throw error;
    }
  };

const container = document.createElement('section');
container.style.width = '900px';
document.body.append(container);

describe('fuzz: adversarial attributes and datasets (fast-check)', function () {
  this.timeout(120000);
  /** Per widget: property runs, and the attribute / property / data / page steps within them. */
  const counts: Record<string, {runs: number; steps: number}> = {};
  const count = (tag: string, runs: number, steps: number) => {
    const c = (counts[tag] ??= {runs: 0, steps: 0});
    c.runs += runs;
    c.steps += steps;
  };
  let watch: Watch;
  const savedTimeout = DatasetController.timeoutMs;

  beforeEach(() => {
    DatasetController.timeoutMs = timeLimit(3000);
    container.replaceChildren();
    container.removeAttribute('lang');
    watch = watchPage();
  });
  afterEach(() => {
    watch.stop();
    DatasetController.timeoutMs = savedTimeout;
    container.replaceChildren();
  });
  after(() => {
    const all = Object.values(counts);
    const runs = all.reduce((sum, c) => sum + c.runs, 0);
    const steps = all.reduce((sum, c) => sum + c.steps, 0);
    console.log(
      `fuzz: ${runs} cases (${steps} checked steps) in all; ` +
        Object.entries(counts).map(([tag, c]) => `<${tag}> ${c.runs} cases, ${c.steps} steps`).join('; ')
    );
  });

  for (const spec of WIDGETS) {
    const names = Object.keys(spec.attributes);
    const validFinal = fc.record(
      Object.fromEntries(
        names.filter((name) => name !== 'src').map((name) => [name, fc.option(fc.constantFrom(...spec.attributes[name]), {nil: undefined})])
      ) as Record<string, fc.Arbitrary<string | undefined>>
    );

    it(`<${spec.tag}>: ${RUNS.attributes} random sequences of 1-12 attribute, property, data and page changes, then valid values restore the content`, async () => {
      let steps = 0;
      const seed = Math.floor(Math.random() * 2 ** 31);
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb(spec), {minLength: 1, maxLength: 12}), validFinal, reported(async (sequence, final) => {
          container.replaceChildren();
          container.removeAttribute('lang');
          const el = await mount(spec.tag, container);
          try {
            let clicked = false;
            for (const step of sequence) {
              await apply(el, container, step);
              steps++;
              clicked ||= step.kind === 'click';
              checkStep(el, watch, `${step.kind} ${JSON.stringify(step, (_, v) => (typeof v === 'symbol' || typeof v === 'bigint' ? String(v) : v))?.slice(0, 200)}`);
            }
            // Valid values (or none) everywhere: the widget shows what a fresh one with them shows.
            const valid = Object.fromEntries(Object.entries(final).filter(([, value]) => value !== undefined)) as Record<string, string>;
            for (const name of names) {
              el.removeAttribute(name);
              (el as unknown as Record<string, unknown>)[propertyName(name)] = undefined; // set as a property
            }
            for (const [name, value] of Object.entries(valid)) el.setAttribute(name, value);
            el.data = undefined;
            container.removeAttribute('lang');
            await settle(el);
            expect(stateOf(el), 'after valid values').to.equal('content');
            if (!clicked) {
              const fresh = await mount(spec.tag, container, valid);
              expect(harness(el).text).to.equal(harness(fresh).text);
              fresh.remove();
            }
            checkStep(el, watch, 'restoring valid values');
          } finally {
            el.remove();
          }
        })),
        {numRuns: RUNS.attributes, seed, includeErrorInReport: true}
      );
      count(spec.tag, RUNS.attributes, steps);
      console.log(`fuzz <${spec.tag}>: ${RUNS.attributes} attribute runs, ${steps} steps (seed ${seed})`);
    });

    it(`<${spec.tag}>: ${RUNS.data} random mutations of the dataset given by data (then mutated in place)`, async () => {
      const seed = Math.floor(Math.random() * 2 ** 31);
      let contentRuns = 0;
      await fc.assert(
        fc.asyncProperty(mutationsArb(true), mutationsArb(true), fc.constantFrom('en', 'ja', 'ru'), reported(async (first, later, lang) => {
          container.replaceChildren();
          const data = clone(bundledDataset) as unknown;
          const exotic = applyMutations(data, first);
          const expected = exotic ? undefined : validateDataset(JSON.parse(JSON.stringify(data) ?? 'null')).ok;
          const el = document.createElement(spec.tag) as Widget;
          el.setAttribute('lang', lang);
          el.data = data;
          container.append(el);
          await settle(el);
          checkStep(el, watch, `data mutations ${summary(first)}`);
          if (expected !== undefined) expect(stateOf(el), `data mutations ${summary(first)}`).to.equal(expected ? 'content' : 'error');
          if (stateOf(el) === 'content') contentRuns++;
          // The page changes the object it gave, in place, and the widget updates for another reason.
          const before = harness(el).text;
          applyMutations(data, later);
          el.setAttribute('lang', lang === 'en' ? 'ja' : 'en');
          await settle(el);
          el.setAttribute('lang', lang);
          await settle(el);
          checkStep(el, watch, `in-place mutations ${summary(later)}`);
          expect(harness(el).text, 'a dataset changed in place after it was given').to.equal(before);
          el.remove();
        })),
        {numRuns: RUNS.data, seed, includeErrorInReport: true}
      );
      count(spec.tag, RUNS.data, RUNS.data * 2); // the first render, then after the in-place change
      console.log(`fuzz <${spec.tag}>: ${RUNS.data} data runs, ${contentRuns} valid (content), seed ${seed}`);
    });

    it(`<${spec.tag}>: ${RUNS.src} random mutations of the dataset given by src (JSON and its text)`, async () => {
      const seed = Math.floor(Math.random() * 2 ** 31);
      let contentRuns = 0;
      await fc.assert(
        fc.asyncProperty(mutationsArb(false), textMutationArb, fc.constantFrom('en', 'ja', 'ru'), reported(async (mutations, textMutation, lang) => {
          container.replaceChildren();
          const data = clone(bundledDataset) as unknown;
          applyMutations(data, mutations);
          const text = textMutation(JSON.stringify(data) ?? '');
          const src = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
          let parsed: unknown = invalid;
          try {
            // The Fetch standard's json(): the body's UTF-8 bytes decoded with a leading byte order mark dropped
            // (TextDecoder's default), then parsed. WebKit's Response(string).json() keeps the mark and throws,
            // though its fetch of the blob, which the widget makes, drops it.
            parsed = JSON.parse(new TextDecoder().decode(new TextEncoder().encode(text)));
          } catch {
            /* not JSON */
          }
          const el = document.createElement(spec.tag) as Widget;
          el.setAttribute('lang', lang);
          el.setAttribute('src', src);
          container.append(el);
          try {
            await settle(el);
            checkStep(el, watch, `src mutations ${summary(mutations)}`);
            const box = harness(el).errorBox?.textContent ?? '';
            if (parsed === invalid) {
              expect(box).to.contain(format(STRINGS[lang].shared.invalidJson, {src}));
            } else if (!validateDataset(parsed).ok) {
              expect(box).to.contain(STRINGS[lang].shared.invalidData.split('{problem}')[0]);
            } else {
              expect(stateOf(el)).to.equal('content');
              contentRuns++;
            }
          } finally {
            el.remove();
            URL.revokeObjectURL(src);
          }
        })),
        {numRuns: RUNS.src, seed, includeErrorInReport: true}
      );
      count(spec.tag, RUNS.src, RUNS.src);
      console.log(`fuzz <${spec.tag}>: ${RUNS.src} src runs, ${contentRuns} valid (content), seed ${seed}`);
    });
  }
});

// -- dataset mutations --------------------------------------------------------------------
type Path = (string | number)[];
const invalid = Symbol('invalid');

/** Every node of the bundled dataset, by path. */
const PATHS: Path[] = [];
(function walk(node: unknown, path: Path) {
  PATHS.push(path);
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
})(bundledDataset, []);
const LEAF_TEXTS = PATHS.filter((path) => typeof get(bundledDataset, path) === 'string');

function get(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

/** Special values only the `data` property can carry (not JSON). */
const EXOTIC = ['cycle', 'getter', 'proxy', 'sparse'] as const;
type Exotic = (typeof EXOTIC)[number];

interface Mutation {
  path: Path;
  op: 'delete' | 'set' | 'text' | 'empty' | 'duplicate' | 'reverse' | 'exotic';
  value?: unknown;
}

/** Text that passes the validator's HTML check (so many datasets stay valid and render). */
const validText = fc.oneof(
  fc.constantFrom(
    '&lt;img src=x onerror=window.__xss=1&gt;',
    '" onmouseover="window.__xss=1',
    "javascript:window.__xss='text'",
    '< img src=x onerror=window.__xss=1>',
    '<\u200bscript>window.__xss=1<\u200b/script>',
    '＜script＞',
    '{outlet} {text} {value} $& $1',
    'مرحبا بالعالم',
    '𝕏😀👩‍👩‍👧‍👦',
    'a'.repeat(2000),
    'word '.repeat(399)
  ),
  fc.string({unit: 'grapheme', minLength: 1, maxLength: 60}).filter((s) => !/<[a-z!/?]/i.test(s) && s.trim() !== '')
);

const endsWith = (...keys: (string | RegExp)[]) =>
  PATHS.filter((path) => keys.some((key) => (typeof key === 'string' ? path.at(-1) === key : key.test(path.join('.')))));
/** Optional fields, arrays that may be empty, numbers and flags: changes that keep a dataset valid. */
const OPTIONAL = endsWith(
  'milestone',
  'description',
  'grouping',
  'reportedBy',
  /^corrections$/,
  /^corrections\.\d+\.sources$/,
  /^sources\.\d+\.date$/,
  /outcomeDocuments\.\d+\.url$/
);
const EMPTYABLE = endsWith('facts', 'standOut', 'items', 'interests', 'outcomeDocuments', /^corrections$/);
const FLAGS = endsWith('milestone', 'editorial');
// A fact's `reportedBy` is an outlet's name (text); an agreements block's is an object, not a text.
const FREE_TEXTS = endsWith('en', 'ja', 'ru', /facts\.\d+\.reportedBy$/, /^sources\.\d+\.(publisher|title)$/);

/** Changes a valid dataset stays valid under: its texts, optional parts, figures and flags. */
const validMutation: fc.Arbitrary<Mutation> = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...FREE_TEXTS).chain((path) => validText.map((v): Mutation => ({path, op: 'text', value: v})))},
  {weight: 1, arbitrary: fc.constantFrom(...OPTIONAL).map((path): Mutation => ({path, op: 'delete'}))},
  {weight: 1, arbitrary: fc.constantFrom(...EMPTYABLE).map((path): Mutation => ({path, op: 'empty'}))},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FLAGS), fc.boolean()).map(([path, v]): Mutation => ({path, op: 'set', value: v}))},
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.double({min: 0, max: 1e300, noNaN: true}).map((v): Mutation => ({path: ['initiative', 'target', 'amount'], op: 'set', value: v})),
      fc.integer({min: 1, max: 2 ** 40}).map((v): Mutation => ({path: ['initiative', 'target', 'years'], op: 'set', value: v})),
      fc.integer({min: 0, max: 2 ** 40}).map((v): Mutation => ({path: ['summit', 'documentsSigned', 'moreThan'], op: 'set', value: v})),
      fc.constantFrom('USD', 'EUR', 'XXX', 'ABC', 'KZT').map((v): Mutation => ({path: ['initiative', 'target', 'currency'], op: 'set', value: v}))
    ),
  }
);

function mutationsArb(withExotic: boolean): fc.Arbitrary<Mutation[]> {
  const value = fc.oneof(
    fc.jsonValue({maxDepth: 2}),
    hostileString,
    fc.constantFrom<unknown>(0, -1, 1e308, 2.5, true, null, '', [], {}),
    ...(withExotic
      ? [fc.anything({maxDepth: 2, withBigInt: true, withNullPrototype: true, withSparseArray: true, withDate: true, withMap: true, withBoxedValues: true})]
      : [])
  );
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {weight: 4, arbitrary: fc.constantFrom(...LEAF_TEXTS).chain((path) => validText.map((v): Mutation => ({path, op: 'text', value: v})))},
    {weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PATHS), value).map(([path, v]): Mutation => ({path, op: 'set', value: v}))},
    {weight: 2, arbitrary: fc.constantFrom(...PATHS).map((path): Mutation => ({path, op: 'delete'}))},
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...PATHS), fc.constantFrom('empty', 'duplicate', 'reverse' as const))
        .map(([path, op]): Mutation => ({path, op})),
    },
    ...(withExotic
      ? [{weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...EXOTIC)).map(([path, v]): Mutation => ({path, op: 'exotic', value: v}))}]
      : [])
  );
  return fc.oneof(fc.array(validMutation, {minLength: 1, maxLength: 6}), fc.array(mutation, {minLength: 1, maxLength: 4}));
}

/** Applies mutations in place; true when one gave the dataset a value JSON cannot describe. */
function applyMutations(root: unknown, mutations: Mutation[]): boolean {
  let exotic = false;
  for (const mutation of mutations) {
    try {
      exotic = applyMutation(root, mutation) || exotic;
    } catch {
      // The path runs through an earlier hostile getter: skip this one.
    }
  }
  return exotic;
}

function applyMutation(root: unknown, {path, op, value}: Mutation): boolean {
  if (path.length === 0) return false; // the root itself stays an object
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
  if (!parent || typeof parent !== 'object') return false;
  const key = path[path.length - 1];
  const node = parent[key];
  if (op === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else if (op === 'set' || op === 'text') {
    parent[key] = value;
    return op === 'set' && !isJsonLike(value);
  } else if (op === 'empty') {
    if (Array.isArray(node)) node.length = 0;
    else parent[key] = typeof node === 'string' ? '' : {};
  } else if (op === 'duplicate') {
    if (Array.isArray(node) && node.length) node.push(structuredClone(node[0]));
  } else if (op === 'reverse') {
    if (Array.isArray(node)) node.reverse();
  } else {
    makeExotic(root, parent, key, value as Exotic);
    return true;
  }
  return false;
}

function makeExotic(root: unknown, parent: Record<string | number, unknown>, key: string | number, kind: Exotic): void {
  const node = parent[key];
  if (kind === 'cycle') parent[key] = root;
  else if (kind === 'getter') {
    Object.defineProperty(parent, key, {
      enumerable: true,
      configurable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
  } else if (kind === 'proxy' && node && typeof node === 'object') {
    // Valid on the first reads, garbage afterwards: a dataset that changes under the widget.
    let reads = 0;
    parent[key] = new Proxy(node, {
      get: (target, property, receiver) => (++reads > 40 ? 'garbage' : Reflect.get(target, property, receiver)),
    });
  } else if (kind === 'sparse') {
    parent[key] = Array.isArray(node) ? Object.assign(new Array(node.length + 2), {0: node[0]}) : new Array(3);
  }
}

/** Would JSON.stringify keep this value as it is? */
function isJsonLike(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return Object.keys(value).length === value.length && value.every(isJsonLike);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype && Object.values(value as object).every(isJsonLike);
  }
  return false;
}

/** Text-level faults of a `src` response. */
const textMutationArb: fc.Arbitrary<(text: string) => string> = fc.oneof(
  {weight: 6, arbitrary: fc.constant((text: string) => text)},
  {weight: 1, arbitrary: fc.double({min: 0, max: 1, noNaN: true}).map((f) => (text: string) => text.slice(0, Math.floor(text.length * f)))},
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.string({unit: 'binary', minLength: 1, maxLength: 3}))
      .map(([f, s]) => (text: string) => text.slice(0, Math.floor(text.length * f)) + s + text.slice(Math.floor(text.length * f)))
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      (text: string) => `\ufeff${text}`,
      (text: string) => `)]}',\n${text}`,
      () => '',
      () => 'null',
      () => '"a string"',
      () => '[]',
      () => '['.repeat(100000),
      () => `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      () => '<!doctype html><script>window.__xss="src"</script>'
    ),
  }
);

const summary = (mutations: Mutation[]) =>
  mutations
    .map(({path, op, value}) => `${op} ${path.join('.')}${op === 'text' || op === 'exotic' ? ` ${String(value).slice(0, 40)}` : ''}`)
    .join('; ');
