#!/usr/bin/env node
// Makes the interop tests' pages (test/interop/): packs the package as npm would publish it, installs the
// tarball into temporary projects under .interop/ and builds each project's page there.
//
//   .interop/pack/       summit-widgets-<version>.tgz (`npm pack --ignore-scripts`: the build already ran)
//   .interop/plain/      the tarball alone; a page using only its CDN file
//   .interop/react/      the tarball, react, react-dom; a React 19 app bundled by esbuild
//   .interop/vue/        the tarball, vue; a Vue 3 app (template compiled by Vue) bundled by esbuild
//   .interop/double/     the tarball; a page with the CDN file twice and an npm bundle (with its own Lit)
//   .interop/types/      the tarball; a TypeScript consumer checked by tsc (bundler and nodenext resolution)
//   .interop/eleventy/   the tarball, @11ty/eleventy; a site built by Eleventy whose widgets the package's
//                        Node API pre-renders at build time (_site/index.html, the CDN files in _site/cdn/)
//   .interop/report.json what the tests read: the tarball's file list, bundle and type-check results, timings
//
// Every bare import of a bundle must resolve inside its own project (a dependency missing from the
// tarball's package.json fails the bundle instead of being found in the repository's node_modules).
// A bundle or type-check failure is recorded in the report for the tests to fail on; a failing
// `npm pack` or `npm install` stops this script (exit 1).
// Run after the build: `npx rollup -c && npx custom-elements-manifest analyze && node scripts/interop-setup.mjs`.
import {spawn} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, '.interop');
const APPS = join(ROOT, 'test/interop/apps');
const started = performance.now();
const seconds = (since) => Math.round((performance.now() - since) / 100) / 10;

/** The version of `name` installed in the repository, so the projects get what the npm cache holds. */
const installed = (name) => `${name}@${JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version}`;

const PROJECTS = {
  plain: {deps: []},
  react: {deps: [installed('react'), installed('react-dom')], entry: 'main.jsx'},
  vue: {deps: [installed('vue')], entry: 'main.js'},
  double: {deps: [], entry: 'main.js'},
  types: {deps: []},
  eleventy: {deps: [installed('@11ty/eleventy')], site: true},
};

function fail(message, output = '') {
  console.error(`✖ interop setup: ${message}${output ? `\n${output.trim()}` : ''}`);
  process.exit(1);
}

// Under `npm test`, npm hands its own settings down as npm_* variables (npm_config_prefix, npm_config_local_prefix,
// npm_lifecycle_*...): the npm commands below get only those that say where the cache, the registry and its
// certificates are, so each install happens in its own project's folder.
const KEEP = /^npm_config_(cache|userconfig|globalconfig|registry|cafile|https?_proxy|proxy|noproxy)$/i;
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || KEEP.test(key)));
env.npm_config_update_notifier = 'false';

/** Runs a command; resolves with its exit status, its stdout and its combined output. */
function exec(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd, env});
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({status, stdout, output}));
    child.on('error', (error) => resolve({status: -1, stdout, output: String(error)}));
  });
}

for (const file of ['dist/index.js', 'dist/cdn/summit-widgets.js', 'custom-elements.json']) {
  if (!existsSync(join(ROOT, file))) fail(`${file} is missing: build first (npx rollup -c && npx custom-elements-manifest analyze).`);
}
rmSync(OUT, {recursive: true, force: true});
mkdirSync(join(OUT, 'pack'), {recursive: true});

// -- pack ------------------------------------------------------------------------------------------
let time = performance.now();
const pack = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', join(OUT, 'pack')], ROOT);
if (pack.status !== 0) fail('npm pack failed', pack.output);
const packed = JSON.parse(pack.stdout)[0];
const tarball = join(OUT, 'pack', packed.filename);
const timings = {pack: seconds(time)};

// -- each project: copy its app, install the tarball (and its framework) with npm, then build or check it --
/** An esbuild plugin failing any bare import that resolves outside `dir` (e.g. into the repository). */
const stayIn = (dir) => ({
  name: 'stay-in-project',
  setup(esbuild) {
    esbuild.onResolve({filter: /^[^./]/}, async (args) => {
      if (args.pluginData?.inner) return undefined;
      const {kind, importer, resolveDir} = args;
      const result = await esbuild.resolve(args.path, {kind, importer, resolveDir, pluginData: {inner: true}});
      if (result.errors.length || result.external || result.path.startsWith(dir + sep)) return result;
      return {errors: [{text: `"${args.path}" resolves outside .interop/${relative(OUT, dir)}: ${result.path}`}]};
    });
  },
});

/** Bundles the project's app into app.js with esbuild; returns what went in, or the errors. */
async function bundle(name, dir, entry) {
  try {
    const result = await build({
      absWorkingDir: dir,
      entryPoints: [entry],
      outfile: 'app.js',
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      // Development builds: React and Vue report misuse (unknown elements, bad listeners) as console warnings.
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      // Vue with its template compiler, as a Vite project aliases it.
      alias: name === 'vue' ? {vue: 'vue/dist/vue.esm-bundler.js'} : {},
      plugins: [stayIn(dir)],
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    return {
      errors: [],
      // The package's files that went in, and how many of Lit's.
      packageFiles: inputs.filter((path) => path.startsWith('node_modules/summit-widgets/')),
      litFiles: inputs.filter((path) => /^node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(path)).length,
    };
  } catch (error) {
    return {errors: (error.errors ?? [{text: String(error)}]).map((e) => `${e.text}${e.location ? ` (${e.location.file}:${e.location.line})` : ''}`)};
  }
}

/** tsc on the TypeScript consumer (consumer.mts) with one of the module resolutions a project may use. */
async function typeCheck(dir, resolution) {
  const config = `tsconfig.${resolution}.json`;
  const compilerOptions = {
    target: 'ES2022',
    module: resolution === 'bundler' ? 'ES2022' : 'NodeNext',
    moduleResolution: resolution,
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  writeFileSync(join(dir, config), `${JSON.stringify({compilerOptions, files: ['consumer.mts']}, null, 2)}\n`);
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const result = await exec('node', [tsc, '-p', config, '--listFiles', '--pretty', 'false'], dir);
  const lines = result.output.split('\n').filter(Boolean);
  const files = lines.filter((line) => line.startsWith('/'));
  return {
    status: result.status,
    errors: lines.filter((line) => !line.startsWith('/')),
    // Declarations read from outside the project (but TypeScript's own lib files) would hide a missing dependency.
    outside: files.filter((file) => !file.startsWith(dir + sep) && !file.includes('/node_modules/typescript/lib/')),
    packageFiles: files.filter((file) => file.includes('/node_modules/summit-widgets/')).length,
  };
}

const bundles = {};
const types = {};
const sites = {};
await Promise.all(
  Object.entries(PROJECTS).map(async ([name, {deps, entry, site}]) => {
    const dir = join(OUT, name);
    mkdirSync(dir, {recursive: true});
    cpSync(join(APPS, name), dir, {recursive: true});
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({name: `interop-${name}`, private: true, type: 'module'}, null, 2)}\n`);
    let time = performance.now();
    const args = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...deps];
    const result = await exec('npm', args, dir);
    if (result.status !== 0) fail(`npm ${args.join(' ')} in .interop/${name} failed`, result.output);
    timings[`install ${name}`] = seconds(time);
    time = performance.now();
    if (entry) {
      bundles[name] = await bundle(name, dir, entry);
      timings[`bundle ${name}`] = seconds(time);
    } else if (site) {
      const eleventy = await exec('node', ['node_modules/@11ty/eleventy/cmd.cjs', '--quiet'], dir);
      sites[name] = {status: eleventy.status, output: eleventy.output.trim()};
      timings[`build ${name}`] = seconds(time);
    } else if (name === 'types') {
      for (const resolution of ['bundler', 'nodenext']) types[resolution] = await typeCheck(dir, resolution);
      timings['types check'] = seconds(time);
    }
  })
);
timings.total = seconds(started);

writeFileSync(
  join(OUT, 'report.json'),
  `${JSON.stringify(
    {
      tarball: {filename: packed.filename, size: packed.size, unpackedSize: packed.unpackedSize, files: packed.files.map((file) => file.path)},
      projects: Object.fromEntries(Object.entries(PROJECTS).map(([name, {deps}]) => [name, {deps}])),
      bundles,
      types,
      sites,
      timings,
    },
    null,
    2
  )}\n`
);

const problems = [
  ...Object.entries(bundles).flatMap(([name, {errors}]) => errors.map((error) => `bundle ${name}: ${error}`)),
  ...Object.entries(types).flatMap(([resolution, {status, errors}]) => (status ? [`types (${resolution}): ${errors.join(' | ')}`] : [])),
  ...Object.entries(sites).flatMap(([name, {status, output}]) => (status ? [`site ${name}: ${output}`] : [])),
];
console.log(
  `interop: packed ${packed.filename} (${packed.files.length} files, ${Math.round(packed.size / 1024)} kB) in ${timings.pack} s; ` +
    `installed into ${Object.keys(PROJECTS).length} projects, bundled and type-checked in ${Math.round((timings.total - timings.pack) * 10) / 10} s ` +
    `(types ${timings['types check']} s); ${timings.total} s in all` +
    (problems.length ? `\n  problems (the interop tests will fail on them):\n  ${problems.join('\n  ')}` : '')
);
