// The package root: classes, types and the dataset. It registers no tag;
// import `summit-widgets/<tag>.js` (or `all.js`) for that.
export * from './dataset/index.js';
export {defineElement} from './internal/define.js';
export {SummitElement, THEMES, type Theme} from './internal/summit-element.js';
export {LANGS, type Lang} from './internal/lang.js';
export {VERSION} from './internal/version.js';
export * from './widgets.js';
