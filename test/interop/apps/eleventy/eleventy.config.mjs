// A newsroom's static site built by Eleventy: the page's summit widgets are pre-rendered at build
// time by the package's Node API (a transform on every HTML output), and the CDN files are copied
// beside the page so the widgets hydrate from the site's own origin, by the loader (`hydrate="eager"`:
// at once, not on the reader's first interaction).
import {render} from 'summit-widgets/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({'node_modules/summit-widgets/dist/cdn': 'cdn'});
  eleventyConfig.addTransform('summit-widgets', async function (content) {
    return this.page.outputPath?.endsWith('.html') ? render(content, {stylesheet: 'cdn/summit-widgets.css', hydrate: 'eager'}) : content;
  });
}

export const config = {dir: {input: 'content', output: '_site'}};
