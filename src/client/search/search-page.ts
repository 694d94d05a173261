/**
 * The search page's behaviour. The query and the filters live in the URL
 * (`?q=`, and `outlet`, `type`, `entity`, `from`, `to`, `sort`): read on load,
 * written back with `history.replaceState` as the reader types or changes a
 * filter (debounced), so a search can be shared and survives a reload. Each
 * search gets an id; a search that finishes after a newer one started is
 * dropped.
 */
import { readFilters, writeFilters, type FILTER_PARAMS, type SearchFilters } from '../../core/search/filters.ts';
import { MIN_QUERY_LENGTH, SearchEngine, type SearchResults } from '../../core/search/search-engine.ts';
import { countLabel } from '../../core/views/type-labels.ts';
import { entityItem, paragraphItem } from './render-results.ts';
import { moveFocus } from './result-keys.ts';

const DEBOUNCE_MS = 200;
/** Paragraph results shown at once; each page loads the articles it shows. */
const PAGE_SIZE = 10;

interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  entities: HTMLElement;
  entityList: HTMLElement;
  paragraphs: HTMLElement;
  paragraphList: HTMLElement;
  more: HTMLButtonElement;
  entityFilter: HTMLElement;
  entityName: HTMLElement;
  entityClear: HTMLAnchorElement;
}

function part<T extends Element>(root: HTMLElement, selector: string, type: new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`search page: ${selector} is missing`);
  return found;
}

/** Wires up the search page inside `root` (which carries `data-index`, the index folder's URL, and `data-base`). */
export function startSearchPage(root: HTMLElement): void {
  const ui: Parts = {
    form: part(root, 'form', HTMLFormElement),
    input: part(root, 'input[name="q"]', HTMLInputElement),
    status: part(root, '[data-search-status]', HTMLElement),
    entities: part(root, '[data-search-entities]', HTMLElement),
    entityList: part(root, '[data-search-entities] ul', HTMLElement),
    paragraphs: part(root, '[data-search-paragraphs]', HTMLElement),
    paragraphList: part(root, '[data-search-paragraphs] ol', HTMLElement),
    more: part(root, '[data-search-more]', HTMLButtonElement),
    entityFilter: part(root, '[data-search-entity-filter]', HTMLElement),
    entityName: part(root, '[data-search-entity-name]', HTMLElement),
    entityClear: part(root, '[data-search-entity-clear]', HTMLAnchorElement),
  };
  const controls = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')];
  const indexUrl = root.dataset['index'] ?? '';
  const base = root.dataset['base'] ?? '/';
  const engine = SearchEngine.open(async (path) => {
    const response = await fetch(new URL(path, new URL(indexUrl, location.href)));
    if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
    return response.json() as Promise<unknown>;
  }, base);
  // Searches report a failed load themselves; this keeps an unused failure from being an unhandled rejection.
  engine.catch(() => undefined);

  let searchId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: SearchResults | undefined;
  let shown = 0;

  const filters = (): SearchFilters => {
    const params = new URLSearchParams();
    for (const control of controls) if (control.value !== '') params.set(control.name, control.value);
    return readFilters(params);
  };

  async function run(query: string, wanted: SearchFilters): Promise<void> {
    const id = ++searchId;
    clearTimeout(timer);
    if (query.trim().length < MIN_QUERY_LENGTH) {
      clear();
      ui.status.textContent = query.trim() === '' ? '' : `Type at least ${MIN_QUERY_LENGTH} characters to search.`;
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const results = await (await engine).search(query, wanted);
      const first = await (await engine).paragraphs(results, 0, PAGE_SIZE);
      if (id !== searchId) return;
      clear();
      current = results;
      ui.entityList.append(...results.entities.map((hit) => entityItem(document, hit, filterHref(hit.id))));
      ui.paragraphList.append(...first.map((hit) => paragraphItem(document, hit)));
      shown = first.length;
      ui.entities.hidden = results.entities.length === 0;
      ui.paragraphs.hidden = shown === 0;
      updateMore();
      ui.status.textContent = summary(results);
    } catch (error) {
      if (id !== searchId) return;
      clear();
      ui.status.textContent =
        'The search index could not be loaded. Please try again later, or browse the entity index.';
      console.warn('search failed:', error);
    } finally {
      if (id === searchId) root.removeAttribute('aria-busy');
    }
  }

  function clear(): void {
    current = undefined;
    shown = 0;
    ui.entityList.replaceChildren();
    ui.paragraphList.replaceChildren();
    ui.entities.hidden = true;
    ui.paragraphs.hidden = true;
    updateMore();
  }

  function updateMore(): void {
    const total = current?.ranked.length ?? 0;
    ui.more.hidden = shown >= total;
    ui.more.textContent = `Show more paragraphs (${shown} of ${total.toLocaleString('en-US')} shown)`;
  }

  async function showMore(): Promise<void> {
    const results = current;
    if (results === undefined) return;
    const id = searchId;
    try {
      const next = await (await engine).paragraphs(results, shown, PAGE_SIZE);
      if (id !== searchId || results !== current) return;
      const items = next.map((hit) => paragraphItem(document, hit));
      ui.paragraphList.append(...items);
      shown += next.length;
      updateMore();
      items[0]?.querySelector('a')?.focus();
    } catch (error) {
      if (id !== searchId) return;
      ui.status.textContent = 'More results could not be loaded. Please try again.';
      console.warn('search: loading more results failed:', error);
    }
  }

  // The header's own search box shows the same query, so the page never shows two different ones.
  const headerBox = document.getElementById('site-search');
  const mirror = (query: string): void => {
    if (headerBox instanceof HTMLInputElement && headerBox !== ui.input) headerBox.value = query;
  };

  /** This page's address for the query and filters. */
  function urlFor(query: string, wanted: SearchFilters): URL {
    const url = new URL(location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    writeFilters(wanted, url.searchParams);
    return url;
  }

  function filterHref(entity: string): string {
    return urlFor(ui.input.value, { ...filters(), entity }).href;
  }

  async function showEntityFilter(wanted: SearchFilters): Promise<void> {
    ui.entityFilter.hidden = wanted.entity === undefined;
    if (wanted.entity === undefined) return;
    ui.entityClear.href = urlFor(ui.input.value, { ...wanted, entity: undefined }).href;
    ui.entityName.textContent = (await (await engine).entityName(wanted.entity)) ?? wanted.entity;
  }

  function update(): void {
    const wanted = filters();
    mirror(ui.input.value);
    history.replaceState(history.state, '', urlFor(ui.input.value, wanted));
    void showEntityFilter(wanted).catch(() => undefined);
    void run(ui.input.value, wanted);
  }

  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  };
  ui.input.addEventListener('input', later);
  for (const control of controls) control.addEventListener('change', update);
  // Enter searches at once, without reloading the page (the form still works as a plain GET without JavaScript).
  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  ui.more.addEventListener('click', () => void showMore());
  ui.input.addEventListener('keydown', (event) => {
    // Escape in a box that holds a query clears it (the browser clears a search field too; this also resets the results).
    if (event.key !== 'Escape' || ui.input.value === '') return;
    event.preventDefault();
    ui.input.value = '';
    update();
  });
  root.addEventListener('keydown', (event) => moveFocus(event, root, ui.input));

  const params = new URLSearchParams(location.search);
  const initial = readFilters(params);
  ui.input.value = params.get('q') ?? '';
  for (const control of controls) {
    const name = control.name as (typeof FILTER_PARAMS)[number];
    const value = name === 'sort' ? initial.sort : initial[name];
    if (value !== undefined) control.value = value;
  }
  mirror(ui.input.value);
  void showEntityFilter(initial).catch(() => undefined);
  void run(ui.input.value, initial);
}

/** What the live region announces once a search is done: counts, what narrowed them, and the query as typed. */
export function summary(results: SearchResults): string {
  const found: string[] = [];
  if (results.entities.length > 0) found.push(countLabel(results.entities.length, 'entity', 'entities'));
  if (results.total > 0) {
    const count = countLabel(results.total, 'paragraph').replace(/^\d+/, (n) => Number(n).toLocaleString('en-US'));
    found.push(`${results.approximate ? 'at least ' : ''}${count}`);
  }
  const narrowed = narrowedBy(results.filters);
  if (found.length === 0) return `No results for “${results.query}”${narrowed}.`;
  const partial =
    results.partial && results.words.length > 1 ? ' No paragraph holds every word; these hold most of them.' : '';
  return `Found ${found.join(' and ')} for “${results.query}”${narrowed}.${partial}`;
}

function narrowedBy(filters: SearchFilters): string {
  const parts: string[] = [];
  if (filters.outlet !== undefined) parts.push(`in ${filters.outlet}`);
  if (filters.type !== undefined) parts.push(`mentioning a${/^[aeiou]/.test(filters.type) ? 'n' : ''} ${filters.type}`);
  if (filters.entity !== undefined) parts.push('mentioning the chosen entity');
  if (filters.from !== undefined) parts.push(`from ${filters.from}`);
  if (filters.to !== undefined) parts.push(`to ${filters.to}`);
  if (filters.sort === 'date') parts.push('newest first');
  return parts.length === 0 ? '' : `, ${parts.join(', ')}`;
}
