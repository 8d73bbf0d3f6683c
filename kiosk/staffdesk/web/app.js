// The staff desk page: open calls, live over server-sent events, "I'm coming" and "Done".
// Plain ES2015 so it runs on old, cheap Android browsers; no build step, no libraries.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var NAME_KEY = 'staffdesk.name';
  var KIOSK_KEY = 'staffdesk.kiosk';
  // Maps keyed by call id. Ids come from kiosks: they are never put in a selector, and the
  // maps have no prototype, so an id like "__proto__" or "hasOwnProperty" is just an id.
  var dict = function () { return Object.create(null); };
  var calls = dict();      // id -> call (wire JSON)
  var cards = dict();      // id -> its card on the page
  var seen = dict();       // ids we have already alerted for
  var next = '';           // where older open calls begin (the desk pages newest first); '' at the end
  var openTotal = 0;       // open calls at the desk, shown or not
  var clockOffset = 0;     // server time minus this phone's time, ms
  var events = null;
  var audio = null;
  var pendingAck = null;   // a call to acknowledge once the name is saved: {id, eta}
  var today = [];          // today's calls, newest first (wire JSON)
  var historyTimer = null;
  var kioskFilter = '';    // show only this kiosk's calls; '' for all
  var first = true;

  // Hooks a browser test reads; harmless in use.
  window.staffdesk = { alerts: 0, shown: Object.create(null) };

  function myName() {
    try { return localStorage.getItem(NAME_KEY) || ''; } catch (e) { return ''; }
  }
  function setName(n) {
    try { localStorage.setItem(NAME_KEY, n); } catch (e) { /* private mode: ask again next time */ }
  }
  function savedKiosk() {
    try { return localStorage.getItem(KIOSK_KEY) || ''; } catch (e) { return ''; }
  }
  function saveKiosk(k) {
    try { localStorage.setItem(KIOSK_KEY, k); } catch (e) { /* private mode: all kiosks next time */ }
  }

  function api(method, path, body) {
    var opts = {
      method: method, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'staffdesk', 'Accept': 'application/json' }
    };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(path, opts).then(function (r) {
      return r.text().then(function (t) {
        var data = null;
        try { data = t ? JSON.parse(t) : null; } catch (e) { /* not JSON */ }
        return { status: r.status, ok: r.ok, data: data, next: nextCursor(r.headers.get('Link')) };
      });
    });
  }

  // nextCursor reads the "before" cursor of a Link: <...>; rel="next" header.
  function nextCursor(link) {
    var m = /<([^>]*)>\s*;\s*rel="next"/.exec(link || '');
    var b = m && /[?&]before=([^&]*)/.exec(m[1]);
    return b ? decodeURIComponent(b[1]) : '';
  }

  var toastTimer = null;
  function toast(msg) {
    var t = $('toast');
    t.textContent = msg;
    t.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { t.hidden = true; }, 3000);
  }

  function setStatus(text, cls) {
    var s = $('status');
    s.textContent = text;
    s.className = 'status ' + (cls || '');
  }

  // --- sound and vibration: browsers allow them only after a tap on the page

  var unlocked = false;
  function unlockSound() {
    if (unlocked) { return; }
    unlocked = true;
    if (!audio) {
      var AC = window.AudioContext || window.webkitAudioContext;
      if (AC) {
        try { audio = new AC(); } catch (e) { audio = null; }
      }
    }
    if (audio && audio.resume) { audio.resume(); }
    $('sound').hidden = true;
    beep(660, 0, 0.08, 0.05);
    if (navigator.vibrate) { navigator.vibrate(60); }
  }

  function beep(freq, at, length, volume) {
    if (!audio) { return; }
    var t = audio.currentTime + at;
    var osc = audio.createOscillator();
    var gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(volume, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + length);
    osc.connect(gain);
    gain.connect(audio.destination);
    osc.start(t);
    osc.stop(t + length + 0.05);
  }

  function alertNew(urgent) {
    window.staffdesk.alerts++;
    var tones = urgent ? [988, 740, 988, 740, 988] : [880, 660, 880];
    for (var i = 0; i < tones.length; i++) { beep(tones[i], i * 0.22, 0.18, 0.5); }
    if (navigator.vibrate) {
      navigator.vibrate(urgent ? [500, 150, 500, 150, 500, 150, 500] : [400, 150, 400]);
    }
  }

  // --- rendering

  function span(ms) {
    var s = Math.max(0, Math.round(ms / 1000));
    if (s < 60) { return s + ' s'; }
    var m = Math.floor(s / 60);
    return m + ' min';
  }

  // waitText is how long the shopper has waited: until now, or, once someone answered, until
  // then (the clock stops: the shopper knows someone is coming).
  function waitText(c) {
    if (c.acked_at) { return 'Answered after ' + span(Date.parse(c.acked_at) - Date.parse(c.created_at)); }
    return 'Waiting ' + span(Date.now() + clockOffset - Date.parse(c.created_at));
  }

  function etaText(c) {
    if (!c.eta_seconds) { return ''; }
    return 'there in about ' + Math.max(1, Math.round(c.eta_seconds / 60)) + ' min';
  }

  function shown(c) { return !kioskFilter || c.kiosk === kioskFilter; }

  function order(a, b) {
    var rank = { escalated: 0, sent: 1, acknowledged: 2 };
    var ra = rank[a.state] === undefined ? 3 : rank[a.state];
    var rb = rank[b.state] === undefined ? 3 : rank[b.state];
    if (ra !== rb) { return ra - rb; }
    // Newest first, as the desk pages them: a new call is never below a week of old ones.
    var d = Date.parse(b.created_at) - Date.parse(a.created_at);
    if (d !== 0) { return d; }
    return a.id < b.id ? 1 : (a.id > b.id ? -1 : 0);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function place(c) {
    if (!c.location) { return c.kiosk; }
    if (!c.kiosk) { return c.location; }
    return c.kiosk + ', ' + c.location;
  }

  function card(c) {
    var a = el('article', 'call ' + c.state);
    a.setAttribute('data-id', c.id);
    var badge = 'New call';
    if (c.state === 'escalated') { badge = 'No one has answered'; }
    if (c.state === 'acknowledged') { badge = (c.by || 'Someone') + ' is coming'; }
    a.appendChild(el('span', 'badge', badge));
    a.appendChild(el('h2', 'where', place(c)));
    a.appendChild(el('p', 'reason', c.reason_text || c.reason));
    if (c.lang_text) { a.appendChild(el('p', 'lang', c.lang_text)); }
    if (c.question) { a.appendChild(el('p', 'question', '\u201c' + c.question + '\u201d')); }
    if (c.state === 'escalated') {
      a.appendChild(el('p', 'sent-desk', 'No one answered in time: the kiosk sent the shopper to the service desk.'));
    }
    if (c.shopper_left) {
      a.appendChild(el('p', 'left', 'The kiosk started again for the next shopper: they may have left. Look nearby.'));
    }
    var wait = waitText(c);
    if (c.state === 'acknowledged' && etaText(c)) { wait += ', ' + etaText(c); }
    var w = el('p', 'wait', wait);
    if (!c.acked_at) { w.setAttribute('data-wait', ''); }
    a.appendChild(w);
    // One kind of button at a time: "Done" on a call nobody answered is too easy a mis-tap,
    // and it would close the shopper's call on every phone.
    if (c.state === 'acknowledged') {
      var b = el('button', 'done', 'Done');
      b.type = 'button';
      b.setAttribute('data-action', 'resolve');
      a.appendChild(b);
      return a;
    }
    // "I'm coming" with when: the shopper's screen says "Ana is on the way, about 2 min".
    a.appendChild(el('p', 'eta-q', "I'm coming, there in:"));
    var etas = el('div', 'etas');
    var choices = [[120, '2 min'], [300, '5 min']];
    for (var i = 0; i < choices.length; i++) {
      var e = el('button', 'coming', choices[i][1]);
      e.type = 'button';
      e.setAttribute('data-action', 'ack');
      e.setAttribute('data-eta', String(choices[i][0]));
      e.setAttribute('aria-label', "I'm coming, there in " + choices[i][1]);
      etas.appendChild(e);
    }
    a.appendChild(etas);
    return a;
  }

  // --- today's calls and the kiosk filter

  function midnight() {
    var d = new Date(Date.now() + clockOffset);
    d.setHours(0, 0, 0, 0);
    return d.toISOString();
  }

  function loadHistory() {
    clearTimeout(historyTimer);
    historyTimer = null;
    api('GET', 'api/calls?state=all&limit=200&since=' + encodeURIComponent(midnight())).then(function (r) {
      if (!r.ok || !r.data) { return; }
      today = r.data;
      renderHistory();
      fillKiosks();
    }, function () { /* the live cards still work; the history catches up next time */ });
  }

  // historySoon reloads today's calls shortly after news, once for a burst of it.
  function historySoon() {
    if (!historyTimer) { historyTimer = setTimeout(loadHistory, 800); }
  }

  function outcome(c) {
    var who = c.by || 'Someone';
    switch (c.state) {
      case 'resolved': return 'Done' + (c.by ? ' (' + c.by + ')' : '');
      case 'cancelled': return 'Cancelled: the shopper no longer needed help';
      case 'acknowledged': return who + ' is coming';
      case 'escalated': return 'No one has answered: the shopper was sent to the service desk';
    }
    return 'Waiting for an answer';
  }

  function clock(iso) {
    var d = new Date(Date.parse(iso));
    var m = d.getMinutes();
    return d.getHours() + ':' + (m < 10 ? '0' : '') + m;
  }

  function renderHistory() {
    var list = $('history-list');
    list.innerHTML = '';
    var n = 0;
    for (var i = 0; i < today.length; i++) {
      var c = today[i];
      if (!shown(c)) { continue; }
      n++;
      var li = el('li');
      li.setAttribute('data-history-id', c.id);
      li.appendChild(el('span', 'when', clock(c.created_at)));
      li.appendChild(document.createTextNode(place(c) + ' \u2014 ' + (c.reason_text || c.reason)));
      var o = outcome(c);
      if (c.acked_at) { o += ', answered after ' + span(Date.parse(c.acked_at) - Date.parse(c.created_at)); }
      li.appendChild(el('span', 'outcome', o));
      list.appendChild(li);
    }
    $('history-empty').hidden = n > 0;
    $('history-empty').textContent = kioskFilter ? 'No calls from ' + kioskFilter + ' yet today.' : 'No calls yet today.';
  }

  // fillKiosks offers every kiosk that called today or has a call open.
  function fillKiosks() {
    var names = dict();
    var add = function (c) { if (c.kiosk) { names[c.kiosk] = true; } };
    for (var id in calls) { add(calls[id]); }
    for (var i = 0; i < today.length; i++) { add(today[i]); }
    if (kioskFilter) { names[kioskFilter] = true; }
    var list = Object.keys(names).sort();
    var sel = $('kiosk-filter');
    var have = [];
    for (var j = 1; j < sel.options.length; j++) { have.push(sel.options[j].value); }
    if (have.join('\n') === list.join('\n')) { return; }
    while (sel.options.length > 1) { sel.remove(1); }
    for (var k = 0; k < list.length; k++) {
      var o = document.createElement('option');
      o.value = list[k];
      o.textContent = list[k];
      sel.appendChild(o);
    }
    sel.value = kioskFilter;
  }

  function render() {
    var list = [];
    var hidden = 0;
    for (var id in calls) {
      if (shown(calls[id])) { list.push(calls[id]); } else { hidden++; }
    }
    list.sort(order);
    var box = $('calls');
    var frag = document.createDocumentFragment();
    var waiting = 0;
    cards = dict();
    for (var i = 0; i < list.length; i++) {
      var a = card(list[i]);
      cards[list[i].id] = a;
      frag.appendChild(a);
      if (list[i].state !== 'acknowledged') { waiting++; }
      if (!window.staffdesk.shown[list[i].id]) { window.staffdesk.shown[list[i].id] = Date.now(); }
    }
    box.innerHTML = '';
    box.appendChild(frag);
    $('empty').hidden = list.length > 0;
    $('empty').innerHTML = '';
    if (kioskFilter) {
      $('empty').appendChild(document.createTextNode('No one is waiting at ' + kioskFilter + '.'));
      if (hidden) { $('empty').appendChild(el('br')); $('empty').appendChild(document.createTextNode(hidden + ' call' + (hidden === 1 ? '' : 's') + ' at other kiosks.')); }
    } else {
      $('empty').appendChild(document.createTextNode('No one is waiting.'));
      $('empty').appendChild(el('br'));
      $('empty').appendChild(document.createTextNode('New calls appear here with a sound.'));
    }
    var older = $('older');
    older.hidden = !next;
    var more = openTotal - list.length - hidden;
    older.textContent = more > 0 ? 'Show ' + more + ' older call' + (more === 1 ? '' : 's') : 'Show older calls';
    document.title = (waiting ? '(' + waiting + ') ' : '') + 'Staff calls';
  }

  function tickWaits() {
    for (var id in cards) {
      var c = calls[id];
      var w = cards[id].querySelector('[data-wait]');
      if (c && w) { w.textContent = waitText(c); }
    }
  }

  function isOpen(c) { return c.state === 'sent' || c.state === 'escalated' || c.state === 'acknowledged'; }

  // take applies one call's news and says whether it needs a sound.
  function take(c) {
    var old = calls[c.id];
    // A change to a call not shown is to an open one on an older page, unless it is new.
    if (isOpen(c) && !old && c.state === 'sent') { openTotal++; }
    if (!isOpen(c)) { openTotal = Math.max(0, openTotal - 1); }
    if (isOpen(c)) { calls[c.id] = c; } else { delete calls[c.id]; }
    if (c.state === 'escalated' && (!old || old.state !== 'escalated')) { return 'urgent'; }
    if (c.state === 'sent' && !old && !seen[c.id]) { return 'new'; }
    return '';
  }

  // --- live updates

  function connect() {
    if (events) { events.close(); }
    if (!window.EventSource) { poll(); return; }
    events = new EventSource('api/events');
    events.addEventListener('open', function () { setStatus('Live', 'live'); });
    events.addEventListener('snapshot', function (e) {
      var snap = JSON.parse(e.data);
      clockOffset = Date.parse(snap.server_time) - Date.now();
      var fresh = dict();
      var sound = '';
      for (var i = 0; i < snap.calls.length; i++) {
        var c = snap.calls[i];
        fresh[c.id] = c;
        if (!first && !seen[c.id] && c.state !== 'acknowledged') { sound = sound || 'new'; }
        seen[c.id] = true;
      }
      calls = fresh;
      next = snap.next || '';
      openTotal = snap.open || snap.calls.length;
      first = false;
      render();
      fillKiosks();
      loadHistory();
      if (sound) { alertNew(false); }
    });
    events.addEventListener('call', function (e) {
      var c = JSON.parse(e.data);
      var sound = take(c);
      seen[c.id] = true;
      render();
      fillKiosks();
      historySoon();
      // Another kiosk's news rings only the phones watching every kiosk, or that one.
      if (sound && shown(c)) { alertNew(sound === 'urgent'); }
    });
    events.addEventListener('error', function () {
      setStatus('Reconnecting…', 'down');
      if (events.readyState === 2) { // closed for good: maybe logged out
        checkLogin(function () { setTimeout(connect, 3000); });
      }
    });
  }

  function poll() {
    api('GET', 'api/calls?state=open').then(function (r) {
      if (r.status === 401) { showLogin(); return; }
      var fresh = dict();
      for (var i = 0; i < r.data.length; i++) { fresh[r.data[i].id] = r.data[i]; }
      calls = fresh;
      next = r.next;
      openTotal = r.data.length;
      render();
      setStatus('Live', 'live');
      setTimeout(poll, 5000);
    }, function () { setStatus('Reconnecting…', 'down'); setTimeout(poll, 5000); });
  }

  // showOlder adds the next page of older open calls below the ones shown.
  function showOlder() {
    if (!next) { return; }
    var b = $('older');
    b.disabled = true;
    api('GET', 'api/calls?state=open&before=' + encodeURIComponent(next)).then(function (r) {
      b.disabled = false;
      if (r.status === 401) { showLogin(); return; }
      if (!r.ok || !r.data) { toast('Could not load older calls. Try again.'); return; }
      for (var i = 0; i < r.data.length; i++) {
        var c = r.data[i];
        if (!calls[c.id]) { calls[c.id] = c; seen[c.id] = true; }
      }
      next = r.next;
      if (!next) { openTotal = Object.keys(calls).length; }
      render();
    }, function () {
      b.disabled = false;
      toast('No connection to the desk. Try again.');
    });
  }

  // --- actions

  function act(id, action, eta) {
    if (action === 'ack' && !myName()) {
      pendingAck = { id: id, eta: eta };
      askName();
      return;
    }
    var buttons = cards[id] ? cards[id].querySelectorAll('button') : [];
    for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = true; }
    var body = { name: myName() };
    if (action === 'ack' && eta > 0) { body.eta_seconds = eta; }
    api('POST', 'api/calls/' + encodeURIComponent(id) + '/' + action, body).then(function (r) {
      if (r.status === 401) { showLogin(); return; }
      var c = r.data && (r.data.call || (r.data.id ? r.data : null));
      if (c) { take(c); }
      render();
      if (!r.ok) { toast((r.data && r.data.error) || 'That did not work. Try again.'); return; }
      toast(action === 'ack' ? 'The shopper is told you are coming.' : 'Marked done.');
    }, function () {
      render();
      toast('No connection to the desk. Try again.');
    });
  }

  function askName() {
    $('name-form').hidden = false;
    $('me').hidden = true;
    $('name').value = myName();
    $('name').focus();
    window.scrollTo(0, 0);
  }

  function showMe() {
    var n = myName();
    $('me-text').textContent = n ? 'You are ' + n : 'Set your name before you answer';
    $('me-change').textContent = n ? 'Change' : 'Set name';
  }

  // --- login

  function showLogin() {
    if (events) { events.close(); events = null; }
    $('desk').hidden = true;
    $('login').hidden = false;
    setStatus('Logged out', 'down');
  }

  function showDesk() {
    $('login').hidden = true;
    $('desk').hidden = false;
    showMe();
    if (!myName()) { askName(); }
    connect();
  }

  function checkLogin(ifIn) {
    api('GET', 'api/calls?state=open').then(function (r) {
      if (r.status === 401) { showLogin(); } else if (ifIn) { ifIn(); }
    }, function () { if (ifIn) { ifIn(); } });
  }

  // login signs this phone in: the desk gives it a session of its own (the cookie), named
  // after what staff typed as "This phone", or else after the browser.
  function login(code) {
    return api('POST', 'api/login', { token: code, device: $('device').value.trim() }).then(function (r) {
      if (r.ok) { $('login-error').textContent = ''; $('code').value = ''; showDesk(); return true; }
      $('login-error').textContent = r.status === 401 ? 'That is not the staff code.' :
        r.status === 429 ? 'Too many wrong codes. Wait a minute, then try again.' : 'Could not log in. Try again.';
      showLogin();
      return false;
    });
  }

  function logout() {
    api('POST', 'api/logout').then(showLogin, function () { toast('No connection to the desk. Try again.'); });
  }

  // A link like http://desk:8090/#token=... (from a QR code) logs the phone in once.
  function tokenFromLink() {
    var m = /[#&?]token=([^&]+)/.exec(location.hash + '&' + location.search);
    if (!m) { return ''; }
    history.replaceState(null, '', location.pathname);
    return decodeURIComponent(m[1]);
  }

  // --- wiring

  document.addEventListener('DOMContentLoaded', function () {
    $('calls').addEventListener('click', function (e) {
      var b = e.target;
      if (!b || b.tagName !== 'BUTTON') { return; }
      var a = b.closest ? b.closest('[data-id]') : b.parentNode;
      act(a.getAttribute('data-id'), b.getAttribute('data-action'), parseInt(b.getAttribute('data-eta') || '0', 10));
    });
    $('sound').addEventListener('click', unlockSound);
    $('older').addEventListener('click', showOlder);
    $('toast').addEventListener('click', function () { $('toast').hidden = true; });
    document.addEventListener('click', function once() {
      document.removeEventListener('click', once, true);
      unlockSound();
    }, true);
    $('me-change').addEventListener('click', askName);
    $('logout').addEventListener('click', logout);
    kioskFilter = savedKiosk();
    $('kiosk-filter').addEventListener('change', function () {
      kioskFilter = $('kiosk-filter').value;
      saveKiosk(kioskFilter);
      render();
      renderHistory();
    });
    $('name-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var n = $('name').value.replace(/\s+/g, ' ').trim();
      if (!n) { return; }
      setName(n);
      $('name-form').hidden = true;
      $('me').hidden = false;
      showMe();
      if (pendingAck) { var p = pendingAck; pendingAck = null; act(p.id, 'ack', p.eta); }
    });
    $('login-form').addEventListener('submit', function (e) {
      e.preventDefault();
      login($('code').value.trim());
    });
    setInterval(tickWaits, 5000);
    window.staffdesk.tick = tickWaits;

    var code = tokenFromLink();
    if (code) { login(code); } else { checkLogin(showDesk); }
    // A login link opened in a tab already showing the page changes only the fragment.
    window.addEventListener('hashchange', function () {
      var c = tokenFromLink();
      if (c) { login(c); }
    });
  });
})();
