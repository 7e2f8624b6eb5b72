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

  it('waits for a paint when the page shows a server-rendered instance, then registers in the order asked', async () => {
    const host = document.createElement('div');
    host.setHTMLUnsafe('<sw-prerendered-element><template shadowrootmode="open"><p>from the server</p></template></sw-prerendered-element>');
    document.body.append(host);
    try {
      // Plain elements: what is tested is when the class arrives, not how a widget hydrates.
      class Prerendered extends HTMLElement {}
      class Later extends HTMLElement {}
      const element = host.firstElementChild!;
      const order: string[] = [];
      const painted = new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      void customElements.whenDefined('sw-prerendered-element').then(() => order.push('sw-prerendered-element'));
      void customElements.whenDefined('sw-later-element').then(() => order.push('sw-later-element'));
      defineElement('sw-prerendered-element', Prerendered);
      defineElement('sw-later-element', Later);
      expect(customElements.get('sw-prerendered-element'), 'not before the frame').to.be.undefined;
      expect(customElements.get('sw-later-element'), 'queued behind the first').to.be.undefined;
      await painted;
      expect(customElements.get('sw-prerendered-element'), 'not inside the frame either').to.be.undefined;
      await customElements.whenDefined('sw-later-element');
      expect(order).to.deep.equal(['sw-prerendered-element', 'sw-later-element']);
      expect(element).to.be.instanceOf(Prerendered);
      expect(element.shadowRoot!.textContent, 'the server\'s root kept').to.contain('from the server');
    } finally {
      host.remove();
    }
  });

  it('a real server-rendered widget is painted first, then registered, and hydrates keeping every server node', async () => {
    expect(customElements.get('summit-timeline'), 'not imported by this file yet').to.be.undefined;
    const host = document.createElement('div');
    host.setHTMLUnsafe((await serverRender(markup('summit-timeline', {highlight: 'tokyo-summit-2025'}))).html);
    document.body.append(host);
    try {
      const el = host.querySelector('summit-timeline') as HTMLElement & {updateComplete: Promise<unknown>};
      const nodes = [...el.shadowRoot!.querySelectorAll('*')];
      await import('../../src/define/summit-timeline.js');
      const painted = new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      expect(customElements.get('summit-timeline'), 'not before the frame').to.be.undefined;
      await painted;
      expect(customElements.get('summit-timeline'), 'not inside the frame').to.be.undefined;
      await customElements.whenDefined('summit-timeline');
      await el.updateComplete;
      expect(el.matches(':state(loading)'), 'no loading state on server content').to.be.false;
      expect(nodes.filter((node) => !node.isConnected), 'server nodes replaced').to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[aria-current="true"]')?.closest('li')?.getAttribute('data-id')).to.equal('tokyo-summit-2025');
    } finally {
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
