// Filters behind a "Filter" button on narrow screens (open or shut as the reader left them), and Space on a filter.
(function () {
  var toggle = document.querySelector('.filter-toggle');
  var panel = document.getElementById('facets');
  var KEY = 'council-search-filters-open';
  var narrow = window.matchMedia('(max-width: 48rem)');
  function remembered() { try { return sessionStorage.getItem(KEY) === '1'; } catch (e) { return false; } }
  function remember(open) { try { sessionStorage.setItem(KEY, open ? '1' : '0'); } catch (e) { /* private mode */ } }
  function show(open) {
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    panel.classList.toggle('shut', !open);
  }
  function fit() {
    if (narrow.matches) { toggle.hidden = false; show(remembered()); }
    else { toggle.hidden = true; panel.classList.remove('shut'); }
  }
  if (toggle && panel) {
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      remember(open);
      show(open);
      if (open) { var first = panel.querySelector('a'); if (first) { first.focus(); } }
    });
    if (narrow.addEventListener) { narrow.addEventListener('change', fit); }
    fit();
  }
  // The filters look like tick boxes, so Space ticks them as it would a box.
  document.querySelectorAll('.facet-link').forEach(function (link) {
    link.addEventListener('keydown', function (event) {
      if (event.key === ' ' || event.key === 'Spacebar') { event.preventDefault(); link.click(); }
    });
  });
})();
