/**
 * One frame of the map: its size in viewBox units, projection, shapes and label anchors. geometry.ts holds
 * them, written by build-geometry.mjs; the type is here, by hand.
 */
export interface MapFrame {
  id: 'ca' | 'jp';
  width: number;
  height: number;
  /**
   * Albers equal-area conic: central meridian, two standard parallels (degrees), then scale and
   * translation in viewBox units (see `project`).
   */
  projection: readonly [number, number, number, number, number, number];
  /** Each of the Dialogue's countries in the frame (ISO alpha-2): relative SVG path data, even-odd rings. */
  shapes: Readonly<Record<string, string>>;
  /** Every other country, merged into one shape. */
  land: string;
  /** Borders between those other countries. */
  borders: string;
  /** Label points (countries by alpha-2, `caspian`): inside the country, or in the sea. */
  anchors: Readonly<Record<string, readonly [number, number]>>;
  /**
   * Which of `shapes` covers each GRID_CELL × GRID_CELL cell, row by row: the index of its key in
   * `shapes`, or `.` for neighbours and sea.
   */
  grid: string;
}

const RADIANS = Math.PI / 180;

/**
 * Where a longitude / latitude falls in a frame, in its viewBox units: the Albers equal-area
 * conic that build-geometry.mjs used (d3-geo's `geoConicEqualArea` with the frame's rotation,
 * parallels, scale and translation), written out so that no geographic library ships. It places
 * the cities of any dataset; the shapes were projected at build time.
 */
export function project(frame: MapFrame, lon: number, lat: number): [number, number] {
  const [lon0, phi1, phi2, k, tx, ty] = frame.projection;
  const sin1 = Math.sin(phi1 * RADIANS);
  const n = (sin1 + Math.sin(phi2 * RADIANS)) / 2;
  const c = 1 + sin1 * (2 * n - sin1);
  const r0 = Math.sqrt(c) / n;
  // Longitude from the central meridian, in -180..180.
  const lambda = ((((lon - lon0 + 180) % 360) + 360) % 360) - 180;
  const r = Math.sqrt(c - 2 * n * Math.sin(lat * RADIANS)) / n;
  const angle = lambda * RADIANS * n;
  return [tx + k * r * Math.sin(angle), ty - k * (r0 - r * Math.cos(angle))];
}

/** The frame a point falls in (the first one), or undefined when it is in none. */
export function frameOf(frames: readonly MapFrame[], lon: number, lat: number): MapFrame | undefined {
  return frames.find((frame) => {
    const [x, y] = project(frame, lon, lat);
    return x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
  });
}
