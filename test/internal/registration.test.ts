import {expect} from '@open-wc/testing';
import {LitElement} from 'lit';
import pkg from '../../package.json';
import {defineElement} from '../../src/internal/define.js';
import {VERSION} from '../../src/internal/version.js';
import {SwTestElement} from '../kit/test-element.js';
import {captureWarnings} from '../kit/console.js';
import {markup, serverRender} from '../kit/fixture.js';

describe('guarded registration', () => {
  it('registers a tag that is free', () => {
    expect(customElements.get('sw-test-element')).to.equal(SwTestElement);
  });

  it('defining the same tag again with the same class neither throws nor warns', async () => {
    const warnings = await captureWarnings(() => defineElement('sw-test-element', SwTestElement));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('sw-test-element')).to.equal(SwTestElement);
  });

  it('a second copy of the same version (another class) is silent and keeps the first', async () => {
    class SecondCopy extends SwTestElement {}
    const warnings = await captureWarnings(() => defineElement('sw-test-element', SecondCopy));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('sw-test-element')).to.equal(SwTestElement);
  });

  it('a different version already registered gives exactly one warning naming both versions', async () => {
    class OldVersion extends LitElement {
      static readonly summitWidgetsVersion = '0.0.1';
    }
    defineElement('sw-versioned-element', OldVersion);
    const warnings = await captureWarnings(() => defineElement('sw-versioned-element', SwTestElement));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sw-versioned-element>').and.contain('0.0.1').and.contain(VERSION);
    expect(customElements.get('sw-versioned-element')).to.equal(OldVersion);
  });

  it('a tag taken by another script gives one warning and does not throw', async () => {
    customElements.define('sw-foreign-element', class extends HTMLElement {});
    const warnings = await captureWarnings(() => defineElement('sw-foreign-element', SwTestElement));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('another script');
  });

  it('is defined right after the define module ran; a pre-rendered widget with defer-hydration and no loader hydrates keeping every server node', async () => {
    expect(customElements.get('summit-timeline'), 'not imported by this file yet').to.be.undefined;
    const host = document.createElement('div');
    const {html} = await serverRender(markup('summit-timeline', {highlight: 'tokyo-summit-2025'}));
    expect(html, 'the server defers hydration').to.contain('<summit-timeline highlight="tokyo-summit-2025" defer-hydration>');
    host.setHTMLUnsafe(html);
    document.body.append(host);
    try {
      const el = host.querySelector('summit-timeline') as HTMLElement & {updateComplete: Promise<unknown>};
      const nodes = [...el.shadowRoot!.querySelectorAll('*')];
      const warnings = await captureWarnings(async () => {
        await import('../../src/define/summit-timeline.js');
        expect(customElements.get('summit-timeline'), 'defined when the module has run').to.not.be.undefined;
        expect(el.hasAttribute('defer-hydration'), 'no loader: hydrated at once').to.be.false;
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(el.matches(':state(loading)'), 'no loading state on server content').to.be.false;
      expect(nodes.filter((node) => !node.isConnected).length, 'server nodes replaced').to.equal(0);
      expect(el.shadowRoot!.querySelector('[aria-current="true"]')?.closest('li')?.getAttribute('data-id')).to.equal('tokyo-summit-2025');
    } finally {
      host.remove();
    }
  });

  it('a deferred widget on a page the loader claims waits for its defer-hydration to be removed', async () => {
    await import('../../src/define/summit-timeline.js');
    const claim = Symbol.for('summit-widgets.loader');
    const host = document.createElement('div');
    host.setHTMLUnsafe((await serverRender(markup('summit-timeline', {highlight: 'tokyo-summit-2025'}))).html);
    (globalThis as Record<symbol, unknown>)[claim] = true;
    try {
      document.body.append(host);
      const el = host.querySelector('summit-timeline') as HTMLElement & {updateComplete: Promise<unknown>; hasUpdated: boolean};
      const nodes = [...el.shadowRoot!.querySelectorAll('*')];
      expect(el.hasAttribute('defer-hydration')).to.be.true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.hasUpdated, 'not hydrated while deferred').to.be.false;
      el.removeAttribute('defer-hydration');
      await el.updateComplete;
      expect(el.hasUpdated).to.be.true;
      expect(nodes.filter((node) => !node.isConnected).length, 'server nodes replaced').to.equal(0);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[claim];
      host.remove();
    }
  });

  it('registers at once when no instance on the page is server-rendered', () => {
    class Plain extends HTMLElement {}
    document.body.append(document.createElement('sw-plain-element'));
    defineElement('sw-plain-element', Plain);
    expect(customElements.get('sw-plain-element')).to.equal(Plain);
    document.querySelector('sw-plain-element')!.remove();
  });

  it('the recorded version is the package version', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});
