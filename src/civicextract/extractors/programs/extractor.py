"""Programmes: named campaigns, projects, schemes and working mechanisms.

One ``Program`` per programme per article: the fullest name the article uses
(without quote marks), the other names it links to it (``aliases``), the parts
it lists for it (``components``) and every mention, in ``doc.text``
coordinates (the pipeline maps them to the original).

>>> from civicextract.document import normalize
>>> [p.name for p in extract(normalize("按照“定领导、定部门”的“五定”要求，开展“10+5”专项集中整治攻坚行动。"))]
['五定', '10+5专项集中整治攻坚行动']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ...records import Program
from . import candidates as _candidates
from . import features as _features
from .candidates import (
    Candidate,
    known,
    left_start,
    place_match,
    quote_matches,
    quoted,
    title_spans,
    titled,
)
from .components import components_for, explicit_aliases
from .coordination import known_items, whole_start
from .features import feature_parts, vetted
from .headed import headed
from .items import enumerated
from .lexicon import Lexicon, bucketed_trie, class_led, lexicon
from .recall import recall
from .scorer import Scorer, scorer

# Patterns whose methods are called below are bound by assignment, not imported by name: CPython
# 3.11 compiles NAME.search(...) as an attribute load and a new bound method per call when an
# import binds NAME (tests/test_method_calls.py).
MEDIA_AFTER = _candidates.MEDIA_AFTER
NUMBERED = _candidates.NUMBERED
SENTENCE_PUNCT = _candidates.SENTENCE_PUNCT
RULE_KINDS = _features.RULE_KINDS


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each known form's key, and the forms' pattern as ``candidates.known`` reads it: their prefix
    tree (``bucketed_trie``) led by classes of their first two characters (``class_led``; compiled
    alone, not besides the tree: compiling it costs a fresh process as much as a pass saves)."""
    lex = lexicon()
    forms: dict[str, str] = {}
    for key, fulls in lex.known.items():
        forms[key] = key
        for f in fulls:
            forms.setdefault(f, key)
    return forms, re.compile(class_led(forms, bucketed_trie(sorted(forms, key=len, reverse=True))))


def extract(doc) -> list[Program]:
    try:
        cited = doc.script != "simplified" and _HK_TW.search(doc.text, 0, 3000) is not None
        found = _extract(doc.text, lexicon(), cited=cited)
        return _across_removals(doc, found) if doc.removed else found
    except Exception:  # noqa: BLE001 - messy text yields nothing, never an error (STYLE.md)
        return []


def _across_removals(doc, records: list[Program]) -> list[Program]:
    """Drop mentions that span a cut byline or boilerplate: joined text, not a name the article wrote."""
    # A cut [cs, ce) lies inside [os, oe) when cs > os and ce <= oe: of the cuts starting after os,
    # the one ending first decides (a bisect and a suffix minimum, not a test of every cut per mention).
    cuts = sorted((r.start, r.end) for r in doc.removed)
    cut_starts = [cs for cs, _ in cuts]
    first_end = [ce for _, ce in cuts]
    for k in range(len(first_end) - 2, -1, -1):
        first_end[k] = min(first_end[k], first_end[k + 1])
    n_cuts, n = len(cuts), len(doc.text)
    maps = doc.offsets.maps[::-1]  # doc.to_original without its calls per span
    out = []
    for rec in records:
        keep = []
        for s, e in rec.mentions:
            if not 0 <= s <= e <= n:
                doc.to_original(s, e)  # (raises its ValueError)
            os_, oe = s, e
            for m in maps:
                os_, oe = m.span(os_, oe)
            k = bisect_right(cut_starts, os_)
            if k == n_cuts or first_end[k] > oe:
                keep.append((s, e))
        if keep:
            out.append(
                rec if len(keep) == len(rec.mentions) else Program(rec.name, tuple(keep), rec.aliases, rec.components)
            )
    return out


_UNSET = object()


# (a record the wide quote finders alone proposed has kinds within this set: round 25c added quote_vetoed)
_QUOTE_ONLY = frozenset({"quote_any", "quote_vetoed"})
# A Traditional-script report from Hong Kong, Macao or Taiwan, by its places or its Cantonese (not a
# mainland text converted, which names its programmes the mainland way; 台湾 not the end of
# another word: Shanghai's 吴淞炮台湾, a 平台湾区).
# (every branch opening with a literal, so the engine skips in C: the look-behind after 台湾, the
# Cantonese characters one by one)
_HK_TW = re.compile("香港|港府|港人|立法会|特首|特区政府|澳门|台湾(?<![炮平舞站]台湾)|台北|" + "|".join("喺唔嘅咗冇哋佢嚟啲噉咩"))
# In Hong Kong and Taiwan reports 行动 is any action (a strike: 工业行动), 革命 a political upheaval,
# and a verb of saying before 计划 makes it the object (逾六成市民支持计划, 估计首阶段计划).
_CITED_ACTION = re.compile(r"(?:行动|革命|活动|运动|战役|机制)$")
_CITED_SAYING = re.compile(r"认为|估计|满意|支持|反对|形容|批评|发起|今次|早前|即晚|又指|指出")


def _cited_not_a_name(text: str, rec: Program, kinds: frozenset[str], group) -> bool:
    """In a Traditional-script report: whether a candidate is a citation or a common noun, not a name."""
    if group is not None and kinds <= _QUOTE_ONLY:
        return True  # a quote the rule finders passed over: someone's words
    if "quote" in kinds or "known" in kinds or (rec.mentions and text[rec.mentions[0][0]] in "“‘"):
        return False
    return bool(_CITED_ACTION.search(rec.name) or _CITED_SAYING.search(rec.name))


def _news_account(text: str, rec: Program) -> bool:
    """A quote followed by the kind of news account it is (据“陕西发布”消息): the source the text cites.

    Round 15.  The rule finders drop such quotes (candidates.MEDIA_AFTER); a quote only the wide finder
    proposed is dropped here, after scoring, so the scorer still learns from it as a wrong name: dropped
    among the candidates, its absence made the retrained scorer keep more quotes of other kinds."""
    end = rec.mentions[0][1] if rec.mentions else 0
    return 0 < end < len(text) and text[end] in "”’\"" and MEDIA_AFTER.match(text, end + 1) is not None


def _extract(text: str, lex: Lexicon, model: Scorer | None | object = _UNSET, cited: bool = False) -> list[Program]:
    """The programmes of ``text``: candidate records the scorer keeps (all of them when ``model`` is None).

    ``cited``: the article was written in Traditional script (Hong Kong, Taiwan), where quote marks
    cite what someone said or wrote (“通常在港居住”, a headline, a slogan); a quote the rule finders
    passed over is then no name (the fit split's Hong Kong reports: eleven such, none a programme).
    """
    if model is _UNSET:
        model = scorer()
    assert model is None or isinstance(model, Scorer)  # (_UNSET replaced just above)
    # The scorer judges what only the wide finders found, and the rule finders' unquoted names
    # with a threshold of their own (held out, its veto of generic ones such as 招商引资项目 raised programme
    # F1); quoted and known rule names are kept unscored (features.vetted).
    out = [
        rec if group is None else _record(text, group, lex, frozenset())
        for rec, kinds, group in candidate_records(text, lex)
        if not (cited and _cited_not_a_name(text, rec, kinds, group))
        and not (group is not None and kinds <= _QUOTE_ONLY and _news_account(text, rec))
        and not (group is not None and _region_as_place(text, rec))
        and (
            model is None
            or (group is None and vetted(text, rec, kinds, lex))
            or (group is not None and _coded_road(rec.name))
            or model.keep_parts(*feature_parts(text, rec, kinds, lex), rule=group is None)
        )
    ]
    out = _own_mentions(out)
    out.sort(key=lambda p: p.mentions[0] if p.mentions else (0, 0))
    return out


# Round 16: a region every mention of which is followed by 内 (在长三角城市群内开展…, 城市群内缴纳的社保) is where
# something happens, not the strategy of that name (长三角城市群 as a programme is planned, built, integrated).
_REGION_END = re.compile(r"(?:城市群|都市圈|经济圈|经济带|经济区)$")


def _region_as_place(text: str, rec: Program) -> bool:
    return (
        bool(rec.mentions)
        and _REGION_END.search(rec.name) is not None
        and all(text.startswith("内", e) for _, e in rec.mentions)
    )


# Round 16: a road numbered in the national or a provincial network (G7611西昌至香格里拉高速公路, S21…高速) is one
# named work, as the spec's named infrastructure is; the wide finder proposes it, the scorer doubted it (0.27,
# the features see a long name of common nouns).
_CODED_ROAD = re.compile(r"[GS]\d{1,4}[\u4e00-\u9fff]{2,16}?(?:高速公路|高速|国道|省道)")


def _coded_road(name: str) -> bool:
    return name[:1] in "GS" and _CODED_ROAD.fullmatch(name) is not None


class Proposal(NamedTuple):
    """A candidate programme: its record, the kinds of candidate that found it, and, for one only
    the wide finders proposed, its candidates (the record is then a sketch: name and the
    candidates' spans; ``_record`` completes it once the scorer keeps it)."""

    rec: Program
    kinds: frozenset[str]
    group: list[Candidate] | None


def _sketch(group: list[Candidate]) -> Program:
    # the first of the longest names (max keeps the first of equal keys), as _record names a group without known forms
    name = max([c.name for c in group], key=len)
    return Program(name=name, mentions=_widest({(c.start, c.end) for c in group}))


def candidate_records(text: str, lex: Lexicon) -> list[Proposal]:
    """Every candidate programme, with the kinds of candidate that found it (for the scorer)."""
    if not text:
        return []
    titles = title_spans(text)
    quote_spans = [(m.start(), m.end()) for m in quote_matches(text)]
    forms, form_re = _forms()
    cands = [
        *quoted(text, lex, titles),
        *headed(text, lex, quote_spans),
        *_coordinated_known(_outside_short_quotes(known(text, lex, forms, form_re), quote_spans, text), text, lex),
        *enumerated(text, lex),
        *titled(text, lex),
    ]
    cands.extend(list(_shared_known(cands, text, lex)))
    # Each core searched for its full form scans the text: only the rule finders' first few
    # dozen (an article quoting more distinct short names is not prose), so cost stays linear.
    expandable = frozenset(list(dict.fromkeys(c.core for c in cands if c.core))[:_EXPANSION_BUDGET])
    taken = _overlaps(cands)
    cands.extend(c for c in recall(text, lex, taken) if not taken(c.start, c.end))
    cands = _drop_nested(cands)
    groups = _group(cands, lex, forms)
    # A group only the wide finders proposed is sketched: most are dropped, and a full record
    # (aliases, every mention in the text, components) costs more than scoring it.
    sketched: dict[int, list[Candidate]] = {}
    out = []
    kinds_of: dict[str, set[str]] = {}
    for group in groups:
        group_kinds = [c.kind for c in group]  # (once per group: the test below and kinds_of read it)
        if not RULE_KINDS.isdisjoint(group_kinds):
            rec = _record(text, group, lex, expandable)
        else:
            rec = _sketch(group)
            sketched[id(rec)] = group
        out.append(rec)
        kinds_of.setdefault(rec.name, set()).update(group_kinds)
    links = explicit_aliases(text)
    merged = _merge_linked(text, out, links, lex)
    records = []
    for rec in merged:
        # The spec's names carry no quote marks; one left inside a name means the
        # candidate straddled a quotation it could not parse (三三三三（‘）行动).
        if _STRAY_QUOTE.search(rec.name):
            continue
        kinds = set(kinds_of.get(rec.name, ()))
        if links and any(a in kinds_of for a in rec.aliases):
            for a in rec.aliases:
                kinds |= kinds_of.get(a, set())
            kinds.add("linked")
        records.append(Proposal(rec, frozenset(kinds or {"linked"}), sketched.get(id(rec))))
    return records


def _coordinated_known(found: Iterator[Candidate], text: str, lex: Lexicon) -> Iterator[Candidate]:
    """A known name whose programme word short items before it share names the list whole: 蓝天、碧水、
    净土保卫战 is one campaign, not 净土保卫战 (round 11's part B).  Still kept unscored (a known name).
    A known name a hub is named for names the hub (``_HUB_AFTER_KNOWN``)."""
    hubs = "集结中心" in text  # the hub pattern run only in an article that names a hub
    for c in found:
        if c.start >= 2 and text[c.start - 1] == "、":
            whole = whole_start(text, c.start, c.end, lex)
            if whole is not None:
                c = Candidate(text[whole : c.end], whole, c.end, kind="known")
        hub = _HUB_AFTER_KNOWN.match(text, c.end) if hubs else None
        if hub:
            c = Candidate(text[c.start : hub.end()], c.start, hub.end(), kind="known")
        yield c


# Round 14: the assembly hub of a known service, after at most a place (中欧班列集结中心, 中欧班列长沙
# 集结中心, 中欧班列（沈阳）集结中心, 中欧班列华中区域集结中心) is the works the reports build, and the
# programme; the known name's span hid the hub's wide candidate, so it was never proposed (one gold
# name each in rounds 4, 9, 11 and 14, two in round 4).
_HUB_AFTER_KNOWN = re.compile(r"(?:[\u4e00-\u9fff]{2,4}|（[\u4e00-\u9fff]{2,4}）)?集结中心")


def _shared_known(cands: list[Candidate], text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Known programmes an earlier item of a list names with the last item's tail (安全生产治本攻坚、
    防灾减灾救灾固本强基三年行动): kept unscored as known names, their span the item's."""
    for c in cands:
        if c.start >= 2 and text[c.start - 1] == "、" and c.kind in ("head", "known"):
            for name, s, e in known_items(text, c.start, c.end, lex):
                yield Candidate(name, s, e, kind="known", known=name)


def _overlaps(rule: list[Candidate]):
    """``overlaps(s, e)``: whether [s, e) overlaps a rule candidate (the test of ``_free``)."""
    spans = sorted((c.start, c.end) for c in rule)
    starts = [s for s, _ in spans]
    reach, far = [], -1
    for _, e in spans:
        if e > far:
            far = e
        reach.append(far)

    def overlaps(s: int, e: int) -> bool:
        k = bisect_left(starts, e)  # spans starting before e ends
        return bool(k) and reach[k - 1] > s

    return overlaps


def _free(rule: list[Candidate], wide) -> list[Candidate]:
    """The wide candidates that overlap no rule candidate (the rule knows better where its name ends)."""
    taken = _overlaps(rule)
    return [c for c in wide if not taken(c.start, c.end)]


_EXPANSION_BUDGET = 48
_STRAY_QUOTE = re.compile(r"[“”‘’\"「」『』]")


def _own_mentions(records: list[Program]) -> list[Program]:
    """Drop a mention that lies inside another programme's mention (三年计划 in 城市更新行动三年计划)."""
    # Sweep in start order, wider first: a span is inside another when an earlier span of
    # another record reaches at least as far.
    # (start, -end, record) tuples sorted as they are: the order of the stable sort on (start, -end), since
    # equal spans came in record order (equal tuples are interchangeable); no key function per span
    spans = sorted([(s, -e, k) for k, r in enumerate(records) for s, e in r.mentions])
    reach = -1  # most articles' mentions overlap nowhere (each starts at or after the reach before it): one pass says so
    for s, ne, _ in spans:
        if s < reach or -ne <= reach:
            break
        reach = -ne
    else:
        if all(r.mentions for r in records):  # (the loop below drops a record left without mentions)
            return records
    inside: set[tuple[int, int, int]] = set()
    best: list[tuple[int, int]] = []  # (reach, record) of the two farthest-reaching records so far
    for s, e, k in spans:
        e = -e
        for reach, owner in best:
            if owner != k and e <= reach:
                inside.add((s, e, k))
                break
        # the farthest, and the farthest of another record (what sorting them said, without sorting)
        new = (e, k)
        top = max(best[0], new) if best else new
        if len(best) > 1 and best[1] > top:
            top = best[1]
        other = None
        for b in (*best, new):
            if b[1] != top[1] and (other is None or b > other):
                other = b
        best = [top] if other is None else [top, other]
    out = []
    for k, r in enumerate(records):
        own = tuple((s, e) for s, e in r.mentions if (s, e, k) not in inside)
        if own:
            out.append(r if own == r.mentions else Program(r.name, own, r.aliases, r.components))
    return out


def _outside_short_quotes(found, quote_spans: list[tuple[int, int]], text: str) -> Iterator[Candidate]:
    """Known names, less those that are one part of a short quoted name of more words.

    “千企帮千镇、万企兴万村” names one campaign: 万企兴万村 (a known name since round 11) is a part of
    it, and a record of its own would be a wrong programme.  A short quote (at most 12 characters,
    no sentence punctuation) is a name; a longer one is speech, whose known names stay.
    (Quotes do not overlap and come in text order: the one that could hold a name is found by bisection.)
    """
    starts = [s for s, _ in quote_spans]
    for c in found:
        k = bisect_left(starts, c.start) - 1
        if k >= 0:
            s, e = quote_spans[k]
            if c.end < e and c.end - c.start < e - s - 2 <= 12 and not SENTENCE_PUNCT.search(text, s, e):
                continue
        yield c


def _drop_nested(cands: list[Candidate]) -> list[Candidate]:
    """A candidate strictly inside another's span is part of that name (乡村振兴 in 乡村振兴责任制).

    A known abbreviation beats an unquoted name it overlaps (继续巩固脱贫攻坚 -> 脱贫攻坚): the left
    edge of an unquoted name is a guess, the known form is not.
    """
    known_spans = sorted((c.start, c.end) for c in cands if c.kind == "known")
    if known_spans:
        ks = [s for s, _ in known_spans]  # those starting inside a head's span, by bisection (not each per head)
        cands = [
            c
            for c in cands
            if c.kind != "head" or all(c.end > e for _, e in known_spans[bisect_right(ks, c.start) : bisect_left(ks, c.end)])
        ]
    # Sweep in start order (wider first): a span is nested when an earlier one reaches past its end.
    # (distinct spans: sorting (start, -end) tuples gives that order without a key function per span)
    spans = sorted({(c.start, -c.end) for c in cands})
    nested, reach, reach_span = set(), -1, None
    for s, ne in spans:
        sp = (s, -ne)
        if sp[1] <= reach and sp != reach_span:
            nested.add(sp)
        elif sp[1] > reach:
            reach, reach_span = sp[1], sp
    return [c for c in cands if (c.start, c.end) not in nested]


def _group(cands: list[Candidate], lex: Lexicon, forms: dict[str, str], *, fast: bool = True) -> list[list[Candidate]]:
    """Union the candidates that are one programme: same name, same quoted core, same known entry, name + suffix.

    ``fast=False``: without the two shortcuts below (the reference tests/test_perf12_perfprog12.py
    holds them to; the groups are a partition, the same whatever the order of the unions)."""
    parent = list(range(len(cands)))
    _union_shared_keys(cands, forms, parent, fast)
    # The names the later stages compare: all but a known programme's other forms (its key joined them already).
    names = {c.name: i for i, c in enumerate(cands) if forms.get(c.name, c.name) == c.name}
    _union_name_and_suffix(names, lex, parent)
    _union_same_ending(names, lex, parent, fast)
    groups: dict[int, list[Candidate]] = {}
    for i, c in enumerate(cands):
        groups.setdefault(_find(parent, i), []).append(c)
    return list(groups.values())


def _find(parent: list[int], i: int) -> int:
    """The root of ``i``'s set in the union-find forest ``parent`` (halving the path to it)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    parent[_find(parent, i)] = _find(parent, j)


def _union_shared_keys(cands: list[Candidate], forms: dict[str, str], parent: list[int], fast: bool) -> None:
    """Union the candidates that share a key: the name, the name without its place, the quoted core,
    the known entry, the known form of the name or of the core."""
    by_key: dict[str, int] = {}
    key_of = by_key.get
    form_of = forms.get
    unplaced: dict[str, str] = {}  # one candidate per mention: each name's place cut once
    # A candidate with the name, core and known entry of an earlier one has its keys, all of them
    # already in that one's set: joining it is the whole work (a name is mostly written more than once).
    first_of: dict[tuple[str, str | None, str | None], int] = {}
    for i, c in enumerate(cands):
        name = c.name
        same = first_of.setdefault((name, c.core, c.known), i) if fast else i
        if same != i:
            parent[_find(parent, i)] = _find(parent, same)
            continue
        u = unplaced.get(name)
        if u is None:
            u = unplaced[name] = _unplaced(name)
        core = c.core
        # (a key twice is a union of i with itself: no set of keys needed, the partition is the same)
        for k in (name, u, core, c.known, form_of(name), form_of(core) if core else None):
            if k or k is name or k is u:
                j = key_of(k)
                if j is None:
                    by_key[k] = i
                elif j != i:
                    parent[_find(parent, i)] = _find(parent, j)  # union(i, j), without the call


def _union_name_and_suffix(names: dict[str, int], lex: Lexicon, parent: list[int]) -> None:
    """路长制 and 路长制管理机制: union a name and the same name with programme words after it."""
    # only the lengths some name with the same first character has can be a shorter name's
    # (no slice and look-up for the others)
    # (the distinct (first character, length) pairs, sorted: each character's lengths in order, no set per name)
    lengths_of: dict[str, list[int]] = {}
    for ch, length in sorted({(n[:1], len(n)) for n in names}):
        lengths_of.setdefault(ch, []).append(length)
    for other, j in names.items():
        for cut in lengths_of[other[:1]]:
            if cut < 2:
                continue
            if cut >= len(other) - 1:
                break
            short = names.get(other[:cut])
            if short is not None and lex.suffix_re.fullmatch(other, cut):
                _union(parent, short, j)


def _union_same_ending(names: dict[str, int], lex: Lexicon, parent: list[int], fast: bool) -> None:
    """东线一期工程 after 南水北调东线一期工程, 兴联路大通道项目 after 长沙兴联路大通道项目: a
    shorter name the article ends the same way is the same programme; 污染防治攻坚 is
    污染防治攻坚战.  Only names ending in a programme word, at least four characters."""
    length_set = {len(n) for n in names}
    for name, j in names.items():
        n = len(name)
        # the cuts of the last 1..6 characters, longest first; fast: a set test of the lengths some name has
        for m in range(n - 1, max(3, n - 7), -1):
            if fast and m not in length_set:
                continue
            short = names.get(name[n - m :])
            if short is not None and lex.head_end_re.search(name):
                _union(parent, short, j)
        if name.endswith("攻坚战"):
            short = names.get(name[:-1])
            if short is not None:
                _union(parent, short, j)


def _unplaced(name: str) -> str:
    m = place_match(name)
    return name[m.end() :] if m and len(name) - m.end() >= 4 else name


def _record(text: str, group: list[Candidate], lex: Lexicon, expandable: frozenset[str]) -> Program:
    names = [c.name for c in group]
    cores = [c.core for c in group if c.core]  # (one list, read three times below)
    forms, _ = _forms()
    known_key = next((k for c in group for k in (c.known, forms.get(c.name), forms.get(c.core or "")) if k), None)
    longer = [n for n in names if n.startswith(known_key or "\0") and n != known_key]
    if longer:
        name = max(longer, key=len)  # 路长制管理机制: the fullest name, the known one an alias
    elif known_key and (known_key in names or any(c.core == known_key for c in group)):
        name = known_key  # the abbreviation is the name its full form is an alias of (双创)
    else:
        name = max(names, key=len)  # the first of the longest
    # (no core that may be expanded, as for most groups and every one _extract completes: no call, no dict of cores)
    full = _expansion(text, group, lex, expandable) if cores and not expandable.isdisjoint(cores) else None
    if full:
        names.append(name)
        names.extend(cores)
        name = full  # 疏整促 is short for 疏解整治促提升, which the article also writes
    aliases = [n for n in dict.fromkeys(names) if n != name]
    # Each distinct core once: a group holds one candidate per mention, and every check
    # scans the text (per candidate it was quadratic in the mentions of one name).
    for core in dict.fromkeys(cores) if cores else ():
        if core != name and core not in aliases and _used_alone(text, core):
            aliases.append(core)
    mentions = _mentions(text, group, [name, *aliases])
    comps = components_for(text, group, name)
    return Program(name=name, mentions=mentions, aliases=tuple(aliases), components=comps)


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]{3,4}")
_HAN_ONLY_ANY = re.compile(r"[\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _expansion(
    text: str, group: list[Candidate], lex: Lexicon, expandable: frozenset[str], *, fast: bool = True
) -> str | None:
    """The full form of a quoted abbreviation made of the first character of each word.

    Only three- and four-character cores without numerals, and only a full form with
    one character after each of them (two after the last): 疏整促 -> 疏解整治促提升.
    ``fast=False``: each occurrence of the first character tested a character at a time (the reference).
    """
    for core in dict.fromkeys(c.core for c in group):
        if core not in expandable:
            continue
        if not core or not _HAN_ONLY.fullmatch(core) or NUMBERED.search(core) or core in lex.known:
            continue
        # a character scan, not a regex built per core: compiling costs more than the search
        # (its second character tested first, then one stepped slice: text[i:j:2] is
        # text[i], text[i + 2], ... text[j - 2], the characters the abbreviation takes)
        n, i, c1 = len(core), text.find(core[0]), core[1]
        while i >= 0:
            j = i + 2 * n
            if (
                text.startswith(c1, i + 2) and j <= len(text) and text[i:j:2] == core
                if fast
                else j <= len(text) and all(text[i + 2 * k] == core[k] for k in range(n))
            ):
                full = text[i:j]
                if j < len(text) and _HAN.match(text, j):
                    full += text[j]
                if _HAN_ONLY_ANY.fullmatch(full) and not lex.head_re.search(full):
                    return full
            i = text.find(core[0], i + 1)
    return None


def _used_alone(text: str, core: str) -> bool:
    """Whether the article uses a quoted core on its own (“三湘护农”工作) besides inside the full name."""
    return any(text.startswith(("工作", "”工作", "”的", "”主题"), m) for m in _ends(text, "“" + core + "”"))


def _ends(text: str, s: str):
    i = text.find(s)
    while i >= 0:
        yield i + len(s)
        i = text.find(s, i + 1)


def _mentions(text: str, group: list[Candidate], forms: list[str]) -> tuple[tuple[int, int], ...]:
    spans = {(c.start, c.end) for c in group}
    for f in forms:
        if len(f) < 2:
            continue
        i = text.find(f)
        while i >= 0:
            spans.add((i, i + len(f)))
            i = text.find(f, i + 1)
    return _widest(spans)


def _widest(spans) -> tuple[tuple[int, int], ...]:
    # One mention per occurrence: of overlapping spans the widest stays (never a union,
    # so every mention reads as the name or one of its aliases).
    # The kept spans never overlap, so one bisect finds the only two that could
    # (scanning them all was quadratic: 10,000 mentions of 双创 took seconds).
    if len(spans) == 1:  # most names are written once: nothing to sort or compare
        return (tuple(next(iter(spans))),)
    starts: list[int] = []
    ends: list[int] = []
    # widest first, then leftmost: the sort key as the tuple itself (no key function per span)
    for negwidth, s in sorted([(s - e, s) for s, e in spans]):
        e = s - negwidth
        k = bisect_left(starts, s)
        if (k < len(starts) and starts[k] < e) or (k > 0 and ends[k - 1] > s):
            continue
        starts.insert(k, s)
        ends.insert(k, e)
    return tuple(zip(starts, ends, strict=True))


def _merge_linked(text: str, records: list[Program], links: list[tuple[int, str]], lex: Lexicon) -> list[Program]:
    """X（以下简称“Y”）: Y is another name of the programme X, however each was found."""
    for end, abbr in links:
        ending = [(e - s, r) for r in records if r.name != abbr for s, e in r.mentions if e == end]
        full = max(ending, key=lambda x: x[0])[1] if ending else None
        if full is None:
            start = left_start(text, end, 24, lex)
            if start < 0 or end - start < 4:
                continue
            full = Program(name=text[start:end], mentions=((start, end),))
            records.append(full)
        short = next((r for r in records if r is not full and (r.name == abbr or abbr in r.aliases)), None)
        aliases = [
            a for a in (*full.aliases, abbr, *(short.aliases if short else ()), short.name if short else "") if a
        ]
        spans = [*full.mentions, *(short.mentions if short else ())]
        i = text.find(abbr)
        while i >= 0:
            spans.append((i, i + len(abbr)))
            i = text.find(abbr, i + 1)
        merged = Program(
            name=full.name,
            mentions=_widest(spans),
            aliases=tuple(a for a in dict.fromkeys(aliases) if a != full.name),
            components=full.components or (short.components if short else ()),
        )
        records = [r for r in records if r is not full and r is not short] + [merged]
    return records
