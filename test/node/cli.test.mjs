// The command line, `summit-widgets render` (dist/ssr/cli.js, built by npm test before this runs),
// with node:test: files and stdin, the stylesheet option, warnings on stderr, exit codes.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
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

test('a relative src is read from the file\'s folder', () => {
  writeFileSync(join(dir, 'data.json'), '{"not": "a dataset"}');
  writeFileSync(join(dir, 'src.html'), '<initiative-pillars src="data.json"></initiative-pillars>');
  const {status, stdout, stderr} = run(['render', join(dir, 'src.html')]);
  assert.equal(status, 0);
  assert.match(stderr, /dataset from src "data.json" is invalid/);
  assert.match(stdout, /role="alert"/);
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
