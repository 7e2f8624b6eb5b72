// A TypeScript consumer of the installed package, type-checked by scripts/interop-setup.mjs (with
// moduleResolution "bundler" and "nodenext") against the package's own declarations. Each
// `@ts-expect-error` proves a type is real (not `any`): tsc fails if the line that follows compiles.
import {
  bundledDataset,
  validateDataset,
  SummitTimeline,
  VERSION,
  type Dataset,
  type SummitTimelineSelectDetail,
  type CountryAgreementsChangeDetail,
  type InitiativePillarsToggleDetail,
} from 'summit-widgets';
import 'summit-widgets/summit-timeline.js';
import {CountryAgreements} from 'summit-widgets/country-agreements.js';
import {InitiativePillars} from 'summit-widgets/initiative-pillars.js';
import {KeyFigures} from 'summit-widgets/key-figures.js';
import * as all from 'summit-widgets/all.js';

// The tag map (declared by the tag entries) gives each tag its class.
const timeline: SummitTimeline = document.createElement('summit-timeline');
const agreements: CountryAgreements | null = document.querySelector('country-agreements');
const pillars: InitiativePillars = new all.InitiativePillars();
const figures: KeyFigures = document.createElement('key-figures');
figures.figures = 'summit-documents, business-target';
// @ts-expect-error: a timeline is not a country-agreements element.
const wrong: CountryAgreements = document.createElement('summit-timeline');

// The event map gives each event its detail.
timeline.addEventListener('summit-timeline-select', (event) => {
  const detail: SummitTimelineSelectDetail = event.detail;
  // @ts-expect-error: the detail has no `country`.
  console.log(detail.id.toUpperCase(), event.detail.country);
});
agreements?.addEventListener('country-agreements-change', (event) => {
  const detail: CountryAgreementsChangeDetail = event.detail;
  console.log(detail.country);
});
pillars.addEventListener('initiative-pillars-toggle', (event) => {
  const detail: InitiativePillarsToggleDetail = event.detail;
  const open: boolean = detail.open;
  console.log(detail.pillar, open);
});

// The dataset and its validator.
const data: Dataset = bundledDataset;
const count: number = data.events.length;
// @ts-expect-error: a dataset's events are not a string.
const notText: string = data.events;
// @ts-expect-error: a dataset's figures are not a number.
const figureCount: number = data.figures;
timeline.data = data;
timeline.highlight = 'tokyo-summit-2025';
console.log(validateDataset(data), count, VERSION.length, wrong, notText, all.SummitTimeline === SummitTimeline, figureCount, figures.figures);
