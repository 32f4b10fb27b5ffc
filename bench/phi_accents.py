#!/usr/bin/env python3
"""phi_accents.py BIN [SEED]: a stress run (round 64): copies every phi-heldout set with vowels accented (á, í, é, ö, ū…) and multibyte letters mixed in, runs check; reports panics"""
import os, shutil, subprocess, sys, glob, random
b = sys.argv[1]
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
MAP = {'a': 'á', 'i': 'í', 'e': 'é', 'o': 'ö', 'u': 'ū', 'A': 'Á', 'E': 'É', 'n': 'ñ', 'c': 'ç', 's': 'ş'}
bad = 0
FIX = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures')
for d in sorted(glob.glob(os.path.join(FIX, 'phi-heldout*'))):
    # Scratch copies go to /dev/shm (the real disk hides speed and wears).
    root = os.path.join(os.environ.get('SCRATCH', '/dev/shm'), 'phi-accents-root')
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(d, root)
    for f in glob.glob(root + '/content/**/*.md', recursive=True):
        t = open(f).read()
        if t.startswith('+++'):
            i = t.find('+++', 3); fm, body = t[:i + 3], t[i + 3:]
        elif t.startswith('---'):
            i = t.find('\n---', 3); fm, body = t[:i + 4], t[i + 4:]
        else:
            fm, body = '', t
        out = []
        for ch in body:
            out.append(MAP[ch] if ch in MAP and random.random() < 0.25 else ch)
        open(f, 'w').write(fm + ''.join(out))
    r = subprocess.run([b, 'check', '--root', root, '--now', '2026-12-07', '--format', 'json', '--only', 'phi,consent,reply'], capture_output=True, text=True)
    if 'panicked' in r.stderr:
        bad += 1
        print(os.path.basename(d), [l for l in r.stderr.splitlines() if 'panicked' in l or 'char boundary' in l][:3])
print('sets with panics:', bad)
