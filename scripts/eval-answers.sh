#!/bin/sh
# The answer engine's question sets, scored: one line per set with questions, right, the
# questions about stocked things answered "not carried" (the worst mistake the kiosk can make),
# and those answered "I'm not sure" (honest, but a miss).
# Builds kioskctl once, imports each catalog into OUTDIR (default /tmp/kiosk-eval), asks every
# question, and scores with ../shared/eval/score.py. Sets whose catalog is missing are skipped.
#
#   scripts/eval-answers.sh [OUTDIR]          # all sets
#   SETS="hardware-dev pharmacy" scripts/eval-answers.sh
#   KIOSKCTL=/tmp/kioskctl-old scripts/eval-answers.sh /tmp/old   # another build, for before/after
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
out="${1:-/tmp/kiosk-eval}"
mkdir -p "$out"
shared="${SHARED:-../shared}"
td=kiosk/answer/testdata
if [ -n "${KIOSKCTL:-}" ]; then
  cp "$KIOSKCTL" "$out/kioskctl"
else
  go build -o "$out/kioskctl" ./cmd/kioskctl
fi

# name catalog questions [answer language]
all="grocery-dev $shared/data/grocery/catalog.csv $shared/data/grocery/questions-dev.jsonl
grocery-heldout $shared/data/grocery/catalog.csv $td/questions-heldout.jsonl
grocery-spoken $shared/data/grocery/catalog.csv $td/questions-spoken.jsonl
grocery-heldout2 $shared/data/grocery/catalog.csv $td/grocery-heldout2.jsonl
hardware-dev $shared/data/hardware/catalog.csv $shared/data/hardware/questions-dev.jsonl
hardware-heldout $shared/data/hardware/catalog.csv $td/hardware-heldout.jsonl
grocery-heldout3 $shared/data/grocery/catalog.csv $td/grocery-heldout3.jsonl
hardware-heldout3 $shared/data/hardware/catalog.csv $td/hardware-heldout3.jsonl
pharmacy $td/stores/pharmacy/catalog.csv $td/stores/pharmacy/questions.jsonl
department $td/stores/department/catalog.csv $td/stores/department/questions.jsonl
petgarden $td/stores/petgarden/catalog.csv $td/stores/petgarden/questions.jsonl
petgarden-heldout-a $td/stores/petgarden/catalog.csv $td/stores/petgarden/heldout-a.jsonl
department-heldout-c $td/stores/department/catalog.csv $td/stores/department/heldout-c.jsonl
autoparts $td/stores/autoparts/catalog.csv $td/stores/autoparts/questions.jsonl
sporting $td/stores/sporting/catalog.csv $td/stores/sporting/questions.jsonl
kitchen $td/stores/kitchen/catalog.csv $td/stores/kitchen/questions.jsonl
office $td/stores/office/catalog.csv $td/stores/office/questions.jsonl
beauty $td/stores/beauty/catalog.csv $td/stores/beauty/questions.jsonl
autoparts-heldout-b $td/stores/autoparts/catalog.csv $td/stores/autoparts/questions-heldout-b.jsonl
sporting-heldout-b $td/stores/sporting/catalog.csv $td/stores/sporting/questions-heldout-b.jsonl
beauty-heldout-b $td/stores/beauty/catalog.csv $td/stores/beauty/questions-heldout-b.jsonl
pharmacy-heldout-b $td/stores/pharmacy/catalog.csv $td/stores/pharmacy/questions-heldout-b.jsonl
department-heldout-b $td/stores/department/catalog.csv $td/stores/department/questions-heldout-b.jsonl
crafts $td/stores/crafts/catalog.csv $td/stores/crafts/questions.jsonl
crafts-heldout-b $td/stores/crafts/catalog.csv $td/stores/crafts/questions-heldout-b.jsonl
electronics $td/stores/electronics/catalog.csv $td/stores/electronics/questions.jsonl
electronics-heldout-b $td/stores/electronics/catalog.csv $td/stores/electronics/questions-heldout-b.jsonl
toys $td/stores/toys/catalog.csv $td/stores/toys/questions.jsonl
toys-heldout-b $td/stores/toys/catalog.csv $td/stores/toys/questions-heldout-b.jsonl
convenience $td/stores/convenience/catalog.csv $td/stores/convenience/questions.jsonl
convenience-heldout-b $td/stores/convenience/catalog.csv $td/stores/convenience/questions-heldout-b.jsonl
farm $td/stores/farm/catalog.csv $td/stores/farm/questions.jsonl
farm-heldout-b $td/stores/farm/catalog.csv $td/stores/farm/questions-heldout-b.jsonl
homegoods $td/stores/homegoods/catalog.csv $td/stores/homegoods/questions.jsonl
homegoods-heldout-b $td/stores/homegoods/catalog.csv $td/stores/homegoods/questions-heldout-b.jsonl
variety $td/stores/variety/catalog.csv $td/stores/variety/questions.jsonl
variety-heldout-b $td/stores/variety/catalog.csv $td/stores/variety/questions-heldout-b.jsonl
autoparts-heldout-c $td/stores/autoparts/catalog.csv $td/stores/autoparts/questions-heldout-c.jsonl
sporting-heldout-c $td/stores/sporting/catalog.csv $td/stores/sporting/questions-heldout-c.jsonl
beauty-heldout-c $td/stores/beauty/catalog.csv $td/stores/beauty/questions-heldout-c.jsonl
pharmacy-heldout-c $td/stores/pharmacy/catalog.csv $td/stores/pharmacy/questions-heldout-c.jsonl
farm-heldout-c $td/stores/farm/catalog.csv $td/stores/farm/questions-heldout-c.jsonl
department-heldout-d $td/stores/department/catalog.csv $td/stores/department/questions-heldout-d.jsonl
grocery-heldout4 $shared/data/grocery/catalog.csv $td/grocery-heldout4.jsonl
hardware-heldout4 $shared/data/hardware/catalog.csv $td/hardware-heldout4.jsonl
department-heldout-e $td/stores/department/catalog.csv $td/stores/department/questions-heldout-e.jsonl
party $td/stores/party/catalog.csv $td/stores/party/questions.jsonl
party-heldout-b $td/stores/party/catalog.csv $td/stores/party/questions-heldout-b.jsonl
music $td/stores/music/catalog.csv $td/stores/music/questions.jsonl
music-heldout-b $td/stores/music/catalog.csv $td/stores/music/questions-heldout-b.jsonl
liquor $td/stores/liquor/catalog.csv $td/stores/liquor/questions.jsonl
liquor-heldout-b $td/stores/liquor/catalog.csv $td/stores/liquor/questions-heldout-b.jsonl
grocery-es $shared/data/grocery/catalog.csv $td/grocery-es.jsonl es
grocery-es-en $shared/data/grocery/catalog.csv $td/grocery-es-en.jsonl
grocery-es-heldout $shared/data/grocery/catalog.csv $td/grocery-es-heldout.jsonl es
grocery-es-heldout-en $shared/data/grocery/catalog.csv $td/grocery-es-heldout-en.jsonl
variants-department $td/stores/department/catalog.csv $td/variants-heldout-department.jsonl
variants-pharmacy $td/stores/pharmacy/catalog.csv $td/variants-heldout-pharmacy.jsonl
variants-petgarden $td/stores/petgarden/catalog.csv $td/variants-heldout-petgarden.jsonl
variants-hardware $shared/data/hardware/catalog.csv $td/variants-heldout-hardware.jsonl
variants-grocery $shared/data/grocery/catalog.csv $td/variants-heldout-grocery.jsonl
needs-petgarden $td/stores/petgarden/catalog.csv $td/needs-heldout-petgarden.jsonl
needs-pharmacy $td/stores/pharmacy/catalog.csv $td/needs-heldout-pharmacy.jsonl
needs-hardware $shared/data/hardware/catalog.csv $td/needs-heldout-hardware.jsonl
needs-department $td/stores/department/catalog.csv $td/needs-heldout-department.jsonl
needs-grocery $shared/data/grocery/catalog.csv $td/needs-heldout-grocery.jsonl"

printf '%-22s %9s %14s %22s %7s %10s\n' set questions right "stocked: not carried" unsure "absent ok"
echo "$all" | while read -r name catalog questions lang; do
  case " ${SETS:-$name} " in *" $name "*) ;; *) continue ;; esac
  if [ ! -f "$catalog" ] || [ ! -f "$questions" ]; then
    printf '%-22s skipped: %s or %s missing\n' "$name" "$catalog" "$questions"
    continue
  fi
  db="$out/$(echo "$catalog" | md5sum | cut -c1-12).db"
  if [ ! -f "$db" ] || [ "$catalog" -nt "$db" ]; then
    rm -f "$db"
    "$out/kioskctl" import --db "$db" "$catalog" >/dev/null
  fi
  "$out/kioskctl" ask --db "$db" --jsonl --lang "${lang:-en}" <"$questions" >"$out/$name.answers.jsonl"
  python3 "$shared/eval/score.py" "$catalog" "$questions" "$out/$name.answers.jsonl" -v >"$out/$name.score.txt" || true
  python3 - "$name" "$questions" "$out/$name.answers.jsonl" "$out/$name.score.txt" <<'EOF'
import json, re, sys
name, qs, ans, score = sys.argv[1:]
q = {}
for line in open(qs):
    if line.strip():
        o = json.loads(line); q[o["id"]] = o
a = {}
for line in open(ans):
    if line.strip():
        o = json.loads(line); a[o["id"]] = o
stocked = [i for i in q if not q[i].get("absent")]
absent = [i for i in q if q[i].get("absent")]
def said_not_carried(o):
    # Answers carry their verdict; an older kioskctl's do not, and count by "found".
    return not o.get("found") and o.get("verdict", "not carried") == "not carried"
false_nc = sum(1 for i in stocked if said_not_carried(a.get(i, {})))
unsure = sum(1 for i in stocked if not a.get(i, {}).get("found") and a.get(i, {}).get("verdict") == "unsure")
absent_ok = sum(1 for i in absent if not a.get(i, {}).get("found", True))
m = re.search(r"score: (\d+)/(\d+) \(([\d.]+)%\)", open(score).read())
right = f"{m.group(1)} ({m.group(3)} %)" if m else "?"
print(f"{name:<22} {len(q):>9} {right:>14} {f'{false_nc} of {len(stocked)}':>22} {unsure:>7} {f'{absent_ok}/{len(absent)}':>10}")
EOF
done
echo "failures: $out/SET.score.txt"
