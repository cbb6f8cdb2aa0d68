"""A count after examples and 等 (``新开工晏城至表白寺等2个项目``, ``从贸易便利、产业集聚等五大领域``).

When the noun after the count is a generic head that says nothing of what was
counted (项目, 领域, 方面 …: ``GENERIC_HEADS``, a closed class), fit's annotators
name the examples before 等 as the subject; with a noun of its own after the
count (``等23个续建项目``, ``等6大农业产业基地``) they name the noun.  The subject of
a generic head is therefore the examples with the head and what follows it in
the clause (``新开工晏城至表白寺等项目``): it holds the examples, the head, and
the predicate a reader may take with the head (``项目全面开工``).
"""

from __future__ import annotations

from collections.abc import Callable

# Heads of a noun phrase that only say "items of some kind": written from
# knowledge of the genre (work reports and campaign news), not from its errors.
GENERIC_HEADS = (
    "项目", "领域", "方面", "部门", "单位", "地区", "指标", "事项", "任务", "措施", "举措", "环节", "类别", "种类",
)
_MAX_EXAMPLES = 24  # examples longer than this are a clause, not a list of names


def examples_before(
    text: str, hits: list, out: list[str | None], left: Callable, raw_right: Callable, people_units: frozenset[str]
) -> None:
    """Give a count after ``X、Y等`` and before a generic head the examples, the head and its clause."""
    if "等" not in text:  # (one search in C; most texts have no count after 等)
        return
    for i, h in enumerate(hits):
        start = h[0]
        if text[start - 1 : start] != "等":
            continue
        floor = hits[i - 1].tail if i else 0
        rest = raw_right(text, h.tail)
        if h.unit in people_units:
            # 刘某等8人被警方抓获: the people are the named ones, and the rules took
            # what they did; both, as for the heads below
            named = left(text, h, floor)
            if out[i] and out[i] == rest and named.endswith("等") and 3 <= len(named) <= _MAX_EXAMPLES:
                out[i] = named + rest
            continue
        if h.unit in GENERIC_HEADS:
            rest = h.unit + rest  # 五大领域, 四部门: the head is the unit
        elif not rest.startswith(GENERIC_HEADS):
            continue
        named = left(text, h, floor)
        if not named.endswith("等") or not 3 <= len(named) <= _MAX_EXAMPLES:
            continue
        subj = out[i]
        if subj and subj not in named + rest:
            continue  # (the rules found something else; keep it)
        out[i] = named + rest
