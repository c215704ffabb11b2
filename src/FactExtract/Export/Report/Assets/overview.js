// Overview page: the article table over window.FX_ARTICLES (data/overview.js).
// Row layout: [index, id, title, date, words, entities, quantities, facts, lowestConfidence, file].
(function () {
  'use strict';
  var threshold = Number(document.body.dataset.threshold);
  FxTable({
    rows: window.FX_ARTICLES,
    root: document.getElementById('articles'),
    placeholder: 'Filter by title, id, file or date…',
    searchText: function (r) { return r[1] + '\u0000' + (r[2] || '') + '\u0000' + (r[3] || '') + '\u0000' + r[9]; },
    columns: [
      { key: 'n', label: '#', index: 0, numeric: true, render: function (td, r) { td.textContent = String(r[0] + 1); } },
      { key: 'title', label: 'title', index: 2, render: function (td, r) { FxLink(td, FxArticleHref(r[0]), r[2] || r[1]); } },
      { key: 'date', label: 'date', index: 3 },
      { key: 'words', label: 'words', index: 4, numeric: true },
      { key: 'entities', label: 'entities', index: 5, numeric: true },
      { key: 'quantities', label: 'quantities', index: 6, numeric: true },
      { key: 'facts', label: 'facts', index: 7, numeric: true },
      { key: 'lowest', label: 'lowest conf.', index: 8, numeric: true, render: function (td, r) {
          if (r[8] === null) return;
          td.textContent = r[8].toFixed(3);
          if (r[8] < threshold) td.classList.add('low-cell');
        } },
      { key: 'id', label: 'id', index: 1 },
      { key: 'file', label: 'file', index: 9 },
    ],
    defaultSort: 'n',
    defaultDir: 'asc',
  });
})();
