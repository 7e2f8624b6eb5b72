// The registry (src/registry.json: the one declaration of the widgets and languages) for the scripts and the
// bench, with what they derive from it. TypeScript reads it through src/registry.ts.
import {readdirSync} from 'node:fs';
import registry from '../src/registry.json' with {type: 'json'};

/** Every widget: {tag, className, title, summary, strings, parts, example?, article?, size?}. */
export const WIDGETS = registry.widgets;
export const TAGS = WIDGETS.map((widget) => widget.tag);
/** The eight languages, English first. */
export const LANGS = registry.languages;
/** The three widgets of the article page, in its order. */
export const ARTICLE_WIDGETS = WIDGETS.filter((widget) => widget.article);

/** The element as its example embed writes it (`<tag name="value"></tag>`), plus `extra`. */
export function exampleMarkup(widget, extra = {}) {
  const attributes = Object.entries({...widget.example, ...extra}).map(([name, value]) => ` ${name}="${value}"`).join('');
  return `<${widget.tag}${attributes}></${widget.tag}>`;
}

/** package.json's `exports` entry of a define module (`all` or a widget's tag): its key and value. */
export const defineExport = (name) => [`./${name}.js`, {types: `./dist/types/src/define/${name}.d.ts`, default: `./dist/${name}.js`}];
/** package.json's `sideEffects` entry of a define module: it registers a tag when imported. */
export const defineSideEffect = (name) => `./dist/${name}.js`;
/** The define modules: one per widget, then `all`. */
export const DEFINE_MODULES = [...TAGS, 'all'];
/**
 * The page's runtime beside them (src/<name>.ts, exported as `./<name>.js`, with side effects): the loader
 * (hydration on demand) and Lit's hydrate support.
 */
export const RUNTIME_MODULES = ['loader', 'hydrate'];
/** package.json's `exports` entry of a runtime module. */
export const runtimeExport = (name) => [`./${name}.js`, {types: `./dist/types/src/${name}.d.ts`, default: `./dist/${name}.js`}];

/**
 * A widget's own build steps: `src/<tag>/build-*.mjs`, each writing a committed file beside itself (the map's
 * shapes). `npm test` runs each with `--check` (exit 1 when the committed file is not what it writes).
 */
export const widgetBuildSteps = () =>
  TAGS.flatMap((tag) => readdirSync(`src/${tag}`).filter((name) => /^build-.*\.mjs$/.test(name)).map((name) => `src/${tag}/${name}`));
