"""speed23m: structural speed-ups in numbers, metrics, meta and normalisation, records unchanged.

Each change must give what the former code gave: the former spelling is the reference here,
and a structural count says the saving is still there.
"""

import re
import re._constants as _constants
import re._parser as _parser

from civicextract import numbers as N


def _groups(m: re.Match[str] | None) -> tuple | None:
    return None if m is None else (m.span(), tuple((g, m.span(g)) for g in m.re.groupindex))


_SENTENCES = [
    "全县新建5G基站超过300个，约有1800及1900宗个案，完成率达95%以上。",
    "近三年投入资金3000万至5000万元，惠及近15万群众，增长百分之三十左右。",
    "人口约1.2亿，占全国的三分之一，比上年增长6.5%～7%，降幅在2个百分点以内。",
    "新台币3兆元、五兆六十二亿和不少于500人，不得超过300元；约合40巴仙。",
    "2023年12月3日，统一3000万余元，北约32国，最近10天，数十个院落。",
]


def test_guarded_number_re_matches_the_reference_everywhere():
    """NUMBER_RE's optional parts behind first-character guards: the same match, with the same
    groups, at every position of these sentences as the unguarded pattern."""
    for fraction, guarded in ((True, N.NUMBER_RE), (False, N.NUMBER_RE_NO_FRACTION)):
        reference = re.compile(N._number_pattern(fraction=fraction, guarded=False))
        for text in _SENTENCES:
            for p in range(len(text)):
                assert _groups(guarded.match(text, p)) == _groups(reference.match(text, p)), (text, p)


def test_number_re_reads_qualifiers_ranges_and_signs():
    text = "约1800至1900宗个案，完成率达95%以上。"
    m = N.NUMBER_RE_NO_FRACTION.match(text, 0)
    assert (m.group("pre"), m.group("a"), m.group("sep"), m.group("b")) == ("约", "1800", "至", "1900")
    m = N.NUMBER_RE_NO_FRACTION.match(text, text.index("95"))
    assert (m.group("a"), m.group("pa"), m.group("post"), m.group("den")) == ("95", "%", "以上", None)
    m = N.NUMBER_RE.match("占全国的三分之一", 4)
    assert (m.group("den"), m.group("a")) == ("三", "一")


def _top_level_repeats(pattern: re.Pattern[str]) -> int:
    return sum(op is _constants.MAX_REPEAT for op, _ in _parser.parse(pattern.pattern, pattern.flags))


def test_number_re_optional_parts_are_guarded_branches():
    """The optional prefix word, share signs, range and suffix word are branches behind a
    look-ahead (no repeat the engine enters at every number); only NUMBER_RE's denominator
    stays an optional repeat (its core opens with any digit)."""
    assert _top_level_repeats(N.NUMBER_RE_NO_FRACTION) == 0
    assert _top_level_repeats(N.NUMBER_RE) == 1
    assert _top_level_repeats(re.compile(N._number_pattern(fraction=False, guarded=False))) == 6


# --- metrics: the set phrases read only as far as the hits need them ---------------------------

from civicextract.extractors.metrics import candidates as C  # noqa: E402
from civicextract.extractors.metrics import scan as S  # noqa: E402
from civicextract.normalize.boilerplate import Removal, find_boilerplate  # noqa: E402


class _CountingPattern:
    """A pattern whose finditer counts the matches read from it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str):
        for m in self.pattern.finditer(text):
            self.read += 1
            yield m


def _hits_with_counted_phrases(monkeypatch, text: str) -> tuple[list[tuple[int, int, str]], int]:
    counting = _CountingPattern(S.lexicon().excluded_re)
    lex = S.lexicon()._replace(excluded_re=counting)
    monkeypatch.setattr(C, "lexicon", lambda: lex)
    hits = [(h.start, h.end, h.unit) for h in C.candidates(text)]
    return hits, counting.read


def test_set_phrases_are_read_only_up_to_the_last_hit(monkeypatch):
    # 三心二意, 七嘴八舌 and 万众一心 are set phrases (models/metric_exclusions.txt): the one
    # before the hit and the first after it (which tells that none covers the hit) are read,
    # the last is not
    text = "大家三心二意，全镇新建了12个村级服务站，会上七嘴八舌，万众一心。"
    hits, read = _hits_with_counted_phrases(monkeypatch, text)
    assert hits == [(12, 15, "个")]
    assert read == 2


def test_a_text_without_figures_reads_no_set_phrase(monkeypatch):
    hits, read = _hits_with_counted_phrases(monkeypatch, "大家七嘴八舌，万众一心，把工作做好。")
    assert (hits, read) == ([], 0)


def test_a_hit_inside_a_set_phrase_is_still_dropped(monkeypatch):
    # 一方面军 is a set phrase: its 一 is no count, the 3个 after it is
    text = "红一方面军的3个师"
    hits, read = _hits_with_counted_phrases(monkeypatch, text)
    assert hits == [(6, 8, "个")]


# --- boilerplate: lines cut with str.find --------------------------------------------------------


def test_boilerplate_lines_cut_with_find():
    text = "市里新建3个公园。\n浏览次数：1268\n相关阅读：\n某县启动示范村建设\n全文完。分享让更多人看到"
    assert find_boilerplate(text) == [
        Removal(10, 20, "boilerplate", "浏览次数：1268"),
        Removal(20, 26, "related", "相关阅读："),
        Removal(26, 36, "related", "某县启动示范村建设"),
        Removal(40, 48, "boilerplate", "分享让更多人看到"),
    ]
    assert find_boilerplate("") == [] and find_boilerplate("\n\n") == []


# --- metrics figures: over_guo / over_po / over_cheng called only after their character ----------

from civicextract.extractors.metrics import figures as F  # noqa: E402


def test_over_tests_called_only_after_their_character(monkeypatch):
    calls = []
    for name in ("over_guo", "over_po", "over_cheng"):
        real = getattr(F, name)
        monkeypatch.setattr(F, name, lambda text, s, real=real, name=name: calls.append(name) or real(text, s))
    plain = [(h.start, h.qualifier) for h in C.candidates("全镇新建了12个村级服务站，改造道路3公里。")]
    assert (plain, calls) == ([(5, "exact"), (18, "exact")], [])
    marked = [(h.start, h.end, h.qualifier) for h in C.candidates("出入境破百万辆，成百个企业参与，过千人到场。")]
    assert marked == [(3, 7, "over"), (8, 11, "over"), (16, 19, "over")]
    assert calls == ["over_po", "over_cheng", "over_guo"]


# --- metrics scan: the prefix-word search only after a character a prefix word ends with ---------


class _CountingSearch:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


def test_prefix_search_only_after_a_prefix_words_last_character(monkeypatch):
    counting = _CountingSearch(S._PREFIX_FIRST_RE)
    monkeypatch.setattr(S, "_PREFIX_FIRST_RE", counting)
    text = "全镇新建了12个村级服务站，惠及近15万群众，不少于500人，超过3成。"
    found = [(m.start(), m.group()) for m in S.scan_numbers(text)]
    assert found == [(5, "12"), (16, "近15万"), (23, "不少于500"), (31, "超过3")]
    assert found == [(m.start(), m.group()) for m in N.NUMBER_RE.finditer(text)]
    assert counting.calls == 3  # after 近, 于 and 过; not after 了


def test_loose_prefixes_still_read_after_the_last_character_test():
    got = [(h.start, h.qualifier) for h in C.candidates("面积约为70平方米，至少有50人参加，新建12个站点。")]
    assert got == [(4, "approx"), (13, "at_least"), (21, "exact")]
