import type { GoldArticle } from '../../src/core/eval/parse-gold.ts';
import { seededRandom, shuffled } from '../../src/core/eval/prng.ts';
import type { EntityType, Mention, SourceArticle, Span } from '../../src/core/types.ts';
import { asArticleSlug } from '../../src/core/ids.ts';

/** A paragraph of a source article with its gold mentions, offsets relative to the paragraph. */
interface Paragraph {
  text: string;
  mentions: Mention[];
}

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Paragraphs per generated article, inclusive. */
  paragraphs?: [number, number];
  /** Outlet names to draw from for the front matter. */
  outlets?: readonly string[];
  /**
   * Keep every paragraph's entities as the source names them, instead of
   * swapping them: a corpus on one long story, where a few entities are
   * named in most articles (and fill many pages of mentions).
   */
  keepEntities?: boolean;
}

/**
 * A deterministic synthetic corpus for benchmarking: each article is a random
 * draw of distinct paragraphs from the annotated sources, and within each article every
 * gold entity is swapped for another of the same type (one mapping per
 * article, so coreference still holds), written in the same form (full name,
 * short form, acronym or upper-case dateline) where the other entity has one.
 */
export function generateCorpus(sources: readonly GoldArticle[], options: CorpusOptions): SourceArticle[] {
  return generateTracedCorpus(sources, options).articles;
}

/** A generated corpus with where each paragraph came from. */
export interface TracedCorpus {
  articles: SourceArticle[];
  /** `origins[n][k]`: the source paragraph (a position in `sourceParagraphs(sources)`) of paragraph k of article n. */
  origins: number[][];
}

/** Every paragraph of the sources in order, as `generateCorpus` draws from them: article slug and 0-based block. */
export function sourceParagraphs(sources: readonly GoldArticle[]): { slug: string; paragraph: number; text: string }[] {
  return sources.flatMap((source) =>
    paragraphsOf(source).map((p, k) => ({ slug: source.slug, paragraph: k, text: p.text })),
  );
}

/** `generateCorpus`, also telling which source paragraph each generated paragraph rewrites (the same draws). */
export function generateTracedCorpus(sources: readonly GoldArticle[], options: CorpusOptions): TracedCorpus {
  const random = seededRandom(options.seed);
  const [fewest, most] = options.paragraphs ?? [4, 12];
  const pool = sources.flatMap(paragraphsOf).map((p, origin) => ({ ...p, origin }));
  if (pool.length === 0) throw new Error('generateCorpus: the sources have no paragraphs');
  const forms = surfaceForms(sources);
  const outlets = options.outlets?.length ? options.outlets : ['Generated Wire'];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const origins: number[][] = [];
  const articles = Array.from({ length: options.articles }, (_, n): SourceArticle => {
    const swap = new Map<string, string>();
    for (const ids of forms.byType.values()) {
      const order = shuffled(ids, random);
      ids.forEach((id, i) => swap.set(id, order[i] ?? id));
    }
    const count = fewest + Math.floor(random() * (most - fewest + 1));
    // Without replacement: a paragraph appears at most once per article.
    const drawn = shuffled(pool, random).slice(0, count);
    origins.push(drawn.map((p) => p.origin));
    const paragraphs = drawn.map((p) => (options.keepEntities ? p.text : rewrite(p, swap, forms.byEntity)));
    const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 2900) * 86_400_000);
    const slug = asArticleSlug(`bench-${String(n + 1).padStart(4, '0')}`);
    return {
      slug,
      meta: { title: `Generated article ${n + 1}`, outlet: pick(outlets), published: day.toISOString().slice(0, 10) },
      text: paragraphs.join('\n\n'),
      paragraphs: paragraphSpans(paragraphs),
    };
  });
  return { articles, origins };
}

function paragraphsOf(article: GoldArticle): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const block of article.text.split('\n\n')) {
    const end = start + block.length;
    const mentions = article.mentions
      .filter((m) => m.start >= start && m.end <= end)
      .map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
    out.push({ text: block, mentions });
    start = end + 2;
  }
  return out;
}

interface SurfaceForms {
  /** Entity ids by type, sorted, so shuffles are reproducible. */
  byType: Map<EntityType, string[]>;
  byEntity: Map<string, string[]>;
}

function surfaceForms(sources: readonly GoldArticle[]): SurfaceForms {
  const byEntity = new Map<string, Set<string>>();
  const typeOf = new Map<string, EntityType>();
  for (const m of sources.flatMap((s) => s.mentions)) {
    byEntity.set(m.entity, (byEntity.get(m.entity) ?? new Set()).add(m.surface));
    typeOf.set(m.entity, m.type);
  }
  const byType = new Map<EntityType, string[]>();
  for (const [id, type] of [...typeOf].sort(([a], [b]) => a.localeCompare(b)))
    byType.set(type, [...(byType.get(type) ?? []), id]);
  const sorted = new Map(
    [...byEntity].map(([id, set]) => [id, [...set].sort((a, b) => b.length - a.length || a.localeCompare(b))]),
  );
  return { byType, byEntity: sorted };
}

const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();

/** The form of `target` that plays the role `surface` plays for its own entity. */
function formFor(surface: string, own: readonly string[], target: readonly string[]): string {
  const full = target[0] ?? surface;
  const hasMixed = own.some((s) => !isUpper(s));
  if (isUpper(surface) && hasMixed && surface.length > 4) return full.toUpperCase();
  if (isUpper(surface)) return target.find(isUpper) ?? full;
  if (surface === own[0]) return full;
  return target.filter((s) => !isUpper(s)).at(-1) ?? full;
}

function rewrite(paragraph: Paragraph, swap: Map<string, string>, forms: Map<string, string[]>): string {
  let out = '';
  let at = 0;
  for (const m of paragraph.mentions) {
    const target = swap.get(m.entity) ?? m.entity;
    out += paragraph.text.slice(at, m.start) + formFor(m.surface, forms.get(m.entity) ?? [], forms.get(target) ?? []);
    at = m.end;
  }
  return out + paragraph.text.slice(at);
}

/** Where each generated paragraph lands once joined by blank lines (generated text holds no code blocks). */
function paragraphSpans(paragraphs: readonly string[]): Span[] {
  let start = 0;
  return paragraphs.map((p) => {
    const span = { start, end: start + p.length };
    start += p.length + 2;
    return span;
  });
}
