#!/usr/bin/env python3
"""Quick gold scorer for developing the coder (the project's evaluator is test/gold/evaluate).
usage: tools/coder-dev/gold.py [gold.jsonl] [-e] [options...]"""
import json, subprocess, sys, collections, os
args = sys.argv[1:]
errors = '-e' in args
args = [a for a in args if a != '-e']
gold = args[0] if args and args[0].endswith('.jsonl') else '/work/shared/data/gold/dev.jsonl'
opts = [a for a in args if not a.endswith('.jsonl')]
sents = [json.loads(l) for l in open(gold)]
inp = ''.join('%s\t%s\t%s\n' % (s['id'], '|'.join(s['self_terms']), s['text'].replace('\t', ' ').replace('\n', ' ')) for s in sents)
here = os.path.dirname(os.path.abspath(__file__))
out = subprocess.run([os.path.join(here, 'cli')] + opts, input=inp, capture_output=True, text=True, cwd=os.path.join(here, '..', '..')).stdout
pred = collections.defaultdict(list)
for l in out.splitlines():
    f = l.split('\t')
    pred[f[0]].append(f)
tp = fp = fn = full = 0
whoag = catag = 0
conf = collections.Counter()
lines = []
for s in sents:
    g = {}
    for u in s['utterances']:
        g[(u['verb'], u['n'])] = u
    cnt = collections.Counter()
    p = {}
    for f in pred[s['id']]:
        cnt[f[1]] += 1
        p[(f[1], cnt[f[1]])] = f
    for k, u in g.items():
        if k in p:
            f = p[k]
            tp += 1
            ok_who = f[4] == u['who']; ok_cat = f[5] == u['cat']
            whoag += ok_who; catag += ok_cat
            conf[(u['cat'], f[5])] += 1
            if ok_who and ok_cat: full += 1
            else: lines.append('WRONG %s %s gold %s/%s/%s pred %s/%s/%s [%s] actor=%s | %s' % (s['id'], k[0], u['who'], u['cat'], u['tense'], f[4], f[5], f[6], f[8], f[3], s['text']))
            if f[6] != u['tense']: lines.append('TENSE %s %s gold %s pred %s (%s) | %s' % (s['id'], k[0], u['tense'], f[6], f[8], s['text']))
        else:
            fn += 1; conf[(u['cat'], '-')] += 1
            lines.append('MISS  %s %s %s/%s actor=%s | %s' % (s['id'], k[0], u['who'], u['cat'], u['actor'], s['text']))
    for k, f in p.items():
        if k not in g:
            fp += 1; conf[('-', f[5])] += 1
            lines.append('EXTRA %s %s %s/%s [%s] actor=%s lemma=%s | %s' % (s['id'], k[0], f[4], f[5], f[8], f[3], f[2], s['text']))
P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
F = 2 * P * R / (P + R) if P + R else 0
fP = full / (tp + fp) if tp + fp else 0; fR = full / (tp + fn) if tp + fn else 0
fF = 2 * fP * fR / (fP + fR) if fP + fR else 0
if errors:
    print('\n'.join(sorted(lines)))
print('detection P %.3f R %.3f F1 %.3f  (tp %d fp %d fn %d)' % (P, R, F, tp, fp, fn))
print('who agreement %.3f  category agreement %.3f' % (whoag / tp if tp else 0, catag / tp if tp else 0))
print('full agreement P %.3f R %.3f F1 %.3f' % (fP, fR, fF))
