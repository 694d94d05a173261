/**
 * The search relevance set: queries a reader would type against the generated
 * benchmark corpus (scripts/lib/generate-corpus.ts, 10,000 articles, the seed
 * in bench-search.ts), each with the paragraph it should find.
 *
 * Generated articles reuse the paragraphs of the annotated sources with every
 * entity swapped for another of its type, so one source paragraph appears in
 * some 400 variants with different names. A query aims at one variant: the
 * paragraph it should find is any generated paragraph rewritten from one of
 * `origins` (positions in `sourceParagraphs`) whose text holds every string
 * of `contains` (the names the query gives, as the text writes them), so the
 * intended variant and its identical or equally named copies all count.
 *
 * `typo` marks the queries with misspelt words (a third of them or more).
 * Written by reading the generated corpus, before and independently of any
 * change to the ranking; the ranking must not be tuned to them.
 */
export interface RelevanceQuery {
  query: string;
  origins: number[];
  contains: string[];
  typo: boolean;
  /** What the query leans on, for reading the results. */
  kind: 'name' | 'agency' | 'organisation' | 'legal term' | 'phrase';
}

const q = (
  kind: RelevanceQuery['kind'],
  query: string,
  origins: number[],
  contains: string[],
  typo = false,
): RelevanceQuery => ({ query, origins, contains, typo, kind });

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  q(
    'agency',
    'Ministry of Economic Affairs and Climate Policy drone warfare seminar',
    [68],
    ['Ministry of Economic Affairs and Climate Policy'],
  ),
  q('agency', 'Foreign Office intelligence and security agency Kuwait', [41], ['Foreign Office', 'Kuwait']),
  q('organisation', 'Derek Ashworth think tank Diarios del Sur', [75], ['Derek Ashworth', 'Diarios del Sur']),
  q('name', 'Faisal al-Harbi Anonymous Sudan hack', [20], ['Faisal al-Harbi', 'ANONYMOUS SUDAN']),
  q(
    'legal term',
    'District Court for the Western District of Texas spyware army officers',
    [67],
    ['District Court for the Western District of Texas'],
  ),
  q(
    'agency',
    'Indian Computer Emergency Response Team spokesman Tang Lihua',
    [20],
    ['Indian Computer Emergency Response Team', 'Tang Lihua'],
  ),
  q(
    'agency',
    'Ministry of Justice and Public Security economic espionage',
    [63],
    ['Ministry of Justice and Public Security'],
  ),
  q('name', 'Defence Secretary Sneha Kulkarni', [72], ['Sneha Kulkarni']),
  q('name', 'Tobias Rennert signals intelligence Belgium', [5], ['Tobias Rennert', 'Belgium']),
  q('agency', "Brazil's Ministry of Transport hacking group", [67], ["Brazil's Ministry of Transport"]),
  q('organisation', 'Kristiina Virtanen-Ruiz UEFA think tank', [75], ['Kristiina Virtanen-Ruiz', 'UEFA']),
  q(
    'organisation',
    "Football Supporters' Association front",
    [10],
    ["company called Football Supporters' Association"],
  ),
  q(
    'agency',
    'Committee on Foreign Investment in the United States Nigeria intelligence service',
    [61],
    ['Committee on Foreign Investment in the United States', 'Nigeria’s intelligence service'],
  ),
  q('name', 'Nguyễn Thị Lan Germán Ocampo joint statement', [28], ['Nguyễn Thị Lan', 'Germán Ocampo']),
  q(
    'organisation',
    'Bursa Malaysia Nigerian Communications Commission',
    [25],
    ['Bursa Malaysia', 'Nigerian Communications Commission'],
  ),
  q(
    'name',
    'Maria Clara Santiago minister of foreign affairs Slovakia',
    [6],
    ['Maria Clara Santiago', 'Slovakia’s minister'],
  ),
  q(
    'agency',
    'Hollow Anchor Foreign, Commonwealth and Development Office signals directorate',
    [69],
    ['Hollow Anchor', 'Foreign, Commonwealth and Development Office'],
  ),
  q('name', 'Deputy Attorney General Tobias Rennert Aleksandr Ermakov', [16], ['Tobias Rennert', 'Aleksandr Ermakov']),
  q('agency', "Attorney General's Office trade penalties Bahrain", [63], ["Attorney General's Office", 'Bahrain']),
  q('name', 'Harriet Okafor UniCredit front', [10], ['Harriet Okafor', 'UniCredit']),
  q('legal term', 'Nikos Diamantidis trade secrets', [6], ['Nikos Diamantidis']),
  q(
    'organisation',
    'Threat Intelligence Group Five Eyes communication systems',
    [25],
    ['Threat Intelligence Group', 'Five Eyes'],
  ),
  q('organisation', 'Gareth Pryce cyber programme CMA CGM', [96], ['Gareth Pryce', 'CMA CGM']),
  q(
    'agency',
    'Department of Homeland Security industrial espionage Colombia',
    [120],
    ["Colombia's Department of Homeland Security"],
  ),
  q('name', 'Aleksandr Ermakov maritime law specialist Huawei', [158], ['Aleksandr Ermakov', 'Huawei']),
  q(
    'legal term',
    'Screening of Third Country Transactions Act National Bureau of Investigation',
    [189],
    ['National Bureau of Investigation said'],
  ),
  q('organisation', 'Innovation Industries think tank maritime law', [108], ['Innovation Industries']),
  q(
    'agency',
    'Federal Office for Information Security licenses broadcasters Kremlin',
    [129],
    ['Kremlin (Kremlin)', 'Federal Office for Information Security'],
  ),
  q('agency', 'National Cybersecurity Authority Storm-2195', [92], ['National Cybersecurity Authority', 'Storm-2195']),
  q('name', 'Judge Katharina Aigner patent disputes', [118], ['Katharina Aigner']),
  q(
    'legal term',
    'criminal association money laundering House of Representatives',
    [183],
    ['House of Representatives said further arrests'],
  ),
  q('agency', 'National Civil Registry inquiry account holders', [177], ['National Civil Registry']),
  // Misspelt, as readers type them.
  q(
    'agency',
    'Ministery of Electronics and Information Tecnology criminal charges',
    [61],
    [
      'Ministry of Electronics and Information Technology (Ministry of Electronics and Information Technology) on Thursday',
    ],
    true,
  ),
  q(
    'agency',
    'Defense Cyber Agncy indictments Colombia',
    [41],
    ['Defence Cyber Agency (Defence Cyber Agency), Colombia'],
    true,
  ),
  q('name', 'Carmel Vukovic Defence Secretery infected computers', [72], ['Carmel Vuković'], true),
  q(
    'agency',
    "Nationl Intelligence Service Cote d'Ivoire trade penalties",
    [63],
    ['National Intelligence Service', "Côte d'Ivoire"],
    true,
  ),
  q('name', 'Rajiv Menon Vantora front hackres', [10], ['Rajiv Menon', 'Vantora'], true),
  q('name', 'Garett Marquis Gareth Prcye hacking operation', [16], ['Garett Marquis', 'Gareth Pryce'], true),
  q('organisation', 'Sanne Hoekstra Maersk thnk tank water utility', [96], ['Sanne Hoekstra', 'Maersk'], true),
  q('agency', 'Gulf Cooperaton Council drone seminar Hamburg', [68], ['Gulf Cooperation Council', 'Hamburg'], true),
  q(
    'organisation',
    'Jose Ramos researcher Cablevisora del Litorall',
    [142],
    ['José Ramos', 'Cablevisora del Litoral'],
    true,
  ),
  q(
    'agency',
    'Khalid Al Suwaidi spokeswoman Royal Canadian Mountd Police',
    [106],
    ['Khalid Al Suwaidi', 'Royal Canadian Mounted Police'],
    true,
  ),
  q(
    'agency',
    'Department of Enterprise, Trade and Employmnet supervises both banks',
    [166],
    [
      'Department of Enterprise, Trade and Employment (Department of Enterprise, Trade and Employment), which supervises',
    ],
    true,
  ),
  q(
    'name',
    'Tomas Echeveri Gaviria bank analyst Harbourline Markets',
    [170],
    ['Tomás Echeverri Gaviria', 'Harbourline Markets'],
    true,
  ),
  q(
    'agency',
    'Islamic Revolutionary Guard Corp inquiry account holders',
    [177],
    ['Islamic Revolutionary Guard Corps'],
    true,
  ),
  q('organisation', 'Marloes de Wit research fellow New York Tmes', [121], ['Marloes de Wit', 'New York Times'], true),
  q('name', 'Transparent Tribe Mythic Leoaprd Radio Pampa', [103], ['TRANSPARENT TRIBE', 'Radio Pampa'], true),
  q(
    'agency',
    'Switzerland Foreign Comonwealth and Development Office advisory water systems',
    [97],
    ['Switzerland Foreign, Commonwealth and Development Office'],
    true,
  ),
  q(
    'legal term',
    'Committee on Foreign Investmnt in the United States tougher penalties national core technologies',
    [123],
    ['The Committee on Foreign Investment in the United States said on Tuesday'],
    true,
  ),
];
