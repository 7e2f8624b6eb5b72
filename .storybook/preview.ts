// Lit's hydrate support: the pre-rendered stories keep the server's nodes (Storybook's renderer imports Lit before
// this file's imports run; src/hydrate.ts then applies the support through Lit's own hook).
import '../src/hydrate.js';
import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
// Made by `npm run analyze` (run before `npm start`, the Storybook build and the tests):
// the docs pages' attribute, property, event, part and CSS property tables come from it.
import manifest from '../custom-elements.json';
import {LANGUAGES} from '../stories/languages.js';

setCustomElementsManifest(manifest);

/**
 * Every story in every mode: the toolbar's language is set on a wrapper (so the
 * widgets' inherit-from-ancestor rule is what you see; no story sets a language of its own
 * unless its `lang` control is used), its theme is passed to
 * the widgets by each story (`theme=${themeOf(args, globals)}`) and paints the canvas.
 */
const withLanguageAndTheme: Decorator = (story, {globals}) => {
  const dark = globals.theme === 'dark';
  document.body.style.background = dark ? '#101114' : globals.theme === 'light' ? '#ffffff' : '';
  document.body.style.colorScheme = globals.theme === 'auto' ? 'light dark' : globals.theme;
  return html`<div lang=${globals.lang} style="font-family: Georgia, 'Noto Serif', 'Noto Serif CJK JP', serif">${story()}</div>`;
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the widgets (set on a wrapper they inherit from)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        // All eight, each by its own name as its translation writes it (stories/languages.ts), its code beside it.
        items: LANGUAGES.map(({lang, name}) => ({value: lang, title: name, right: lang})),
      },
    },
    theme: {
      description: 'Widget theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          {value: 'auto', title: 'Auto (prefers-color-scheme)'},
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
      },
    },
  },
  initialGlobals: {lang: 'en', theme: 'auto'},
  decorators: [withLanguageAndTheme],
  parameters: {
    // The Embed builder (stories/embed-builder.stories.ts) first: it is where producers get their snippet.
    options: {storySort: {order: ['Embed builder', '*']}},
    layout: 'padded',
    controls: {expanded: true},
    viewport: {
      options: {
        phone320: {name: 'Phone 320 px', styles: {width: '320px', height: '640px'}, type: 'mobile'},
        sidebar300: {name: 'Sidebar column 300 px', styles: {width: '300px', height: '800px'}, type: 'mobile'},
        tablet768: {name: 'Tablet 768 px', styles: {width: '768px', height: '1024px'}, type: 'tablet'},
        desktop1280: {name: 'Desktop 1280 px', styles: {width: '1280px', height: '900px'}, type: 'desktop'},
      },
    },
  },
};
export default preview;
