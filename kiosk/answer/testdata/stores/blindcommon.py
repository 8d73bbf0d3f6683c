"""Shared helpers for the generators of the auto parts, sporting goods and kitchen stores.

Catalog DSL (one item per line):
  DEPT <department>
  CAT <category> @ Aisle N left|right      or   CAT <category> @ <Zone Name>
  <name template> $<price>        a product family; {a|b:12.99|c:+2} braces multiply variants,
                                   ':price' sets the variant price, ':+d' / ':-d' adjusts it.
  +<name template> $<price>       same as above, but the same KIND of product as the line before
                                   (used to count distinct product types).
  # comment
"""
import csv, hashlib, itertools, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ['sku', 'gtin', 'name', 'department', 'category', 'price', 'quantity', 'aisle', 'side', 'bay']


def ean13(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def expand(tmpl, base):
    parts = re.split(r'(\{[^{}]*\})', tmpl)
    choices = []
    for p in parts:
        if p.startswith('{') and p.endswith('}'):
            opts = []
            for o in p[1:-1].split('|'):
                m = re.match(r'^(.*?):([+-]?)(\d+(?:\.\d+)?)$', o)
                if m:
                    opts.append((m.group(1), m.group(2), float(m.group(3))))
                else:
                    opts.append((o, '', None))
            choices.append(opts)
        else:
            choices.append([(p, '', None)])
    out = []
    for combo in itertools.product(*choices):
        price = base
        for _, sign, v in combo:
            if v is None:
                continue
            if sign == '+':
                price += v
            elif sign == '-':
                price -= v
            else:
                price = v
        name = re.sub(r'\s+', ' ', ''.join(t for t, _, _ in combo)).strip()
        name = name.replace(' ,', ',').strip(', ')
        out.append((name, round(price, 2)))
    return out


def parse(text):
    items, dept, cat, place = [], None, None, None
    types = 0
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('DEPT '):
            dept = line[5:].strip()
            continue
        if line.startswith('CAT '):
            c, p = line[4:].split('@')
            cat = c.strip()
            p = p.strip()
            m = re.match(r'^(Aisle \d+) (left|right)$', p)
            place = (m.group(1), m.group(2)) if m else (p, '')
            continue
        same = line.startswith('+')
        if same:
            line = line[1:]
        else:
            types += 1
        m = re.match(r'^(.*)\s\$(\d+\.\d\d)$', line)
        if not m:
            raise SystemExit('no price: %r' % raw)
        for name, price in expand(m.group(1), float(m.group(2))):
            items.append(dict(name=name, department=dept, category=cat, price=price,
                              aisle=place[0], side=place[1]))
    return items, types


def build(text, seed, store, oos_share=0.08, force_oos=(), force_in=()):
    items, types = parse(text)
    rnd = random.Random(seed)
    skus, gtins = set(), set()
    bay_ctr = {}
    cat_start = {}
    rows = []
    for it in items:
        while True:
            sku = str(rnd.randint(100000, 999999))
            if sku not in skus:
                skus.add(sku)
                break
        brand = it['name'].split()[0]
        pref = str(int(hashlib.md5(brand.encode()).hexdigest(), 16) % 10 ** 6).zfill(6)
        while True:
            g = ean13('0' + pref + str(rnd.randint(0, 99999)).zfill(5))
            if g not in gtins:
                gtins.add(g)
                break
        key = (it['aisle'], it['side'])
        if it['category'] not in cat_start:
            cat_start[it['category']] = bay_ctr.get(key, 0)
        n = bay_ctr.get(key, 0)
        bay_ctr[key] = n + 1
        bay = 1 + n // 7
        qty = 0 if rnd.random() < oos_share else int(rnd.choice([1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 18, 24, 30, 36, 48]) * rnd.uniform(0.6, 1.4)) or 1
        if any(re.search(p, it['name']) for p in force_oos):
            qty = 0
        elif qty == 0 and any(re.search(p, it['name']) for p in force_in):
            qty = rnd.randint(2, 20)
        price = it['price']
        if price <= 0:
            raise SystemExit('bad price %r' % it)
        rows.append([sku, g, it['name'], it['department'], it['category'], '%.2f' % price, str(qty),
                     it['aisle'], it['side'], str(bay)])
    names = [r[2] for r in rows]
    dup = [n for n in set(names) if names.count(n) > 1]
    if dup:
        raise SystemExit('duplicate names: %r' % dup[:10])
    rows.sort(key=lambda r: r[0])
    with open(os.path.join(HERE, store, 'catalog.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return rows, types


class Q:
    def __init__(self, rows, prefix):
        self.rows, self.prefix, self.out = rows, prefix, []

    def skus(self, rx):
        hits = [r[0] for r in self.rows if re.search(rx, r[2], re.I)]
        if not hits:
            raise SystemExit('no sku for %r' % rx)
        return hits

    def add(self, q, cats=None, name=None, kind=None):
        d = {'id': '%s%03d' % (self.prefix, len(self.out) + 1), 'q': q}
        if kind == 'absent':
            d['absent'] = True
        elif kind in ('price', 'stock'):
            d['sku'] = self.skus(name)
            if len(d['sku']) > 3:
                raise SystemExit('too many skus for %r: %d' % (name, len(d['sku'])))
            d['check'] = kind
        else:
            if cats:
                d['cats'] = cats
            if name:
                d['name'] = name
        self.out.append(d)

    def write(self, store):
        with open(os.path.join(HERE, store, 'questions.jsonl'), 'w', encoding='utf-8') as fh:
            for d in self.out:
                fh.write(json.dumps(d, ensure_ascii=False) + '\n')


def run(text, questions, store, prefix, seed, force_oos=(), force_in=(), heldout_b=(), oos_share=0.08):
    """Writes a store's catalog.csv, questions.jsonl and, given heldout_b, questions-heldout-b.jsonl
    (ids prefix + "b")."""
    rows, types = build(text, seed, store, oos_share=oos_share, force_oos=force_oos, force_in=force_in)
    q = Q(rows, prefix)
    for spec in questions:
        q.add(*spec)
    q.write(store)
    if heldout_b:
        hb = Q(rows, prefix + 'b')
        for spec in heldout_b:
            hb.add(*spec)
        with open(os.path.join(HERE, store, 'questions-heldout-b.jsonl'), 'w', encoding='utf-8') as fh:
            for d in hb.out:
                fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('%s: %d products, %d product types (family lines not marked +)' % (store, len(rows), types))
