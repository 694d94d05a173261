/** The data contract of `/data/articles/<slug>.json` as far as mentions go (see the design). */

/** One mention as published. */
export interface PublishedMention {
  start: number;
  end: number;
  surface: string;
  entity: string;
  type: string;
}

/** The fields of a published article the checks read. */
export interface PublishedArticle {
  slug: string;
  text: string;
  mentions: PublishedMention[];
}

/**
 * Each way the mentions break the contract: `text.slice(start, end) === surface`, sorted by
 * `start`, none overlapping, every range non-empty and in the text. Empty when they keep it.
 */
export function mentionProblems(article: PublishedArticle): string[] {
  const problems: string[] = [];
  article.mentions.forEach((mention, index) => {
    const label = `mentions[${index}] ${JSON.stringify(mention)}`;
    const { start, end } = mention;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
      problems.push(`${label}: not a non-empty range`);
    } else if (end > article.text.length) {
      problems.push(`${label}: ends after the text (${article.text.length})`);
    }
    const slice = article.text.slice(start, end);
    if (slice !== mention.surface) problems.push(`${label}: the text there is ${JSON.stringify(slice)}`);
    const previous = article.mentions[index - 1];
    // With non-empty ranges this catches both disorder and overlap.
    if (previous !== undefined && start < previous.end) {
      problems.push(`${label}: starts before mentions[${index - 1}] ends (${previous.end})`);
    }
  });
  return problems;
}
