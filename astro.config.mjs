// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { articleSanitizeSchema } from './src/core/text/sanitize-schema.ts';
import rehypeMarkMentions from './src/markdown/rehype-mark-mentions.ts';
import { getComparison, getCorpus, getIgnoredFiles, getUnmarkedNames, prepareCorpus } from './src/pipeline/corpus.ts';
import { orExitOnContentError } from './src/pipeline/content-errors.ts';
import { buildReportIntegration } from './src/integrations/build-report.ts';
import { strictCsp } from './src/integrations/strict-csp.ts';
import { ogImagesIntegration } from './src/integrations/og-images.ts';
import { ogImageJobs } from './src/core/publish/og-cards.ts';
import { SITE_DESCRIPTION, SITE_NAME } from './src/core/publish/site-identity.ts';
import { siteUrlFromEnvironment } from './src/core/publish/site-origin.ts';

// The analysis first, its per-article step in worker threads and from the extraction cache; every
// later getCorpus() of the build (this config, the pages) reuses it.
await prepareCorpus().catch((error) =>
  orExitOnContentError(() => {
    throw error;
  }),
);

/**
 * Options of the mention plugin: the analysis it marks from (`corpus`, read
 * once per article so the dev server sees edits), the comparison of it (the
 * marks beside shared and reworded sentences), and the base path, filled
 * in by the setup hook below, which sees the base after `--base`. No digest of the analysis here:
 * Astro drops its whole content store when the config changes; the content loader
 * (src/content.config.ts) gives each entry a digest of its own marks instead.
 * @type {import('./src/markdown/rehype-mark-mentions.ts').MarkMentionsOptions}
 */
const markOptions = {
  base: '/',
  corpus: () => getCorpus(),
  comparison: () => getComparison(),
};

export default defineConfig({
  // The public address every absolute URL starts with (canonical, Open Graph, feed, sitemap,
  // JSON-LD): SITE_URL, or where `npm start` serves. The sub-path comes from `base` (--base).
  site: siteUrlFromEnvironment(process.env),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    // Astro 7's default processor runs no rehype plugins; unified() opts in.
    // Smart punctuation off and the sanitiser before the marks: the page text
    // must equal the text the extraction analysed (the plugin checks).
    processor: unified({
      gfm: true,
      smartypants: false,
      rehypePlugins: [rehypeRaw, [rehypeSanitize, articleSanitizeSchema], [rehypeMarkMentions, markOptions]],
    }),
  },
  integrations: [
    strictCsp(),
    buildReportIntegration({
      corpus: () => getCorpus(),
      ignored: () => getIgnoredFiles(),
      unmarked: () => getUnmarkedNames(),
    }),
    // Pages only: the feed, robots.txt, /data/ and the search index are not pages to list.
    sitemap({
      filter: (page) => page.endsWith('/'),
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
    ogImagesIntegration({ jobs: () => ogImageJobs(getCorpus(), SITE_NAME, SITE_DESCRIPTION) }),
    {
      name: 'mention-base',
      hooks: {
        'astro:config:setup': ({ config }) => {
          markOptions.base = config.base;
        },
      },
    },
  ],
});
