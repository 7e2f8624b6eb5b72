import {css, unsafeCSS} from 'lit';
import {FRAMES} from './geometry.js';
import {BANDS, columnWeight, LABEL_FONT, SIDE_BY_SIDE_FROM, SMALL_LABEL_SIZE, SMALL_LABELS_BELOW} from './labels.js';

const [ca, jp] = FRAMES;

/**
 * One label set per width band of the frame (see labels.ts): the band's set is shown, the others
 * not; the narrow bands' labels are all 12 px. Written out from BANDS so that the placement and
 * the styles cannot disagree.
 */
export const mapBandStyles = unsafeCSS(
  [
    // Side by side from SIDE_BY_SIDE_FROM (labels.ts places Japan's labels for its column there), else one above the other.
    `@container map (min-width: ${SIDE_BY_SIDE_FROM}px) { .frames { grid-template-columns: ${columnWeight(ca)}fr ${columnWeight(jp)}fr; align-items: start; } }`,
    `.frame-ca .frame-svg { aspect-ratio: ${ca.width} / ${ca.height}; }`,
    `.frame-jp .frame-svg { aspect-ratio: ${jp.width} / ${jp.height}; }`,
    ...Object.entries(LABEL_FONT).map(([kind, font]) => `.label-${kind} { font-size: ${font.size}px; }`),
  ].join('\n') +
    '\n' +
  BANDS.map((from, band) => {
    const show = `.band-${band} { display: inline; }`;
    const hide = BANDS.map((_, other) => (other === band ? '' : `.band-${other} { display: none; }`)).join(' ');
    const small = from < SMALL_LABELS_BELOW ? ` .band-${band} .label { font-size: ${SMALL_LABEL_SIZE}px; }` : '';
    return (band === 0 ? show : `@container frame (min-width: ${from}px) { ${show} ${hide} }`) + small;
  }).join('\n')
);

/** Layout of `<summit-map>`: by the map's own width (container queries), never by measuring. */
export const mapStyles = css`
  .sw {
    --_water: var(--sw-map-water, light-dark(#d6e6f2, #18293a));
    --_land: var(--sw-map-land, light-dark(#e4e4e0, #34373d));
    --_land-line: light-dark(#a9a9a3, #5f636b);
    --_country: var(--sw-map-country, light-dark(#f0d9a6, #6a5a35));
    --_country-line: light-dark(#6f5a30, #e0c88f);
    --_sea-text: light-dark(#24506f, #a9cde6);
  }
  .intro {
    margin: 0 0 0.75em;
  }
  .toolbar {
    margin-bottom: 0.75em;
  }
  .view-toggle,
  .close {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2.75rem;
    padding: 0.4em 0.9em;
    cursor: pointer;
  }
  .view-toggle[aria-pressed='true'] {
    color: var(--_accent-text);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .view-toggle::before {
    content: '☐ ' / '';
  }
  .view-toggle[aria-pressed='true']::before {
    content: '☑ ' / '';
  }

  /* The map: frames side by side from SIDE_BY_SIDE_FROM (mapBandStyles), else one above the other. */
  .map {
    container: map / inline-size;
  }
  .frames {
    display: grid;
    gap: 0.5em;
    max-width: 75rem;
  }
  .frame {
    container: frame / inline-size;
    margin: 0;
    min-width: 0;
  }
  .frame-svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .caption {
    font-size: 0.875em;
    color: var(--_muted);
    margin-top: 0.25em;
  }
  .water {
    fill: var(--_water);
  }
  .land {
    fill: var(--_land);
  }
  .borders {
    fill: none;
    stroke: var(--_land-line);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
  }
  .country {
    fill: var(--_country);
    fill-rule: evenodd;
    stroke: var(--_country-line);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
  }
  .country:hover {
    fill: color-mix(in srgb, var(--_country) 80%, var(--_text));
  }
  .country.open {
    fill: var(--_highlight);
    stroke-width: 2.5px;
  }
  /* The focused country's outline, drawn over its neighbours. */
  .ring {
    fill: none;
    fill-rule: evenodd;
    stroke: var(--_focus);
    stroke-width: 3px;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
    visibility: hidden;
  }
  .frames:has(.country:focus-visible) .ring {
    visibility: visible;
  }

  .city {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .venue-mark {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2.5px;
  }
  .capital-mark {
    fill: var(--_text);
  }
  .city.open .venue-mark,
  .city.open:not(:has(.venue-mark)) .capital-mark {
    fill: var(--_highlight);
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3px;
    visibility: hidden;
  }
  .city:focus-visible .focus-ring {
    visibility: visible;
  }

  .labels {
    display: none;
  }
  .leader line {
    stroke: var(--_text);
    stroke-width: 1px;
  }
  .label {
    dominant-baseline: central;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .label-country {
    font-weight: 700;
    cursor: pointer;
  }
  .label-city {
    cursor: pointer;
  }
  .label-neighbour {
    fill: var(--_muted);
    stroke: var(--_land);
  }
  .label-sea {
    font-style: italic;
    fill: var(--_sea-text);
    stroke: var(--_water);
  }


  .below {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    align-items: baseline;
    margin-top: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    gap: 1em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .key-capital,
  .key-venue {
    display: inline-block;
    border-radius: 50%;
  }
  .key-capital {
    width: 7px;
    height: 7px;
    background: var(--_text);
  }
  .key-venue {
    width: 13px;
    height: 13px;
    border: 2.5px solid var(--_accent);
  }
  .keys {
    margin: 0;
  }

  .panel {
    position: relative;
    margin-top: var(--_space);
    padding: 0.75em 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .panel .close {
    float: inline-end;
    margin: 0 0 0.5em 0.5em;
    min-width: 2.75rem;
    font-size: 1.25em;
    line-height: 1;
  }
  .place-heading,
  .subheading {
    font-size: 1.05em;
    line-height: 1.3;
    margin: 0 0 0.4em;
  }
  .subheading {
    margin-top: 0.75em;
  }
  .meta {
    margin: 0 0 0.5em;
    display: grid;
    gap: 0.25em;
  }
  .meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .meta dt {
    color: var(--_muted);
  }
  .meta dt::after {
    content: ':';
  }
  .meta dd {
    margin: 0;
    font-weight: 600;
  }
  .where,
  .none,
  .panel p,
  .list p {
    margin: 0 0 0.4em;
  }
  .facts-label {
    color: var(--_muted);
  }
  .fields,
  .meetings {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .places {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  @container (min-width: 40rem) {
    .places {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  /* Map view: the list is for screen readers only (visually-hidden); list view: the list instead of the map. */
  .list-mode .map {
    display: none;
  }

  @media (forced-colors: active) {
    .water,
    .land {
      fill: Canvas;
    }
    .borders {
      stroke: GrayText;
    }
    .country {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5px;
    }
    .country.open,
    .city.open .venue-mark,
    .city.open:not(:has(.venue-mark)) .capital-mark {
      fill: Highlight;
    }
    .ring,
    .focus-ring {
      stroke: Highlight;
    }
    .venue-mark {
      fill: Canvas;
      stroke: CanvasText;
    }
    .capital-mark {
      fill: CanvasText;
    }
    .leader line {
      stroke: CanvasText;
    }
    .label,
    .label-neighbour,
    .label-sea {
      fill: CanvasText;
      stroke: Canvas;
    }
    .key-capital {
      background: CanvasText;
    }
    .key-venue {
      border-color: CanvasText;
    }
    .panel {
      border-inline-start-color: Highlight;
    }
  }

  /* No script, and paper: the map and every place's facts; nothing to press. */
  @media (scripting: none), print {
    .toolbar,
    .keys {
      display: none;
    }
    .list.visually-hidden {
      position: static;
      width: auto;
      height: auto;
      margin: var(--_space) 0 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
  @media print {
    .panel {
      display: none;
    }
    .list-mode .map {
      display: block;
    }
    .frame,
    .places > li {
      break-inside: avoid;
    }
  }
`;
