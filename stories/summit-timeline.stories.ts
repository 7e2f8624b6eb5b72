import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {bundledDataset, EVENT_KINDS, type Dataset, type TimelineEvent} from '../src/dataset/index.js';
import '../src/define/summit-timeline.js';
import {preRenderedStory} from './prerendered.js';
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
  /** `--sw-timeline-max-height` on the widget (not an attribute). */
  maxHeight?: string;
  /** A dataset object for the `data` property (stories only). */
  data?: Dataset;
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
    maxHeight: {
      name: '--sw-timeline-max-height',
      control: 'text',
      description: 'Opt-in: the height at which the vertical list scrolls inside itself (story only; a custom property)',
    },
    data: {table: {disable: true}},
  },
  render: (args, {globals}) =>
    html`${args.maxHeight ? html`<style>
          summit-timeline.capped {
            --sw-timeline-max-height: ${args.maxHeight};
          }
        </style>` : nothing}<div style="width: ${args.wrapperWidth || 'auto'}; max-width: 100%">
      <summit-timeline
        class=${args.maxHeight ? 'capped' : nothing}
        .data=${args.data}
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
date (as precise as the sources allow: a day, a month, a year, a range, or "Date not announced"), kind,
place, title and summary; the Sources section lists the sources of the events shown.

One markup, two arrangements, chosen by a CSS container query on the widget's **own** width (so
pre-rendered HTML is already right): from 640 px a **year axis** (a line marked with years; each year as
wide as its events side by side, pushed along by their months; one quiet year at the width of a year,
longer quiet stretches compressed into one broken, labelled gap; the line ends at the summit; the event
not dated yet follows on a dashed stretch) with a detail panel and Previous / Next buttons; below 640 px
a **vertical list** under year headings, each event expanding in place, all in the article's flow.
\`layout\` forces one. \`--sw-timeline-max-height\` makes the vertical list an opt-in scrolling box.
With scripts off every event's details show; printing shows every event expanded, one under another.

**Keyboard**: the events are one tab stop (roving tabindex).

| key | does |
|---|---|
| Tab | moves onto the current event (the one opened last, else the first); on the axis, then to Previous event and Next event, then on past the timeline |
| ArrowDown / ArrowRight | next event |
| ArrowUp / ArrowLeft | previous event |
| Home / End | first / last event |
| Enter / Space | opens the focused event (vertical: expands or collapses it; axis: shows it in the panel) |
| Enter / Space on Previous / Next | opens the event before / after the current one and scrolls the track to it (unavailable at the ends) |

Opening an event (click, keyboard or Previous / Next, not the initial \`highlight\`) fires
\`summit-timeline-select\` with \`detail: { id }\`.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {name: 'Auto (by the widget\'s width)', args: {}};
export const HighlightedEvent: Story = {name: 'Highlighted event (Tokyo summit 2025)', args: {highlight: 'tokyo-summit-2025'}};
export const Axis: Story = {
  name: 'Year axis (horizontal, 1100 px)',
  args: {layout: 'horizontal', wrapperWidth: '1100px', highlight: 'abe-tour-2015'},
};
export const Vertical: Story = {name: 'Vertical list (375 px phone)', args: {layout: 'vertical', wrapperWidth: '375px', highlight: 'tokyo-summit-2025'}};
export const CappedVertical: Story = {
  name: 'Vertical list in a capped box (--sw-timeline-max-height)',
  args: {layout: 'vertical', wrapperWidth: '375px', maxHeight: '30rem'},
};
export const FilteredRange: Story = {name: 'Filtered range (2022–2025)', args: {from: '2022', to: '2025'}};
export const SummitsAndMinisterials: Story = {name: 'Summits and ministerials only (long gaps)', args: {kinds: 'summit,ministerial'}};
export const ForcedAxisInASidebar: Story = {name: 'Year axis forced in a 300 px sidebar', args: {layout: 'horizontal', wrapperWidth: '300px'}};
export const NarrowSidebar: Story = {name: 'Narrow sidebar (300 px)', args: {wrapperWidth: '300px'}};
export const LongCustomDataset: Story = {
  name: 'Long custom dataset (400 events)',
  args: {data: longDataset(400), highlight: 'custom-250'},
};
export const NoEventsMatch: Story = {name: 'No events match', args: {kinds: 'summit', to: '2020'}};
export const ErrorMissingDataset: Story = {name: 'Error: missing dataset', args: {src: 'missing-dataset.json'}};

/** As the server renders it and the browser hydrates it, with the HTML the server wrote (stories/prerendered.ts). */
export const PreRendered: Story = {...preRenderedStory<Args>('summit-timeline'), name: 'Pre-rendered'};

/**
 * A newsroom's own long timeline: the bundled history, then `n` more events (copies of its texts under
 * new ids) from 2027 on (after the last real event), every few days, a few with a year only, and the next summit still undated.
 */
function longDataset(n: number): Dataset {
  const dated = bundledDataset.events.filter((event) => event.date.precision !== 'unannounced');
  const more: TimelineEvent[] = [];
  for (let i = 0; i < n - bundledDataset.events.length; i++) {
    const day = new Date(Date.UTC(2027, 0, 1) + i * 3 * 86400000).toISOString().slice(0, 10);
    const yearOnly = i % 50 === 0;
    const date: TimelineEvent['date'] = yearOnly ? {precision: 'year', start: day.slice(0, 4)} : {precision: 'day', start: day};
    more.push({...dated[i % dated.length], milestone: undefined, id: `custom-${i}`, date});
  }
  // Sorted as the validator wants: by the text of start (a year before the days of its year).
  more.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
  // The bundled events keep their order (the undated one sorts by the day it was announced; the widget shows it
  // after every dated one), and the copies come after them all.
  return {...bundledDataset, events: [...bundledDataset.events, ...more]};
}
