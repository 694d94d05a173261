import { tokenize, type Token } from '../extract/tokens.ts';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../extract/lexicon.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { CorpusAnalysis } from '../types.ts';
import { compareText } from '../compare-text.ts';

/** A capitalised word or phrase the corpus keeps using that no mention covers. */
export interface UnmarkedName {
  /** As written (its most frequent form). */
  name: string;
  /** Times it occurs unmarked across the corpus. */
  count: number;
  /** Slugs of the articles it occurs in, in corpus order. */
  articles: string[];
  /** A knowledge-file entry to copy into `content/knowledge/*.yaml` (YAML, under `entities:`). */
  entry: string;
}

export interface UnmarkedOptions {
  /** Fewest occurrences that make a name worth reporting; 3 unless given. */
  minCount?: number;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'de', 'du', 'van', 'von', 'al']);
const ARTICLES = new Set(['The', 'A', 'An']);

/**
 * The names a reader would expect marked and the extraction left alone:
 * capitalised words or phrases that occur at least `minCount` times, at least
 * once not at a sentence's start, that no mention anywhere covers, and that
 * are not function words, titles, demonyms or dates. Most frequent first,
 * then by name; each with a suggested knowledge-file entry.
 */
export function unmarkedNames(
  corpus: CorpusAnalysis,
  knowledge: Knowledge,
  options: UnmarkedOptions = {},
): UnmarkedName[] {
  const minCount = options.minCount ?? 3;
  const marked = new Set<string>();
  for (const article of corpus.articles) for (const m of article.mentions) marked.add(fold(m.surface));
  const found = new Map<string, { forms: Map<string, number>; count: number; inner: boolean; articles: string[] }>();
  for (const article of corpus.articles) {
    const tokens = tokenize(article.text, article.sentences);
    const mentions = article.mentions;
    let m = 0;
    for (const run of capitalisedRuns(tokens, knowledge)) {
      const start = tokens[run.first]?.start ?? 0;
      const end = tokens[run.last]?.end ?? 0;
      while (m < mentions.length && (mentions[m]?.end ?? 0) <= start) m++;
      if (m < mentions.length && (mentions[m]?.start ?? Infinity) < end) continue;
      const surface = article.text.slice(start, end);
      const key = fold(surface);
      if (marked.has(key)) continue;
      const entry = found.get(key) ?? { forms: new Map<string, number>(), count: 0, inner: false, articles: [] };
      entry.count++;
      entry.forms.set(surface, (entry.forms.get(surface) ?? 0) + 1);
      entry.inner ||= !tokens[run.first]?.initial;
      if (entry.articles.at(-1) !== article.slug) entry.articles.push(article.slug);
      found.set(key, entry);
    }
  }
  return [...found.values()]
    .filter((e) => e.count >= minCount && e.inner)
    .map((e) => {
      const name = [...e.forms.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? '';
      return { name, count: e.count, articles: e.articles, entry: suggestedEntry(name) };
    })
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
}

/** Runs of capitalised name words within a sentence, split at words that are never names on their own. */
function capitalisedRuns(tokens: readonly Token[], knowledge: Knowledge): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  let first = -1;
  let last = -1;
  const close = (): void => {
    if (first >= 0) runs.push({ first, last });
    first = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (first >= 0 && (t.sentence !== previous?.sentence || t.gap > 1)) close();
    if (t.word && t.cap && /\p{L}/u.test(t.text) && !excluded(t, knowledge)) {
      if (first < 0) first = i;
      last = i;
    } else if (!(first >= 0 && t.word && CONNECTORS.has(t.text) && tokens[i + 1]?.cap)) close();
  }
  close();
  return runs;
}

function excluded(t: Token, knowledge: Knowledge): boolean {
  const lower = t.text.toLowerCase();
  return (
    ARTICLES.has(t.text) ||
    t.text.length < 2 ||
    knowledge.stopWords.has(lower) ||
    knowledge.calendarWords.has(lower.replace(/\.$/, '')) ||
    knowledge.adjectives.has(t.text) ||
    HONORIFICS.has(t.text.replace(/\.$/, '')) ||
    TITLE_HEADS.has(t.text) ||
    TITLE_MODIFIERS.has(t.text)
  );
}

function fold(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

/** A YAML entry for `entities:`; the type is the user's to choose. */
export function suggestedEntry(name: string): string {
  const quoted = /^[\p{L}\p{N}][\p{L}\p{N} .&'’-]*$/u.test(name) && !/[:#]/.test(name) ? name : JSON.stringify(name);
  return [
    `  - name: ${quoted}`,
    '    type: organization # or: country, place, agency, group, person',
    '    description: … # optional, one line',
  ].join('\n');
}
