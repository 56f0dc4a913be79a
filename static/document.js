// Scroll the linked paragraph into view and let readers copy citations.
(function () {
  var marked = document.querySelector('.para.marked');
  if (marked) { marked.scrollIntoView({block: 'center'}); marked.focus({preventScroll: true}); }
  document.querySelectorAll('button.copy').forEach(function (button) {
    button.addEventListener('click', function () {
      var text = document.getElementById(button.getAttribute('data-copy')).textContent;
      var done = function () { button.textContent = 'Copied'; setTimeout(function () { button.textContent = 'Copy citation'; }, 2000); };
      if (navigator.clipboard) { navigator.clipboard.writeText(text).then(done, done); } else { done(); }
    });
  });
})();
