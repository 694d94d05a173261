// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { corpusDigest } from './src/core/views/annotation-digest.ts';
import { articleSanitizeSchema } from './src/core/text/sanitize-schema.ts';
import rehypeMarkMentions from './src/markdown/rehype-mark-mentions.ts';
import { getCorpus, getIgnoredFiles, getUnmarkedNames } from './src/pipeline/corpus.ts';
import { orExitOnContentError } from './src/pipeline/content-errors.ts';
import { buildReportIntegration } from './src/integrations/build-report.ts';
import { strictCsp } from './src/integrations/strict-csp.ts';

/**
 * Options of the mention plugin: the analysis it marks from (`corpus`, read
 * once per article so the dev server sees edits), and the base path, filled
 * in by the setup hook below, which sees the base after `--base`. `analysis` is here so that Astro's
 * content cache, keyed on the config, is dropped whenever the analysis
 * changes (the knowledge file or the extraction, not only the articles).
 * @type {import('./src/markdown/rehype-mark-mentions.ts').MarkMentionsOptions & { analysis: string }}
 */
const markOptions = {
  base: '/',
  corpus: () => getCorpus(),
  analysis: orExitOnContentError(() => corpusDigest(getCorpus())),
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
    buildReportIntegration({
      corpus: () => getCorpus(),
      ignored: () => getIgnoredFiles(),
      unmarked: () => getUnmarkedNames(),
    }),
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
