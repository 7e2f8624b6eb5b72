// docs/widgets/<tag>.md against the widgets' JSDoc: the API tables are what scripts/widget-docs.mjs writes
// from a manifest analysed afresh from src/ (in memory: custom-elements.json is left alone), and the
// script keeps the hand-written prose around its block.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {test} from 'node:test';
import {cli} from '@custom-elements-manifest/analyzer/cli.js';
import {END, START, staleDocs, widgetDocs} from '../../scripts/widget-docs.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const registry = JSON.parse(readFileSync(new URL('../../src/registry.json', import.meta.url), 'utf8'));

test('every widget page has the API tables of the current JSDoc', async () => {
  process.chdir(root); // the analyzer reads its config and globs from the working directory
  const manifest = await cli({argv: ['analyze', '--quiet'], cwd: root, noWrite: true});
  const stale = staleDocs({manifest, registry}).map(({path}) => path);
  assert.deepEqual(stale, [], `out of date: ${stale.join(', ')}; run \`npm run analyze && node scripts/widget-docs.mjs\` and commit them`);
});

// A manifest of one element, as the analyzer writes it (an own attribute, an inherited one, a property
// without attribute, an event, a part, a custom property).
const declaration = {
  kind: 'class',
  name: 'SampleWidget',
  tagName: 'sample-widget',
  customElement: true,
  summary: 'A sample | with a pipe.',
  attributes: [
    {name: 'size', fieldName: 'size', description: '`small` or `large`.'},
    {name: 'lang', fieldName: 'lang', description: 'The language.', inheritedFrom: {name: 'SummitElement'}},
  ],
  members: [
    {kind: 'field', name: 'size', attribute: 'size', type: {text: 'string | null | undefined'}, default: "'small'"},
    {kind: 'field', name: 'lang', attribute: 'lang', type: {text: 'string'}, inheritedFrom: {name: 'SummitElement'}},
    {kind: 'field', name: 'data', type: {text: 'unknown | undefined'}, description: 'A dataset object.', inheritedFrom: {name: 'SummitElement'}},
    {kind: 'field', name: 'secret', privacy: 'private', type: {text: 'string'}},
    {kind: 'field', name: 'strings', static: true, type: {text: 'string'}},
  ],
  events: [{name: 'sample-widget-pick', description: 'A reader picked. `detail: { id }`.'}],
  cssParts: [{name: 'base', description: "The widget's frame."}],
  cssProperties: [{name: '--sw-space', description: 'Base spacing.'}],
};
const manifest = {modules: [{path: 'src/sample-widget/sample-widget.ts', declarations: [declaration]}]};
const sample = {widgets: [{tag: 'sample-widget'}]};

test('a new widget gets a page: heading, summary, an example and the tables', () => {
  const [page] = widgetDocs({manifest, registry: sample, read: () => undefined});
  assert.equal(page.path, 'docs/widgets/sample-widget.md');
  assert.match(page.text, /^# `<sample-widget>`\n/);
  assert.match(page.text, /A sample \\\| with a pipe\./);
  assert.match(page.text, /<sample-widget><\/sample-widget>/);
  assert.match(page.text, /\| `size` \| `size` \| `string` \| `'small'` \| `small` or `large`\. \|/);
  assert.match(page.text, /\| `lang` \| `lang` \| `string` \| — \| The language\. \*Every widget\.\* \|/);
  assert.match(page.text, /\| `data` \| `unknown` \| A dataset object\. \*Every widget\.\* \|/);
  assert.match(page.text, /\| `sample-widget-pick` \| A reader picked\. `detail: \{ id \}`\. \|/);
  assert.match(page.text, /\| `base` \| The widget's frame\. \|/);
  assert.match(page.text, /`sample-widget::part\(base\) \{ … \}`/);
  assert.match(page.text, /\| `--sw-space` \| Base spacing\. \|/);
  assert.match(page.text, /### Slots\n\nNone/);
  assert.doesNotMatch(page.text, /secret|`strings`/);
});

test('the hand-written prose around the block is kept, the block replaced', () => {
  const current = `# Sample\n\nProse before.\n\n${START}\nan old table\n${END}\n\nProse after.\n`;
  const [page] = widgetDocs({manifest, registry: sample, read: () => current});
  assert.ok(page.text.startsWith(`# Sample\n\nProse before.\n\n${START}\n`));
  assert.ok(page.text.endsWith(`${END}\n\nProse after.\n`));
  assert.doesNotMatch(page.text, /an old table/);
  const [again] = widgetDocs({manifest, registry: sample, read: () => page.text});
  assert.equal(again.text, page.text, 'a second run changes nothing');
});

test('a page without the markers, or a tag the manifest lacks, is an error that says what to do', () => {
  assert.throws(() => widgetDocs({manifest, registry: sample, read: () => '# Sample\n'}), /has no .*api:start.* block/);
  assert.throws(() => widgetDocs({manifest, registry: {widgets: [{tag: 'other-widget'}]}, read: () => undefined}), /no element <other-widget>.*npm run analyze/);
});

test('the default column appears only when the JSDoc gives a default', () => {
  const members = declaration.members.map((member) => ({...member, default: undefined}));
  const [page] = widgetDocs({manifest: {modules: [{path: '', declarations: [{...declaration, members}]}]}, registry: sample, read: () => undefined});
  assert.match(page.text, /\| attribute \| property \| type \| description \|/);
  assert.match(page.text, /\| `size` \| `size` \| `string` \| `small` or `large`\. \|/);
});
