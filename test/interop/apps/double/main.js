// The site's own bundle on the page that also embeds the CDN file twice: it registers the tags again
// from the npm package (`summit-widgets/all.js`, with its own copy of Lit) and listens to the widgets.
import * as npm from 'summit-widgets/all.js';
import {VERSION} from 'summit-widgets';

for (const type of ['summit-timeline-select', 'country-agreements-change', 'initiative-pillars-toggle']) {
  document.addEventListener(type, (event) => {
    const line = document.createElement('li');
    line.textContent = `${event.type} ${JSON.stringify(event.detail)}`;
    document.getElementById('log').append(line);
  });
}

// The two embedded CDN modules, for the test to compare (the same URLs as the script tags: they do not run again).
const embed = (n) => new URL(`node_modules/summit-widgets/dist/cdn/summit-widgets.js?embed=${n}`, document.baseURI).href;
const embeds = await Promise.all([1, 2].map((n) => import(embed(n))));
window.app = {VERSION, copies: {embed1: embeds[0], embed2: embeds[1], npm}};
