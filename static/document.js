// Bring the linked paragraph into view with its item heading, and copy citations (saying when that fails).
(function () {
  var marked = document.querySelector('.para.marked');
  function place() {
    // The nearest heading before the paragraph, shown at the top when the paragraph starts within half a screen of it
    // (a long paragraph then runs on below the screen's edge, its start and its heading both in view).
    var heading = null;
    for (var node = marked.previousElementSibling; node; node = node.previousElementSibling) {
      if (node.matches('h2, h3')) { heading = node; break; }
    }
    var fits = heading && marked.getBoundingClientRect().top - heading.getBoundingClientRect().top < window.innerHeight * 0.5;
    (fits ? heading : marked).scrollIntoView({block: 'start'});
    if (!fits) { window.scrollBy(0, -Math.round(window.innerHeight * 0.15)); }
  }
  if (marked) {
    place();
    marked.focus({preventScroll: true});
    // The browser scrolls to the #fragment itself once the page has loaded: place the paragraph again after it.
    window.addEventListener('load', function () { setTimeout(place, 0); });
  }
  var status = document.getElementById('copy-status');
  function say(button, text, message) {
    button.textContent = text;
    if (status) { status.textContent = message; }
    setTimeout(function () { button.textContent = 'Copy citation'; }, 3000);
  }
  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function fallback(button, element) {
    selectText(element);
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    if (copied) { say(button, 'Copied', 'Citation copied.'); }
    else { say(button, 'Copy failed', 'Could not copy: the citation is selected, copy it with Ctrl+C or Cmd+C.'); }
  }
  document.querySelectorAll('button.copy').forEach(function (button) {
    button.addEventListener('click', function () {
      var element = document.getElementById(button.getAttribute('data-copy'));
      var text = element.textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { say(button, 'Copied', 'Citation copied.'); }, function () { fallback(button, element); });
      } else {
        fallback(button, element);
      }
    });
  });
})();
