"""Find scraped-page boilerplate: site footers, share bars, print/close links.

Returns spans of the (Simplified, width-normalised) text to delete, each
labelled with what it was, so that the document keeps a record of what was
removed and where.  Three shapes occur on Chinese government and news
sites: a whole header or footer line (view counter, ICP licence, disclaimer,
contact line, the titles of the site's other articles under 相关阅读), a tail
glued to the last sentence (``…有人管。分享让更多人看到``), and an advert box
scraped inline with its close button (``广告 … ×``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Whole lines made of site furniture.  Only short lines are dropped, so a
# sentence of the body that happens to mention 联系电话 survives.
# Three patterns where one would do, each one the engine can skip through: the
# Chinese words (each opens with a character, so the engine jumps to those),
# the two Latin ones (tried only on a line holding a p or P, which both hold:
# under IGNORECASE p matches nothing else), and the shapes of a whole line
# (matched at its start).  One pattern with all of them, cased and with ^
# branches, was tried at every character of every line (12 us a line).
_LINE_WORDS = re.compile(
    r"""
    公网安备|网安备|公网备|网备[：:]\d
    | 免责声明|版权所有|版权声明|©
    | 许可证(?:编号|号)
    | 联系电话[：:]\s*[\d-]{6,} | 邮箱[：:]\s*\S+@
    | 打印本页|关闭窗口|【打印】|【关闭】|【字体
    | 扫一扫|扫码关注|长按识别|关注我们
    | 成为.{1,12}的月费订户|月费订户|订阅.{0,12}通讯
    | 浏览(?:次数|量|数)?[：:]\s*\d | 阅读(?:次数|量|数)?[：:]\s*\d   # a page's view counter: 浏览次数：1268
    | 点击(?:次数|量|数)?[：:]\s*\d | 访问(?:次数|量|数)?[：:]\s*\d
    | 上一篇[：:]|下一篇[：:]                          # the titles of the site's other articles
    | 索引号[：:]|主题分类[：:]|发文机关[：:]|发布机构[：:]|发文字号[：:]|有效性[：:]|公开方式[：:]|公开范围[：:]
    | 体裁分类[：:]|组配分类[：:]|主题词[：:]          # an information-disclosure page's form (成文日期 is meta's)
    """,
    re.VERBOSE,
)
# The weak words (no group around them: a branch opening with a group would keep the engine from
# skipping to the branches' first characters, and it would try every position of the line).
_WEAK = frozenset({"扫一扫", "扫码关注", "长按识别", "关注我们"})
_LINE_LATIN = re.compile(r"ICP备|ICP证|Copyright", re.IGNORECASE)
_LINE_SHAPE = re.compile(r"\s*(?:分享到|分享至|查看原文)|\s*[-—=*_]{3,}\s*$", re.MULTILINE)


# A paragraph of the story may say 扫一扫 or 关注我们 (顾客用手机扫一扫包装上的二维码，就能
# 查看…。): those words make a line furniture only when it is no sentence.
_SENTENCE_LEN = 40


def _furniture_words(body: str) -> bool:
    m = _LINE_WORDS.search(body)
    while m is not None and m.group() in _WEAK:
        if len(body.strip()) <= _SENTENCE_LEN or "。" not in body:
            return True
        m = _LINE_WORDS.search(body, m.end())
    return m is not None


def _furniture_line(body: str) -> bool:
    """Whether a line (with its line break) holds site furniture."""
    return (
        _LINE_SHAPE.match(body) is not None
        or _furniture_words(body)
        or (("p" in body or "P" in body) and _LINE_LATIN.search(body) is not None)
    )


# Tails: from the marker to the end of the line.
_TAIL = re.compile(
    r"""
    分享让更多人看到.*
    | 返回搜狐[，,]?\s*查看更多.*
    | 分享到[：:]?\s*(?:微信|微博|QQ|朋友圈|$).*
    | 新闻线索报料通道[：:].*
    | (?:责编|审校|审核|监制)[：:][^\n|]{0,80}\|[^\n]*      # bounded: no rescan of the line from every 责编
    | 校对\s*[\u4e00-\u9fff]{2,4}\s*$
    | [（(]完[）)]\s*$
    """,
    re.VERBOSE | re.MULTILINE,
)

# Every tail opens with one of these words, which the regex engine skips to (_TAIL,
# opening with groups and classes, is tried at every position): a line that
# ends before the first of them in the article holds no tail, and in a line
# _TAIL is matched only where one of them starts.
_TAIL_WORDS = re.compile(r"分享|返回搜狐|新闻线索报料通道|责编|审校|审核|监制|校对|（完|\(完")


# The same words, each with a character it needs: where the first tail word of an article starts is
# the least of their str.find's, each tried only where its character stands (a character's find
# is 5x faster than a word's, and the engine's scan for the nine first characters slower still).
_TAIL_WORD_CHARS = (
    ("分享", "享"), ("返回搜狐", "狐"), ("新闻线索报料通道", "索"), ("责编", "责"), ("审校", "审"), ("审核", "审"),
    ("监制", "监"), ("校对", "校"), ("（完", "完"), ("(完", "完"),
)  # fmt: skip


def _first_tail_word(text: str) -> int:
    """Where ``_TAIL_WORDS.search(text)`` starts, or ``len(text) + 1`` where it finds none."""
    found = [i for word, c in _TAIL_WORD_CHARS if c in text and (i := text.find(word)) >= 0]
    return min(found, default=len(text) + 1)


def _tail(body: str) -> re.Match[str] | None:
    """``_TAIL.search(body)``, tried only where a tail word starts."""
    pos = 0
    while (w := _TAIL_WORDS.search(body, pos)) is not None:
        m = _TAIL.match(body, w.start())
        if m is not None:
            return m
        pos = w.start() + 1
    return None


# Inline furniture inside a line: an advert box scraped with its close
# button (``广告 可御可甜 有颜有料 … ×``).
_INLINE = re.compile(r"广告[ \t]+[^。\n×]{1,80}?[ \t]*×")

_MAX_LINE = 200


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the text that is not article body: ``kind`` says what it was."""

    start: int
    end: int
    kind: str
    text: str

    # (by constructor: compiled, a frozen class refuses the default __setstate__'s assignments)
    def __reduce__(self) -> tuple[type[Removal], tuple[int, int, str, str]]:
        return (Removal, (self.start, self.end, self.kind, self.text))


# A list of the site's other articles under its own heading line (相关阅读：, 推荐阅读): the heading and
# the titles after it, up to the first line that reads as a sentence of the body. Their figures are
# other articles' (某县启动第二批10个示范村建设), never this one's.
_RELATED_HEADING = re.compile(
    r"\s*[【\[]?(?:相关阅读|相关新闻|相关链接|相关报道|相关文章|推荐阅读|延伸阅读|热点推荐|热门推荐|更多新闻|更多阅读"
    r"|猜你喜欢|往期回顾|往期推荐|精彩推荐)[】\]]?[：:]?\s*"
)
# Each with a character it needs that few articles hold (str.find of one character is 5x faster than
# of a word), or with itself where its characters are all common.
_RELATED_WORDS = (("相关", "相关"), ("推荐", "荐"), ("延伸阅读", "阅"), ("更多", "更多"), ("猜你喜欢", "猜"), ("往期", "往"), ("精彩", "彩"))
_TITLE_LEN = 60


def _is_title(body: str) -> bool:
    line = body.strip()
    return not line or (len(line) <= _TITLE_LEN and not any(c in line for c in "。！？"))


def find_boilerplate(text: str) -> list[Removal]:
    out: list[Removal] = []
    tails_from = _first_tail_word(text)
    adverts = "广告" in text  # (most articles have none: no search in each line)
    related = any(c in text and w in text for w, c in _RELATED_WORDS)  # (most articles have no list of others)
    in_list = False
    # Each line with its break, cut with str.find: what re.finditer(r"[^\n]*(?:\n|$)") gave
    # without a match object a line (its last, empty match changed nothing: an empty line is skipped).
    n = len(text)
    ls = 0
    while ls < n:
        nl = text.find("\n", ls)
        le = n if nl < 0 else nl + 1
        body = text[ls:le]
        line_start, ls = ls, le
        if in_list:
            if _is_title(body):
                if body.strip():
                    out.append(Removal(line_start, le, "related", body.strip()))
                continue
            in_list = False
        if not body.strip():
            continue
        if related and _RELATED_HEADING.fullmatch(body):
            out.append(Removal(line_start, le, "related", body.strip()))
            in_list = True
            continue
        if len(body) <= _MAX_LINE and _furniture_line(body):
            out.append(Removal(line_start, le, "boilerplate", body.strip()))
            continue
        for ad in _INLINE.finditer(body) if adverts else ():
            out.append(Removal(line_start + ad.start(), line_start + ad.end(), "advert", ad.group()))
        m = _tail(body) if le > tails_from else None
        if m and m.group().strip():
            s = line_start + m.start()
            out.append(Removal(s, line_start + len(body.rstrip("\n")), "boilerplate", m.group().strip()))
    return out
