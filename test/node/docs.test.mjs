// The README and docs/: every relative link leads to a file, and its `#anchor` to a heading there; the
// README stays a front door (8 KB at most); docs/README.md links every page under docs/.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {test} from 'node:test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pagesUnder = (dir) =>
  readdirSync(join(root, dir), {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? pagesUnder(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : []
  );
const PAGES = ['README.md', ...pagesUnder('docs')];
const read = (page) => readFileSync(join(root, page), 'utf8');

/** Markdown without its fenced code blocks (a fence closes on a line of its own backticks, nothing after them). */
const withoutFences = (text) => text.replace(/^(```+|~~~+).*\n[^]*?^\1[ \t]*$/gm, '');
/** Markdown without code: fenced blocks, inline code spans and HTML comments. */
const prose = (text) => withoutFences(text).replace(/`[^`\n]*`/g, '').replace(/<!--[^]*?-->/g, '');

/** GitHub's anchors for the headings of a page (the text lower-cased, punctuation dropped, spaces to hyphens). */
function anchors(text) {
  const seen = new Map();
  return withoutFences(text)
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => {
      const words = line
        .replace(/^#+ /, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[`*]/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-');
      const count = seen.get(words) ?? 0;
      seen.set(words, count + 1);
      return count ? `${words}-${count}` : words;
    });
}

/** The relative links of a page: `[text](target)` and `<a href>`, outside code. */
const links = (text) => [...prose(text).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|href="([^"]+)"/g)].map((m) => m[1] ?? m[2]).filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));

test('every relative link in README.md and docs/ resolves, anchors included', () => {
  const broken = [];
  for (const page of PAGES) {
    for (const target of links(read(page))) {
      const [path, anchor] = target.split('#');
      const file = path ? join(dirname(join(root, page)), decodeURIComponent(path)) : join(root, page);
      if (!existsSync(file)) broken.push(`${page}: ${target} (no such file)`);
      else if (anchor && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).includes(anchor)) {
        broken.push(`${page}: ${target} (no heading #${anchor} in ${relative(root, file)})`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('the anchors are GitHub\'s', () => {
  assert.deepEqual(anchors('# `<summit-map>`\n## Your own dataset (`src`)\n```json\n# not a heading\n```json\n# nor this\n```\n### Figure (*sourced*)\n## Keyboard\n## Keyboard\n## WordPress ("Custom HTML" block), Arc, Drupal'), [
    'summit-map',
    'your-own-dataset-src',
    'figure-sourced',
    'keyboard',
    'keyboard-1',
    'wordpress-custom-html-block-arc-drupal',
  ]);
});

test('README.md is a front door: 8 KB at most', () => {
  const bytes = statSync(join(root, 'README.md')).size;
  assert.ok(bytes <= 8192, `README.md is ${bytes} bytes: move the detail into docs/`);
});

test('docs/README.md links every page under docs/', () => {
  const index = read('docs/README.md');
  const linked = new Set(links(index).map((target) => join('docs', target.split('#')[0])));
  const missing = PAGES.filter((page) => page.startsWith('docs') && page !== join('docs', 'README.md') && !linked.has(page));
  assert.deepEqual(missing, []);
});
