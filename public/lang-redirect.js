// "/" → the Spanish or English home by the browser's preferred language, following the page's
// own links (so a base path such as /evidencia/ is kept); the links work without this script.
(function () {
  var langs = navigator.languages || [navigator.language || 'es'];
  for (var i = 0; i < langs.length; i++) {
    var l = String(langs[i]).slice(0, 2).toLowerCase();
    var a = document.querySelector('a[data-lang="' + l + '"]');
    if (a) { location.replace(a.href); return; }
  }
  var es = document.querySelector('a[data-lang="es"]');
  if (es) location.replace(es.href);
})();
