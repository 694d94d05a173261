/**
 * Orders strings the same way on every machine: English collation rules
 * fixed here rather than taken from the process locale (a Swedish locale
 * sorts "Ö" and "Z" differently), so builds stay byte-identical.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator('en').compare;
