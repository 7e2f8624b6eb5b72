// The command line, `summit-widgets render` (dist/ssr/cli.js, built by npm test before this runs),
// with node:test: files and stdin, the stylesheet option, warnings on stderr, exit codes.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';

const CLI = new URL('../../dist/ssr/cli.js', import.meta.url).pathname;
const run = (args, input) => spawnSync(process.execPath, [CLI, ...args], {input, encoding: 'utf8'});
const dir = mkdtempSync(join(tmpdir(), 'summit-widgets-cli-'));

test('renders a file to stdout: widgets pre-rendered, the rest unchanged, exit 0', () => {
  const page = '<main lang="ru"><p>Текст</p><summit-timeline highlight="tokyo-summit-2025"></summit-timeline><x-other>x</x-other></main>';
  writeFileSync(join(dir, 'page.html'), page);
  const {status, stdout, stderr} = run(['render', join(dir, 'page.html')]);
  assert.equal(status, 0, stderr);
  assert.equal(stderr, '');
  assert.match(stdout, /^<main lang="ru"><p>Текст<\/p><summit-timeline highlight="tokyo-summit-2025" defer-hydration><template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(stdout, /lang="ru"/);
  assert.match(stdout, /<\/template><\/summit-timeline><x-other>x<\/x-other><\/main>$/);
});

test('reads stdin; --stylesheet links the stylesheet in every shadow root', () => {
  const {status, stdout} = run(['render', '--stylesheet', '/assets/summit-widgets.css'], '<country-agreements></country-agreements><initiative-pillars></initiative-pillars>');
  assert.equal(status, 0);
  assert.equal(stdout.match(/<link rel="stylesheet" href="\/assets\/summit-widgets.css">/g).length, 2);
  assert.doesNotMatch(stdout, /<style>/);
});

test('a whole page with --stylesheet: its head links the stylesheet once, before any widget; rendering again adds nothing', () => {
  const page = '<!doctype html><html><head><title>t</title></head><body><h1>h</h1><initiative-pillars></initiative-pillars><key-figures></key-figures></body></html>';
  const {status, stdout} = run(['render', '--stylesheet', '/s.css'], page);
  assert.equal(status, 0);
  assert.match(stdout, /<title>t<\/title><link rel="stylesheet" href="\/s.css">\n<\/head>/);
  assert.equal(stdout.match(/<link rel="stylesheet" href="\/s.css">/g).length, 3);
  assert.equal(run(['render', '--stylesheet', '/s.css'], stdout).stdout, stdout);
});

test('--hydrate writes each widget\'s hydrate attribute (its own kept); --loader adds the loader script to the head, or after a fragment', () => {
  const page = '<!doctype html><html lang="en"><head><title>t</title></head><body><summit-timeline></summit-timeline><key-figures hydrate="eager" lang="ja"></key-figures></body></html>';
  const {status, stdout, stderr} = run(['render', '--hydrate', 'visible', '--loader', 'https://cdn.example/loader.js'], page);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /<summit-timeline hydrate="visible" defer-hydration><template shadowroot/);
  assert.match(stdout, /<key-figures hydrate="eager" lang="ja" defer-hydration><template shadowroot/);
  assert.match(stdout, /<title>t<\/title><script type="module" src="https:\/\/cdn.example\/loader.js"><\/script>\n<\/head>/);
  assert.equal(stdout.match(/loader\.js/g).length, 1);
  const fragment = run(['render', '--hydrate', 'idle', '--loader', '/loader.js'], '<initiative-pillars></initiative-pillars>');
  assert.match(fragment.stdout, /^<initiative-pillars hydrate="idle" defer-hydration><template shadowroot[^]*<\/initiative-pillars>\n<script type="module" src="\/loader.js"><\/script>$/);
});

test('a bad --hydrate value: a clear message on stderr, exit 2, nothing on stdout', () => {
  const {status, stdout, stderr} = run(['render', '--hydrate', 'soon'], '<key-figures></key-figures>');
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.equal(stderr, 'summit-widgets: --hydrate must be one of interaction, visible, idle, eager, not "soon"\n');
});

test('a relative src is read from the file\'s folder', () => {
  writeFileSync(join(dir, 'data.json'), '{"not": "a dataset"}');
  writeFileSync(join(dir, 'src.html'), '<initiative-pillars src="data.json"></initiative-pillars>');
  const {status, stdout, stderr} = run(['render', join(dir, 'src.html')]);
  assert.equal(status, 0);
  assert.match(stderr, /dataset from src "data.json" is invalid/);
  assert.match(stdout, /role="alert"/);
});

test('a src file that starts with a byte order mark reads as the browser reads it: the widget rendered, no warning', () => {
  const dataset = readFileSync(new URL('../../data/ca-jad-2025.json', import.meta.url), 'utf8');
  writeFileSync(join(dir, 'bom.json'), '\uFEFF' + dataset);
  writeFileSync(join(dir, 'bom.html'), '<initiative-pillars src="bom.json"></initiative-pillars>');
  const {status, stdout, stderr} = run(['render', join(dir, 'bom.html')]);
  assert.equal(status, 0);
  assert.equal(stderr, '');
  assert.doesNotMatch(stdout, /role="alert"/);
  assert.match(stdout, /part="pillar"/);
});

test('a bad attribute: the error box in the HTML, one warning on stderr, exit 0', () => {
  const {status, stdout, stderr} = run(['render'], '<country-agreements country="JP"></country-agreements>');
  assert.equal(status, 0);
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /country "JP"/);
  assert.match(stdout, /role="alert"/);
});

test('a reader that stops early (| head) ends the command quietly: no EPIPE crash, nothing on stderr', () => {
  // Enough widgets that the output outgrows the pipe's buffer before head has closed it.
  writeFileSync(join(dir, 'long.html'), '<summit-timeline></summit-timeline><agreements-matrix></agreements-matrix>'.repeat(40));
  const {status, stdout, stderr} = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" render "${join(dir, 'long.html')}" | head -c 100`], {encoding: 'utf8'});
  assert.equal(stdout.length, 100);
  assert.equal(stderr, '');
  assert.equal(status, 0);
});

test('unreadable input exits 1; a wrong command line exits 2 with the usage', () => {
  const missing = run(['render', join(dir, 'missing.html')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read/);
  const wrong = run(['draw']);
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /^Usage: summit-widgets render/);
  assert.equal(run(['render', '--stylesheet']).status, 2);
});
