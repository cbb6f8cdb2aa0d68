"""Programmes, round 7: what the shipped scorer is trained on, and records on round 7's copyable part A.

Round 7 compared two scorers on its blind part B: the shipped one (dev + fit + rounds 3-5) and one also
trained on round 6's set.  Both scored B alike and the wider one lost on fit and part A, so round 6's and
round 7's sets stay evaluation data, never training data.  Sentences are copied from
corpus/holdout_programs_r7.jsonl part A (新闻联播, copyable); expected records are exact.
"""

from __future__ import annotations

from civicextract.train import programs as train_programs

from .test_programs_holdout import _names


def test_round_6_is_training_data_round_7_is_not():
    # round 9 calibrated the hold-out golds to fit's conventions and chose by grouped cross-validation to
    # train on rounds 3-6 (models/programs_scorer.md); round 11's grouped cross-validation added rounds
    # 7-9 (tests/test_programs_round11.py); round 11's own set stays evaluation data
    assert "holdout_programs_r6" in train_programs.EXTRA and "holdout_programs_r7" in train_programs.EXTRA
    assert "holdout_programs_r11" not in train_programs.EXTRA


def test_named_action_with_long_qualifier_is_one_record():
    # part A (pr7-x05): the whole action name, its 加力推进 verbs outside
    text = "今年，我国加力推进粮油作物大面积单产提升行动，促进更大范围均衡增产。"
    assert _names(text) == ["粮油作物大面积单产提升行动"]


def test_quoted_campaigns_before_a_campaign_word():
    # part A (pr7-x01): two quoted campaign names joined before 等…专项整治, each its own record
    text = "针对网络乱象，有关部门出重拳、亮利剑，持续开展“清朗”“净网”等一系列专项整治。"
    assert _names(text) == ["清朗", "净网"]


def test_quoted_platform_name_is_a_programme():
    # part A (pr7-y07): a quoted online-class scheme run by volunteers
    text = "福州大学研究生支教团志愿者通过“闽宁云课堂”，为宁夏吴忠红寺堡区的孩子们上了一堂科创教育课。"
    assert _names(text) == ["闽宁云课堂"]
