import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define/agreements-matrix.js';
import {preRenderedStory} from './prerendered.js';
import {commonArgTypes, themeOf} from './support.js';

interface Args {
  countries?: string;
  highlight?: string;
  fields?: string;
  lang?: string;
  theme?: string;
  src?: string;
  headingLevel?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Agreements matrix',
  component: 'agreements-matrix',
  tags: ['autodocs'],
  argTypes: {
    countries: {
      control: 'text',
      description: 'Comma list of alpha-2 or alpha-3 codes, any case: the columns, in that order (empty: all five)',
    },
    highlight: {
      control: 'select',
      // Empty leaves the attribute off: no column set apart.
      options: ['', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'kgz', 'JP'],
      description: 'A country code among the columns: its column is set apart',
    },
    fields: {
      control: 'text',
      description:
        'Comma list of row ids: energy, transport, education, health, agriculture-water, digital-space, finance-tax, environment-disaster, industry, political (empty: all)',
    },
    ...commonArgTypes,
  },
  render: (args, {globals}) =>
    html`<agreements-matrix
      countries=${args.countries || nothing}
      highlight=${args.highlight || nothing}
      fields=${args.fields || nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, globals)}
      src=${args.src || nothing}
      heading-level=${ifDefined(args.headingLevel ?? undefined)}
    ></agreements-matrix>`,
  parameters: {
    docs: {
      description: {
        component: `Who signed what: one column per Central Asian country, one row per field of cooperation, a ✓
where the country's documents with Japan named a field of the row. The rows are the editors' grouping of each
country's own fields (labelled "Editorial grouping"); hovering, focusing or tapping a ✓ shows the exact field
names its country's documents used, and a ★ marks a row where one of the country's highlights falls. Below
480 px of its own width: one list per row with the countries that named it.

**Keyboard** (the table)

| key | does |
|---|---|
| Tab | moves onto the current ✓ cell (one tab stop), then out of the table |
| ArrowRight / ArrowLeft | next / previous ✓ cell in the row (empty cells skipped) |
| ArrowDown / ArrowUp | next / previous ✓ cell in the column |
| Home / End | first / last ✓ cell in the row |
| Ctrl+Home / Ctrl+End | first / last ✓ cell in the table |
| Enter / Space | opens the cell (its wording stays in the details); again closes it |
| Escape | closes the open cell |

Opening a cell fires \`agreements-matrix-select\` with \`detail: { country, field }\` (alpha-2 code, row id).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AllCountries: Story = {name: 'All countries and fields', args: {}};
export const HighlightKyrgyzstan: Story = {name: 'Kyrgyzstan set apart (highlight)', args: {highlight: 'KG'}};
export const ChosenColumnsAndRows: Story = {
  name: 'Three countries, four fields (countries, fields)',
  args: {countries: 'uzb, KZ, tm', fields: 'energy, transport, education, industry', highlight: 'UZ'},
};
export const Phone: Story = {
  name: 'In a 320 px column (one list per field)',
  args: {},
  render: (args, context) => html`<style>
      .phone-column {
        width: 320px;
      }
    </style>
    <div class="phone-column">${meta.render!(args, context)}</div>`,
};
export const ErrorUnknownCountry: Story = {name: 'Error: unknown country (JP)', args: {countries: 'KZ, JP'}};
export const ErrorUnknownField: Story = {name: 'Error: unknown field (space)', args: {fields: 'energy, space'}};

/** As the server renders it and the browser hydrates it, with the HTML the server wrote (stories/prerendered.ts). */
export const PreRendered: Story = {...preRenderedStory<Args>('agreements-matrix'), name: 'Pre-rendered'};
