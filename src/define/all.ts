// Registers every widget of the registry (src/registry.json): `summit-widgets/all.js`, and the CDN build's
// summit-widgets.js.
import {defineElement} from '../internal/define.js';
import {WIDGET_CLASSES} from '../internal/widget-classes.js';

for (const [tag, widget] of WIDGET_CLASSES) defineElement(tag, widget);

export * from '../widgets.js';
