import type { Quantity } from '../../publish/schemas/analysis/quantities.ts';
import type { AnalyzedArticle } from '../../types.ts';
import type { ArticleTokens } from './article-tokens.ts';
import type { Candidate, QuantityKind, SentenceView } from './candidate.ts';
import { countryOfEntity } from './currencies.ts';
import { QUANTITY_RULES } from './quantity-rules.ts';
import type { Token } from './tokens.ts';

/** A quantity with what the comparison needs beyond the published fields. */
export interface FoundQuantity {
  quantity: Quantity;
  kind: QuantityKind;
  /** A plural vague count ("hundreds", "tens of thousands"). */
  vague: boolean;
  /** Lemmas of the nouns it counts (the head and any coordinated noun). */
  nouns: string[];
  /** The sentence's tokens, and the surface's place among them (`first` to `end - 1`). */
  tokens: readonly Token[];
  first: number;
  end: number;
}

/** The countries an article names, most named first (ties in first-mention order). */
function countriesOf(article: AnalyzedArticle): string[] {
  const counts = new Map<string, number>();
  for (const m of article.mentions) {
    const country = m.type === 'country' ? countryOfEntity(m.entity) : null;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/**
 * Every quantity of an article, sentence by sentence, through the ordered
 * rules of `QUANTITY_RULES`. Ids are `n-<slug>-<sentence>-<k>`, the k-th
 * quantity of that sentence: the same text gives the same ids.
 */
export function findQuantities({ article, tokens, sentences }: ArticleTokens): FoundQuantity[] {
  const countries = countriesOf(article);
  const found: FoundQuantity[] = [];
  sentences.forEach(({ from, to }, s) => {
    const sentence: SentenceView = {
      text: article.text,
      tokens,
      from,
      to,
      mentions: article.mentions,
      countries,
      currencies: new Map(),
    };
    let candidates: Candidate[] = [];
    for (const rule of QUANTITY_RULES) candidates = rule.apply(candidates, sentence);
    candidates
      .sort((a, b) => a.first - b.first)
      .forEach((c, k) => {
        const first = tokens[c.first];
        const last = tokens[c.end - 1];
        if (!first || !last) return;
        found.push({
          quantity: {
            id: `n-${idPart(article.slug)}-${s + 1}-${k + 1}`,
            article: article.slug,
            sentence: s + 1,
            start: first.start,
            end: last.end,
            surface: article.text.slice(first.start, last.end),
            value: c.value,
            relation: c.relation,
            unit: c.unit,
            counts: c.counts,
          },
          kind: c.kind,
          vague: c.vague,
          nouns: c.nouns,
          tokens: tokens.slice(from, to),
          first: c.first - from,
          end: c.end - from,
        });
      });
  });
  return found;
}

/** A slug as the id pattern allows it (lower-case letters, digits, hyphens). */
function idPart(slug: string): string {
  return (
    slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'article'
  );
}
