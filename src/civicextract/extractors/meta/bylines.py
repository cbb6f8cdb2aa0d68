"""Bylines, photo credits and bracketed name credits.

* role runs ``□眉山网记者 余毅``, ``极目新闻记者 刘俊华通讯员 周宜 王梦圆``,
  ``大众网记者 张艺馨 青岛报道``, ``（图/文 王琴 赖叙）``, ``作者：马莉莎``,
  ``文/北京青年报记者 李涛``, ``记者 王芳 见习记者 周敏``;
* photo credits ``李军广 摄``, ``张伟摄``, ``（李军 摄）``, ``摄影 华小峰``;
* names alone in a bracket closing a paragraph (``（黄永 黄珊）``,
  ``（甘肃省宕昌县委宣传部 刘国庆）``), contributors (``（综合任旭、刘宝瑞等来稿）``)
  and Hong Kong column bylines (``【某某·专栏】``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .found import FROM_BYLINE, Found
from .lexicon import (
    DESK_TAIL,
    HAN,
    NAME,
    NAME_END,
    NAMES,
    ONE_NAME,
    ROLE,
    ROLE_FIRST,
    SEP,
    STOP,
    clean_outlet,
    is_credit_name,
    is_outlet,
    is_own_paper,
    is_person_name,
    name_lexicons,
    outlet_pattern,
    unlisted_outlet,
)

# A run of roles and names: 记者 张三 李四 通讯员 王五, with the outlet before
# it and a ``place报道`` after it.  (The outlet, read lazily, ends only where a
# role may start: the look-ahead spares the look-behinds and the role's
# alternatives at every other length; 3x faster on a failed match.)
BYLINE = re.compile(
    rf"""(?P<outlet>(?:[文图]/)?[{HAN}]{{2,12}}?(?:[、/][{HAN}]{{2,12}}?)*(?=[{ROLE_FIRST}])(?<!特约)(?<!全媒体)(?<!融媒体)(?<!首席)(?<!主任)(?<!见习)(?<!资深))?
    (?P<run>(?:{ROLE}[：:]?{SEP}*{NAMES})+)
    (?:[{HAN}]{{2,6}}?报道|\d{{1,2}}月\d{{1,2}}日(?:电|讯|报道)[：:]?)?""",
    re.VERBOSE,
)
# The core of every role, as plain alternatives the regex engine scans for quickly;
# 全媒体首席记者 is found at its 记者 and matched from up to _OUTLET_REACH before.
# (文/|图/ spelt out: one branch opening with a class instead of a character
# stops the engine from skipping to the roles' first characters, 3.5x slower)
_ROLE_WORD = re.compile("记者|通讯员|实习生|摄影|作者|撰文|采写|文/|图/|文｜|图｜|文\\||图\\||文：|图：|文:|图:")
# The last character before a role word that no outlet holds.
_NOT_OUTLET_TO_END = re.compile(rf"[^{HAN}、/][{HAN}、/]*\Z")
# How far before its role word a byline may start: 文/ + an outlet list such as 沈阳晚报、沈报全媒体.
_OUTLET_REACH = 40
_ROLE_NAMES = re.compile(rf"{ROLE}[：:]?{SEP}*({NAMES})")
_COLON_ROLE = re.compile(rf"{ROLE}[：:]")
# After a ``记者：`` run, a byline ends its line or meets the next credit; a
# sentence after it (``记者：李部长，您好``) makes it an interview turn.
_BYLINE_AFTER_COLON = re.compile(rf"[ \t]*(?:\n|$|[）)\]】（(\[【*|]|{STOP}|{ROLE})")
# A role word after these is the body speaking of a reporter: 见记者时表示, 回应记者查询.
_BODY_BEFORE_ROLE = re.compile(r"(?:[见对向被跟让和与及等名位的]|告诉|回应|接受|答复|回答|面对|陪同)$")
PHOTO = re.compile(
    rf"(?:(?<=[\s。！？；）)（(】”])|^)(?P<name>{NAME}){SEP}*摄(?![像影制入取氏录])",
    re.MULTILINE,
)
_PARAGRAPH_END = "。！？”…"
# Names alone in a bracket: （黄永 黄珊）, （陈健贤）, （甘肃省宕昌县委宣传部 刘国庆）.
_CLOSING = re.compile(
    rf"[（(](?:(?P<org>[{HAN}]{{3,16}}?[部委局办厅站所院队团会报台网社馆室组中心]){SEP}+)?"
    rf"(?P<names>{NAME}(?:(?:{SEP}+|、){NAME}){{0,7}}){SEP}*[）)]"
)
_AFTER_CLOSING = re.compile(rf"[ \t]*(?:\n|$|[（(\[【]|来源|返回|{STOP})")
_CONTRIBUTED = re.compile(rf"综合(?P<names>{NAME}(?:、{NAME}){{0,20}})等(?:来稿|报道)")
_FOOTER_ZONE = 400
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_OUTLET_IN_RUN = re.compile(rf"[：:]{SEP}*(?P<o>[{HAN}]{{2,12}}?)(?={ROLE})")
_CLOSE_PHOTO = re.compile(rf"(?:{SEP}*摄)?[）)]")
_ORGISH = re.compile("[委局部办厅院所站队会]$")
# The desk words that open a footer's credits, spelt out so the engine skips to them.
_DESK = re.compile("责任编辑|编辑|责编|校对|审校|审核|监制|返回")
_OUTLET_AND_NAME = re.compile(rf"(?:(?<=[。！？”\s])|^)(?P<outlet>[{HAN}]{{2,12}}){SEP}+(?P<name>{NAME}){SEP}*$")
_MARKED_NAME = re.compile(rf"\s*[□■◆][ \t]*(?P<name>{NAME})(?=[ \t\n]|\d)")
_COLUMN = re.compile(rf"【(?P<name>[{HAN}]{{2,4}})[·・]专栏】")  # ・ as Hong Kong sites write it


def byline_matches(text: str) -> Iterator[re.Match[str]]:
    """``BYLINE.finditer(text)``, tried only near a role word.

    A byline holds a role word and its outlet is at most a few words long, so
    the pattern is matched at the few positions before each role instead of
    at every position of the text: the same matches, at a tenth of the cost.
    """
    pos = 0
    named = -1  # the last role word with a name after it
    for r in _ROLE_WORD.finditer(text):
        if r.start() < pos or not _ROLE_NAMES.match(text, r.start()):
            continue  # a role word with no name after it (记者了解到) starts no byline run
        lo = max(pos, r.start() - _OUTLET_REACH)
        if named < lo:
            # A run starts at most 7 characters before a named role word
            # (全媒体首席特约记者), and with none in the window but this one, a
            # match starting in it reads its outlet (Han, 、 and / only) up to
            # this role's run: it starts after the last other character.
            other = _NOT_OUTLET_TO_END.search(text, lo, r.start())
            if other is not None:
                lo = other.start() + 1
        named = r.start()
        for s in range(lo, r.start() + 1):
            m = BYLINE.match(text, s)
            if m:
                yield m
                pos = max(m.end(), s + 1)
                break


def photo_matches(text: str) -> Iterator[re.Match[str]]:
    """``PHOTO.finditer(text)``, tried only just before each ``摄``."""
    pos = 0
    for q in re.finditer("摄", text):
        for s in range(max(pos, q.start() - 14), q.start()):
            m = PHOTO.match(text, s)
            if m:
                yield m
                pos = m.end()
                break


def _names(run: str, offset: int, *, closed: bool = False, own_line: bool = False) -> list[tuple[int, str]]:
    """Names of a role run.  In a closed bracket (``（记者 苍雁 石洪宇）``) or a
    labelled credit every name-shaped word is a name; so it is in a byline that
    is a line of its own, when a space parts the name from its role (``记者 仉英``,
    not ``记者招待会``); elsewhere the surname lexicon must agree."""
    out = []
    for m in _ROLE_NAMES.finditer(run):
        spaced = m.start(1) > m.start() and run[m.start(1) - 1] in " \t：:"
        for n in _tokens(m.group(1)):
            name = n.group()
            if name.endswith("报道") and is_person_name(name[:-2]):
                name = name[:-2]  # 记者王芳 李强报道：
            if is_outlet(name):
                continue  # 采写：南都记者…: the outlet, not a person
            # Outside the surname lexicon only where the layout says it is a name, and
            # never an office (通讯员：团市委).
            labelled = closed or (own_line and (spaced or n.start() > 0))
            if is_person_name(name) or (labelled and is_credit_name(name) and not _ORGISH.search(name)):
                out.append((offset + m.start(1) + n.start(), name))
    return out


class _Token:
    """A name of a run, as a match would give it: ``group()`` and ``start()``."""

    def __init__(self, name: str, start: int) -> None:
        self.name, self.begin = name, start

    def group(self) -> str:
        return self.name

    def start(self) -> int:
        return self.begin


def _tokens(names: str) -> list[_Token]:
    """The names of a run; a two-character name typeset with a space inside it
    (``王　芳``, as papers align bylines) is one name."""
    single = name_lexicons()[0]
    out = [_Token(n.group(), n.start()) for n in ONE_NAME.finditer(names)]
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        gap = names[a.begin + 1 : b.begin]
        if len(a.name) == 1 and len(b.name) == 1 and a.name in single and gap and not gap.strip():
            out[i : i + 2] = [_Token(a.name + b.name, a.begin)]
        i += 1
    return out


def bylines(text: str, f: Found) -> None:
    for m in byline_matches(text):
        raw_outlet, begin = m.group("outlet"), m.start()
        listed = outlet_pattern().search(raw_outlet) if raw_outlet else None
        if (
            listed
            and listed.start() > 0
            and raw_outlet[listed.start() - 1] != "/"
            and not (listed.start() <= 2 and is_outlet(raw_outlet))  # 黔东南网: the name holds a listed one
        ):
            # A headline glued before the outlet: 原标题：新县爱心助农河南日报客户端记者…
            begin += listed.start()
            raw_outlet = raw_outlet[listed.start() :]
        outlet = clean_outlet(raw_outlet)
        if outlet is None and raw_outlet and (_credit_in_bracket(text, begin, m.end()) or _credit_line(text, begin, m.end())):
            # （蓝海湾记者王阳）, a line 冀云记者 王芳 通讯员 李强: nothing else than a credit
            outlet = unlisted_outlet(re.sub(r"^[文图]/", "", raw_outlet))
        if outlet is None and raw_outlet and not is_own_paper(raw_outlet):
            # The words before the role are body text, not an outlet: 该局记者…
            start = m.start("run")
            outlet_trail = re.search(r"[文图]/$", raw_outlet)
            if outlet_trail:
                start -= len(outlet_trail.group())
            if _BODY_BEFORE_ROLE.search(text, max(0, start - 2), start):
                continue  # 见记者时表示: the body speaking of a reporter
        else:
            start = begin
        s, e = start, m.end()
        close = _CLOSE_PHOTO.match(text, e)  # （通讯员 仉英 摄）: the 摄 closes it too
        closed = s > 0 and text[s - 1] in "（(" and close is not None
        if _COLON_ROLE.search(m.group("run")) and not closed and not _BYLINE_AFTER_COLON.match(text, e):
            continue  # 记者：李部长，您好 opens an interview turn, not a byline
        # A labelled credit standing alone (作者：朝阳 before 来源：) is as sure as a bracket.
        names = _names(
            m.group("run"),
            m.start("run"),
            closed=closed or _COLON_ROLE.search(m.group("run")) is not None,
            own_line=_LINE_END.match(text, e) is not None,
        )
        if not names:
            continue
        if outlet is None:
            # 采写：南都记者陈斌颖: the outlet stands after a labelled credit's colon.
            inside = _OUTLET_IN_RUN.search(m.group("run"))
            outlet = clean_outlet(inside.group("o")) if inside else None
        if outlet:
            f.source(outlet, FROM_BYLINE, begin)
        for pos, name in names:
            f.reporter(name, pos)
        if closed:
            s, e = s - 1, close.end()
        else:
            if text[e - 2 : e] == "报道" and text[e : e + 1] in ("：", ":"):
                e += 1  # 记者王芳 李强报道：
            tail = DESK_TAIL.match(text, e)
            e = tail.end() if tail else e
        f.spans.append((s, e, "byline"))

    for m in photo_matches(text):
        if is_person_name(m.group("name")):
            f.reporter(m.group("name"), m.start())
            s, e = m.span()
            if s > 0 and text[s - 1] in "（(" and text.startswith(("）", ")"), e):
                s, e = s - 1, e + 1  # （李军 摄）
            f.spans.append((s, e, "byline"))


def _open_brackets(text: str) -> Iterator[int]:
    """Where each ``（`` or ``(`` is, in order (str.find: a regex class of two
    characters tests every character against both, 10x slower)."""
    i, j = text.find("（"), text.find("(")
    while i >= 0 or j >= 0:
        if j < 0 or 0 <= i < j:
            yield i
            i = text.find("（", i + 1)
        else:
            yield j
            j = text.find("(", j + 1)


def _credit_line(text: str, s: int, e: int) -> bool:
    """A byline that is a whole line: 冀云记者 王芳 通讯员 李强."""
    return (s == 0 or text[s - 1] == "\n") and _LINE_END.match(text, e) is not None


def _credit_in_bracket(text: str, s: int, e: int) -> bool:
    """A bracket holding just this byline, closing a paragraph: （新华每日电讯记者王阳）."""
    return (
        s > 0
        and text[s - 1] in "（("
        and text[e : e + 1] in ("）", ")")
        and (s == 1 or text[s - 2] in _PARAGRAPH_END + "\n")
        and _AFTER_CLOSING.match(text, e + 1) is not None
    )


# Names alone after the last sentence, before the portal's footer or the end:
# 。黄永 黄珊 刘伟返回搜狐 (a scrape drops the bracket and may glue two names).
# (each word runs to its end or to 返回: a failed match is not retried at every shorter cut)
_WORD = rf"[{HAN}]{{2,6}}(?:(?![{HAN}])|(?=返回))"
_TRAILING = re.compile(
    rf"(?<=[。！？”])[ \t]*(?P<names>{_WORD}(?:[ \t　]+{_WORD}){{1,7}})[ \t]*(?=返回|\n|$)"
)
_TRAILING_ZONE = 200
_DESK_OR_ROLE = re.compile(f"{ROLE}|{STOP}|摄")


def _split_glued(token: str) -> list[str] | None:
    """A token of one name, or of two glued (冯森达王雅 -> 冯森达, 王雅: three then two)."""
    if is_person_name(token):
        return [token]
    for cut in (3, 2):
        a, b = token[:cut], token[cut:]
        if len(token) >= 5 and is_person_name(a) and is_person_name(b):
            return [a, b]
    return None


def _trailing_names(text: str, f: Found) -> None:
    m = _TRAILING.search(text, max(0, len(text) - _TRAILING_ZONE))
    if m is None or _DESK_OR_ROLE.search(m.group("names")):
        return
    found = []
    for t in re.finditer(f"[{HAN}]+", m.group("names")):
        names = _split_glued(t.group())
        if names is None:
            return
        off = m.start("names") + t.start()
        for n in names:
            found.append((off, n))
            off += len(n)
    for off, n in found:
        f.reporter(n, off)
    f.spans.append((m.start("names"), m.end(), "byline"))


def credits(text: str, f: Found) -> None:
    """Bracketed names closing a paragraph, contributor lists, column bylines and
    an outlet with its reporter before the desk's credits (上游新闻 杜瑜编辑：…)."""
    for m in _DESK.finditer(text, max(0, len(text) - _FOOTER_ZONE)):
        o = _OUTLET_AND_NAME.search(text, max(0, m.start() - 24), m.start())
        if o and is_outlet(o.group("outlet")) and is_person_name(o.group("name")):
            f.source(o.group("outlet"), FROM_BYLINE, o.start())
            f.reporter(o.group("name"), o.start("name"))
            f.spans.append((o.start(), o.end(), "byline"))
            break
    for s in _open_brackets(text):
        if s > 0 and text[s - 1] not in _PARAGRAPH_END + "\n）)":
            continue  # 市长（张三）: a name in a sentence
        m = _CLOSING.match(text, s)
        if m is None:
            continue
        e = m.end()
        if not _AFTER_CLOSING.match(text, e):
            continue
        names = re.split(rf"(?:{SEP}|、)+", m.group("names"))
        if not all(is_person_name(n) for n in names):
            continue
        off = m.start("names")
        for n in names:
            off = text.index(n, off)
            f.reporter(n, off)
        f.spans.append((s, e, "byline"))
    if "等" in text:
        for m in _CONTRIBUTED.finditer(text):
            names = m.group("names").split("、")
            if all(is_person_name(n) for n in names):
                s, e = m.span()
                if s > 0 and text[s - 1] in "（(" and text.startswith(("）", ")"), e):
                    s, e = s - 1, e + 1
                off = m.start("names")
                for n in names:
                    off = text.index(n, off)
                    f.reporter(n, off)
                f.spans.append((s, e, "byline"))
    _trailing_names(text, f)
    if "专栏】" in text:
        for m in _COLUMN.finditer(text):
            f.reporter(m.group("name"), m.start("name"))
            f.spans.append((m.start(), m.end(), "byline"))
    # A marker and a name opening the text: □孙连宇8月11日召开的…
    m = _MARKED_NAME.match(text)
    if m and is_person_name(m.group("name")):
        f.reporter(m.group("name"), m.start("name"))
        f.spans.append((m.start(), m.end(), "byline"))


__all__ = ["BYLINE", "NAME_END", "PHOTO", "byline_matches", "bylines", "credits", "photo_matches"]
