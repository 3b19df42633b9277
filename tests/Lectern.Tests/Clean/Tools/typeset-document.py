#!/usr/bin/env python3
"""Typeset a document JSON (tests/Lectern.Tests/Clean/Documents/<name>.json) to PDF the way documents in the wild are
made, then extract its text again the way people do. The text is what a cleanup tool is given.

usage: typeset-document.py DOC.json --out FILE.txt [options]

  --engine groff|chromium       groff -ms (-Tpdf, or -Tps then Ghostscript's ps2pdf), or headless
                                Chromium printing an HTML page to PDF
  --paper a4|letter|a5
  --size PT                     body text size, 8-14
  --columns 1|2
  --justify | --ragged
  --indent | --block            first-line indents, or block paragraphs with space between
  --hyphenate | --no-hyphenate  break words at line ends (groff's patterns; soft hyphens from the
                                same TeX patterns for Chromium)
  --header SPEC, --footer SPEC  running header / footer: 'none', or 'LEFT|CENTRE|RIGHT' where each
                                part may hold {title} (the whole title), {short} (its first words),
                                {page} (the page number in --page-style), {date} and {url}; or
                                'browser' (Chromium only): what a browser's "Save as PDF" prints,
                                date and title on top, file URL and "n/m" below
  --page-style 'Page N'|'- N -'|'N'|'N/M'
  --extract pdftotext|pdftotext-layout|pdftotext-raw|mutool
  --seed N                      draw every option that is not given from N (reproducible)
  --out FILE.txt                the extracted text
  --pdf FILE.pdf                keep the PDF as well
  --settings FILE.json          write the settings used (engine, header and footer text, ...)
  --quiet

A KCNA-style document (a "dateline") is typeset as KCNA prints it: the dateline and " -- " open the
first paragraph, the end mark closes the last one. Headings are bold and larger, numbered as in the
source; list items hang from their marker (the printed number or letter, or a bullet). A "\\n" in a
block's text is a forced line break of the original.

needs: groff, poppler-utils, mupdf-tools, ghostscript, chromium
       (apt-get install -y groff poppler-utils mupdf-tools ghostscript chromium)
"""
import argparse, html, json, os, random, re, shutil, subprocess, sys, tempfile

PAPERS = {'a4': (595.0, 842.0), 'letter': (612.0, 792.0), 'a5': (420.0, 595.0)}   # points
PAGE_STYLES = ['Page N', '- N -', 'N', 'N/M']
EXTRACTORS = ['pdftotext', 'pdftotext-layout', 'pdftotext-raw', 'mutool']
GROFF_FAMILIES = ['T', 'T', 'P', 'N', 'H', 'BM']
CSS_SERIF = ["'Liberation Serif', serif", "'DejaVu Serif', serif", "'Nimbus Roman', serif", "'P052', serif",
             "'C059', serif"]
CSS_SANS = ["'Liberation Sans', sans-serif", "'DejaVu Sans', sans-serif", "'Nimbus Sans', sans-serif"]
HEADER_CHOICES = ['none', 'none', '{short}||{page}', '{title}||', '|{short}|', '||{short}', '{page}||{short}',
                  '{short}||', '|{title}|']
FOOTER_CHOICES = ['none', '|{page}|', '|{page}|', '||{page}', '{short}||{page}', '{title}||{page}', '{page}||']
MARKER = re.compile(r'^(\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})\))\s+(?=\S)')


# ------------------------------------------------------------------ TeX-pattern hyphenation (Liang)
class Hyphenator:
    """Liang's algorithm with the US English patterns and exceptions groff ships."""

    def __init__(self):
        tm = None
        for d in ['/usr/share/groff/current/tmac/', '/usr/share/groff/tmac/']:
            if os.path.exists(d + 'hyphen.us'):
                tm = d
        if tm is None:
            raise SystemExit('hyphen.us not found: apt-get install -y groff')
        pat = open(tm + 'hyphen.us', encoding='latin-1').read()
        pat = pat[pat.index('\\patterns{') + 10:]
        pat = pat[:pat.index('}')]
        self.tree = {}
        for p in pat.split():
            if p.startswith('%'):
                continue
            chars = re.sub(r'\d', '', p)
            pts = [0] * (len(chars) + 1)
            j = 0
            for c in p:
                if c.isdigit():
                    pts[j] = int(c)
                else:
                    j += 1
            self.tree[chars] = pts
        self.exc = {}
        if os.path.exists(tm + 'hyphenex.us'):
            ex = open(tm + 'hyphenex.us', encoding='latin-1').read()
            ex = ex[ex.index('\\hyphenation{') + 13:]
            for w in ex[:ex.index('}')].split():
                if not w.startswith('%'):
                    self.exc[w.replace('-', '')] = w

    def parts(self, word):
        lw = word.lower()
        if lw in self.exc:
            out, i = [], 0
            for seg in self.exc[lw].split('-'):
                out.append(word[i:i + len(seg)]); i += len(seg)
            return out
        w = '.' + lw + '.'
        pts = [0] * (len(w) + 1)
        for i in range(len(w)):
            for j in range(i + 1, len(w) + 1):
                p = self.tree.get(w[i:j])
                if p:
                    for k, v in enumerate(p):
                        pts[i + k] = max(pts[i + k], v)
        pts = pts[1:-1]
        out, last = [], 0
        for i in range(2, len(word) - 2):          # at least 2 letters before and 3 after a break
            if pts[i] % 2 and len(word) - i >= 3:
                out.append(word[last:i]); last = i
        out.append(word[last:])
        return out

    def soft(self, text):
        return re.sub(r'[A-Za-z]{6,}', lambda m: '\u00ad'.join(self.parts(m.group(0))), text)


# ------------------------------------------------------------------ settings
def draw_settings(a, title):
    """Fill every option the user did not give, from the seed (or from fixed defaults)."""
    rnd = random.Random(a.seed if a.seed is not None else 0)
    seeded = a.seed is not None

    def pick(cur, choices, default):
        if cur is not None:
            return cur
        return rnd.choice(choices) if seeded else default

    s = {}
    s['engine'] = pick(a.engine, ['groff', 'chromium'], 'groff')
    s['paper'] = pick(a.paper, ['a4', 'a4', 'letter', 'letter', 'a5'], 'letter')
    s['columns'] = a.columns if a.columns is not None else (
        (rnd.choice([1, 1, 2]) if s['paper'] != 'a5' else 1) if seeded else 1)
    if a.size is not None:
        s['size'] = a.size
    elif seeded:
        s['size'] = rnd.choice([8, 9, 9, 10]) if (s['columns'] == 2 or s['paper'] == 'a5') else rnd.choice([9, 10, 10, 11, 11, 12, 13, 14])
    else:
        s['size'] = 10
    s['justify'] = a.justify if a.justify is not None else (rnd.random() < 0.6 if seeded else True)
    s['indent'] = a.indent if a.indent is not None else (rnd.random() < 0.5 if seeded else True)
    s['hyphenate'] = a.hyphenate if a.hyphenate is not None else (rnd.random() < 0.5 if seeded else False)
    if a.hyphenate is None and s['engine'] == 'chromium' and s['columns'] == 2:
        s['hyphenate'] = False       # soft hyphens in narrow Chromium columns come out inside words, spaced
    s['page_style'] = pick(a.page_style, PAGE_STYLES, 'N')
    if a.header is not None:
        s['header'] = a.header
    elif seeded:
        s['header'] = 'browser' if (s['engine'] == 'chromium' and rnd.random() < 0.3) else rnd.choice(HEADER_CHOICES)
    else:
        s['header'] = 'none'
    if s['header'] == 'browser':
        s['footer'] = 'browser'
    elif a.footer is not None:
        s['footer'] = a.footer
    elif seeded:
        titled = '{title}' in s['header'] or '{short}' in s['header']
        s['footer'] = rnd.choice([f for f in FOOTER_CHOICES if not ('{page}' in s['header'] and '{page}' in f)
                                  and not (titled and ('{title}' in f or '{short}' in f))])
        if '{page}' not in s['header'] + s['footer'] and rnd.random() < 0.8:
            s['footer'] = rnd.choice(['|{page}|', '||{page}'])
    else:
        s['footer'] = '|{page}|'
    if a.extract is not None or not seeded:
        s['extract'] = a.extract or 'pdftotext'
    else:
        if s['engine'] == 'chromium' and s['hyphenate']:
            # Chromium writes each soft-hyphen syllable as a text run of its own: the other extractors
            # then break lines (or put spaces) inside words, which no cleaner could undo
            allowed = ['pdftotext-layout']
        elif s['engine'] == 'chromium' and s['justify']:
            # justified Chromium lines have gaps that the other extractors take for column breaks
            allowed = ['pdftotext-layout', 'pdftotext-raw']
        else:
            allowed = list(EXTRACTORS)
        if s['columns'] == 2 and len(allowed) > 1:
            # plain pdftotext interleaves the blocks of two columns; -layout prints them side by side
            # (kept, but drawn less often)
            allowed = [x for x in allowed if x != 'pdftotext']
            if rnd.random() < 0.5:
                allowed = [x for x in allowed if x != 'pdftotext-layout']
        s['extract'] = rnd.choice(allowed)
    # the rest has no option of its own: it varies with the seed like documents in the wild do
    if s['engine'] == 'groff':
        s['font'] = rnd.choice(GROFF_FAMILIES)
    else:
        fonts = CSS_SERIF + CSS_SERIF + CSS_SANS
        if s['hyphenate']:
            # the URW fonts have no soft-hyphen glyph: Chromium falls back to another font for each one,
            # and the extracted lines break at every syllable
            fonts = [f for f in fonts if 'Liberation' in f or 'DejaVu' in f]
        s['font'] = rnd.choice(fonts)
    s['groff_via'] = rnd.choice(['pdf', 'pdf', 'ps']) if (seeded and s['engine'] == 'groff') else 'pdf'
    s['hyphenation_mode'] = rnd.choice([4, 6, 12]) if s['hyphenate'] else 0
    s['smart_quotes'] = rnd.random() < 0.5 if seeded else False
    s['center_headings'] = rnd.random() < 0.3 if seeded else False
    # list bullets: a glyph (text in the PDF), or Chromium's own disc, which it paints as a shape
    s['bullet'] = rnd.choice(['bullet', 'bullet', 'bullet', 'circle', 'square', 'dash', 'shape']) if seeded else 'bullet'
    s['margin_cm'] = round(rnd.uniform(1.6, 2.8), 1) if seeded else 2.5
    s['leading'] = round(rnd.uniform(1.15, 1.45), 2) if seeded else 1.2
    s['header_first_page'] = rnd.random() < 0.5 if seeded else False
    d = rnd.randrange(0, 3000)
    s['date'] = '%d/%d/%d, %d:%02d %s' % (1 + d % 12, 1 + d % 28, 24 + d % 3, 1 + d % 12, d % 60, 'AM' if d % 2 else 'PM')
    if seeded and s['engine'] == 'groff' and len(title) > 48:
        # groff's .tl does not wrap: a long running title would run into the page number
        s['header'] = s['header'].replace('{title}', '{short}')
        s['footer'] = s['footer'].replace('{title}', '{short}')
    if s['engine'] != 'chromium' and s['header'] == 'browser':
        raise SystemExit("--header browser needs --engine chromium")
    if not 8 <= s['size'] <= 14:
        raise SystemExit('--size must be 8-14')
    return s


# ------------------------------------------------------------------ text helpers
def smart_quotes(s):
    s = re.sub(r'(^|[\s(\[{\u2014\u2013-])"', '\\1\u201c', s)
    s = s.replace('"', '\u201d')
    s = re.sub(r"(\w)'", '\\1\u2019', s)
    s = re.sub(r"(^|[\s(\[{\u201c])'", '\\1\u2018', s)
    return s.replace("'", '\u2019')


def short_title(title, n=5):
    w = title.split()
    return ' '.join(w[:n]) + (' ...' if len(w) > n else '')


def running_title(title, s):
    """The whole title as a running header prints it: Chromium cuts a long one short with an ellipsis
    (as a browser's own header does); groff prints it as it is."""
    if s['engine'] != 'chromium':
        return title
    w = PAPERS[s['paper']][0] - 2 * s['margin_cm'] * 72 / 2.54
    maxc = int(w * 0.4 / 3.6)
    return title if len(title) <= maxc else title[:maxc - 1].rstrip() + '\u2026'


def page_number(style, engine, total=None):
    """The page number as a groff string (with %) or as CSS content."""
    if engine == 'groff':
        return {'Page N': 'Page %', '- N -': '\\- % \\-', 'N': '%', 'N/M': '%/' + str(total or 0)}[style]
    return {'Page N': '"Page " counter(page)', '- N -': '"- " counter(page) " -"', 'N': 'counter(page)',
            'N/M': 'counter(page) "/" counter(pages)'}[style]


def fill(spec, doc, s, engine, url, total=None):
    """A header/footer SPEC -> three (left, centre, right) parts in the engine's syntax."""
    if spec in ('none', '', None):
        return ['', '', '']
    parts = (spec.split('|') + ['', '', ''])[:3]
    out = []
    for p in parts:
        if engine == 'groff':
            q = p.replace('{title}', roff_text(doc['title'])).replace('{short}', roff_text(short_title(doc['title'])))
            q = q.replace('{date}', s['date']).replace('{url}', url).replace('{page}', page_number(s['page_style'], 'groff', total))
            out.append(q.replace("'", '\\(aq'))          # ms prints them with .tl '...'...'...'
        else:
            bits = re.split(r'(\{page\})', p)
            css = []
            for b in bits:
                if b == '{page}':
                    css.append(page_number(s['page_style'], 'chromium'))
                elif b:
                    b = b.replace('{title}', running_title(doc['title'], s)).replace('{short}', short_title(doc['title']))
                    b = b.replace('{date}', s['date']).replace('{url}', url)
                    css.append('"%s"' % b.replace('\\', '\\\\').replace('"', '\\"'))
            out.append(' '.join(css))
    return out


def visible_blocks(doc):
    """Blocks as printed: the dateline opens the first paragraph, the end mark closes the last."""
    blocks = [dict(b) for b in doc['blocks']]
    if doc.get('dateline'):
        blocks[0]['text'] = doc['dateline'] + ' -- ' + blocks[0]['text']
    if doc.get('endMark'):
        blocks[-1]['text'] = blocks[-1]['text'] + ' ' + doc['endMark']
    return blocks


def split_marker(text):
    m = MARKER.match(text)
    if m:
        return m.group(1), text[m.end():]
    return None, text


# ------------------------------------------------------------------ groff -ms
def roff_text(s):
    s = s.replace('\\', '\\e')
    s = re.sub(r'(^|\n)([.\'])', '\\1\\\\&\\2', s)
    return s


def roff_lines(s):
    """text -> input lines; a forced line break becomes .br"""
    return '\n.br\n'.join(roff_text(p) for p in s.split('\n'))


def to_ms(doc, s, total=None, url=''):
    o = []
    ps = s['size']
    o.append('.\\" typeset-document.py: %s' % json.dumps(s, sort_keys=True))
    w, h = PAPERS[s['paper']]
    m = s['margin_cm'] * 72 / 2.54
    o.append('.nr PS %d' % ps)
    o.append('.nr VS %dp' % round(ps * s['leading'] + 0.4))
    o.append('.nr LL %dp' % round(w - 2 * m))
    o.append('.nr PO %dp' % round(m))
    o.append('.nr HM %dp' % round(m * 0.9))
    o.append('.nr FM %dp' % round(m * 0.9))
    o.append('.nr PI %s' % ('2n' if s['indent'] else '0'))
    o.append('.nr PD %s' % ('0' if s['indent'] else '0.5v'))
    o.append('.nr HY %d' % s['hyphenation_mode'])
    o.append('.nr GROWPS 3')
    o.append('.nr PSINCR 1.5p')
    o.append('.nr QI 3n')
    o.append('.fam %s' % s['font'])
    o.append('.kern 0')              # kerned pairs (r-t, v-e) make pdftotext and mutool split words
    if not s['hyphenate']:
        o.append('.nh')
    hl, hc, hr = fill(s['header'], doc, s, 'groff', url, total)
    fl, fc, fr = fill(s['footer'], doc, s, 'groff', url, total)
    for k, v in zip(['LH', 'CH', 'RH', 'LF', 'CF', 'RF'], [hl, hc, hr, fl, fc, fr]):
        o.append('.ds %s %s' % (k, v))
    if s['header_first_page'] and s['header'] != 'none':
        o.append('.P1')              # ms leaves the header off page 1; this document prints it there too
    o.append('.TL')
    o.append(roff_lines(doc['title']))
    if s['columns'] == 2:
        o.append('.2C')
    adj = '.ad b' if s['justify'] else '.ad l'
    par = '.PP' if s['indent'] else '.LP'
    after_heading = True
    for b in visible_blocks(doc):
        t = smart_quotes(b['text']) if s['smart_quotes'] else b['text']
        if b['kind'] == 'heading':
            lvl = int(b.get('level', 1))
            o.append('.SH %d' % lvl)
            if s['center_headings'] and lvl == 1:
                o.append('.ce %d' % (t.count('\n') + 1))
            o.append(roff_lines(t))
            after_heading = True
            continue
        if b['kind'] == 'item':
            depth = int(b.get('depth', 1))
            mk, rest = split_marker(t)
            for _ in range(depth - 1):
                o.append('.RS')
            if mk:
                o.append('.IP "%s" %dn' % (roff_text(mk), max(3, len(mk) + 1)))
                o.append(roff_lines(rest))
            else:
                tag = '\\(en' if s['bullet'] == 'dash' else '\\(bu'     # the fonts have no other bullets
                o.append('.IP %s 2n' % tag)
                o.append(roff_lines(t))
            for _ in range(depth - 1):
                o.append('.RE')
            o.append(adj)
            after_heading = False
            continue
        role = b.get('role')
        if role == 'signature':
            o.append('.LP'); o.append('.ad r'); o.append(roff_lines(t)); o.append('.br'); o.append(adj)
        elif role == 'author':
            o.append('.LP'); o.append('.ce %d' % (t.count('\n') + 1)); o.append(roff_lines(t))
        elif role == 'quote':
            o.append('.QP'); o.append(adj); o.append(roff_lines(t))
        else:
            o.append('.LP' if (after_heading or role == 'salutation') else par)
            o.append(adj)
            o.append(roff_lines(t))
        after_heading = False
    return '\n'.join(o) + '\n'


def groff_pdf(doc, s, base):
    def run(total):
        ms = base + '.ms'
        open(ms, 'w', encoding='utf-8').write(to_ms(doc, s, total))
        paper = s['paper']
        if s['groff_via'] == 'ps':
            cmd = ('groff -k -ms -Tps -dpaper={p} -P-p{p} {ms} > {b}.ps && '
                   'ps2pdf -sPAPERSIZE={p} -dFIXEDMEDIA {b}.ps {b}.pdf').format(p=paper, ms=ms, b=base)
        else:
            cmd = 'groff -k -ms -Tpdf -dpaper={p} -P-p{p} {ms} > {b}.pdf'.format(p=paper, ms=ms, b=base)
        r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
        if r.returncode or not os.path.getsize(base + '.pdf'):
            raise SystemExit('groff failed: ' + r.stderr[-2000:])
        return cmd
    cmd = run(None)
    if s['page_style'] == 'N/M' and '{page}' in s['header'] + s['footer']:
        cmd = run(pdf_pages(base + '.pdf'))          # second pass with the page count known
    return cmd


# ------------------------------------------------------------------ HTML for Chromium
def to_html(doc, s, url):
    hy = Hyphenator() if s['hyphenate'] else None

    def t(x):
        if s['smart_quotes']:
            x = smart_quotes(x)
        if hy:
            x = hy.soft(x)
        return '<br>'.join(html.escape(p, quote=False) for p in x.split('\n'))

    ps = s['size']
    w, h = PAPERS[s['paper']]
    m = s['margin_cm']
    boxes = []
    if s['header'] == 'browser':
        # what Chromium's own "Save as PDF" header and footer print
        parts = {'top-left': '"%s"' % s['date'], 'top-center': '"%s"' % running_title(doc['title'], s).replace('"', '\\"'),
                 'bottom-left': '"%s"' % url, 'bottom-right': 'counter(page) "/" counter(pages)'}
        small = 7
    else:
        parts = {}
        for pos, vals in (('top', fill(s['header'], doc, s, 'chromium', url)), ('bottom', fill(s['footer'], doc, s, 'chromium', url))):
            for side, v in zip(['left', 'center', 'right'], vals):
                if v:
                    parts['%s-%s' % (pos, side)] = v
        small = max(7, ps - 2)
    for k, v in parts.items():
        boxes.append('  @%s { content: %s; font-size: %dpt; font-family: %s; white-space: nowrap; }' % (k, v, small, s['font']))
    first = ''
    if not s['header_first_page'] and s['header'] not in ('browser', 'none'):
        first = '@page :first { %s }' % ' '.join('@%s { content: none; }' % k for k in parts if k.startswith('top'))
    css = """@page { size: %(size)s; margin: %(m)scm %(m)scm %(m)scm %(m)scm;
%(boxes)s
}
%(first)s
html { font-family: %(font)s; font-size: %(ps)spt; line-height: %(lh)s; font-kerning: none; }
body { margin: 0; }
h1.title { font-size: %(tps)spt; text-align: center; margin: 0 0 1em; line-height: 1.2; }
h2, h3, h4 { line-height: 1.25; break-after: avoid; }
h2 { font-size: %(h2)spt; margin: 1em 0 0.4em; %(hc)s }
h3 { font-size: %(h3)spt; margin: 0.9em 0 0.3em; }
h4 { font-size: %(ps)spt; margin: 0.8em 0 0.2em; }
p, li, div.item { text-align: %(align)s; hyphens: manual; orphans: 2; widows: 2; }
p { margin: %(pm)s; text-indent: %(ti)s; }
h2 + p, h3 + p, h4 + p, h1 + p, .first, p.salutation, p.signature, p.author { text-indent: 0; }
p.signature { text-align: right; } p.author { text-align: center; }
p.quote { margin-left: 2.5em; margin-right: 2.5em; text-indent: 0; }
main { %(cols)s }
ul { margin: 0.3em 0; padding-left: 1.6em; list-style-type: %(bullet)s; }
ul ul { padding-left: 1.6em; }
li { margin: 0 0 %(im)s; }
div.item { padding-left: 2.2em; text-indent: -2.2em; margin: 0 0 %(im)s; }
div.item.d2 { margin-left: 2.2em; } div.item.d3 { margin-left: 4.4em; }
div.item span.mk { display: inline-block; width: 2.2em; text-indent: 0; }
""" % dict(size=s['paper'].upper() if s['paper'] != 'letter' else 'letter', m=m, boxes='\n'.join(boxes), first=first,
           font=s['font'], ps=ps, lh=s['leading'], tps=ps + 6, h2=ps + 3, h3=ps + 1.5,
           hc='text-align: center;' if s['center_headings'] else '', align='justify' if s['justify'] else 'left',
           pm='0' if s['indent'] else '0 0 0.6em', ti='1.5em' if s['indent'] else '0',
           cols='column-count: 2; column-gap: 8mm;' if s['columns'] == 2 else '',
           bullet={'bullet': '"\u2022  "', 'circle': '"\u25e6  "', 'square': '"\u25aa  "', 'dash': '"\u2013  "',
                   'shape': 'disc'}[s['bullet']],
           im='0.15em' if s['indent'] else '0.4em')
    o = ['<!doctype html>', '<html lang="en"><head><meta charset="utf-8">',
         '<title>%s</title>' % html.escape(doc['title']), '<style>', css, '</style></head><body>',
         '<h1 class="title">%s</h1>' % t(doc['title']), '<main>']
    open_ul = 0
    blocks = visible_blocks(doc)
    for i, b in enumerate(blocks):
        tx = b['text']
        is_bullet = b['kind'] == 'item' and not split_marker(tx)[0]
        depth = int(b.get('depth', 1)) if is_bullet else 0
        while open_ul > depth:
            o.append('</ul>'); open_ul -= 1
        while open_ul < depth:
            o.append('<ul>'); open_ul += 1
        if b['kind'] == 'heading':
            lvl = int(b.get('level', 1))
            o.append('<h%d>%s</h%d>' % (lvl + 1, t(tx), lvl + 1))
        elif is_bullet:
            o.append('<li>%s</li>' % t(tx))
        elif b['kind'] == 'item':
            mk, rest = split_marker(tx)
            o.append('<div class="item d%d"><span class="mk">%s</span>%s</div>' % (int(b.get('depth', 1)), html.escape(mk), t(rest)))
        else:
            cls = b.get('role') or ''
            if i == 0:
                cls = (cls + ' first').strip()
            o.append('<p%s>%s</p>' % (' class="%s"' % cls if cls else '', t(tx)))
    o.append('</ul>' * open_ul)
    o.append('</main></body></html>')
    return '\n'.join(o) + '\n'


def chromium_pdf(doc, s, base, url):
    h = base + '.html'
    open(h, 'w', encoding='utf-8').write(to_html(doc, s, url))
    exe = shutil.which('chromium') or shutil.which('chromium-browser') or shutil.which('google-chrome')
    if not exe:
        raise SystemExit('chromium not found: apt-get install -y chromium')
    prof = base + '-profile'
    cmd = [exe, '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check',
           '--user-data-dir=' + prof, '--run-all-compositor-stages-before-draw', '--no-pdf-header-footer',
           '--print-to-pdf=' + base + '.pdf', 'file://' + os.path.abspath(h)]
    r = subprocess.run(['timeout', '180'] + cmd, capture_output=True, text=True)
    if r.returncode or not os.path.exists(base + '.pdf'):
        raise SystemExit('chromium failed: ' + r.stderr[-2000:])
    return ' '.join(cmd)


# ------------------------------------------------------------------ extraction
def pdf_pages(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    m = re.search(r'^Pages:\s+(\d+)', out, re.M)
    return int(m.group(1)) if m else 0


def extract(pdf, how, txt):
    cmd = {'pdftotext': ['pdftotext', '-enc', 'UTF-8', pdf, txt],
           'pdftotext-layout': ['pdftotext', '-layout', '-enc', 'UTF-8', pdf, txt],
           'pdftotext-raw': ['pdftotext', '-raw', '-enc', 'UTF-8', pdf, txt],
           'mutool': ['mutool', 'draw', '-q', '-F', 'txt', '-o', txt, pdf]}[how]
    subprocess.run(cmd, check=True, capture_output=True)
    return ' '.join(cmd)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('doc')
    ap.add_argument('--engine', choices=['groff', 'chromium'])
    ap.add_argument('--paper', choices=sorted(PAPERS))
    ap.add_argument('--size', type=int)
    ap.add_argument('--columns', type=int, choices=[1, 2])
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--justify', dest='justify', action='store_true', default=None)
    g.add_argument('--ragged', dest='justify', action='store_false')
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--indent', dest='indent', action='store_true', default=None)
    g.add_argument('--block', dest='indent', action='store_false')
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--hyphenate', dest='hyphenate', action='store_true', default=None)
    g.add_argument('--no-hyphenate', dest='hyphenate', action='store_false')
    ap.add_argument('--header')
    ap.add_argument('--footer')
    ap.add_argument('--page-style', choices=PAGE_STYLES)
    ap.add_argument('--extract', choices=EXTRACTORS)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out', required=True)
    ap.add_argument('--pdf')
    ap.add_argument('--settings')
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args()
    doc = json.load(open(a.doc, encoding='utf-8'))
    s = draw_settings(a, doc['title'])
    name = os.path.splitext(os.path.basename(a.doc))[0]
    url = 'file:///home/user/Downloads/%s.html' % name
    work = tempfile.mkdtemp(prefix='typeset-')
    try:
        base = os.path.join(work, name)
        if s['engine'] == 'groff':
            cmd = groff_pdf(doc, s, base)
        else:
            cmd = chromium_pdf(doc, s, base, url)
        pdf = base + '.pdf'
        ex = extract(pdf, s['extract'], a.out)
        pages = pdf_pages(pdf)
        if a.pdf:
            shutil.copyfile(pdf, a.pdf)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # what was printed around the text, for scorers: the running texts and the page-number form
    spec = s['header'] + s['footer']
    if s['header'] == 'browser':
        spec = '{title}{date}{url}{page}'
    printed = {'title': running_title(doc['title'], s), 'short': short_title(doc['title']), 'date': s['date'], 'url': url}
    s2 = dict(s, doc=name, pages=pages, url=url,
              running=sorted(v for k, v in printed.items() if '{%s}' % k in spec),
              page_numbers=('N/M' if s['header'] == 'browser' else s['page_style']) if '{page}' in spec else None)
    if a.settings:
        json.dump(s2, open(a.settings, 'w', encoding='utf-8'), indent=1, ensure_ascii=False, sort_keys=True)
    if not a.quiet:
        print('%s: %s %s %dpt %dcol %s %s %s header=%r footer=%r page-style=%s %s -> %s (%d pages)' % (
            name, s['engine'], s['paper'], s['size'], s['columns'], 'justify' if s['justify'] else 'ragged',
            'indent' if s['indent'] else 'block', 'hyph' if s['hyphenate'] else 'nohyph', s['header'], s['footer'],
            s2['page_numbers'], s['extract'], a.out, pages), file=sys.stderr)


if __name__ == '__main__':
    main()
