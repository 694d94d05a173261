import { describe, expect, it } from 'vitest';
import type { FixtureMark } from '../../../../tests/fixtures/fixture-corpus.ts';
import { quoteCorpus } from '../../../../tests/fixtures/quote-fixture.ts';
import { findArticleQuotes } from './find-quotes.ts';

/** The quotes of one made-up article: words, speaker ids (empty when none) and the name shown. */
function quotesOf(paragraphs: string[], marks: FixtureMark[] = []) {
  return findArticleQuotes(quoteCorpus([{ paragraphs, marks }])).map((q) => ({
    text: q.text,
    speakers: q.speaker.entities,
    name: q.speaker.name,
  }));
}

const person = (surface: string, id: string): FixtureMark => [surface, id, 'person'];
const org = (surface: string, id: string): FixtureMark => [surface, id, 'organization'];
const agency = (surface: string, id: string): FixtureMark => [surface, id, 'agency'];

describe('finding quotations', () => {
  it('finds nothing in an article without quotations, whatever its apostrophes, names and terms in marks', () => {
    const quotes = quotesOf([
      "The dockers’ union met on Monday. The workers' pay has not risen since the ’90s, and they don’t expect it to.",
      'The group, known as “Sandworm Team Nine”, targeted so-called “managed service providers” in an “unprecedented” campaign.',
      'Protesters carried placards that read “Robots don’t feed families.” A report titled “Ports in a storm” came out.',
    ]);
    expect(quotes).toEqual([]);
  });

  it('finds a quotation over two sentences, with a straight or curly mark', () => {
    const curly = quotesOf(
      ['“We will appeal. The ruling is wrong,” said Maria Lopez.'],
      [person('Maria Lopez', 'maria-lopez')],
    );
    const straight = quotesOf(
      ['"We will appeal. The ruling is wrong," said Maria Lopez.'],
      [person('Maria Lopez', 'maria-lopez')],
    );
    expect(curly).toEqual([
      { text: 'We will appeal. The ruling is wrong,', speakers: ['maria-lopez'], name: 'Maria Lopez' },
    ]);
    expect(straight.map((q) => q.speakers)).toEqual([['maria-lopez']]);
  });

  it('reads British single marks without taking an apostrophe for one', () => {
    const quotes = quotesOf(
      ['‘The dockers’ union is not against progress,’ said Kofi Mensah. ‘It’s against being thrown away.’'],
      [person('Kofi Mensah', 'kofi-mensah')],
    );
    expect(quotes).toEqual([
      {
        text: 'The dockers’ union is not against progress, … It’s against being thrown away.',
        speakers: ['kofi-mensah'],
        name: 'Kofi Mensah',
      },
    ]);
  });

  it('makes one quotation of pieces broken by their attribution, and of one running over two paragraphs', () => {
    const quotes = quotesOf(
      [
        '“This is the first step,” said Anna Berg, a lawyer for the families. “It will not be the last.',
        '“Nobody here did anything wrong. They trusted the company with their data.”',
      ],
      [person('Anna Berg', 'anna-berg')],
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).toBe(
      'This is the first step, … It will not be the last. Nobody here did anything wrong. They trusted the company with their data.',
    );
    expect(quotes[0]?.speakers).toEqual(['anna-berg']);
  });

  it('starts a new quotation at a new attribution ("…," he added)', () => {
    const quotes = quotesOf(
      [
        '“The offer is fair and it stays,” Tom Hale said in a statement. “We regret the delays for shippers,” Mr Hale added.',
      ],
      [person('Tom Hale', 'tom-hale'), person('Hale', 'tom-hale')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['tom-hale'], ['tom-hale']]);
  });

  it('counts a partial quotation inside a sentence', () => {
    const quotes = quotesOf(
      ['Minister Ruth Okoro called the attack “a grave threat to our security” on Friday.'],
      [person('Ruth Okoro', 'ruth-okoro')],
    );
    expect(quotes).toEqual([{ text: 'a grave threat to our security', speakers: ['ruth-okoro'], name: 'Ruth Okoro' }]);
  });
});

describe('attributing quotations', () => {
  const glaser: FixtureMark[] = [person('Jane Holt', 'jane-holt'), org('Centre for Policy', 'centre-for-policy')];

  it('"…," said X, with an apposition after the name', () => {
    expect(
      quotesOf(['“The sanctions will bite within weeks,” said Jane Holt, a fellow at the Centre for Policy.'], glaser),
    ).toMatchObject([{ speakers: ['jane-holt'] }]);
  });

  it('X, with an apposition, said, "…"', () => {
    expect(
      quotesOf(['Jane Holt, a fellow at the Centre for Policy, said, “The sanctions will bite within weeks.”'], glaser),
    ).toMatchObject([{ speakers: ['jane-holt'] }]);
  });

  it('X said: "…" and "…," X said via e-mail', () => {
    expect(
      quotesOf(
        [
          'Jane Holt said: “The sanctions will bite within weeks.”',
          '“They will not change minds,” Ms Holt said via e-mail.',
        ],
        [person('Jane Holt', 'jane-holt'), person('Holt', 'jane-holt')],
      ),
    ).toMatchObject([{ speakers: ['jane-holt'] }, { speakers: ['jane-holt'] }]);
  });

  it('"…," X wrote in a tweet, on social media, in a post', () => {
    const marks = [person('Ilse Dekker', 'ilse-dekker'), org('Kestrel Shipping', 'kestrel-shipping')];
    expect(
      quotesOf(
        [
          '“A company that loses our passports should pay for it,” Ilse Dekker wrote on social media.',
          '“Twelve of our vessels are stuck at anchor tonight,” the carrier Kestrel Shipping wrote in a post.',
        ],
        marks,
      ),
    ).toMatchObject([{ speakers: ['ilse-dekker'] }, { speakers: ['kestrel-shipping'] }]);
  });

  it('according to X, "…"; X\'s statement said "…"; a statement from X said "…"', () => {
    const marks: FixtureMark[] = [
      agency('White House', 'white-house'),
      agency('Trade Office', 'trade-office'),
      agency('Treasury', 'treasury'),
    ];
    expect(
      quotesOf(
        [
          'According to a White House statement, “The two countries agree to stop the theft of trade secrets.”',
          'The Trade Office’s statement said the talks were “a waste of everybody’s time and money.”',
          'A statement from the Treasury said, “We will freeze the assets of everyone involved.”',
        ],
        marks,
      ),
    ).toMatchObject([{ speakers: ['white-house'] }, { speakers: ['trade-office'] }, { speakers: ['treasury'] }]);
  });

  it('takes the attribution from the sentence before or after a quotation standing alone', () => {
    const quotes = quotesOf(
      [
        'Transport Minister Kojo Boateng was more cautious. “A deal on paper is not yet cargo on the quay.”',
        'Union leader Abena Ofori said on Tuesday:',
        '“We will judge the deal by the ships that leave the port.”',
        '“Nobody wanted this to go on for another week.” That was how Abena Ofori described the mood.',
      ],
      [
        person('Kojo Boateng', 'kojo-boateng'),
        person('Abena Ofori', 'abena-ofori'),
        person('Abena Ofori', 'abena-ofori'),
      ],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['kojo-boateng'], ['abena-ofori'], ['abena-ofori']]);
  });

  it('resolves "he said" to the most recent compatible named speaker', () => {
    const quotes = quotesOf(
      [
        '“The port will reopen on Monday,” said Pieter Jansen, the chief executive.',
        'Transport Minister Kwame Asante said officials from three ministries would meet both sides. “Nobody wins from a closed port,” he said.',
      ],
      [person('Pieter Jansen', 'pieter-jansen'), person('Kwame Asante', 'kwame-asante')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['pieter-jansen'], ['kwame-asante']]);
  });

  it('resolves "she added" past a man named in between', () => {
    const quotes = quotesOf(
      [
        'Mary Quinn, the union’s lawyer, said the claim would go ahead. John Reid, who runs the company, declined to comment.',
        '“We are ready for a long fight in the courts,” she added.',
      ],
      [person('Mary Quinn', 'mary-quinn'), person('John Reid', 'john-reid')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['mary-quinn']]);
  });

  it('resolves a role noun to the person who holds the role in the text', () => {
    const quotes = quotesOf(
      [
        'Police spokesman Kwame Addo said 11 officers were hurt. Finance Minister Ama Boakye promised an inquiry.',
        '“Our officers acted within the law at all times,” the spokesman said.',
        '“The inquiry will report by the end of the month,” the minister added.',
      ],
      [person('Kwame Addo', 'kwame-addo'), person('Ama Boakye', 'ama-boakye')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['kwame-addo'], ['ama-boakye']]);
  });

  it('gives a joint statement both speakers, and "the statement added" too', () => {
    const quotes = quotesOf(
      [
        'Secretary of State Dan Moore and Homeland Security Secretary Ann Lee released a joint statement on Thursday saying, “These actions threaten companies around the globe.”',
        '“We will hold malicious actors accountable for their behaviour,” the statement added.',
      ],
      [person('Dan Moore', 'dan-moore'), person('Ann Lee', 'ann-lee')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([
      ['dan-moore', 'ann-lee'],
      ['dan-moore', 'ann-lee'],
    ]);
  });

  it('keeps an unnamed source unnamed, and never names it, also through "the official said"', () => {
    const quotes = quotesOf(
      [
        'Minister Ruth Okoro met the envoys on Monday. The talks would resume, a senior official who asked not to be named said. “The economy cannot afford another week of this,” the official said.',
        '“We have no choice but to wait,” said one Western diplomat.',
        'A diplomat who asked not to be named said: “Nobody believes the deadline will hold.”',
        '“The minister knows it,” he said.',
      ],
      [person('Ruth Okoro', 'ruth-okoro')],
    );
    expect(quotes).toEqual([
      {
        text: 'The economy cannot afford another week of this,',
        speakers: [],
        name: 'a senior official who asked not to be named',
      },
      { text: 'We have no choice but to wait,', speakers: [], name: 'one Western diplomat' },
      { text: 'Nobody believes the deadline will hold.', speakers: [], name: 'A diplomat who asked not to be named' },
      { text: 'The minister knows it,', speakers: [], name: 'A diplomat who asked not to be named' },
    ]);
  });

  it('leaves a quotation with no attribution nearby unattributed', () => {
    const quotes = quotesOf(
      [
        'Talks broke down on Monday.',
        'The court ruled against the company on Tuesday after a two-week hearing.',
        '“This ruling will be read in every boardroom in Europe.”',
      ],
      [],
    );
    expect(quotes).toEqual([
      { text: 'This ruling will be read in every boardroom in Europe.', speakers: [], name: null },
    ]);
  });
});

describe('attributing quotations in other house styles', () => {
  it('"what X called “…”" is a partial quotation of X, not a name', () => {
    expect(
      quotesOf(
        ['The union rejected what Transport Minister Kwame Asante called “a fair offer for every worker”.'],
        [person('Kwame Asante', 'kwame-asante')],
      ),
    ).toMatchObject([{ speakers: ['kwame-asante'] }]);
  });

  it('X told Reuters: "…"; "…," X, 52, said; "…," says Dr X', () => {
    const marks = [
      person('Lena Vogt', 'lena-vogt'),
      person('Omar Haddad', 'omar-haddad'),
      person('Rui Costa', 'rui-costa'),
    ];
    expect(
      quotesOf(
        [
          'Lena Vogt told Reuters in Berlin on Thursday: “We expect the ban to last for years.”',
          '“Nobody asked us before the border closed,” Omar Haddad, 52, said.',
          '“The market has already priced this in,” says Dr Rui Costa.',
        ],
        marks,
      ).map((q) => q.speakers),
    ).toEqual([['lena-vogt'], ['omar-haddad'], ['rui-costa']]);
  });

  it('"the company said", "it said", "the ministry said": the body named before', () => {
    const marks = [org('Volta Terminals', 'volta-terminals'), agency('Ministry of Mines', 'ministry-of-mines')];
    expect(
      quotesOf(
        [
          'Volta Terminals raised its offer on Friday. “The offer on the table is fair and final,” the company said.',
          '“We regret the disruption to shippers,” it said in a statement.',
          'The Ministry of Mines suspended the permit. “The mine broke the terms of its licence,” the ministry said.',
        ],
        marks,
      ).map((q) => q.speakers),
    ).toEqual([['volta-terminals'], ['volta-terminals'], ['ministry-of-mines']]);
  });

  it('a statement signed by two people speaks for both; the statement read: "…"', () => {
    expect(
      quotesOf(
        [
          'The statement, signed by Ada Obi and Lars Berg, read: “We have listened to each other and found a way forward.”',
        ],
        [person('Ada Obi', 'ada-obi'), person('Lars Berg', 'lars-berg')],
      ).map((q) => q.speakers),
    ).toEqual([['ada-obi', 'lars-berg']]);
  });

  it('as X put it, "…"; X went on: "…"', () => {
    expect(
      quotesOf(
        [
          'As Nadia Rahman put it, “There is no port without the people who work it.”',
          'Nadia Rahman went on: “The cranes can wait for another year.”',
        ],
        [person('Nadia Rahman', 'nadia-rahman'), person('Nadia Rahman', 'nadia-rahman')],
      ).map((q) => q.speakers),
    ).toEqual([['nadia-rahman'], ['nadia-rahman']]);
  });

  it('an attribution in a longer sentence after the quotation, in the same paragraph', () => {
    expect(
      quotesOf(
        [
          '“The border will stay closed until the troops withdraw.” Foreign Minister Grace Banda said this at a news conference in Lusaka.',
        ],
        [person('Grace Banda', 'grace-banda')],
      ).map((q) => q.speakers),
    ).toEqual([['grace-banda']]);
  });

  it('the subject of a short sentence before a quotation that has no reporting verb', () => {
    expect(
      quotesOf(
        ['The regulator’s chair, Ines Moreau, issued a warning on Monday. “No airline is too small to be watched.”'],
        [person('Ines Moreau', 'ines-moreau')],
      ).map((q) => q.speakers),
    ).toEqual([['ines-moreau']]);
  });

  it('unnamed sources in other words: people familiar with the talks, sources, an official on condition of anonymity', () => {
    const quotes = quotesOf(
      [
        '“The deal is dead for now,” said two people familiar with the talks.',
        'An official speaking on condition of anonymity said, “We were never asked.”',
        'According to sources close to the board, “Every option is on the table, including a sale.”',
      ],
      [],
    );
    expect(quotes.map((q) => [q.speakers, q.name])).toEqual([
      [[], 'two people familiar with the talks'],
      [[], 'An official speaking on condition of anonymity'],
      [[], 'sources close to the board'],
    ]);
  });

  it('never names an unnamed source after a named person: "a spokesman for X" is not X', () => {
    const quotes = quotesOf(
      [
        'Chief executive Maria Lind met the regulator on Monday.',
        '“We will not comment on the talks,” a spokesman for Lind Holdings said.',
        'An aide to Maria Lind said: “She has not decided yet.”',
      ],
      [person('Maria Lind', 'maria-lind'), org('Lind Holdings', 'lind-holdings'), person('Maria Lind', 'maria-lind')],
    );
    expect(quotes.map((q) => [q.speakers, q.name])).toEqual([
      [[], 'a spokesman for Lind Holdings'],
      [[], 'An aide to Maria Lind'],
    ]);
  });
});

describe('a quotation standing alone between two speakers', () => {
  it('belongs to the speaker its paragraph goes on to name, not to the one before', () => {
    const quotes = quotesOf(
      [
        'Mine owner Kivuli Copper said output had stopped on Monday.',
        '“Nobody goes near the pit now.” Joseph Banda, who has worked at the mine for 12 years, said soldiers had ordered everyone out at dawn.',
      ],
      [org('Kivuli Copper', 'kivuli-copper'), person('Joseph Banda', 'joseph-banda')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['joseph-banda']]);
  });

  it('belongs to the speaker of the sentence before when it ends their paragraph', () => {
    const quotes = quotesOf(
      [
        'Mine owner Kivuli Copper said output had stopped on Monday. “The pit is closed until the soldiers leave.” Joseph Banda, a miner, said he had not been paid.',
      ],
      [org('Kivuli Copper', 'kivuli-copper'), person('Joseph Banda', 'joseph-banda')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['kivuli-copper']]);
  });
});

describe('two holders of one role', () => {
  it('gives "the two ministers said" both ministers', () => {
    const quotes = quotesOf(
      [
        'Foreign Minister Ada Mwale met her counterpart, Foreign Minister Luc Ilunga, in Lusaka on Friday.',
        '“We have agreed to withdraw our forces from the mine,” the two ministers said in a joint statement.',
      ],
      [person('Ada Mwale', 'ada-mwale'), person('Luc Ilunga', 'luc-ilunga')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['ada-mwale', 'luc-ilunga']]);
  });
});

describe('attributions the development articles missed', () => {
  it('gives two people each with an apposition, joined by "and", the quotation together, and "they" after them', () => {
    const roleFirst = quotesOf(
      [
        'The airport’s director, Ines Falk, and the regional governor, Piet Ramos, said in a joint letter that fees would fall. “Travellers have waited long enough,” they wrote.',
      ],
      [person('Ines Falk', 'ines-falk'), person('Piet Ramos', 'piet-ramos')],
    );
    const nameFirst = quotesOf(
      ['“Travellers have waited long enough,” said Ines Falk, the director, and Piet Ramos, the governor.'],
      [person('Ines Falk', 'ines-falk'), person('Piet Ramos', 'piet-ramos')],
    );
    const clauseFirst = quotesOf(
      [
        'Ines Falk, the director, and Piet Ramos, the governor, said: “Travellers have waited long enough.”',
        'The talks failed in Geneva, and the governor said: “We will try again in the spring.”',
      ],
      [person('Ines Falk', 'ines-falk'), person('Piet Ramos', 'piet-ramos')],
    );
    expect(roleFirst.map((q) => q.speakers)).toEqual([['ines-falk', 'piet-ramos']]);
    expect(nameFirst.map((q) => q.speakers)).toEqual([['ines-falk', 'piet-ramos']]);
    expect(clauseFirst.map((q) => q.speakers)).toEqual([['ines-falk', 'piet-ramos'], ['piet-ramos']]);
  });

  it('reads a passive reporting verb as no cue: "who had been told not to speak" does not end the source', () => {
    const quotes = quotesOf(
      [
        'A driver at the depot, who asked not to be named because staff had been told not to talk to reporters, said the brakes had been “checked by nobody for a month.”',
      ],
      [],
    );
    expect(quotes).toEqual([
      {
        text: 'checked by nobody for a month.',
        speakers: [],
        name: 'A driver at the depot, who asked not to be named because staff had been told not to talk to reporters',
      },
    ]);
  });

  it('never takes a clause before the speaker for an unnamed source ("Residents can …, the utility said")', () => {
    const quotes = quotesOf(
      [
        'Residents of Brenford can use their taps again, the regional water utility said on Monday. “We know how hard this week was,” they wrote in a letter to customers.',
      ],
      [],
    );
    expect(quotes.map((q) => q.name)).not.toContain('Residents of Brenford can use their taps again');
  });

  it('takes a feature’s “X recalls” or “X remembers” in the sentence before as the attribution', () => {
    const quotes = quotesOf(
      [
        'Her brother, the retired miner Oskar Lind, remembers the winter when the pit flooded and the village went without power for a month.',
        '“We carried the pumps down by hand. Nobody slept for three days.”',
      ],
      [person('Oskar Lind', 'oskar-lind')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['oskar-lind']]);
  });

  it('gives a quotation the person a sentence pointing back at it names, without a reporting verb', () => {
    const quotes = quotesOf(
      [
        '“Nobody in this town will be left behind.” That was the promise Mayor Joan Bell made to the crowd on Friday.',
        '“The bridge will be open by winter.” That is why Carl Nyberg resigned from the council.',
      ],
      [person('Joan Bell', 'joan-bell'), person('Carl Nyberg', 'carl-nyberg')],
    );
    expect(quotes.map((q) => q.speakers)).toEqual([['joan-bell'], []]);
  });
});
