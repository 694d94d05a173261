/**
 * `count` items spread evenly over the list, always the same for the same
 * list: the middle item of each of `count` equal stretches. A list of
 * articles in date order so yields a sample across the whole period rather
 * than its first days. A list no longer than `count` is returned whole.
 */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 0) return [];
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / count)] as T);
}
