import hashlib, os
root='/work/shared/corpus'
excl={'parish/2006_05_stoke-ferry-pc-minutes-march.md','parish/2018_07_stoke-ferry-parish-council-minutes-of-may-meeting.md','tintern/minutes/20200727.txt','alameda/CityCouncil/2019-05-07.pdf','parish/2013_09_wereham-parish-council-13.md','alameda/CityCouncil/2023-03-21.pdf','parish/2010_07_minutes-of-the-annual-meeting-of-northwold-parish-council.md'}
pool=[]
for d,_,fs in os.walk(root):
    for f in fs:
        rel=os.path.relpath(os.path.join(d,f),root)
        if rel.startswith(('kent/','winnipeg/')) or rel in excl: continue
        if int(hashlib.sha1(rel.encode('utf-8')).hexdigest(),16)%4==3: pool.append(rel)
pool.sort()
print('\n'.join(pool))
import re, sys
def has(rel):
    t=open(os.path.join(root,rel),encoding='utf-8',errors='replace').read()
    return re.search('propos|second',t,re.I) is not None
par=[p for p in pool if p.startswith('parish/')]
M=[p for p in par if has(p)]; N=[p for p in par if not has(p)]
pickM=[M[int(i*len(M)/20)] for i in range(20)]
pickN=[N[int(i*len(N)/4)] for i in range(4)]
print('M',len(M),'N',len(N),file=sys.stderr)
for p in pickM: print('PM',p,file=sys.stderr)
for p in pickN: print('PN',p,file=sys.stderr)
def pick(lst,n): return [lst[int(i*len(lst)/n)] for i in range(min(n,len(lst)))]
lim=[p for p in pool if p.startswith('limerick/') and os.path.basename(p).lower().startswith('minutes')]
tin=[p for p in pool if p.startswith('tintern/minutes/')]
ala=[p for p in pool if p.startswith('alameda/')]  # all three are minutes (checked by reading)
for p in pick(lim,3)+pick(tin,3)+pick(ala,3): print('PO',p,file=sys.stderr)
