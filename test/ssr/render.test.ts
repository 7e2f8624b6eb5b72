// The Node API, `render(html)` from summit-widgets/ssr (through the test runner's ssr-render command),
// and what hydration keeps.
import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define/all.js';
import {captureWarnings, until} from '../kit/console.js';
import {markup, renderFixture, serverRender, widgetsIn} from '../kit/fixture.js';
import {STRINGS} from '../kit/strings.js';
import {harness} from '../kit/harness.js';

type Widget = HTMLElement & {updateComplete: Promise<unknown>};

/** The rendered HTML without the inserted declarative shadow roots: what the input was. */
const withoutShadowRoots = (html: string) => html.replace(/<template shadowroot="open" shadowrootmode="open">[^]*?<\/template>(?=<\/)/g, '');

/** The widgets of server-rendered `html`, parsed (not in the page: nothing hydrates). */
function parsed(html: string): HTMLElement[] {
  const doc = Document.parseHTMLUnsafe(html);
  return [...doc.querySelectorAll<HTMLElement>('summit-timeline, country-agreements, initiative-pillars')];
}
const frameOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

describe('render(html): the Node API', () => {
  it('a whole page keeps everything but gains the shadow roots; rendering it again changes nothing', async () => {
    const page = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>記事</title></head>
<body><article><h1>見出し</h1><p>本文 &amp; <a href="/x">リンク</a></p>
${markup('summit-timeline', {highlight: 'tokyo-summit-2025'})}
<!-- a comment --><my-widget data-x="1"><span>untouched</span></my-widget>
</article></body></html>`;
    const {html, warnings} = await serverRender(page);
    expect(warnings).to.deep.equal([]);
    expect(withoutShadowRoots(html)).to.equal(page);
    expect((await serverRender(html)).html).to.equal(html);
    const [timeline] = parsed(html);
    expect(frameOf(timeline).lang, 'from <html lang>').to.equal('ja');
    expect(frameOf(timeline).textContent).to.contain(STRINGS.ja.timeline.title);
  });

  it("a widget's language: its own lang, else the nearest ancestor's, else English", async () => {
    const {html} = await serverRender(
      `${markup('initiative-pillars')}<div lang="ru-RU"><section>${markup('initiative-pillars')}${markup('initiative-pillars', {lang: 'ja'})}</section></div>`
    );
    expect(parsed(html).map((el) => frameOf(el).lang)).to.deep.equal(['en', 'ru', 'ja']);
  });

  it('attributes are honoured: theme, heading-level and the widget\'s own', async () => {
    const {html} = await serverRender(markup('country-agreements', {country: 'kgz', theme: 'dark', 'heading-level': '4'}));
    const [el] = parsed(html);
    expect(frameOf(el).classList.contains('theme-dark')).to.be.true;
    expect(el.shadowRoot!.querySelector('h4')!.textContent).to.contain('Kyrgyzstan');
    expect(el.shadowRoot!.querySelector('[role="tab"]'), 'one card, no tabs').to.be.null;
  });

  it('a bad attribute renders the localized error box and one warning on stderr; other widgets render', async () => {
    const {html, warnings} = await serverRender(`${markup('country-agreements', {country: 'JP', lang: 'ru'})}${markup('initiative-pillars')}`);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('country "JP"');
    const [bad, good] = parsed(html);
    expect(harness(bad).errorBox!.textContent).to.contain(STRINGS.ru.shared.errorTitle).and.contain('JP');
    expect(harness(good).errorBox).to.be.null;
  });

  it('src is fetched on the server and validated; a failing src renders the error box', async () => {
    const {html, warnings} = await serverRender(
      `${markup('summit-timeline', {src: '/faults/ok?mark=Marked%20by%20the%20server', layout: 'vertical'})}${markup('initiative-pillars', {src: '/faults/status/404'})}`
    );
    const [timeline, pillars] = parsed(html);
    expect(timeline.shadowRoot!.textContent).to.contain('Marked by the server');
    expect(harness(pillars).errorBox!.textContent).to.contain('404');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('HTTP 404');
  });

  it('stylesheet: every shadow root links it instead of carrying an inline <style>', async () => {
    const {html} = await serverRender(markup('summit-timeline') + markup('country-agreements'), '/css/summit-widgets.css');
    expect(html).to.not.contain('<style>');
    expect(html.match(/<link rel="stylesheet" href="\/css\/summit-widgets.css">/g)).to.have.length(2);
  });

  it('hydrate and loader: every widget gets the attribute (its own kept), a whole page the loader script', async () => {
    const page = `<!doctype html><html><head><title>t</title></head><body>${markup('initiative-pillars')}${markup('key-figures', {hydrate: 'eager'})}</body></html>`;
    const {html} = (await executeServerCommand('ssr-render', {html: page, hydrate: 'visible', loader: '/cdn/loader.js'})) as {html: string};
    const doc = Document.parseHTMLUnsafe(html);
    expect([...doc.querySelectorAll('initiative-pillars, key-figures')].map((el) => el.getAttribute('hydrate'))).to.deep.equal(['visible', 'eager']);
    expect([...doc.head.querySelectorAll('script[type="module"]')].map((script) => script.getAttribute('src'))).to.deep.equal(['/cdn/loader.js']);
  });
});

describe('styles once per page: a linked stylesheet', function () {
  this.timeout(30000);
  const CSS = '/ssr-pages/summit-widgets.css';
  const WIDGETS = `<h1>Article</h1>${markup('summit-timeline', {highlight: 'tokyo-summit-2025'})}${markup('country-agreements', {country: 'UZ', theme: 'dark'})}${markup('initiative-pillars', {lang: 'ja'})}${markup('key-figures')}${markup('agreements-matrix')}${markup('summit-map')}`;
  /** Counts, from the first frame, the frames that paint a widget without its styles (its frame without padding). */
  const PROBE = `<script>
    window.frames_ = {all: 0, seen: 0, unstyled: 0};
    const tick = () => {
      frames_.all++;
      const shown = [...document.querySelectorAll('*')].map((el) => el.shadowRoot?.querySelector('[part="base"]')).filter(Boolean);
      if (shown.length) {
        frames_.seen++;
        if (shown.some((base) => getComputedStyle(base).paddingTop === '0px')) frames_.unstyled++;
      }
      if (document.readyState !== 'complete' || frames_.all < 3) requestAnimationFrame(tick);
      else frames_.done = true;
    };
    requestAnimationFrame(tick);
  </script>`;
  const page = (head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body style="margin:0;width:800px">${WIDGETS}</body></html>`;

  /** The page in a frame (no widget script: what the server's HTML alone shows), once the probe is done. */
  async function open(html: string): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    frame.srcdoc = html;
    document.body.append(frame);
    const win = () => frame.contentWindow as Window & {frames_?: {done?: boolean}};
    await until(() => win().frames_?.done === true, 'the page to load and paint');
    return frame;
  }
  /** Every box in every shadow root, in order: the layout the styles give. */
  const boxes = (doc: Document) =>
    [...doc.querySelectorAll('*')]
      .filter((el) => el.shadowRoot)
      .flatMap((el) => [el, ...el.shadowRoot!.querySelectorAll('*')])
      .filter((el) => el.localName !== 'style' && el.localName !== 'link')
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${el.localName} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)} ${getComputedStyle(el).color}`;
      });
  const unstyled = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & {frames_: {unstyled: number}}).frames_.unstyled;

  it('the same layout and colours as inline styles, and no frame painted unstyled', async () => {
    const inline = await serverRender(page(''));
    const linked = await serverRender(page(''), CSS);
    expect(linked.html).to.not.contain('<style>');
    const head = Document.parseHTMLUnsafe(linked.html).head;
    expect(head.querySelectorAll(`link[rel="stylesheet"][href="${CSS}"]`).length, 'the page head links it').to.equal(1);
    const [a, b] = [await open(inline.html.replace('<head>', `<head>${PROBE}`)), await open(linked.html.replace('<head>', `<head>${PROBE}`))];
    try {
      const [inlineBoxes, linkedBoxes] = [boxes(a.contentDocument!), boxes(b.contentDocument!)];
      expect(linkedBoxes.length).to.be.above(500);
      expect(linkedBoxes.filter((line, i) => line !== inlineBoxes[i]).slice(0, 5).join('\n'), 'boxes that differ').to.equal('');
      expect(unstyled(b)).to.equal(0);
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('the probe sees an unstyled frame when the shadow roots carry no styles (a control)', async () => {
    const {html} = await serverRender(page(''), CSS);
    const frame = await open(html.replaceAll(`<link rel="stylesheet" href="${CSS}">`, '').replace('<head>', `<head>${PROBE}`));
    try {
      expect(unstyled(frame)).to.be.above(0);
    } finally {
      frame.remove();
    }
  });

  it('linked at the page level, the stylesheet styles nothing of the page itself', async () => {
    const plain = '<!doctype html><html><head><title>t</title>{}</head><body><p class="sw heading error sources">text <a href="#">link</a></p><div class="visually-hidden">x</div></body></html>';
    const [a, b] = [await open(plain.replace('{}', PROBE)), await open(plain.replace('{}', `${PROBE}<link rel="stylesheet" href="${CSS}">`))];
    try {
      const look = (doc: Document) =>
        [...doc.body.querySelectorAll('*')].map((el) => {
          const style = getComputedStyle(el);
          return `${el.localName} ${style.color} ${style.padding} ${style.boxSizing} ${style.fontSize} ${el.getBoundingClientRect().height}`;
        });
      expect(b.contentDocument!.styleSheets.length, 'the stylesheet loaded').to.equal(1);
      expect(look(b.contentDocument!)).to.deep.equal(look(a.contentDocument!));
    } finally {
      a.remove();
      b.remove();
    }
  });
});

describe('hydration', () => {
  it('a src widget hydrates with the dataset the server used (the page keeps its nodes)', async () => {
    const el = await renderFixture<Widget>(markup('country-agreements', {src: '/faults/ok?mark=Server%20capital', country: 'KZ'}), {mode: 'server'});
    expect(el.shadowRoot!.textContent).to.contain('Server capital');
  });

  it('lang changed after hydration re-renders in the new language', async () => {
    const el = await renderFixture<Widget>(markup('initiative-pillars', {lang: 'ja'}), {mode: 'server'});
    el.setAttribute('lang', 'ru');
    await el.updateComplete;
    expect(frameOf(el).lang).to.equal('ru');
    expect(el.shadowRoot!.textContent).to.contain(STRINGS.ru.pillars.pillarsLabel);
  });

  it('an element whose ancestors say otherwise after rendering hydrates as the server said, then takes the page\'s language', async () => {
    const {html} = await serverRender(markup('initiative-pillars'));
    const wrapper = document.createElement('div');
    wrapper.lang = 'ja';
    const staging = document.createElement('div');
    staging.setHTMLUnsafe(html);
    const [el] = widgetsIn(staging);
    const node = el.shadowRoot!.querySelector('.pillar');
    const warnings = await captureWarnings(async () => {
      wrapper.append(...staging.childNodes);
      document.body.append(wrapper);
      await el.updateComplete;
    });
    try {
      expect(warnings).to.deep.equal([]);
      expect(frameOf(el).lang).to.equal('ja');
      expect(el.shadowRoot!.querySelector('.pillar'), 'the same nodes, re-rendered in place').to.equal(node);
    } finally {
      wrapper.remove();
    }
  });

  it('HTML that does not fit the templates is replaced by a fresh render, with one warning', async () => {
    const {html} = await serverRender(markup('initiative-pillars'));
    // Another version's markup: the same element with a shadow root whose parts do not match.
    const broken = html.replace(/<!--lit-part [^>]*-->/, '<!--lit-part AAAAAAAAAAA=-->');
    const staging = document.createElement('div');
    staging.setHTMLUnsafe(broken);
    const [el] = widgetsIn(staging);
    const warnings = await captureWarnings(async () => {
      document.body.append(...staging.childNodes);
      await el.updateComplete;
      await el.updateComplete;
    });
    try {
      expect(warnings.filter((w) => w.includes('could not be hydrated'))).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('[part="base"]'), 'one frame, not the stale one plus a new one').to.have.length(1);
      expect(el.shadowRoot!.textContent).to.contain(STRINGS.en.pillars.pillarsLabel);
    } finally {
      el.remove();
    }
  });
});
