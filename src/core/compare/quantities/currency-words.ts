/**
 * How news writes currencies. Which code a word or sign stands for comes
 * from the `world-countries` data (see `currencies.ts`); these tables hold
 * only what that data does not say: English names, signs with letters, and
 * the reading the conventions give an ambiguous word when the text does not.
 */

/** Currency signs before a number. `$` alone is the US dollar (the conventions), `¥` the yen unless the article is about China. */
export const SIGNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['$', ['USD']],
  ['us$', ['USD']],
  ['u.s.$', ['USD']],
  ['s$', ['SGD']],
  ['a$', ['AUD']],
  ['au$', ['AUD']],
  ['c$', ['CAD']],
  ['ca$', ['CAD']],
  ['can$', ['CAD']],
  ['nz$', ['NZD']],
  ['hk$', ['HKD']],
  ['nt$', ['TWD']],
  ['r$', ['BRL']],
  ['mex$', ['MXN']],
  ['£', ['GBP']],
  ['€', ['EUR']],
  ['¥', ['JPY', 'CNY']],
  ['₹', ['INR']],
  ['₩', ['KRW']],
  ['₽', ['RUB']],
  ['₺', ['TRY']],
  ['₦', ['NGN']],
  ['₱', ['PHP']],
  ['₵', ['GHS']],
  ['₪', ['ILS']],
  ['₴', ['UAH']],
  ['₫', ['VND']],
  ['฿', ['THB']],
]);

/**
 * Currency nouns after a number, in the singular, each with the words the
 * data's currency names use for it ("crowns" are the krone, krona and koruna).
 * Only nouns that are not also common English words: "real" and "mark"
 * are left out.
 */
export const CURRENCY_NOUNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['dollar', ['dollar']],
  ['euro', ['euro']],
  ['pound', ['pound']],
  ['sterling', ['sterling']],
  ['yen', ['yen']],
  ['yuan', ['yuan']],
  ['renminbi', ['yuan']],
  ['cedi', ['cedi']],
  ['crown', ['krone', 'krona', 'koruna']],
  ['krone', ['krone']],
  ['krona', ['krona']],
  ['koruna', ['koruna']],
  ['franc', ['franc']],
  ['rupee', ['rupee']],
  ['rupiah', ['rupiah']],
  ['peso', ['peso']],
  ['reais', ['real']],
  ['rand', ['rand']],
  ['naira', ['naira']],
  ['shilling', ['shilling']],
  ['ruble', ['ruble']],
  ['rouble', ['ruble']],
  ['won', ['won']],
  ['ringgit', ['ringgit']],
  ['baht', ['baht']],
  ['dirham', ['dirham']],
  ['riyal', ['riyal']],
  ['rial', ['rial']],
  ['lira', ['lira']],
  // "ł" has no decomposed form, so the data's "złoty" keeps it.
  ['zloty', ['zloty', 'złoty']],
  ['forint', ['forint']],
  ['dinar', ['dinar']],
  ['dong', ['dong']],
  ['taka', ['taka']],
  ['kwacha', ['kwacha']],
  ['birr', ['birr']],
  ['hryvnia', ['hryvnia']],
  ['shekel', ['shekel']],
  ['tenge', ['tenge']],
  ['kyat', ['kyat']],
]);

/** Plurals wink-nlp does not take back to the singular. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['kroner', 'krone'],
  ['kronor', 'krona'],
  ['koruny', 'koruna'],
  ['lire', 'lira'],
  ['zlotys', 'zloty'],
  ['zlotych', 'zloty'],
  ['złoty', 'zloty'],
  ['złotys', 'zloty'],
  ['złotych', 'zloty'],
]);

/** The reading of a word shared by several currencies when nothing in the text decides it. */
export const DEFAULT_CURRENCY: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'],
  ['pound', 'GBP'],
  ['sterling', 'GBP'],
  ['franc', 'CHF'],
  ['rupee', 'INR'],
  ['won', 'KRW'],
]);

/** ISO codes that are also English words in capitals ("ALL", "TOP"): never read as a currency. */
export const CODES_THAT_ARE_WORDS: ReadonlySet<string> = new Set([
  'ALL',
  'TOP',
  'CUP',
  'MOP',
  'PEN',
  'SOS',
  'BOB',
  'TRY',
  'GEL',
  'MAD',
  'BAM',
]);
