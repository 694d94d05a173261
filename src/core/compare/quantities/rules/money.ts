import { tokenAt, type Candidate, type QuantityRule, type SentenceView } from '../candidate.ts';
import {
  codesOfNoun,
  codesOfSign,
  countryOfWord,
  currencyNoun,
  isCurrencyCode,
  resolveCurrency,
} from '../currencies.ts';

/**
 * Sums of money: a number with a currency sign or code before it ("$1.2bn",
 * "US$250 billion", "S$342.58 billion", "€40 million", "USD 5 million") or a
 * currency noun after it, with its country if given ("118 Danish crowns",
 * "5 million yen", "billions of dollars"). The unit is the ISO 4217 code;
 * a noun without its country takes the one given earlier in the sentence
 * ("… from 140 crowns"). Money counts nothing.
 */
export const money: QuantityRule = {
  name: 'money',
  apply(candidates, sentence) {
    return candidates.map((c) => (c.kind === 'count' ? (withCurrency(c, sentence) ?? c) : c));
  },
};

function withCurrency(c: Candidate, sentence: SentenceView): Candidate | null {
  const before = signBefore(c, sentence);
  if (before) {
    const code = resolveCurrency(before.codes, before.codes[0] === 'USD' ? 'dollar' : null, null, sentence.countries);
    return code ? { ...c, first: before.first, kind: 'money', unit: code, counts: null } : null;
  }
  const after = nounAfter(c, sentence);
  if (!after) return null;
  const remembered = after.country ? undefined : sentence.currencies.get(after.noun);
  const code =
    after.code ?? remembered ?? resolveCurrency(codesOfNoun(after.noun), after.noun, after.country, sentence.countries);
  if (!code) return null;
  sentence.currencies.set(after.noun, code);
  return { ...c, end: after.end, kind: 'money', unit: code, counts: null };
}

function signBefore(c: Candidate, sentence: SentenceView): { first: number; codes: readonly string[] } | null {
  const sign = tokenAt(sentence, c.first - 1);
  if (!sign) return null;
  if (isCurrencyCode(sign.text)) return { first: c.first - 1, codes: [sign.text] };
  const prefix = tokenAt(sentence, c.first - 2);
  // "S$" is two tokens, a letter and the sign, with nothing between them.
  if (sign.text === '$' && prefix && !sign.spaced && /^\p{L}+\.?$/u.test(prefix.text)) {
    const codes = codesOfSign(`${prefix.text}$`);
    if (codes) return { first: c.first - 2, codes };
  }
  const codes = codesOfSign(sign.text);
  return codes ? { first: c.first - 1, codes } : null;
}

function nounAfter(
  c: Candidate,
  sentence: SentenceView,
): { end: number; noun: string; country: string | null; code: string | null } | null {
  let i = c.end;
  // "billions of dollars": a vague count of a currency.
  if (c.vague && tokenAt(sentence, i)?.lower === 'of') i += 1;
  const first = tokenAt(sentence, i);
  if (!first) return null;
  if (isCurrencyCode(first.text)) return { end: i + 1, noun: first.text, country: null, code: first.text };
  for (const width of [2, 1, 0]) {
    const words = sentence.tokens.slice(i, i + width);
    const country = width === 0 ? null : countryOfWord(words.map((w) => w.text).join(' '));
    if (width > 0 && !country) continue;
    const token = tokenAt(sentence, i + width);
    const noun = token ? currencyNoun(token.lower, token.lemma) : null;
    // "200 pounds of cocaine" is a weight.
    if (!token || !noun || (noun === 'pound' && tokenAt(sentence, i + width + 1)?.lower === 'of')) continue;
    return { end: i + width + 1, noun, country, code: null };
  }
  return null;
}
