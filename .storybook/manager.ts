import {addons} from 'storybook/manager-api';

// The Embed builder is a page of its own, with its own controls: no addon panel under it (Actions,
// Interactions have nothing to say there). Every other story keeps the panel as the user left it.
const BUILDER = 'embed-builder--embed-builder';

addons.setConfig({
  layoutCustomisations: {
    showPanel: (state, defaultValue) => (state.storyId === BUILDER ? false : defaultValue),
  },
});
