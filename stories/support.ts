import {LANGUAGES} from './languages.js';

/** The theme a story passes to its widget: the story's own control if set, else the toolbar's. */
export function themeOf(args: {theme?: string}, globals: Record<string, unknown>): string {
  return args.theme || String(globals.theme ?? 'auto');
}

/** Controls shared by every widget story. */
export const commonArgTypes = {
  lang: {
    control: {type: 'select', labels: Object.fromEntries([['', '(the toolbar\'s)'], ...LANGUAGES.map(({lang, name}) => [lang, `${name} (${lang})`])])},
    options: ['', ...LANGUAGES.map(({lang}) => lang)],
    description: 'Language; empty inherits the toolbar\'s (which offers all eight)',
  },
  theme: {control: 'select', options: ['', 'auto', 'light', 'dark'], description: 'Theme; empty uses the toolbar\'s'},
  src: {control: 'text', description: 'URL of a dataset JSON (empty: the bundled dataset)'},
  headingLevel: {name: 'heading-level', control: {type: 'number', min: 2, max: 6}},
} as const;
