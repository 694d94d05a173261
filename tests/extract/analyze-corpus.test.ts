import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/core/analyze/analyze-corpus.ts';
import type { CorpusAnalysis, SourceArticle } from '../../src/core/types.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import { plainArticle } from '../fixtures/plain-article.ts';

const knowledge = loadKnowledge();

function corpus(...texts: string[]): CorpusAnalysis {
  const articles: SourceArticle[] = texts.map((text, i) =>
    plainArticle(`a${i}`, { title: `Article ${i}`, outlet: 'Test Wire', published: '2024-03-0' + (i + 1) }, text),
  );
  return analyzeCorpus(articles, knowledge);
}

/** `surface→entity:type` for every mention of the first article. */
function marks(result: CorpusAnalysis, article = 0): string[] {
  return (result.articles[article]?.mentions ?? []).map((m) => `${m.surface}→${m.entity}:${m.type}`);
}

describe('analyzeCorpus', () => {
  it('joins the aliases of a country into one entity', () => {
    const result = corpus('The U.S. and the United States are one place. The US agreed, and America waited.');
    expect(marks(result)).toEqual([
      'U.S.→united-states:country',
      'United States→united-states:country',
      'US→united-states:country',
      'America→united-states:country',
    ]);
    expect(result.entities.filter((e) => e.type === 'country')).toHaveLength(1);
  });

  it('resolves Britain and the United Kingdom across articles', () => {
    const result = corpus('Britain protested on Monday.', 'The United Kingdom protested again.');
    expect(marks(result, 0)).toEqual(['Britain→united-kingdom:country']);
    expect(marks(result, 1)).toEqual(['United Kingdom→united-kingdom:country']);
    expect(result.entities.find((e) => e.id === 'united-kingdom')?.articles).toEqual(['a0', 'a1']);
  });

  it('links an acronym defined in parentheses to the name it follows, corpus-wide', () => {
    const result = corpus(
      'The Ministry of Digital Affairs (MODA) opened an inquiry into the breach.',
      'Officials at MODA declined to comment.',
    );
    expect(marks(result, 0)).toEqual([
      'Ministry of Digital Affairs→ministry-of-digital-affairs:agency',
      'MODA→ministry-of-digital-affairs:agency',
    ]);
    expect(marks(result, 1)).toEqual(['MODA→ministry-of-digital-affairs:agency']);
  });

  it('links a surname and a titled surname to the person introduced earlier', () => {
    const result = corpus(
      'Investigators named Lena Okafor, a researcher at the firm. Okafor said the intrusion began in May. Ms Okafor declined to say more.',
    );
    expect(marks(result)).toEqual([
      'Lena Okafor→lena-okafor:person',
      'Okafor→lena-okafor:person',
      'Okafor→lena-okafor:person',
    ]);
  });

  it('keeps possessives and trailing punctuation out of the mention', () => {
    const result = corpus("Canada’s envoy met Japan's minister, then flew to Beijing.");
    expect(marks(result)).toEqual(['Canada→canada:country', 'Japan→japan:country', 'Beijing→beijing:place']);
  });

  it('finds nothing in a paragraph without names', () => {
    const result = corpus('Officials said the talks would resume next week, after a short pause.');
    expect(result.articles[0]?.mentions).toEqual([]);
    expect(result.entities).toEqual([]);
  });

  it('handles names with diacritics and particles', () => {
    const result = corpus('Ursula von der Leyen met José Ramos in Brussels. Ramos thanked von der Leyen.');
    expect(marks(result)).toEqual([
      'Ursula von der Leyen→ursula-von-der-leyen:person',
      'José Ramos→jose-ramos:person',
      'Brussels→brussels:place',
      'Ramos→jose-ramos:person',
      'von der Leyen→ursula-von-der-leyen:person',
    ]);
  });

  it('splits a country prefix from the agency it names and leaves demonyms and currency alone', () => {
    const result = corpus('The US Justice Department charged two Chinese nationals over US$250 million in thefts.');
    expect(marks(result)).toEqual(['US→united-states:country', 'Justice Department→us-department-of-justice:agency']);
  });

  it('drops titles from person names and types the titled surname as a person', () => {
    const result = corpus(
      'Deputy Attorney General Rod Rosenstein spoke after President Trump left. Mr Rosenstein said little.',
    );
    expect(marks(result)).toEqual([
      'Rod Rosenstein→rod-rosenstein:person',
      'Trump→trump:person',
      'Rosenstein→rod-rosenstein:person',
    ]);
  });

  it('types discovered names by their head word and by the words before them', () => {
    const result = corpus(
      'Analysts at the Kestrel Policy Institute and the Maritime Safety Bureau disagreed. A company called Borealis Quantum denied it.',
    );
    expect(marks(result)).toEqual([
      'Kestrel Policy Institute→kestrel-policy-institute:organization',
      'Maritime Safety Bureau→maritime-safety-bureau:agency',
      'Borealis Quantum→borealis-quantum:organization',
    ]);
  });

  it('recognises threat groups by code and by vendor nickname, and their known aliases', () => {
    const result = corpus(
      'Researchers tied the attack to APT28, also called Fancy Bear, and to a crew dubbed Copper Panda.',
    );
    expect(marks(result)).toEqual(['APT28→apt28:group', 'Fancy Bear→apt28:group', 'Copper Panda→copper-panda:group']);
  });

  it('never lets a mention cross a sentence break', () => {
    const result = corpus('The deal was signed in Canberra. Wellington objected.');
    for (const article of result.articles) {
      for (const m of article.mentions) {
        const sentence = article.sentences.find((s) => s.start <= m.start && m.end <= s.end);
        expect(sentence, m.surface).toBeDefined();
      }
    }
    expect(marks(result)).toEqual(['Canberra→canberra:place', 'Wellington→wellington:place']);
  });

  it('keeps offsets exact: every surface equals its slice of the text', () => {
    const result = corpus('From São Paulo to Berlin — “Germany’s” line held; 日本 and Japan differ. 🙂 Paris agreed.');
    for (const article of result.articles) {
      for (const m of article.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(marks(result)).toEqual([
      'São Paulo→sao-paulo:place',
      'Berlin→berlin:place',
      'Germany→germany:country',
      'Japan→japan:country',
      'Paris→paris:place',
    ]);
  });
  it('never lets a name run on into the next paragraph', () => {
    const result = corpus(
      'He met the Ministry of Trade, Industry and Energy\n\nChina said no. They went to the Office of the\n\nPresident Xi spoke.',
    );
    const article = result.articles[0];
    for (const m of article?.mentions ?? []) expect(m.surface, m.surface).not.toContain('\n');
  });

  it('does not let brackets that spell nothing relabel the name before them', () => {
    const result = corpus('John Smith (FBI) said the case was closed. Officials in Beijing (MSS) said little.');
    expect(marks(result)).toEqual([
      'John Smith→john-smith:person',
      'FBI→federal-bureau-of-investigation:agency',
      'Beijing→beijing:place',
      'MSS→ministry-of-state-security:agency',
    ]);
  });

  it('keeps a leader apart from the administration named after them', () => {
    const result = corpus('The Biden administration said it would act. President Biden said so on Monday.');
    expect(marks(result)).toEqual(['Biden administration→biden-administration:agency', 'Biden→biden:person']);
  });

  it('reads a long run of capitalised words and gives sound mentions', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? 'China' : 'Quantum')).join(' ') + '.';
    const article = corpus(text).articles[0];
    for (const m of article?.mentions ?? []) expect(article?.text.slice(m.start, m.end)).toBe(m.surface);
    expect(article?.mentions.filter((m) => m.entity === 'china').length).toBeGreaterThan(0);
  });
});
