"""Throw-away builder: labels as Python data -> labels.jsonl (python3 build.py)."""
import json, pathlib
HERE = pathlib.Path(__file__).parent
FILES = [l.rstrip("\n") for l in open(HERE.parent / "parish_b.txt", encoding="utf-8") if l.strip()]
def F(stub):
    m = [f for f in FILES if stub in f]
    assert len(m) == 1, stub
    return m[0]
DOCS = []
def D(stub, council, committee, date, kind, items, speakers, notes, **extra):
    ctx = {"notes": notes}
    ctx.update(extra)
    DOCS.append({"file": F(stub), "council": council, "committee": committee, "date": date, "kind": kind,
                 "items": [{"number": n, "title": t} for n, t in items],
                 "speakers": [{"text": q, "speakers": s} for q, s in speakers], "context": ctx})
FC = "Full Council"

exec(open(HERE / "data.py", encoding="utf-8").read())

order = {f: i for i, f in enumerate(FILES)}
DOCS.sort(key=lambda d: order[d["file"]])
with open(HERE / "labels.jsonl", "w", encoding="utf-8") as out:
    for d in DOCS:
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(DOCS), "docs,", sum(len(d["items"]) for d in DOCS), "items,",
      sum(1 for d in DOCS for s in d["speakers"] if s["speakers"]), "with speakers,",
      sum(1 for d in DOCS for s in d["speakers"] if not s["speakers"]), "negatives")
for d in DOCS:
    print(f'| {d["file"][7:52]} | {d["council"]} | {d["committee"]} | {d["date"]} | {d["kind"]} | {len(d["items"])} | '
          f'{sum(1 for s in d["speakers"] if s["speakers"])} | {sum(1 for s in d["speakers"] if not s["speakers"])} |')
