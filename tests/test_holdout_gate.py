"""Quality gate on the round-3 hold-out sets: fresh articles whose gold was written blind, one kind each.

Each ``corpus/holdout_<kind>.gold.jsonl`` fills only its own kind, so only that
kind's figures are read.  Part of each set was used to find error classes and
part was held back (corpus/SOURCES.md says which); the floors guard what was
reached on the whole set, and only move up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from civicextract import Pipeline

from . import dev_scorer

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# hold-out set -> (scorer F1 kinds, accuracy figures) -> floor
FLOORS = {
    # rounds 3 and 4's sets are training data of the programmes scorer since round 5 (train.programs.EXTRA):
    # 0.935 and 0.920 in-sample, floors that guard against a retrain losing them
    "programs": {"programs": 0.90},
    # round 4's fresh set (part A read, part B blind): 0.848 over all 39 articles after round 4
    "programs_r4": {"programs": 0.89},
    # round 5's fresh set (part A read, part B blind until the last fix): 0.869 after round 5; trained on
    # since round 6 (0.964 in-sample)
    "programs_r5": {"programs": 0.94},
    # round 6's fresh set (33 articles, part B blind until the last fix): 0.836 after round 6; gold calibrated
    # and trained on since round 9: 0.928
    "programs_r6": {"programs": 0.91},
    # round 7 (20 新闻联播 sections; part B blind, scored before and after; not trained on): 0.750; round 9
    # (gold calibrated, 0.727 with round 8's model; round 9's model): 0.762
    # round 11: trained on (0.818)
    "programs_r7": {"programs": 0.80},
    # round 8 (24 work-report paragraphs of 吉林 and 陕西; part B blind, scored before and after; not trained on):
    # 0.805; round 9 (gold calibrated, 0.839 with round 8's model; round 9's model): 0.830
    # round 11: trained on (0.891); round 12: 0.913 (a long field before a complete quoted plan cut)
    "programs_r8": {"programs": 0.90},
    # round 9 (14 paragraphs of the 2026 Anhui work report; gold blind, to fit's conventions; not trained on):
    # 0.912 with round 8's model and round 9's alike
    # round 11: trained on (0.940)
    "programs_r9": {"programs": 0.92},
    # round 11 (21 paragraphs of the 2026 Guangdong work report; gold blind, to fit's conventions; not trained
    # on): 0.873 after round 11 (A 0.919, B 0.838 blind, 0.849 after the quoted-part fix); round 12: 0.893;
    # round 14: 0.883 (the scorer rebuilt on round 14's candidates); round 15: 0.932 (a works list goes on
    # after 南珠（中）城际)
    "programs_r11": {"programs": 0.88},
    # round 12 (16 paragraphs of the 2026 Chongqing work report; gold blind, to fit's conventions; not trained
    # on): A 0.822 -> 0.907 (errors read), B 0.885 -> 0.885 (blind, scored before and after), all 0.898
    "programs_r12": {"programs": 0.88},
    # round 13 (31 texts: CRUD_RAG local news, 新闻联播, the 2026 Shanghai report; gold blind, to fit's
    # conventions; scored once, no fix read off it; not trained on): 0.863; round 14: 0.854 (the retrain);
    # round 15: 0.874
    "programs_r13": {"programs": 0.85},
    # round 14 (32 texts: the 2026 Liaoning and Xinjiang reports, 人民网 lines of CRUD_RAG, 新闻联播; gold blind,
    # to fit's conventions; not trained on): 0.874 scored once with main's code, 0.912 after round 14's
    # three classes (errors read)
    # round 15: 0.907 (the scorer rebuilt on round 15's candidates: 沿海核电 and 港口群 kept again)
    "programs_r14": {"programs": 0.90},
    # round 15 (31 texts: the 2026 Yunnan report, CRUD_RAG part 10_3 lines, 新闻联播 of 2026-04-09/14; gold blind,
    # to fit's conventions; not trained on): 0.812 scored once with main's code, 0.835 after round 15's classes
    # (errors read)
    "programs_r15": {"programs": 0.81},
    # round 16 (25 CRUD_RAG local-news lines of part_8_part_1, 21 Jul - 3 Aug 2023; gold blind, not trained on):
    # 0.571 scored once with main's code (A 0.588, B 0.533), 0.694 after round 16's classes of A (A 0.765, B 0.533)
    # 0.720 after round 24b (a kind of community is no place: 完整社区建设试点 found whole)
    "programs_r16": {"programs": 0.71},
    # round 24 (31 texts: 21 paragraphs of the 2026 Guizhou report, 10 CRUD_RAG local-news lines of part_9_part_1;
    # gold blind, not trained on): 0.840 with main's code (A 0.840, B 0.839), 0.847 after round 24's class (B 0.839)
    # 0.854 after round 24b (quoted loan and card schemes: 黔惠贷)
    "programs_r24": {"programs": 0.85},
    # round 25 (24 texts: 11 新闻联播 sections of 2026-03-07/11 and 04-17/18, 13 CRUD_RAG news lines of part_10_part_2
    # and part_1_part_3; gold blind, not trained on): 0.712 with main's code (A 0.683, B 0.750), 0.730 after round
    # 25's classes (A 0.714, B 0.750)
    "programs_r25": {"programs": 0.72},
    # round 25b (37 passages of the 2026 Heilongjiang, Guangxi and Inner Mongolia work reports; gold blind, not
    # trained on): 0.769 with main's code (A 0.743, B 0.793), 0.789 after round 25b's classes (A 0.786, B 0.793)
    "programs_r25b": {"programs": 0.78},
    # session 29 (33 texts: the 2026 Tibet and Hainan work reports, 新闻联播 of 27-30 April 2026; gold blind, not
    # trained on, no error read by the lead): 0.886 scored once with the session's start and once after its
    # programmes round (the same predictions' score)
    "programs_r29": {"programs": 0.87},
    # after round 6: 0.876 / titles 0.966, 0.979 / 1.000, 0.967 / 0.979
    # round 9: 0.925 / titles 0.950 (its gold calibrated: one leader named as X同志 added)
    "officials": {"officials": 0.91, "titles": 0.95},
    "officials_r4": {"officials": 0.97, "titles": 0.97},
    # round 5 (29 copyable articles; part B blind until the last fix): 0.870, titles 1.000
    # 0.989 after round 12 (吴珊珊任担任团长 read whole)
    "officials_r5": {"officials": 0.97, "titles": 0.97},
    # round 6 (22 copyable articles; part B blind until the last fix): 0.780 before, 0.950 after, titles 1.000
    # 0.976 after round 7 (its state-council chair kept)
    "officials_r6": {"officials": 0.96, "titles": 0.97},
    # round 7 (16 copyable sections; part B blind until the last fix): 0.762 before, 0.909 after, titles 1.000
    "officials_r7": {"officials": 0.98, "titles": 0.97},  # (1.000 after round 9: every UN member a state)
    # round 9 (15 copyable articles; part B blind until the last fix): 0.704 before, 0.970 after, titles 1.000
    # 0.985 after round 12 (特派员 a post)
    "officials_r9": {"officials": 0.97, "titles": 0.97},
    # round 11 (8 copyable articles; part B blind, scored before the first fix and after the last): 0.759
    # before, 0.880 after, titles 0.842
    # 0.923 after round 12 (a dotted name ends before 之子), titles 0.850
    "officials_r11": {"officials": 0.90, "titles": 0.84},
    # round 12 (13 copyable articles; part B blind, scored before the first fix and after the last): 0.844
    # before, 0.884 after (A 0.909 -> 1.000, B 0.783 -> 0.783), titles 1.000; 0.930 with two classes of B
    # fixed after its last scoring
    "officials_r12": {"officials": 0.91, "titles": 0.97},
    # round 16 (30 mainland texts: 27 CRUD_RAG lines, 5 of them zero-official, and 3 新闻联播 sections; part B
    # blind, scored before the first fix and after the last): B 0.837 -> 0.857, A 0.845 -> 0.957; whole set
    # 0.919, titles 0.985; 0.964 with four classes of B fixed after its last scoring
    "officials_r16": {"officials": 0.95, "titles": 0.97},
    # round 17 (30 county, township, village and provincial texts: 27 CRUD_RAG lines, 7 of them zero-official, and
    # 3 新闻联播 sections; part B blind, scored before the first fix and after the last): B 0.909 -> 0.909 (P 0.833,
    # R 1.000), A 0.947 -> 1.000; whole set 0.942, titles 1.000 (B's extras: leaders named bare, see
    # docs/evaluation.md)
    "officials_r17": {"officials": 0.93, "titles": 0.97},
    # round 20 (28 mainland texts: 18 CRUD_RAG lines and 10 新闻联播 sections, 7 zero-official; part B
    # blind, scored before the first fix and after the last family fix): B 0.875 -> 0.875 (P 0.824, R 0.933),
    # A 0.895 -> 0.973; whole set 0.886 -> 0.928; 0.957 (B 0.938) with B's classes fixed after that; titles 1.000
    "officials_r20": {"officials": 0.95, "titles": 0.97},
    # round 25 (30 mainland texts: 19 CRUD_RAG lines and 11 新闻联播 sections, 6 zero-official; part B blind,
    # scored before the first fix and after the last family and A fix): B 0.900 -> 0.900 (P 0.900, R 0.900),
    # A 0.923 -> 0.974; whole set 0.915 -> 0.949; 0.966 (B 0.947) with B's extra class fixed after that
    # (a port bearing a listed holder's name); titles 1.000
    "officials_r25": {"officials": 0.95, "titles": 0.97},
    # round 25b (32 mainland texts: 25 CRUD_RAG lines and 7 新闻联播 sections, 7 zero-official; attendee lists of
    # mixed levels; part B blind, scored before the first fix and after the last family and A fix): B 0.786 ->
    # 0.786 (P 0.733, R 0.846), A 0.951 -> 0.988 (two A golds calibrated; 0.916 before on the blind gold);
    # whole set 0.909 -> 0.936; 0.991 (B 1.000) with B's five classes fixed after that; titles 0.984
    "officials_r25b": {"officials": 0.95, "titles": 0.97},
    # round 25c (30 mainland texts: 18 CRUD_RAG lines and 12 新闻联播 sections, 8 zero-official; county, township
    # and village news; part B blind, scored before the first fix and after the last family and A fix): B 0.933 ->
    # 0.933 (P 0.875, R 1.000), A 0.735 -> 0.986; whole set 0.771 -> 0.976; 0.988 (B 1.000) with B's class fixed
    # after that (a university's 实验室); titles 1.000
    "officials_r25c": {"officials": 0.95, "titles": 0.97},
    # after round 9: metrics 0.995, subject 0.984, qualifier 0.995
    "metrics": {"metrics": 0.98, "subject": 0.97, "qualifier": 0.99},
    # round 4's set, after round 5: metrics 0.984, subject 0.983; after round 9 (gold calibrated to fit's
    # conventions, three records): 0.993, subject 0.990, qualifier 0.997
    "metrics_r4": {"metrics": 0.98, "subject": 0.98, "qualifier": 0.99},
    # round 11, metrics11 (26 records: Tianjin 2026 work report, 新闻联播; part B blind, scored before the first
    # fix and after the last): metrics 0.989, subject 0.984, qualifier 1.000
    "metrics_r11": {"metrics": 0.98, "subject": 0.97, "qualifier": 0.99},
    # round 12, metrics12 (19 records: Beijing, Chongqing, Hainan 2026 reports, 新闻联播, Jilin local news; part B
    # blind, scored before the first fix and after the last): metrics 0.988, subject 0.988, qualifier 1.000
    "metrics_r12": {"metrics": 0.98, "subject": 0.97, "qualifier": 0.99},
    # round 5 (30 articles; part B blind until the last fix): metrics 0.997, subject 0.955, qualifier 0.994;
    # subject 0.981 after round 9
    "metrics_r5": {"metrics": 0.98, "subject": 0.97, "qualifier": 0.98},
    # round 9 (20 articles; part B blind, scored before the first fix and after the last): metrics 0.988,
    # subject 0.963, qualifier 1.000
    "metrics_r9": {"metrics": 0.98, "subject": 0.95, "qualifier": 0.99},
    # round 11, subject11 (6 work-report paragraphs, 6 news articles; part B blind, scored before the first
    # fix and after the last): metrics 0.989, subject A 0.960 -> 1.000, B 1.000 -> 1.000
    "subject_r11": {"metrics": 0.98, "subject": 0.97},
    # round 12, subject12 (15 texts: 西藏 2026 work report, 新闻联播 2026-01-17, CRUD_RAG; part B blind, scored
    # before the first fix and after the last): metrics 1.000, subject A 0.923 -> 0.985 (0.954 after two
    # records calibrated), B 0.958 -> 0.958; 0.973 over the set; 0.991 with B's two classes fixed after its
    # last scoring
    "subject_r12": {"metrics": 0.99, "subject": 0.98},
    "purpose": {"money": 0.98, "purpose": 0.92, "qualifier": 0.99},
    # round 4 (40 articles; part B blind until the last fix): money 0.996, purpose 0.878, qualifier 0.947;
    # purpose 0.932 after round 5
    "purpose_r4": {"money": 0.99, "purpose": 0.92, "qualifier": 0.93},
    # round 5 (25 articles; part B blind until the last fix): money 1.000, purpose 0.956, qualifier 0.985
    "purpose_r5": {"money": 0.99, "purpose": 0.94, "qualifier": 0.98},
    # round 6 (22 paragraphs; part B blind until the last fix): money 1.000, purpose 0.971, qualifier 0.929
    "purpose_r6": {"money": 0.99, "purpose": 0.95, "qualifier": 0.92},
    # round 7 (12 paragraphs; part B blind until the last fix): money 1.000, purpose 0.864, qualifier 1.000
    # 0.955 after round 9
    "purpose_r7": {"money": 0.99, "purpose": 0.94, "qualifier": 0.99},
    # round 9 (14 passages; part B blind, scored before and after): money 1.000, purpose 0.964, qualifier 0.964
    "purpose_r9": {"money": 0.99, "purpose": 0.95, "qualifier": 0.95},
    # round 11 (13 passages; part B blind, scored before and after): money 1.000, purpose 0.931, qualifier 0.966
    "purpose_r11": {"money": 0.99, "purpose": 0.93, "qualifier": 0.96},
    # round 12 (11 passages; part B blind, scored before the first fix and after the last): A purpose
    # 0.933 -> 1.000, B 0.833 -> 0.833; over the set after the post-B fixes money 0.943, purpose 0.939,
    # qualifier 0.970 (two Hong Kong-listed target prices in bare 元 read as CNY)
    "purpose_r12": {"money": 0.94, "purpose": 0.93, "qualifier": 0.96},
    # round 16, money16 (30 texts: Xinjiang 2026 report paragraphs, CRUD_RAG news; money and metrics both
    # annotated; part B blind, scored before the first fix and after the last): A purpose 0.885 -> 0.923,
    # subject 0.938 -> 0.975; B purpose 0.538 -> 0.600 (the two 欧 amounts found), subject 0.731 -> 0.731;
    # over the set money 1.000, metrics 0.964, purpose 0.805, subject 0.904, qualifier 1.000
    "money_r16": {"money": 0.99, "metrics": 0.96, "purpose": 0.80, "subject": 0.90, "qualifier": 0.99},
    # round 17, subject17 (32 CRUD_RAG local-news lines; money and metrics both annotated; part B blind,
    # scored before the first fix and after the last): A subject 0.840 -> 0.929, purpose 0.700 -> 0.767;
    # B subject 0.933 -> 0.933, purpose 0.500 -> 0.500, metrics 0.938 -> 0.938 (A's fixes did not reach B);
    # over the set money 0.973, metrics 0.968, purpose 0.722, subject 0.930, qualifier 0.996
    "subject_r17": {"money": 0.97, "metrics": 0.96, "purpose": 0.72, "subject": 0.92, "qualifier": 0.99},
    # round 20, money20 (30 texts: 新闻联播 sections of 27/31 Mar 2026, Qinghai 2026 report passages, CRUD_RAG
    # company and local news; part B blind, scored before the first fix and after the last): A purpose 0.971 ->
    # 1.000, metrics 0.930 -> 0.941, subject 0.988 -> 0.988; B purpose 0.840 -> 0.840, subject 0.928 -> 0.952,
    # metrics 0.965 -> 0.965; over the set money 1.000, metrics 0.953, purpose 0.932, subject 0.969, qualifier 0.986
    "money_r20": {"money": 0.99, "metrics": 0.95, "purpose": 0.93, "subject": 0.96, "qualifier": 0.98},
    # round 24, subject24 (29 texts: 15 新闻联播 sections of 26/29 Jan 2026, 14 CRUD_RAG local-news lines; metrics
    # only; part B blind, scored before the first fix and after the last): A subject 0.963 -> 1.000, metrics
    # 0.982 -> 1.000; B subject 0.873 -> 0.873, metrics 0.952 -> 0.952 (A's fixes did not reach B); over the set
    # metrics 0.976, subject 0.939, qualifier 1.000
    "subject_r24": {"metrics": 0.97, "subject": 0.93, "qualifier": 0.99},
    # round 25, subj25 (25 texts: 14 新闻联播 sections of 30/31 Jan 2026, 11 CRUD_RAG news lines; metrics only;
    # part B blind, scored before the first fix and after the last A fix): A subject 0.923 -> 0.946, metrics
    # 0.973 -> 0.979; B subject 0.883 -> 0.883, metrics 0.975 -> 0.975 (A's fixes did not reach B), then B's
    # classes read and fixed (B in-sample: subject 0.935); over the set metrics 0.977, subject 0.941, qualifier 0.976
    "subject_r25": {"metrics": 0.97, "subject": 0.93, "qualifier": 0.97},
    # after round 6: 1.000, 0.993, 0.989 (round 5's part B is in-sample since round 6)
    "meta": {"meta": 0.99},
    # 0.979 after round 5; round 5's set (part B blind until the last fix): 0.932 over its 49 articles
    "meta_r4": {"meta": 0.98},
    "meta_r5": {"meta": 0.99},
    # round 6 (33 articles; part B blind until the last fix): 0.885, then 0.942 with part B in-sample
    # 1.000 after round 9
    "meta_r6": {"meta": 0.99},
    # round 9 (25 articles; part B blind until the last fix): 0.829 before, 0.976 after, 1.000 with part B in-sample
    "meta_r9": {"meta": 0.99},
    # round 11 (20 articles; part B blind, scored before the first fix and after the last): A 0.929 -> 1.000,
    # B 0.786 -> 0.929; 0.964 over the set
    # 1.000 with part B in-sample (round 12)
    "meta_r11": {"meta": 0.99},
    # round 12 (16 articles; part B blind, scored before the first fix and after the last): A 0.733 -> 1.000,
    # B 0.667 -> 0.667; 0.963 over the set after B's classes were fixed
    "meta_r12": {"meta": 0.96},
    # round 16 (50 CRUD_RAG lines; part B blind, scored before the first fix and after the last): A 0.833 -> 1.000,
    # B 0.789 -> 0.842; 0.959 over the set (B's two misses left unfixed, so B stays out of sample)
    "meta_r16": {"meta": 0.95},
    # round 20 (41 CRUD_RAG lines; part B blind, scored before the first fix and after the last): A 0.844 -> 1.000,
    # B 0.789 -> 0.947; 0.980 over the set (B's one miss, a dotted site·app pair no gold has settled, left open)
    "meta_r20": {"meta": 0.97},
    # round 24 (40 CRUD_RAG local-news lines at offsets 150,000-216,000; gold blind, to fit's practice; part B scored
    # before the first fix and after the last of A's, then read): A 0.930 -> 0.977, B 0.737 -> 0.737 (blind) ->
    # 1.000 (its four classes fixed); 0.984 over the set (m24-04's 讯 glued to a headline left open)
    "meta_r24": {"meta": 0.98},
    # round 24's set C (22 more local-news lines of part_4_part_1, golded blind after all of round 24's fixes and
    # scored once with them): 0.941 (main's code alike); 0.971 after its one class (【甲 乙】 credits) was read
    "meta_r24c": {"meta": 0.97},
    # round 25 (40 CRUD_RAG local-news lines at offsets 40,000-96,000; gold blind, to fit's practice; B scored before
    # the first fix and after the last of A's, then read): A 0.763 -> 0.974, B 0.800 -> 0.900 (blind) -> 0.950 (its
    # 供图 class fixed); 0.966 over the set (m25-43's caption-first order and m25-34's repost editor left open)
    "meta_r25": {"meta": 0.96},
    # round 25b (47 CRUD_RAG local-news lines of parts 3_1, 9_1 and 8_1 at offsets 5,000-42,000; gold blind, to fit's
    # practice; B scored before the first fix and after the last): A 0.780 -> 0.983, B 0.875 -> 0.958 (blind);
    # 0.976 over the set (m25b-12's editor-photographer and m25b-26's writer glued after 来源：金十数据 left open)
    "meta_r25b": {"meta": 0.97},
    # round 25c (42 CRUD_RAG lines of parts 2_2 and 4_3 at offsets 300,000-432,000; gold blind; B scored before the
    # first fix and after the last): A 0.955 -> 0.977, B 0.905 -> 1.000; 0.985 over the set (m25c-31's dotted
    # 中青报·中青网 pair left open, as round 20's m20-56)
    "meta_r25c": {"meta": 0.98},
    # round 25c's set C (23 lines of part 7_3, golded blind after all of round 25c's families and A's class, scored
    # once with them): 0.919 (main's code alike); 1.000 after its three classes were read and fixed
    "meta_r25c_setc": {"meta": 0.97},
}


def _load(name: str) -> dict[str, dict]:
    rows = (json.loads(x) for x in (CORPUS / name).read_text(encoding="utf-8").splitlines() if x.strip())
    return {r["id"]: r for r in rows}


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


@pytest.mark.parametrize("name", sorted(n for n, floors in FLOORS.items() if floors))
def test_holdout_floor(pipeline, name):
    corpus = _load(f"holdout_{name}.jsonl")
    pred = {aid: pipeline.extract(rec["text"], id=aid).to_dict() for aid, rec in corpus.items()}
    tally = dev_scorer.score(_load(f"holdout_{name}.gold.jsonl"), pred, corpus)
    low = []
    for figure, floor in FLOORS[name].items():
        if figure in dev_scorer.KINDS:
            value = tally.prf(figure)[2]
        else:
            value, n = tally.ratio(figure)
            assert n > 0, f"holdout_{name}: no {figure} pairs scored"
        if value < floor:
            low.append(f"{figure} {value:.3f} < {floor}")
    assert low == [], f"holdout_{name}: " + "; ".join(low)
    assert tally.ratio("spans")[0] == 1.0
