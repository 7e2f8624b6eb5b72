import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define/initiative-pillars.js';
import {preRenderedStory} from './prerendered.js';
import {commonArgTypes, themeOf} from './support.js';

interface Args {
  lang?: string;
  theme?: string;
  src?: string;
  headingLevel?: number;
  pillar?: string;
  layout?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Initiative pillars',
  component: 'initiative-pillars',
  tags: ['autodocs'],
  argTypes: {
    ...commonArgTypes,
    pillar: {
      control: 'select',
      options: ['', 'green-resilience', 'connectivity', 'human-resources'],
      description: 'Pillar opened first in the list layout; empty: none open',
    },
    layout: {
      control: 'select',
      options: ['', 'auto', 'columns', 'list'],
      description: 'auto (default): columns when the widget is at least 720 px wide, else a list of disclosures',
    },
  },
  render: (args, {globals}) =>
    html`<initiative-pillars
      lang=${args.lang || nothing}
      theme=${themeOf(args, globals)}
      src=${args.src || nothing}
      heading-level=${ifDefined(args.headingLevel ?? undefined)}
      pillar=${args.pillar || nothing}
      layout=${args.layout || nothing}
    ></initiative-pillars>`,
  parameters: {
    docs: {
      description: {
        component: `The CA+JAD Tokyo Initiative at a glance: its aim, the business target, its three priority
areas (pillars) with the items grouped under each, the items named under it, and the areas of interest voiced by
the Central Asian side. Groupings the sources do not make are labelled "Editorial grouping".

**Layout**: \`columns\` shows every pillar (plain headings, nothing to open or close); \`list\` makes each pillar a
disclosure, all closed unless \`pillar\` names one; \`auto\` picks columns when the widget itself is at least
720 px wide. Print shows every pillar expanded.

**Keyboard** (list layout)

| key | does |
|---|---|
| Tab / Shift+Tab | moves between the pillar buttons, then the Sources summary and its links |
| Enter or Space on a pillar button | opens or closes that pillar (fires \`initiative-pillars-toggle\` with \`{pillar, open}\`) |
| Enter or Space on Sources | opens or closes the sources |`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** `auto`: columns on a wide page, a list in a narrow column. */
export const Default: Story = {};

export const Columns: Story = {args: {layout: 'columns'}};

export const List: Story = {args: {layout: 'list'}};

export const GreenAndResilienceOpen: Story = {args: {layout: 'list', pillar: 'green-resilience'}};

export const ConnectivityOpen: Story = {args: {layout: 'list', pillar: 'connectivity'}};

export const HumanResourceDevelopmentOpen: Story = {args: {layout: 'list', pillar: 'human-resources'}};

/** A `src` that cannot be loaded: the widget shows its error box. */
export const ErrorMissingDataset: Story = {args: {src: 'missing-dataset.json'}};

/** As the server renders it and the browser hydrates it, with the HTML the server wrote (stories/prerendered.ts). */
export const PreRendered: Story = {...preRenderedStory<Args>('initiative-pillars'), name: 'Pre-rendered'};
