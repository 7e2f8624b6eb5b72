/// <reference types="vite/client" />
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {css, html, nothing, unsafeCSS} from 'lit';
import reserveCss from '../src/cdn/reserve.css?inline';
import '../src/define/all.js';
import {WIDGET_TAGS} from '../src/registry.js';

/**
 * The six widgets as a news site embeds them, each where it fits the article's text, in a phone-width column
 * and in a desktop article column. The article is English (the page says so with `lang="en"`); the widgets
 * follow the toolbar's language through their `lang` attribute when it is not English, as a producer embedding
 * a Japanese or Kazakh widget in an English page would write it. The page's colours follow the toolbar's theme,
 * and each widget gets the same `theme`, so a dark widget never sits on a white page.
 *
 * Every fact in the text comes from /shared/seeds and /shared/research/summit-facts.md (the bundled dataset's
 * sources); "The Daily Example" is not a real publication.
 */

type Column = 'narrow' | 'wide';

/** The news site's own stylesheet, scoped to the story's page. */
const pageStyles = css`
  .news-page {
    --page-bg: light-dark(#ffffff, #101114);
    --page-text: light-dark(#1a1a1a, #e7e7ea);
    --page-muted: light-dark(#575757, #b4b4bb);
    --page-rule: light-dark(#d9d9de, #34363d);
    --page-accent: light-dark(#a3151b, #ff9e9e);
    --page-link: light-dark(#0a58a8, #8cc4ff);
    color-scheme: light dark;
    min-height: 100vh;
    background: light-dark(#e6e6ea, #060607);
    color: var(--page-text);
    font-family: Georgia, 'DejaVu Serif', 'Noto Serif', 'Noto Serif CJK JP', serif;
  }
  .news-page[data-theme='light'] { color-scheme: light; }
  .news-page[data-theme='dark'] { color-scheme: dark; }
  .news-page .sheet {
    margin: 0 auto;
    background: var(--page-bg);
    min-height: 100vh;
  }
  .news-page.narrow .sheet { width: 360px; max-width: 100%; }
  .news-page.wide .sheet { max-width: 75rem; }

  .news-page a { color: var(--page-link); }
  .news-page .masthead {
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    border-bottom: 1px solid var(--page-rule);
    padding: 0.75rem 1rem;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1.5rem;
  }
  .news-page .masthead .brand {
    font-family: Georgia, 'DejaVu Serif', serif;
    font-weight: 700;
    font-size: 1.375rem;
    color: inherit;
    text-decoration: none;
  }
  .news-page .masthead ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.9375rem;
  }
  .news-page .masthead nav a { color: inherit; }

  .news-page article {
    margin: 0 auto;
    padding: 1.5rem 1rem 2.5rem;
    line-height: 1.6;
  }
  .news-page.narrow article { font-size: 1.0625rem; }
  .news-page.wide article { max-width: 46rem; font-size: 1.1875rem; padding-top: 2.5rem; }
  .news-page .kicker {
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--page-accent);
    margin: 0 0 0.5rem;
  }
  .news-page h1 {
    font-size: 1.75rem;
    line-height: 1.2;
    margin: 0 0 0.75rem;
  }
  .news-page.wide h1 { font-size: 2.5rem; }
  .news-page .dek {
    font-size: 1.15em;
    line-height: 1.45;
    color: var(--page-muted);
    margin: 0 0 1rem;
  }
  .news-page .byline {
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    font-size: 0.875rem;
    color: var(--page-muted);
    border-top: 1px solid var(--page-rule);
    border-bottom: 1px solid var(--page-rule);
    padding: 0.5rem 0;
    margin: 0 0 1.5rem;
  }
  .news-page .byline p { margin: 0; }
  .news-page .byline .author { color: var(--page-text); font-weight: 600; }
  .news-page article h2 {
    font-size: 1.35em;
    line-height: 1.25;
    margin: 2rem 0 0.75rem;
  }
  .news-page article p { margin: 0 0 1em; }
  .news-page .dateline {
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    font-size: 0.85em;
    font-weight: 700;
    letter-spacing: 0.04em;
  }
  .news-page .pull {
    margin: 1.75rem 0;
    padding: 0.75rem 0 0.75rem 1rem;
    border-left: 4px solid var(--page-accent);
    font-size: 1.3em;
    line-height: 1.35;
    font-style: italic;
  }
  .news-page.wide .pull { float: right; width: 16rem; margin: 0.25rem -4rem 1rem 1.5rem; }
  .news-page .pull p { margin: 0; }
  /* The widgets (every one of the registry) in the article's flow: their own frame, spaced like any other embed. */
  ${unsafeCSS(WIDGET_TAGS.map((tag) => `.news-page article ${tag}`).join(',\n'))} {
    margin: 1.75rem 0;
    border: 1px solid var(--page-rule);
    border-radius: 0.5rem;
    clear: both;
  }
  .news-page .site-footer {
    font-family: system-ui, 'DejaVu Sans', sans-serif;
    font-size: 0.875rem;
    color: var(--page-muted);
    border-top: 1px solid var(--page-rule);
    padding: 1rem;
  }
  .news-page .site-footer p { margin: 0 0 0.5rem; }
`;

/**
 * The page's styles. First the space-reservation rules a page adds before the widgets' script: each widget
 * holds its space until it is upgraded, so embedding shifts nothing. They are the shipped file itself
 * (`summit-widgets/cdn/reserve.css`, docs/embedding.md's "Reserving the space before the script runs"), imported as text, not a copy. (In Storybook the widgets are
 * defined before the story renders, so it never shows here; and its phone heights apply by the viewport's
 * width, so the 360 px column of a desktop-wide canvas gets the desktop ones.)
 */
const styles = html`<style>
  ${unsafeCSS(reserveCss)}
  ${unsafeCSS(pageStyles)}
</style>`;

/** A non-English toolbar language goes on each widget; in English, they inherit the page's `lang="en"`. */
const widgetLang = (lang: unknown) => (typeof lang === 'string' && lang && lang !== 'en' ? lang : nothing);

function articlePage(column: Column, globals: Record<string, unknown>) {
  const pageTheme = String(globals.theme ?? 'auto');
  // `auto` is the widgets' default: a producer leaves it out.
  const theme = pageTheme === 'auto' ? nothing : pageTheme;
  const lang = widgetLang(globals.lang);
  return html`${styles}
    <div class="news-page ${column}" data-theme=${pageTheme} lang="en">
      <div class="sheet">
        <header class="masthead">
          <a class="brand" href="#top">The Daily Example</a>
          <nav aria-label="Sections">
            <ul>
              <li><a href="#world">World</a></li>
              <li><a href="#asia">Asia</a></li>
              <li><a href="#business">Business</a></li>
            </ul>
          </nav>
        </header>
        <main>
          <article>
            <p class="kicker">Diplomacy</p>
            <h1>Central Asia + Japan Dialogue reaches leaders' level at first Tokyo summit</h1>
            <p class="dek">
              Prime Minister Sanae Takaichi hosted the presidents of all five Central Asian states. The summit
              adopted the Tokyo Declaration and launched an initiative that aims at about JPY 3 trillion of business
              projects over five years.
            </p>
            <div class="byline">
              <p>By <span class="author">Staff correspondent</span>, Tokyo</p>
              <p><time datetime="2025-12-20">20 December 2025</time></p>
            </div>

            <p>
              <span class="dateline">TOKYO</span> — Japan's Prime Minister Sanae Takaichi chaired the first
              leaders' summit of the "Central Asia + Japan" Dialogue (CA+JAD) in Tokyo on Saturday, 20 December. The
              presidents of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended: Kassym-Jomart
              Tokayev, Sadyr Japarov, Emomali Rahmon, Serdar Berdimuhamedov and Shavkat Mirziyoyev. Ministers from each
              country took part too.
            </p>
            <p>
              Opening the meeting, Ms Takaichi, Japan's first woman prime minister, spoke of Central Asia's growing
              place in world affairs, according to Japan's Ministry of Foreign Affairs: a region at the crossroads of
              Europe and Asia, rich in energy and mineral resources, whose rising population could drive its economic
              growth. The Central Asian leaders thanked Japan for its long support for cooperation within their region
              and welcomed the chance to raise relations to a new level.
            </p>
            <summit-map lang=${lang} theme=${theme}></summit-map>

            <h2>Two decades of talks</h2>
            <p>
              The Dialogue was launched at a meeting of foreign ministers in Astana in August 2004. Japan was the
              first country to set up a regular "Central Asia + 1" dialogue with the region, and for two decades its
              meetings were held at the level of ministers and senior officials. A first summit, planned for Astana in
              August 2024, was postponed together with Prime Minister Fumio Kishida's trip after Japan issued its
              first Nankai Trough megaquake advisory.
            </p>
            <summit-timeline highlight="tokyo-summit-2025" lang=${lang} theme=${theme}></summit-timeline>
            <p>
              On the eve of the summit Ms Takaichi hosted a dinner for the leaders at the State Guest House in
              Akasaka, and a "Central Asia + Japan" Business Forum hosted by Japan's Ministry of Economy, Trade and
              Industry was held alongside it. The summit closed with the adoption of the Tokyo Declaration, in which the six
              countries reaffirmed their commitment to peace, prosperity and sustainable development, and to a free
              and open international order based on the rule of law.
            </p>
            <key-figures lang=${lang} theme=${theme}></key-figures>

            <h2>More than 150 documents</h2>
            <!-- A pull quote repeats the article's own words: hidden from screen readers, which read them once. -->
            <div class="pull" aria-hidden="true">
              <p>More than 150 documents, signed or presented by public and private partners</p>
            </div>
            <p>
              Public and private partners signed or presented more than 150 documents around the summit. Their fields
              run from political dialogue, trade and energy to agriculture, the environment, digitalization,
              education, health, science, artificial intelligence and disaster management, according to a
              country-by-country review in an opinion column by Ahmet Sağlam on News.Az.
            </p>
            <p>
              For Kazakhstan, energy, nuclear technology and industrial investment stood out. President Tokayev had
              met Ms Takaichi on 18 December; the two governments signed 14 documents that day, the state news agency
              Kazinform reported, and issued a joint statement on their expanded strategic partnership. Japan is also
              to take part in improving customs at the port of Aktau.
            </p>
            <country-agreements country="KZ" lang=${lang} theme=${theme}></country-agreements>
            <p>
              Kyrgyzstan and Japan signed a convention on the elimination of double taxation in Tokyo on 19 December.
              Uzbekistan raised its ties with Japan to an expanded strategic partnership; its presidential press
              service said a new portfolio of projects worth more than USD 12 billion was formed for the visit.
              Tajikistan's documents centred
              on electricity infrastructure and on disaster and climate monitoring, Turkmenistan's on natural gas and
              petrochemicals.
            </p>
            <agreements-matrix lang=${lang} theme=${theme}></agreements-matrix>

            <h2>The Tokyo Initiative</h2>
            <p>
              The summit's main regional outcome is the CA+JAD Tokyo Initiative, announced by Ms Takaichi. It aims
              to help Central Asia upgrade and diversify its industries while building ties with Japan that benefit
              both sides, under three priority areas: Green and Resilience; Connectivity; and Human Resource
              Development.
            </p>
            <p>
              The items named under it include smoother supply chains along the Caspian route (the Trans-Caspian
              International Transport Route), a Japan–Central Asia AI Cooperation Partnership and a more diversified
              supply of critical minerals. The target: business projects worth about JPY 3 trillion over five
              years.
            </p>
            <initiative-pillars lang=${lang} theme=${theme}></initiative-pillars>
            <p>
              The Central Asian side welcomed the initiative, according to a report on the summit, and named the
              fields where it wants to work with Japan, critical minerals and disaster risk reduction among them.
            </p>
            <p>
              Kazakhstan now takes over the chair of the Dialogue, and the next summit will be held there,
              Kazakhstan's presidential office said; no year has been announced for it.
            </p>
          </article>
        </main>
        <footer class="site-footer">
          <p>The Daily Example is a fictional news site: this page shows how the summit widgets sit in an article.</p>
          <p>The facts in this article are those of the widgets' dataset; each widget lists its sources.</p>
        </footer>
      </div>
    </div>`;
}

const meta: Meta = {
  title: 'Embedded in an article',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `The six widgets placed in a news article as a web producer embeds them: one script,
then the elements in the article's HTML, with the shipped \`reserve.css\` (\`:not(:defined)\` and \`:state(loading)\` rules) reserving
their space. The map follows the introduction (where the leaders came from), the timeline the history of the
talks (the Tokyo summit highlighted), then the key figures; one country card sits by the text on Kazakhstan and
the agreements matrix by the other four countries' documents; the Tokyo Initiative comes near the end.
Language and theme come from the toolbar.`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/**
 * A 360 px phone page: every widget takes its narrow layout (the map's inset under Central Asia, the vertical
 * timeline, the figures in one column, the matrix as one list per field, the pillars as a list).
 */
export const NarrowColumn: Story = {
  name: 'Narrow column (phone, 360 px)',
  render: (_args, {globals}) => articlePage('narrow', globals),
};

/**
 * A desktop page with a 46rem (736 px) article column: the map and its inset side by side, the horizontal
 * timeline, the matrix as a table, the pillars in columns.
 */
export const WideColumn: Story = {
  name: 'Wide column (desktop, 736 px)',
  render: (_args, {globals}) => articlePage('wide', globals),
};
