import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import './builder/embed-builder.js';

/**
 * The Embed builder: a web producer chooses a widget and its attributes, sees it at a column width on a
 * light or dark page, and copies a snippet (CDN, pre-rendered, npm). First in the sidebar
 * (`storySort` in .storybook/preview.ts). The builder itself is stories/builder/, not the package.
 */
const meta: Meta = {
  title: 'Embed builder',
  parameters: {
    layout: 'fullscreen',
    controls: {disable: true},
    docs: {disable: true},
  },
};
export default meta;

export const EmbedBuilder: StoryObj = {
  name: 'Embed builder',
  render: () => html`<summit-embed-builder></summit-embed-builder>`,
};
