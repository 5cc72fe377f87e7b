"""Writes Tests/KBTests/Fixtures/hostile: the hostile input corpus and expected.tsv (run from anywhere)."""
# Writes the hostile input corpus of Tests/KBTests/Fixtures/hostile and its expected outcomes.
import os, random
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'hostile')
for f in os.listdir(out): os.remove(os.path.join(out, f))
rows = []
n = [0]
def add(name, data, outcome, ext='txt'):
    n[0] += 1
    fn = f'{n[0]:03d}-{name}.{ext}'
    with open(os.path.join(out, fn), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
    rows.append((fn, outcome))
good = 'Title of the piece\n\nNorth Korea said on Tuesday it would respond to the leaflets, report {0} said.\n\nSource:https://example.org/h/{0}\n'
def g(i): return good.format(i)
# empty and whitespace
add('empty', b'', 'rejected\tempty file')
for i, ws in enumerate([b'   ', b'\n\n\n', b'\t\t\n', '\u00a0\u00a0\n'.encode(), b'\r\n\r\n', b' \n \t \r\n']):
    add(f'whitespace-{i}', ws, 'rejected\twhitespace')
# binary
for i, b in enumerate([b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR', b'%PDF-1.4\n\x00\x01\x02', b'\x7fELF\x02\x01\x01\x00\x00', b'PK\x03\x04\x14\x00\x00\x00',
                       b'\x1f\x8b\x08\x00\x00\x00\x00\x00', 'Title\n\nNorth Korea'.encode('utf-16-le'), b'Title\n\nBody\x00text', bytes(range(0, 64))]):
    add(f'binary-{i}', b, 'rejected\tbinary file')
# invalid UTF-8
for i, b in enumerate([b'Title\n\nCaf\xe9 in Seoul\n', b'Title\n\n\x80 stray\n', b'Title\n\n\xc0\xaf overlong\n', b'Title\n\n\xed\xa0\x80 surrogate\n',
                       b'Title\n\nend \xe2\x82', b'Title\n\n\xff\xfe no', b'Title\n\n\x93smart quotes\x94 cp1252\n', b'\xa0Title\n\nbody\n']):
    add(f'not-utf8-{i}', b, 'rejected\tnot UTF-8')
# UTF-16 with BOM: converted and imported
for i, enc in enumerate(['utf-16-le', 'utf-16-be', 'utf-16-le', 'utf-16-be']):
    text = g(f'u16-{i}')
    bom = b'\xff\xfe' if enc == 'utf-16-le' else b'\xfe\xff'
    add(f'utf16-bom-{i}', bom + text.encode(enc), 'imported')
# HTML
for i, h in enumerate(['<!DOCTYPE html><html><body><p>North Korea</p></body></html>', '<html>\n<head><title>x</title></head>\n<body>text</body></html>',
                       '<div class="a">\n<p>North Korea said</p>\n<span>x</span><br>\n</div>', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>',
                       '\n\n   <!doctype HTML>\n<html lang="en"><body><article>News</article></body></html>', '<p>One</p>\n<p>Two</p>\n<div>Three</div>\n<a href="x">link</a>']):
    add(f'html-{i}', h, 'rejected\tlooks like HTML')
# no body
for i, t in enumerate(['Advertisement\nSubscribe\nSkip to main content\n', 'June 9, 2020\n\nSource:https://example.org/x\n', 'Source: https://example.org/only\n',
                       '---\n\n***\n\n...\n', 'By Jane Doe\nJune 9, 2020\n', '12345\n\n67890\n']):
    add(f'no-body-{i}', t, 'rejected\tno body text')
# no title
for i in range(5):
    add(f'no-title-{i}', f'North Korea blew up the office on Tuesday in a long opening paragraph number {i} that goes on well past any headline length, with many more words after it. It was a senseless act, officials said.\n\nSource:https://example.org/nt/{i}\n', 'warned\tno title')
# no source line
for i in range(5):
    add(f'no-source-{i}', f'Headline {i}\n\nNorth Korea said it would respond, report {i} said.\n', 'warned\tno source line')
# source not a URL
for i, src in enumerate(['Yonhap', 'KCNA via Reuters', 'www', 'ftp://example.org/x', 'the BBC, London']):
    add(f'source-not-url-{i}', f'Headline\n\nNorth Korea said it would respond, case {i}.\n\nSource: {src}\n', 'warned\tsource line is not a URL')
# unbalanced quotes
for i, q in enumerate(['\u201ca senseless act.', 'a senseless act\u201d.', '"a senseless act.', '\u201cone\u201d and \u201ctwo.', '"one" and "two.']):
    add(f'unbalanced-{i}', f'Headline\n\nThe ministry called it {q}\n\nSource:https://example.org/ub/{i}\n', 'warned\tunbalanced quote marks')
# nested quotes: normal
for i, q in enumerate(['\u201cShe said \u2018no\u2019 to us\u201d', '"He called it \'a test\' again"', '\u201cThey wrote \u201cinner\u201d words\u201d']):
    add(f'nested-quotes-{i}', f'Headline\n\nThe ministry said {q}, officials added.\n\nSource:https://example.org/nq/{i}\n', 'imported')
# thousands of quote marks
add('many-quotes-odd', 'Headline\n\nHe said ' + '"' * 3001 + '\n\nSource:https://example.org/mq1\n', 'warned\tunbalanced quote marks')
add('many-quotes-even', 'Headline\n\nHe said ' + '\u201cx\u201d ' * 2000 + '\n\nSource:https://example.org/mq2\n', 'imported')
add('many-single-quotes', 'Headline\n\nNorth Korea said ' + "'a' " * 2000 + '\n\nSource:https://example.org/mq3\n', 'imported')
# repeated names
add('repeated-names', 'Headline\n\n' + 'Kim Jong Un met Kim Yo Jong and Kim. ' * 800 + '\n\nSource:https://example.org/rn1\n', 'imported')
add('repeated-kim', 'Headline\n\n' + 'Kim ' * 5000 + 'said.\n\nSource:https://example.org/rn2\n', 'imported')
add('repeated-states', 'Headline\n\n' + 'North Korea and South Korea, ' * 1500 + 'met.\n\nSource:https://example.org/rn3\n', 'imported')
# control characters
for i, c in enumerate(['\x07', '\x1b[31m', '\x0b\x0c', '\x7f\x85']):
    add(f'control-{i}', f'Headline\n\nNorth{c} Korea said{c} it would respond, control case {i}.\n\nSource:https://example.org/cc/{i}\n', 'imported')
# right to left
for i, t in enumerate(['الكوريتان تتفقان على السلام', 'שלום בין הקוריאות', 'North Korea said السلام peace']):
    add(f'rtl-{i}', f'Headline\n\n{t}.\n\nSource:https://example.org/rtl/{i}\n', 'imported')
# Korean
for i, t in enumerate(['북한이 개성공단의 남북공동연락사무소를 폭파했다.', '김여정 노동당 부부장은 담화를 발표했다.', '남북 정상은 판문점에서 만났다.', '통일부는 유감을 표명했다.']):
    add(f'korean-{i}', f'남북관계 {i}\n\n{t}\n\nSource:https://example.org/ko/{i}\n', 'imported')
# BOM and CRLF
add('utf8-bom', '\ufeff' + g('bom'), 'imported')
add('crlf', g('crlf').replace('\n', '\r\n'), 'imported')
add('cr-only', g('cr').replace('\n', '\r'), 'imported')
add('nbsp-everywhere', g('nbsp').replace(' ', '\u00a0'), 'imported')
# junk before headline, captions, datelines
add('junk-before-title', 'Skip to main content\nMenu\nHome\n' + g('junk'), 'imported')
add('caption', 'Headline\n\nPhoto: Kim Yo Jong (KCNA via Reuters)\nNorth Korea said it would respond to the captioned photo.\n\nSource:https://example.org/cap\n', 'imported')
add('dateline', 'Headline\n\nSEOUL, Oct 15 2024 - North Korea blew up roads.\n\nSource:https://example.org/dl\n', 'imported')
# YAML: malformed
for i, y in enumerate(['kb: annotation/1\narticle: [unclosed\n', 'kb: annotation/1\narticle:\n  source_url: "unterminated\n', 'kb: annotation/1\n\tbad: tab indent\n', 'kb: annotation/1\narticle: {a: 1, a: 2}\n']):
    add(f'yaml-malformed-{i}', y, 'rejected\tmalformed YAML', 'yaml')
# YAML: unknown ids
for i, body in enumerate(['actors: [no-such-actor]\n', 'places: [atlantis]\n', 'events:\n  - {code: "1712", source: nobody}\n', 'quotes:\n  - {text: x, speaker: nobody}\n']):
    add(f'yaml-unknown-id-{i}', f'kb: annotation/1\narticle:\n  source_url: https://example.org/y/{i}\n{body}', 'rejected\tunknown', 'yaml')
# YAML: bad dates
for i, d in enumerate(['2020-13-01', '2020-02-30', 'June 2020']):
    add(f'yaml-bad-date-{i}', f'kb: annotation/1\narticle:\n  source_url: https://example.org/d/{i}\nevents:\n  - {{code: "1712", date: "{d}"}}\n', 'rejected\tnot a date', 'yaml')
# YAML: bad codes
for i, c in enumerate(['9999', '1', 'abc']):
    add(f'yaml-bad-code-{i}', f'kb: annotation/1\narticle:\n  source_url: https://example.org/c/{i}\nevents:\n  - {{code: "{c}"}}\n', 'rejected\tunknown CAMEO code', 'yaml')
# YAML: alias bombs
bomb = 'kb: annotation/1\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\narticle:\n  source_url: https://example.org/bomb\n'
add('yaml-alias-bomb', bomb, 'rejected\tnot allowed', 'yaml')
add('yaml-gazetteer-alias-bomb', bomb.replace('annotation/1', 'gazetteer-actors/1'), 'rejected\tnot allowed', 'yaml')
# YAML: header problems
add('yaml-no-header', 'just: yaml\n', 'rejected\tnot a kb YAML file', 'yaml')
add('yaml-wrong-header', 'kb: something/9\n', 'rejected\tnot a kb YAML file', 'yaml')
# gazetteer YAML with errors
add('gazetteer-duplicate', 'kb: gazetteer-actors/1\nactors:\n  - {id: zz-a, name: ZZ A, kind: state}\n  - {id: zz-a, name: ZZ B, kind: state}\n', 'rejected\tduplicate actor id', 'yaml')
add('gazetteer-bad-kind', 'kb: gazetteer-places/1\nplaces:\n  - {id: zz-p, name: ZZ P, kind: planet}\n', 'rejected\tunknown kind', 'yaml')
# plain good ones, to show the rest of the batch imports
for i in range(4):
    add(f'good-{i}', g(f'good-{i}'), 'imported')
with open(os.path.join(out, 'expected.tsv'), 'w') as f:
    f.write('# file\toutcome\tdetail (rejected: a phrase of the reason; warned: the warning prefix)\n')
    for fn, o in rows: f.write(f'{fn}\t{o}\n')
print(len(rows), 'files')
