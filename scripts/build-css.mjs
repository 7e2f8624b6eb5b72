#!/usr/bin/env node
// After the rollup build: dist/cdn/summit-widgets.css (every widget's styles, for shadow roots that
// link a stylesheet under a strict CSP: `summit-widgets render --stylesheet`), made by the built
// server renderer from the widgets' own styles, and dist/cdn/reserve.css (src/cdn/reserve.css).
import {copyFileSync, mkdirSync, writeFileSync} from 'node:fs';

const {stylesheet} = await import('../dist/ssr/index.js');
mkdirSync('dist/cdn', {recursive: true});
writeFileSync('dist/cdn/summit-widgets.css', stylesheet());
copyFileSync('src/cdn/reserve.css', 'dist/cdn/reserve.css');
