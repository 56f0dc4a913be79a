"""Check that every speaker quote in a blind set's labels.jsonl occurs in its document (sets 2 to 5 share it).

Matching: whitespace runs collapsed to one space and `*` stripped, on both sides.
Also reports how many times each quote occurs (all should occur exactly once).
Run: python3 verify_quotes.py [corpus_root] [labels.jsonl]   (default: the labels beside this file)
"""
import json
import re
import sys
import pathlib

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus")
labels = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else pathlib.Path(__file__).parent / "labels.jsonl"


def document_text(path):
    """The document's text: PDFs through pdfminer (as the labellers read them), other files as UTF-8."""
    if path.suffix.lower() == ".pdf":
        from pdfminer.high_level import extract_text

        return extract_text(str(path))
    return path.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("*", "")).strip()


bad = multi = n = 0
for line in open(labels, encoding="utf-8"):
    d = json.loads(line)
    text = norm(document_text(root / d["file"]))
    for s in d["speakers"]:
        n += 1
        c = text.count(norm(s["text"]))
        if c == 0:
            bad += 1
            print("MISSING", d["file"], s["text"][:80])
        elif c > 1:
            multi += 1
            print("REPEATED", c, d["file"], s["text"][:80])
print(f"{n} quotes checked, {bad} missing, {multi} repeated")
sys.exit(1 if bad else 0)
