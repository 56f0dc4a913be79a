# Checks that every text_start and resolution_start of labels.jsonl occurs in its document.
# Strict: whitespace collapsed only. Loose: also drops markdown emphasis '*' and '\' escapes.
import os, json, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = '/work/shared/corpus/'
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
md = lambda s: ws(re.sub(r'[*\\]', '', s))
n = strict_miss = loose_miss = 0
for line in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    lab = json.loads(line)
    t = open(ROOT + lab['file'], encoding='utf-8').read()
    T, TL = ws(t), md(t)
    for m in lab['motions']:
        for k in ('text_start', 'resolution_start'):
            q = m.get(k)
            if not q:
                continue
            n += 1
            if ws(q) in T:
                continue
            strict_miss += 1
            if md(q) in TL:
                print('LOOSE-ONLY', k, lab['file'][:60], '|', q[:70])
            else:
                loose_miss += 1
                print('MISSING', k, lab['file'][:60], '|', q[:70])
print(f'strict misses (whitespace collapse only): {strict_miss}')
print(f'{n} quotes checked, {loose_miss} missing')
