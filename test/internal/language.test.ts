import {expect, fixture, html} from '@open-wc/testing';
import {bundledDataset} from '../../src/dataset/bundled.js';
import type {SwTestElement} from '../kit/test-element.js';
import '../kit/test-element.js';
import {captureWarnings} from '../kit/console.js';
import {STRINGS} from '../kit/strings.js';

const heading = (el: SwTestElement) => el.shadowRoot!.querySelector('.heading')!.textContent!.trim();
const summary = (el: SwTestElement) => el.shadowRoot!.querySelector('summary')!.textContent!.trim();
const root = (el: SwTestElement) => el.shadowRoot!.querySelector('.sw')!;

describe('language', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('uses the element\'s own lang', async () => {
    const el = await fixture<SwTestElement>(html`<sw-test-element lang="ja"></sw-test-element>`);
    expect(heading(el)).to.equal(bundledDataset.title.ja);
    expect(summary(el)).to.contain(STRINGS.ja.shared.sources);
    expect(root(el).getAttribute('lang')).to.equal('ja');
  });

  it('else the nearest ancestor\'s lang', async () => {
    const wrapper = await fixture(html`<section lang="en"><div lang="ru"><p><sw-test-element></sw-test-element></p></div></section>`);
    const el = wrapper.querySelector('sw-test-element')!;
    await el.updateComplete;
    expect(heading(el)).to.equal(bundledDataset.title.ru);
  });

  it('else <html lang>, with region subtags dropped', async () => {
    document.documentElement.setAttribute('lang', 'ja-JP');
    const el = await fixture<SwTestElement>(html`<sw-test-element></sw-test-element>`);
    expect(heading(el)).to.equal(bundledDataset.title.ja);
  });

  it('else English', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<SwTestElement>(html`<sw-test-element></sw-test-element>`);
    expect(heading(el)).to.equal(bundledDataset.title.en);
  });

  it('an unsupported language falls back to English with one warning', async () => {
    let el!: SwTestElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<SwTestElement>(html`<sw-test-element lang="fr"></sw-test-element>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(heading(el)).to.equal(bundledDataset.title.en);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang "fr"');
  });

  it('re-renders when its own lang changes or is removed', async () => {
    const wrapper = await fixture(html`<div lang="ru"><sw-test-element lang="ja"></sw-test-element></div>`);
    const el = wrapper.querySelector('sw-test-element')!;
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(heading(el)).to.equal(bundledDataset.title.en);
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(heading(el)).to.equal(bundledDataset.title.ru);
    el.lang = 'ja';
    await el.updateComplete;
    expect(heading(el)).to.equal(bundledDataset.title.ja);
  });

  it('re-renders when an ancestor\'s or the page\'s lang changes', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const wrapper = await fixture(html`<div><sw-test-element></sw-test-element></div>`);
    const el = wrapper.querySelector('sw-test-element')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'ru');
    await new Promise((resolve) => setTimeout(resolve)); // mutation observer
    await el.updateComplete;
    expect(heading(el)).to.equal(bundledDataset.title.ru);
    wrapper.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'ja');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el)).to.equal(bundledDataset.title.ja);
  });
});
