import json,re,subprocess,os
root='/work/shared/corpus'
def txt(rel):
    p=os.path.join(root,rel)
    if p.endswith('.pdf'):
        return subprocess.run(['/work/main/.venv/bin/pdf2txt.py',p],capture_output=True,text=True).stdout
    return open(p,encoding='utf-8').read()
def norm(s):
    s=s.replace('<br />',' ')
    return re.sub(r'\s+',' ',s).strip()
bad=0
for line in open('/work/helpers/mb2/labels.jsonl'):
    d=json.loads(line); T=norm(txt(d['file']))
    for m in d['motions']:
        for k in ('text_start','resolution_start'):
            v=m[k]
            if v and norm(v) not in T:
                bad+=1; print('MISSING',d['file'][:60],k,repr(v[:80]))
print('bad',bad)
