import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://localhost:3000';

const IE_ONLY_MEDIA_BLOCK = /@media[^{]*\\0[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g;

/**
 * GOV.UK Frontend's compiled CSS refers to its fonts and images as /assets/…, a path this app
 * does not serve. Made relative to the CSS file, they resolve into node_modules and Vite bundles
 * them with hashed names like any other asset. Its `@media … \0` blocks target Internet Explorer
 * only and are invalid CSS that Lightning CSS refuses, so they go.
 */
function govukFrontendAssets(): Plugin {
  return {
    name: 'pathways:govuk-frontend-assets',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.includes('/govuk-frontend/dist/govuk/') || !file.endsWith('.css')) return null;
      const css = code.replaceAll('url(/assets/', 'url(./assets/').replace(IE_ONLY_MEDIA_BLOCK, '');
      return { code: css, map: null };
    },
  };
}

/**
 * index.html links GOV.UK's icons from node_modules by relative path, which the build turns into
 * hashed assets; the dev server serves files outside its root only under /@fs/.
 */
function devIconLinks(): Plugin {
  return {
    name: 'pathways:dev-icon-links',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replaceAll('"../../node_modules/', `"/@fs${repoRoot}node_modules/`),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), govukFrontendAssets(), devIconLinks()],
  resolve: {
    alias: {
      '@pathways/web-ui': `${repoRoot}libs/web/ui/src/index.ts`,
      '@pathways/web-graphql': `${repoRoot}libs/web/graphql/src/index.ts`,
      '@pathways/web-account': `${repoRoot}libs/web/account/src/index.ts`,
      '@pathways/web-internships': `${repoRoot}libs/web/internships/src/index.ts`,
      '@pathways/web-mentoring': `${repoRoot}libs/web/mentoring/src/index.ts`,
      '@pathways/web-outcomes': `${repoRoot}libs/web/outcomes/src/index.ts`,
      '@pathways/web-vacancies': `${repoRoot}libs/web/vacancies/src/index.ts`,
      '@pathways/domain-seb': `${repoRoot}libs/domain/seb/src/index.ts`,
      '@pathways/domain-stats': `${repoRoot}libs/domain/stats/src/index.ts`,
    },
  },
  build: {
    outDir: `${repoRoot}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|@wry|optimism|rxjs|tslib)[\\/]/,
            },
            { name: 'govuk-frontend', test: /node_modules[\\/]govuk-frontend[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    fs: { allow: [repoRoot] },
    proxy: {
      '/graphql': { target: api, ws: true },
      '/health': { target: api },
      // The apply-link redirect and the unsubscribe pages of alert e-mails.
      '/api': { target: api },
    },
  },
  preview: { port: 4300 },
});
