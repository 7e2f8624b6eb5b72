// `summit-widgets/hydrate.js`: Lit's hydrate support (`@lit-labs/ssr-client`). A page with pre-rendered
// widgets imports it before any widget, so that the widgets keep the server's nodes (and honour
// `defer-hydration`) instead of rendering anew. The loader (`summit-widgets/loader.js`) loads it by itself.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement} from 'lit';

/** Lit's hook for its hydrate support: LitElement's module calls it when it runs after the support. */
type HydrateSupportHook = (lit: {LitElement: typeof LitElement}) => void;

// Where LitElement's module ran first, the support is applied now, through the very hook Lit calls: in the
// CDN build Lit shares one chunk with the widgets' base (one file less on every page), which runs before this
// module; Storybook's renderer imports Lit before a preview's imports. Once only: a class that observes
// `defer-hydration` shows the support is on. No widget is defined before this runs (the loader and a page's
// script order see to it), so none has connected without it.
class Probe extends LitElement {}
if (!Probe.observedAttributes.includes('defer-hydration')) {
  (globalThis as {litElementHydrateSupport?: HydrateSupportHook}).litElementHydrateSupport?.({LitElement});
}
