import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {SwTestElement} from '../kit/test-element.js';
import '../kit/test-element.js';
import {captureWarnings} from '../kit/console.js';

const root = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.sw')!;
const background = (el: Element) => getComputedStyle(root(el)).backgroundColor;
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 24, 29)';

describe('theme', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it('light and dark set the colours', async () => {
    const light = await fixture<SwTestElement>(html`<sw-test-element theme="light"></sw-test-element>`);
    const dark = await fixture<SwTestElement>(html`<sw-test-element theme="dark"></sw-test-element>`);
    expect(background(light)).to.equal(WHITE);
    expect(background(dark)).to.equal(DARK);
    expect(getComputedStyle(root(dark)).color).to.not.equal(getComputedStyle(root(light)).color);
  });

  it('auto (the default) follows prefers-color-scheme', async () => {
    const el = await fixture<SwTestElement>(html`<sw-test-element></sw-test-element>`);
    await emulateMedia({colorScheme: 'light'});
    expect(background(el)).to.equal(WHITE);
    await emulateMedia({colorScheme: 'dark'});
    expect(background(el)).to.equal(DARK);
  });

  it('changing or removing theme re-renders', async () => {
    await emulateMedia({colorScheme: 'light'});
    const el = await fixture<SwTestElement>(html`<sw-test-element theme="dark"></sw-test-element>`);
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(background(el)).to.equal(WHITE);
    el.theme = 'dark';
    await el.updateComplete;
    expect(background(el)).to.equal(DARK);
  });

  it('--sw-* custom properties restyle it', async () => {
    const el = await fixture<SwTestElement>(
      html`<sw-test-element theme="dark" style="--sw-color-background: rgb(1, 2, 3)"></sw-test-element>`
    );
    expect(background(el)).to.equal('rgb(1, 2, 3)');
  });

  it('inherits the page\'s font family', async () => {
    const wrapper = await fixture(html`<div style="font-family: Georgia, serif"><sw-test-element></sw-test-element></div>`);
    const el = wrapper.querySelector('sw-test-element')!;
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.heading')!).fontFamily).to.equal('Georgia, serif');
  });

  it('an unknown theme falls back to auto with one warning', async () => {
    let el!: SwTestElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<SwTestElement>(html`<sw-test-element theme="neon"></sw-test-element>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(root(el).classList.contains('theme-auto')).to.be.true;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('theme "neon"');
  });
});

describe('heading-level', () => {
  const headingTag = (el: Element) => el.shadowRoot!.querySelector('.heading')!.localName;

  it('defaults to h3', async () => {
    const el = await fixture(html`<sw-test-element></sw-test-element>`);
    expect(headingTag(el)).to.equal('h3');
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" renders h${level}`, async () => {
      const el = await fixture(html`<sw-test-element heading-level=${level}></sw-test-element>`);
      expect(headingTag(el)).to.equal(`h${level}`);
    });
  }

  for (const bad of ['1', '7', 'two', '', '3.5']) {
    it(`heading-level="${bad}" falls back to h3 with one warning`, async () => {
      let el!: SwTestElement;
      const warnings = await captureWarnings(async () => {
        el = await fixture<SwTestElement>(html`<sw-test-element heading-level=${bad}></sw-test-element>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(headingTag(el)).to.equal('h3');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level');
    });
  }

  it('changing and removing it re-renders', async () => {
    const el = await fixture<SwTestElement>(html`<sw-test-element heading-level="2"></sw-test-element>`);
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    expect(headingTag(el)).to.equal('h5');
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(headingTag(el)).to.equal('h3');
  });
});
