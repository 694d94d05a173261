/**
 * Counted nouns that name the same kind of thing in news copy: a count of
 * "allies" and one of "countries" can be about the same governments, a
 * count of "vessels" and one of "ships" about the same boats. Each class is
 * a list of lemmas. "states" is left out of the countries on purpose: "12
 * U.S. states" are not 12 countries.
 */
const CLASSES: readonly (readonly string[])[] = [
  ['country', 'nation', 'ally', 'government', 'partner'],
  ['company', 'firm', 'business', 'corporation', 'enterprise'],
  ['ship', 'vessel', 'boat', 'tanker', 'freighter'],
  ['lorry', 'truck'],
  ['job', 'post', 'position'],
  ['worker', 'employee', 'staff', 'labourer', 'laborer'],
  ['soldier', 'troop'],
];

/** Lemmas that name people in general: they stand for any noun of persons ("6.2 million people" and "6.2 million customers"). */
const PEOPLE = new Set(['people', 'person', 'individual']);
/**
 * Nouns for persons that news counts. A list, not a suffix rule: "-er" words
 * are as often things ("containers", "computers") as people.
 */
const PERSONS = new Set([
  ...PEOPLE,
  ...['customer', 'client', 'user', 'subscriber', 'member', 'resident', 'citizen', 'voter', 'passenger'],
  ...['worker', 'employee', 'dockworker', 'miner', 'farmer', 'striker', 'protester', 'demonstrator'],
  ...['victim', 'patient', 'casualty', 'survivor', 'refugee', 'migrant', 'civilian', 'child', 'adult', 'student'],
  ...['soldier', 'officer', 'official', 'police', 'troop', 'fighter', 'militant', 'prisoner', 'detainee', 'hostage'],
]);

const classOf = new Map<string, string>();
CLASSES.forEach((members, k) => members.forEach((m) => classOf.set(m, `class:${k}`)));

/**
 * Whether two quantities count the same kind of thing: some noun of one and
 * some noun of the other share a class ("allies" and "countries"; a
 * coordinated "agencies and tech companies" and "companies"), or one is a
 * general noun for people and the other a noun for persons.
 */
export function countSameThing(a: readonly string[], b: readonly string[]): boolean {
  const direct = (x: string, y: string): boolean => (classOf.get(x) ?? x) === (classOf.get(y) ?? y);
  const general = (x: string, y: string): boolean => PEOPLE.has(x) && PERSONS.has(y);
  return a.some((x) => b.some((y) => direct(x, y) || general(x, y) || general(y, x)));
}
