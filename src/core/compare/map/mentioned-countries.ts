import { compareText } from '../../compare-text.ts';
import type { CorpusAnalysis, EntitySummary } from '../../types.ts';

/** A country or territory the articles mention, and whether the map can draw it. */
export interface CountryRow {
  entity: EntitySummary;
  /** ISO 3166-1 numeric, as world-atlas ids its features. */
  code: string;
  mentions: number;
  articles: number;
  /** False where the atlas has no shape under this code (too small for its scale, or not in it). */
  onMap: boolean;
}

/**
 * The mentioned entities that are countries, or territories with a country
 * code of their own (Greenland, Hong Kong), most mentioned first, then by
 * name. A city or region never matches: only ids the code table holds do.
 */
export function mentionedCountries(
  corpus: CorpusAnalysis,
  codes: ReadonlyMap<string, string>,
  drawable: ReadonlySet<string>,
): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const entity of corpus.entities) {
    const code = codes.get(entity.id);
    if (code === undefined || (entity.type !== 'country' && entity.type !== 'place') || entity.mentions === 0) continue;
    rows.push({ entity, code, mentions: entity.mentions, articles: entity.articles.length, onMap: drawable.has(code) });
  }
  return rows.sort((a, b) => b.mentions - a.mentions || compareText(a.entity.name, b.entity.name));
}
