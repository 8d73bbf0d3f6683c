// The Insights page: what shoppers could not find this week, and what staff do about it.
// Plain ES2015 like the calls page; every shopper's word is put on the page as text.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var KIND = { not_carried: 'not carried', unsure: 'not understood', called: 'then called staff', rephrased: 'then asked again' };
  window.insights = { loaded: 0 }; // a hook the browser test reads

  function api(method, path, body) {
    var opts = { method: method, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'staffdesk', 'Accept': 'application/json' } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(path, opts).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { /* not JSON */ }
        return { status: r.status, ok: r.ok, data: data };
      });
    });
  }

  var toastTimer = null;
  function toast(msg) {
    var t = $('toast');
    t.textContent = msg;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { t.hidden = true; }, 3000);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function times(n) { return n === 1 ? 'once' : n + ' times'; }

  function load() {
    var k = $('kiosk').value;
    return api('GET', 'api/insights?days=7' + (k ? '&kiosk=' + encodeURIComponent(k) : '')).then(function (r) {
      if (r.status === 401) {
        $('signin').hidden = false;
        $('page').hidden = true;
        return;
      }
      if (!r.ok) { toast((r.data && r.data.error) || 'The desk could not list them; try again.'); return; }
      $('signin').hidden = true;
      $('page').hidden = false;
      showKiosks(r.data.kiosks, k);
      showMisses(r.data.misses);
      showTaught(r.data.actions);
      window.insights.loaded++;
    }, function () { toast('The desk cannot be reached. Check the Wi-Fi.'); });
  }

  function showKiosks(list, chosen) {
    var sel = $('kiosk');
    while (sel.options.length > 1) { sel.remove(1); }
    list.forEach(function (k) {
      var o = el('option', '', k);
      o.value = k;
      sel.appendChild(o);
    });
    sel.value = chosen;
  }

  function showMisses(list) {
    var box = $('misses');
    box.textContent = '';
    $('none').hidden = list.length > 0;
    list.forEach(function (m) { box.appendChild(card(m)); });
  }

  function card(m) {
    var c = el('article', 'miss');
    c.setAttribute('data-question', m.question);
    c.appendChild(el('p', 'asked', '“' + m.question + '”'));
    c.appendChild(el('p', 'count', 'Asked ' + times(m.count)));
    var kinds = Object.keys(m.kinds).sort().map(function (k) { return m.kinds[k] + ' ' + (KIND[k] || k); });
    c.appendChild(el('p', 'kinds', kinds.join(' · ')));
    c.appendChild(el('p', 'where', m.kiosks.join(', ')));
    var actions = el('div', 'actions');
    var teach = el('button', 'teach', 'Teach');
    var absent = el('button', 'absent', 'Not carried');
    var dismiss = el('button', 'dismiss', 'Dismiss');
    [teach, absent, dismiss].forEach(function (b) { b.type = 'button'; actions.appendChild(b); });
    c.appendChild(actions);
    teach.onclick = function () { openForm(c, teachForm(m)); };
    absent.onclick = function () { openForm(c, absentForm(m)); };
    dismiss.onclick = function () { act({ question: m.question, action: 'dismissed' }, 'Dismissed.'); };
    return c;
  }

  function openForm(c, f) {
    var old = c.querySelector('form');
    if (old) { c.removeChild(old); }
    c.appendChild(f);
    var first = f.querySelector('input, textarea');
    if (first) { first.focus(); }
  }

  function field(f, label, input) {
    var id = 'f' + Math.random().toString(36).slice(2);
    var l = el('label', '', label);
    l.htmlFor = id;
    input.id = id;
    f.appendChild(l);
    return input;
  }

  function teachForm(m) {
    var f = el('form', 'teach-form');
    var phrase = field(f, 'When shoppers say', el('input'));
    phrase.name = 'phrase';
    phrase.value = m.topic || m.question;
    f.appendChild(phrase);
    var row = el('div', 'row');
    var kind = el('select');
    kind.name = 'kind';
    kind.setAttribute('aria-label', 'Show');
    [['category', 'show the category'], ['product', 'show the product'], ['phrase', 'mean the words']].forEach(function (o) {
      var op = el('option', '', o[1]);
      op.value = o[0];
      kind.appendChild(op);
    });
    var target = el('input');
    target.name = 'target';
    target.setAttribute('aria-label', 'What they mean');
    target.placeholder = 'e.g. soft drinks';
    target.required = true;
    row.appendChild(kind);
    row.appendChild(target);
    f.appendChild(row);
    var save = el('button', 'primary', 'Teach the kiosks');
    save.type = 'submit';
    f.appendChild(save);
    f.onsubmit = function (e) {
      e.preventDefault();
      act({ question: m.question, action: 'taught', phrase: phrase.value, target: target.value, target_kind: kind.value },
        'Taught. The kiosks know it within a minute.');
    };
    return f;
  }

  function absentForm(m) {
    var f = el('form', 'absent-form');
    var phrase = field(f, 'When shoppers ask for', el('input'));
    phrase.name = 'phrase';
    phrase.value = m.topic || m.question;
    f.appendChild(phrase);
    var text = field(f, 'The kiosk says', el('textarea'));
    text.name = 'answer';
    text.maxLength = 300;
    text.value = "We don't sell " + (m.topic || m.question) + '.';
    f.appendChild(text);
    var save = el('button', 'primary', 'Save the answer');
    save.type = 'submit';
    f.appendChild(save);
    f.onsubmit = function (e) {
      e.preventDefault();
      act({ question: m.question, action: 'not_carried', phrase: phrase.value, target: text.value },
        'Saved. The kiosks say it within a minute.');
    };
    return f;
  }

  function act(body, done) {
    api('POST', 'api/insights/action', body).then(function (r) {
      if (!r.ok) { toast((r.data && r.data.error) || 'That was not saved; try again.'); return; }
      toast(done);
      load();
    }, function () { toast('The desk cannot be reached; nothing was saved.'); });
  }

  function showTaught(list) {
    var ul = $('taught');
    ul.textContent = '';
    $('taught-section').hidden = list.length === 0;
    list.forEach(function (a) {
      var text = a.action === 'taught'
        ? '“' + a.phrase + '” → ' + (a.target_kind === 'category' ? 'the category ' : '') + a.target
        : '“' + a.phrase + '”: ' + a.target;
      ul.appendChild(el('li', '', text));
    });
  }

  $('kiosk').onchange = load;
  load();
})();
