import { buildSearchIndex, type SearchIndexFiles } from '../../core/search/build-index.ts';
import type { CorpusAnalysis } from '../../core/types.ts';
import { getCorpus } from '../../pipeline/corpus.ts';

// The search page (which names the index's version) and the endpoint (which
// writes its files) both need the index; build it once per analysis.
const built = new WeakMap<CorpusAnalysis, SearchIndexFiles>();

/** The search index of the site's corpus (search's own stop words: see core/search/stop-words.ts). */
export function siteSearchIndex(): SearchIndexFiles {
  const corpus = getCorpus();
  let index = built.get(corpus);
  if (index === undefined) {
    index = buildSearchIndex({ articles: corpus.articles, entities: corpus.entities });
    built.set(corpus, index);
  }
  return index;
}

/** Where the index's files are, under the site's base: `<base>search-index/<version>/`. */
export function searchIndexUrl(home: string, version: string): string {
  return `${home}search-index/${version}/`;
}
