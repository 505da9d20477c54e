/**
 * Search page: Pagefind's JS API with a small UI of our own — a query box, filter checkboxes
 * (type, institution, component, evaluation, year) with counts, and results rendered as text
 * (only Pagefind's <mark> highlighting survives). The query and filters live in the URL
 * (?q=…&institution=…), so any search can be linked to.
 */
import { sanitizeExcerpt } from '../lib/sanitize';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
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

const FILTER_KEYS = ['type', 'institution', 'component', 'evaluation', 'year', 'priority', 'timeframe'] as const;
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
}

async function start(root: HTMLElement): Promise<void> {
  const s = root.dataset;
  const labels: Record<string, string> = JSON.parse(s.labels ?? '{}');
  const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as Pagefind;
  await pagefind.options({ excerptLength: 30 });
  await pagefind.init();

  const state = readState();
  const form = el('form', { role: 'search', class: 'search-form' });
  const label = el('label', { for: 'search-q', class: 'sr-only' }, labels.query);
  const input = el('input', { id: 'search-q', type: 'search', name: 'q', placeholder: labels.placeholder, autocomplete: 'off' });
  input.value = state.q;
  form.append(label, input);
  form.addEventListener('submit', (e) => e.preventDefault());

  const layout = el('div', { class: 'search-layout' });
  // Filters load on demand (their index grows with the library): when the panel is opened, or at
  // once when the URL already asks for some.
  const filtersPanel = el('details', { class: 'search-filters-panel' });
  filtersPanel.append(el('summary', {}, labels.filters));
  const filtersBox = el('div', { class: 'search-filters' });
  filtersPanel.append(filtersBox);
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  // the filters in force, each removable with one click (the panel may be closed, e.g. on a phone)
  const active = el('ul', { class: 'tags search-active-filters', 'aria-label': labels.activeFilters });
  const results = el('ol', { class: 'item-list search-results' });
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, labels.more);
  const main = el('div', { class: 'search-main' });
  main.append(active, status, results, more);
  layout.append(filtersPanel, main);
  root.replaceChildren(form, layout);

  const selected = state.filters;
  let available: Record<string, Record<string, number>> | null = null;
  const loadFilters = async () => {
    if (available) return;
    available = await pagefind.filters();
    // counts for the current search come with a fresh search once the filter index is loaded
    if (input.value.trim()) await run();
    else renderFilters(available);
  };
  filtersPanel.addEventListener('toggle', () => {
    if (filtersPanel.open) void loadFilters();
  });
  let shown = 0;
  let current: PagefindResponse | null = null;

  function renderActive(): void {
    active.replaceChildren();
    for (const [key, values] of Object.entries(selected)) {
      for (const value of values) {
        const li = el('li');
        const b = el('button', { type: 'button', class: 'filter-chip', 'data-remove-filter': key }, `${labels[`filter.${key}`] ?? key}: ${value} ✕`);
        b.setAttribute('aria-label', `${labels.removeFilter}: ${value}`);
        b.addEventListener('click', () => {
          const rest = (selected[key] ?? []).filter((v) => v !== value);
          if (rest.length) selected[key] = rest;
          else delete selected[key];
          void run();
        });
        li.append(b);
        active.append(li);
      }
    }
  }

  function renderFilters(counts: Record<string, Record<string, number>>): void {
    renderActive();
    if (!available) return;
    filtersBox.replaceChildren();
    for (const key of FILTER_KEYS) {
      const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, document.documentElement.lang));
      if (!values.length) continue;
      const fs = el('fieldset', { class: 'filter-group', 'data-filter': key });
      fs.append(el('legend', {}, labels[`filter.${key}`] ?? key));
      const list = el('ul', { class: 'filter-values' });
      for (const value of values) {
        const id = `f-${key}-${values.indexOf(value)}`;
        const li = el('li');
        const cb = el('input', { type: 'checkbox', id, value, 'data-filter-key': key });
        cb.checked = (selected[key] ?? []).includes(value);
        cb.addEventListener('change', () => {
          const set = new Set(selected[key] ?? []);
          if (cb.checked) set.add(value);
          else set.delete(value);
          if (set.size) selected[key] = [...set];
          else delete selected[key];
          void run();
        });
        const n = counts[key]?.[value] ?? 0;
        li.append(cb, el('label', { for: id }, `${value} (${n})`));
        list.append(li);
      }
      fs.append(list);
      filtersBox.append(fs);
    }
  }

  async function renderPage(): Promise<void> {
    if (!current) return;
    const page = current.results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    for (const d of data) {
      const li = el('li', { class: 'search-result' });
      const a = el('a', { href: d.url, class: 'item-label' }, d.meta.title ?? d.url);
      const p = el('p');
      p.innerHTML = sanitizeExcerpt(d.excerpt);
      li.append(a, p);
      const subs = (d.sub_results ?? []).filter((sr) => sr.url !== d.url && sr.url.includes('#')).slice(0, 3);
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
      renderFilters(available ?? {});
      return;
    }
    const response = await pagefind.search(q || null, { filters: selected });
    if (id !== runId) return;
    current = response;
    shown = 0;
    results.replaceChildren();
    const n = response.results.length;
    const forms = labels.results as unknown as { one: string; other: string };
    status.textContent = (new Intl.PluralRules(labels.lang).select(n) === 'one' ? forms.one : forms.other).replace('{n}', n.toLocaleString(labels.lang));
    root.dataset.resultCount = String(response.results.length);
    renderFilters(response.filters);
    await renderPage();
    root.dataset.ready = 'true';
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  more.addEventListener('click', () => void renderPage());
  if (Object.keys(selected).length) {
    // wide screens show the panel beside the results; phones keep it closed (active filters show above)
    if (window.matchMedia('(min-width: 48rem)').matches) filtersPanel.open = true;
    await loadFilters();
  }
  await run();
  root.dataset.ready = 'true';
}
