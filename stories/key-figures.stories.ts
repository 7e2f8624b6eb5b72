import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define/key-figures.js';
import {preRenderedStory} from './prerendered.js';
import {commonArgTypes, themeOf} from './support.js';

interface Args {
  figures?: string;
  lang?: string;
  theme?: string;
  src?: string;
  headingLevel?: number;
}

const FIGURE_IDS = ['summit-documents', 'business-target', 'years-to-first-summit', 'foreign-ministers-meetings', 'summit-presidents'];

const meta: Meta<Args> = {
  title: 'Widgets/Key figures',
  component: 'key-figures',
  tags: ['autodocs'],
  argTypes: {
    figures: {
      control: 'text',
      description: `Comma list of figure ids, shown in that order (empty: all): ${FIGURE_IDS.join(', ')}`,
    },
    ...commonArgTypes,
  },
  render: (args, {globals}) =>
    html`<key-figures
      figures=${args.figures || nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, globals)}
      src=${args.src || nothing}
      heading-level=${ifDefined(args.headingLevel ?? undefined)}
    ></key-figures>`,
  parameters: {
    docs: {
      description: {
        component: `The summit's numbers as tiles: each figure with what exactly it counts, its source (linked)
and the date it holds for. "More than" and "about" stay as the sources say them; no figure is added up from
others. The foreign ministers' meetings, the years from the launch to the summit and the presidents are also
counted from the dataset, and checked against the sourced numbers. The tiles wrap by the widget's own width:
one column at 300 px, the five figures in one row at 1200 px.

**Keyboard**: nothing to operate but links.

| key | does |
|---|---|
| Tab / Shift+Tab | moves through the tiles' source links in reading order, then the Sources summary and its links |
| Enter on a link | opens the source (in a new tab) |
| Enter or Space on Sources | opens or closes the sources |`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AllFigures: Story = {name: 'All five figures', args: {}};
export const TwoFigures: Story = {name: 'Two figures, in this order (figures)', args: {figures: 'business-target, summit-documents'}};
export const Sidebar: Story = {
  name: 'In a 300 px column',
  args: {},
  render: (args, context) => html`<style>
      .sidebar-column {
        width: 300px;
      }
    </style>
    <div class="sidebar-column">${meta.render!(args, context)}</div>`,
};
export const ErrorUnknownFigure: Story = {name: 'Error: unknown figure id (gdp)', args: {figures: 'summit-documents, gdp'}};

/** As the server renders it and the browser hydrates it, with the HTML the server wrote (stories/prerendered.ts). */
export const PreRendered: Story = {...preRenderedStory<Args>('key-figures'), name: 'Pre-rendered'};
