// The packed tarball (`npm pack`, by scripts/interop-setup.mjs): its file list, the paths its
// package.json names, its module graph, its manifest and its types as a TypeScript consumer sees them.
// Files are read from the package as npm installed it (.interop/plain/node_modules/summit-widgets/).
import {expect} from '@open-wc/testing';
import {report, TAGS, type Report} from './support.js';

const INSTALLED = '/.interop/plain/node_modules/summit-widgets';
const read = async (path: string) => {
  const response = await fetch(`${INSTALLED}/${path}`, {cache: 'no-store'});
  expect(response.ok, `${path} in the installed package`).to.be.true;
  return response.text();
};

interface PackageJson {
  main: string;
  module: string;
  types: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  customElements: string;
  bin?: Record<string, string>;
  dependencies: Record<string, string>;
}

/** Every file path a package.json field names, `./` removed (sideEffects globs are patterns, not paths). */
function namedPaths(pkg: PackageJson): string[] {
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const sideEffects = pkg.sideEffects.filter((path) => !path.includes('*'));
  const bins = Object.values(pkg.bin ?? {});
  return [pkg.main, pkg.module, pkg.types, pkg.customElements, ...sideEffects, ...targets, ...bins].map((path) => path.replace(/^\.\//, ''));
}

/** Relative specifiers of the static and dynamic imports and re-exports in a module's text (the language chunks are dynamic). */
const relativeImports = (code: string) => [
  ...[...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]),
  ...[...code.matchAll(/\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map((match) => match[1]),
];

describe('interop: the packed tarball', function () {
  this.timeout(30000);
  let tarball: Report['tarball'];
  let pkg: PackageJson;

  before(async () => {
    ({tarball} = await report());
    pkg = JSON.parse(await read('package.json'));
  });

  it('holds the built package: entries, types, the CDN file, the manifest, the dataset, README and package.json', () => {
    expect(tarball.files).to.include.members([
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'custom-elements.json',
      'data/ca-jad-2025.json',
      'dist/index.js',
      'dist/all.js',
      ...TAGS.map((tag) => `dist/${tag}.js`),
      'dist/cdn/summit-widgets.js',
      'dist/types/src/index.d.ts',
      'dist/types/src/define/all.d.ts',
      ...TAGS.map((tag) => `dist/types/src/define/${tag}.d.ts`),
    ]);
  });

  it('holds nothing else: no sources, tests, stories, benchmarks, scripts or configuration (docs: the pages under docs/, which the README links)', () => {
    const allowed = /^(package\.json|README\.md|CHANGELOG\.md|LICEN[CS]E(\.md)?|docs\/[\w./-]+\.md|custom-elements\.json|data\/[\w.-]+\.json|dist\/types\/.+\.d\.ts|dist\/.+\.js(\.map)?|dist\/cdn\/[\w.-]+\.css)$/;
    expect(tarball.files.filter((file) => !allowed.test(file))).to.deep.equal([]);
    expect(tarball.files.filter((file) => !file.startsWith('docs/') && /^(src|test|stories|bench|scripts|docs|\.storybook|\.interop|node_modules|storybook-static)\//.test(file))).to.deep.equal([]);
  });

  it('has every path its package.json names (exports, main, module, types, sideEffects, customElements)', () => {
    const missing = namedPaths(pkg).filter((path) => !tarball.files.includes(path));
    expect(missing).to.deep.equal([]);
    expect(Object.keys(pkg.exports)).to.include.members(['.', './all.js', ...TAGS.map((tag) => `./${tag}.js`), './cdn/summit-widgets.js']);
  });

  it('has every module under dist/ reachable from an entry, and every module they import (no stale or missing chunk)', async () => {
    const named = [...namedPaths(pkg), ...Object.values(pkg.bin ?? {})];
    const entries = [...new Set(named.filter((path) => path.startsWith('dist/') && path.endsWith('.js')))];
    const reached = new Set<string>();
    const missing: string[] = [];
    const queue = [...entries];
    while (queue.length) {
      const path = queue.shift()!;
      if (reached.has(path)) continue;
      reached.add(path);
      for (const specifier of relativeImports(await read(path))) {
        // The dev server turns bare imports (`lit`) into relative URLs: those leave the package.
        const url = new URL(specifier, new URL(`${INSTALLED}/${path}`, location.href)).pathname;
        if (!url.startsWith(`${INSTALLED}/`)) continue;
        const target = url.slice(INSTALLED.length + 1);
        if (!tarball.files.includes(target)) missing.push(`${path} imports ${specifier}`);
        else queue.push(target);
      }
    }
    expect(missing, 'imports of files not in the tarball').to.deep.equal([]);
    expect(reached.size, 'the entries import their chunks').to.be.greaterThan(entries.length);
    const modules = tarball.files.filter((file) => file.startsWith('dist/') && file.endsWith('.js'));
    expect(modules.filter((file) => !reached.has(file)), 'modules no entry imports').to.deep.equal([]);
  });

  it('depends on lit, which every bundle took from its own project as npm installed it', async () => {
    const {bundles} = await report();
    expect(pkg.dependencies).to.have.property('lit');
    for (const name of ['react', 'vue', 'double']) {
      expect(bundles[name].errors, `${name}: bare imports resolve inside the project`).to.deep.equal([]);
      expect(bundles[name].litFiles, `${name}: Lit modules bundled`).to.be.greaterThan(0);
    }
  });

  it('names a custom-elements.json (customElements) declaring the five tags and their events', async () => {
    const manifest = JSON.parse(await read(pkg.customElements));
    const declarations = manifest.modules.flatMap((mod: {declarations?: unknown[]}) => mod.declarations ?? []) as {
      tagName?: string;
      events?: {name: string}[];
    }[];
    const tags = Object.fromEntries(declarations.filter((d) => d.tagName).map((d) => [d.tagName, (d.events ?? []).map((e) => e.name)]));
    expect(tags).to.deep.equal({
      'summit-timeline': ['summit-timeline-select'],
      'country-agreements': ['country-agreements-change'],
      'initiative-pillars': ['initiative-pillars-toggle'],
      'summit-map': ['summit-map-select'],
      'key-figures': [],
      'agreements-matrix': ['agreements-matrix-select'],
    });
  });

  for (const resolution of ['bundler', 'nodenext']) {
    it(`type-checks a TypeScript consumer (moduleResolution ${resolution}, skipLibCheck false) against its declarations`, async () => {
      const {types} = await report();
      const result = types[resolution];
      expect(result.errors, 'tsc errors').to.deep.equal([]);
      expect(result.status, 'tsc exit status').to.equal(0);
      expect(result.packageFiles, "declarations read from the package").to.be.greaterThan(5);
      expect(result.outside, 'declarations read from outside the project').to.deep.equal([]);
    });
  }
});
