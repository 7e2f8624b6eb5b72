// d3-geo ships no types; the map test uses it only as the reference for the run-time projection.
declare module 'd3-geo' {
  interface Projection {
    (point: [number, number]): [number, number] | null;
    rotate(angles: [number, number]): Projection;
    parallels(parallels: [number, number]): Projection;
    scale(k: number): Projection;
    translate(): [number, number];
    translate(t: [number, number]): Projection;
  }
  export function geoConicEqualArea(): Projection;
}
