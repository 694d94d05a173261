/**
 * A few words either side of `[start, end)` within its paragraph, with the
 * span bracketed, on one line: enough to find and judge an error.
 */
export function contextAround(text: string, start: number, end: number, words = 6): string {
  const from = text.lastIndexOf('\n\n', start);
  const to = text.indexOf('\n\n', end);
  const before = text.slice(from === -1 ? 0 : from + 2, start);
  const after = text.slice(end, to === -1 ? text.length : to);
  const head = new RegExp(`(?:\\S+\\s+){0,${words}}\\S*$`).exec(before)?.[0] ?? '';
  const tail = new RegExp(`^\\S*(?:\\s+\\S+){0,${words}}`).exec(after)?.[0] ?? '';
  const cut = (part: string, whole: string): string => (part.length < whole.trim().length ? '…' : '');
  return `${cut(head, before)}${head}[${text.slice(start, end)}]${tail}${cut(tail, after)}`.replace(/\s+/g, ' ');
}
