// The type of custom-elements.json (made by `npm run analyze`, not committed), so that the code importing
// it (.storybook/preview.ts, stories/builder/widgets.ts) type-checks before it exists (tsconfig.json
// `allowArbitraryExtensions`).
import type {Package} from 'custom-elements-manifest/schema.js';

declare const manifest: Package;
export default manifest;
