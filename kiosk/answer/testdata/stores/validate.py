#!/usr/bin/env python3
"""Checks a held-out test store: its catalog feed and its shopper questions.

usage: validate.py CATALOG.csv QUESTIONS.jsonl [-q]

Catalog (same feed as shared/data/hardware/catalog.csv): exact header; unique non-empty skus;
13-digit GTINs with a valid EAN-13 check digit, unique; non-empty name / department / category,
lowercase department and category; price a positive number with 2 decimals; quantity a
non-negative integer; aisle "Aisle N" with side left/right, or a zone with an empty side; bay a
positive integer. Prints products per department, the out-of-stock share and the places used.

Questions (format of shared/data/hardware/questions-dev.jsonl, scored by shared/eval/score.py):
  - fields id, q and either cats / name / sku / check, or absent: true; ids and questions unique;
    every category in cats exists; name compiles as a regex; skus exist; check is price or stock
    and comes with sku.
  - non-absent questions: prints how many catalog rows satisfy ALL of cats / name (re.search,
    re.I, as the scorer does) / sku; 0 rows is a problem. sku questions also show the product,
    price and stock.
  - absent questions: prints the catalog rows whose name or category contain a key word of the
    question (its content words, with crude singular forms), so a human can check the store
    really does not carry it. -q prints counts only.
Ends with products / questions per kind and "PROBLEMS: n"; exit status 1 if n > 0.
"""
import collections, csv, json, re, sys

HEADER = ['sku', 'gtin', 'name', 'department', 'category', 'price', 'quantity', 'aisle', 'side', 'bay']
KEYS = {'id', 'q', 'cats', 'name', 'sku', 'check', 'absent'}

# words that are never the key noun of an absent question
STOP = set("""
a an the and or of for to in on at by with from into is are was were be been am do does did have
has had i me my we our you your it its this that these those there here where wheres what whats
which who how much many any some no not can could would should will may might must get got need
needs want looking look find sell sells carry carries stock keep kept aisle store shop please
thanks thank hi hello hey um uh like just also so if then than but too very really one ones kind
something anything thing things buy help use used set up out off im ive dont cant youre guys
today tonight now near else around new old other another per each rent tell time close does
""".split())


def ean13_ok(g):
    if not re.fullmatch(r'\d{13}', g):
        return False
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(g[:12]))
    return (10 - s % 10) % 10 == int(g[12])


def words(q):
    return [w for w in re.findall(r"[a-z0-9][a-z0-9'\-]*", q.lower())
            if w.replace("'", '') not in STOP and w not in STOP and len(w) > 2]


def variants(w):
    w = w.strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    out = {w}
    for suf, rep in (('ies', 'y'), ('ves', 'f'), ('es', ''), ('s', '')):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            out.add(w[:-len(suf)] + rep)
    return out


def check_catalog(path, bad):
    with open(path, encoding='utf-8', newline='') as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != HEADER:
            bad('catalog', 'header %r, wanted %r' % (header, HEADER))
        rows = []
        for ln, rec in enumerate(reader, 2):
            if len(rec) != len(HEADER):
                bad('catalog line %d' % ln, '%d fields' % len(rec))
                continue
            rows.append(dict(zip(HEADER, rec)))
    skus, gtins = collections.Counter(r['sku'] for r in rows), collections.Counter(r['gtin'] for r in rows)
    for s, n in skus.items():
        if n > 1 or not s.strip():
            bad('catalog', 'sku %r used %d times' % (s, n))
    for g, n in gtins.items():
        if n > 1:
            bad('catalog', 'gtin %s used %d times' % (g, n))
    names = collections.Counter(r['name'] for r in rows)
    for nm, n in names.items():
        if n > 1:
            bad('catalog', 'name %r used %d times' % (nm, n))
    for r in rows:
        where = 'sku %s' % r['sku']
        if not ean13_ok(r['gtin']):
            bad(where, 'bad GTIN %r' % r['gtin'])
        for f in ('name', 'department', 'category'):
            if not r[f].strip() or r[f] != r[f].strip():
                bad(where, 'empty or padded %s' % f)
        for f in ('department', 'category'):
            if r[f] != r[f].lower():
                bad(where, '%s not lowercase: %r' % (f, r[f]))
        if not re.fullmatch(r'\d+\.\d\d', r['price']) or float(r['price']) <= 0:
            bad(where, 'price %r' % r['price'])
        if not re.fullmatch(r'\d+', r['quantity']):
            bad(where, 'quantity %r' % r['quantity'])
        if not re.fullmatch(r'[1-9]\d*', r['bay']):
            bad(where, 'bay %r' % r['bay'])
        if re.fullmatch(r'Aisle \d+', r['aisle']):
            if r['side'] not in ('left', 'right'):
                bad(where, 'aisle %r with side %r' % (r['aisle'], r['side']))
        elif not r['aisle'] or r['side'] or r['aisle'].lower().startswith('aisle'):
            bad(where, 'zone %r with side %r' % (r['aisle'], r['side']))
    return rows


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    quiet = '-q' in sys.argv
    if len(args) != 2:
        sys.exit(__doc__)
    problems = []

    def bad(where, msg):
        problems.append('%s: %s' % (where, msg))
        print('  !! PROBLEM %s: %s' % (where, msg))

    rows = check_catalog(args[0], bad)
    by_sku = {r['sku']: r for r in rows}
    cats_all = {r['category'] for r in rows}
    n = len(rows)
    out = sum(1 for r in rows if r['quantity'] == '0')
    print('catalog %s: %d products, %d out of stock (%.1f%%), %d departments, %d categories' % (
        args[0], n, out, 100.0 * out / max(n, 1), len({r['department'] for r in rows}), len(cats_all)))
    for dep, k in sorted(collections.Counter(r['department'] for r in rows).items(), key=lambda kv: -kv[1]):
        print('  %-22s %4d' % (dep, k))
    zones = collections.Counter(r['aisle'] for r in rows if not r['aisle'].startswith('Aisle '))
    aisles = {r['aisle'] for r in rows if r['aisle'].startswith('Aisle ')}
    print('  places: %d aisles; zones %s' % (len(aisles), ', '.join('%s (%d)' % kv for kv in sorted(zones.items()))))
    print()

    kinds = collections.Counter()
    stock_mix = collections.Counter()
    seen_ids, seen_q = set(), {}
    for ln, line in enumerate(open(args[1], encoding='utf-8'), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except ValueError as e:
            bad('line %d' % ln, 'not JSON: %s' % e)
            continue
        qid = q.get('id', 'line %d' % ln)
        extra = set(q) - KEYS
        if extra:
            bad(qid, 'unknown fields %s' % sorted(extra))
        if not isinstance(q.get('id'), str) or not q['id']:
            bad(qid, 'missing id')
        if qid in seen_ids:
            bad(qid, 'duplicate id')
        seen_ids.add(qid)
        if not isinstance(q.get('q'), str) or not q['q'].strip():
            bad(qid, 'missing q')
            continue
        norm = re.sub(r'\W+', ' ', q['q'].lower()).strip()
        if norm in seen_q:
            bad(qid, 'same question as %s' % seen_q[norm])
        seen_q[norm] = qid

        if 'absent' in q:
            kinds['absent'] += 1
            if q['absent'] is not True:
                bad(qid, 'absent must be true')
            if any(k in q for k in ('cats', 'name', 'sku', 'check')):
                bad(qid, 'absent question with expectations')
            print('%-7s absent  %r' % (qid, q['q']))
            for w in dict.fromkeys(words(q['q'])):
                pats = [re.compile(r'\b' + re.escape(v) + r'(e?s)?\b', re.I) for v in variants(w)]
                hits = [r for r in rows if any(p.search(r['name']) or p.search(r['category']) for p in pats)]
                print('          key %-14s %4d rows' % (w, len(hits)))
                if not quiet:
                    for r in hits[:8]:
                        print('             %s [%s] %s' % (r['sku'], r['category'], r['name']))
                    if len(hits) > 8:
                        print('             ... %d more' % (len(hits) - 8))
            continue

        kind = q.get('check') or 'locate'
        kinds[kind] += 1
        if 'check' in q and q['check'] not in ('price', 'stock'):
            bad(qid, 'check must be price or stock')
        cats, name, skus = q.get('cats'), q.get('name'), q.get('sku')
        if cats is None and name is None and skus is None:
            bad(qid, 'no expectation (cats/name/sku)')
        if cats is not None:
            if not isinstance(cats, list) or not cats or not all(isinstance(c, str) for c in cats):
                bad(qid, 'cats must be a non-empty list of strings')
                cats = None
            else:
                for c in cats:
                    if c not in cats_all:
                        bad(qid, 'unknown category %r' % c)
        rx = None
        if name is not None:
            try:
                rx = re.compile(name, re.I)
            except (re.error, TypeError) as e:
                bad(qid, 'bad name regex %r: %s' % (name, e))
        if skus is not None:
            if not isinstance(skus, list) or not skus or not all(isinstance(s, str) for s in skus):
                bad(qid, 'sku must be a non-empty list of strings')
                skus = None
            else:
                for s in skus:
                    if s not in by_sku:
                        bad(qid, 'sku %s not in catalog' % s)
        if q.get('check') and not skus:
            bad(qid, 'price/stock question without sku')
        ok = [r for r in rows
              if (cats is None or r['category'] in cats)
              and (rx is None or rx.search(r['name']))
              and (skus is None or r['sku'] in skus)]
        cat_hits = collections.Counter(r['category'] for r in ok)
        print('%-7s %-7s %4d rows  %r  %s' % (qid, kind, len(ok), q['q'],
              ', '.join('%s:%d' % kv for kv in cat_hits.most_common(4))))
        if not ok:
            bad(qid, 'no catalog row satisfies the expectation')
        if skus:
            for s in skus:
                r = by_sku.get(s)
                if r:
                    st = 'OUT OF STOCK' if r['quantity'] == '0' else 'in stock (%s)' % r['quantity']
                    print('          sku %s %r [%s] $%s %s' % (s, r['name'], r['category'], r['price'], st))
            if kind == 'stock':
                stock_mix['out' if all(by_sku.get(s, {}).get('quantity') == '0' for s in skus) else 'in'] += 1
        elif not quiet and ok:
            for r in ok[:3]:
                print('          e.g. %s [%s] %s' % (r['sku'], r['category'], r['name']))

    total = sum(kinds.values())
    print()
    print('questions: %d' % total)
    for k, c in sorted(kinds.items()):
        print('  %-7s %3d  (%.0f%%)' % (k, c, 100.0 * c / max(total, 1)))
    if stock_mix:
        print('  stock questions: %d in stock, %d out of stock' % (stock_mix['in'], stock_mix['out']))
    print('PROBLEMS: %d' % len(problems))
    for p in problems:
        print('  ' + p)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
