import {expect} from '@open-wc/testing';
import {bundledDataset, validateDataset, formatProblem, DATA_LANGS, EVENT_KINDS} from '../src/dataset/index.js';
import type {Dataset} from '../src/dataset/index.js';
import smallDataset from './fixtures/small-dataset.json';
import {FIGURE_QUALIFIERS, FIGURE_RULES, type FieldGroup} from '../src/dataset/types.js';

type Json = unknown;
/** A dataset copy the broken-variant tests mutate freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** Every [path, value] in a JSON value, depth first. */
function* walk(value: Json, path = ''): Generator<[string, Json]> {
  yield [path, value];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* walk(child, path ? `${path}.${key}` : key);
  }
}

const isRealDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const isRealMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

/** Validates a mutated copy of the bundled dataset (as the build does: every text in all eight languages) and returns the formatted messages. */
function broken(mutate: (d: Loose) => void): string[] {
  const copy = structuredClone(bundledDataset) as Loose;
  mutate(copy);
  const result = validateDataset(copy, {languages: DATA_LANGS});
  expect(result.ok, 'the broken dataset is rejected').to.be.false;
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Seed 000 (News.Az, Ahmet Sağlam): fields of the documents signed with Japan, and what stood out. */
const SEED_000: Record<string, {fields: string[]; standOut: string[]}> = {
  KZ: {
    fields: [
      'Trade and economy',
      'Energy, including nuclear',
      'Environment',
      'Agriculture',
      'Transportation',
      'Digitalization',
      'Education',
      'Science',
    ],
    standOut: ['Energy', 'Nuclear technology', 'Industrial investment'],
  },
  KG: {
    fields: [
      'Prevention of double taxation',
      'Energy infrastructure',
      'Health',
      'Education',
      'Disaster management',
      'Space technologies',
    ],
    standOut: ['Infrastructure projects', 'Human capital development'],
  },
  TJ: {
    fields: [
      'Investment protection',
      'Energy infrastructure',
      'Agriculture',
      'Transportation',
      'Satellite and climate monitoring technologies',
      'Education',
    ],
    standOut: ['Electricity infrastructure', 'Disaster and climate monitoring'],
  },
  TM: {
    fields: ['Energy', 'Petrochemicals', 'Transportation', 'Banking', 'Digital technologies', 'Higher education'],
    standOut: ['Natural gas', 'Petrochemical projects'],
  },
  UZ: {
    fields: [
      'Strategic partnership',
      'Renewable energy',
      'Health',
      'Agriculture',
      'Water management',
      'Digitalization',
      'Education',
      'Industry',
    ],
    standOut: ['Energy', 'Health', 'Higher education'],
  },
};

/** Every row of the research timeline, in date order. */
const TIMELINE = [
  ['fmm-1-astana-2004', '2004-08-28'],
  ['fmm-2-tokyo-2006', '2006-06-05'],
  ['koizumi-visit-2006', '2006-08'],
  ['fmm-3-tashkent-2010', '2010-08-07'],
  ['fmm-4-tokyo-2012', '2012-11-10'],
  ['fmm-5-kyrgyzstan-2014', '2014-07-16'],
  ['abe-tour-2015', '2015-10-22'],
  ['fmm-6-ashgabat-2017', '2017-05-01'],
  ['fmm-7-dushanbe-2019', '2019-05-18'],
  ['fm-video-conference-2020', '2020-08-11'],
  ['fmm-8-online-2022', '2022-04-15'],
  ['fmm-9-tokyo-2022', '2022-12-24'],
  ['som-16-astana-2024', '2024-05-14'],
  ['summit-postponed-2024', '2024-08-09'],
  ['iwaya-visit-2025', '2025-08-25'],
  ['summit-announced-2025', '2025-12-17'],
  ['summit-eve-2025', '2025-12-19'],
  ['tokyo-summit-2025', '2025-12-20'],
  ['next-summit-kazakhstan', '2025-12-20'],
];

describe('bundled dataset', () => {
  const d: Dataset = bundledDataset;

  it('passes the validator', () => {
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([]);
    expect(result.ok && result.dataset).to.equal(d);
  });

  it('resolves every source id, and every source is used and links over http(s)', () => {
    const known = new Set(d.sources.map((s) => s.id));
    const used = new Set<string>();
    let count = 0;
    for (const [path, value] of walk(d)) {
      if (!path.endsWith('.sources') || !Array.isArray(value)) continue;
      expect(value, path).to.not.be.empty;
      for (const id of value) {
        expect(known.has(id), `${path}: ${id}`).to.be.true;
        used.add(id);
        count++;
      }
    }
    expect(count).to.be.greaterThan(50);
    // Natural Earth is cited by <summit-map> for its shapes (src/summit-map/geometry.ts), not by a dataset item.
    used.add('natural-earth-admin0-50m');
    expect(d.sources.filter((s) => !used.has(s.id)).map((s) => s.id)).to.deep.equal([]);
    for (const s of d.sources) expect(new URL(s.url).protocol, s.id).to.match(/^https?:$/);
    expect(d.sources.map((s) => s.confidence).every((c) => c === 'A' || c === 'B')).to.be.true;
  });

  it('has en, ja and ru in every localized text', () => {
    let texts = 0;
    for (const [path, value] of walk(d)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      const keys = Object.keys(value);
      if (!keys.some((k) => (DATA_LANGS as readonly string[]).includes(k))) continue;
      texts++;
      expect(keys.sort(), path).to.deep.equal([...DATA_LANGS].sort());
      for (const lang of DATA_LANGS) {
        const s = (value as Record<string, unknown>)[lang];
        expect(s, `${path}.${lang}`).to.be.a('string').and.not.equal('');
        expect(s as string, `${path}.${lang}`).to.not.match(/<[a-z!/?]/i);
      }
      // Japanese texts are written in Japanese, Russian ones in Cyrillic, unless they are a code or a name kept as is.
      const {en, ja, ru} = value as Record<string, string>;
      if (en !== ja) expect(ja, `${path}.ja`).to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);
      if (en !== ru) expect(ru, `${path}.ru`).to.match(/[\u0400-\u04ff]/);
    }
    expect(texts).to.be.greaterThan(150);
  });

  it('has only real dates', () => {
    const dates: string[] = [d.asOf, d.summit.date];
    for (const s of d.sources) if (s.date) dates.push(s.date);
    for (const c of d.corrections ?? []) dates.push(c.date);
    for (const e of d.events) {
      dates.push(e.date.start);
      if (e.date.precision === 'range') {
        expect(isRealDay(e.date.end), e.id).to.be.true;
        expect(e.date.end >= e.date.start, e.id).to.be.true;
      }
      expect(e.date.precision === 'month' ? isRealMonth(e.date.start) : isRealDay(e.date.start), e.id).to.be.true;
    }
    for (const s of dates) expect(isRealDay(s) || isRealMonth(s), s).to.be.true;
    expect(d.asOf).to.equal('2025-12-22');
  });

  it('has every timeline row, in date order, with the right precision and kinds', () => {
    expect(d.events.map((e) => [e.id, e.date.start])).to.deep.equal(TIMELINE);
    for (const e of d.events) expect(EVENT_KINDS).to.include(e.kind);
    const byId = Object.fromEntries(d.events.map((e) => [e.id, e]));
    expect(byId['koizumi-visit-2006'].date).to.deep.equal({precision: 'month', start: '2006-08'});
    expect(byId['abe-tour-2015'].date).to.deep.equal({precision: 'range', start: '2015-10-22', end: '2015-10-28'});
    expect(byId['iwaya-visit-2025'].date).to.deep.equal({precision: 'range', start: '2025-08-25', end: '2025-08-27'});
    expect(byId['fmm-5-kyrgyzstan-2014'].place.en).to.equal('Kyrgyzstan');
    expect(byId['fmm-8-online-2022'].place).to.include({en: 'Online', ja: 'オンライン', ru: 'Онлайн', kk: 'Онлайн', tk: 'Onlaýn'});
    expect(byId['som-16-astana-2024'].kind).to.equal('senior-officials');
    expect(byId['summit-postponed-2024'].summary.en).to.contain('postponed');
    expect(byId['next-summit-kazakhstan'].kind).to.equal('other');
    expect(byId['next-summit-kazakhstan'].date).to.deep.equal({precision: 'unannounced', start: '2025-12-20'});
    expect(byId['next-summit-kazakhstan'].summary.en).to.match(/no year has been announced/i);
    expect(d.events.filter((e) => e.milestone).map((e) => e.id)).to.deep.equal(['tokyo-summit-2025']);
    // Known errors: the Dialogue began in 2004, not 2014.
    expect(d.events[0].date.start.slice(0, 4)).to.equal('2004');
  });

  it('has the five countries with the fields and highlights of seed 000', () => {
    expect(d.countries.map((c) => [c.alpha2, c.alpha3])).to.deep.equal([
      ['KZ', 'KAZ'],
      ['KG', 'KGZ'],
      ['TJ', 'TJK'],
      ['TM', 'TKM'],
      ['UZ', 'UZB'],
    ]);
    for (const c of d.countries) {
      const seed = SEED_000[c.alpha2];
      expect(c.agreements.fields.map((f) => f.label.en), c.alpha2).to.deep.equal(seed.fields);
      expect(c.agreements.standOut.map((f) => f.label.en), c.alpha2).to.deep.equal(seed.standOut);
      expect(c.agreements.sources).to.include('seed-newsaz');
      expect(c.leader.title.en).to.equal('President');
      expect(c.facts.length, c.alpha2).to.be.greaterThan(0);
    }
    expect(d.countries.map((c) => c.leader.name.en)).to.deep.equal([
      'Kassym-Jomart Tokayev',
      'Sadyr Japarov',
      'Emomali Rahmon',
      'Serdar Berdimuhamedov',
      'Shavkat Mirziyoyev',
    ]);
    expect(d.countries[0].leader.name.ru).to.equal('Касым-Жомарт Токаев');
  });

  it('has the summit in Tokyo hosted by Takaichi, with more than 150 documents', () => {
    const s = d.summit;
    expect(s.eventId).to.equal('tokyo-summit-2025');
    expect(s.date).to.equal('2025-12-20');
    expect(s.place.en).to.equal('Tokyo');
    expect(s.host.name).to.include({en: 'Sanae Takaichi', ja: '高市早苗', ru: 'Санаэ Такаити'});
    expect(s.host.title.en).to.equal('Prime Minister');
    expect(s.participants).to.deep.equal(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
    expect(s.documentsSigned.moreThan).to.equal(150);
    expect(s.documentsSigned.note.en).to.match(/not all of them are agreements/);
    expect(s.outcomeDocuments[0].url).to.equal('https://worldjpn.net/documents/texts/JPEU/20251220.D1J.html');
    // Known error: the host was Takaichi, not Kishida.
    expect(JSON.stringify(d.events.find((e) => e.id === 'tokyo-summit-2025'))).to.not.contain('Kishida');
  });

  it('has the three pillars of seed 004, the three items and the seven interests', () => {
    const i = d.initiative;
    expect(i.name.en).to.equal('CA+JAD Tokyo Initiative');
    expect(i.pillars.map((p) => [p.id, p.name.en])).to.deep.equal([
      ['green-resilience', 'Green and Resilience'],
      ['connectivity', 'Connectivity'],
      ['human-resources', 'Human Resource Development'],
    ]);
    expect(i.items.map((x) => x.id)).to.deep.equal(['supply-chains-caspian', 'ai-partnership', 'critical-minerals']);
    expect(i.items[0].description?.en).to.contain('Trans-Caspian International Transport Route');
    expect(i.interests).to.have.length(7);
    // The reports of the Kantei statement place the three items under their pillars; nothing places the
    // Central Asian side's interests (seed 004): those groupings are the editors' own, and labelled so.
    expect(i.items.map((x) => x.grouping)).to.deep.equal([
      {pillar: 'connectivity', editorial: false},
      {pillar: 'connectivity', editorial: false},
      {pillar: 'green-resilience', editorial: false},
    ]);
    for (const x of i.interests) {
      if (x.grouping) expect(x.grouping.editorial, x.id).to.be.true;
    }
  });

  it('has a target of JPY 3 trillion over 5 years', () => {
    const {target} = d.initiative;
    expect(target.amount).to.equal(3e12);
    expect(target.currency).to.equal('JPY');
    expect(target.years).to.equal(5);
    expect(target.note.en).to.match(/about/i);
  });
});

describe('the small example in docs/dataset.md', () => {
  it('validates (test/fixtures/small-dataset.json)', () => {
    const result = validateDataset(smallDataset);
    expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([]);
  });

  it('is the same JSON as the block in the docs', async () => {
    const markdown = await (await fetch('/docs/dataset.md')).text();
    const block = /<!-- small-dataset:start -->\s*```json\n([\s\S]*?)```\s*<!-- small-dataset:end -->/.exec(markdown);
    expect(block, 'the docs hold the example between its markers').to.not.be.null;
    expect(JSON.parse(block![1])).to.deep.equal(smallDataset);
  });
});

describe('validateDataset rejects', () => {
  it('a value that is not an object', () => {
    for (const value of [null, 42, 'x', []]) {
      const result = validateDataset(value);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(formatProblem(result.problems[0])).to.equal('(root): must be an object');
    }
  });

  it('a missing field, naming its exact path', () => {
    expect(broken((d) => delete d.countries[2].leader.name.ja)).to.deep.equal(['countries[2].leader.name.ja: missing']);
    expect(broken((d) => delete d.summit)).to.deep.equal(['summit: missing']);
  });

  it('a missing range end', () => {
    expect(broken((d) => delete d.events[6].date.end)).to.deep.equal(['events[6].date.end: missing']);
  });

  it('a wrong type', () => {
    expect(broken((d) => (d.summit.documentsSigned.moreThan = '150'))).to.deep.equal([
      'summit.documentsSigned.moreThan: must be an integer of at least 0',
    ]);
    expect(broken((d) => (d.events[0].title = 'First meeting'))).to.deep.equal(['events[0].title: must be an object']);
    expect(broken((d) => (d.initiative.items = {}))).to.deep.equal(['initiative.items: must be an array']);
    expect(broken((d) => (d.events[1].milestone = 'yes'))).to.deep.equal(['events[1].milestone: must be true or false']);
    expect(broken((d) => (d.initiative.pillars[0].name.ru = 7))).to.deep.equal([
      'initiative.pillars[0].name.ru: must be a string',
    ]);
  });

  it('an empty text and an empty sources list', () => {
    expect(broken((d) => (d.title.ja = '  '))).to.deep.equal(['title.ja: must not be empty']);
    expect(broken((d) => (d.events[2].sources = []))).to.deep.equal(['events[2].sources: must not be empty']);
  });

  it('an unknown source id', () => {
    expect(broken((d) => (d.events[3].sources[0] = 'foo'))).to.deep.equal([
      'events[3].sources[0]: unknown source id "foo"',
    ]);
  });

  it('a javascript: URL', () => {
    expect(broken((d) => (d.sources[0].url = 'javascript:alert(1)'))).to.deep.equal([
      'sources[0].url: must be an http(s) URL',
    ]);
  });

  it('a data: URL', () => {
    expect(broken((d) => (d.summit.outcomeDocuments[0].url = 'data:text/html;base64,PHNjcmlwdD4='))).to.deep.equal([
      'summit.outcomeDocuments[0].url: must be an http(s) URL',
    ]);
  });

  it('relative and malformed URLs', () => {
    expect(broken((d) => (d.sources[1].url = '/docs/page.html'))).to.deep.equal(['sources[1].url: must be an http(s) URL']);
    expect(broken((d) => (d.sources[2].url = 'https://'))).to.deep.equal(['sources[2].url: must be an http(s) URL']);
    expect(broken((d) => (d.sources[3].url = 'ftp://example.com/x'))).to.deep.equal([
      'sources[3].url: must be an http(s) URL',
    ]);
  });

  it('HTML inside a text', () => {
    expect(broken((d) => (d.events[1].summary.en = 'Hello <script>alert(1)</script>'))).to.deep.equal([
      'events[1].summary.en: must not contain HTML',
    ]);
    expect(broken((d) => (d.countries[0].capital.ja = '<img src=x onerror=alert(1)>'))).to.deep.equal([
      'countries[0].capital.ja: must not contain HTML',
    ]);
    // A bare "<" is not markup.
    const ok = structuredClone(bundledDataset) as Loose;
    ok.events[1].summary.en = 'Fewer than 5 < 6 ministers.';
    expect(validateDataset(ok).ok).to.be.true;
  });

  it('a 5 MB text, quickly', () => {
    const huge = 'a'.repeat(5 * 1024 * 1024);
    const started = performance.now();
    const messages = broken((d) => (d.events[0].title.en = huge));
    expect(performance.now() - started).to.be.lessThan(2000);
    expect(messages).to.deep.equal([`events[0].title.en: too long (${huge.length} characters, at most 2000)`]);
  });

  it('an impossible date', () => {
    expect(broken((d) => (d.events[3].date.start = '2010-02-30'))).to.deep.equal([
      'events[3].date.start: must be a real date YYYY-MM-DD',
    ]);
    expect(broken((d) => (d.asOf = '22.12.2025'))).to.deep.equal(['asOf: must be a real date YYYY-MM-DD']);
    expect(broken((d) => (d.summit.date = '2025-13-45'))).to.deep.equal(['summit.date: must be a real date YYYY-MM-DD']);
    expect(broken((d) => (d.sources[0].date = '2004-02-30'))).to.deep.equal([
      'sources[0].date: must be a real date YYYY-MM-DD or a month YYYY-MM',
    ]);
    expect(broken((d) => (d.events[2].date.start = '2006-13'))).to.deep.equal([
      'events[2].date.start: must be a month YYYY-MM',
    ]);
  });

  it('a year or a date not announced in the wrong format', () => {
    expect(broken((d) => (d.events[2].date = {precision: 'year', start: '2006-08'}))).to.deep.equal([
      'events[2].date.start: must be a year YYYY',
    ]);
    expect(broken((d) => (d.events[18].date = {precision: 'unannounced', start: '2025-12'}))).to.deep.equal([
      'events[18].date.start: must be a real date YYYY-MM-DD',
      'events[18].date: out of date order',
    ]);
    // Both are accepted in their own formats; a year sorts before the other events of its year.
    const ok = structuredClone(bundledDataset) as Loose;
    ok.events[2].date = {precision: 'year', start: '2006'};
    ok.events.splice(2, 1);
    ok.events.splice(1, 0, {...ok.events[0], id: 'some-time-in-2006', date: {precision: 'year', start: '2006'}});
    expect(validateDataset(ok).ok).to.be.true;
  });

  it('a range that ends before it starts, and events out of order', () => {
    expect(broken((d) => (d.events[6].date.end = '2015-10-01'))).to.deep.equal([
      'events[6].date.end: must not be before start',
    ]);
    expect(broken((d) => d.events.reverse())).to.include('events[2].date: out of date order');
  });

  it('a duplicate event id', () => {
    expect(broken((d) => (d.events[5].id = d.events[1].id))).to.deep.equal([
      'events[5].id: duplicate id "fmm-2-tokyo-2006"',
    ]);
  });

  it('bad ids, kinds, codes and confidence grades', () => {
    expect(broken((d) => (d.events[0].id = 'Tokyo Summit'))).to.deep.equal([
      'events[0].id: must be a kebab-case id (a-z, 0-9, -)',
    ]);
    expect(broken((d) => (d.events[0].kind = 'party'))).to.deep.equal([
      `events[0].kind: must be one of ${EVENT_KINDS.join(', ')}`,
    ]);
    // The summit's participant "KZ" then no longer resolves either, nor Kazakhstan's fields in the field groups (named once).
    expect(broken((d) => (d.countries[0].alpha2 = 'kz'))).to.deep.equal([
      'countries[0].alpha2: must be 2 upper-case letters',
      'summit.participants[0]: unknown country "KZ"',
      'fieldGroups[0].fields[0].country: unknown country "KZ"',
    ]);
    expect(broken((d) => (d.countries[1].alpha3 = 'KG'))).to.deep.equal(['countries[1].alpha3: must be 3 upper-case letters']);
    expect(broken((d) => (d.sources[4].confidence = 'U'))).to.deep.equal(['sources[4].confidence: must be one of A, B, C']);
  });

  it('references that do not resolve', () => {
    expect(broken((d) => (d.summit.eventId = 'astana-summit-2027'))).to.deep.equal([
      'summit.eventId: unknown event id "astana-summit-2027"',
    ]);
    expect(broken((d) => (d.summit.participants[1] = 'JP'))).to.deep.equal(['summit.participants[1]: unknown country "JP"']);
    expect(broken((d) => (d.initiative.interests[1].grouping.pillar = 'green'))).to.deep.equal([
      'initiative.interests[1].grouping.pillar: unknown pillar id "green"',
    ]);
  });

  it('a country without its name', () => {
    expect(broken((d) => delete d.countries[1].name)).to.deep.equal(['countries[1].name: missing']);
    expect(broken((d) => (d.countries[1].name.ru = ''))).to.deep.equal(['countries[1].name.ru: must not be empty']);
  });

  it('an agreements reportedBy naming an unknown source or missing its description', () => {
    expect(broken((d) => (d.countries[0].agreements.reportedBy.source = 'nope'))).to.deep.equal([
      'countries[0].agreements.reportedBy.source: unknown source id "nope"',
    ]);
    expect(broken((d) => delete d.countries[4].agreements.reportedBy.description.ja)).to.deep.equal([
      'countries[4].agreements.reportedBy.description.ja: missing',
    ]);
  });

  it('bad corrections: date, texts, sources, order, ids', () => {
    expect(broken((d) => (d.corrections[0].date = '2026-02-30'))).to.deep.equal([
      'corrections[0].date: must be a real date YYYY-MM-DD',
    ]);
    expect(broken((d) => delete d.corrections[2].what.ru)).to.deep.equal(['corrections[2].what.ru: missing']);
    expect(broken((d) => delete d.corrections[2].why)).to.deep.equal(['corrections[2].why: missing']);
    expect(broken((d) => (d.corrections[0].sources = ['nope']))).to.deep.equal([
      'corrections[0].sources[0]: unknown source id "nope"',
    ]);
    expect(broken((d) => (d.corrections[0].sources = []))).to.deep.equal(['corrections[0].sources: must not be empty']);
    expect(broken((d) => (d.corrections[1].date = '2025-01-01'))).to.deep.equal(['corrections[1].date: out of date order']);
    expect(broken((d) => (d.corrections[3].id = d.corrections[0].id))).to.deep.equal([
      `corrections[3].id: duplicate id "${bundledDataset.corrections![0].id}"`,
    ]);
    expect(broken((d) => (d.corrections = {}))).to.deep.equal(['corrections: must be an array']);
  });

  it('but not a dataset without corrections or reportedBy (both optional)', () => {
    const copy = structuredClone(bundledDataset) as Loose;
    delete copy.corrections;
    for (const country of copy.countries) delete country.agreements.reportedBy;
    expect(validateDataset(copy).ok).to.be.true;
    copy.corrections = [];
    expect(validateDataset(copy).ok).to.be.true;
  });

  it('collects several problems and stops at 20', () => {
    expect(
      broken((d) => {
        delete d.title.en;
        d.events[0].sources[0] = 'nope';
      }),
    ).to.deep.equal(['title.en: missing', 'events[0].sources[0]: unknown source id "nope"']);
    expect(broken((d) => d.events.forEach((e: Loose) => delete e.place))).to.have.length(19);
    const many = broken((d) => {
      for (const e of d.events) e.kind = 'x';
      for (const c of d.countries) delete c.capital;
    });
    expect(many).to.have.length(20);
    expect(many[0]).to.equal('countries[0].capital: missing');
  });
});

// The validator's rules for the figures and the field groups (moved here from the widgets' test files).
describe('validateDataset: figures', () => {
  /** Validates a mutated copy of the bundled dataset (every text in all eight languages) and returns the messages. */
  function broken(mutate: (figures: Record<string, unknown>[]) => void): string[] {
    const copy = structuredClone(bundledDataset) as Dataset;
    mutate(copy.figures as unknown as Record<string, unknown>[]);
    const result = validateDataset(copy, {languages: DATA_LANGS});
    expect(result.ok, 'the broken dataset is rejected').to.be.false;
    return result.ok ? [] : result.problems.map(formatProblem);
  }

  it('rejects a bad qualifier, rule, currency, date, value, id, source or a missing text', () => {
    expect(broken((f) => (f[0].qualifier = 'over'))).to.deep.equal([`figures[0].qualifier: must be one of ${FIGURE_QUALIFIERS.join(', ')}`]);
    expect(broken((f) => (f[2].computed = 'count-everything'))).to.deep.equal([`figures[2].computed: must be one of ${FIGURE_RULES.join(', ')}`]);
    expect(broken((f) => (f[1].currency = 'yen'))).to.deep.equal(['figures[1].currency: must be 3 upper-case letters']);
    expect(broken((f) => (f[3].asOf = '2025-12'))).to.deep.equal(['figures[3].asOf: must be a real date YYYY-MM-DD']);
    expect(broken((f) => (f[4].value = '5'))).to.deep.equal(['figures[4].value: must be a number of at least 0']);
    expect(broken((f) => (f[4].value = -5))).to.deep.equal(['figures[4].value: must be a number of at least 0']);
    expect(broken((f) => (f[3].id = f[0].id))).to.deep.equal(['figures[3].id: duplicate id "summit-documents"']);
    expect(broken((f) => (f[0].id = 'Documents'))).to.deep.equal(['figures[0].id: must be a kebab-case id (a-z, 0-9, -)']);
    expect(broken((f) => (f[0].sources = ['nope']))).to.deep.equal(['figures[0].sources[0]: unknown source id "nope"']);
    expect(broken((f) => delete (f[2].definition as Record<string, string>).ky)).to.deep.equal(['figures[2].definition.ky: missing']);
    expect(broken((f) => delete f[1].label)).to.deep.equal(['figures[1].label: missing']);
  });

  it('accepts a dataset without figures, or with none (a newsroom’s dataset for another widget)', () => {
    const copy = structuredClone(bundledDataset) as Dataset;
    delete copy.figures;
    expect(validateDataset(copy).ok).to.be.true;
    copy.figures = [];
    expect(validateDataset(copy).ok).to.be.true;
  });
});

describe('validateDataset: fieldGroups', () => {
  const problems = (change: (data: Dataset) => void) => {
    const data = structuredClone(bundledDataset) as Dataset;
    change(data);
    const result = validateDataset(data);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('accepts the bundled groups, and a dataset without any (optional)', () => {
    expect(problems(() => {})).to.deep.equal([]);
    expect(problems((data) => delete data.fieldGroups)).to.deep.equal([]);
  });

  it('rejects a field in two groups, naming both', () => {
    expect(problems((data) => data.fieldGroups![1].fields.push({country: 'KZ', field: 'energy-nuclear'}))).to.deep.equal([
      'fieldGroups[1].fields[3]: field "energy-nuclear" of KZ is already in group "energy"',
    ]);
  });

  it('rejects a field in no group, naming the country\'s field', () => {
    expect(problems((data) => data.fieldGroups![3].fields.shift())).to.include('countries[1].agreements.fields[2]: "health" is in no field group (fieldGroups)');
  });

  it('rejects unknown countries, unknown field and stood-out ids, duplicate and bad group ids', () => {
    expect(problems((data) => (data.fieldGroups![0].fields[0].field = 'nuclear'))).to.include('fieldGroups[0].fields[0].field: unknown field "nuclear" of KZ');
    expect(problems((data) => (data.fieldGroups![0].fields[0].country = 'JP'))).to.include('fieldGroups[0].fields[0].country: unknown country "JP"');
    expect(problems((data) => (data.fieldGroups![0].standOut![0].item = 'oil'))).to.include('fieldGroups[0].standOut[0].item: unknown stood-out item "oil" of KZ');
    expect(problems((data) => (data.fieldGroups![1].id = 'energy'))).to.deep.equal(['fieldGroups[1].id: duplicate id "energy"']);
    expect(problems((data) => (data.fieldGroups![1].id = 'Transport'))).to.deep.equal(['fieldGroups[1].id: must be a kebab-case id (a-z, 0-9, -)']);
    expect(problems((data) => delete (data.fieldGroups![1] as Partial<FieldGroup>).label)).to.deep.equal(['fieldGroups[1].label: missing']);
    expect(problems((data) => (data.fieldGroups = []))[0]).to.equal('fieldGroups: must not be empty');
  });

  it('rejects a stood-out item in a group where its country has no field, and one in no group', () => {
    expect(problems((data) => data.fieldGroups![9].standOut!.push(data.fieldGroups![0].standOut!.shift()!))).to.deep.equal([
      'fieldGroups[9].standOut[0]: KZ has no field in this group',
    ]);
    expect(problems((data) => data.fieldGroups![0].standOut!.splice(2, 1))).to.deep.equal([
      'countries[1].agreements.standOut[0]: "infrastructure-projects" is in no field group (fieldGroups)',
    ]);
  });
});
