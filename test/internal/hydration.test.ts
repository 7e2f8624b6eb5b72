import {expect} from '@open-wc/testing';
import '../kit/test-element.js';

// src/internal/hydration.ts repeats the `createRenderRoot` and `update` patches of @lit-labs/ssr-client's
// lit-element-hydrate-support.ts and reads Lit's private `_$litPart$`: checked against lit-element 4.2.2.
// Another Lit means reading that file again against the new Lit's hydrate support, then moving this pin.
const CHECKED_AGAINST = '4.2.2';

describe('Hydratable (internal/hydration.ts)', () => {
  it(`is pinned to the lit-element it was checked against (${CHECKED_AGAINST})`, () => {
    expect((globalThis as {litElementVersions?: string[]}).litElementVersions).to.deep.equal([CHECKED_AGAINST]);
  });
});
