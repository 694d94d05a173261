/** Name suffixes that follow a comma and belong to the name before it ("John Smith, Jr."). */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i;

/**
 * The people a byline names, in order: front matter keeps several writers in one string
 * ("Dana Whitcombe, Luis Ortega", "A. Lee and B. Kim", "A & B"), while feeds and structured
 * data want one name each.
 */
export function bylineNames(byline: string): string[] {
  const names: string[] = [];
  for (const part of byline.split(/\s*[,;]\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/i)) {
    const name = part.trim();
    if (name === '') continue;
    const previous = names.length - 1;
    if (SUFFIX.test(name) && previous >= 0) names[previous] = `${names[previous]}, ${name}`;
    else names.push(name);
  }
  return names;
}
