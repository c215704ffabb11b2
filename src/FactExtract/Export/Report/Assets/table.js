// A paged, sortable, filterable table over a JavaScript array (the overview's articles and the
// review queue). Only one page of rows is ever in the DOM, so 100,000 rows stay responsive.
// State lives in the URL hash (#page=3&sort=words&dir=desc&q=text), so views are linkable.
// Every cell is filled with textContent: data never becomes markup.
(function () {
  'use strict';

  function readHash() {
    var state = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      if (!part) return;
      var eq = part.indexOf('=');
      var key = eq < 0 ? part : part.slice(0, eq);
      var value = eq < 0 ? '' : part.slice(eq + 1);
      try { state[decodeURIComponent(key)] = decodeURIComponent(value); } catch (e) { /* malformed: ignore */ }
    });
    return state;
  }

  function writeHash(state) {
    var parts = [];
    Object.keys(state).forEach(function (k) {
      if (state[k] !== '' && state[k] !== undefined && state[k] !== null) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(state[k]));
    });
    var hash = parts.length ? '#' + parts.join('&') : '';
    if (location.hash !== hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }

  // options: { rows, columns: [{ key, label, index, numeric, render(td, row) }], root, pageSize, defaultSort, defaultDir, searchText(row) }
  window.FxTable = function (options) {
    var rows = options.rows;
    var columns = options.columns;
    var pageSize = options.pageSize || 100;
    var root = options.root;
    var state = readHash();
    var sortKey = state.sort || options.defaultSort || null;
    var sortDir = state.dir || options.defaultDir || 'asc';
    var query = state.q || '';
    var page = Math.max(1, parseInt(state.page, 10) || 1);
    var view = null; // indices into rows, filtered and sorted
    var lowered = null; // lazily built search strings

    var toolbar = document.createElement('div');
    toolbar.className = 'toolbar';
    var search = document.createElement('input');
    search.type = 'search';
    search.placeholder = options.placeholder || 'Filter…';
    search.value = query;
    search.setAttribute('aria-label', 'Filter rows');
    var count = document.createElement('span');
    count.className = 'muted';
    var pager = document.createElement('span');
    pager.className = 'pager';
    var first = button('«', 'First page'), prev = button('‹', 'Previous page'), next = button('›', 'Next page'), last = button('»', 'Last page');
    var pageLabel = document.createElement('span');
    pager.append(first, prev, pageLabel, next, last);
    toolbar.append(search, count, pager);

    var table = document.createElement('table');
    var thead = table.createTHead();
    var headRow = thead.insertRow();
    columns.forEach(function (c) {
      var th = document.createElement('th');
      th.textContent = c.label;
      if (c.numeric) th.className = 'num';
      if (c.index !== undefined) {
        th.classList.add('sortable');
        th.tabIndex = 0;
        th.dataset.key = c.key;
        th.addEventListener('click', function () { sortBy(c.key); });
        th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sortBy(c.key); });
      }
      headRow.appendChild(th);
    });
    var tbody = table.createTBody();
    root.append(toolbar, table);

    function button(text, title) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.title = title;
      return b;
    }

    function column(key) { return columns.filter(function (c) { return c.key === key; })[0]; }

    function sortBy(key) {
      if (sortKey === key) sortDir = sortDir === 'asc' ? 'desc' : 'asc';
      else { sortKey = key; sortDir = column(key).numeric ? 'desc' : 'asc'; }
      page = 1;
      rebuild();
    }

    function rebuild() {
      if (lowered === null && query) lowered = rows.map(function (r) { return options.searchText(r).toLowerCase(); });
      var q = query.toLowerCase();
      view = [];
      for (var i = 0; i < rows.length; i++) if (!q || lowered[i].indexOf(q) >= 0) view.push(i);
      var c = sortKey ? column(sortKey) : null;
      if (c && c.index !== undefined) {
        var ix = c.index, sign = sortDir === 'desc' ? -1 : 1;
        view.sort(function (a, b) {
          var x = rows[a][ix], y = rows[b][ix];
          if (x === y) return a - b;
          if (x === null) return 1; // empty values last in both directions
          if (y === null) return -1;
          return (c.numeric ? x - y : (x < y ? -1 : 1)) * sign;
        });
      }
      render();
    }

    function render() {
      var pages = Math.max(1, Math.ceil(view.length / pageSize));
      if (page > pages) page = pages;
      var fragment = document.createDocumentFragment();
      var end = Math.min(view.length, page * pageSize);
      for (var i = (page - 1) * pageSize; i < end; i++) {
        var row = rows[view[i]];
        var tr = document.createElement('tr');
        columns.forEach(function (c) {
          var td = document.createElement('td');
          if (c.numeric) td.className = 'num';
          if (c.render) c.render(td, row);
          else { var v = row[c.index]; td.textContent = v === null ? '' : String(v); }
          tr.appendChild(td);
        });
        fragment.appendChild(tr);
      }
      tbody.replaceChildren(fragment);
      count.textContent = view.length.toLocaleString('en') + (view.length === rows.length ? ' rows' : ' of ' + rows.length.toLocaleString('en') + ' rows');
      pageLabel.textContent = ' page ' + page + ' of ' + pages + ' ';
      first.disabled = prev.disabled = page <= 1;
      next.disabled = last.disabled = page >= pages;
      Array.prototype.forEach.call(headRow.children, function (th) {
        if (!th.dataset.key) return;
        if (th.dataset.key === sortKey) th.setAttribute('aria-sort', sortDir === 'asc' ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      });
      writeHash({ page: page > 1 ? page : '', sort: sortKey !== options.defaultSort || sortDir !== (options.defaultDir || 'asc') ? sortKey : '', dir: sortKey !== options.defaultSort || sortDir !== (options.defaultDir || 'asc') ? sortDir : '', q: query });
    }

    function go(p) { page = p; render(); window.scrollTo(0, root.offsetTop); }
    first.addEventListener('click', function () { go(1); });
    prev.addEventListener('click', function () { go(page - 1); });
    next.addEventListener('click', function () { go(page + 1); });
    last.addEventListener('click', function () { go(Math.ceil(view.length / pageSize)); });
    var timer = null;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { query = search.value; page = 1; rebuild(); }, 150);
    });
    rebuild();
  };

  // Link cell helper: the href is built from a number, the label is text.
  window.FxLink = function (td, href, label) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    td.appendChild(a);
  };

  // The shared article page shows article n (1-based, the overview's #) from its address.
  window.FxArticleHref = function (index) {
    return 'article.html#n=' + (index + 1);
  };
})();
