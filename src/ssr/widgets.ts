// The widgets the server renderer knows, registered in the server's custom element registry
// (Lit's DOM shim), and every part of the bundled dataset (the renderer may render any widget).
// The package's define entries are not used here: they load the browser's
// hydration support.
import {AgreementsMatrix} from '../agreements-matrix/agreements-matrix.js';
import {CountryAgreements} from '../country-agreements/country-agreements.js';
import {InitiativePillars} from '../initiative-pillars/initiative-pillars.js';
import {usePart} from '../internal/bundled.js';
import {defineElement, type VersionedElement} from '../internal/define.js';
import {PARTS} from 'summit-widgets:parts';
import {KeyFigures} from '../key-figures/key-figures.js';
import {SummitMap} from '../summit-map/summit-map.js';
import {SummitTimeline} from '../summit-timeline/summit-timeline.js';

const WIDGETS: Record<string, VersionedElement> = {
  'summit-timeline': SummitTimeline,
  'country-agreements': CountryAgreements,
  'initiative-pillars': InitiativePillars,
  'summit-map': SummitMap,
  'key-figures': KeyFigures,
  'agreements-matrix': AgreementsMatrix,
};

for (const [tag, widget] of Object.entries(WIDGETS)) defineElement(tag, widget);
// Every part of the bundled dataset, whatever the page holds: the renderer loads every text unit.
for (const part of Object.values(PARTS)) usePart(part);

/** The tags rendered on the server; any other element passes through untouched. */
export const WIDGET_TAGS: ReadonlySet<string> = new Set(Object.keys(WIDGETS));
