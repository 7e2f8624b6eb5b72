import {expect} from '@open-wc/testing';
import {LitElement} from 'lit';
import pkg from '../../package.json';
import {defineElement} from '../../src/internal/define.js';
import {VERSION} from '../../src/internal/version.js';
import {SwTestElement} from '../helpers/test-element.js';
import {captureWarnings} from '../helpers/console.js';

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

  it('the recorded version is the package version', () => {
    expect(VERSION).to.equal(pkg.version);
  });
});
