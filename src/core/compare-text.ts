/**
 * Orders strings the same way on every machine: English collation rules
 * fixed here rather than taken from the process locale (a Swedish locale
 * sorts "Ö" and "Z" differently), so builds stay byte-identical.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en').compare;

/** Plain code-unit order, for keys and file names whose order only has to be stable, not readable. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
