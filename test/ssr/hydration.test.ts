import {expect} from '@open-wc/testing';
import '../../src/define/all.js';
import {captureWarnings} from '../kit/console.js';
import {markup, renderFixture, serverRender} from '../kit/fixture.js';
import {harness} from '../kit/harness.js';
import {WIDGET_TAGS} from '../../src/registry.js';

describe('server rendering and hydration', () => {
  it('pre-renders every widget into declarative shadow DOM and leaves other HTML as it was', async () => {
    const page = `<p class="x">Before <b>bold</b></p>${markup('summit-timeline', {highlight: 'tokyo-summit-2025'})}<unknown-el a="1">kept</unknown-el>${markup('country-agreements', {country: 'KZ'})}${markup('initiative-pillars')}`;
    const {html, warnings} = await serverRender(page);
    expect(warnings).to.deep.equal([]);
    expect(html).to.contain('<p class="x">Before <b>bold</b></p>').and.contain('<unknown-el a="1">kept</unknown-el>');
    expect(html.match(/<template shadowroot="open" shadowrootmode="open">/g)).to.have.length(3);
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> hydrates without replacing a node and without a warning`, async () => {
      let el!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        el = await renderFixture(markup(tag, {lang: 'ja'}), {mode: 'server', width: '1000px'});
      });
      expect(warnings).to.deep.equal([]);
      expect(harness(el).base.lang).to.equal('ja');
    });
  }
});
