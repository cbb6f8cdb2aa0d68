"""Width and punctuation normalisation; never changes the text's length.

Scraped Chinese text mixes ASCII and full-width forms (the seed writes
``新聞來源:眉山網`` and ``,`` next to ``“”``).  Digits and Latin letters become
ASCII so numbers parse one way; sentence punctuation between Chinese text
becomes full-width so sentence splitting sees one comma, one colon (and
an ASCII full stop becomes 。 in an article that ends its sentences with it);
corner-bracket quotes become curly quotes so quoted names look alike in every
script.  Separators inside numbers (``18,000``, ``10:25``, ``1.8``) stay.
"""

from __future__ import annotations

import re

_TABLE: dict[int, int | str] = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_TABLE.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_TABLE.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_TABLE.update(
    {
        ord("％"): "%",
        ord("＋"): "+",
        ord("．"): ".",
        ord("／"): "/",
        ord("＃"): "#",
        ord("「"): "“",
        ord("」"): "”",
        ord("『"): "‘",
        ord("』"): "’",
        ord("\t"): " ",  # a tab is a space to every rule (some sites indent or separate with it)
        ord("\u3000"): " ",
        ord("\xa0"): " ",
        ord("\u2002"): " ",
        ord("\u2003"): " ",
        ord("\u2009"): " ",
        ord("\ufeff"): " ",
        ord("\u200b"): " ",
    }
)

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# ASCII punctuation that is not inside a number or a Latin word.
# (One class: an alternation of classes would stop the regex engine from skipping ahead.)
_ASCII_PUNCT = re.compile(r"[,:;?!()]")


def _full(m: re.Match[str]) -> str:
    ch, s, i = m.group(), m.string, m.start()
    prev, nxt = s[i - 1 : i], s[i + 1 : i + 2]
    if ch in "()":
        return _FULL[ch]
    if prev.isdigit() and nxt.isdigit():  # 18,000 and 10:25 stay
        return ch
    if prev.isascii() and prev.isalnum() and nxt.isascii() and (nxt.isalnum() or nxt == "/"):
        return ch  # Latin text and URLs
    return _FULL[ch]


# str.translate looks every character up in the table; most articles hold a
# handful of wide forms, so find them first and translate only those.
# Written X X* rather than X+: a pattern opening with a class, not a repeat, lets
# the regex engine skip to the next wide character in C (2.4x faster).
WIDE_CLASS = "".join(re.escape(chr(cp)) for cp in sorted(_TABLE))  # (the inside of a class of them)
_WIDE_CHAR = "[" + WIDE_CLASS + "]"
_WIDE = re.compile(_WIDE_CHAR + _WIDE_CHAR + "*")


# A mark beside a Han character is widened whatever stands on its other side (_full keeps a mark
# only between digits or Latin letters): one substitution of a plain string a mark, in C, does
# most marks of an article (4 in 5 of dev + fit's), and _full is called for the rest only.
# (The rest read the same neighbours either way: a mark widened here is no digit or letter.)
# (the mark first, the look-behind after it: the engine skips from mark to mark as str.find does)
_BESIDE_HAN = {
    ch: re.compile(rf"{re.escape(ch)}(?:(?<=[\u4e00-\u9fff]{re.escape(ch)})|(?=[\u4e00-\u9fff]))") for ch in ",:;?!"
}


def _widen_punctuation(text: str) -> str:
    """``_ASCII_PUNCT.sub(_full, text)``."""
    for ch, beside_han in _BESIDE_HAN.items():
        if ch in text:
            text = beside_han.sub(_FULL[ch], text)
    if any(c in text for c in ",:;?!"):
        text = _ASCII_PUNCT.sub(_full, text)
    return text


# A fraction written the Hong Kong way, 份之 for 分之 (百份之五, 三份之一), becomes the one form the number
# parser reads: only between numerals (一份之前的报告 is a copy, not a fraction).
_NUMERAL = "0-9零〇一二两兩三四五六七八九十百千万萬亿億"
_FEN_ZHI = re.compile(f"(?<=[{_NUMERAL}])份之(?=[{_NUMERAL}])")


# An ASCII full stop that ends a Chinese sentence (增长10%.下一步; 第1.工业增加值): after Han text, a
# closing quote or bracket, a percent sign or a unit symbol (1081.4㎡.), and not before another dot, a
# path or an address; before Latin text only where that text is no file type or domain (领导.PM2.5
# 浓度, but 通知.pdf and 新华网.cn stay); or after a figure that follows Han text or a ratio's colon,
# before Han text; or after a Latin acronym that follows Han text (贡献了六成的GDP.), before Han text
# or a line's end.  Only in an article that ends its sentences this way more often than with 。:
# elsewhere such a dot is more often the dot inside a transliterated name (迈克.内维尔) or a title
# (《轩辕剑外传.汉之云》).
# (The dot comes first and the look-behind holds it too: the engine skips from dot to dot in C.)
_NO_STOP_AFTER = (
    r"(?![._@-]|/[\x21-\x7e])"
    r"(?!(?i:pdf|docx?|xlsx?|pptx?|wps|ofd|txt|zip|rar|jpe?g|png|gif|s?html?|cn|com|net|org|gov|edu)(?![A-Za-z]))"
)
_HAN_STOP = re.compile(r"\.(?<=[\u4e00-\u9fff”’）」』%‰㎡㎢㎞㎏℃]\.)" + _NO_STOP_AFTER)
_FIGURE_STOP = re.compile(
    r"(?:(?<=[\u4e00-\u9fff∶][0-9])|(?<=[\u4e00-\u9fff∶][0-9][0-9]))\.(?![.A-Za-z/_@-])(?=[\u4e00-\u9fff“（])"
)
_ACRONYM_STOP = re.compile(
    "|".join(rf"(?<=[\u4e00-\u9fff][A-Z]{{{n}}})\.(?=[\u4e00-\u9fff“（<\n]|\Z)" for n in range(2, 6))
)
_MIN_ASCII_STOPS = 2


def _full_stops(text: str) -> str:
    stops = len(_HAN_STOP.findall(text))
    if stops < _MIN_ASCII_STOPS or stops <= text.count("。"):
        return text
    return _ACRONYM_STOP.sub("。", _FIGURE_STOP.sub("。", _HAN_STOP.sub("。", text)))


# ASCII double quotes around Chinese text ("四个凿实"抓好…) become curly ones, so quoted names read
# as every rule expects: each one beside a non-ASCII character opens or closes by what the line's
# quote marks before it left open (a curly pair may mix with it: "小医生们”).  Quotes between ASCII
# characters (code, Latin text) stay.
_QUOTE_MARKS = re.compile('[“”"]')


# A full-width comma between a figure and three digits is a thousands separator (18，000元), as the
# ASCII one is; a list of figures is written with 、 and its items are not groups of three.  Not
# after a figure a currency sign opens: $20，300美圆 is two prices (Recognizers-Text's currency spec),
# unless the figure runs on in two groups or more (￥1，234，567): two prices never split so.
_WIDE_THOUSANDS = re.compile(r"，(?<=[0-9]，)(?=[0-9]{3}(?![0-9]))")
_FIGURE_BEFORE = re.compile(r"[0-9,，]*\Z")
_CURRENCY_SIGNS = frozenset("$￥¥€£")
_GROUPED_FIGURE = re.compile(r"[0-9]{1,3}(?:，[0-9]{3}){2,}(?![0-9])")


def _thousands(m: re.Match[str]) -> str:
    s = m.string
    figure = _FIGURE_BEFORE.search(s, max(0, m.start() - 24), m.start())  # (always found: it may be empty)
    start = m.start() if figure is None else figure.start()
    if s[start - 1 : start] not in _CURRENCY_SIGNS:
        return ","
    return "," if _GROUPED_FIGURE.match(s, start) else "，"


def _curly_quotes(line: str) -> str:
    chars = list(line)
    is_open = False
    for m in _QUOTE_MARKS.finditer(line):
        i, ch = m.start(), m.group()
        if ch != '"':
            is_open = ch == "“"
            continue
        before, after = line[i - 1 : i], line[i + 1 : i + 2]
        if (before.isascii() or before.isspace()) and (after.isascii() or after.isspace()):
            continue
        chars[i] = "”" if is_open else "“"
        is_open = not is_open
    return "".join(chars)


# Some sites quote with ‘’ (or 『』) where the rest write “”: in an article with no double quote at all,
# a ‘’ pair beside non-ASCII text (inside it or around it: “e”起节电) is the article's quote and becomes
# “”, so quoted names read as every rule expects; a pair nested in another stays ‘’, as the article
# would nest it.  An apostrophe (it’s, O’Neil, Na’Vi: between two Latin letters or digits) is no mark
# of a pair, and a pair in Latin text (he said ‘yes’ to it) stays.
_SINGLE_MARKS = re.compile("[‘’]")


def _double_single_quotes(line: str) -> str:
    opened: list[int] = []
    pairs: list[tuple[int, int, int]] = []  # (opening, closing, the opening of the pair around it or -1)
    for m in _SINGLE_MARKS.finditer(line):
        i = m.start()
        before, after = line[i - 1 : i], line[i + 1 : i + 2]
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            continue  # an apostrophe
        if m.group() == "‘":
            opened.append(i)
        elif opened:
            start = opened.pop()
            pairs.append((start, i, opened[-1] if opened else -1))
    closed = {start for start, _, _ in pairs}
    chars = list(line)
    for start, end, outer in pairs:
        beside = line[max(0, start - 1) : start] + line[start + 1 : end] + line[end + 1 : end + 2]
        if outer not in closed and not beside.isascii():
            chars[start], chars[end] = "“", "”"
    return "".join(chars)


def _narrow(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


# Every character other than ASCII that normalize_widths writes (a narrowed form, a widened mark, a
# curly quote, a full stop, 分 of 分之): none is of those OpenCC changes (normalize.quiet checks).
WRITTEN = "".join(sorted({v for v in _TABLE.values() if isinstance(v, str)} | set(_FULL.values()) | set("。“”‘’分，")))


def normalize_widths(text: str, *, wide: bool = True) -> str:
    """``text`` with its widths and punctuation normalised.  ``wide=False``: the caller knows it
    holds none of the wide forms (``normalize.quiet``), which are not looked for then."""
    out = _WIDE.sub(_narrow, text) if wide else text
    if '"' in out:  # read before the ASCII punctuation beside a quote is widened (code stays code)
        out = "\n".join(_curly_quotes(line) if '"' in line else line for line in out.split("\n"))
    if "‘" in out and "“" not in out and "”" not in out:
        out = "\n".join(_double_single_quotes(line) if "‘" in line else line for line in out.split("\n"))
    # Brackets always become full-width, and no rule of _full reads a bracket
    # beside a comma or colon differently in either width: str.replace does
    # them (two in three punctuation marks here) without a Python call each,
    # and the pattern runs only where one of the others is left.
    if "(" in out:
        out = out.replace("(", "（")
    if ")" in out:
        out = out.replace(")", "）")
    if any(c in out for c in ",:;?!"):
        out = _widen_punctuation(out)
    if "份之" in out:
        out = _FEN_ZHI.sub("分之", out)
    if "." in out:
        out = _full_stops(out)
    if "，" in out:
        out = _WIDE_THOUSANDS.sub(_thousands, out)
    if "\r" in out:
        # Windows line ends: the rules read a line end as "\n" and ignore trailing spaces, so "\r\n"
        # becomes " \n" (one for one); an old Mac's lone "\r" is a line end.
        out = out.replace("\r\n", " \n").replace("\r", "\n")
    return out
