import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import type { AnalyzedArticle, CorpusAnalysis } from '../../src/core/types.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { plainArticle } from '../fixtures/plain-article.ts';

const knowledge = loadKnowledge();

/** Words that exercise the rules: known names, titles, heads, connectors, cues, given names, codes. */
const WORDS = [
  ...[
    'China',
    'U.S.',
    'US',
    'United States',
    'Beijing',
    'Ministry',
    'of',
    'the',
    'The',
    'and',
    '&',
    'for',
    'de',
    'von',
  ],
  ...['Security', 'Corp', 'Corp.', 'Co.', 'Inc.', 'St.', 'Mt.', 'Ft.', 'Mr', 'Mr.', 'Dr', 'President', 'Deputy'],
  ...['Attorney', 'General', 'Secretary', 'State', 'Department', 'Justice', 'Bureau', 'Institute', 'Senate'],
  ...['Parliament', 'APT10', 'Stone', 'Panda', 'Zhu', 'Hua', 'John', 'Smith', 'Lena', 'Okafor', 'said', 'told'],
  ...['company', 'called', 'known', 'as', 'dubbed', 'tracked', 'group', 'hackers', 'anti-', 'NATO', 'GRU', 'now', 'X'],
  ...['administration', 'Trump', 'Chinese', 'North', 'Korean', 'Monday', 'Reuters', 'WASHINGTON', 'Bank', 'Post'],
  ...['Veridian', 'Silicon', 'Huemul', '1', '74455', 'Unit', 'in', 'at', 'it', 'he', 'she', 'which', 'who'],
  ...[
    'Bogota\u0301',
    'Jose\u0301',
    'Sa\u0303o Paulo',
    'Chi\u200bna',
    'Zhu\u200b',
    '\u202bBeijing\u202c',
    '\u2066MSS\u2069',
  ],
  ...['Ould', 'Mohamed', 'Ngozi', 'Okonjo-Iweala', 'Jiří', 'Nováková', 'Xi', 'Jinping', 'al-Harbi', 'bin'],
];
const PUNCTUATION = [
  '.',
  ',',
  ';',
  ':',
  '(',
  ')',
  '“',
  '”',
  '"',
  "'s",
  '’s',
  '-',
  '—',
  '?',
  '!',
  '$',
  '\u200b',
  '\u200f',
];

const word = fc.constantFrom(...WORDS);
const token = fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) });
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', ' \u200b');
const paragraph = fc
  .array(fc.tuple(token, separator), { minLength: 1, maxLength: 30 })
  .map((parts) =>
    parts
      .map(([t, s]) => t + s)
      .join('')
      .trim(),
  )
  .filter((p) => p.length > 0 && !p.includes('\n\n'));
/** Paragraphs of name-like words and punctuation, joined by blank lines, some without a closing full stop. */
const article = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n'));

function analyze(...texts: string[]): CorpusAnalysis {
  const articles = texts.map((text, i) =>
    plainArticle(`a${i}`, { title: 'T', outlet: 'O', published: `2024-01-0${(i % 9) + 1}` }, text),
  );
  return analyzeCorpus(articles, knowledge);
}

/** The invariants every analysed article keeps; throws with the first broken one. */
function checkInvariants(article: AnalyzedArticle): void {
  let previousEnd = 0;
  for (const m of article.mentions) {
    expect(article.text.slice(m.start, m.end), 'surface is its slice').toBe(m.surface);
    expect(m.start, `"${m.surface}" overlaps the mention before it`).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    previousEnd = m.end;
    const paragraph = article.paragraphs.find((p) => p.start <= m.start && m.end <= p.end);
    expect(paragraph, `"${m.surface}" crosses a paragraph`).toBeDefined();
    const sentence = article.sentences.find((s) => s.start <= m.start && m.end <= s.end);
    expect(sentence, `"${m.surface}" crosses a sentence`).toBeDefined();
  }
}

describe('extraction invariants under random input', () => {
  it('keeps every mention inside one paragraph and one sentence, exact and disjoint', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (texts) => {
        for (const a of analyze(...texts).articles) checkInvariants(a);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string, and keeps the invariants', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => s.normalize('NFD')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        for (const a of analyze(text).articles) checkInvariants(a);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same names in NFD text as in NFC text', () => {
    fc.assert(
      fc.property(article, (text) => {
        const nfc = text.normalize('NFC');
        const composed = analyze(nfc).articles[0]?.mentions.map((m) => `${m.entity}:${m.type}`);
        const decomposed = analyze(nfc.normalize('NFD')).articles[0]?.mentions.map((m) => `${m.entity}:${m.type}`);
        expect(decomposed).toEqual(composed);
      }),
      { numRuns: 150 },
    );
  });

  it('reads a name through zero-width and bidi control characters', () => {
    const result = analyze(
      'Officials in \u202bBeijing\u202c met Chi\u200bna\u2019s envoy and the Mini\u200dstry of State Security.',
    );
    const marks = result.articles[0]?.mentions.map((m) => `${m.entity}:${m.type}`);
    expect(marks).toEqual(['beijing:place', 'china:country', 'ministry-of-state-security:agency']);
  });

  it('ends a name at a paragraph that closes without a full stop', () => {
    const result = analyze('He met the U.S. of\n\nVeridian Corp officials.', 'Co. von\n\nChina');
    expect(result.articles[0]?.mentions.map((m) => m.surface)).toEqual(['U.S.', 'Veridian Corp']);
    expect(result.articles[1]?.mentions.map((m) => m.surface)).toEqual(['China']);
  });
});
