// The documentation site: VitePress for the guides (Bahasa Indonesia at the root, English under /en/),
// the ADRs and the glossary; the API reference is TypeDoc's HTML, built into /api/ after this site
// (scripts/docs-build.mjs). See docs/adr/0080-documentation-site.md.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type DefaultTheme } from 'vitepress';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The order guides appear in, by file name; any guide not listed follows in alphabetical order. */
const guideOrder = [
  'getting-started',
  'indices',
  'assessment-year',
  'architecture',
  'region-names',
  'interoperability',
  'audit-trail',
  'auditor',
  'php-laravel',
  'sample-portal',
  'cli-reference',
  'error-codes',
  'releasing',
];

function titleOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  const title = /^title:\s*(.+)$/m.exec(text)?.[1] ?? /^#\s+(.+)$/m.exec(text)?.[1] ?? path.basename(file, '.md');
  return title.replace(/^['"]|['"]$/g, '');
}

function guides(lang: 'id' | 'en'): DefaultTheme.SidebarItem[] {
  const folder = path.join(docs, 'guides', lang);
  const names = readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -3))
    .sort((a, b) => {
      const rank = (name: string) => (guideOrder.includes(name) ? guideOrder.indexOf(name) : guideOrder.length);
      return rank(a) - rank(b) || a.localeCompare(b);
    });
  const prefix = lang === 'id' ? '/' : '/en/';
  return names.map((name) => ({ text: titleOf(path.join(folder, `${name}.md`)), link: `${prefix}${name}` }));
}

function decisions(): DefaultTheme.SidebarItem[] {
  return readdirSync(path.join(docs, 'adr'))
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({
      text: titleOf(path.join(docs, 'adr', file)).replace(/^ADR (\d+): /, '$1 · '),
      link: `/adr/${file.slice(0, -3)}`,
    }));
}

function sidebar(lang: 'id' | 'en'): DefaultTheme.SidebarItem[] {
  const id = lang === 'id';
  return [
    { text: id ? 'Panduan' : 'Guides', items: guides(lang) },
    {
      text: id ? 'Referensi' : 'Reference',
      items: [
        { text: id ? 'Referensi API (TypeDoc)' : 'API reference (TypeDoc)', link: '/api/index.html', target: '_self' },
        { text: id ? 'Glosarium' : 'Glossary', link: '/glossary' },
        { text: id ? 'Arsitektur repositori' : 'Repository architecture', link: '/architecture' },
      ],
    },
    { text: id ? 'Keputusan arsitektur (ADR)' : 'Architecture decisions (ADR)', collapsed: true, items: decisions() },
  ];
}

export default defineConfig({
  title: 'spbe-kit',
  outDir: '.site',
  cacheDir: '.vitepress/.cache',
  srcExclude: ['**/README.md', 'api-readme.md', 'diagrams/**', 'typedoc.json', '.check/**', '.site/**'],
  rewrites: {
    'guides/id/:page': ':page',
    'guides/en/:page': 'en/:page',
  },
  ignoreDeadLinks: [/^\/api\//],
  lastUpdated: false,
  markdown: { lineNumbers: false },
  locales: {
    root: {
      label: 'Bahasa Indonesia',
      lang: 'id',
      description: 'SDK TypeScript dan arsitektur referensi untuk SPBE',
      themeConfig: {
        sidebar: sidebar('id'),
        nav: [
          { text: 'Mulai cepat', link: '/getting-started' },
          { text: 'API', link: '/api/index.html', target: '_self' },
        ],
        outline: { label: 'Di halaman ini', level: [2, 3] },
        docFooter: { prev: 'Sebelumnya', next: 'Berikutnya' },
        darkModeSwitchLabel: 'Tampilan',
        sidebarMenuLabel: 'Menu',
        returnToTopLabel: 'Kembali ke atas',
        langMenuLabel: 'Ganti bahasa',
      },
    },
    en: {
      label: 'English',
      lang: 'en',
      link: '/en/',
      description: 'TypeScript SDK and reference architecture for SPBE',
      themeConfig: {
        sidebar: sidebar('en'),
        nav: [
          { text: 'Getting started', link: '/en/getting-started' },
          { text: 'API', link: '/api/index.html', target: '_self' },
        ],
      },
    },
  },
  themeConfig: {
    // Pages outside the two guide folders (ADRs, glossary) exist once, so the language menu leads to
    // the other language's home page; each guide links its own translation (theme/translation-link.vue).
    i18nRouting: false,
    socialLinks: [{ icon: 'github', link: 'https://github.com/spbe-kit/spbe-kit' }],
    search: {
      provider: 'local',
      options: {
        locales: {
          root: {
            translations: {
              button: { buttonText: 'Cari', buttonAriaLabel: 'Cari' },
              modal: {
                noResultsText: 'Tidak ada hasil untuk',
                resetButtonTitle: 'Hapus pencarian',
                footer: { selectText: 'pilih', navigateText: 'pindah', closeText: 'tutup' },
              },
            },
          },
        },
      },
    },
  },
});
