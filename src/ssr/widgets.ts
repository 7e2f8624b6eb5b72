// The widgets the server renderer knows (every widget of the registry, src/registry.json), registered in the
// server's custom element registry (Lit's DOM shim), and every part of the bundled dataset (the renderer may
// render any widget).
// The package's define entries are not used here: they load the browser's
// hydration support.
import {usePart} from '../internal/bundled.js';
import {defineElement} from '../internal/define.js';
import {PARTS} from 'summit-widgets:parts';
import {WIDGET_CLASSES} from '../internal/widget-classes.js';

for (const [tag, widget] of WIDGET_CLASSES) defineElement(tag, widget);
// Every part of the bundled dataset, whatever the page holds: the renderer loads every text unit.
for (const part of Object.values(PARTS)) usePart(part);

/** The tags rendered on the server; any other element passes through untouched. */
export const WIDGET_TAGS: ReadonlySet<string> = new Set(WIDGET_CLASSES.keys());
