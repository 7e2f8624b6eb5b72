import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {bundledDataset, EVENT_KINDS} from '../src/dataset/index.js';
import '../src/define/summit-timeline.js';
import {commonArgTypes, themeOf} from './support.js';

interface Args {
  from?: string;
  to?: string;
  kinds?: string;
  highlight?: string;
  layout?: string;
  lang?: string;
  theme?: string;
  src?: string;
  headingLevel?: number;
  /** Width of the column the widget sits in (not an attribute). */
  wrapperWidth?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Summit timeline',
  component: 'summit-timeline',
  tags: ['autodocs'],
  argTypes: {
    from: {control: 'text', description: 'First day: a year (`2015`), `YYYY-MM` or `YYYY-MM-DD`; events starting on or after it'},
    to: {control: 'text', description: 'Last day: a year (its 31 December), `YYYY-MM` or `YYYY-MM-DD`; events starting on or before it'},
    kinds: {control: 'text', description: `Comma list of event kinds (${EVENT_KINDS.join(', ')}); empty: all`},
    highlight: {
      control: 'select',
      options: ['', ...bundledDataset.events.map((event) => event.id)],
      description: 'Id of the event opened and brought into view (inside the widget) on load',
    },
    layout: {
      control: 'select',
      options: ['', 'auto', 'horizontal', 'vertical'],
      description: '`auto` (empty): horizontal when the widget is at least 640 px wide, else vertical',
    },
    ...commonArgTypes,
    wrapperWidth: {
      name: 'wrapper width',
      control: 'text',
      description: 'CSS width of the column around the widget (story only, not an attribute)',
    },
  },
  render: (args, {globals}) =>
    html`<div style="width: ${args.wrapperWidth || 'auto'}; max-width: 100%">
      <summit-timeline
        from=${args.from || nothing}
        to=${args.to || nothing}
        kinds=${args.kinds || nothing}
        highlight=${args.highlight || nothing}
        layout=${args.layout || nothing}
        lang=${args.lang || nothing}
        theme=${themeOf(args, globals)}
        src=${args.src || nothing}
        heading-level=${ifDefined(args.headingLevel ?? undefined)}
      ></summit-timeline>
    </div>`,
  parameters: {
    docs: {
      description: {
        component: `The Central Asia + Japan Dialogue's history, from the 2004 Astana launch to the first
leaders' summit in Tokyo (20 December 2025, marked **Milestone**) and what follows. Each event shows its
date (as precise as the sources allow), kind, place, title and summary; the Sources section lists the
sources of the events shown.

The layout follows the widget's **own** width, not the window's: a vertical list below 640 px (each event
expands in place), a horizontal track with a detail panel from 640 px. \`layout\` forces one. Printing
shows every event expanded, one under another.

**Keyboard**: the events are one tab stop (roving tabindex).

| key | does |
|---|---|
| Tab | moves onto the current event, then on past the timeline |
| ArrowDown / ArrowRight | next event |
| ArrowUp / ArrowLeft | previous event |
| Home / End | first / last event |
| Enter / Space | opens the focused event (vertical: expands or collapses it; horizontal: shows it in the panel) |

Opening an event (click or keyboard, not the initial \`highlight\`) fires \`summit-timeline-select\`
with \`detail: { id }\`.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {args: {}};
export const HighlightedEvent: Story = {name: 'Highlighted event (Tokyo summit 2025)', args: {highlight: 'tokyo-summit-2025'}};
export const FilteredRange: Story = {name: 'Filtered range (2022–2025)', args: {from: '2022', to: '2025'}};
export const SummitsAndMinisterials: Story = {name: 'Summits and ministerials only', args: {kinds: 'summit,ministerial'}};
export const Vertical: Story = {args: {layout: 'vertical', highlight: 'tokyo-summit-2025'}};
export const Horizontal: Story = {args: {layout: 'horizontal'}};
export const NarrowSidebar: Story = {name: 'Narrow sidebar (300 px)', args: {wrapperWidth: '300px'}};
export const NoEventsMatch: Story = {name: 'No events match', args: {kinds: 'summit', to: '2020'}};
export const ErrorMissingDataset: Story = {name: 'Error: missing dataset', args: {src: 'missing-dataset.json'}};
