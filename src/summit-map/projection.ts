import type {MapFrame} from './geometry.js';

const RADIANS = Math.PI / 180;

/**
 * Where a longitude / latitude falls in a frame, in its viewBox units: the Albers equal-area
 * conic that scripts/build-map.mjs used (d3-geo's `geoConicEqualArea` with the frame's rotation,
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
