import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries (docs/ARCHITECTURE.md, "Layers"). Paths from src/lib are relative (plain Node runs
 * it); the other layers import with ~/ (= src/).
 */
const ABOVE_LIB =
  'components|islands|layouts|routes|scripts|pages|i18n|integrations|loaders|feeds|styles|service-worker';
const libBoundaries = [
  {
    // astro/zod is Zod itself, which the schemas are written in.
    regex: '^astro(:|$|/(?!zod$))',
    message: 'src/lib is plain TypeScript: take what Astro gives as arguments.',
  },
  { regex: '^~/', message: 'src/lib imports relatively: plain Node runs it, and does not read ~/ paths.' },
  {
    regex: `^(\\.\\./)+(${ABOVE_LIB})/`,
    message:
      'src/lib imports nothing above it (components, islands, pages, scripts, UI strings of src/i18n…): take what it needs as arguments.',
  },
  {
    regex: '^(\\.\\./)+content(\\.config)?\\.ts$',
    message: 'src/lib takes records as arguments, not from the global catalogue (src/content.ts).',
  },
];
const schemaBoundaries = [
  {
    regex: '^\\.\\./lib/(?!(text|dates|phone|tiles|certificate-number)\\.ts$)',
    message:
      'src/schemas imports only the leaf rules of src/lib it validates with (text, dates, phone, tiles, certificate-number: they import nothing of src); the rest of src/lib builds on the schemas.',
  },
  { regex: `^\\.\\./(${ABOVE_LIB})/`, message: 'src/schemas imports nothing above it.' },
];
/**
 * What browser code may not import: islands and scripts both run in the browser from what the page
 * hands them (props, data attributes), with strings as a slice (src/i18n/slices.ts); `other` is the
 * other kind of browser code, which neither imports.
 */
const browserBoundaries = (who, other, strings) => [
  {
    regex: `^~/(${other}|components|routes|layouts|pages)/`,
    message: `${who} import src/lib, src/schemas and their string slice (src/i18n/slices.ts): not ${other}, components or pages.`,
  },
  { group: ['astro:*', '~/content.ts'], message: `${who} get their data from the page.` },
  {
    group: ['~/i18n/ui.ts', '~/i18n/strings/*'],
    allowTypeImports: true,
    message: `The dictionary stays on the server: ${strings}.`,
  },
];
const islandBoundaries = browserBoundaries(
  'Islands',
  'scripts',
  'islands get a string slice (src/i18n/slices.ts) as a prop',
);
const scriptBoundaries = browserBoundaries(
  'Browser scripts',
  'islands',
  'a script reads its string slice from the page (readSlice, src/i18n/slices.ts)',
);
const intoIslands = {
  regex: '^~/islands/[^/]+/',
  message: 'Import an island by its entry (src/islands/<Name>.tsx); its folder is its own.',
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: libBoundaries }] },
  },
  {
    files: ['src/schemas/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: schemaBoundaries }] },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: islandBoundaries }] },
  },
  {
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro', 'src/routes/**/*.{astro,ts}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [intoIslands] }] },
  },
  {
    files: ['src/scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: scriptBoundaries }] },
  },
);
