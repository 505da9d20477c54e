/**
 * A bare Pagefind search page over the same index, for the benchmark's ratio: Pagefind's JS API
 * with nothing of ours (no filter panel, no chips, no URL state), showing the first 10 results as
 * ours does, with the same 200 ms debounce when typing. It keeps the DOM contract the
 * measurement watches (`[data-search-root]`, `.search-form` once ready, `.search-result`,
 * `data-result-count`), so both pages are timed by the same code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BARE_SEARCH_PATH = '/bare-search/';

const SCRIPT = `
const root = document.querySelector('[data-search-root]');
const params = new URLSearchParams(location.search);
const filters = {};
for (const [k, v] of params) if (k !== 'q') (filters[k] ??= []).push(v);
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 30 });
await pagefind.init();
root.insertAdjacentHTML('afterbegin', '<form class="search-form"><input type="search" aria-label="q"></form><ol></ol>');
root.dataset.ready = 'true';
const input = root.querySelector('input');
const list = root.querySelector('ol');
async function run(q) {
  const response = await pagefind.search(q || null, { filters });
  const data = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
  list.replaceChildren(...data.map((d) => {
    const li = document.createElement('li');
    li.className = 'search-result';
    li.textContent = d.meta.title + ' ' + d.excerpt.replace(/<[^>]+>/g, '');
    return li;
  }));
  root.dataset.resultCount = String(response.results.length);
}
let timer;
input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => run(input.value), 200); });
if (params.get('q') || Object.keys(filters).length) await run(params.get('q'));
`;

/** Writes the bare page into dist (in the language of the index it searches). */
export function writeBareSearchPage(dist: string, lang: string): void {
  const dir = join(dist, 'bare-search');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bare.js'), SCRIPT);
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bare</title><script type="module" src="${BARE_SEARCH_PATH}bare.js"></script></head><body><div data-search-root></div></body></html>`);
}
