import type {StorybookConfig} from '@storybook/web-components-vite';
import * as texts from '../scripts/texts-plugin.mjs';

/**
 * package.json `sideEffects` names only the built define files (dist/*.js), so the build's tree-shaking
 * treats every other module of this package as side-effect free, src/define/*.ts included: the stories'
 * `import '../src/define/<widget>.js'` was dropped and no tag got registered. These modules exist for
 * their side effect (registering a tag); say so. So does the Embed builder's element
 * (stories/builder/embed-builder.ts registers <summit-embed-builder>).
 */
const defineModulesHaveSideEffects = {
  name: 'summit-widgets:define-modules-have-side-effects',
  transform(code: string, id: string) {
    // src/hydrate.ts too: it applies Lit's hydrate support (imported first by preview.ts for the pre-rendered stories).
    const registers = /[\\/]src[\\/](define[\\/][^\\/]+|hydrate)\.ts$/.test(id) || /[\\/]stories[\\/]builder[\\/]embed-builder\.ts$/.test(id);
    return registers ? {code, map: null, moduleSideEffects: true} : null;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // texts.rollup(): the bundled dataset's and the UI strings' pieces (`summit-widgets:...`, scripts/texts-plugin.mjs).
  viteFinal: (viteConfig) => ({...viteConfig, plugins: [...(viteConfig.plugins ?? []), texts.rollup(), defineModulesHaveSideEffects]}),
};
export default config;
