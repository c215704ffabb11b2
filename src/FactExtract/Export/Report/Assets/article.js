// The article page (article.html#n=12&m=345): shows article n of the run from its data chunk
// (data/articles-NNNN.js, loaded with a script element: file:// pages cannot fetch), selects
// entities.csv row m if given. Paging changes only the address, so no page load happens.
// Everything from the data goes into the page as text nodes or attribute values, never as markup.
// Selecting a mention (click, Tab, or the keys below) shows its details; n / j and p / k move to
// the next / previous doubtful (low-confidence) mention, ] and [ to the next / previous article.
(function () {
  'use strict';
  var threshold = Number(document.body.dataset.threshold);
  var articleCount = window.FX_CHUNKS[0];
  var chunkStarts = window.FX_CHUNKS[1]; // first article (1-based) of each chunk
  var TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION', 'MISC'];
  var loaded = {}; // chunk -> its articles
  var waiting = {}; // chunk -> callbacks
  var recent = []; // loaded chunks, oldest first: a long review session keeps only a few in memory
  var current = 0;
  var marks = [], doubtful = [], selected = null;

  var panel = document.getElementById('details');
  var position = document.getElementById('doubtful-position');
  var article = document.getElementById('article');

  window.FX_CHUNK = function (chunk, articles) {
    loaded[chunk] = articles;
    recent.push(chunk);
    if (recent.length > 4) delete loaded[recent.shift()];
    (waiting[chunk] || []).forEach(function (done) { done(); });
    delete waiting[chunk];
  };

  function chunkOf(n) {
    var lo = 0, hi = chunkStarts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (chunkStarts[mid] <= n) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function withChunk(chunk, done) {
    if (loaded[chunk]) { done(); return; }
    if (waiting[chunk]) { waiting[chunk].push(done); return; }
    waiting[chunk] = [done];
    var script = document.createElement('script');
    var name = String(chunk);
    while (name.length < 4) name = '0' + name;
    script.src = 'data/articles-' + name + '.js';
    script.onerror = function () {
      delete waiting[chunk];
      message('The data file ' + script.src + ' could not be loaded: is the report folder complete?');
    };
    document.head.appendChild(script);
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function message(text) {
    article.replaceChildren(element('p', 'unplaced', text));
  }

  function hashState() {
    var state = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq > 0) state[part.slice(0, eq)] = part.slice(eq + 1);
    });
    return state;
  }

  function show() {
    var state = hashState();
    var n = parseInt(state.n, 10);
    if (!(n >= 1 && n <= articleCount)) {
      message(articleCount ? 'No article ' + (state.n || '') + ' in this run: it has ' + articleCount.toLocaleString('en') + ' articles.' : 'This run has no articles.');
      return;
    }
    var chunk = chunkOf(n);
    withChunk(chunk, function () {
      if (hashState().n !== state.n) return; // the reader moved on meanwhile
      render(loaded[chunk][n - chunkStarts[chunk]]);
      var row = parseInt(state.m, 10);
      var mark = row >= 0 ? document.getElementById('m' + row) : null;
      if (mark) select(mark, true);
      else window.scrollTo(0, 0);
    });
  }

  function setLink(id, n) {
    var a = document.getElementById(id);
    a.hidden = !(n >= 1 && n <= articleCount);
    if (!a.hidden) a.href = '#n=' + n;
  }

  function render(a) {
    current = a.n;
    document.title = a.title + ' · FactExtract report';
    document.getElementById('title').textContent = a.title;
    document.getElementById('position').textContent = 'article ' + a.n.toLocaleString('en') + ' of ' + articleCount.toLocaleString('en');
    setLink('previous', a.n - 1);
    setLink('next', a.n + 1);
    renderMeta(a);
    renderLegend(a);

    var parts = [];
    if (a.text !== null) {
      parts.push(renderText(a));
      if (a.unplaced.length) parts.push(renderUnplaced(a.unplaced));
    } else {
      parts.push(element('p', 'unplaced', "This run's articles.jsonl has no article text (it was made with --no-text), so the mentions are listed without their text."));
      parts.push(renderMentionTable(a.entities));
      if (a.facts.length) parts.push(renderFacts(a, a.facts.map(function (f, i) { return i; })));
    }
    article.replaceChildren.apply(article, parts);

    marks = Array.prototype.slice.call(article.querySelectorAll('mark.e'));
    doubtful = marks.filter(function (m) { return m.classList.contains('low'); });
    selected = null;
    panel.replaceChildren(element('p', 'muted', 'Select a highlighted mention (click or Tab) to see its row.'));
    position.textContent = doubtful.length + ' doubtful';
  }

  function renderMeta(a) {
    var meta = document.getElementById('meta');
    var bdi = function (text) { return element('bdi', '', text); };
    var parts = ['id ', bdi(a.id), ' · file ', bdi(a.file)];
    if (a.date) parts.push(' · date ' + a.date);
    if (a.url) {
      parts.push(' · ');
      // Only web addresses become links; anything else (javascript:, data:) stays text.
      if (/^https?:\/\//i.test(a.url)) {
        var link = element('a', '', a.url);
        link.rel = 'noreferrer';
        link.href = a.url;
        parts.push(link);
      } else parts.push('url ', bdi(a.url));
    }
    var c = a.counts;
    parts.push(' · ' + a.words.toLocaleString('en') + ' words · ' + c[5].toLocaleString('en') + ' entities · ' +
      c[6].toLocaleString('en') + ' quantities · ' + c[7].toLocaleString('en') + ' facts');
    meta.replaceChildren.apply(meta, parts);
  }

  function renderLegend(a) {
    var legend = document.getElementById('legend');
    var spans = TYPES.map(function (t, i) { return element('span', t, t + ' ' + a.counts[i].toLocaleString('en')); });
    spans.push(element('span', 'q', 'quantity ' + a.counts[6].toLocaleString('en')));
    spans.push(element('span', 'low', 'confidence below ' + threshold + ': ' + a.counts[4].toLocaleString('en')));
    legend.replaceChildren.apply(legend, spans);
  }

  function confidenceText(c) { return c === null ? '?' : c.toFixed(3); }

  // [row, start, end, text, type, canonical, confidence, source]
  function openMark(e) {
    var mark = element('mark', 'e ' + (TYPES.indexOf(e[4]) >= 0 ? e[4] : 'OTHER') + (e[6] === null || !(e[6] >= threshold) ? ' low' : ''));
    mark.id = 'm' + e[0];
    mark.tabIndex = 0;
    var d = mark.dataset;
    d.row = e[0]; d.start = e[1]; d.end = e[2]; d.conf = confidenceText(e[6]);
    d.type = e[4]; d.canonical = e[5]; d.source = e[7];
    mark.title = e[4] + ' · ' + e[5] + ' · ' + d.conf + ' · ' + e[7] + ' · entities.csv row ' + e[0];
    return mark;
  }

  function renderText(a) {
    var text = a.text, entities = a.entities, pieces = a.pieces, quantities = a.quantities;
    var doc = element('div', 'doc');
    var entity = 0, piece = 0;

    // Text from..to into parent, with the quantity pieces in it underlined.
    function plain(parent, from, to) {
      var pos = from;
      for (; piece < pieces.length && pieces[piece] < to; piece += 3) {
        var start = pieces[piece], end = pieces[piece + 1], q = quantities[pieces[piece + 2]];
        if (start > pos) parent.appendChild(document.createTextNode(text.slice(pos, start)));
        var span = element('span', 'q', text.slice(start, end));
        span.dataset.qrow = q[0];
        span.title = q[1] + ' · quantities.csv row ' + q[0];
        parent.appendChild(span);
        pos = end;
      }
      if (to > pos) parent.appendChild(document.createTextNode(text.slice(pos, to)));
    }

    for (var r = 0; r < a.rows.length; r++) {
      var row = a.rows[r];
      var start = row[0], end = r + 1 < a.rows.length ? a.rows[r + 1][0] : text.length;
      var facts = row.slice(2);
      var div = element('div', 'row' + (facts.length ? ' has-facts' : ''));
      if (row[1] >= 0) div.id = 's' + row[1];
      var column = element('div', 'text');
      column.setAttribute('dir', 'auto');
      var pos = start;
      for (; entity < entities.length && entities[entity][1] < end; entity++) {
        var e = entities[entity];
        plain(column, pos, e[1]);
        var mark = openMark(e);
        plain(mark, e[1], e[2]);
        column.appendChild(mark);
        pos = e[2];
      }
      plain(column, pos, end);
      div.appendChild(column);
      div.appendChild(facts.length ? renderFacts(a, facts) : element('div'));
      doc.appendChild(div);
    }
    return doc;
  }

  function renderFacts(a, indices) {
    var ol = element('ol', 'facts');
    indices.forEach(function (i) {
      var f = a.facts[i]; // [row, kind, description]
      var li = element('li');
      li.dataset.row = f[0];
      li.title = 'facts.csv row ' + f[0];
      li.append(element('span', 'kind', f[1]), ' ' + f[2]);
      ol.appendChild(li);
    });
    return ol;
  }

  function renderUnplaced(rows) {
    var box = element('div', 'unplaced');
    box.appendChild(element('strong', '', rows.length.toLocaleString('en') + ' rows could not be shown in the text'));
    box.append(' (offsets from another text or another offset unit?)');
    var ul = element('ul');
    rows.forEach(function (u) { // [table, row, text, reason]
      var li = element('li');
      li.append(u[0] + ' row ' + u[1] + ': ', element('bdi', '', u[2]), ' — ' + u[3]);
      ul.appendChild(li);
    });
    box.appendChild(ul);
    return box;
  }

  function renderMentionTable(entities) {
    var table = element('table');
    var head = table.createTHead().insertRow();
    ['mention', 'type', 'canonical', 'confidence', 'source', 'entities.csv row'].forEach(function (label, i) {
      head.appendChild(element('th', i === 3 || i === 5 ? 'num' : '', label));
    });
    var body = table.createTBody();
    entities.forEach(function (e) {
      var tr = body.insertRow();
      var cell = tr.insertCell();
      var mark = openMark(e);
      mark.textContent = e[3];
      cell.appendChild(mark);
      [e[4], e[5], confidenceText(e[6]), e[7], String(e[0])].forEach(function (value, i) {
        var td = tr.insertCell();
        if (i === 2 || i === 4) td.className = 'num';
        td.textContent = value;
      });
    });
    return table;
  }

  function field(name, value) {
    return [element('dt', '', name), element('dd', '', value)];
  }

  function select(mark, scroll) {
    if (selected) selected.classList.remove('selected');
    selected = mark;
    if (!mark) return;
    mark.classList.add('selected');
    var d = mark.dataset;
    var dl = element('dl');
    [['text', mark.textContent], ['type', d.type], ['canonical', d.canonical], ['confidence', d.conf],
     ['source', d.source], ['entities.csv', 'row ' + d.row], ['offsets', d.start + '–' + d.end]]
      .forEach(function (f) { dl.append.apply(dl, field(f[0], f[1])); });
    panel.replaceChildren(dl);
    var i = doubtful.indexOf(mark);
    position.textContent = i >= 0 ? 'doubtful ' + (i + 1) + ' of ' + doubtful.length : doubtful.length + ' doubtful';
    if (scroll) mark.scrollIntoView({ block: 'center' });
    if (document.activeElement !== mark) mark.focus({ preventScroll: true });
  }

  function step(direction) {
    if (!doubtful.length) return;
    var i = selected ? doubtful.indexOf(selected) : -1;
    if (i < 0) {
      // From a non-doubtful selection (or none) go to the nearest doubtful one in document order.
      var from = selected ? marks.indexOf(selected) : -1;
      var candidates = doubtful.filter(function (m) { return direction > 0 ? marks.indexOf(m) > from : marks.indexOf(m) < from; });
      var target = candidates.length ? candidates[direction > 0 ? 0 : candidates.length - 1] : doubtful[direction > 0 ? 0 : doubtful.length - 1];
      select(target, true);
      return;
    }
    select(doubtful[(i + direction + doubtful.length) % doubtful.length], true);
  }

  function go(n) {
    if (n >= 1 && n <= articleCount) location.hash = 'n=' + n;
  }

  document.addEventListener('click', function (e) {
    var mark = e.target.closest ? e.target.closest('mark.e') : null;
    if (mark) select(mark, false);
  });
  document.addEventListener('focusin', function (e) {
    if (e.target.matches && e.target.matches('mark.e') && e.target !== selected) select(e.target, false);
  });
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
    if (e.key === 'n' || e.key === 'j') { step(1); e.preventDefault(); }
    else if (e.key === 'p' || e.key === 'k') { step(-1); e.preventDefault(); }
    else if (e.key === ']') { go(current + 1); e.preventDefault(); }
    else if (e.key === '[') { go(current - 1); e.preventDefault(); }
    else if (e.key === 'Escape') select(null);
  });
  window.addEventListener('hashchange', show);
  show();
})();
