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

  // A large report shows only the first claims of each status; its filters then load every row
  // from the chunks at data-rows ({n} the chunk's number; [id, title, status, topic slug, topic,
  // outlet slugs, outlets]) once, the first time a filter is set, and list the matches (the first
  // LIMIT) in #filter-results, linked to data-claim ({id} the claim's id). The page gives both
  // addresses: only the build knows where pages live.
  var chunks = parseInt(form.getAttribute('data-chunks') || '0', 10);
  var rowsAt = form.getAttribute('data-rows') || '';
  var claimAt = form.getAttribute('data-claim') || '';
  var results = document.getElementById('filter-results');
  var LIMIT = 500;
  var rows = null;
  var loading = null;
  var labels = {};
  Array.prototype.forEach.call(form.elements.status.options, function (o) {
    labels[o.value] = o.textContent.replace(/\s*\(\d+\)$/, '');
  });
  function load() {
    if (!loading) {
      var parts = [];
      for (var c = 0; c < chunks; c++) {
        parts.push(fetch(rowsAt.replace('{n}', String(c))).then(function (r) { return r.json(); }));
      }
      loading = Promise.all(parts).then(function (all) {
        rows = [].concat.apply([], all);
        rows.forEach(function (r) { r.text = fold([r[1], labels[r[2]] || r[2], r[4], r[6]].join(' ')); });
      });
    }
    return loading;
  }
  function row(r) {
    var li = document.createElement('li');
    li.setAttribute('data-status', r[2]);
    var a = document.createElement('a');
    a.className = 'claim-title';
    a.href = claimAt.replace('{id}', function () { return r[0]; });
    a.textContent = r[1];
    var badge = document.createElement('span');
    badge.className = 'badge status-' + r[2];
    badge.textContent = labels[r[2]] || r[2];
    var meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = r[4] + (r[6] ? ' · ' + r[6] : '');
    // Labelled as in the built lists: the badge is what the sources say, not the desk's rating.
    var said = document.createElement('span');
    said.className = 'list-label';
    said.textContent = 'Sources say:';
    li.appendChild(a);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(said);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(badge);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(meta);
    return li;
  }
  function applyRows(q, status, topic, outlet) {
    var active = q.length || status || topic || outlet;
    groups.forEach(function (g) { g.hidden = !!active; });
    results.hidden = !active;
    if (!active) {
      count.textContent = '';
      return;
    }
    count.textContent = 'Loading every claim…';
    load().then(function () {
      var list = results.querySelector('ul');
      list.textContent = '';
      var shown = 0;
      rows.forEach(function (r) {
        var ok = (!status || r[2] === status) && (!topic || r[3] === topic)
          && (!outlet || (' ' + r[5] + ' ').indexOf(' ' + outlet + ' ') >= 0)
          && q.every(function (w) { return r.text.indexOf(w) >= 0; });
        if (ok && ++shown <= LIMIT) {
          list.appendChild(row(r));
        }
      });
      count.textContent = shown + ' of ' + rows.length + ' claims match' + (shown > LIMIT ? '; the first ' + LIMIT + ' are listed.' : '.');
    }, function () {
      count.textContent = 'The claims could not be loaded.';
    });
  }

  function apply() {
    var q = fold(form.elements.q.value.trim()).split(/\s+/).filter(Boolean);
    var status = form.elements.status.value;
    var topic = form.elements.topic.value;
    var outlet = form.elements.outlet.value;
    var shown = 0;
    if (chunks && results && window.fetch && window.Promise) {
      applyRows(q, status, topic, outlet);
      keep();
      return;
    }
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
    keep();
  }

  /** Keeps the filter in the address. */
  function keep() {
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
