/* factcheck search: static and offline. The index is split by term prefix (search/t/) and by
   document number (search/d/); a query fetches one shard per term and the chunks of its top
   results only, so the first search from a cold page stays small however large the archive.
   A page opened from disk (file://) may not fetch files, so there each index file is read from its
   .js twin, a script that hands its JSON to window.__factcheckSearch.push (CSP script-src 'self'). */
(function () {
  'use strict';
  var form = document.querySelector('form.search');
  var FROM_DISK = location.protocol === 'file:';
  if (!form || !(window.fetch || FROM_DISK) || !window.Promise || !window.TextEncoder) {
    return; // without JavaScript the form opens the report's list
  }
  var root = form.getAttribute('data-root') || '';
  var input = form.querySelector('input[name=q]');
  var box = document.getElementById('search-results');
  var STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'had', 'has', 'have',
    'he', 'her', 'his', 'i', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'our', 'she', 'that', 'the', 'their', 'them',
    'there', 'they', 'this', 'to', 'was', 'we', 'were', 'which', 'who', 'will', 'with', 'would', 'you']);
  var LIMIT = 10;
  var cache = {};
  var timer = null;
  var seq = 0;

  /* Must match SearchIndex.terms in Java. */
  function terms(q) {
    var out = [];
    q.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).forEach(function (t) {
      if (Array.from(t).length >= 2 && !STOP.has(t) && out.indexOf(t) < 0) {
        out.push(t);
      }
    });
    return out;
  }

  function shardName(term) {
    var bytes = new TextEncoder().encode(Array.from(term).slice(0, 3).join(''));
    return Array.from(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  /* Index files that could not be read at all (not merely absent): then "no match" would be a lie. */
  var failed = false;
  /* Scripts loading from disk, by the JSON path they register. */
  var pending = {};
  window.__factcheckSearch = {
    push: function (entry) {
      var done = pending[entry[0]];
      if (done) {
        delete pending[entry[0]];
        done(entry[1]);
      }
    }
  };

  function loadScript(path) {
    return new Promise(function (resolve) {
      var s = document.createElement('script');
      function end(value) {
        delete pending[path];
        s.remove();
        resolve(value);
      }
      pending[path] = resolve;
      s.onload = function () { end(null); }; // ran, yet registered nothing
      // From disk a missing shard and an unreadable one look alike; reachable() tells them apart.
      s.onerror = function () { end(undefined); };
      s.src = root + path.replace(/\.json$/, '.js');
      document.head.appendChild(s);
    });
  }

  function load(path) {
    if (!cache[path]) {
      cache[path] = FROM_DISK ? loadScript(path)
        : fetch(root + path).then(function (r) { return r.ok ? r.json() : r.status === 404 ? null : undefined; })
          .catch(function () { return undefined; });
      cache[path] = cache[path].then(function (v) {
        if (v === undefined && !FROM_DISK) {
          failed = true;
        }
        return v || null;
      });
    }
    return cache[path];
  }

  /* From disk: whether the index can be read here at all (its first document chunk always exists). */
  function reachable() {
    return FROM_DISK ? load('search/d/0.json').then(function (d) { return d !== null; }) : Promise.resolve(!failed);
  }

  /* Documents matching one query term: exact term, or any term it starts when it is the last one typed. */
  function match(term, prefix) {
    return load('search/t/' + shardName(term) + '.json').then(function (shard) {
      var docs = new Map();
      if (!shard) {
        return { docs: docs, chunk: 0 };
      }
      Object.keys(shard.terms).forEach(function (t) {
        var exact = t === term;
        if (!exact && !(prefix && t.lastIndexOf(term, 0) === 0)) {
          return;
        }
        var n = 0;
        shard.terms[t].split(',').forEach(function (p) {
          var title = p.charAt(p.length - 1) === '*';
          n += parseInt(title ? p.slice(0, -1) : p, 36);
          var w = (title ? 3 : 1) * (exact ? 1 : 0.6);
          docs.set(n, Math.max(docs.get(n) || 0, w));
        });
      });
      return { docs: docs, chunk: shard.chunk };
    });
  }

  function search(q) {
    var ts = terms(q);
    if (!ts.length) {
      return Promise.resolve({ total: 0, results: [] });
    }
    return Promise.all(ts.map(function (t, i) {
      return match(t, i === ts.length - 1 && Array.from(t).length >= 3);
    })).then(function (lists) {
      var chunk = lists.reduce(function (c, l) { return l.chunk || c; }, 0);
      lists.sort(function (a, b) { return a.docs.size - b.docs.size; });
      var scored = [];
      lists[0].docs.forEach(function (w, doc) {
        var score = w;
        for (var k = 1; k < lists.length; k++) {
          var v = lists[k].docs.get(doc);
          if (v === undefined) {
            return;
          }
          score += v;
        }
        scored.push([doc, score]);
      });
      scored.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      var top = scored.slice(0, LIMIT);
      return Promise.all(top.map(function (s) {
        return load('search/d/' + Math.floor(s[0] / chunk) + '.json').then(function (docs) {
          return docs ? docs[s[0] % chunk] : null;
        });
      })).then(function (docs) {
        return { total: scored.length, results: docs.filter(Boolean) };
      });
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }

  function show(q, found) {
    box.textContent = '';
    var status = el('p', 'search-status');
    status.setAttribute('role', 'status');
    status.textContent = found.unreadable ? 'Search cannot read its index here, so it cannot say whether anything matches “' + q
        + '”. Open the site from a web server, or browse the list of all claims.'
      : found.total === 0 ? 'No claim or article matches “' + q + '”.'
      : found.total + (found.total === 1 ? ' result' : ' results') + ' for “' + q + '”'
        + (found.total > found.results.length ? ', best ' + found.results.length + ' shown' : '') + '.';
    box.appendChild(status);
    if (found.results.length) {
      var list = el('ul', 'search-list');
      found.results.forEach(function (d) {
        var li = el('li', 'search-hit');
        var a = el('a', 'search-link', d[1]);
        a.href = root + d[2];
        li.appendChild(el('span', 'search-kind kind-' + d[0], d[0] === 'claim' ? 'Claim' : 'Article'));
        li.appendChild(a);
        li.appendChild(el('span', 'meta search-meta', d[3]));
        list.appendChild(li);
      });
      box.appendChild(list);
    }
    box.hidden = false;
  }

  function run() {
    var q = input.value.trim();
    var mine = ++seq;
    if (!q) {
      box.hidden = true;
      return;
    }
    search(q).then(function (found) {
      return found.total > 0 ? found : reachable().then(function (ok) {
        found.unreadable = !ok;
        return found;
      });
    }).then(function (found) {
      if (mine === seq) {
        show(q, found);
      }
    });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      box.hidden = true;
      input.focus();
      return;
    }
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !box.hidden) {
      // Arrow keys move between the input and the results; Tab works as well.
      var links = Array.prototype.slice.call(box.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      var next = e.key === 'ArrowDown' ? at + 1 : at - 1;
      if (next >= 0 && next < links.length) {
        links[next].focus();
        e.preventDefault();
      } else if (next < 0) {
        input.focus();
        e.preventDefault();
      }
    }
  });
  document.addEventListener('click', function (e) {
    if (!form.contains(e.target)) {
      box.hidden = true;
    }
  });
}());
