// Review queue: every mention below the threshold, lowest confidence first, over
// window.FX_REVIEW (data/review.js). Row layout:
// [confidence, text, type, canonical, source, entitiesCsvRow, articleIndex, sentence, markStart, markEnd, articleTitle].
(function () {
  'use strict';
  FxTable({
    rows: window.FX_REVIEW,
    root: document.getElementById('queue'),
    placeholder: 'Filter by mention, type, canonical name, sentence or article…',
    searchText: function (r) { return r[1] + '\u0000' + r[2] + '\u0000' + r[3] + '\u0000' + r[7] + '\u0000' + r[10]; },
    columns: [
      { key: 'conf', label: 'confidence', index: 0, numeric: true, render: function (td, r) { td.textContent = r[0].toFixed(3); } },
      { key: 'text', label: 'mention', index: 1, render: function (td, r) { FxLink(td, FxArticleHref(r[6]) + '&m=' + r[5], r[1]); } },
      { key: 'type', label: 'type', index: 2 },
      { key: 'canonical', label: 'canonical', index: 3 },
      { key: 'source', label: 'source', index: 4 },
      { key: 'row', label: 'entities.csv row', index: 5, numeric: true },
      { key: 'sentence', label: 'sentence', render: function (td, r) {
          var s = r[7];
          if (r[8] >= 0 && r[9] <= s.length && r[8] < r[9]) {
            var mark = document.createElement('mark');
            mark.textContent = s.slice(r[8], r[9]);
            td.append(s.slice(0, r[8]), mark, s.slice(r[9]));
          } else td.textContent = s;
        } },
      { key: 'article', label: 'article', index: 10, render: function (td, r) { FxLink(td, FxArticleHref(r[6]), r[10]); } },
    ],
    defaultSort: 'conf',
    defaultDir: 'asc',
  });
})();
