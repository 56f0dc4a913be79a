import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import D
order = [l.rstrip('\n') for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'parish_b.txt'), encoding='utf-8') if l.strip()]
D = sorted(D, key=lambda d: order.index(d['file']))
assert len(D) == len(order) == len({d['file'] for d in D})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as f:
    for d in D:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("| file | council | committee | date | kind | items | with spk | neg |")
print("|---|---|---|---|---|---|---|---|")
ti = ts = tn = 0
for d in D:
    s = sum(1 for x in d["speakers"] if x["speakers"]); n = sum(1 for x in d["speakers"] if not x["speakers"])
    ti += len(d["items"]); ts += s; tn += n
    print(f"| {d['file'][7:52]} | {d['council']} | {d['committee']} | {d['date']} | {d['kind']} | {len(d['items'])} | {s} | {n} |")
print(len(D), "docs", ti, "items", ts, "with", tn, "neg", ts + tn, "total")
