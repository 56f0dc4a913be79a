import os
# Checks that every text_start and resolution_start of labels.jsonl occurs in its document.
# Strict: whitespace collapsed only. Loose (reported separately): also drops markdown emphasis '*' and '\' escapes.
import json, re, sys, subprocess
ROOT='/work/shared/corpus/'
def doc_text(rel):
    if rel.lower().endswith('.pdf'):
        from pdfminer.high_level import extract_text
        return extract_text(ROOT+rel)
    return open(ROOT+rel,encoding='utf-8').read()
ws=lambda s: re.sub(r'\s+',' ',s).strip()
md=lambda s: ws(re.sub(r'[*\\]','',s))
n=strict_miss=loose_miss=0
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'labels.jsonl'),encoding='utf-8'):
    lab=json.loads(line); t=doc_text(lab['file']); T=ws(t); TL=md(t)
    for m in lab['motions']:
        for k in ('text_start','resolution_start'):
            q=m.get(k)
            if not q: continue
            n+=1
            if ws(q) in T: continue
            strict_miss+=1
            if md(q) in TL: print('LOOSE-ONLY',k,lab['file'][:60],'|',q[:70])
            else: loose_miss+=1; print('MISSING',k,lab['file'][:60],'|',q[:70])
print(f'quotes checked {n}; missing after whitespace collapse: {strict_miss}; missing after also removing markdown * and \\: {loose_miss}')
