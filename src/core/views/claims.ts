import slugify from '@sindresorhus/slugify';
import type { Discrepancy, Quantity } from '../publish/schemas/analysis/quantities.ts';
import type { AnalyzedArticle } from '../types.ts';

/** One number as the claims page shows it. */
export interface ClaimView {
  quantity: Quantity;
  outlet: string;
  title: string;
  /** The figure as readers compare it: "more than 12 allies", "about 1.5 billion EUR". */
  reading: string;
  /** Its sentence, cut around the number when long. */
  excerpt: { before: string; figure: string; after: string };
  /** The fragment id of the discrepancy it is part of, or null. */
  disputed: string | null;
}

/** The numbers that count one thing, under one heading. */
export interface ClaimGroup {
  /** Fragment id on the page (`c-<slug>`). */
  id: string;
  heading: string;
  claims: ClaimView[];
}

/** A discrepancy with its numbers, in corpus order (date, then article). */
export interface DiscrepancyView {
  id: string;
  about: string;
  claims: ClaimView[];
  /** How many different readings the outlets give. */
  readings: number;
}

export interface ClaimsView {
  discrepancies: DiscrepancyView[];
  groups: ClaimGroup[];
  total: number;
}

const RELATION_WORDS: Readonly<Record<Quantity['relation'], string>> = {
  exactly: '',
  about: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'less-than': 'less than',
};
const FIGURE = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
/** Longer sentences are cut to about this many characters each side of the number. */
const REACH = 90;

/** "more than 12 allies", "about 1.5 billion EUR", "12 %": the number in words a reader can line up. */
export function readingOf(q: Quantity): string {
  const amount = FIGURE.format(q.value);
  const unit = q.unit === '%' ? `${amount}%` : q.unit ? `${amount} ${q.unit}` : amount;
  return [RELATION_WORDS[q.relation], unit, q.counts ?? ''].filter((w) => w.length > 0).join(' ');
}

function excerptOf(article: AnalyzedArticle, q: Quantity): ClaimView['excerpt'] {
  const sentence = article.sentences[q.sentence - 1] ?? { start: q.start, end: q.end };
  let from = sentence.start;
  let to = sentence.end;
  if (q.start - from > REACH) from = article.text.lastIndexOf(' ', q.start - REACH) + 1;
  if (to - q.end > REACH) to = Math.max(q.end, article.text.indexOf(' ', q.end + REACH));
  return {
    before: (from > sentence.start ? '…' : '') + article.text.slice(from, q.start),
    figure: q.surface,
    after: article.text.slice(q.end, to) + (to < sentence.end ? '…' : ''),
  };
}

/** The heading a number is grouped under: what it counts, its currency, or "Percentages". */
function headingOf(q: Quantity): string {
  if (q.unit === '%') return 'Percentages';
  if (q.unit) return `Money in ${q.unit}`;
  return q.counts?.toLowerCase() ?? 'Numbers that count nothing named';
}

/** Money first, then percentages, then counts by how many numbers they have, numbers with no noun last. */
function rank(group: ClaimGroup): number {
  const q = group.claims[0]?.quantity;
  return !q ? 4 : q.unit === '%' ? 1 : q.unit ? 0 : q.counts ? 2 : 3;
}

/**
 * What the claims page shows: the discrepancies first, each number with its
 * outlet, reading and sentence; then every number grouped by what it counts.
 */
export function claimsView(
  analysis: { quantities: readonly Quantity[]; discrepancies: readonly Discrepancy[] },
  articles: readonly AnalyzedArticle[],
): ClaimsView {
  const bySlug = new Map(articles.map((a) => [a.slug as string, a]));
  const order = new Map(articles.map((a, i) => [a.slug as string, i]));
  const disputed = new Map<string, string>();
  analysis.discrepancies.forEach((d, i) => {
    for (const id of d.quantities) disputed.set(id, `d-${i + 1}`);
  });
  const views = new Map<string, ClaimView>();
  for (const q of analysis.quantities) {
    const article = bySlug.get(q.article);
    if (!article) continue;
    views.set(q.id, {
      quantity: q,
      outlet: article.meta.outlet,
      title: article.meta.title,
      reading: readingOf(q),
      excerpt: excerptOf(article, q),
      disputed: disputed.get(q.id) ?? null,
    });
  }
  const inCorpusOrder = (a: ClaimView, b: ClaimView): number =>
    (order.get(a.quantity.article) ?? 0) - (order.get(b.quantity.article) ?? 0) || a.quantity.start - b.quantity.start;
  const discrepancies = analysis.discrepancies.map((d, i) => {
    const claims = d.quantities.flatMap((id) => views.get(id) ?? []).sort(inCorpusOrder);
    return { id: `d-${i + 1}`, about: d.about, claims, readings: new Set(claims.map((c) => c.reading)).size };
  });
  const grouped = new Map<string, ClaimView[]>();
  for (const view of views.values()) {
    const heading = headingOf(view.quantity);
    grouped.set(heading, [...(grouped.get(heading) ?? []), view]);
  }
  const groups = [...grouped].map(([heading, claims]) => ({
    id: `c-${slugify(heading)}`,
    heading,
    claims: claims.sort(inCorpusOrder),
  }));
  groups.sort(
    (a, b) => rank(a) - rank(b) || b.claims.length - a.claims.length || a.heading.localeCompare(b.heading, 'en'),
  );
  return { discrepancies, groups, total: views.size };
}
