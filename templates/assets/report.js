/* The report's filters: without JavaScript the report is plain lists; with it, a form filters
   them by words, status, topic and outlet, read from and written to the address (?q=&status=…). */
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form || !window.URLSearchParams) {
    return;
  }
  var items = Array.prototype.slice.call(document.querySelectorAll('.status-group li[data-status]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.status-group'));
  var count = document.getElementById('filter-count');
  var fields = ['q', 'status', 'topic', 'outlet'];
  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (f) {
    if (params.get(f)) {
      form.elements[f].value = params.get(f);
    }
  });
  var fold = function (s) {
    return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  };
  var texts = items.map(function (li) { return fold(li.textContent); });

  function apply() {
    var q = fold(form.elements.q.value.trim()).split(/\s+/).filter(Boolean);
    var status = form.elements.status.value;
    var topic = form.elements.topic.value;
    var outlet = form.elements.outlet.value;
    var shown = 0;
    items.forEach(function (li, i) {
      var ok = (!status || li.getAttribute('data-status') === status)
        && (!topic || li.getAttribute('data-topic') === topic)
        && (!outlet || (' ' + li.getAttribute('data-outlets') + ' ').indexOf(' ' + outlet + ' ') >= 0)
        && q.every(function (w) { return texts[i].indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) { shown++; }
    });
    groups.forEach(function (g) {
      g.hidden = !g.querySelector('li[data-status]:not([hidden])');
    });
    count.textContent = shown + ' of ' + items.length + ' claims shown.';
    var next = new URLSearchParams();
    fields.forEach(function (f) {
      if (form.elements[f].value) { next.set(f, form.elements[f].value); }
    });
    var qs = next.toString();
    window.history.replaceState(null, '', qs ? '?' + qs : window.location.pathname);
  }

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  apply();
}());
