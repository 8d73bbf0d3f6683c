#!/bin/sh
# How well the answer engine reads a question typed with a slip. For every question of the
# development sets the engine answered with a product, one variant with a single typing slip
# (two letters swapped, one left out, one added or one changed; never the first letter) in its
# longest word of five letters or more; the variant should be answered with the same product.
# Blind sets are left out: their questions are not to be read.
#
#   scripts/eval-answers.sh /tmp/ev && scripts/eval-typos.sh /tmp/ev    # uses that run's answers
#   SEED=3 scripts/eval-typos.sh /tmp/ev                                # other slips
set -eu
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/eval-typos.sh OUTDIR (of a finished scripts/eval-answers.sh run)}"
[ -x "$out/kioskctl" ] || { echo "no $out/kioskctl: run scripts/eval-answers.sh $out first" >&2; exit 1; }
shared="${SHARED:-../shared}"
td=kiosk/answer/testdata
sets="grocery-heldout grocery-heldout2 grocery-spoken hardware-heldout pharmacy department petgarden autoparts sporting beauty"
printf '%-18s %9s %14s %12s %7s\n' set variants "same product" "not carried" unsure
for name in $sets; do
  line=$(sed -n "s|^$name \(.*\)|\1|p" scripts/eval-answers.sh | sed "s|\$shared|$shared|g; s|\$td|$td|g")
  set -- $line
  catalog=$1 questions=$2
  db="$out/$(echo "$catalog" | md5sum | cut -c1-12).db"
  if [ ! -f "$db" ] || [ ! -f "$out/$name.answers.jsonl" ]; then
    printf '%-18s skipped: no answers in %s\n' "$name" "$out"
    continue
  fi
  python3 - "$questions" "$out/$name.answers.jsonl" "$out/$name.typos.jsonl" "${SEED:-7}" <<'EOF'
import json, random, sys
qs, ans, dst, seed = sys.argv[1:]
rnd = random.Random(int(seed))
answers = {}
for line in open(ans):
    if line.strip():
        o = json.loads(line); answers[o["id"]] = o
with open(dst, "w") as f:
    for line in open(qs):
        if not line.strip():
            continue
        q = json.loads(line)
        a = answers.get(q["id"])
        if q.get("absent") or not a or not a.get("found") or not a.get("products"):
            continue
        ws = q["q"].split()
        at = [i for i, w in enumerate(ws) if w.isalpha() and len(w) >= 5]
        if not at:
            continue
        i = max(at, key=lambda i: len(ws[i]))
        w = ws[i]
        j = rnd.randrange(1, len(w) - 1)
        kind = rnd.choice(["swap", "drop", "add", "change"])
        if kind == "swap":
            v = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif kind == "drop":
            v = w[:j] + w[j + 1:]
        elif kind == "add":
            v = w[:j] + rnd.choice("aeiourstln") + w[j:]
        else:
            v = w[:j] + rnd.choice("aeiourstln".replace(w[j].lower(), "")) + w[j + 1:]
        if v.lower() == w.lower():
            continue
        ws[i] = v
        f.write(json.dumps({"id": q["id"], "q": " ".join(ws), "sku": a["products"][0]["sku"]}) + "\n")
EOF
  "$out/kioskctl" ask --db "$db" --jsonl <"$out/$name.typos.jsonl" >"$out/$name.typos.answers.jsonl"
  python3 - "$name" "$out/$name.typos.jsonl" "$out/$name.typos.answers.jsonl" <<'EOF'
import json, sys
name, qs, ans = sys.argv[1:]
want = {}
for line in open(qs):
    o = json.loads(line); want[o["id"]] = o["sku"]
n = same = nc = unsure = 0
for line in open(ans):
    a = json.loads(line); n += 1
    if a.get("found") and a.get("products") and a["products"][0]["sku"] == want[a["id"]]:
        same += 1
    elif not a.get("found") and a.get("verdict") == "not carried":
        nc += 1
    elif not a.get("found"):
        unsure += 1
print(f"{name:<18} {n:>9} {f'{same} ({100 * same / max(n, 1):.1f} %)':>14} {nc:>12} {unsure:>7}")
EOF
done
echo "variants and answers: $out/SET.typos.jsonl, $out/SET.typos.answers.jsonl"
