// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { articleSanitizeSchema } from './src/core/text/sanitize-schema.ts';
import rehypeMarkMentions from './src/markdown/rehype-mark-mentions.ts';
import { getCorpus, getIgnoredFiles, prepareCorpus } from './src/pipeline/corpus.ts';
import { orExitOnContentError } from './src/pipeline/content-errors.ts';
import { buildReportIntegration } from './src/integrations/build-report.ts';
import { strictCsp } from './src/integrations/strict-csp.ts';

// The analysis first, its per-article step in worker threads and from the extraction cache; every
// later getCorpus() of the build (this config, the pages) reuses it.
await prepareCorpus().catch((error) =>
  orExitOnContentError(() => {
    throw error;
  }),
);

/**
 * Options of the mention plugin: the analysis it marks from (`corpus`, read
 * once per article so the dev server sees edits), and the base path, filled
 * in by the setup hook below, which sees the base after `--base`. No digest of the analysis here:
 * Astro drops its whole content store when the config changes; the content loader
 * (src/content.config.ts) gives each entry a digest of its own marks instead.
 * @type {import('./src/markdown/rehype-mark-mentions.ts').MarkMentionsOptions}
 */
const markOptions = {
  base: '/',
  corpus: () => getCorpus(),
};

export default defineConfig({
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
    buildReportIntegration({ corpus: () => getCorpus(), ignored: () => getIgnoredFiles() }),
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
