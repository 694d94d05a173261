import { summarizeEntities } from '../summarize-entities.ts';
import { blockSpans } from '../text/block-spans.ts';
import {
  type AnalyzedArticle,
  type ArticleSlug,
  type CorpusAnalysis,
  type EntityId,
  type EntityType,
  type Mention,
  type Span,
} from '../types.ts';

/** A mark in a fixture: the surface as it appears (in order), the entity id, its type. */
export type FixtureMark = readonly [surface: string, entity: string, type: EntityType];

/**
 * A small analysed article for unit tests: paragraphs joined by a blank line,
 * sentences ending at a full stop before a capital, and each mark found after the previous one.
 */
export function fixtureArticle(
  slug: string,
  published: string,
  paragraphs: string[],
  marks: FixtureMark[],
): AnalyzedArticle {
  const text = paragraphs.join('\n\n');
  const mentions: Mention[] = [];
  let from = 0;
  for (const [surface, entity, type] of marks) {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`fixture ${slug}: ${surface} not found after ${from}`);
    mentions.push({ start, end: start + surface.length, surface, entity: entity as EntityId, type });
    from = start + surface.length;
  }
  const paragraphSpans = blockSpans(text);
  const sentences: Span[] = [];
  for (const block of paragraphSpans) {
    // A sentence ends at a full stop before a capital letter or the block's end ("U.S. and" does not end one).
    const body = text.slice(block.start, block.end);
    let start = 0;
    for (const match of body.matchAll(/\.(?:\s+(?=[A-Z])|$)/g)) {
      sentences.push({ start: block.start + start, end: block.start + match.index + 1 });
      start = match.index + match[0].length;
    }
    if (start < body.length) sentences.push({ start: block.start + start, end: block.end });
  }
  return {
    slug: slug as ArticleSlug,
    meta: { title: `Title of ${slug}`, outlet: `Outlet ${slug}`, published },
    text,
    mentions,
    paragraphs: paragraphSpans,
    sentences,
  };
}

/** A corpus of fixture articles, its entities counted the way the analysis counts them (names given by `names`). */
export function fixtureCorpus(articles: AnalyzedArticle[], names: Record<string, string> = {}): CorpusAnalysis {
  const entities = summarizeEntities(articles, (m) => ({
    id: m.entity,
    name: names[m.entity] ?? m.surface,
    type: m.type,
    aliases: [],
  }));
  return { articles, entities };
}

/** Two short articles about the same story, shared by the analysis and publish tests. */
export function sampleCorpus(): CorpusAnalysis {
  return fixtureCorpus(
    [
      fixtureArticle(
        'first',
        '2018-12-20',
        ['China denied it. The U.S. and Britain accused China of hacking.', 'Zhu Hua of APT10 was charged.'],
        [
          ['China', 'china', 'country'],
          ['U.S.', 'united-states', 'country'],
          ['Britain', 'united-kingdom', 'country'],
          ['China', 'china', 'country'],
          ['Zhu Hua', 'zhu-hua', 'person'],
          ['APT10', 'apt10', 'group'],
        ],
      ),
      fixtureArticle(
        'second',
        '2018-12-21',
        ['APT10 hacked firms in Britain. China said no.'],
        [
          ['APT10', 'apt10', 'group'],
          ['Britain', 'united-kingdom', 'country'],
          ['China', 'china', 'country'],
        ],
      ),
    ],
    { 'united-states': 'United States', 'united-kingdom': 'United Kingdom' },
  );
}
