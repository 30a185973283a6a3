(function () {
  'use strict';
  // Cards are drawn in chunks as the reader scrolls, so a report of many thousand listings opens at once.
  var CHUNK = 40;
  var SEVERITY = ['hidden', 'info', 'warning', 'error'];
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var rules = data.rules, images = data.images, listings = data.listings;
  var $ = function (id) { return document.getElementById(id); };
  var cards = $('cards'), more = $('more'), status = $('status'), form = $('filters');
  var q = $('f-q'), view = $('f-view'), ruleSel = $('f-rule'), catSel = $('f-cat'), sortSel = $('f-sort');

  listings.forEach(function (l) {
    l.open = l.findings.filter(function (f) { return f.sup === 0 && f.sev > 0; });
    l.accepted = l.findings.filter(function (f) { return f.sup !== 0; });
    var words = [l.id, l.title || '', l.file, l.cat || ''];
    l.findings.forEach(function (f) {
      words.push(f.rule, f.msg, f.ptr);
      f.ev.forEach(function (e) { words.push(e[0] + '=' + e[1]); });
    });
    l.text = words.join('\n').toLowerCase();
  });

  function option(select, value, text) {
    var o = document.createElement('option');
    o.value = value; o.textContent = text;
    select.appendChild(o);
    return o;
  }

  (function fillSelects() {
    var used = {}, cats = {};
    listings.forEach(function (l) {
      l.findings.forEach(function (f) { used[f.rule] = true; });
      if (l.cat) cats[l.cat] = true;
    });
    var byCategory = {};
    Object.keys(used).sort().forEach(function (id) {
      var c = (rules[id] && rules[id].category) || 'Other';
      (byCategory[c] = byCategory[c] || []).push(id);
    });
    Object.keys(byCategory).sort().forEach(function (c) {
      var group = document.createElement('optgroup');
      group.label = c;
      var all = document.createElement('option');
      all.value = 'category:' + c; all.textContent = 'All ' + c + ' rules';
      group.appendChild(all);
      byCategory[c].forEach(function (id) {
        var o = document.createElement('option');
        o.value = id; o.textContent = id + (rules[id] ? ' ' + rules[id].title : '');
        group.appendChild(o);
      });
      ruleSel.appendChild(group);
    });
    Object.keys(cats).sort().forEach(function (c) { option(catSel, c, c); });
  })();

  function checked(name) {
    var set = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { set[i.value] = true; });
    return set;
  }

  function ruleMatches(f, rule) {
    if (!rule) return true;
    if (rule.indexOf('category:') === 0) return rules[f.rule] && rules[f.rule].category === rule.slice(9);
    return f.rule === rule;
  }

  function filter() {
    var mode = view.value, sev = checked('sev'), grades = checked('grade');
    var rule = ruleSel.value, cat = catSel.value, text = q.value.trim().toLowerCase();
    return listings.filter(function (l) {
      if (!grades[l.grade]) return false;
      if (cat && l.cat !== cat) return false;
      if (text && l.text.indexOf(text) < 0) return false;
      var relevant = mode === 'flagged' ? l.open : mode === 'accepted' ? l.accepted : l.findings;
      if (relevant.length === 0) return mode === 'all' && !rule;
      return relevant.some(function (f) { return (sev[f.sev] || f.sev === 0 && mode !== 'flagged') && ruleMatches(f, rule); });
    });
  }

  var SORTS = {
    worst: function (a, b) { return a.score - b.score || b.risk - a.risk || a.n - b.n; },
    risk: function (a, b) { return b.risk - a.risk || a.score - b.score || a.n - b.n; },
    input: function (a, b) { return a.n - b.n; },
    id: function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; },
    title: function (a, b) { return (a.title || '').localeCompare(b.title || '') || a.n - b.n; },
    price: function (a, b) { return (a.amount === null ? Infinity : a.amount) - (b.amount === null ? Infinity : b.amount) || a.n - b.n; }
  };

  var shown = [], drawn = 0;

  function apply() {
    shown = filter().sort(SORTS[sortSel.value] || SORTS.worst);
    drawn = 0;
    cards.textContent = '';
    if (shown.length === 0) {
      var p = el('p', 'empty', 'No listing matches these filters.');
      cards.appendChild(p);
    }
    drawMore();
    fill();
    status.textContent = 'Showing ' + shown.length + ' of ' + listings.length + ' listing' + (listings.length === 1 ? '' : 's');
  }

  function drawMore() {
    var end = Math.min(shown.length, drawn + CHUNK);
    var batch = document.createDocumentFragment();
    for (; drawn < end; drawn++) batch.appendChild(card(shown[drawn]));
    cards.appendChild(batch);
  }

  // Draws chunks until the page reaches past the bottom of the window, since the observer fires only on a change.
  function fill() {
    while (drawn < shown.length && more.getBoundingClientRect().top < window.innerHeight + 800) drawMore();
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function img(index, alt) {
    var i = document.createElement('img');
    i.src = images[index]; i.alt = alt; i.loading = 'lazy';
    return i;
  }

  function card(l) {
    var a = el('article', 'card grade-' + l.grade);
    a.tabIndex = 0;
    a.id = 'listing-' + l.n;
    a.setAttribute('data-id', l.id);
    a.setAttribute('aria-label', 'Listing ' + l.id + ', grade ' + l.grade);
    var thumb = el('div', 'thumb');
    if (l.thumb >= 0) thumb.appendChild(img(l.thumb, 'Main image of ' + l.id));
    else thumb.textContent = 'no local image';
    a.appendChild(thumb);
    var body = el('div', 'body');
    var h = el('h2');
    h.appendChild(el('span', 't', l.title || '(no title)'));
    var g = el('span', 'grade grade-' + l.grade, l.grade);
    g.title = 'Quality grade ' + l.grade + ' (score ' + l.score + '/100)';
    h.appendChild(g);
    var level = l.level;
    h.appendChild(el('span', 'risk risk-' + level, 'dispute risk ' + l.risk + '%'));
    body.appendChild(h);
    var meta = [l.id];
    if (l.price) meta.push(l.price);
    if (l.cat) meta.push(l.cat);
    meta.push(l.file);
    body.appendChild(el('p', 'meta', meta.join(' · ')));
    var list = el('ul', 'findings');
    l.findings.forEach(function (f) { if (f.sup === 0) list.appendChild(finding(l, f)); });
    if (list.childNodes.length) body.appendChild(list);
    if (l.accepted.length) {
      var d = el('details', 'accepted');
      var suppressed = l.accepted.filter(function (f) { return f.sup === 1; }).length;
      d.appendChild(el('summary', null, 'Accepted findings: ' + suppressed + ' suppressed, ' + (l.accepted.length - suppressed) + ' baselined'));
      var al = el('ul', 'findings');
      l.accepted.forEach(function (f) { al.appendChild(finding(l, f)); });
      d.appendChild(al);
      if (view.value === 'accepted') d.open = true;
      body.appendChild(d);
    }
    a.appendChild(body);
    return a;
  }

  function finding(l, f) {
    var li = el('li', 'finding sev-' + f.sev);
    var main = el('div', 'main');
    var head = el('div', 'head');
    head.appendChild(el('span', 'sev', SEVERITY[f.sev]));
    var r = rules[f.rule];
    if (r && r.help) {
      var link = el('a', 'rule', f.rule);
      link.href = r.help; link.target = '_blank'; link.rel = 'noopener noreferrer';
      link.title = 'Documentation of ' + f.rule;
      head.appendChild(link);
    } else head.appendChild(el('span', 'rule', f.rule));
    if (r) head.appendChild(el('span', 'rtitle', r.title));
    if (f.sup === 1) head.appendChild(el('span', 'tag', 'suppressed'));
    if (f.sup === 2) head.appendChild(el('span', 'tag', 'baselined'));
    main.appendChild(head);
    main.appendChild(el('p', 'msg', f.msg));
    var where = f.ptr ? 'at ' + f.ptr : 'listing';
    if (f.line > 0) where += ' (' + l.file + ':' + f.line + ':' + f.col + ')';
    main.appendChild(el('p', 'loc', where));
    if (f.ev.length) {
      var dl = el('dl', 'ev');
      f.ev.forEach(function (e) {
        dl.appendChild(el('dt', null, e[0]));
        var dd = el('dd', null, e[1]);
        if (e[2] >= 0) dd.appendChild(img(e[2], e[0] + ': ' + e[1]));
        dl.appendChild(dd);
      });
      main.appendChild(dl);
    }
    if (f.fix) main.appendChild(el('p', 'fix', f.fix));
    if (f.just) main.appendChild(el('p', 'just', f.just));
    if (f.sup === 0 && l.loaded && f.rule !== 'LL0002') main.appendChild(suppression(f));
    li.appendChild(main);
    if (f.img >= 0) {
      var fig = el('figure');
      fig.appendChild(img(f.img, 'Image ' + f.ptr));
      fig.appendChild(el('figcaption', null, f.ptr));
      li.appendChild(fig);
    }
    return li;
  }

  function snippet(rule) {
    return '"listinglint": {\n  "suppress": [\n    { "id": "' + rule + '", "justification": "<why this is acceptable>" }\n  ]\n}';
  }

  function suppression(f) {
    var d = el('details', 'suppress');
    d.appendChild(el('summary', null, 'Suppress in the listing…'));
    var pre = el('pre', 'snippet', snippet(f.rule));
    d.appendChild(pre);
    var b = el('button', 'copy', 'Copy snippet');
    b.type = 'button';
    b.addEventListener('click', function () { copy(pre.textContent, b); });
    d.appendChild(b);
    return d;
  }

  function copy(text, button) {
    function done() { button.textContent = 'Copied'; setTimeout(function () { button.textContent = 'Copy snippet'; }, 1500); }
    function fallback() {
      var t = document.createElement('textarea');
      t.value = text; document.body.appendChild(t); t.select();
      try { document.execCommand('copy'); done(); } catch (e) { /* the snippet stays selectable by hand */ }
      document.body.removeChild(t);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  var timer = 0;
  q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  form.addEventListener('change', function (e) { if (e.target !== q) apply(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });

  document.querySelector('.summary').addEventListener('click', function (e) {
    var t = e.target.closest('button');
    if (!t) return;
    if (t.hasAttribute('data-grade')) {
      var g = t.getAttribute('data-grade');
      Array.prototype.forEach.call(form.querySelectorAll('input[name="grade"]'), function (i) { i.checked = i.value === g; });
      view.value = 'all';
    } else if (t.hasAttribute('data-rule')) {
      ruleSel.value = t.getAttribute('data-rule');
    } else if (t.hasAttribute('data-q')) {
      q.value = t.getAttribute('data-q');
    } else return;
    apply();
    form.scrollIntoView();
    var first = cards.querySelector('.card');
    if (first) first.focus({ preventScroll: true });
  });

  document.addEventListener('keydown', function (e) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
    if (e.key === 'Escape' && document.activeElement === q) { q.value = ''; apply(); return; }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '/') { e.preventDefault(); q.focus(); return; }
    if (e.key === 'j' || e.key === 'k') {
      var current = document.activeElement.closest ? document.activeElement.closest('.card') : null;
      var next = current ? (e.key === 'j' ? current.nextElementSibling : current.previousElementSibling) : cards.querySelector('.card');
      if (e.key === 'j' && current && !next && drawn < shown.length) { drawMore(); next = current.nextElementSibling; }
      if (next && next.classList.contains('card')) { e.preventDefault(); next.focus(); }
    }
  });

  if ('IntersectionObserver' in window) {
    new IntersectionObserver(function (entries) {
      if (entries.some(function (x) { return x.isIntersecting; }) && drawn < shown.length) { drawMore(); fill(); }
    }, { rootMargin: '800px' }).observe(more);
  } else {
    window.addEventListener('scroll', function () {
      if (drawn < shown.length) fill();
    });
  }

  apply();
})();
