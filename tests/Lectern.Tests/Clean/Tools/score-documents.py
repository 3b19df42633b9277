#!/usr/bin/env python3
"""Score a text cleaner on the document variants: run it on every <name>-<seed>.txt and compare what
it returns with the document's truth (<name>.json).

usage: score-documents.py [--cmd "COMMAND {file}"] [--variants DIR] [--documents DIR]
                          [--only SUBSTRING] [--jobs N] [--examples] [--json FILE]

  --cmd        the cleaner, run in the current directory with {file} replaced by the variant's path
               (default: dotnet run --project src/Lectern.Cli -- clean {file} --json). It must print
               JSON: {"title", "dateline", "paragraphs": [every block's text, in order], "endMark"},
               and may add "blocks": [{"kind": "heading"|"paragraph"|"item", "level": n, "text"}].
  --variants   the variant texts (default: tests/Lectern.Tests/Clean/Documents/variants)
  --documents  the document JSONs (default: tests/Lectern.Tests/Clean/Documents)
  --examples   print, per failure kind, examples of what went wrong
  --json FILE  write every figure of every variant to FILE

Per variant it prints: title ok, dateline / end mark ok, blocks exact / total (a truth block counts
when an output paragraph equals it after normalisation; the two lists are aligned in order with
difflib), headings and items exact, words lost / added (multiset difference of the normalised words),
words left hyphen-split ("inter- national"), hyphens inserted ("inter-national" for "international"),
hyphens dropped ("selfevident" for "self-evident"), headings merged into a paragraph, running headers
/ footers / page numbers leaked into the paragraphs, and, when the output has "blocks", kinds: of the
exactly matched blocks, how many have the right kind (and, for headings, the right level).
The last line is "TOTAL: ...".

Normalisation (both sides): any Unicode space -> one space; soft hyphens (U+00AD) removed; curly
quotes -> straight; U+2010, U+2011 and the minus sign -> '-'; em dash, en dash and '--' (with the spaces around them)
-> ' -- '; ligatures (fi, fl, ff, ffi, ffl) split; '...' for the ellipsis character; a leading bullet
glyph removed.
"""
import argparse, collections, concurrent.futures, difflib, glob, json, os, re, shlex, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CMD = 'dotnet run --project src/Lectern.Cli -- clean {file} --json'
BULLET = re.compile(r'^[\u2022\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u00b7\u2219\u2013\u2014]\s+')
WORD_CORE = re.compile(r'^[(\["\'\u201c\u2018]+|[)\]"\'\u201d\u2019.,;:!?]+$')


def norm(s):
    s = s or ''
    s = s.replace('\u00ad', '')
    s = re.sub(r'[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]', ' ', s)
    s = s.replace('\u200b', '').replace('\ufeff', '')
    s = s.strip()
    s = BULLET.sub('', s)
    s = re.sub('[\u2018\u2019\u02bc\u2032\u201b]', "'", s)
    s = re.sub('[\u201c\u201d\u2033\u201f]', '"', s)
    s = s.replace('\u2010', '-').replace('\u2011', '-').replace('\u2212', '-')
    s = re.sub(r'\s*(\u2014|\u2013|--)\s*', ' -- ', s)
    s = (s.replace('\ufb01', 'fi').replace('\ufb02', 'fl').replace('\ufb00', 'ff').replace('\ufb03', 'ffi')
         .replace('\ufb04', 'ffl').replace('\u2026', '...'))
    return re.sub(r'\s+', ' ', s).strip()


def norm_dateline(s):
    return re.sub(r'\s*--\s*$', '', norm(s))


def run_cli(cmd, path, timeout=300):
    if '{file}' in cmd:
        line = cmd.replace('{file}', shlex.quote(path))
    else:
        line = cmd + ' ' + shlex.quote(path)
    try:
        r = subprocess.run(line, shell=True, capture_output=True, text=True, timeout=timeout)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return 124, '', 'timeout after %d s' % timeout


def block_text(p):
    return p if isinstance(p, str) else (p or {}).get('text', '')


# ------------------------------------------------------------------ word-level faults
def word_faults(tw, ow):
    """tw, ow: normalised words of truth and output. Counts of hyphen faults, with examples."""
    tcore = collections.Counter(WORD_CORE.sub('', w) for w in tw)
    tset = set(tw)
    oc, tc = collections.Counter(ow), collections.Counter(tw)
    kinds = collections.Counter()
    ex = collections.defaultdict(list)
    for i, w in enumerate(ow):
        if oc[w] <= tc[w]:
            continue
        core = WORD_CORE.sub('', w)
        nxt = ow[i + 1] if i + 1 < len(ow) else ''
        ncore = WORD_CORE.sub('', nxt)
        if core.endswith('-') and len(core) > 1 and ncore and (
                tcore[core[:-1] + ncore] or tcore[core + ncore]) and (w + nxt) not in tset:
            kinds['hyphen-split'] += 1; ex['hyphen-split'].append(w + ' ' + nxt)
        elif '-' in core.strip('-') and not tcore[core] and tcore[core.replace('-', '')]:
            kinds['hyphen inserted'] += 1; ex['hyphen inserted'].append(w)
        elif core and not tcore[core] and any(tcore[core[:k] + '-' + core[k:]] for k in range(1, len(core))):
            kinds['hyphen dropped'] += 1; ex['hyphen dropped'].append(w)
        elif nxt and not tcore[core] and tcore[core + ncore]:
            kinds['split by a space'] += 1; ex['split by a space'].append(w + ' ' + nxt)
        elif core and not tcore[core] and any(tcore[core[:k]] and tcore[core[k:]] for k in range(2, len(core) - 1)):
            kinds['run together'] += 1; ex['run together'].append(w)
    return kinds, ex


# ------------------------------------------------------------------ running headers, footers, page numbers
PAGE_PATTERNS = {
    'Page N': r'\bPage \d+\b',
    '- N -': r'(?<![\w-])- ?\d{1,3} ?-(?![\w-])',
    'N/M': r'(?<![\w/.,:])\d{1,3} ?/ ?\d{1,3}(?![\w/])',
    'N': None,
}
DATE = r'\b\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M\b'


def leaks(settings, title, tn, on, added, title_ok):
    """Running texts and page numbers that the typesetting printed and that survive in the output."""
    found = collections.Counter()
    ex = []
    all_o = '\n'.join(on)
    all_t = '\n'.join(tn)
    running = [norm(x) for x in (settings or {}).get('running', [])]
    if not settings:                                       # no sidecar: guess
        running = [norm(title)]
    ntitle = norm(title)
    # a title that was not recognised stays at the top of the first paragraph: that copy is not a leak
    title_left = not title_ok and bool(on) and on[0].startswith(ntitle)
    for r in sorted(set(running), key=len, reverse=True):
        if not r:
            continue
        n = all_o.count(r) - all_t.count(r)
        if title_left and ntitle.startswith(r.rstrip('.').rstrip()):
            n -= 1
        if n > 0:
            found['running text'] += n; ex.append(r)
    styles = [settings.get('page_numbers')] if settings else list(PAGE_PATTERNS)
    for st in styles:
        pat = PAGE_PATTERNS.get(st) if st else None
        if pat:
            n = len(re.findall(pat, all_o)) - len(re.findall(pat, all_t))
            if n > 0:
                found['page number'] += n; ex += re.findall(pat, all_o)[:2]
    n = len(re.findall(DATE, all_o)) - len(re.findall(DATE, all_t))
    if n > 0:
        found['date'] += n; ex += re.findall(DATE, all_o)[:1]
    n = all_o.count('file:///') - all_t.count('file:///')
    if n > 0:
        found['url'] += n; ex.append('file:///...')
    lone = sum(v for w, v in added.items() if re.fullmatch(r'\d{1,3}', w))
    if lone:
        found['stray number'] += lone
    return found, ex


# ------------------------------------------------------------------ one variant
def score(path, doc, settings, cmd):
    base = os.path.basename(path)[:-4]
    rc, so, se = run_cli(cmd, path)
    r = {'variant': base, 'rc': rc, 'stderr': se.strip()[-1500:]}
    try:
        out = json.loads(so) if so.strip() else None
    except ValueError:
        out = None
    if not isinstance(out, dict):
        out = {}
        r['no_json'] = True
    paras = [block_text(p) for p in out.get('paragraphs') or []]
    blocks_out = out.get('blocks') if isinstance(out.get('blocks'), list) else None
    truth = doc['blocks']
    kinds_t = [b['kind'] for b in truth]
    tn = [norm(b['text']) for b in truth]
    on = [norm(p) for p in paras]
    r['title_ok'] = norm(out.get('title')) == norm(doc['title'])
    r['title_got'] = out.get('title') or ''
    r['dateline_ok'] = norm_dateline(out.get('dateline')) == norm_dateline(doc.get('dateline', ''))
    r['endmark_ok'] = norm(out.get('endMark')) == norm(doc.get('endMark', ''))
    r['dateline_got'], r['endmark_got'] = out.get('dateline'), out.get('endMark')

    sm = difflib.SequenceMatcher(None, tn, on, autojunk=False)
    t2o = {}
    for a, b, n in sm.get_matching_blocks():
        for k in range(n):
            t2o[a + k] = b + k
    r['blocks_total'] = len(truth)
    r['paragraphs_out'] = len(paras)
    r['blocks_exact'] = len(t2o)
    r['headings_total'] = kinds_t.count('heading')
    r['headings_exact'] = sum(1 for i in t2o if kinds_t[i] == 'heading')
    r['items_total'] = kinds_t.count('item')
    r['items_exact'] = sum(1 for i in t2o if kinds_t[i] == 'item')

    # kinds, when the output says them
    if blocks_out is not None:
        bo = [b if isinstance(b, dict) else {'text': b} for b in blocks_out]
        bn = [norm(block_text(b)) for b in bo]
        sm2 = difflib.SequenceMatcher(None, tn, bn, autojunk=False)
        right = matched = hd_ok = it_ok = 0
        wrong = []
        for a, b, n in sm2.get_matching_blocks():
            for k in range(n):
                t, o = truth[a + k], bo[b + k]
                matched += 1
                ok = (o.get('kind') == t['kind'] and
                      (t['kind'] != 'heading' or int(o.get('level') or 0) == int(t.get('level', 1))))
                right += ok
                hd_ok += ok and t['kind'] == 'heading'
                it_ok += ok and t['kind'] == 'item'
                if not ok:
                    wrong.append('%s%s as %s%s: %s' % (t['kind'], t.get('level', ''), o.get('kind'),
                                                        o.get('level', '') or '', t['text'][:60]))
        r['kinds'] = {'matched': matched, 'right': right, 'headings_right': hd_ok, 'items_right': it_ok,
                      'examples': wrong[:5]}

    # words
    glyph = re.compile('^[\u2022\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u00b7\u2219]+$')
    tw = [w for w in ' '.join(tn).split() if not glyph.match(w)]        # bullets left inside merged items
    ow = [w for w in ' '.join(on).split() if not glyph.match(w)]        # are not counted as words
    tc, oc = collections.Counter(tw), collections.Counter(ow)
    lost, added = tc - oc, oc - tc
    r['words_truth'] = len(tw)
    r['words_lost'] = sum(lost.values())
    r['words_added'] = sum(added.values())
    wk, wex = word_faults(tw, ow)
    r['hyphen_split'] = wk['hyphen-split']
    r['hyphen_inserted'] = wk['hyphen inserted']
    r['hyphen_dropped'] = wk['hyphen dropped']
    r['word_faults'] = dict(wk)
    r['word_examples'] = {k: v[:4] for k, v in wex.items()}
    r['lost_sample'] = [w for w, _ in lost.most_common(10)]
    r['added_sample'] = [w for w, _ in added.most_common(10)]
    r['soft_hyphens_left'] = sum(p.count('\u00ad') for p in paras)

    lk, lex = leaks(settings, doc['title'], tn, on, added, r['title_ok'])
    r['leaks'] = sum(lk.values())
    r['leak_kinds'] = dict(lk)
    r['leak_examples'] = lex[:4]

    # why the other truth blocks are not exact: word alignment of truth blocks and output paragraphs
    twl = [(w, i) for i, b in enumerate(tn) for w in b.split()]
    owl = [(w, j) for j, p in enumerate(on) for w in p.split()]
    smw = difflib.SequenceMatcher(None, [w for w, _ in twl], [w for w, _ in owl], autojunk=False)
    t2p, p2t = collections.defaultdict(set), collections.defaultdict(set)
    for a, b, n in smw.get_matching_blocks():
        for k in range(n):
            t2p[twl[a + k][1]].add(owl[b + k][1])
            p2t[owl[b + k][1]].add(twl[a + k][1])
    causes = collections.Counter()
    cex = collections.defaultdict(list)
    merged_h = 0
    for i in range(len(truth)):
        if i in t2o:
            continue
        ps = sorted(t2p.get(i, ()))
        if not ps:
            k = 'block lost'
        elif len(ps) > 1:
            k = 'block split'
        else:
            others = p2t[ps[0]] - {i}
            if not others:
                k = 'words differ'
            elif kinds_t[i] == 'heading':
                k = 'heading merged'; merged_h += 1
            elif any(kinds_t[j] == 'heading' for j in others):
                continue                                  # counted on the heading
            elif kinds_t[i] == 'item' or any(kinds_t[j] == 'item' for j in others):
                k = 'items merged'
            else:
                k = 'paragraphs merged'
        causes[k] += 1
        cex[k].append((truth[i]['text'][:100], ' | '.join(paras[j][:140] for j in ps[:2])))
    r['headings_merged'] = merged_h
    r['causes'] = dict(causes)
    r['cause_examples'] = {k: v[:3] for k, v in cex.items()}
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cmd', default=DEFAULT_CMD)
    ap.add_argument('--variants', default=os.path.normpath(os.path.join(HERE, '..', 'Documents', 'variants')))
    ap.add_argument('--documents', default=os.path.normpath(os.path.join(HERE, '..', 'Documents')))
    ap.add_argument('--only', default='')
    ap.add_argument('--jobs', type=int, default=1)
    ap.add_argument('--examples', action='store_true')
    ap.add_argument('--json')
    ap.add_argument('--pdf', action='store_true',
                    help='give the command <name>-<seed>.pdf (kept by KEEP_PDF=1 make-documents.sh) instead of the .txt')
    a = ap.parse_args()

    docs = {}
    for p in glob.glob(os.path.join(a.documents, '*.json')):
        docs[os.path.basename(p)[:-5]] = json.load(open(p, encoding='utf-8'))
    jobs = []
    for v in sorted(glob.glob(os.path.join(a.variants, '*.txt'))):
        base = os.path.basename(v)[:-4]
        if a.only and a.only not in base:
            continue
        name = re.sub(r'-\d+$', '', base)
        if name not in docs:
            print('skipped %s: no %s.json in %s' % (base, name, a.documents), file=sys.stderr)
            continue
        sp = v[:-4] + '.settings.json'
        settings = json.load(open(sp, encoding='utf-8')) if os.path.exists(sp) else None
        if a.pdf:
            v = v[:-4] + '.pdf'
            if not os.path.exists(v):
                print('skipped %s: no PDF beside it (make it with KEEP_PDF=1 make-documents.sh)' % base, file=sys.stderr)
                continue
        jobs.append((v, docs[name], settings))
    if not jobs:
        raise SystemExit('no variants found in %s' % a.variants)
    with concurrent.futures.ThreadPoolExecutor(max(1, a.jobs)) as pool:
        rows = list(pool.map(lambda j: score(j[0], j[1], j[2], a.cmd), jobs))
    has_kinds = any('kinds' in r for r in rows)

    hdr = '%-24s %5s %5s %9s %7s %7s %11s %5s %5s %5s %4s %5s%s %3s' % (
        'variant', 'title', 'dl/em', 'blocks', 'heads', 'items', 'words -/+', 'split', 'hyIns', 'hyDrp', 'mrgH',
        'leaks', '   kinds' if has_kinds else '', 'rc')
    print(hdr)
    print('-' * len(hdr))
    T = collections.Counter()
    for r in rows:
        dlem = ('ok' if r['dateline_ok'] else 'X') + '/' + ('ok' if r['endmark_ok'] else 'X')
        kinds = ''
        if has_kinds:
            k = r.get('kinds')
            kinds = ' %3d/%-4d' % (k['right'], k['matched']) if k else '     -   '
        print('%-24s %5s %5s %4d/%-4d %3d/%-3d %3d/%-3d %5d/%-5d %5d %5d %5d %4d %5d%s %3d' % (
            r['variant'][:24], 'ok' if r['title_ok'] else 'NO', dlem, r['blocks_exact'], r['blocks_total'],
            r['headings_exact'], r['headings_total'], r['items_exact'], r['items_total'], r['words_lost'],
            r['words_added'], r['hyphen_split'], r['hyphen_inserted'], r['hyphen_dropped'], r['headings_merged'],
            r['leaks'], kinds, r['rc']))
        for key in ['blocks_exact', 'blocks_total', 'headings_exact', 'headings_total', 'items_exact', 'items_total',
                    'words_lost', 'words_added', 'words_truth', 'hyphen_split', 'hyphen_inserted', 'hyphen_dropped',
                    'headings_merged', 'leaks', 'soft_hyphens_left']:
            T[key] += r[key]
        T['titles'] += r['title_ok']
        T['datelines'] += r['dateline_ok']
        T['endmarks'] += r['endmark_ok']
        T['variants'] += 1
        T['nonzero_rc'] += r['rc'] != 0
        if 'kinds' in r:
            T['kinds_right'] += r['kinds']['right']; T['kinds_matched'] += r['kinds']['matched']
            T['kh_right'] += r['kinds']['headings_right']; T['ki_right'] += r['kinds']['items_right']
            T['with_kinds'] += 1
    print('-' * len(hdr))
    for r in rows:
        if r['rc'] != 0 or r.get('no_json'):
            print('EXIT %d%s %s: %s' % (r['rc'], ' (no JSON on stdout)' if r.get('no_json') else '', r['variant'],
                                       r['stderr'][-400:].replace('\n', ' | ')))

    if a.examples:
        kinds = collections.Counter()
        ex = collections.defaultdict(list)
        for r in rows:
            for k, n in r['causes'].items():
                kinds['block: ' + k] += n
                for e in r['cause_examples'].get(k, [])[:1]:
                    ex['block: ' + k].append('%s: %r -> %r' % (r['variant'], e[0], e[1]))
            for k, n in r['word_faults'].items():
                kinds['word: ' + k] += n
                ex['word: ' + k].append('%s: %s' % (r['variant'], ', '.join(r['word_examples'].get(k, [])[:3])))
            for k, n in r['leak_kinds'].items():
                kinds['leak: ' + k] += n
                ex['leak: ' + k].append('%s: %s' % (r['variant'], ' | '.join(r['leak_examples'][:3])))
            if not r['title_ok']:
                kinds['title wrong'] += 1; ex['title wrong'].append('%s: %r' % (r['variant'], r['title_got'][:100]))
            if not r['dateline_ok']:
                kinds['dateline wrong'] += 1; ex['dateline wrong'].append('%s: %r' % (r['variant'], r['dateline_got']))
            if not r['endmark_ok']:
                kinds['end mark wrong'] += 1; ex['end mark wrong'].append('%s: %r' % (r['variant'], r['endmark_got']))
            for w in (r.get('kinds') or {}).get('examples', [])[:1]:
                kinds['kind wrong'] += 1; ex['kind wrong'].append('%s: %s' % (r['variant'], w))
        print('\nFAILURE KINDS (count over all variants; first examples)')
        for k, n in kinds.most_common():
            print('%6d  %s' % (n, k))
            for e in ex[k][:2]:
                print('          e.g. ' + e[:320])
        print()

    if a.json:
        json.dump(rows, open(a.json, 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
    kinds_txt = ''
    if T['with_kinds']:
        kinds_txt = ', kinds right %d/%d of matched blocks (headings with level %d/%d, items %d/%d)' % (
            T['kinds_right'], T['kinds_matched'], T['kh_right'], T['headings_total'], T['ki_right'], T['items_total'])
    print('TOTAL: variants %d, titles %d/%d, datelines %d/%d, end marks %d/%d, blocks exact %d/%d (%.1f%%), '
          'headings %d/%d, items %d/%d, words lost %d / added %d of %d, hyphen-split %d, hyphens inserted %d, '
          'hyphens dropped %d, headings merged %d, leaks %d%s, non-zero exits %d' % (
              T['variants'], T['titles'], T['variants'], T['datelines'], T['variants'], T['endmarks'], T['variants'],
              T['blocks_exact'], T['blocks_total'], 100.0 * T['blocks_exact'] / max(1, T['blocks_total']),
              T['headings_exact'], T['headings_total'], T['items_exact'], T['items_total'], T['words_lost'],
              T['words_added'], T['words_truth'], T['hyphen_split'], T['hyphen_inserted'], T['hyphen_dropped'],
              T['headings_merged'], T['leaks'], kinds_txt, T['nonzero_rc']))


if __name__ == '__main__':
    main()
