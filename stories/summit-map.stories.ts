import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define/summit-map.js';
import {preRenderedStory} from './prerendered.js';
import {commonArgTypes, themeOf} from './support.js';

interface Args {
  highlight?: string;
  show?: string;
  lang?: string;
  theme?: string;
  src?: string;
  headingLevel?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Summit map',
  component: 'summit-map',
  tags: ['autodocs'],
  argTypes: {
    highlight: {
      control: 'select',
      // Empty leaves the attribute off: no panel open.
      options: ['', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'JP', 'jpn', 'astana', 'tashkent', 'ashgabat', 'dushanbe', 'bishkek', 'tokyo', 'Samarkand'],
      description: 'A country code (alpha-2 or alpha-3, any case) or a city id: its panel is open on load',
    },
    show: {
      control: 'text',
      description: 'Comma list of capitals, venues, neighbours (empty: all)',
    },
    ...commonArgTypes,
  },
  render: (args, {globals}) =>
    html`<summit-map
      highlight=${args.highlight || nothing}
      show=${args.show || nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, globals)}
      src=${args.src || nothing}
      heading-level=${ifDefined(args.headingLevel ?? undefined)}
    ></summit-map>`,
  parameters: {
    docs: {
      description: {
        component: `A locator map: the five Central Asian countries and Japan among their neighbours, the capitals,
and the cities where the Dialogue met, each with its facts. Central Asia and an inset of Japan, each an Albers
equal-area conic centred on its region, side by side from 600 px of the map's width and one above the other
below; labels stay 12–14 px at any width. Shapes: Natural Earth 1:50m (de facto borders), prepared at build time.

**Keyboard**

| key | does |
|---|---|
| Tab | moves onto the map (one tab stop), then on |
| ArrowRight / ArrowDown, ArrowLeft / ArrowUp | next / previous place (west to east, each country then its cities) |
| Home / End | first / last place |
| Enter / Space | opens the place's panel (focus moves into it); again closes it |
| Escape | closes the panel; focus returns to its place |

Opening a place fires \`summit-map-select\` with \`detail: { kind: 'country' | 'city', id }\`.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const WholeMap: Story = {name: 'Whole map', args: {}};
export const TokyoOpen: Story = {name: 'Tokyo open (highlight)', args: {highlight: 'tokyo'}};
export const KazakhstanOpen: Story = {name: 'Kazakhstan open (highlight)', args: {highlight: 'KZ'}};
export const VenuesOnly: Story = {name: 'Meeting cities only (show="venues")', args: {show: 'venues'}};
export const Phone: Story = {
  name: 'In a 320 px column',
  args: {},
  render: (args, context) => html`<style>
      .phone-column {
        width: 320px;
      }
    </style>
    <div class="phone-column">${meta.render!(args, context)}</div>`,
};
export const ErrorUnknownHighlight: Story = {name: 'Error: unknown highlight (Samarkand)', args: {highlight: 'Samarkand'}};

/** As the server renders it and the browser hydrates it, with the HTML the server wrote (stories/prerendered.ts). */
export const PreRendered: Story = {...preRenderedStory<Args>('summit-map'), name: 'Pre-rendered'};
