import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define/country-agreements.js';
import {preRenderedStory} from './prerendered.js';
import {commonArgTypes, themeOf} from './support.js';

interface Args {
  country?: string;
  lang?: string;
  theme?: string;
  src?: string;
  headingLevel?: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Country agreements',
  component: 'country-agreements',
  tags: ['autodocs'],
  argTypes: {
    country: {
      control: 'select',
      // Empty leaves the attribute off: all five countries behind the tab list.
      options: ['', 'KZ', 'KG', 'TJ', 'TM', 'UZ', 'kaz', 'uzb', 'XX', 'JP'],
      description: 'ISO 3166-1 alpha-2 or alpha-3 code, any case; empty: all countries behind a tab list',
    },
    ...commonArgTypes,
  },
  render: (args, {globals}) =>
    html`<country-agreements
      country=${args.country || nothing}
      lang=${args.lang || nothing}
      theme=${themeOf(args, globals)}
      src=${args.src || nothing}
      heading-level=${ifDefined(args.headingLevel ?? undefined)}
    ></country-agreements>`,
  parameters: {
    docs: {
      description: {
        component: `What each Central Asian country signed with Japan at the December 2025 Tokyo summit:
leader, capital, the fields of the signed documents, what stood out, and further facts, each with its sources.
With \`country\`, one card; without it, all five countries behind a tab list (printed all at once).

**Keyboard (tab list)**

| key | does |
|---|---|
| Tab | moves onto the selected tab, then into its panel |
| ArrowRight / ArrowLeft | shows the next / previous country (wraps at the ends) |
| Home / End | shows the first / last country |
| Enter / Space | shows the focused tab's country (as does a click) |

A switch fires \`country-agreements-change\` with \`detail: { country }\` (the alpha-2 code).`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AllCountriesTabs: Story = {name: 'All countries (tab list)', args: {}};
export const Kazakhstan: Story = {args: {country: 'KZ'}};
export const Kyrgyzstan: Story = {args: {country: 'KG'}};
export const Tajikistan: Story = {args: {country: 'TJ'}};
export const Turkmenistan: Story = {args: {country: 'TM'}};
export const Uzbekistan: Story = {args: {country: 'UZ'}};
export const Alpha3LowerCase: Story = {name: 'Alpha-3, lower case (kaz)', args: {country: 'kaz'}};
export const ErrorUnknownCountry: Story = {name: 'Error: unknown country (XX)', args: {country: 'XX'}};

/** As the server renders it and the browser hydrates it, with the HTML the server wrote (stories/prerendered.ts). */
export const PreRendered: Story = {...preRenderedStory<Args>('country-agreements'), name: 'Pre-rendered'};
