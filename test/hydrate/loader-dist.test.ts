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

  it("near the viewport, a widget's files are asked for in idle periods, one link per period when no time is left", async () => {
    // Idle periods on demand: the page's requestIdleCallback keeps its callbacks and the test runs them, as a
    // busy phone would (no time remaining): a dozen requests in one task would be a long task while the reader scrolls.
    const html = await (await fetch('/ssr-pages/deferred-dist.html')).text();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
    frame.srcdoc = html.replace('<head>', '<head><script>window.idleCallbacks = []; window.requestIdleCallback = (callback) => window.idleCallbacks.push(callback);</script>');
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as Window & typeof globalThis & {idleCallbacks?: IdleRequestCallback[]};
      await until(() => win().customElements?.get('key-figures') !== undefined, 'the eager widget to load');
      const doc = frame.contentDocument!;
      const idle = win().idleCallbacks!;
      const links = () => doc.querySelectorAll('link[rel="modulepreload"]').length;
      const busy: IdleDeadline = {didTimeout: false, timeRemaining: () => 0};
      // The hydrate="idle" widget's turn first: hydrating, it asks for its files at once.
      idle.splice(0).forEach((callback) => callback(busy));
      await until(() => win().customElements.get('initiative-pillars') !== undefined, 'the idle widget to load');
      (doc.querySelector('country-agreements') as HTMLElement).scrollIntoView();
      await until(() => idle.length > 0, 'the preloads to wait for an idle period');
      let periods = 0;
      while (idle.length) {
        const before = links();
        idle.shift()!(busy);
        expect(links() - before, 'links added in one idle period with no time left').to.be.at.most(1);
        if (links() > before) periods++;
      }
      expect(periods, 'idle periods that added a link').to.be.greaterThan(1);
      const preloaded = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
      expect(preloaded, 'the widget code').to.include('/dist/cdn/country-agreements.js');
      expect(preloaded.some((path) => /^\/dist\/cdn\/chunks\/en\/en-countries-/.test(path)), 'its language chunks').to.be.true;
      expect(win().customElements.get('country-agreements'), 'fetched, not run').to.be.undefined;
    } finally {
      frame.remove();
    }
  });

  it('a script-only page: the loader asks for every file the widget needs at once (two round trips), in the page\'s language', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
    frame.srcdoc = '<!doctype html><html lang="ja"><head><script type="module" src="/dist/cdn/loader.js"></script></head><body><summit-timeline></summit-timeline></body></html>';
    document.body.append(frame);
    try {
      await until(() => (frame.contentDocument?.querySelector('summit-timeline') as Widget | null)?.shadowRoot?.querySelector('[part~="event"]') != null, 'the timeline rendered on the client', 30000);
      const doc = frame.contentDocument!;
      const timeline = doc.querySelector('summit-timeline') as Widget;
      await timeline.updateComplete;
      expect(timeline.shadowRoot!.textContent, 'in Japanese').to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));
      expect(fetched, 'its code').to.include('/dist/cdn/summit-timeline.js');
      expect(fetched.some((path) => path.startsWith('/dist/cdn/chunks/ja/')), 'Japanese chunks').to.be.true;
      expect(fetched.filter((path) => /\/chunks\/(?!ja\/)[a-z]{2}\//.test(path)), 'no other language').to.deep.equal([]);
      // Every file the widget needed was asked for by the loader when it saw the widget, in one pass: a
      // modulepreload link each (and its own import of Lit's hydrate support, sent in the same pass). A file
      // found only by running a module (an import after a response, one more round trip) has no link.
      const preloaded = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
      const late = fetched.filter((path) => !preloaded.includes(path) && !/\/(loader|hydrate)\.js$/.test(path));
      expect(late, 'files not asked for by the loader at once').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a language the build does not have, even one named like an Object.prototype key: the English chunks are preloaded', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 700px; border: 0';
    frame.srcdoc = '<!doctype html><html lang="constructor"><head><script type="module" src="/dist/cdn/loader.js"></script></head><body><summit-timeline></summit-timeline></body></html>';
    document.body.append(frame);
    try {
      await until(() => (frame.contentDocument?.querySelector('summit-timeline') as Widget | null)?.shadowRoot?.querySelector('[part~="event"]') != null, 'the timeline rendered on the client', 30000);
      const preloaded = [...frame.contentDocument!.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
      expect(preloaded.filter((path) => path.startsWith('/dist/cdn/chunks/en/en-')).length, 'English chunks preloaded').to.be.greaterThan(1);
    } finally {
      frame.remove();
    }
  });
});
