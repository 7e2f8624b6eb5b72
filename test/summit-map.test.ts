import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import * as d3 from 'd3-geo';
import {bundledDataset} from '../src/dataset/bundled.js';
import type {Dataset} from '../src/dataset/types.js';
import {SummitMap} from '../src/define/summit-map.js';
import {regionName} from '../src/internal/country.js';
import {formatIsoDate} from '../src/internal/format.js';
import type {Lang} from '../src/internal/lang.js';
import {FRAMES} from '../src/summit-map/geometry.js';
import {BANDS} from '../src/summit-map/labels.js';
import {project} from '../src/summit-map/projection.js';
import {svgFillBox} from './kit/engines.js';
import {MapHarness, summitMap} from './kit/harness/summit-map.js';
import {captureWarnings, describeModes, recordEvents, runWidgetConformance, shown, STRINGS, textOf} from './kit/index.js';

const LANGS = ['en', 'ja', 'ru'] as const;
const SIX = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'JP'];
/** The name a reader meets for each of the six countries: the dataset's, and Japan's from Intl (en, ja, ru) or the shipped tables. */
const nameOf = (code: string, lang: Lang) => regionName(code, STRINGS[lang], bundledDataset.countries);
const cities = bundledDataset.cities!;

/** The label set the frame shows at its current width. */
const visibleLabels = (frame: Element) => [...frame.querySelectorAll('.labels')].filter(shown).flatMap((g) => [...g.querySelectorAll('text')]);

const recordSelects = () => recordEvents<{kind: string; id: string}>('summit-map-select');

runWidgetConformance({
  tag: 'summit-map',
  ctor: SummitMap,
  title: (lang) => STRINGS[lang].map.title,
  // A place's panel open.
  attributes: {highlight: 'astana'},
  badAttributes: [
    ['highlight', 'Samarkand'],
    ['show', 'rivers'],
  ],
  validAttributes: {highlight: 'KZ', show: 'venues'},
  editText: (data, value) => (data.cities![0].name.en = value),
});

describe('<summit-map> geometry and projection', () => {
  it('the run-time projection is d3-geo’s Albers of each frame (to a thousandth of a unit)', () => {
    for (const frame of FRAMES) {
      const [lon0, phi1, phi2, k, tx, ty] = frame.projection;
      const reference = d3.geoConicEqualArea().rotate([-lon0, 0]).parallels([phi1, phi2]).scale(k);
      const [x0, y0] = reference([lon0, 0])!;
      reference.translate([reference.translate()[0] + tx - x0, reference.translate()[1] + ty - y0]);
      for (const city of cities) {
        const [x, y] = project(frame, city.lon, city.lat);
        const [rx, ry] = reference([city.lon, city.lat])!;
        expect(Math.abs(x - rx), `${frame.id} ${city.id} x`).to.be.below(0.001);
        expect(Math.abs(y - ry), `${frame.id} ${city.id} y`).to.be.below(0.001);
      }
    }
  });
});

describe('<summit-map> shapes', () => {
  it('every path is valid SVG path data: each piece a move and at least one step (no empty `l`, which Chromium rejects)', () => {
    const piece = /^M-?\d+ -?\d+l-?\d+(?: ?-?\d+)*z?$/;
    for (const frame of FRAMES) {
      const paths = {...frame.shapes, land: frame.land, borders: frame.borders};
      for (const [name, d] of Object.entries(paths)) {
        const pieces = d.split(/(?=M)/);
        expect(pieces.length, `${frame.id} ${name}`).to.be.above(0);
        for (const part of pieces) {
          expect(part, `${frame.id} ${name}`).to.match(piece);
          // Relative steps come in pairs: an odd count would shift every later point.
          expect((part.slice(part.indexOf('l') + 1).match(/-?\d+/g) ?? []).length % 2, `${frame.id} ${name}: ${part.slice(0, 30)}`).to.equal(0);
        }
      }
    }
  });
});

describeModes('<summit-map>', (mode) => {
  it('draws the six countries as named buttons, in every language', async () => {
    for (const lang of LANGS) {
      const w = await summitMap(mode, {lang});
      const countries = w.$$<SVGPathElement>('path.country');
      expect(countries.map((path) => path.getAttribute('data-roving')).sort()).to.deep.equal(SIX.map((code) => `country:${code}`).sort());
      for (const path of countries) {
        const code = path.getAttribute('data-roving')!.split(':')[1];
        expect(path.getAttribute('role')).to.equal('button');
        expect(path.getAttribute('aria-label'), `${code} in ${lang}`).to.equal(nameOf(code, lang));
        expect(path.getAttribute('d')!.length).to.be.above(100);
      }
      expect(textOf(w.heading)).to.equal(STRINGS[lang].map.title);
    }
  });

  it('places every venue and capital of the data inside its country’s shipped shape (point in polygon)', async () => {
    const w = await summitMap(mode);
    for (const city of cities) {
      const frame = FRAMES.find((f) => f.shapes[city.country])!;
      const path = w.$<SVGPathElement>(`path[data-roving="country:${city.country}"]`)!;
      const [x, y] = project(frame, city.lon, city.lat);
      const svg = path.ownerSVGElement!;
      const point = svg.createSVGPoint();
      point.x = x;
      point.y = y;
      expect(path.isPointInFill(point), `${city.id} in ${city.country}`).to.be.true;
      // The marker is drawn where the projection puts it.
      const marker = w.$(`[data-roving="city:${city.id}"] .hit`)!;
      expect(marker.getAttribute('cx')).to.equal(`${((x / frame.width) * 100).toFixed(2)}%`);
    }
  });

  it('marks capitals and meeting cities; each meeting city is a named button with its meetings', async () => {
    const w = await summitMap(mode);
    const venues = new Set(bundledDataset.events.map((event) => event.city).filter(Boolean));
    for (const city of cities) {
      const button = w.$(`[data-roving="city:${city.id}"]`)!;
      expect(button.getAttribute('role')).to.equal('button');
      expect(button.getAttribute('aria-label')).to.equal(city.name.en);
      expect(!!button.querySelector('.venue-mark'), city.id).to.equal(venues.has(city.id));
      expect(!!button.querySelector('.capital-mark')).to.equal(city.capital);
    }
    // Bishkek since issue #23: the 2014 foreign ministers' meeting was held there.
    expect([...venues].sort()).to.deep.equal(['ashgabat', 'astana', 'bishkek', 'dushanbe', 'tashkent', 'tokyo']);
  });

  it('keyboard: one tab stop, arrows move west to east (each country then its cities), Home/End, Enter opens the panel, Escape closes it and focus returns', async () => {
    const w = await summitMap(mode);
    const events = recordSelects();
    expect(w.places.filter((place) => place.getAttribute('tabindex') === '0')).to.have.length(1);
    const order = ['country:TM', 'city:ashgabat', 'country:UZ', 'city:tashkent', 'country:TJ', 'city:dushanbe', 'country:KZ', 'city:astana', 'country:KG', 'city:bishkek', 'country:JP', 'city:tokyo'];
    (w.places.find((place) => place.getAttribute('tabindex') === '0') as SVGElement).focus();
    expect(w.focusedKey).to.equal(order[0]);
    for (const key of order.slice(1)) {
      await sendKeys({press: 'ArrowRight'});
      await w.el.updateComplete;
      expect(w.focusedKey).to.equal(key);
      expect(w.places.filter((place) => place.getAttribute('tabindex') === '0').map((p) => p.getAttribute('data-roving'))).to.deep.equal([key]);
    }
    await sendKeys({press: 'ArrowDown'});
    expect(w.focusedKey).to.equal('city:tokyo');
    await sendKeys({press: 'Home'});
    await w.el.updateComplete;
    expect(w.focusedKey).to.equal('country:TM');
    await sendKeys({press: 'ArrowLeft'});
    expect(w.focusedKey).to.equal('country:TM');
    await sendKeys({press: 'End'});
    await w.el.updateComplete;
    await sendKeys({press: 'ArrowUp'});
    await w.el.updateComplete;
    expect(w.focusedKey).to.equal('country:JP');

    await sendKeys({press: 'Enter'});
    await w.el.updateComplete;
    await w.el.updateComplete;
    const panel = w.panel!;
    expect(w.focused).to.equal(panel);
    expect(textOf(panel.querySelector('#panel-heading'))).to.equal('Japan');
    expect(textOf(panel)).to.contain('Prime Minister Sanae Takaichi');
    expect(events.map((event) => event.detail)).to.deep.equal([{kind: 'country', id: 'JP'}]);
    expect(events[0].bubbles && events[0].composed).to.be.true;
    expect(w.place('country:JP')!.getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({press: 'Escape'});
    await w.el.updateComplete;
    await w.el.updateComplete;
    expect(w.panel).to.be.null;
    expect(w.focusedKey).to.equal('country:JP');

    // A city: its meetings with dates; Space opens too.
    await sendKeys({press: 'ArrowRight'});
    await w.el.updateComplete;
    await sendKeys({press: ' '});
    await w.el.updateComplete;
    const tokyo = w.panel!;
    const meetings = bundledDataset.events.filter((event) => event.city === 'tokyo');
    expect(tokyo.querySelectorAll('.meetings li')).to.have.length(meetings.length);
    expect(textOf(tokyo)).to.contain(`${formatIsoDate('2025-12-20', STRINGS.en)}: First CA+JAD summit in Tokyo`);
    expect(textOf(tokyo)).to.contain(meetings.at(-1)!.title.en);
    expect(events.at(-1)!.detail).to.deep.equal({kind: 'city', id: 'tokyo'});
    (tokyo.querySelector('.close') as HTMLButtonElement).click();
    await w.el.updateComplete;
    await w.el.updateComplete;
    expect(w.panel).to.be.null;
    expect(w.focusedKey).to.equal('city:tokyo');
  });

  it('a click on a country or its label opens its panel with the leader and the fields signed', async () => {
    const w = await summitMap(mode);
    const events = recordSelects();
    w.$<SVGPathElement>('path[data-roving="country:KZ"]')!.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await w.el.updateComplete;
    const kz = bundledDataset.countries.find((country) => country.alpha2 === 'KZ')!;
    const panel = w.panel!;
    expect(textOf(panel)).to.contain('President Kassym-Jomart Tokayev');
    expect([...panel.querySelectorAll('.fields li')].map(textOf)).to.deep.equal(kz.agreements.fields.map((field) => field.label.en));
    const label = visibleLabels(w.$('.frame-ca')!).find((text) => text.getAttribute('data-place') === 'country:UZ')!;
    label.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
    await w.el.updateComplete;
    expect(textOf(w.$('#panel-heading'))).to.equal('Uzbekistan');
    expect(events.map((event) => event.detail.id)).to.deep.equal(['KZ', 'UZ']);
  });

  it('the list view holds the same facts as the panels, one button away; screen readers get it in map view too', async () => {
    const w = await summitMap(mode);
    const list = w.list;
    // In map view the list is visually hidden, not hidden from screen readers.
    expect(shown(list)).to.be.true;
    expect(list.getBoundingClientRect().width).to.be.at.most(1);
    expect(list.closest('[aria-hidden="true"]')).to.be.null;
    const toggle = w.toggle;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await w.el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(shown(w.map)).to.be.false;
    expect(list.getBoundingClientRect().width).to.be.above(300);
    const listed = [...list.querySelectorAll('.place')];
    expect(listed).to.have.length(SIX.length + cities.length);
    toggle.click();
    await w.el.updateComplete;
    for (const place of w.places) {
      place.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await w.el.updateComplete;
      const panel = w.panel!;
      const name = textOf(panel.querySelector('.place-heading'));
      const entry = listed.find((item) => textOf(item.querySelector('.place-heading')) === name)!;
      expect(entry, name).to.exist;
      const facts = (node: Element) => textOf(node).replace(/^×\s*/, '');
      expect(facts(panel)).to.equal(textOf(entry));
      place.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true}));
      await w.el.updateComplete;
    }
  });

  for (const width of ['320px', '1280px']) {
    for (const theme of ['light', 'dark']) {
      it(`is accessible (axe) in ${theme} at ${width} in list view`, async () => {
        const w = await summitMap(mode, {theme}, {width});
        await w.click(w.toggle);
        expect(w.toggle.getAttribute('aria-pressed')).to.equal('true');
        await expect(w.el).to.be.accessible();
      });
    }
  }

  it('is accessible with a panel open (highlight), in ja and ru', async () => {
    for (const lang of ['ja', 'ru']) {
      const w = await summitMap(mode, {lang, highlight: 'astana'}, {width: '320px'});
      expect(w.panel).to.exist;
      await expect(w.el).to.be.accessible();
    }
  });

  for (const width of [320, 400, 640, 1280]) {
    it(`labels at ${width} px: at least 12 px, inside their frame, never overlapping each other or a marker`, async () => {
      for (const lang of LANGS) {
        const w = await summitMap(mode, {lang}, {width: `${width}px`});
        for (const frame of w.frames) {
          const labels = visibleLabels(frame);
          expect(labels.length, `${lang} ${frame.className}`).to.be.at.least(4);
          const box = frame.querySelector('.frame-svg')!.getBoundingClientRect();
          // The labels' fill boxes: Firefox's client rects include their halo (stroke), Chromium's do not.
          const rects = labels.map((label) => ({text: label.textContent, rect: svgFillBox(label)}));
          for (const {text, rect} of rects) {
            expect(parseFloat(getComputedStyle(labels[0]).fontSize)).to.be.at.least(12);
            expect(rect.left, `${text} left`).to.be.at.least(box.left - 0.5);
            expect(rect.right, `${text} right`).to.be.at.most(box.right + 0.5);
            expect(rect.top, `${text} top`).to.be.at.least(box.top - 0.5);
            expect(rect.bottom, `${text} bottom`).to.be.at.most(box.bottom + 0.5);
          }
          for (const label of labels) expect(parseFloat(getComputedStyle(label).fontSize), label.textContent!).to.be.at.least(12);
          const marks = [...frame.querySelectorAll('.venue-mark, .capital-mark')].map((mark) => mark.getBoundingClientRect());
          const overlap = (a: DOMRect, b: DOMRect, slack = 1) =>
            a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom;
          for (let i = 0; i < rects.length; i++) {
            for (let j = i + 1; j < rects.length; j++) {
              expect(overlap(rects[i].rect, rects[j].rect), `${lang}: "${rects[i].text}" and "${rects[j].text}"`).to.be.false;
            }
          }
          for (const {text, rect} of rects) {
            const own = frame.querySelector(`[data-roving="city:${cities.find((city) => Object.values(city.name).includes(text!))?.id}"]`);
            const others = [...frame.querySelectorAll('.city')].filter((city) => city !== own);
            for (const city of others) {
              for (const mark of city.querySelectorAll('.venue-mark, .capital-mark')) {
                expect(overlap(rect, mark.getBoundingClientRect(), 2), `${lang}: "${text}" over a marker`).to.be.false;
              }
            }
          }
          expect(marks.length).to.be.at.least(1);
        }
        // Every country is named on the map at this width.
        const names = w.frames.flatMap(visibleLabels).map((label) => label.textContent);
        for (const code of SIX) expect(names, `${code} named at ${width} in ${lang}`).to.include(nameOf(code, lang));
      }
    });
  }

  it('one label set per width band (container queries), never two at once', async () => {
    for (const width of [320, 700, 1280]) {
      const w = await summitMap(mode, {}, {width: `${width}px`});
      for (const frame of w.frames) {
        expect(frame.querySelectorAll('.labels')).to.have.length(BANDS.length);
        expect([...frame.querySelectorAll('.labels')].filter(shown)).to.have.length(1);
      }
    }
  });

  it('frames side by side from 600 px of map width, one above the other below', async () => {
    const narrow = await summitMap(mode, {}, {width: '320px'});
    const [ca, jp] = narrow.frames.map((frame) => frame.getBoundingClientRect());
    expect(jp.top).to.be.at.least(ca.bottom);
    const wide = await summitMap(mode, {}, {width: '1280px'});
    const [wca, wjp] = wide.frames.map((frame) => frame.getBoundingClientRect());
    expect(wjp.left).to.be.at.least(wca.right);
    expect(Math.abs(wjp.top - wca.top)).to.be.below(1);
  });

  it('highlight opens a country (alpha-2 or alpha-3, any case) or a city on load, without an event', async () => {
    const events = recordSelects();
    for (const [value, name] of [['KZ', 'Kazakhstan'], ['tkm', 'Turkmenistan'], ['JPN', 'Japan'], ['dushanbe', 'Dushanbe'], ['Tokyo', 'Tokyo']]) {
      const w = await summitMap(mode, {highlight: value});
      expect(textOf(w.$('#panel-heading')), value).to.equal(name);
      expect(w.$('[aria-expanded="true"]')!.getAttribute('tabindex')).to.equal('0');
    }
    expect(events).to.have.length(0);
  });

  it('bad highlight and show values get the error box naming them, and one warning', async () => {
    let w!: MapHarness;
    const warnings = await captureWarnings(async () => {
      w = await summitMap(mode, {highlight: 'Samarkand'});
    });
    expect(textOf(w.errorBox)).to.contain('Samarkand').and.contain('KZ').and.contain('astana');
    expect(warnings.filter((w) => w.includes('Samarkand'))).to.have.length(1);
    const warnings2 = await captureWarnings(async () => {
      w = await summitMap(mode, {show: 'capitals, rivers,venues'});
    });
    expect(textOf(w.errorBox)).to.contain('rivers').and.contain('capitals, venues, neighbours');
    expect(warnings2.filter((w) => w.includes('rivers'))).to.have.length(1);
    w.el.setAttribute('show', 'venues');
    await w.el.updateComplete;
    expect(w.errorBox).to.be.null;
    const ja = await summitMap(mode, {lang: 'ja', show: 'roads'});
    expect(textOf(ja.errorBox)).to.contain('「roads」');
  });

  it('show: capitals, venues, neighbours pick what is marked; the six countries always', async () => {
    const venues = await summitMap(mode, {show: 'venues'});
    // Every capital is a venue since issue #23 (Bishkek: 2014): each is marked as a venue, none as a capital.
    expect(venues.$('[data-roving="city:bishkek"] .venue-mark')).to.exist;
    expect(venues.$('[data-roving="city:bishkek"] .capital-mark')).to.be.null;
    expect(venues.$('[data-roving="city:astana"] .capital-mark')).to.be.null;
    expect(venues.$('.land')).to.be.null;
    expect(venues.$$('path.country')).to.have.length(6);
    const capitals = await summitMap(mode, {show: 'capitals,neighbours'});
    expect(capitals.$('[data-roving="city:bishkek"] .capital-mark')).to.exist;
    expect(capitals.$('.venue-mark')).to.be.null;
    expect(capitals.$('.land')).to.exist;
    expect(textOf(capitals.$('.frame-ca'))).to.contain('Russia');
    const all = await summitMap(mode, {show: ''});
    expect(all.$$('.city')).to.have.length(cities.length);
  });

  it('the Sources section lists Natural Earth and GeoNames and says borders are de facto lines', async () => {
    const w = await summitMap(mode);
    const sources = textOf(w.sources);
    expect(sources).to.contain('Natural Earth').and.contain('GeoNames').and.contain('de facto');
    expect(sources).to.contain('Prime Minister\'s Office of Japan');
  });

  it('forced colours: system colours for water, land, the six countries, labels, markers and focus', async () => {
    // Puppeteer cannot emulate forced-colors: check the widget's stylesheets carry the rules.
    const w = await summitMap(mode);
    const rules = w.root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
      .map((rule) => rule.cssText)
      .join('\n');
    for (const part of ['.water', '.land', '.country', '.country.open', '.ring', '.focus-ring', '.label', '.venue-mark', '.capital-mark']) {
      expect(rules, part).to.contain(part);
    }
    expect(rules.toLowerCase()).to.contain('highlight').and.contain('canvastext').and.contain('canvas;');
  });

  it('print and scripts off show the list (every fact) as well as the map, without the toggle', async () => {
    const w = await summitMap(mode, {highlight: 'KZ'});
    try {
      await emulateMedia({media: 'print'});
      expect(shown(w.map)).to.be.true;
      expect(w.list.getBoundingClientRect().width).to.be.above(300);
      expect(shown(w.$('.toolbar')!)).to.be.false;
      expect(shown(w.panel)).to.be.false;
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('a meeting whose date is not announced yet is worded as such in its city\'s panel, with no timeline on the page', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    const next = data.events.find((event) => event.date.precision === 'unannounced')!;
    next.city = 'astana';
    expect(customElements.get('summit-timeline'), 'this page has no timeline').to.be.undefined;
    let w!: MapHarness;
    const warnings = await captureWarnings(async () => {
      w = await summitMap(mode, {lang: 'ru', highlight: 'astana'}, {properties: {data}});
    });
    expect(warnings).to.deep.equal([]);
    expect(w.errorBox).to.be.null;
    const meetings = [...w.panel!.querySelectorAll('.meetings li')].map(textOf);
    expect(meetings).to.include(`${STRINGS.ru.shared.dateUnannounced}: ${next.title.ru}`);
  });

  it('a dataset given by data with a city of its own places it, and a city outside both frames goes to the list only', async () => {
    const data = structuredClone(bundledDataset) as Dataset;
    data.cities!.push(
      {id: 'samarkand', name: {en: 'Samarkand', ja: 'サマルカンド', ru: 'Самарканд'}, country: 'UZ', lon: 66.95965, lat: 39.65417, capital: false, sources: ['geonames-cities1000']},
      {id: 'paris', name: {en: 'Paris', ja: 'パリ', ru: 'Париж'}, country: 'FR', lon: 2.3488, lat: 48.85341, capital: true, sources: ['geonames-cities1000']}
    );
    data.events[0].city = 'samarkand';
    const w = await summitMap(mode, {}, {properties: {data}});
    expect(w.place('city:samarkand')!.querySelector('.venue-mark')).to.exist;
    expect(w.place('city:paris')).to.be.null;
    expect(textOf(w.list)).to.contain('Paris').and.contain('Samarkand');
  });
});
