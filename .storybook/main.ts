import type {StorybookConfig} from '@storybook/web-components-vite';
import {modulesWithSideEffects} from '../scripts/side-effects-plugin.mjs';
import * as texts from '../scripts/texts-plugin.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // texts.rollup(): the bundled dataset's and the UI strings' pieces (`summit-widgets:...`, scripts/texts-plugin.mjs).
  viteFinal: (viteConfig) => ({...viteConfig, plugins: [...(viteConfig.plugins ?? []), texts.rollup(), modulesWithSideEffects()]}),
};
export default config;
