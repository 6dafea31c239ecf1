// The default theme, with a link from each guide to the same guide in the other language.
import DefaultTheme from 'vitepress/theme';
import { h } from 'vue';
import TranslationLink from './translation-link.vue';

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { 'doc-before': () => h(TranslationLink) }),
};
