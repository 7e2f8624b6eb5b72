/**
 * Label placement for the map, computed in render from data alone (nothing is measured, so the
 * server renders the same labels as the browser).
 *
 * The labels are SVG text in CSS pixels, positioned in percent of their frame (an `<svg>` without
 * a viewBox), so they keep their size while the shapes scale with the frame. What changes with the
 * frame's width is how far apart the labels' anchors are. So each frame gets one label set per
 * width band (BANDS); CSS container queries show the set of the frame's current width. A set is
 * placed so that no two labels overlap, and no label covers a city marker or leaves the frame, at
 * both ends of its band: a label's position is linear in the frame's width, so a separation that
 * holds at both ends holds in between. A label that finds no free place in a band is left out of
 * that band (the neighbours' names first: they come last).
 *
 * Text widths are estimated from the characters (the font is the page's), generously: CJK as
 * 1 em, capitals 0.72 em, other letters 0.6 em, plus a 2 px halo on each side. A line is 1.25 em
 * high; CJK text fills 1.6 em (its fonts' ascent and descent: 1.42 em in Chromium, up to 1.57 em in
 * Firefox, measured).
 */

/** Frame widths (CSS px) where the label set changes; a band runs from one to the next. */
export const BANDS = [0, 340, 420, 520, 640, 800] as const;
/** The widths a band's labels are checked at (the first band from the frame's narrowest, the last up to MAX_WIDTH). */
const MIN_WIDTH = 280;
const MAX_WIDTH = 1200;

/** The map shows its frames side by side from this width (CSS px), in columns weighted by columnWeight. */
export const SIDE_BY_SIDE_FROM = 600;
/** A frame's column weight side by side: its width in viewBox units, Japan's enlarged. */
export const columnWeight = (frame: {id: string; width: number}): number => frame.width * (frame.id === 'jp' ? 1.2 : 1);
/**
 * The narrowest a frame is drawn: MIN_WIDTH one above the other, or its share of a map just wide
 * enough to put them side by side (less a gap of up to 1 em): Japan's frame is about 220 px there.
 */
export function narrowestWidth(frames: readonly {id: string; width: number}[], index: number): number {
  const total = frames.reduce((sum, frame) => sum + columnWeight(frame), 0);
  return Math.min(MIN_WIDTH, Math.floor(((SIDE_BY_SIDE_FROM - 16) * columnWeight(frames[index])) / total));
}

export type LabelKind = 'country' | 'city' | 'neighbour' | 'sea';

/** Below this frame width (a band's start), every label is 12 px. */
export const SMALL_LABELS_BELOW = 420;
export const SMALL_LABEL_SIZE = 12;
/** Font size (px) and weight factor of each kind of label: the styles use the same numbers. */
export const LABEL_FONT: Record<LabelKind, {size: number; bold: boolean}> = {
  country: {size: 14, bold: true},
  city: {size: 13, bold: false},
  neighbour: {size: 12, bold: false},
  sea: {size: 12, bold: false},
};

export interface LabelRequest {
  /** What the label names (a place key, or `n:RU`, `sea`). */
  key: string;
  kind: LabelKind;
  text: string;
  /** Anchor in viewBox units. */
  x: number;
  y: number;
  /** Index in `markers` of the label's own marker (a city's), which it may touch. */
  marker?: number;
  /** A country's own character in the ownership grid: its name may cover its own cells. */
  own?: string;
}

/** Which of the six countries covers where (see MapFrame.grid): `cell` viewBox units per cell. */
export interface OwnershipGrid {
  cells: string;
  cell: number;
  columns: number;
}

/** Share of a label's cells that may belong to another country: a name stays on its own country or off the six. */
const FOREIGN = {country: 0.5, neighbour: 0.08, sea: 0.3, city: 1} as const;

export interface Marker {
  x: number;
  y: number;
  /** Radius in CSS px. */
  r: number;
}

/** A placed label: anchor in percent of the frame, offset in px, alignment. */
export interface PlacedLabel {
  key: string;
  kind: LabelKind;
  text: string;
  /** Anchor, percent of the frame's width and height. */
  xPercent: string;
  yPercent: string;
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** A label set away from its marker: the end (px from the anchor) of a line drawn from the marker. */
  leader?: readonly [number, number];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const HALO = 2;
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const CAPITAL = /[A-ZА-ЯЁ]/;

/** Estimated width of `text` in px at `size`. */
function textWidth(text: string, size: number, bold: boolean): number {
  let em = 0;
  for (const char of text) em += CJK.test(char) ? 1 : char === ' ' ? 0.32 : CAPITAL.test(char) ? 0.72 : 0.6;
  return em * size * (bold ? 1.08 : 1) + 2 * HALO;
}

interface Candidate {
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  leader?: boolean;
}

/** Where a label may go around its anchor, best first. */
function candidates(kind: LabelKind, lineHeight: number): Candidate[] {
  if (kind === 'city') {
    const gap = 9;
    const up = -(lineHeight / 2 + 3);
    const down = lineHeight / 2 + 3;
    return [
      {dx: gap, dy: 0, anchor: 'start'},
      {dx: -gap, dy: 0, anchor: 'end'},
      {dx: gap - 2, dy: up, anchor: 'start'},
      {dx: gap - 2, dy: down, anchor: 'start'},
      {dx: 2 - gap, dy: up, anchor: 'end'},
      {dx: 2 - gap, dy: down, anchor: 'end'},
      {dx: 0, dy: -(lineHeight / 2 + gap), anchor: 'middle'},
      {dx: 0, dy: lineHeight / 2 + gap, anchor: 'middle'},
      // Further out, with a leader line to the marker.
      ...[1, -1].flatMap((side) =>
        [-1, 1, -2, 2].map((row): Candidate => ({dx: side * (gap + 16), dy: row * (lineHeight + 2), anchor: side > 0 ? 'start' : 'end', leader: true}))
      ),
      {dx: 0, dy: -(lineHeight * 1.5 + gap + 8), anchor: 'middle', leader: true},
      {dx: 0, dy: lineHeight * 1.5 + gap + 8, anchor: 'middle', leader: true},
    ];
  }
  // Countries, the sea and neighbours: centred on the anchor, else as close to it as there is room
  // (countries may move further: a small country's name can sit beside it).
  const reach = kind === 'country' ? 5 : 2;
  const list: Candidate[] = [];
  for (let row = -reach; row <= reach; row++) {
    for (let shift = -reach; shift <= reach; shift++) list.push({dx: shift * 18, dy: row * lineHeight * 0.8, anchor: 'middle'});
  }
  return list.sort((a, b) => Math.hypot(a.dx, a.dy * 1.5) - Math.hypot(b.dx, b.dy * 1.5));
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places `labels` (in priority order) in a frame `width` × `height` viewBox units, for each band
 * of BANDS, avoiding each other and `markers`. Returns one list of placed labels per band.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  markers: readonly Marker[],
  width: number,
  height: number,
  grid?: OwnershipGrid,
  minWidth = MIN_WIDTH
): PlacedLabel[][] {
  /** The grid cell under a point (px at scale `s`). */
  const ownerAt = (x: number, y: number, s: number): string =>
    grid ? (grid.cells[Math.floor(y / s / grid.cell) * grid.columns + Math.floor(x / s / grid.cell)] ?? '.') : '.';
  /**
   * Share of the grid cells under `box` (px at scale `s`) that are another country's; 1 when the
   * centre of a name (not a city's) is on another of the six countries.
   */
  const foreign = (box: Box, s: number, own: string | undefined, kind: LabelKind): number => {
    if (!grid) return 0;
    const centre = ownerAt((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, s);
    if (kind !== 'city' && centre !== '.' && centre !== own) return 1;
    const {cells, cell, columns} = grid;
    let all = 0;
    let other = 0;
    let mine = 0;
    for (let row = Math.floor(box.y0 / s / cell); row * cell * s <= box.y1; row++) {
      for (let column = Math.floor(box.x0 / s / cell); column * cell * s <= box.x1; column++) {
        const cx = (column + 0.5) * cell * s;
        const cy = (row + 0.5) * cell * s;
        if (cx < box.x0 || cx > box.x1 || cy < box.y0 || cy > box.y1) continue;
        const owner = cells[row * columns + column] ?? '.';
        all++;
        if (owner === own) mine++;
        else if (owner !== '.') other++;
      }
    }
    // A country's name beside its country still touches it.
    if (kind === 'country' && !mine) return 1;
    return all ? other / all : 0;
  };
  return BANDS.map((from, band) => {
    const to = BANDS[band + 1] ?? MAX_WIDTH;
    const scales = [Math.max(from, minWidth) / width, to / width];
    const markerBoxes: Box[][] = scales.map((s) =>
      markers.map((m) => ({x0: m.x * s - m.r - 1, y0: m.y * s - m.r - 1, x1: m.x * s + m.r + 1, y1: m.y * s + m.r + 1}))
    );
    const taken: Box[][] = scales.map(() => []);
    const placed: PlacedLabel[] = [];
    for (const label of labels) {
      const font = LABEL_FONT[label.kind];
      const size = from < SMALL_LABELS_BELOW ? SMALL_LABEL_SIZE : font.size;
      const lineHeight = size * 1.25;
      // The box a label's text fills: taller with CJK text (its fonts' ascent and descent).
      const boxHeight = CJK.test(label.text) ? size * 1.6 : lineHeight;
      const w = textWidth(label.text, size, font.bold);
      for (const c of candidates(label.kind, lineHeight)) {
        const boxes = scales.map((s) => {
          const x = label.x * s + c.dx;
          const y = label.y * s + c.dy;
          const x0 = c.anchor === 'start' ? x - HALO : c.anchor === 'end' ? x - w + HALO : x - w / 2;
          return {x0, y0: y - boxHeight / 2, x1: x0 + w, y1: y + boxHeight / 2};
        });
        const fits = boxes.every(
          (box, i) =>
            box.x0 >= 1 &&
            box.y0 >= 1 &&
            box.x1 <= width * scales[i] - 1 &&
            box.y1 <= height * scales[i] - 1 &&
            !taken[i].some((other) => overlaps(box, other)) &&
            !markerBoxes[i].some((other, m) => m !== label.marker && overlaps(box, other)) &&
            foreign(box, scales[i], label.own, label.kind) <= FOREIGN[label.kind]
        );
        if (!fits) continue;
        boxes.forEach((box, i) => taken[i].push(box));
        placed.push({
          key: label.key,
          kind: label.kind,
          text: label.text,
          xPercent: `${((label.x / width) * 100).toFixed(2)}%`,
          yPercent: `${((label.y / height) * 100).toFixed(2)}%`,
          dx: Math.round(c.dx * 10) / 10,
          dy: Math.round(c.dy * 10) / 10,
          anchor: c.anchor,
          leader: c.leader
            ? [Math.round(c.anchor === 'start' ? c.dx - HALO : c.anchor === 'end' ? c.dx + HALO : 0), Math.round(c.anchor === 'middle' ? c.dy + (c.dy > 0 ? -1 : 1) * lineHeight * 0.45 : c.dy)]
            : undefined,
        });
        break;
      }
    }
    return placed;
  });
}
