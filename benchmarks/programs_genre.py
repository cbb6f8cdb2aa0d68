"""A cheap guess at what kind of text a programme record stands in (round 16; used by
``programs_genre_cv.py``, which found no genre feature worth shipping, so the extractor does not import it).

Why: the same generic phrase (多家企业共同行动, 老旧小区餐饮油烟集中整治) is named differently in a
government work report (a list of the year's works, each a programme) than in a local news story (one
measure among quotes and figures).  The guess reads the normalised text only, a few searches over its
first few thousand characters, the same for every record of the article:

- ``hk``: a Hong Kong / Traditional page (Traditional-only characters);
- ``broadcast``: a 新闻联播 section (a short title line, then paragraphs: the `<p>` markup normalised away);
- ``news``: a news story (a dateline, 原标题/来源标题, a byline or a reporter, someone quoted as saying);
- ``report``: none of those (work-report paragraphs, notices).
"""

from __future__ import annotations

import re

GENRES = ("hk", "broadcast", "news", "report")
_WINDOW = 4000
# Characters written only in Traditional script, common in any news page.
_TRADITIONAL = re.compile("[們這個來為與於會說國時區發對將經關學點書實處現應機電體開間問題務進從動業]")
_NEWS = re.compile(
    r"原标题|来源标题|记者|本报讯|通讯员|新华社|中新社|中新网|[0-9一二三四五六七八九十]日电|[0-9]日讯|据.{1,12}报道|责任编辑|（作者"
    r"|介绍说?[，：]|表示[，：]|告诉记者|[”\"]\S{0,8}说[。，]"
    # what normalisation leaves of a story whose byline it removed: a day's date, a reporter's verbs
    r"|\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|获悉|了解到|据悉|据介绍|据了解|负责人"
)


def genre(text: str) -> str:
    head = text[:_WINDOW]
    if len(_TRADITIONAL.findall(head, 0, 1500)) >= 5:
        return "hk"
    nl = head.find("\n")
    if 0 < nl <= 80 and "\n\n" in head[nl:]:
        return "broadcast"
    if _NEWS.search(head):
        return "news"
    return "report"
