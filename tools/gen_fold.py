#!/usr/bin/env python3
"""Generate src/core/fold_table.h: traditional -> simplified code points for
the characters of the form's labels, headings and the words the reader
looks for.  Pairs come from the form's wording in src/core/form.c (every
keyed simplified/traditional pair: labels, headings, row heads, printed
words; the label lists of the active sub-tables) plus the phrase pairs
below of wordings the form does not print (same length, aligned char by
char).  Run: python3 tools/gen_fold.py > src/core/fold_table.h

The pairs are checked and completed with opencc (s2t, s2tw, s2twp, t2s), so
that every phrase in any of those wordings folds back to the form's.  With
--variants it prints instead test/unit/words_variants.h: each phrase with
what each opencc configuration makes of it, for test_words.c."""
import re, subprocess, sys, os

here = os.path.dirname(os.path.abspath(__file__))
form = open(os.path.join(here, '..', 'src', 'core', 'form.c'), encoding='utf-8').read()

pairs = []
# A keyed entry of form.c's tables, {"key", "简体", "繁體", ...}, on one
# line or wrapped after a comma.
for m in re.finditer(r'\{"[a-z_.]+",\s*"([^"]*)",\s*"([^"]*)"', form):
    if not m.group(1).isascii():
        pairs.append((m.group(1), m.group(2)))
# An active sub-table, {"（一）", …}: its lists of labels are the columns
# and rows in simplified characters, then the same in traditional ones.
for m in re.finditer(r'^\t\{"（[^"]*）",(.*?\})\},$', form, re.S | re.M):
    lists = [re.findall(r'"([^"]*)"', x)
             for x in re.findall(r'\{((?:\s*"[^"]*",?)+)\}', m.group(1))]
    if len(lists) != 4:
        sys.exit("active sub-table with %d label lists, not 4" % len(lists))
    for s, t in zip(lists[0] + lists[1], lists[2] + lists[3]):
        pairs.append((s, t))

# Wordings reports print that are not the form's (variants, words of the
# narrative the reader looks for) and characters to fold besides.
EXTRA = """
因政府信息公开工作被申请行政复议 因政府信息公開工作被申請行政覆議
当前存在的主要问题及下步改进措施 當前存在的主要問題及下步改進措施
及整改情况 及整改情況
规范性档案 規範性檔案
采购项目数量 采購項目數量
本年增减 本年增減
增加减少 增加減少
主动公开发布条件项个 主動公開發佈條件項個
受理收到申请 受理收到申請
未收取任何信息处理费 未收取任何信息處理費
不存在收取 不存在收取
万元 萬元
反复 反覆
复议 覆議
这个们来会说国门关与体为东长时进过还实将发经点内区机构号务请应当据确视设计论际总义统县员监单议运杂让织级输历华专业严丛 這個們來會說國門關與體為東長時進過還實將發經點內區機構號務請應當據確視設計論際總義統縣員監單議運雜讓織級輸歷華專業嚴叢
问题进带开报处数产权识联络词条热门 問題進帶開報處數產權識聯絡詞條熱門
"""

# Headings and title words in their short and variant wordings (simplified
# only: their traditional forms come from opencc above).
HEADINGS = """
存在问题及改进情况 存在的问题及整改措施 存在的主要问题及下一步工作打算 问题和改进措施
政府信息公开行政复议行政诉讼情况 行政复议与行政诉讼情况 被申请行政复议提起行政诉讼情况
其他需要报告的事项 其他需要说明的事项 其他事项 第五部分 第六部分
主动公开政府信息情况 政府信息公开工作年度报告 年度报告 发布 项目 规范性文件
"""
for line in EXTRA.strip().splitlines():
    s, t = line.split()
    pairs.append((s, t))

# Every phrase the reader matches on, in simplified characters: the
# form's labels, the parser's keywords and headings, the EXTRA lines.
phrases = set()
# the stages that match words: the section headings, the matcher, settle,
# the narrative and metadata, and the PDF row stage the matcher hands rows
# to (page numbers, 第 3 页)
parse = ''.join(open(os.path.join(here, '..', 'src', 'core', f), encoding='utf-8').read()
                for f in ('sections.c', 'parse.c', 'settle.c', 'meta.c', 'rows_pdf.c'))
for text in (form, parse):
    # string literals, line by line, character literals ('"') taken out first
    for line in text.splitlines():
        line = re.sub(r"'(\\.|[^'\\])'", "''", line)
        for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', line):
            if re.search(r'[\u4e00-\u9fff]', m.group(1)) and '\\' not in m.group(1):
                phrases.add(m.group(1))
for s, _ in pairs:
    phrases.add(s)
phrases.update(HEADINGS.split())
phrases = sorted(phrases)


def opencc(config, lines):
    """lines through `opencc -c config`, one output line per input line"""
    out = subprocess.run(['opencc', '-c', config], input='\n'.join(lines) + '\n',
                         capture_output=True, text=True, check=True).stdout
    res = out.split('\n')[:len(lines)]
    if len(res) != len(lines):
        sys.exit('opencc %s: line count changed' % config)
    return res


# only phrases in simplified characters (form.c also holds the traditional
# labels, the stages a few traditional anchors)
phrases = [s for s, b in zip(phrases, opencc('t2s', phrases)) if s == b]

fold = {}


def add_pair(t, s):
    if t == s:
        return
    if t in fold and fold[t] != s:
        sys.exit("conflict for %s: %s vs %s" % (t, fold[t], s))
    fold[t] = s


for s, t in pairs:
    if len(s) != len(t):
        sys.exit("unaligned pair: %s %s" % (s, t))
    for a, b in zip(t, s):
        add_pair(a, b)

# Character conversions of s2t and s2tw (one character for one): each
# traditional character folds back to the simplified one it came from.
for config in ('s2t', 's2tw'):
    for s, t in zip(phrases, opencc(config, phrases)):
        if len(s) != len(t):
            sys.exit("%s changed the length of %s" % (config, s))
        for a, b in zip(t, s):
            if a not in fold and b not in fold:
                add_pair(a, b)

# s2twp also changes words (信息 → 資訊, 文件 → 檔案, 项目 → 專案, 发布 → 釋出).
# A character that t2s turns back into the one it replaced is a character
# pair; a run of characters that stays different is a word: the run, folded
# to simplified characters, becomes a phrase pair (资讯 → 信息).
phrase_pairs = {}
twp = opencc('s2twp', phrases)
for s, t in zip(phrases, twp):
    if len(s) != len(t):
        sys.exit("s2twp changed the length of %s (%s)" % (s, t))
chars = sorted({c for s, t in zip(phrases, twp) for a, c in zip(s, t) if a != c})
back = dict(zip(chars, opencc('t2s', chars)))
for s, t in zip(phrases, twp):
    run = []
    for k, (a, b) in enumerate(list(zip(s, t)) + [(None, None)]):
        word = a is not None and a != b and back[b] != a and fold.get(b) != a
        if word:
            run.append(k)
            continue
        if a is not None and a != b and not word:
            add_pair(b, a)
        if run:
            src_run = ''.join(back[t[k]] for k in run)
            dst_run = ''.join(s[k] for k in run)
            for k in run:
                if back[t[k]] != t[k]:
                    add_pair(t[k], back[t[k]])
            if src_run in phrase_pairs and phrase_pairs[src_run] != dst_run:
                sys.exit("phrase conflict for %s: %s vs %s (%s)" % (src_run, phrase_pairs[src_run], dst_run, s))
            phrase_pairs[src_run] = dst_run
            run = []
for a, b in phrase_pairs.items():
    if len(a) != 2 or any(ord(c) < 0x4E00 or ord(c) > 0x9FFF for c in a + b):
        sys.exit("phrase %s -> %s: only two ideographs are supported" % (a, b))

if sys.argv[1:] == ['--variants']:
    trad = sorted({t for _, t in pairs})
    print("/* Generated by tools/gen_fold.py --variants — do not edit. */")
    print("/* {phrase, the same through an opencc configuration} */")
    print("static const char *const words_variants[][2] = {")
    seen = set()
    for config, src in (('s2t', phrases), ('s2tw', phrases), ('s2twp', phrases),
                        ('t2s', trad)):
        for a, b in zip(src, opencc(config, src)):
            if a != b and (a, b) not in seen:
                seen.add((a, b))
                print('\t{"%s", "%s"},\t/* %s */' % (a, b, config))
    print("};")
    sys.exit(0)

# 覆 is also a simplified character (覆盖); folding it to 复 only matters
# for matching, where 覆议/反覆 mean 复议/反复.
simp = sorted({b for a, b in fold.items() if b not in fold and b != '复'} | {'复'})
print("/* Generated by tools/gen_fold.py — do not edit. */")
print("/* traditional code point -> simplified code point, sorted by the first */")
print("static const uint32_t gr_fold_pairs[][2] = {")
for a in sorted(fold):
    print("\t{0x%04X, 0x%04X},\t/* %s → %s */" % (ord(a), ord(fold[a]), a, fold[a]))
print("};")
print("#define GR_FOLD_NPAIRS (sizeof(gr_fold_pairs) / sizeof(gr_fold_pairs[0]))")
print()
print("/*")
print(" * Words that Taiwan's wording (opencc s2twp) puts in place of the form's,")
print(" * after folding character by character: the pair's first two code points")
print(" * are read as its last two.")
print(" */")
print("static const uint32_t gr_fold_words[][4] = {")
for a in sorted(phrase_pairs):
    b = phrase_pairs[a]
    print("\t{0x%04X, 0x%04X, 0x%04X, 0x%04X},\t/* %s → %s */" % (ord(a[0]), ord(a[1]), ord(b[0]), ord(b[1]), a, b))
print("};")
print("#define GR_FOLD_NWORDS (sizeof(gr_fold_words) / sizeof(gr_fold_words[0]))")
def bitfilter(name, cps):
    bits = [0] * 64
    for c in cps:
        k = c & 4095
        bits[k >> 6] |= 1 << (k & 63)
    print("static const uint64_t %s[64] = {" % name)
    for i in range(0, 64, 4):
        print("\t" + ", ".join("UINT64_C(0x%016X)" % b for b in bits[i:i + 4]) + ",")
    print("};")


# Filters for the folding hot path: bit (cp & 4095) is set when some code
# point of the set has those low bits; a clear bit means cp is not in it.
# (gr_fold_cp's; the fast path uses the exact bitmaps below.)
print()
bitfilter("gr_fold_filter", [ord(a) for a in fold] +
          [ord(a[1]) for a in phrase_pairs])


def bitmap(name, cps):
    """one bit per code point U+4000-U+9FFF (the three-byte sequences led
    by E4-E9): set for the code points given"""
    words = [0] * ((0xA000 - 0x4000) // 64)
    for c in cps:
        if 0x4000 <= c < 0xA000:
            k = c - 0x4000
            words[k >> 6] |= 1 << (k & 63)
    print("static const uint64_t %s[%d] = {" % (name, len(words)))
    for i in range(0, len(words), 4):
        print("\t" + ", ".join("UINT64_C(0x%016X)" % b for b in words[i:i + 4]) + ",")
    print("};")


# Exact sets for the folding hot path over the ideographs, where the
# filters above let common characters through: characters to fold or that
# end a word, and simplified characters to count.
print()
bitmap("gr_fold_bits", [ord(a) for a in fold] + [ord(a[1]) for a in phrase_pairs])
# For the script: characters in their traditional form (覆 is simplified
# too) and in their simplified form.
bitmap("gr_trad_bits", [ord(a) for a in fold if a != '覆'])
bitmap("gr_simp_bits", [ord(c) for c in simp])
