/**
 * Arrow keys between the search box and the result links: ↓ from the box
 * goes to the first result, ↓/↑ walk the results, ↑ from the first and Escape
 * go back to the box. Tab works as everywhere; this only saves keystrokes.
 */
export function moveFocus(event: KeyboardEvent, root: HTMLElement, input: HTMLInputElement): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.search-result-link')].filter(
    (link) => link.offsetParent !== null,
  );
  const from = event.target === input ? -1 : links.indexOf(event.target as HTMLAnchorElement);
  if (from === -1 && event.target !== input) return;
  let to: number | undefined;
  if (event.key === 'ArrowDown') to = Math.min(from + 1, links.length - 1);
  else if (event.key === 'ArrowUp' && from >= 0) to = from - 1;
  else if (event.key === 'Escape' && from >= 0) to = -1;
  if (to === undefined || links.length === 0) return;
  event.preventDefault();
  if (to === -1) input.focus();
  else links[to]?.focus();
}
