// The language switch keeps the passage: /es/…/informe/hallazgos/#hallazgo-5 → /en/…/report/hallazgos/#hallazgo-5.
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  a.addEventListener('click', () => {
    if (location.hash && !a.hash) a.hash = location.hash;
  });
}
