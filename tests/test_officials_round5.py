"""Officials, round 5: candidate generation widened by mechanism.

Sentences marked with an ``or5-`` id quote the copyable hold-out articles
(``corpus/holdout_officials_r5.jsonl``) verbatim; the others are synthetic,
written in the style of the state news and of the Hong Kong press (never
copied from it; the names are invented except for public office-holders).
Cases written in Traditional are Hong Kong layouts: their records are
Simplified, their surfaces the original characters.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicextract.extractors.officials import extractor as X
from civicextract.extractors.officials import lists as L
from civicextract.extractors.officials.states import foreign_body

from .conftest import load_jsonl
from .test_officials import Case, _records

CASES = [
    # --- a head count that introduces its holders by name
    Case(
        "synthetic-hk-counted-list",
        "5位觀塘區議員陳家明、李志強、黃美玲、張偉文、吳振邦組成聯盟參選。",
        tuple(
            (name, ("观塘区议员",), "观塘区", "mentioned", (surface,))
            for name, surface in (
                ("陈家明", "陳家明"),
                ("李志强", "李志強"),
                ("黄美玲", "黃美玲"),
                ("张伟文", "張偉文"),
                ("吴振邦", "吳振邦"),
            )
        ),
    ),
    Case(
        "synthetic-one-counted-holder",
        "其中一名救护员王志勇，两次冲入火场。",
        (("王志勇", ("救护员",), None, "mentioned", ("王志勇",)),),
    ),
    # a count that names no one, or names fewer than it says, is no one's title
    Case("synthetic-count-names-no-one", "4名议员方可提出动议。", ()),
    Case("synthetic-vague-count", "200余名村干部参加培训。", ()),
    Case("synthetic-count-mismatch", "3名民警李明、张华赶到现场。", ()),
    # --- Hong Kong married women's names (husband's surname, her own, given name)
    Case(
        "synthetic-hk-married-name-time-word",
        "前行政長官陳黃淑儀昨日到訪社區會堂，陳黃其後表示支持。",
        (("陈黄淑仪", ("前行政长官",), None, "mentioned", ("陳黃淑儀",)),),
    ),
    Case(
        "synthetic-hk-married-name-before-verb",
        "時任特首林鄭月娥指派官員統籌跨部門工作。",
        (("林郑月娥", ("特首",), None, "mentioned", ("林鄭月娥",)),),
    ),
    # (the two surnames never stand alone here: no married name, 受 opens 受贿)
    Case(
        "synthetic-no-married-name",
        "杭州市委原书记周江勇受贿一案，法院对周江勇判处无期徒刑。",
        (("周江勇", ("杭州市委原书记",), "杭州市委", "mentioned", ("周江勇", "周江勇")),),
    ),
    # --- a protocol paragraph's bare list of office-holders
    Case(
        "or5-x02-protocol-list",
        "<p>石泰峰、李书磊、穆虹出席会议。</p>",
        (
            ("石泰峰", (), None, "mentioned", ("石泰峰",)),
            ("李书磊", (), None, "mentioned", ("李书磊",)),
            ("穆虹", (), None, "mentioned", ("穆虹",)),
        ),
    ),
    # --- foreign officials: only heads of state or government
    Case("synthetic-one-char-state", "俄外交部发言人扎哈罗娃重申，只有消除冲突根源才能实现和平。", ()),
    Case("synthetic-us-state-governor", "夏威夷州州长格林在发布会上表示，损失将达到数十亿美元。", ()),
    Case("synthetic-minister-abroad", "斡旋方阿曼外交大臣巴德尔发文称，谈判取得了显著进展。", ()),
    Case(
        "synthetic-one-char-state-head",
        "美总统拜登当日将法案签署成法。",
        (("拜登", ("美总统",), None, "mentioned", ("拜登",)),),
    ),
    Case(
        "synthetic-dezhou-is-chinese",
        "德州市市长王明表示，要加强防汛工作。",
        (("王明", ("德州市市长",), "德州市", "speaker", ("王明",)),),
    ),
    # --- characters OpenCC leaves Traditional read as Simplified (offsets unchanged)
    Case(
        "synthetic-hk-wei-variant",
        "衞生署署長陳志明表示，會密切留意疫情。",
        (("陈志明", ("卫生署署长",), "卫生署", "speaker", ("陳志明",)),),
    ),
    Case(
        "synthetic-hk-bai-variant",
        "議員梁栢豪表示支持。",
        (("梁柏豪", ("议员",), None, "speaker", ("梁栢豪",)),),
    ),
    # --- a list of holders closed by 及/和
    Case(
        "synthetic-hk-list-ji",
        "立法會議員何志明及陳美華出席論壇。",
        (
            ("何志明", ("立法会议员",), "立法会", "mentioned", ("何志明",)),
            ("陈美华", ("立法会议员",), "立法会", "mentioned", ("陳美華",)),
        ),
    ),
    Case("synthetic-he-not-a-list", "市长张三和李四家的孩子聊天。", (("张三", ("市长",), None, "mentioned", ("张三",)),)),
    # --- titles and names
    Case(
        "or5-x02-party-building-body",
        "中共中央政治局常委、中央党的建设工作领导小组组长蔡奇主持会议并讲话",
        (
            (
                "蔡奇",
                ("中共中央政治局常委", "中央党的建设工作领导小组组长"),
                "中共中央政治局",
                "speaker",
                ("蔡奇",),
            ),
        ),
    ),
    Case(
        "synthetic-hk-surname-qiu",
        "兩人當年都是大埔區議員丘志明的議員助理。",
        (("丘志明", ("大埔区议员",), "大埔区", "mentioned", ("丘志明",)),),
    ),
    Case("synthetic-hk-lai-gang-no-name", "兩名英國法官仍會來港出任香港終審法院的非常任法官。", ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_records(case):
    assert _records(case.text) == case.expected


def test_or5_cases_quote_the_holdout_corpus():
    """The or5-* cases quote their hold-out article verbatim."""
    texts = load_jsonl("holdout_officials_r5.jsonl")
    for case in CASES:
        if case.id.startswith("or5-"):
            art = texts["-".join(case.id.split("-")[:2])]
            assert case.text in art, case.id


_CN = dict(enumerate("一二三四五六七八九十", start=1)) | {11: "十一", 12: "十二"}


@given(st.integers(1, 12), st.sampled_from("名位"), st.booleans(), st.sampled_from(["", "共有", "，"]))
def test_count_at_reads_every_numeral(n, measure, digits, before):
    """Digits or Chinese numerals, the measure right before the chain: the count
    and where the chain proper starts."""
    count = str(n) if digits else _CN[n]
    text = before + count + measure + "区议员张三"
    chain_start = len(before) + len(count) + 1
    assert L._count_at(text, chain_start) == (n, chain_start)


@given(st.sampled_from(["余", "多", "数", "几"]), st.sampled_from("名位"))
def test_count_at_vague_counts_are_none(vague, measure):
    text = "共200" + vague + measure + "村干部"
    assert L._count_at(text, len(text) - 3) is None


def test_foreign_rank_name_still_read_whole():
    """A foreign official dropped by the one-char state rule keeps the name read
    before the rank (阿列克谢·库兹涅佐夫|上校), as person_spans shows."""
    text = "俄国防部新闻司代理司长阿列克谢·库兹涅佐夫上校透露，“东方-2009”"
    assert [text[s:e] for s, e in X.person_spans(text)] == ["阿列克谢·库兹涅佐夫"]


@pytest.mark.parametrize(
    ("chain", "foreign"),
    [
        ("俄外交部发言人", True),
        ("美总统", True),
        ("夏威夷州州长", True),
        ("加州州长", True),
        ("阿曼外交大臣", True),
        ("德州市市长", False),
        ("法院院长", False),
        ("日照市委书记", False),
        ("中国驻美国大使", False),
    ],
)
def test_foreign_body_forms(chain, foreign):
    assert foreign_body(chain) is foreign


ROUND5_MORE = [
    # a post after a name as a form of address
    Case(
        "synthetic-address-chairman",
        "第六十一次委员长会议10日上午在北京举行。赵乐际委员长主持会议。",
        (("赵乐际", ("委员长",), ("赵乐际",)),),
    ),
    # a party's district councillors listed district by district (the eighteen districts)
    Case(
        "synthetic-hk-district-groups",
        "民協區議員有深水埗陳志強、李美玲，黃大仙何家明，屯門張偉文、吳振邦。",
        tuple(
            (name, ("民协区议员",), (surface,))
            for name, surface in (
                ("陈志强", "陳志強"),
                ("李美玲", "李美玲"),
                ("何家明", "何家明"),
                ("张伟文", "張偉文"),
                ("吴振邦", "吳振邦"),
            )
        ),
    ),
    # (a district with one name is no list)
    Case("synthetic-hk-one-district-name", "議員包括沙田張三。", ()),
]


@pytest.mark.parametrize("case", ROUND5_MORE, ids=[c.id for c in ROUND5_MORE])
def test_more_records(case):
    """Names, titles and surfaces (the organisation reader makes 民协区 of a party's
    区议员: noticed, not this round's class)."""
    assert tuple((r[0], r[1], r[4]) for r in _records(case.text)) == case.expected
