import { compareText } from '../../compare-text.ts';
import type { CoverageRow } from '../../publish/schemas/analysis/coverage.ts';
import type { AnalyzedArticle, CorpusAnalysis, EntityId } from '../../types.ts';
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
  const headlines = new HeadlineNames(formsOf(corpus));
  const cells = new Map<EntityId, Map<string, { mentions: number; lead: boolean }>>();
  const cell = (entity: EntityId, outlet: string): { mentions: number; lead: boolean } => {
    let row = cells.get(entity);
    if (!row) cells.set(entity, (row = new Map<string, { mentions: number; lead: boolean }>()));
    let c = row.get(outlet);
    if (!c) row.set(outlet, (c = { mentions: 0, lead: false }));
    return c;
  };
  for (const article of corpus.articles) {
    const outlet = article.meta.outlet;
    for (const m of article.mentions) cell(m.entity, outlet).mentions++;
    for (const entity of leadEntities(article, headlines)) cell(entity, outlet).lead = true;
  }

  const order = new Map(outletsOf(corpus.articles).map((o, i) => [o, i]));
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  return [...cells]
    .filter(([entity]) => names.has(entity))
    .map(([entity, row]) => ({
      entity,
      outlets: Object.fromEntries([...row].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))),
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
