/**
 * Closed word classes the name finder reasons with. These are facts about
 * English news prose, not about any story: heads that make a name an agency
 * or an organisation, titles that introduce a person, and the words around a
 * name that say what it is.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Last word (or first word before "of"/"for") of a government body's name. */
export const AGENCY_HEADS = set(`
  Ministry Department Agency Bureau Council Commission Office Service Directorate Administration Authority
  Command Army Navy Force Forces Guard Corps Police Parliament Senate Congress Assembly Court Tribunal Cabinet
  Government Embassy Consulate Committee Secretariat Treasury Gendarmerie Marines Coastguard Duma Knesset
  Bundestag Bundeswehr Inspectorate Prosecutor Prosecutors Regulator Ombudsman Legislature
  Sûreté Policía Polícia Polizei Carabinieri Ministerio Ministério Ministère Ministero Ministerie Ministerium
  Bundesamt Bundesanstalt Fiscalía Procuraduría`);

/** Last word (or first word before "of"/"for") of a non-government body's name. */
export const ORGANIZATION_HEADS = set(`
  Corp Corporation Inc Ltd LLC PLC plc Co Company Companies Holdings Group Institute Institution University College
  School Center Centre Foundation Fund Bank Association Society Federation Union Times Post News Journal Herald
  Tribune Daily Telegraph Gazette Chronicle Review Economist Network Networks Systems Technologies Technology
  Tech Labs Laboratory Laboratories Exchange Bourse Airlines Airways Motors Electric Power Energy Telecom Telecommunications
  Communications Media Press Partners Capital Securities Insurance Pharmaceuticals Pharma Industries Solutions
  Software Microsystems Semiconductor Dynamics Aerospace Analytics Consulting Research Trust Party Club League
  Alliance Project Forum Magazine Radio Television TV Broadcasting Banco Banque Grupo Groupe Société AG SA GmbH
  SpA NV BV AB ASA Oyj KK Lab Organization Organisation Movement Movimiento Partido Front Frente Universidad
  Universidade Université Universität Instituto Institut Mining Minerals Metals Resources Steel Shipping Logistics
  Lines Marine Chemicals Foods Brewery Breweries Textiles Cement Construction Engineering Automotive Electronics
  Robotics Biotech Therapeutics Ventures Investments Properties Realty Petroleum Refinery Refineries Bancorp Bancshares
  Capital Motors Mobile Wireless Cable Satellite Broadcasting Airline Cargo Express Rail Railways Railway Utilities
  Optics Photonics Instruments Devices Materials Semiconductors Trading Confederation Holding Beteiligungen`);

/** First words that make a name an organisation even without "of" after them: "University College Cork", "Bank Negara". */
export const LEADING_ORGANIZATION_HEADS = set(
  `University Universidad Universidade Université Universität Bank Banco Banque Banca Instituto Institut Grupo Groupe
  Gruppo Inversiones Investimentos Compañía Companhia Compagnie Società Editorial Ediciones Editora Diarios Fundación
  Fundação Fondation Stichting Stiftung Corporación Corporação Club Clube Sporting Deportivo Atlético`,
);

/** Last word (or first word before "of") of a place's name: "Baltic Sea", "Gulf of Finland", "West Midlands". */
export const PLACE_HEADS = set(`
  Sea Ocean Gulf Bay Strait Straits River Lake Mountains Mountain Island Islands Peninsula Valley Coast Desert
  Canal Province Region County District Prefecture Oblast Governorate Territory Territories Midlands Highlands
  Plateau Basin Delta Archipelago Airport Prison Mine Mines Oilfield Square Avenue Street Park Stadium Hills Heights
  Cape Peninsula Reservoir Dam Bridge Township Municipality Emirate Canton Strait Sound Channel Lagoon Atoll Reef
  Falls Gorge Plain Plains Steppe Corridor Strip Camp Base Oblast Krai Voivodeship State`);

/** First words that make a name a place: "Port Harcourt", "Mount Kenya", "Lake Victoria", "Fort Worth". */
export const LEADING_PLACE_HEADS = set(`Port Mount Mt Lake Cape Fort Ft Isla Isle Gulf Bay Point Pt`);

/** Abbreviations whose full stop stays inside a name: "St. Kitts", "Mt. Kenya", "Ft. Lauderdale". */
export const NAME_ABBREVIATIONS = set(`St Ste Mt Mts Ft Pt Sta Sto`);

/** Last word (or first word before "of") of a law, treaty or plan: not an entity of any type. */
export const DOCUMENT_HEADS = set(`
  Convention Conventions Treaty Agreement Accord Accords Act Protocol Charter Pact Declaration Law Directive
  Regulation Bill Resolution Doctrine Commitments Framework Memorandum Amendment Constitution`);

/** Media heads: "the Post" or "the Times" after the full name is a short form worth marking. */
export const SHORT_FORM_HEADS = set(
  `Post Times Journal Herald Tribune Telegraph Gazette Chronicle Economist Guardian Independent`,
);

/** Vendor naming schemes for threat actors ("Stone Panda", "Fancy Bear", "Volt Typhoon"). */
export const THREAT_ACTOR_SUFFIXES = set(`
  Panda Bear Kitten Chollima Spider Typhoon Blizzard Sleet Sandstorm Tempest Hail Cyclone Dust Jackal Tiger
  Leopard Buffalo Ocelot Libra Taurus Scorpius Ursa Serpens Lynx`);

/** Numbered threat-actor designations ("APT10", "UNC2452", "TA505", "FIN7", "Storm-0558"). */
export const THREAT_ACTOR_CODE = /^(?:APT|UNC|TA|FIN|DEV|TEMP|Storm-)\d{1,5}$/;

/** Honorifics: the next name is a person's, and the honorific is not part of it. */
export const HONORIFICS = set(`
  Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Rev Sen Rep Gov Gen Col Lt Capt Sgt Adm Maj Cmdr Insp Det
  Mme Mlle Herr Frau Sheikh Imam Rabbi Father Sister Brother`);

/** Words that head a title ("President", "Minister", "Attorney General"). */
export const TITLE_HEADS = set(`
  President Minister Secretary Chancellor Premier Governor Mayor Senator Representative Congressman
  Congresswoman Ambassador Envoy Director Commissioner Chairman Chairwoman Chair Chairperson Spokesman
  Spokeswoman Spokesperson Judge Admiral General Colonel Lieutenant Major Captain Sergeant Commander
  Officer Agent Inspector Superintendent Detective Chief Leader King Queen Prince Princess Emperor Pope
  Cardinal Bishop Archbishop Professor Lawmaker Prosecutor Attorney Adviser Advisor Analyst Counsel Czar Tsar
  Undersecretary Under-Secretary Secretary-General Director-General Attorney-General Commissioner-General
  Registrar Auditor Comptroller Inspector-General Solicitor-General Magistrate Governor-General Taoiseach
  Deputy Head Executive CEO CFO CTO COO Founder Vice Speaker Marshal Sheriff Coach Editor Correspondent
  Reporter Economist Strategist Researcher Minister-President Mp MP MEP Dean Provost Rector`);

/** Words that qualify a title ("Foreign Minister", "Deputy Attorney General", "Secretary of State"). */
export const TITLE_MODIFIERS = set(`
  Vice Deputy Prime Foreign Defence Defense Home Interior Finance Trade Treasury Attorney Assistant Special
  Chief Executive Senior Acting Former Homeland Security National State Principal Under Lieutenant First
  Permanent Minority Majority Opposition Affairs Economy Economic Commerce Energy Health Education Justice
  Intelligence Cyber Digital Technology Transport Environment Agriculture Labour Labor Culture
  Immigration Industry Public Policy Communications Information Science Research Foreign-Policy International
  Regional Global Managing Supreme Army Navy Air Naval Military General Junior Associate Lead Political Press`);

/** Words before a name that say it is an organisation ("a company called …", "the newspaper …"). */
export const ORGANIZATION_CUES = set(`
  company companies firm firms startup start-up corporation conglomerate newspaper paper broadcaster outlet
  website magazine bank lender insurer carrier airline manufacturer maker giant contractor vendor provider
  operator university publication tabloid daily network retailer supplier developer subsidiary brand
  chipmaker automaker carmaker exchange platform app broker shipper telecom utility utilities group news
  organisation organization charity institute union party movement coalition militia federation confederation`);

/** Nouns in apposition that say a name is a government body ("Riigikogu, Estonia's parliament"). */
export const AGENCY_CUES = set(
  `parliament ministry agency regulator police army navy court legislature watchdog department military government authority`,
);

/** Nouns in apposition that say a name is a place ("Porvoo, a port town"). */
export const PLACE_CUES = set(`city town port village province region district capital island suburb state county`);

/** Nouns a place's name modifies: "the Kyaukphyu port site", "the Kalengwa mine". */
export const PLACE_MODIFIED = set(`port mine airport island prison camp oilfield dam site border crossing`);

/** Prepositions before a lone unknown name that make it a place ("in Pomerania", "off Porvoo"). */
export const PLACE_PREPOSITIONS = set(`in near outside off around across`);

/** Words a list of names may stand in: "companies such as Maersk and Merck", "AT&T, Verizon and other carriers". */
export const LIST_WORDS = set(`and or such as including like other`);

/** Words before a name that say it is a threat actor ("the hacking group …", "a gang called …"). */
export const GROUP_CUES = set(`group gang crew collective actor actors outfit syndicate operation cartel`);
export const GROUP_CUE_QUALIFIERS = set(
  `hacking hacker hackers threat ransomware espionage cyber-espionage cyberespionage criminal extortion state-backed state-sponsored`,
);

/** Words that let a name run on across them: "Bank of China", "Ursula von der Leyen". */
export const NAME_CONNECTORS = set(
  `of for the and & de du des da do dos das di del della la le los las van von der den ter zu bin bint ibn al el y e et por para`,
);

/** Reporting verbs: "…, said X" and "X said …" mark X as a person when nothing else types it. */
export const SPEECH_VERBS = set(
  `said says told added noted wrote argued warned stated explained insisted tweeted asked replied declared`,
);

/** After a person's name in apposition: "X, a spokesman for …", "X, head of …". */
export const PERSON_APPOSITIONS = set(`
  spokesman spokeswoman spokesperson analyst official minister director professor researcher head chief adviser
  advisor fellow economist secretary president chairman chairwoman founder executive lawyer attorney
  ambassador senator lawmaker expert author editor correspondent general commander leader deputy member
  co-founder partner consultant investigator prosecutor judge officer diplomat envoy`);

/** Lower-case words that turn a preceding leader's name into an agency: "the Trump administration". */
export const ADMINISTRATION_WORDS = set(`administration government`);

/** English articles: "The" belongs to a name only for publications ("The Hill"). */
export const ARTICLES = new Set(['The', 'A', 'An']);
/** Articles that open foreign titles: "La Voz", "Der Standard", "Het Financieele Dagblad". */
export const FOREIGN_ARTICLES = new Set([
  'La',
  'El',
  'Le',
  'Les',
  'Los',
  'Las',
  'Der',
  'Die',
  'Das',
  'Het',
  'Il',
  'Lo',
]);
/** Compass words that make a region of a known place: "North Holland", "Greater Toronto". */
export const DIRECTIONS = new Set([
  'Greater',
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Upper',
  'Lower',
  'Central',
]);
/** Chambers named by one capitalised word ("Parliament meets…"): the name of a body, not a title. */
export const LEGISLATURES = new Set([
  'Parliament',
  'Congress',
  'Senate',
  'Knesset',
  'Duma',
  'Bundestag',
  'Majlis',
  'Riksdag',
  'Storting',
  'Sejm',
]);
