// Article page: selecting a mention (click, Tab, or the keys below) shows its details; the
// keys n / j and p / k move to the next / previous doubtful (low-confidence) mention.
// Details are read from the mark's data attributes and written with textContent.
(function () {
  'use strict';
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.e'));
  var doubtful = marks.filter(function (m) { return m.classList.contains('low'); });
  var panel = document.getElementById('details');
  var position = document.getElementById('doubtful-position');
  var selected = null;

  function field(name, value) {
    var dt = document.createElement('dt');
    dt.textContent = name;
    var dd = document.createElement('dd');
    dd.textContent = value;
    return [dt, dd];
  }

  function select(mark, scroll) {
    if (selected) selected.classList.remove('selected');
    selected = mark;
    if (!mark) return;
    mark.classList.add('selected');
    var d = mark.dataset;
    var dl = document.createElement('dl');
    [['text', mark.textContent], ['type', d.type], ['canonical', d.canonical], ['confidence', d.conf],
     ['source', d.source], ['entities.csv', 'row ' + d.row], ['offsets', d.start + '–' + d.end]]
      .forEach(function (f) { dl.append.apply(dl, field(f[0], f[1])); });
    panel.replaceChildren(dl);
    var i = doubtful.indexOf(mark);
    if (position) position.textContent = i >= 0 ? 'doubtful ' + (i + 1) + ' of ' + doubtful.length : doubtful.length + ' doubtful';
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
    else if (e.key === 'Escape') select(null);
  });

  // #m123 (a link from the review queue) selects that entities.csv row's mention.
  var m = /^#m(\d+)$/.exec(location.hash);
  if (m) select(document.getElementById('m' + m[1]), true);
  if (position && !selected) position.textContent = doubtful.length + ' doubtful';
})();
