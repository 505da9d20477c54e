// A moved page: go to its new address, keeping the passage (#…) the old link pointed at.
(function () {
  var a = document.querySelector('a[data-moved-to]');
  if (a) location.replace(a.href + location.hash);
})();
