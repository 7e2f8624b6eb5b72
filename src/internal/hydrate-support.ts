// Lit's hydration support. It must run before LitElement is defined, so every registering
// entry (src/define/*) imports this module first: a pre-rendered widget is then hydrated
// (its server-rendered nodes kept) instead of rendered again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
