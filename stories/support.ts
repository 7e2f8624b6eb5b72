/** The theme a story passes to its widget: the story's own control if set, else the toolbar's. */
export function themeOf(args: {theme?: string}, globals: Record<string, unknown>): string {
  return args.theme || String(globals.theme ?? 'auto');
}

/** Controls shared by every widget story. */
export const commonArgTypes = {
  lang: {control: 'select', options: ['', 'en', 'ja', 'ru'], description: 'Language; empty inherits the toolbar\'s'},
  theme: {control: 'select', options: ['', 'auto', 'light', 'dark'], description: 'Theme; empty uses the toolbar\'s'},
  src: {control: 'text', description: 'URL of a dataset JSON (empty: the bundled dataset)'},
  headingLevel: {name: 'heading-level', control: {type: 'number', min: 2, max: 6}},
} as const;
