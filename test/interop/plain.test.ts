// A page with no build step using only the CDN file of the package npm installed from the packed
// tarball (apps/plain/index.html in a temporary project made by scripts/interop-setup.mjs).
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {bundledDataset} from '../../src/dataset/bundled.js';
import {expectLog, expectQuietPage, logOf, openPage, operateEveryWidget, shadow, textOf, type Page} from './support.js';
import {STRINGS} from '../kit/strings.js';

const tokyo = bundledDataset.events.find((event) => event.id === 'tokyo-summit-2025')!;

describe('interop: plain HTML page with the CDN file only', function () {
  this.timeout(30000);
  let page: Page;

  before(async () => {
    page = await openPage('plain');
  });
  after(() => page?.remove());

  it('loads no script but the probe, dist/cdn/summit-widgets.js and the chunks of the two languages it shows', () => {
    const scripts = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('.js') && !path.startsWith('/__web-dev-server')); // the test server's own
    const cdn = '/.interop/plain/node_modules/summit-widgets/dist/cdn/';
    expect(scripts.slice(0, 2)).to.deep.equal(['/test/interop/probe.js', `${cdn}summit-widgets.js`]);
    expect(scripts.every((path) => path === '/test/interop/probe.js' || path.startsWith(cdn))).to.be.true;
    // Japanese (the timeline) and English (the other widgets): no other language, no validator, no hydration code.
    const languages = new Set(scripts.map((path) => /\/chunks\/(\w\w)\//.exec(path)?.[1]).filter(Boolean));
    expect([...languages].sort()).to.deep.equal(['en', 'ja']);
    expect(scripts.filter((path) => /\/(validate|index)-[\w-]{8}\.js$/.test(path))).to.deep.equal([]);
    expect(page.probe.defines).to.deep.equal(['summit-timeline', 'country-agreements', 'initiative-pillars', 'summit-map', 'key-figures', 'agreements-matrix']);
  });

  it("renders README's embed: the timeline in Japanese with the Tokyo summit open, and the other widgets", () => {
    const timeline = shadow(page.doc, 'summit-timeline');
    expect(textOf(timeline)).to.contain(STRINGS.ja.timeline.title).and.contain(tokyo.title.ja);
    expect(timeline.getElementById('b-tokyo-summit-2025')!.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(shadow(page.doc, 'country-agreements'))).to.contain('Kazakhstan');
    expect(textOf(shadow(page.doc, 'initiative-pillars'))).to.contain('Connectivity');
    expect(textOf(shadow(page.doc, 'key-figures'))).to.contain('more than 150').and.contain('about 3 trillion Japanese yen');
  });

  it("delivers each widget's event, clicked, to the page's document listener, once", async () => {
    await operateEveryWidget(page.doc);
  });

  it('delivers an event from the keyboard too (ArrowRight in the country tabs)', async () => {
    const earlier = logOf(page.doc);
    shadow(page.doc, 'country-agreements').querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!.focus();
    await sendKeys({press: 'ArrowRight'});
    // UZ, the last country, was chosen by the click before: ArrowRight wraps to the first.
    await expectLog(page.doc, [...earlier, 'country-agreements-change {"country":"KZ"}']);
  });

  it('has no error and no console warning', () => {
    expectQuietPage(page);
  });
});
