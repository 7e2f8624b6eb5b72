// `summit-widgets/ssr`: pre-render summit widgets in Node (see docs/embedding.md, "Pre-rendered embeds (HTML first)").
export {HYDRATE, render, type Hydrate, type RenderOptions} from './render.js';
export {stylesheet} from './stylesheet.js';
