import { describe, expect, it } from 'vitest';
import { mentionProblems, type PublishedMention } from './published-article.ts';

const TEXT = 'China and the U.S. met.';
const mention = (start: number, end: number, surface: string): PublishedMention => ({
  start,
  end,
  surface,
  entity: 'x',
  type: 'country',
});

describe('mentionProblems', () => {
  it('accepts sorted, separate mentions that match their surface', () => {
    expect(
      mentionProblems({ slug: 's', text: TEXT, mentions: [mention(0, 5, 'China'), mention(14, 18, 'U.S.')] }),
    ).toEqual([]);
  });

  it('reports a surface that is not the text at its offsets', () => {
    expect(mentionProblems({ slug: 's', text: TEXT, mentions: [mention(1, 6, 'China')] })).toEqual([
      'mentions[0] {"start":1,"end":6,"surface":"China","entity":"x","type":"country"}: the text there is "hina "',
    ]);
  });

  it('reports mentions out of order, overlapping, empty or past the end', () => {
    const problems = mentionProblems({
      slug: 's',
      text: TEXT,
      mentions: [
        mention(14, 18, 'U.S.'),
        mention(0, 5, 'China'),
        mention(2, 5, 'ina'),
        mention(5, 5, ''),
        mention(20, 30, 'et.'),
      ],
    });
    expect(problems.map((problem) => problem.replace(/ \{.*\}/, ''))).toEqual([
      'mentions[1]: starts before mentions[0] ends (18)',
      'mentions[2]: starts before mentions[1] ends (5)',
      'mentions[3]: not a non-empty range',
      'mentions[4]: ends after the text (23)',
    ]);
  });
});
