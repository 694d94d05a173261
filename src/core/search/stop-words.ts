/**
 * Words search leaves out of the index and of queries: English function
 * words (articles, conjunctions, prepositions, pronouns, auxiliaries), which
 * carry no meaning a reader searches for.
 *
 * Not the extraction's stop list: that one also holds content words a reader
 * does type (`us` as in the U.S., `new` as in New York, `five` as in Five
 * Eyes, `first`, `right`, `known`), and a word left out of the index can never
 * be found, nor take part in a phrase.
 */
export const SEARCH_STOP_WORDS: readonly string[] = [
  // articles and determiners
  ...['a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'every', 'either', 'neither'],
  // conjunctions
  ...['and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'than', 'then', 'because', 'while', 'although', 'though'],
  ...['whether', 'as'],
  // prepositions
  ...['of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'into', 'onto', 'upon', 'about', 'over'],
  ...['within', 'without', 'between', 'among', 'through', 'during', 'via', 'per'],
  // pronouns (`us` is not here: in news it is mostly the country)
  ...['i', 'me', 'my', 'we', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they'],
  ...['them', 'their', 'who', 'whom', 'whose', 'which', 'what', 'there', 'here'],
  // auxiliaries (not `may`: also the month)
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had'],
  ...['having', 'will', 'would', 'shall', 'should', 'can', 'could', 'might', 'must'],
  // particles and adverbs of degree
  ...['not', 'no', 'also', 'just', 'very', 'too', 'such'],
];
