#!/bin/sh
# How well the answer engine keeps its answer when a question is asked less neatly. Every
# question of the development sets that the engine answered with a product is asked again two
# ways, and should get the same product:
#   typos     one typing slip (two letters swapped, one left out, one added or one changed;
#             never the first letter) in its longest word of five letters or more;
#   carriers  a bare noun phrase of one to three words ("tinned tomatoes") said inside one of
#             twenty everyday sentences ("hi, sorry to bother you, I'm looking for …", "do you
#             happen to stock …", "my wife sent me for …").
# Blind sets are left out: their questions are not to be read.
#
#   scripts/eval-answers.sh /tmp/ev && scripts/eval-robust.sh /tmp/ev   # uses that run's answers
#   SEED=3 scripts/eval-robust.sh /tmp/ev                               # other slips and sentences
set -eu
cd "$(dirname "$0")/.."
out="${1:?usage: scripts/eval-robust.sh OUTDIR (of a finished scripts/eval-answers.sh run)}"
[ -x "$out/kioskctl" ] || { echo "no $out/kioskctl: run scripts/eval-answers.sh $out first" >&2; exit 1; }
shared="${SHARED:-../shared}"
td=kiosk/answer/testdata
sets="grocery-heldout grocery-heldout2 grocery-spoken hardware-heldout pharmacy department department-heldout-c petgarden petgarden-heldout-a autoparts sporting beauty"
printf '%-20s %-9s %9s %14s %12s %7s\n' set kind questions "same product" "not carried" unsure
for name in $sets; do
  line=$(sed -n "s|^$name \(.*\)|\1|p" scripts/eval-answers.sh | sed "s|\$shared|$shared|g; s|\$td|$td|g")
  set -- $line
  catalog=$1 questions=$2
  db="$out/$(echo "$catalog" | md5sum | cut -c1-12).db"
  if [ ! -f "$db" ] || [ ! -f "$out/$name.answers.jsonl" ]; then
    printf '%-20s skipped: no answers in %s\n' "$name" "$out"
    continue
  fi
  for kind in typos carriers; do
    python3 - "$kind" "$questions" "$out/$name.answers.jsonl" "$out/$name.$kind.jsonl" "${SEED:-7}" <<'EOF'
import json, random, sys
kind, qs, ans, dst, seed = sys.argv[1:]
rnd = random.Random(int(seed))
carriers = ["hi, sorry to bother you, I'm looking for {}", "{}?", "got any {}", "where would I find {} please",
    "I need {}", "do you happen to stock {}", "excuse me, where do you keep the {}", "can you tell me where the {} are",
    "um, {}, where are they", "where can i get {}", "I was told you have {}", "hello! {} please",
    "is there {} somewhere", "which aisle for {}", "any {} in stock?", "my wife sent me for {}",
    "looking for {} for my mum", "where's the {} at", "do you sell {} here", "I can't find the {}"]
asking = set("where how do you have price much is are the a i my for any sell".split())

def slip(text):
    ws = text.split()
    at = [i for i, w in enumerate(ws) if w.isalpha() and len(w) >= 5]
    if not at:
        return None
    i = max(at, key=lambda i: len(ws[i]))
    w = ws[i]
    j = rnd.randrange(1, len(w) - 1)
    how = rnd.choice(["swap", "drop", "add", "change"])
    if how == "swap":
        v = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif how == "drop":
        v = w[:j] + w[j + 1:]
    elif how == "add":
        v = w[:j] + rnd.choice("aeiourstln") + w[j:]
    else:
        v = w[:j] + rnd.choice("aeiourstln".replace(w[j].lower(), "")) + w[j + 1:]
    if v.lower() == w.lower():
        return None
    ws[i] = v
    return " ".join(ws)

def carried(text):
    ws = text.lower().split()
    if len(ws) > 3 or any(w in asking for w in ws):
        return None
    return rnd.choice(carriers).format(text)

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
        v = slip(q["q"]) if kind == "typos" else carried(q["q"])
        if v:
            f.write(json.dumps({"id": q["id"], "q": v, "sku": a["products"][0]["sku"]}) + "\n")
EOF
    "$out/kioskctl" ask --db "$db" --jsonl <"$out/$name.$kind.jsonl" >"$out/$name.$kind.answers.jsonl"
    python3 - "$name" "$kind" "$out/$name.$kind.jsonl" "$out/$name.$kind.answers.jsonl" <<'EOF'
import json, sys
name, kind, qs, ans = sys.argv[1:]
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
print(f"{name:<20} {kind:<9} {n:>9} {f'{same} ({100 * same / max(n, 1):.1f} %)':>14} {nc:>12} {unsure:>7}")
EOF
  done
done
echo "questions and answers: $out/SET.typos.jsonl, $out/SET.carriers.jsonl and their .answers.jsonl"
