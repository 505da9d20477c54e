// "/" → /es/ or /en/ by the browser's preferred language; the links on the page work without it.
(function () {
  var langs = navigator.languages || [navigator.language || 'es'];
  for (var i = 0; i < langs.length; i++) {
    var l = String(langs[i]).slice(0, 2).toLowerCase();
    if (l === 'es' || l === 'en') { location.replace('/' + l + '/'); return; }
  }
  location.replace('/es/');
})();
