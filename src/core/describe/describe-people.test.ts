import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../analyze/analyze-corpus.ts';
import type { CorpusAnalysis, SourceArticle } from '../types.ts';
import { loadKnowledge } from '../../pipeline/knowledge.ts';
import { plainArticle } from '../../../tests/fixtures/plain-article.ts';

const knowledge = loadKnowledge();

function corpus(...texts: string[]): CorpusAnalysis {
  const articles: SourceArticle[] = texts.map((text, i) =>
    plainArticle(`a${i}`, { title: `Article ${i}`, outlet: 'Test Wire', published: `2024-05-0${i + 1}` }, text),
  );
  return analyzeCorpus(articles, knowledge);
}

/** The description of the entity named `name` (by its canonical name), or undefined. */
function describedAs(result: CorpusAnalysis, name: string): string | undefined {
  const entity = result.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity ${name}: ${result.entities.map((e) => e.name).join(', ')}`);
  return entity.description;
}

describe('a person described by the role the text gives them', () => {
  it('reads an apposition after the name, up to the next comma', () => {
    const result = corpus(
      'Marguerite Ollendorff, senior fellow for energy policy at the Halvard Institute for Northern Studies, said the grid was fragile.',
    );
    expect(describedAs(result, 'Marguerite Ollendorff')).toBe(
      'senior fellow for energy policy at the Halvard Institute for Northern Studies',
    );
  });

  it('drops a leading a/an and steps over an age', () => {
    const result = corpus('Tobias Wrenfield, 47, a former engineer at a shipyard in Gdansk, was charged on Friday.');
    expect(describedAs(result, 'Tobias Wrenfield')).toBe('former engineer at a shipyard in Gdansk');
  });

  it('reads a title written before the name', () => {
    const result = corpus('Deputy Interior Minister Halvor Brekkestad announced the inquiry on Monday.');
    expect(describedAs(result, 'Halvor Brekkestad')).toBe('Deputy Interior Minister');
  });

  it('reads a lower-case role with the capitalised words that qualify it', () => {
    const result = corpus('The talks stalled, Treasury spokeswoman Ilse Vandermoot told reporters on Tuesday.');
    expect(describedAs(result, 'Ilse Vandermoot')).toBe('Treasury spokeswoman');
  });

  it('keeps "of" inside a title and steps over an honorific', () => {
    const result = corpus('The letter was signed by Secretary of Commerce Mr Oswin Tallgrass after the vote.');
    expect(describedAs(result, 'Oswin Tallgrass')).toBe('Secretary of Commerce');
  });

  it('prefers an apposition to a title, wherever in the corpus it is', () => {
    const result = corpus(
      'Commissioner Rasmus Kelderhaug spoke first.',
      'Rasmus Kelderhaug, the regional commissioner for fisheries, said quotas would fall. Kelderhaug left early.',
    );
    expect(describedAs(result, 'Rasmus Kelderhaug')).toBe('the regional commissioner for fisheries');
  });

  it('takes the role written most often, then the earliest', () => {
    const result = corpus(
      'Professor Annika Solvberg opened the meeting.',
      'Director Annika Solvberg closed it.',
      'Director Annika Solvberg wrote later.',
    );
    expect(describedAs(result, 'Annika Solvberg')).toBe('Director');
  });

  it('leaves a participle out and gives a role shared by several names in the singular', () => {
    const result = corpus(
      'Prime Minister Sofie Lindqvist, visiting Oslo, met retiring then-governor Henrik Aasland.',
      'Prosecutors charged engineers Tomas Rydberg and Karl Ekholm with fraud.',
    );
    expect(describedAs(result, 'Sofie Lindqvist')).toBe('Prime Minister');
    expect(describedAs(result, 'Henrik Aasland')).toBe('then-governor');
    expect(describedAs(result, 'Tomas Rydberg')).toBe('engineer');
    expect(describedAs(result, 'Karl Ekholm')).toBeUndefined();
  });

  it('finds nothing in a relative clause, a participle, a list of names or a pronoun', () => {
    const result = corpus(
      'Corvin Ashgrove, who leads the union, said the strike would go on.',
      'Sarah Dijkhuis, speaking alongside the Attorney General, said little.',
      'Police named Laura Pemberton, Dario Falcone and Maria Vasquez in the case.',
      'Linus Brandvold, his lawyer, declined to comment.',
    );
    const people = result.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'Corvin Ashgrove',
        'Sarah Dijkhuis',
        'Laura Pemberton',
        'Dario Falcone',
        'Linus Brandvold',
      ]),
    );
    expect(people.filter((e) => e.description !== undefined).map((e) => `${e.name}: ${e.description ?? ''}`)).toEqual(
      [],
    );
  });

  it('does not take a weekday or a common sentence opener into a title', () => {
    const result = corpus(
      'On Thursday Governor Edda Marklund resigned.',
      'Meanwhile Senator Joris Veldkamp abstained.',
    );
    expect(describedAs(result, 'Edda Marklund')).toBe('Governor');
    expect(describedAs(result, 'Joris Veldkamp')).toBe('Senator');
  });

  it('keeps the knowledge file’s description and describes only people', () => {
    const result = corpus('Beijing, the capital, hosted the talks. The Kessler Group, a lobbying firm, was there.');
    const known = result.entities.find((e) => e.description !== undefined && e.type !== 'person');
    const text = result.entities.filter((e) => e.type !== 'person' && e.description?.includes('capital,'));
    expect(known?.description).toBeTruthy();
    expect(text).toEqual([]);
    expect(result.entities.find((e) => e.name.startsWith('Kessler'))?.description).toBeUndefined();
  });
});
