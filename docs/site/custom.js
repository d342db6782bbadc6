/* global document, URL */
// arabic-claims API docs. The header's links are written as given on every page, and pages sit at
// different depths (index.html, functions/x.html): resolve the playground link against this
// script's own address (assets/custom.js), which is always one folder below the site's root.
(function () {
  var script = document.currentScript;
  if (!script) return;
  var root = new URL('../', script.src);
  document.querySelectorAll('#tsd-toolbar-links a').forEach(function (a) {
    if (a.getAttribute('href') === 'playground/index.html') a.href = new URL('playground/index.html', root).href;
  });
})();
