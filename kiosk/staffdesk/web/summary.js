// The store manager's week: answered rate, most missed, calls by hour, median wait.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  window.summary = { loaded: 0 };

  function row(cells) {
    var tr = document.createElement('tr');
    cells.forEach(function (c) {
      var td = document.createElement('td');
      if (c.n) { td.className = 'n'; }
      if (c.node) { td.appendChild(c.node); } else { td.textContent = c.text; }
      tr.appendChild(td);
    });
    return tr;
  }

  function wait(s) {
    if (s < 0) { return '—'; }
    if (s < 90) { return Math.round(s) + ' s'; }
    return Math.round(s / 60) + ' min';
  }

  fetch('api/insights/summary?days=7', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json().then(function (d) { return { status: r.status, data: d }; }); })
    .then(function (r) {
      if (r.status === 401) { $('signin').hidden = false; return; }
      var s = r.data;
      $('page').hidden = false;
      $('period').textContent = 'From ' + s.since + ' to ' + s.until + '.';
      $('rate').textContent = s.questions ? Math.round(s.answered_rate * 100) + ' %' : '—';
      $('questions').textContent = String(s.questions);
      $('calls').textContent = String(s.calls);
      $('ack').textContent = wait(s.median_ack_seconds);
      var top = $('top');
      s.top_missed.forEach(function (m) { top.appendChild(row([{ text: m.question }, { text: String(m.count), n: true }])); });
      if (!s.top_missed.length) { top.appendChild(row([{ text: 'Nothing missed.' }, { text: '' }])); }
      var most = Math.max.apply(null, s.calls_per_hour.concat([1]));
      var hours = $('hours');
      s.calls_per_hour.forEach(function (n, h) {
        if (!n) { return; }
        var bar = document.createElement('span');
        bar.className = 'bar';
        bar.style.width = Math.max(4, Math.round(n / most * 160)) + 'px';
        hours.appendChild(row([{ text: (h < 10 ? '0' : '') + h + ':00' }, { text: String(n), n: true }, { node: bar }]));
      });
      if (!s.calls) { hours.appendChild(row([{ text: 'No calls.' }, { text: '' }, { text: '' }])); }
      window.summary.loaded++;
    });
})();
