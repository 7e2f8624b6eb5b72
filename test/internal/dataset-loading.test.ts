import {expect, fixture, html} from '@open-wc/testing';
import {bundledDataset} from '../../src/dataset/bundled.js';
import type {SwTestElement} from '../kit/test-element.js';
import '../kit/test-element.js';
import {capturePageErrors, captureWarnings, until} from '../kit/console.js';
import {STRINGS} from '../kit/strings.js';

const heading = (el: Element) => el.shadowRoot!.querySelector('.heading')?.textContent?.trim();
const errorBox = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');

describe('dataset loading and the error box', () => {
  it('shows the bundled dataset by default', async () => {
    const el = await fixture(html`<sw-test-element></sw-test-element>`);
    expect(heading(el)).to.equal(bundledDataset.title.en);
    expect(errorBox(el)).to.be.null;
  });

  it('takes a valid dataset from the data property', async () => {
    const data = structuredClone(bundledDataset);
    data.title.en = 'Next summit, Astana';
    const el = await fixture<SwTestElement>(html`<sw-test-element .data=${data}></sw-test-element>`);
    expect(heading(el)).to.equal('Next summit, Astana');
    el.data = undefined;
    await el.updateComplete;
    expect(heading(el)).to.equal(bundledDataset.title.en);
  });

  it('loads a dataset from src, showing a loading status first', async () => {
    const el = await fixture<SwTestElement>(html`<sw-test-element src="/data/ca-jad-2025.json"></sw-test-element>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal(STRINGS.en.shared.loading);
    await until(() => heading(el) === bundledDataset.title.en, 'the fetched dataset');
  });

  it('an invalid dataset shows a localized error box naming the field, one warning, no exception', async () => {
    const data = structuredClone(bundledDataset) as unknown as Record<string, unknown>;
    delete data.countries;
    let el!: SwTestElement;
    const warnings = await captureWarnings(async () => {
      const errors = await capturePageErrors(async () => {
        el = await fixture<SwTestElement>(html`<sw-test-element lang="ja" .data=${data}></sw-test-element>`);
      });
      expect(errors).to.deep.equal([]);
    });
    const box = errorBox(el)!;
    expect(box.textContent).to.contain(STRINGS.ja.shared.errorTitle);
    expect(box.textContent).to.contain('countries');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('countries');
    el.lang = 'ru';
    await el.updateComplete;
    expect(errorBox(el)!.textContent).to.contain(STRINGS.ru.shared.errorTitle);
  });

  it('the error box is accessible in both themes and every language', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ja', 'ru']) {
        const el = await fixture(html`<sw-test-element theme=${theme} lang=${lang} .data=${{}}></sw-test-element>`);
        expect(errorBox(el)).to.exist;
        await expect(el).to.be.accessible();
      }
    }
  });

  it('data that is not an object at all gives the error box', async () => {
    const el = await fixture<SwTestElement>(html`<sw-test-element .data=${42}></sw-test-element>`);
    expect(errorBox(el)).to.exist;
  });

  it('a dataset given by data that contains itself gives the error box at once', async () => {
    // Plain data with a cycle at its end: engines' fast JSON.stringify serializes such an object again
    // and again down to a depth limit before throwing.
    const data = structuredClone(bundledDataset) as unknown as {fieldGroups: Record<string, unknown>[]};
    data.fieldGroups.at(-1)!.standOut = data;
    const start = performance.now();
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SwTestElement>(html`<sw-test-element lang="ru" .data=${data}></sw-test-element>`);
      await until(() => errorBox(el) !== null, 'the error box');
      expect(errorBox(el)!.textContent).to.contain(STRINGS.ru.shared.errorTitle).and.contain('must be JSON data');
    });
    expect(warnings).to.have.length(1);
    // A limit that catches that path (13 s in WebKit), not a busy machine (tens of ms without it).
    expect(performance.now() - start, 'ms to the error box').to.be.below(4000);
  });

  it('a failed src fetch (404) shows the error box naming the URL and status', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SwTestElement>(html`<sw-test-element src="/no-such-dataset.json"></sw-test-element>`);
      await until(() => errorBox(el) !== null, 'the error box');
      expect(errorBox(el)!.textContent).to.contain('/no-such-dataset.json').and.contain('404');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('src').and.contain('404');
  });

  it('src that is not JSON shows the error box', async () => {
    const el = await fixture<SwTestElement>(html`<sw-test-element src="/package-lock.json.nope"></sw-test-element>`);
    await until(() => errorBox(el) !== null, 'the error box');
    el.src = '/web-test-runner.config.mjs';
    await until(() => errorBox(el)?.textContent?.includes('JSON') ?? false, 'the invalid JSON message');
  });

  it('removing src restores the bundled dataset', async () => {
    const el = await fixture<SwTestElement>(html`<sw-test-element src="/no-such-dataset.json"></sw-test-element>`);
    await until(() => errorBox(el) !== null, 'the error box');
    el.removeAttribute('src');
    await el.updateComplete;
    expect(errorBox(el)).to.be.null;
    expect(heading(el)).to.equal(bundledDataset.title.en);
  });
});

describe('sources section', () => {
  it('is a collapsed <details> listing the cited sources with links, dates and the as-of date', async () => {
    const el = await fixture(html`<sw-test-element></sw-test-element>`);
    const details = el.shadowRoot!.querySelector('details.sources') as HTMLDetailsElement;
    expect(details.open).to.be.false;
    const cited = new Set(bundledDataset.events.slice(0, 3).flatMap((event) => event.sources));
    const items = details.querySelectorAll('.source-list > li');
    expect(items.length).to.equal(cited.size);
    const first = bundledDataset.sources.find((source) => cited.has(source.id))!;
    const link = details.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(new URL(first.url).href);
    expect(link.textContent).to.contain(first.title);
    expect(items[0].textContent).to.contain(first.publisher);
    expect(details.textContent).to.contain(new Date(bundledDataset.asOf).getUTCFullYear().toString());
    expect(details.querySelector('summary')!.textContent).to.contain(`(${cited.size})`);
  });

  it('is accessible in both themes and every language', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'ja', 'ru']) {
        const el = await fixture(html`<sw-test-element theme=${theme} lang=${lang}></sw-test-element>`);
        el.shadowRoot!.querySelector('details')!.open = true;
        await expect(el).to.be.accessible();
      }
    }
  });
});
