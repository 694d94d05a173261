import { compareText } from '../../compare-text.ts';
import type { CoverageRow } from '../../publish/schemas/analysis/coverage.ts';
import type { AnalyzedArticle, ArticleSlug, CorpusAnalysis, EntityId } from '../../types.ts';
import { outletsOf } from '../outlets.ts';
import { HeadlineNames } from './headline-names.ts';

/**
 * The entities × outlets matrix: for each entity, each outlet that names it,
 * with its mentions across the outlet's articles and whether it leads one of
 * them (named in the headline or in the first paragraph). Rows run from the
 * entity most outlets name to the fewest, then by mentions and name; each
 * row's outlets in name order.
 */
export function coverageOf(corpus: CorpusAnalysis): CoverageRow[] {
  const cells = coverageCells(corpus);
  const order = new Map(outletsOf(corpus.articles).map((o, i) => [o, i]));
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  return [...cells]
    .filter(([entity]) => names.has(entity))
    .map(([entity, row]) => ({
      entity,
      outlets: Object.fromEntries(
        [...row]
          .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
          .map(([outlet, c]) => [outlet, { mentions: c.mentions, lead: c.lead }]),
      ),
      mentions: [...row.values()].reduce((n, c) => n + c.mentions, 0),
    }))
    .sort(
      (a, b) =>
        Object.keys(b.outlets).length - Object.keys(a.outlets).length ||
        b.mentions - a.mentions ||
        compareText(names.get(a.entity) ?? '', names.get(b.entity) ?? '') ||
        compareText(a.entity, b.entity),
    )
    .map(({ entity, outlets }) => ({ entity, outlets }));
}

/** One cell of the matrix, with where a reader finds it: the outlet's first article that mentions the entity, or that leads with it. */
export interface CoverageCell {
  mentions: number;
  lead: boolean;
  mentionedIn: ArticleSlug | null;
  ledIn: ArticleSlug | null;
}

/** Every cell of the matrix, by entity and outlet, in no particular order. */
export function coverageCells(corpus: CorpusAnalysis): Map<EntityId, Map<string, CoverageCell>> {
  const headlines = new HeadlineNames(formsOf(corpus));
  const cells = new Map<EntityId, Map<string, CoverageCell>>();
  const cell = (entity: EntityId, outlet: string): CoverageCell => {
    let row = cells.get(entity);
    if (!row) cells.set(entity, (row = new Map<string, CoverageCell>()));
    let c = row.get(outlet);
    if (!c) row.set(outlet, (c = { mentions: 0, lead: false, mentionedIn: null, ledIn: null }));
    return c;
  };
  for (const article of corpus.articles) {
    const outlet = article.meta.outlet;
    for (const m of article.mentions) {
      const c = cell(m.entity, outlet);
      c.mentions++;
      c.mentionedIn ??= article.slug;
    }
    for (const entity of leadEntities(article, headlines)) {
      const c = cell(entity, outlet);
      c.lead = true;
      c.ledIn ??= article.slug;
    }
  }
  return cells;
}

/** Every name an entity goes by: its name, its aliases and each surface it has in the corpus. */
function* formsOf(corpus: CorpusAnalysis): Generator<[EntityId, string]> {
  for (const e of corpus.entities) {
    yield [e.id, e.name];
    for (const alias of e.aliases) yield [e.id, alias];
  }
  for (const a of corpus.articles) for (const m of a.mentions) yield [m.entity, m.surface];
}

/** The entities an article names in its headline or its first paragraph. */
function leadEntities(article: AnalyzedArticle, headlines: HeadlineNames): Set<EntityId> {
  const lead = headlines.in(article.meta.title);
  const first = article.paragraphs[0];
  if (first) for (const m of article.mentions) if (m.start < first.end) lead.add(m.entity);
  return lead;
}
