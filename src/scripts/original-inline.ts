// "View the original": with JavaScript, a passage's status mark shows the original passage in
// place (read once from the side-by-side page) instead of leaving the chapter; without it, the
// mark is a plain link to that passage side by side.
const cache = new Map<string, Promise<Document>>();
const load = (url: string) => {
  if (!cache.has(url)) cache.set(url, fetch(url).then(async (r) => new DOMParser().parseFromString(await r.text(), 'text/html')));
  return cache.get(url)!;
};

document.addEventListener('click', async (e) => {
  const a = (e.target as Element).closest<HTMLAnchorElement>('a.pmark');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  const passage = a.closest<HTMLElement>('.passage');
  if (!passage) return;
  e.preventDefault();
  const shown = passage.nextElementSibling?.classList.contains('original-inline') ? (passage.nextElementSibling as HTMLElement) : null;
  if (shown) {
    shown.remove();
    a.setAttribute('aria-expanded', 'false');
    return;
  }
  try {
    const doc = await load(a.href.split('#')[0]);
    const cell = doc.getElementById(a.hash.slice(1))?.querySelector('.cell-original');
    if (!cell) throw new Error('no original');
    const box = document.createElement(passage.tagName === 'LI' ? 'li' : 'div');
    box.className = 'original-inline';
    box.setAttribute('lang', cell.getAttribute('lang') ?? '');
    box.append(...Array.from(cell.cloneNode(true).childNodes));
    passage.after(box);
    a.setAttribute('aria-expanded', 'true');
  } catch {
    location.href = a.href;
  }
});
