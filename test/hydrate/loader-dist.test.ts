// The CDN build's loader (dist/cdn/loader.js, with the chunk manifest rollup.config.mjs writes into it; needs
// `npm run build`, so only `npm test` or naming this file runs it): a pre-rendered article's widgets below the
// fold fetch nothing until the reader scrolls near them; then their code and their language's chunks are
// fetched (modulepreload: nothing runs). (The page is rendered from src/, whose templates are not minified as the
// CDN's are, so hydrating it here would not fit: the click and its replay are tested on src/ in loader.test.ts.)
import {expect} from '@open-wc/testing';
import {until} from '../kit/console.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

describe('the CDN loader: fetched near the viewport, run on interaction', function () {
  this.timeout(60000);

  it('no chunk before the reader scrolls near; the code and the language chunks after, not run', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
    frame.src = '/ssr-pages/deferred-dist.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const fetched = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      const agreements = doc.querySelector('country-agreements') as Widget;
      // The eager widget: once it is defined, the loader has looked at the whole page.
      await until(() => win.customElements.get('key-figures') !== undefined, 'the eager widget to load');
      expect(fetched().filter((path) => path.startsWith('/dist/cdn/country-agreements')), 'nothing before the scroll').to.deep.equal([]);
      agreements.scrollIntoView();
      await until(() => fetched().includes('/dist/cdn/country-agreements.js'), 'the widget code to be preloaded');
      await until(() => fetched().some((path) => /^\/dist\/cdn\/chunks\/en\/en-countries-/.test(path)), "its language's chunks to be preloaded");
      expect(fetched().some((path) => path.startsWith('/dist/cdn/chunks/ja/')), 'no other language').to.be.false;
      expect(win.customElements.get('country-agreements'), 'fetched, not run').to.be.undefined;
    } finally {
      frame.remove();
    }
  });
});
