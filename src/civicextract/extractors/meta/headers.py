"""Header fields and ``来源：`` labels.

Government and news sites lay the header out in many ways; the fields are the
same: a source label, a publication time, an editor.  All of these are read:

* one field a line: ``新闻来源：眉山网`` / ``更新时间：2020-08-04 10:25:28`` / ``责任编辑：何海娟``;
* several on one line: ``发布时间：2023-12-03 10:20:00 来源：眉山日报``,
  ``来源：眉山网 | 发布时间：… | 编辑：王五``;
* a bare date beside a label: ``来源：眉山日报 2023-12-03 10:20``, ``2023年12月3日 来源：眉山日报``;
* a label glued to a dateline: ``来源：人民网－青海频道人民网海晏8月4日电``;
* ``本文转自：人民网``, and ``来源：`` labels in footers (``（来源：央广网）``,
  ``(来源：鹤壁市委宣传部 肖莉萍 王凤侠)``, ``来源：交口融媒返回搜狐``).

A source is a name, never a clause: the value stops at the page furniture
glued after it and at the body sentence it runs into, and is dropped when
what is left is no name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from .found import FROM_BYLINE, FROM_DATELINE, FROM_LABEL, FROM_REPOST, FROM_SELF_MENTION, Found
from .lazy import LazyPattern
from .lexicon import HAN, NAME, SEP, STOP, is_credit_name, is_outlet, is_person_name, longest_outlet, outlet_pattern

# Government pages pad two-character labels to the width of four: 来  源：, 日  期：.
# What closes the label 来源: a colon, a bar (作者｜某某来源｜某报), or a space when a bar closes the
# value (a WeChat credit line: 来源 新华社|作者 某某, round 24); the three patterns below share it.
_SOURCE_LABEL_END = r"(?:[：:]|[ \t]{0,2}[｜|丨]|[ \t]{1,2}(?=[\u4e00-\u9fff]{2,12}[｜|丨]))"
_LABEL = LazyPattern(
    rf"(?:新闻|文章|稿件|本文|信息)?(?:来[ \t]{{0,4}}|稿)源{_SOURCE_LABEL_END}|(?:本文)?转(?:载)?自[：:]"
)
# The same without its optional prefix (来源：|转自：), as two patterns, each
# opening with a plain word the engine finds fast (the alternation makes it
# test every character against 来 and 转, 3x slower); their matches never
# overlap, so merged in order they are the alternation's.
# (a bar stands for the colon in some credits: 作者｜某某来源｜某报编辑｜某某)
_SOURCE_WORD = LazyPattern(rf"(?:来[ \t]{{0,4}}|稿)源{_SOURCE_LABEL_END}")
_FROM_WORD = LazyPattern(r"转(?:载)?自[：:]")
# The same without 稿源 (round 16's branch), for the texts that hold no 稿源 (most): two first
# characters cost the engine its fast scan for 来 (_label_words 1.0 -> 2.5-3.7 us per 1,000 chars of dev + fit)
# (as bylines' _ROLE_WORD_PLAIN spares 文 and 图 where no 文/ can stand).
_LAI_SOURCE_WORD = LazyPattern(rf"来[ \t]{{0,4}}源{_SOURCE_LABEL_END}")
_LABEL_PREFIXES = ("新闻", "文章", "稿件", "本文", "信息")
# A 来源 after these words is the source of a figure or of money, not of the article.
_NOT_ARTICLE = (
    "数据",
    "资料",
    "图片",
    "照片",
    "视频",
    "素材",
    "资金",
    "收入",
    "经费",
    "线索",
    "文字",
    "题图",
    "封面",
    "图",
    # 如若转载，请注明来源：<the story's headline and address>: the copyright notice's template
    "注明",
    # ▲来源：某某: a caption's picture credit under a photo
    "▲",
)
# (a programme's title or the next credit's bar after the name ends it: 环球资讯广播《直播世界》)
# (nor by a spaced role word glued after it: 来源：某派出所通 讯 员：…, round 20)
_VALUE = LazyPattern(
    r"[ \t]*[“\"]?([^\s|｜，,。；;！!？?、（）()【】\[\]“”\"：:<>](?:(?!通[ \t]讯)[^\s|｜丨，,。；;！!？?、（）()【】\[\]“”\"：:<>《]){0,39})"
)
# What a repost glues after its source's name: the copyright notice (版权归原作者所有, 版权所有), a
# compiler's 综合 before the outlets it drew on (not a channel's 综合频道, nor 中国版权协会's 版权协会), and
# an office's 供稿 (来源：某县市场监管局供稿).
_GLUED_NOTE = r"版权(?:归|所有|声明|属于)|综合(?!频道|广播|新闻频道)|供稿"
# Furniture that a scraped page glues after the value (时间 and 日期 not inside
# an outlet's name: 来源：东莞时间网).
_VALUE_END = LazyPattern(
    # (a desk's label glued after the value: 来源：杭州日报编审：…, 读创财经审读：, …网免责声明：, 某法院声明 | 文章…, …流程编辑： (a STOP word);
    # 发布 ends a government account's name before the portal's 返回: 来源：湖北发布返回搜狐; or before the
    # account's suffix, 来源：某某发布微信公众号, whose name is the account's as round 6's m6-26 reads “某某”微信公众号, round 25c;
    # and its short forms, 微信公号 and 微信号: 来源：中国驻韩国大使馆微信公号, round 27b)
    rf"返回|微信公?众?号|{STOP}|编审|审读|免责声明|声明|记者|作者|通讯员|发布(?!$|返回|微信公?众?号|{STOP}|{_GLUED_NOTE})|更新|(?:时间|日期)(?![网报台频刊])|原标题|浏览|点击|字号|\d{{4}}[-年/.]|\d{{1,2}}月\d{{1,2}}日"
    # a copyright notice or a compiler's 综合 glued after the value: 来源：某新闻版权归原作者所有, 来源：某发布综合某日报 (round 24)
    rf"|{_GLUED_NOTE}"
    # a page's contact furniture after the source: 来源：湖南天气爆料、维权通道：…
    r"|爆料|投稿|热线|举报|维权|邮箱|联系方式|商务合作"
    # the lead's time word the value ran into: 来源：人民网－安徽频道近日，共青团…
    r"|近日|日前|近期|近年来|昨天|昨日|今天|据悉|据了解"
    # a question opening the next paragraph: 来源 | 某派出所什么是跑分？
    r"|什么|怎么|为什么|为何"
    # a WeChat account's ◆ between its credits, a copyright notice glued after the value (来源：某晚报本文中图片…),
    # and a spaced role word after it (来源：某派出所通 讯 员：…) (round 20)
    r"|[◆●■]|本文|通[ \t]{1,2}讯[ \t]{1,2}员"
)
# The first word of a sentence the value ran into: 来源：中国视窗为弘扬…
_CLAUSE = LazyPattern(r"[为在对将是的把让了与和及向从于]")
# Only these cut a short value: 和/与/及/的 occur in the names of offices (住房和城乡建设局).
_STRONG_CLAUSE = LazyPattern(r"[为在对将是把让于]")
_MAX_SOURCE = 16
_WHOLE_NAME = 8
# An article carries a few source labels at most; a page of them is a list, not a credit.
_MAX_LABELS = 20

# A time may follow 日 with no space (2020年08月06日14:20  来源:人民网, round 27c's B); after a numeric day it
# needs one, 2023-08-1215:04 being no date.
DATE = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}(?:日\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|日?(?:[ \t]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"
_FIELD = LazyPattern(
    rf"""(?P<source>{_LABEL.pattern})
      | (?:更新|发布|发稿|发表|上传|录入|(?P<undated>成文|印发|生效|施行|实施|截止|失效|废止))?
        (?:时[ \t]{{0,4}}间|日[ \t]{{0,4}}期)[：:]{SEP}*[\[【]?(?P<date>{DATE})
      | (?P<bare>{DATE})
      | (?:责任编辑|责编|编[ \t]{{0,4}}辑)[：:/]{SEP}*(?P<editor>{NAME})(?=[\s|｜\]】]|$)
      | (?P<furniture>(?:浏览|阅读|点击)(?:次数|量|数)?[：:]{SEP}*\d*|字号[：:]?(?:{SEP}*[大中小])*)
    """,
    re.VERBOSE,
)
# Every field opens with one of these characters.  _FIELD opens with optional
# groups, so finditer tried all of it at every character of a header line
# (which may be a whole paragraph); _fields tries it at these only.
_FIELD_FIRST = LazyPattern(r"[新文稿本信来转更发上录时日\d责编浏阅点字成印生施实截失废]")


def _fields(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """``_FIELD.finditer(text, pos, endpos)`` (no field is empty)."""
    while (c := _FIELD_FIRST.search(text, pos, endpos)) is not None:
        m = _FIELD.match(text, c.start(), endpos)
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


_HEADER_ZONE = 600
_LINE_OPENING = LazyPattern(r"[\s【\[（(|｜]*")
# A header line is furniture when what is left beside its fields is short and not a sentence.
_LEFTOVER = LazyPattern(r"[^\n。！？，]{0,40}")


def iso(date: str) -> str:
    m = re.match(r"(\d{4})\D(\d{1,2})\D(\d{1,2})(?:日\s*|\s+)?(?:(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?", date)
    if not m:
        return date
    y, mo, d, h, mi, s = m.groups()
    out = f"{y}-{int(mo):02d}-{int(d):02d}"
    if h is not None:
        out += f"T{int(h):02d}:{mi}:{s or '00'}"
    return out


def source_value(raw: str) -> str | None:
    """The name at the start of a label's value, or None when it is no name."""
    value = _cut_at_dateline(raw)
    m = _VALUE_END.search(value, 1)
    if m:
        value = value[: m.start()]
    value = value.split("/")[0].strip("-－—_·*")
    outlet = longest_outlet(value)
    if outlet == value:
        pass  # a whole outlet name keeps the words a clause would open with: 舟山在线
    elif outlet and (len(value) > 12 or _CLAUSE.match(value, len(outlet))):
        value = outlet
    elif len(value) > _WHOLE_NAME:
        clause = (_CLAUSE if len(value) > 12 else _STRONG_CLAUSE).search(value, 2)
        value = value[: clause.start()] if clause else value
    # (a short value the label's punctuation closes is a name whatever words it holds: an
    # account's name, 内蒙古是个好地方, 我在上海; a sentence runs on past it)
    # Whatever the label names is the source, an outlet in no lexicon (冀云, 蓝海湾) too.
    if value.startswith(_SCREENSHOT) or value in _NO_OUTLET or _YEAR_FIRST.match(value):
        # 来源：视频截图: a caption's picture, taken from a video; 来源：网络; 来源：2018年某晚会…: a
        # caption's event (an outlet's name opens with no year: 1905电影网 has none of 年) (round 20)
        return None
    if not 2 <= len(value) <= _MAX_SOURCE or value in _LABEL_WORDS:
        return None  # (来源：来源：某中心: the label doubled, its first value is the label)
    half = len(value) // 2
    if len(value) % 2 == 0 and half >= 2 and value[:half] == value[half:]:
        # 来源：格隆汇格隆汇7月27日丨: the label's value glued to a dateline that names the outlet
        # again; no outlet's name is one word written twice (round 27).  A half of one character is no
        # name (来源：讯讯 is no 讯)
        return value[:half]
    return value


_LABEL_WORDS = frozenset({"来源", "出处", "作者", "编辑"})
_WECHAT_ACCOUNT = ("微信公众号", "微信公号", "微信号")
_SCREENSHOT = ("视频截图", "网络截图", "截图", "网络图片", "网络视频")
# What a 来源 label names when it names no publisher: the web at large, the people interviewed.
# (and the placeholders a site's CMS prints in an empty 来源 field: 来源:未知, round 28; or the navigation
# link the scrape left in it: 来源: 网站首页, session 28)
_NO_OUTLET = frozenset(
    {"网络", "互联网", "网友", "网友供图", "受访者", "受访者供图", "受访者提供", "未知", "不详", "暂无", "首页", "网站首页"}
)
_YEAR_FIRST = re.compile(r"\d{4}年")


def _cut_at_dateline(value: str) -> str:
    """``人民网－青海频道人民网海晏8月4日电`` -> ``人民网－青海频道``: a header value runs into the dateline."""
    m = re.search(r"\d{1,2}月\d{1,2}日[电讯]", value)
    if not m:
        return value
    prefix = value[: m.start()]
    own = prefix.find("本报", 2)
    if own > 0:
        return prefix[:own]  # 人民网－人民日报本报西宁8月7日电: the paper's own dateline opens at 本报
    cut = max((o.start() for o in outlet_pattern().finditer(prefix) if o.start() > 0), default=-1)
    return prefix[:cut] if cut > 0 else prefix or value


def _is_article_label(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before.endswith("素材") and text[start + 2 : start + 3] in ("丨", "｜", "|"):
        return True  # 素材来源丨环球资讯广播…总台记者丨…: a broadcaster's credit line, not a figure's source
    return not before.endswith(_NOT_ARTICLE)


# A date alone on one of the first lines, as a page prints it under the headline:
# 2023年8月12日 15:04, 2023-08-12 星期六.
_DATE_LINE = LazyPattern(rf"[ \t]{{0,8}}(?P<date>{DATE})(?:[ \t]{{1,4}}星期[一二三四五六日天])?[ \t]{{0,8}}(?=\n|$)")
# The same date with the page's outlet or writer after it, set apart by spaces or glued after the time
# (2022-06-07 04:23:44大公报; 2025-01-08 08:59 “潍坊发布”微信公众号; 2023年06月26日  昂莹莹, round 27c): a
# short tail, no sentence in it (a headline's date opens words glued to it: 2024年1月1日起…).
_DATE_TAIL_LINE = LazyPattern(
    rf"[ \t]{{0,8}}(?P<date>{DATE})(?:[ \t]{{1,8}}|(?<=\d[:：]\d\d))(?P<tail>[^\s。，！？,;；：:]{{2,16}})[ \t]*(?=\n|$)"
)
# Lines read for it: the first few that hold anything (a page's navigation and blank lines come first), up
# to the first sentence.
_DATE_LINES = 6
_QUOTES = "“”\"'「」《》"


def _date_line(text: str, f: Found, ends: list[int]) -> None:
    ls, lines = 0, 0
    while lines < _DATE_LINES and ls < min(len(text), _HEADER_ZONE):
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        if text[ls : min(le, ls + 80)].strip():  # (a bounded look: a first line may be a whole paragraph)
            lines += 1
            m = _DATE_LINE.match(text, ls, le)
            if m is None and (m := _DATE_TAIL_LINE.match(text, ls, le)) is not None and not _date_tail(m, f):
                m = None  # 2024年1月1日 这些新规开始施行: a headline opening with its date
            if m:
                f.published = iso(m.group("date"))
                f.spans.append((ls, m.end(), "header"))
                ends.append(m.end())
                return
            if text.find("。", ls, le) >= 0:
                return  # the story has begun
        ls = le + 1


def _date_tail(m: re.Match[str], f: Found) -> bool:
    """What follows a header date, when it is the outlet (an account's name without its 微信公众号) or the
    writer (a known name, or a word of a name's length: 2023年06月26日  昂莹莹); False when it is neither."""
    tail, pos = m.group("tail"), m.start("tail")
    value = tail
    for suffix in _WECHAT_ACCOUNT:
        value = value.removesuffix(suffix)
    value = value.strip(_QUOTES)
    if is_outlet(value) or (value != tail.strip(_QUOTES) and 2 <= len(value) <= 12):
        f.source(value, FROM_DATELINE, pos)
    elif is_person_name(value):
        f.reporter(value, pos)
    elif not (len(tail) <= 3 and _ALL_HAN.fullmatch(tail)):
        return False
    return True


_ALL_HAN = LazyPattern(rf"[{HAN}]+")


_DIGIT_LINE = LazyPattern(r"\n[ \t]*\d")


def headers(text: str, f: Found) -> list[int]:
    """Header lines in the first few hundred characters; returns where each cut ends."""
    ends: list[int] = []
    if text[:1].isdigit() or _DIGIT_LINE.search(text, 0, _HEADER_ZONE):
        _date_line(text, f, ends)
    zone = min(len(text), _HEADER_ZONE)
    seen = set()
    # Only lines holding a label are header lines: find the labels (plain words the
    # engine skips to), then read their lines field by field.
    for h in _HAS_LABEL.finditer(text, 0, zone) if _may_label(text, zone) else ():
        ls = text.rfind("\n", 0, h.start()) + 1
        if ls in seen:
            continue
        seen.add(ls)
        le = text.find("\n", h.start())
        le = len(text) if le < 0 else le
        fields: list[re.Match[str]] = []
        for m in _fields(text, ls, min(le, zone)):
            if m.group("bare") and not _beside_field(text, m, fields):
                continue  # 2023年7月19日，… opens a sentence, not a header
            fields.append(m)
        if not fields:
            _date_below(text, ls, le, f, ends)
            continue
        if fields[0].group("source") and not _is_article_label(text, fields[0].start()):
            continue
        cut_from, cut_to = fields[0].start(), ls
        last = fields[0].start()
        for m in fields:
            if not _furniture_gap(text, last, m.start()):
                # Body text between two fields (a one-line page: 来源：某报 <the whole
                # story> 责任编辑：某某): the fields are cut apart, never the story between.
                _cut(text, f, ends, ls, cut_from, cut_to)
                cut_from, cut_to = m.start(), ls
            last = max(last, m.end())
            end = m.end()
            if m.group("source"):
                source_end = _source_field(text, m.start(), m.end(), f)
                if source_end is None:
                    continue
                end = source_end
            elif m.group("date") or m.group("bare"):
                if not m.group("undated"):  # 成文日期 (a notice's own date) is cut, not published
                    f.published = f.published or iso(m.group("date") or m.group("bare"))
            elif m.group("editor"):
                if not is_credit_name(m.group("editor")):  # the label says it is a name
                    continue
                if text.startswith(("实习", "见习"), m.start() - 2):
                    continue  # 实习编辑：张三 责任编辑：李四: the footers' pass puts a trainee last
                f.editor = f.editor or m.group("editor")
            cut_to = max(cut_to, end)
            last = max(last, end)
        if cut_to <= cut_from:
            continue
        rest = _LEFTOVER.fullmatch(_strip_fields(text[cut_to:le]))
        if rest is not None and not _starts_dateline(text, cut_to):
            cut_to = le
        _cut(text, f, ends, ls, cut_from, cut_to)
    return ends


# A disclosure form's or header table's date label whose value stands on a line of its own below it, blank lines
# between (  • 发布日期:\n\n    2019年08月21日 09:02, round 28's B, fixed after its last scoring), as 信息来源:'s does.
_DATE_LABEL_ENDING = LazyPattern(r"(?:更新|发布|发稿|发表|发文|上传|录入)?(?:时[ \t]{0,4}间|日[ \t]{0,4}期)[：:][ \t]*$")
_DATE_BELOW = LazyPattern(rf"[ \t]*\n(?:[ \t]*\n){{0,2}}[ \t]*(?P<date>{DATE})[ \t]*(?=\n|$)")
_DATE_LABEL_REACH = 8
_UNDATED = frozenset(("成文", "印发", "生效", "施行", "实施", "截止", "失效", "废止"))


def _date_below(text: str, ls: int, le: int, f: Found, ends: list[int]) -> None:
    if f.published is not None:
        return
    label = _DATE_LABEL_ENDING.search(text, max(ls, le - _DATE_LABEL_REACH), le)
    if label is None or text[max(0, label.start() - 2) : label.start()] in _UNDATED:
        return  # (成文日期:, 施行日期: … name a notice's own dates, not the page's)
    m = _DATE_BELOW.match(text, le)
    if m is not None:
        f.published = iso(m.group("date"))
        f.spans.append((label.start(), m.end(), "header"))
        ends.append(m.end())


def _furniture_gap(text: str, start: int, end: int) -> bool:
    """Whether what lies between two fields of a line is layout, not a sentence."""
    return end - start <= 2 or _LEFTOVER.fullmatch(_strip_fields(text[start:end])) is not None


def _cut(text: str, f: Found, ends: list[int], ls: int, cut_from: int, cut_to: int) -> None:
    """The header cut of fields read on the line starting at ``ls`` (none when none was read)."""
    if cut_to <= cut_from:
        return
    if _LINE_OPENING.fullmatch(text, ls, cut_from):
        cut_from = ls  # 【来源：眉山网】…: the bracket opening the line goes with it
    if cut_from > 0 and text[cut_from - 1] in "（(【[" and text[cut_to : cut_to + 1] in ("）", ")", "】", "]"):
        cut_from, cut_to = cut_from - 1, cut_to + 1  # （来源：极目新闻）
    f.spans.append((cut_from, cut_to, "header"))
    ends.append(cut_to)


# The labels of header fields; a bare date is a header field only on a line that holds one.
# The page's view count labels a header line too (单位:某馆 2020年12月22日 17:13 浏览:, round 27c).
_HAS_LABEL = LazyPattern(
    r"来[ \t]{0,4}源(?:[：:]|[ \t]{0,2}[｜|丨])|转(?:载)?自[：:]|时[ \t]{0,4}间[：:]|日[ \t]{0,4}期[：:]|编[ \t]{0,4}辑[：:/]|责编[：:/]|作者[：:]"
    # (every branch opens with a character, so the engine skips to their class: a group opening one made it
    # try every position of the zone)
    r"|浏览(?:次数|量)?[：:]|点击(?:次数|量)?[：:]"
)


# Every label ends in one of these, right after its last character (源自间期辑编者, a view count's 览击数量) or,
# before a bar, up to two spaces after it: the leads are read with str.find of
# the five instead of the engine's scan (its seven first characters 来转时日编责作
# are common words' and each sends it into the pattern).
_LABEL_ENDS = "：:|｜丨/"
_LABEL_LAST = "源自间期辑编者览击数量"


def _may_label(text: str, zone: int) -> bool:
    """False only where ``_HAS_LABEL`` matches nothing before ``zone``."""
    for c in _LABEL_ENDS:
        i = text.find(c, 0, zone)
        while i >= 0:
            j = i
            while j > 0 and i - j < 2 and text[j - 1] in " \t":
                j -= 1
            if j > 0 and text[j - 1] in _LABEL_LAST:
                return True
            i = text.find(c, i + 1, zone)
    return False


# A bare date is a header field when a label stands next to it, with only layout between; or the page's
# view count, its figure lost in the scrape as often as not (2010/1/6 16:43:13 次浏览 分类:…  来源:, round 27).
_LABEL_NEXT = LazyPattern(
    rf"(?:[ \t]{{1,4}}星期[一二三四五六日天])?[ \t|｜]*(?:\n|$|{_HAS_LABEL.pattern}|(?:新闻|文章)?来源|作者|浏览|点击|字号|【|\["
    r"|\d{0,9}[ \t]?次(?:浏览|阅读|点击))"
)


def _beside_field(text: str, date: re.Match[str], before: list[re.Match[str]]) -> bool:
    # (a weekday may follow the date: 来源：某报 | 2023年12月3日 星期日)
    if _LABEL_NEXT.match(text, date.end()):
        return True
    if not before:
        return False
    gap = text[before[-1].end() : date.start()].strip(" \t|｜")
    # (or after the source label's value, one name set apart by spaces: 来源:肥东报 2011-09-14 08:15   https://…, round 28)
    # (never a date opening a sentence: 来源:某报 2023年7月19日,记者…)
    return not gap or (
        before[-1].group("source") is not None
        and _SOURCE_THEN_GAP.fullmatch(gap) is not None
        and text[date.end() : date.end() + 1] not in ("，", ",", "起", "至", "以")
    )


_SOURCE_THEN_GAP = LazyPattern(r"[^\s，。,;；：:！!？?（）()]{2,16}")


def _strip_fields(rest: str) -> str:
    return re.sub(r"[\s|｜/·]+", "", rest)


def _starts_dateline(text: str, pos: int) -> bool:
    from .datelines import DATELINE_RE

    return DATELINE_RE.match(text, pos) is not None


_VALUE_DATE = LazyPattern(rf"[ \t]*\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?[ \t]+(?=[{HAN}])")
# A label's value alone on the next line that holds anything, blank lines between: a name, nothing after it.
_VALUE_BELOW = LazyPattern(rf"[ \t]*\n(?:[ \t]*\n){{0,2}}[ \t]*([{HAN}][^\s|｜，,。；;！!？?、：:]{{1,15}})[ \t]*(?=\n|$)")
_OWN_CHANNEL = re.compile(r"(?:官网|官方网站|公众号|官微|官方微博|官方微信)$")


def _source_field(text: str, start: int, value_start: int, f: Found, endpos: int | None = None) -> int | None:
    """Reads the source after a label; returns where the field ends, or None when it names no source."""
    d = _VALUE_DATE.match(text, value_start)
    if d is not None:
        value_start = d.end()  # 来源:2023年11月28日 中国宗教学术网: the date the outlet ran the text, then the outlet
    v = _VALUE.match(text, value_start, len(text) if endpos is None else endpos)
    if v is None and (below := _VALUE_BELOW.match(text, value_start)) is not None:
        # 信息来源:\n\n奈曼旗融媒体中心: a page's header table sets the label's value on a line of its own below it
        # (round 27c); the line holds the name and nothing else
        v = below
    value = source_value(v.group(1)) if v else None
    if value is None:
        return None
    assert v is not None  # (value is None when v is)
    end = v.start(1) + v.group(1).index(value) + len(value)
    rank = FROM_REPOST if text.startswith(("转", "本文转"), start) else FROM_LABEL
    if start > 0 and text[start - 1] in "（(" and text.startswith(("）", ")"), end) and _starts_dateline(text, end + 1):
        # (来源：某公司)信网8月11日讯…: the label closes a photo's caption before the
        # dateline that opens the story; it credits the photo, the dateline the story
        rank = FROM_SELF_MENTION
    elif rank == FROM_LABEL and text.startswith(_WECHAT_ACCOUNT, end) and not is_outlet(value):
        rank = FROM_BYLINE  # (an account named with its 微信公众号 suffix, as 公众号 below)
    elif rank == FROM_LABEL and (channel := _OWN_CHANNEL.search(value)) and not is_outlet(value[: channel.start()]):
        # 人民网…电 … 来源：人民银行官网公众号: a body's own site or account (not an outlet's:
        # 央视新闻公众号) credits what the story drew on; the outlet whose dateline opens the
        # story published it (round 16)
        rank = FROM_BYLINE
    f.source(value, rank, start)
    # Names after the source in the same bracket are its reporters:
    # (来源：鹤壁市委宣传部 肖莉萍 王凤侠)
    names = _TRAILING_NAMES.match(text, end)
    if names and names.group("names"):
        for n in re.finditer(rf"[{HAN}·]+", names.group("names")):
            if is_person_name(n.group()):
                f.reporter(n.group(), n.start() + names.start("names"))
        end = names.end()
    return end


def labels(text: str, f: Found, header_ends: list[int]) -> None:
    """``来源：`` labels after the header (footers, bracketed credits)."""
    after = max(header_ends, default=0)
    for m in islice(_label_words(text, after), _MAX_LABELS):
        start = m.start()
        if text[start - 2 : start] in _LABEL_PREFIXES:
            start -= 2
        if not _is_article_label(text, start):
            continue
        end = _source_field(text, start, m.end(), f)
        if end is None:
            continue
        if start > 0 and text[start - 1] in "（(" and text.startswith(("）", ")"), end):
            start, end = start - 1, end + 1
        f.spans.append((start, end, "footer"))
    if "载" in text and "转载" in text:  # (one character's find first: 5x faster than a word's)
        # 【此文系转载，来源于安徽纪检监察网，版权归属原作者】: a repost names its source
        for m in islice(_REPOST.finditer(text, after), _MAX_LABELS):
            end = _source_field(text, m.start(), m.end(), f)
            if end is not None:
                f.spans.append((m.start(), end, "footer"))


_REPOST = LazyPattern(r"转载[，,、 \t]{0,2}(?:来源于|来自|源自)")


def _label_words(text: str, pos: int) -> Iterator[re.Match[str]]:
    """``re.finditer(r"(?:来|稿)源[：:]|转(?:载)?自[：:]", text)`` from ``pos``, padded labels included."""
    # (each label's rarest character by str.find first: half the texts hold no 源, or no 自)
    source = _SOURCE_WORD if text.find("稿源", pos) >= 0 else _LAI_SOURCE_WORD  # (稿 matches glued to 源 only)
    a = source.search(text, pos) if text.find("源", pos) >= 0 else None
    b = _FROM_WORD.search(text, pos) if text.find("自", pos) >= 0 else None
    while a is not None or b is not None:
        if b is None or (a is not None and a.start() < b.start()):
            assert a is not None  # (the loop runs while one of them is found: b is not, so a is)
            yield a
            a = source.search(text, a.end())
        else:
            yield b
            b = _FROM_WORD.search(text, b.end())


_TRAILING_NAMES = LazyPattern(rf"(?P<names>(?:{SEP}+{NAME}(?=[\s）)]|$)){{1,6}})?{SEP}*(?=[）)])")


# A scrape that prints the headline twice, the second time glued to what opens the
# story (原标题：标题…标题今日永州讯…, 原标题：标题 甲乙标题甲乙刘曦美国…): where the
# repeat ends a header line starts, as after a line break.
_REPEAT_OPENING = LazyPattern(r"[ \t]*(?:原标题[：:][ \t]*)?")
_REPEAT_MIN = 8
_REPEAT_REACH = 160


def repeated_headline_end(text: str) -> int | None:
    """Where the opening headline's repeat ends, or None when it has none.
    The repeat may drop the headline's spaces and its tail (a subtitle)."""
    opening = _REPEAT_OPENING.match(text)
    assert opening is not None  # (every part of the pattern is optional: it matches at 0)
    v = opening.end()
    probe = text[v : v + _REPEAT_MIN]
    if len(probe) < _REPEAT_MIN or not probe.strip() or "\n" in probe:
        return None
    q = text.find(probe, v + _REPEAT_MIN, v + _REPEAT_REACH)
    if q < 0 or text.find("\n", v, q) >= 0:
        return None  # (a headline on a line of its own that the body quotes is no repeat)
    i, j = v + _REPEAT_MIN, q + _REPEAT_MIN
    while i < q and j < len(text):  # (i reaching q: the whole headline printed again)
        if text[i] == text[j]:
            i, j = i + 1, j + 1
        elif text[i] in " \t　":
            i += 1  # 标题 甲乙 printed again as 标题甲乙
        else:
            break
    return j if text[j : j + 1] not in ("", "\n") else None
