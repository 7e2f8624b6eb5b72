// `summit-widgets/ssr`: pre-render summit widgets in Node (see README, "Pre-rendered embeds").
export {render, type RenderOptions} from './render.js';
export {stylesheet} from './stylesheet.js';
