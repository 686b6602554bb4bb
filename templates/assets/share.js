// "Copy link" on a claim page: copies the page's address (its canonical URL when the site has one)
// with the site's own script; nothing is loaded from another host. Without JavaScript the button
// stays hidden and the plain share links remain.
(function () {
  'use strict';
  function address() {
    var canonical = document.querySelector('link[rel="canonical"]');
    return canonical ? canonical.href : location.href.replace(/#.*$/, '');
  }
  function fallback(button, status, url) {
    // No clipboard (an old browser, or a page opened from disk): show the address, selected, to copy by hand.
    var field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.value = url;
    field.className = 'copy-field';
    field.setAttribute('aria-label', 'Address of this page');
    button.parentNode.insertBefore(field, status);
    field.focus();
    field.select();
    status.textContent = 'Press Ctrl+C (⌘C) to copy the address.';
  }
  document.querySelectorAll('[data-copy-link]').forEach(function (button) {
    var status = button.parentNode.querySelector('.copy-status');
    button.hidden = false;
    button.addEventListener('click', function () {
      var url = address();
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () {
          status.textContent = 'Link copied.';
        }, function () {
          fallback(button, status, url);
        });
      } else {
        fallback(button, status, url);
      }
    });
  });
})();
