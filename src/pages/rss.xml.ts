import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleFeed } from '../core/publish/feed.ts';
import { getCorpus } from '../pipeline/corpus.ts';
import { urls } from '../components/urls.ts';

export const GET: APIRoute = () => rss(articleFeed(getCorpus(), urls));
