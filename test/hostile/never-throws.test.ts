// The findings of the fuzz test, pinned down as plain regression tests, and the base class's last
// line of defence: an exception anywhere in an update becomes the error box, never an error or an
// unhandled rejection in the page.
import {expect} from '@open-wc/testing';
import type {PropertyValues} from 'lit';
import {bundledDataset} from '../../src/dataset/bundled.js';
import {defineElement} from '../../src/internal/define.js';
import {SwTestElement} from '../kit/test-element.js';
import {renderFailures, settle, stateOf, watchPage, WIDGETS, type Watch, type Widget} from './support.js';
import {harness} from '../kit/harness.js';
import {STRINGS} from '../kit/strings.js';

/** A widget with a bug in its update cycle, switched on by `fault`. */
class FaultyElement extends SwTestElement {
  fault?: 'willUpdate' | 'updated';
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.fault === 'willUpdate') throw new Error('bug in willUpdate');
  }
  protected override updated(): void {
    if (this.fault === 'updated') throw new Error('bug in updated');
  }
}
defineElement('sw-faulty-element', FaultyElement);

const container = document.createElement('section');
document.body.append(container);

describe('never throws into the page', () => {
  let watch: Watch;
  beforeEach(() => (watch = watchPage()));
  afterEach(() => {
    watch.stop();
    container.replaceChildren();
    expect(watch.errors, 'page errors').to.deep.equal([]);
  });

  for (const stage of ['willUpdate', 'updated'] as const) {
    it(`an exception in ${stage} shows the localized error box and one warning; the next change recovers`, async () => {
      const el = document.createElement('sw-faulty-element') as FaultyElement;
      el.setAttribute('lang', 'ja');
      container.append(el);
      await settle(el as unknown as Widget);
      expect(stateOf(el)).to.equal('content');
      el.fault = stage;
      el.setAttribute('theme', 'dark');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(stateOf(el)).to.equal('error');
      expect(harness(el).errorBox!.textContent).to.contain(STRINGS.ja.shared.renderFailed);
      expect(renderFailures(watch)).to.have.length(1);
      expect(renderFailures(watch)[0]).to.contain(`bug in ${stage}`);
      el.fault = undefined;
      el.setAttribute('theme', 'light');
      await settle(el as unknown as Widget);
      expect(stateOf(el)).to.equal('content');
    });
  }

  const properties: Record<string, string[]> = {
    'summit-timeline': ['lang', 'theme', 'headingLevel', 'src', 'from', 'to', 'kinds', 'highlight', 'layout'],
    'country-agreements': ['lang', 'theme', 'headingLevel', 'src', 'country'],
    'initiative-pillars': ['lang', 'theme', 'headingLevel', 'src', 'pillar', 'layout'],
    'summit-map': ['lang', 'theme', 'headingLevel', 'src', 'highlight', 'show'],
    'key-figures': ['lang', 'theme', 'headingLevel', 'src', 'figures'],
    'agreements-matrix': ['lang', 'theme', 'headingLevel', 'src', 'countries', 'highlight', 'fields'],
  };
  const values: unknown[] = [2015, 0, NaN, true, false, [], ['summit', 'visit'], {}, Object.create(null), Symbol('s'), 10n, new Date(0)];

  for (const {tag} of WIDGETS) {
    it(`<${tag}>: a property set to a number, an array, an object or a symbol reads as its text`, async () => {
      for (const name of properties[tag]) {
        // `src` as a URL object (a number would be a request for "/2015" and so on).
        for (const value of name === 'src' ? [new URL('/faults/ok?mark=FromURL', location.href)] : values) {
          const el = document.createElement(tag) as unknown as Widget & Record<string, unknown>;
          el[name] = value;
          container.append(el);
          await settle(el);
          const what = `${tag}.${name} = ${Object.prototype.toString.call(value)} #${values.indexOf(value)}`;
          expect(['content', 'error'], what).to.include(stateOf(el));
          expect(renderFailures(watch), what).to.deep.equal([]);
          if (name === 'src') expect(harness(el).text, what).to.contain('FromURL');
          if (name === 'headingLevel' && value === 0) expect(harness(el).root.querySelector('h3'), what).to.exist;
          el.remove();
        }
      }
      // A framework passing a year as a number: the filter applies.
      if (tag === 'summit-timeline') {
        const el = document.createElement(tag) as unknown as Widget & {from: unknown};
        el.from = 2025;
        container.append(el);
        await settle(el);
        expect(el.from).to.equal('2025');
        expect(harness(el).text).not.to.contain('2004');
      }
    });

    it(`<${tag}>: data is read once, as JSON: a cycle or a throwing getter gets the error box; changing it afterwards changes nothing`, async () => {
      const cyclic = structuredClone(bundledDataset) as unknown as Record<string, unknown>;
      cyclic.self = cyclic;
      const getter = structuredClone(bundledDataset) as unknown as Record<string, unknown>;
      Object.defineProperty(getter, 'events', {
        enumerable: true,
        get() {
          throw new Error('hostile getter');
        },
      });
      for (const data of [cyclic, getter, {...structuredClone(bundledDataset), big: 10n}]) {
        const el = document.createElement(tag) as Widget;
        el.data = data;
        container.append(el);
        await settle(el);
        expect(stateOf(el)).to.equal('error');
        expect(harness(el).errorBox!.textContent).to.contain('(root): must be JSON data');
        el.remove();
      }

      const data = structuredClone(bundledDataset);
      const el = document.createElement(tag) as Widget;
      el.data = data;
      container.append(el);
      await settle(el);
      const before = harness(el).text;
      (data as unknown as Record<string, unknown>).events = null;
      (data as unknown as Record<string, unknown>).countries = null;
      (data as unknown as Record<string, unknown>).initiative = null;
      el.setAttribute('lang', 'ru');
      await settle(el);
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(harness(el).text).to.equal(before);
      expect(renderFailures(watch)).to.deep.equal([]);
    });
  }
});
