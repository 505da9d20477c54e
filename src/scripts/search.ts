/**
 * Search page: Pagefind's JS API with a small UI of our own — the page's own query box (so what
 * is typed before the script is ready is kept, and searched as soon as it is), filter checkboxes
 * with counts, and results rendered as text (only Pagefind's <mark> highlighting survives). The
 * query and filters live in the URL (?q=…&addressee=…), so any search can be linked to.
 *
 * Keyboard: the panel is built once and updated in place (counts, hidden values), so focus never
 * drops to the page; values with no result leave the tab order; long groups can be narrowed by
 * typing; the active filters sit before the panel, and removing one moves focus to the next.
 */
import { sanitizeExcerpt } from '../lib/sanitize';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o?: { filters?: Record<string, string[]> }): Promise<PagefindResponse>;
}

// addressee: the recommendations directed at an institution; institution: everything that concerns it
const FILTER_KEYS = ['type', 'addressee', 'institution', 'theme', 'component', 'evaluation', 'year', 'priority', 'timeframe'] as const;
/** groups long enough to be narrowed by typing */
const FINDABLE = new Set(['addressee', 'institution', 'component']);
// small pages of results: each result's data is a separate fragment download
const PAGE_SIZE = 10;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function readState(): { q: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const k of FILTER_KEYS) {
    const v = params.getAll(k);
    if (v.length) filters[k] = v;
  }
  return { q: params.get('q') ?? '', filters };
}

function writeState(q: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, vs] of Object.entries(filters)) for (const v of vs) params.append(k, v);
  const qs = params.toString();
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  // the language switch keeps the search (the filter values are names in this language: only q carries over)
  const sw = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
  if (sw) sw.search = q ? `?${new URLSearchParams({ q })}` : '';
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

async function start(root: HTMLElement): Promise<void> {
  const labels: Record<string, string> = JSON.parse(root.dataset.labels ?? '{}');
  const lang = document.documentElement.lang;
  // the page's own box: whatever was typed while the script loaded stays, with its focus
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const form = input.form!;
  form.addEventListener('submit', (e) => e.preventDefault());
  const state = readState();
  if (!input.value && state.q) input.value = state.q;
  let timer: number | undefined;
  let ready = false;
  input.addEventListener('input', () => {
    if (!ready) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });

  // the index sits under the site's base path (BASE_PATH), which the page knows
  const pagefind = (await import(/* @vite-ignore */ root.dataset.pagefind ?? '/pagefind/pagefind.js')) as Pagefind;
  await pagefind.options({ excerptLength: 30 });
  await pagefind.init();

  const layout = el('div', { class: 'search-layout' });
  // Filters load on demand (their index grows with the library): when the panel is opened, or at
  // once when the URL already asks for some.
  const filtersPanel = el('details', { class: 'search-filters-panel' });
  filtersPanel.append(el('summary', {}, labels.filters));
  const filtersBox = el('div', { class: 'search-filters' });
  filtersPanel.append(filtersBox);
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  // the filters in force, each removable with one click, before the panel (which may be closed on a phone)
  const active = el('ul', { class: 'tags search-active-filters', 'aria-label': labels.activeFilters });
  const results = el('ol', { class: 'item-list search-results' });
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, labels.more);
  const main = el('div', { class: 'search-main' });
  main.append(status, results, more);
  layout.append(filtersPanel, main);
  form.after(active, layout);

  const selected = state.filters;
  let available: Record<string, Record<string, number>> | null = null;
  /** the checkbox of each filter value, built once */
  const boxes = new Map<string, { li: HTMLLIElement; cb: HTMLInputElement; count: HTMLSpanElement; name: string }>();
  const loadFilters = async () => {
    if (available) return;
    available = await pagefind.filters();
    buildFilters(available);
    // counts for the current search come with a fresh search once the whole filter index is
    // loaded; the results shown stay as they are
    const q = input.value.trim();
    if (q || Object.keys(selected).length) {
      const response = await pagefind.search(q || null, { filters: selected });
      if (q === input.value.trim()) updateFilters(response.filters);
    } else updateFilters(available);
  };
  filtersPanel.addEventListener('toggle', () => {
    if (filtersPanel.open) void loadFilters();
  });
  let shown = 0;
  let current: PagefindResponse | null = null;

  const toggle = (key: string, value: string, on: boolean) => {
    const set = new Set(selected[key] ?? []);
    if (on) set.add(value);
    else set.delete(value);
    if (set.size) selected[key] = [...set];
    else delete selected[key];
  };

  function renderActive(): void {
    active.replaceChildren();
    for (const [key, values] of Object.entries(selected)) {
      for (const value of values) {
        const li = el('li');
        const b = el('button', { type: 'button', class: 'filter-chip', 'data-remove-filter': key }, `${labels[`filter.${key}`] ?? key}: ${value} ✕`);
        b.setAttribute('aria-label', `${labels.removeFilter}: ${labels[`filter.${key}`] ?? key}: ${value}`);
        b.addEventListener('click', async () => {
          const index = [...active.querySelectorAll('button')].indexOf(b);
          toggle(key, value, false);
          const box = boxes.get(`${key}\u0000${value}`);
          if (box) box.cb.checked = false;
          // the last chip goes with this search: focus returns to the query at once, never to the page body
          const last = active.querySelectorAll('button').length === 1;
          if (last) input.focus();
          await run();
          // otherwise focus stays in the list of active filters (re-rendered by the search)
          if (!last) {
            const chips = [...active.querySelectorAll<HTMLButtonElement>('button')];
            (chips[Math.min(index, chips.length - 1)] ?? input).focus();
          }
        });
        li.append(b);
        active.append(li);
      }
    }
    active.hidden = !active.children.length;
  }

  function buildFilters(all: Record<string, Record<string, number>>): void {
    filtersBox.replaceChildren();
    for (const key of FILTER_KEYS) {
      const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, lang));
      if (!values.length) continue;
      // each group collapses; the open state is the reader's
      const group = el('details', { class: 'filter-group', 'data-filter': key });
      group.open = !FINDABLE.has(key) || (selected[key]?.length ?? 0) > 0;
      group.append(el('summary', {}, labels[`filter.${key}`] ?? key));
      const list = el('ul', { class: 'filter-values' });
      if (FINDABLE.has(key)) {
        const find = el('input', { type: 'search', class: 'filter-find', 'aria-label': `${labels.findIn}: ${labels[`filter.${key}`] ?? key}`, placeholder: labels.findIn });
        find.addEventListener('input', () => {
          const q = fold(find.value.trim());
          for (const li of list.children as HTMLCollectionOf<HTMLLIElement>) li.classList.toggle('filtered-out', q !== '' && !fold(li.dataset.value ?? '').includes(q));
        });
        group.append(find);
      }
      values.forEach((value, i) => {
        const id = `f-${key}-${i}`;
        const li = el('li', { 'data-value': value });
        const cb = el('input', { type: 'checkbox', id, value, 'data-filter-key': key });
        cb.checked = (selected[key] ?? []).includes(value);
        cb.addEventListener('change', () => {
          toggle(key, value, cb.checked);
          void run();
        });
        const count = el('span', { class: 'count' });
        const lab = el('label', { for: id }, `${value} `);
        lab.append(count);
        li.append(cb, lab);
        list.append(li);
        boxes.set(`${key}\u0000${value}`, { li, cb, count, name: value });
      });
      group.append(list);
      filtersBox.append(group);
    }
  }

  /** counts in place: a value with no result is hidden (out of the tab order) unless it is checked */
  function updateFilters(counts: Record<string, Record<string, number>>): void {
    renderActive();
    for (const [k, box] of boxes) {
      const key = k.split('\u0000')[0];
      const n = counts[key]?.[box.name] ?? 0;
      box.count.textContent = `(${n.toLocaleString(lang)})`;
      box.li.hidden = n === 0 && !box.cb.checked;
    }
  }

  async function renderPage(focusFirst = false): Promise<void> {
    if (!current) return;
    const page = current.results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    let first: HTMLAnchorElement | undefined;
    for (const d of data) {
      const li = el('li', { class: 'search-result' });
      const a = el('a', { href: d.url, class: 'item-label' }, d.meta.title ?? d.url);
      first ??= a;
      // which evaluation and what kind of page: two "Hallazgo 12" are told apart
      const where = [d.filters?.type?.[0], d.filters?.evaluation?.[0]].filter(Boolean).join(' · ');
      const p = el('p');
      p.innerHTML = sanitizeExcerpt(d.excerpt);
      li.append(a);
      if (where) li.append(el('span', { class: 'item-eval' }, ` — ${where}`));
      li.append(p);
      // passages of a report chapter are worth listing (headings of the report); an item page's sections are not
      const isReport = d.filters?.type?.[0] === labels.reportType;
      const subs = isReport ? (d.sub_results ?? []).filter((sr) => sr.url !== d.url && sr.url.includes('#')).slice(0, 3) : [];
      if (subs.length) {
        const ul = el('ul', { class: 'search-passages' });
        for (const sr of subs) {
          const sli = el('li');
          const sa = el('a', { href: sr.url }, sr.title);
          const sp = el('span');
          sp.innerHTML = ` — ${sanitizeExcerpt(sr.excerpt)}`;
          sli.append(sa, sp);
          ul.append(sli);
        }
        li.append(ul);
      }
      results.append(li);
    }
    shown += page.length;
    more.hidden = shown >= current.results.length;
    // after "more results", focus goes to the first new result, not to a button pushed away
    if (focusFirst && first) first.focus();
  }

  let runId = 0;
  async function run(): Promise<void> {
    const id = ++runId;
    const q = input.value.trim();
    writeState(q, selected);
    const hasFilters = Object.keys(selected).length > 0;
    if (!q && !hasFilters) {
      current = null;
      results.replaceChildren();
      more.hidden = true;
      status.textContent = labels.hint;
      updateFilters(available ?? {});
      return;
    }
    const response = await pagefind.search(q || null, { filters: selected });
    if (id !== runId) return;
    current = response;
    shown = 0;
    results.replaceChildren();
    const n = response.results.length;
    const forms = labels.results as unknown as { one: string; other: string };
    status.textContent = (new Intl.PluralRules(lang).select(n) === 'one' ? forms.one : forms.other).replace('{n}', n.toLocaleString(lang));
    root.dataset.resultCount = String(response.results.length);
    updateFilters(response.filters);
    await renderPage();
    root.dataset.ready = 'true';
  }

  more.addEventListener('click', () => void renderPage(true));
  ready = true;
  // what was typed before the script was ready is searched now; a search loads only the filter
  // files it uses, so a shared link's results come first and the panel's counts after
  await run();
  root.dataset.ready = 'true';
  // wide screens show the panel beside the results; phones keep it closed (active filters show above)
  if (Object.keys(selected).length && window.matchMedia('(min-width: 48rem)').matches) filtersPanel.open = true;
}
