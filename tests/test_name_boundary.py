"""The learned name boundary (officials/boundary.py): training, the shipped model, what it adds.

Where no rule closes a name after a post (a predicate the rules have never seen), the model weighs
its lengths; it never overrides a reading the rules made.  Sentences are real: CLUENER2020's train
file, a 新华社 report of corpus/holdout_meta.jsonl, and dev sentences with another predicate (the
predicate set B of benchmarks/officials_perturb.py, which the rules were not developed against).
"""

from __future__ import annotations

import filecmp
import json

import pytest

import civicextract
from civicextract.extractors.officials import boundary
from civicextract.extractors.officials.boundary import (
    MODEL_FILE,
    BoundaryModel,
    boundary_features,
    boundary_model,
    candidate_ends,
    learned_end,
    rules_alone,
)
from civicextract.extractors.officials.names import name_after
from civicextract.resources import model_path
from civicextract.train import TRAINERS
from civicextract.train import names as train

from .conftest import CORPUS, load_jsonl


def _officials(text: str) -> list[str]:
    return [o.name for o in civicextract.extract(text).officials]


# (text, the name right after its post)
RESCUED = [
    # CLUENER2020 train #9487: the name runs straight into the next post's place
    ("孜许乡书记邹堂权孜许乡书记邹堂梗孜许乡按整改要求进一步整理基础数据乡长!", "邹堂权"),
    # dev/fit sentences with predicate set B (officials_perturb.py)
    ("嘉兴南湖畔举行。嘉兴市委书记陈伟驻村帮扶三年。嘉", "陈伟"),
    ("百姓过上好日子！”斗古镇镇长马云龙多方协调资金。自", "马云龙"),
]


@pytest.mark.parametrize(("text", "name"), RESCUED)
def test_the_model_closes_a_name_no_rule_closes(text, name):
    s = text.index(name)
    with rules_alone():
        assert name_after(text, s) is None
        assert name not in _officials(text)
    assert name_after(text, s) == s + len(name)
    assert name in _officials(text)


def test_a_whole_article_a_name_the_rules_missed():
    # holdout_meta hm-11 (新华社): 处长班新平夜探洪涝灾区 … 赵尔全要求班新平将5艘损伤的舟船送…
    text = load_jsonl("holdout_meta.jsonl")["hm-11"]
    with rules_alone():
        assert [o.name for o in civicextract.extract(text).officials] == ["赵尔全"]
    found = {o.name: o for o in civicextract.extract(text).officials}
    assert sorted(found) == ["班新平", "赵尔全"]
    assert found["班新平"].titles == ("机关战备建设处处长",)
    assert [text[s:e] for s, e in found["班新平"].mentions] == ["班新平", "班新平"]


# a post followed by a surname that opens no name (hold-out reports of rounds 4 and 6, CLUENER)
NOT_NAMES = [
    ("17日，部分日本民众在首相官邸前举行抗议集会，反对日本政府无视民生", 13, []),  # 官邸 is a word
    ("巴基斯坦总理夏巴兹表示，他将于当天晚上建议总统解散议会。", 23, ["夏巴兹"]),  # 解散 is a verb
    ("东北地区最长跨海大桥——大连长海大桥主通航孔桥首根桩基开钻", 15, []),  # 长海大桥: a bridge across 连长
    ("项目位于房山区长阳镇京良路南侧，距离京石高速长阳出口约3公里，", 8, []),  # CLUENER #2037: a town across 区长
]


@pytest.mark.parametrize(("text", "s", "officials"), NOT_NAMES)
def test_no_name_where_none_opens(text, s, officials):
    assert learned_end(text, s, 1) is None
    assert _officials(text) == officials


def test_the_model_does_not_override_the_rules():
    # the rules close 刘伟 at the follower 约谈, where the model would read 刘伟约 (p 0.91, rjieba's
    # name token): the model is not asked where a rule answers
    text = "市委副书记刘伟约谈相关企业。"
    with rules_alone():
        ruled = name_after(text, 5)
    assert ruled == 7 and name_after(text, 5) == ruled


def test_candidate_ends_and_features():
    text = "市长王忠昆拿起话筒"
    assert candidate_ends(text, 2, 1) == [4, 5, 6]
    assert candidate_ends("市长王忠。", 2, 1) == [4]
    assert candidate_ends("市长欧阳明远出席", 2, 2) == [5, 6, 7]
    f = boundary_features(text, 2, 5, 1)
    assert f[:6] == ["L=3", "last=昆", "after=拿", "after2=拿起", "cross=昆拿", "gfirst=忠"]
    assert "rep=False&L=3" in f
    assert "post&L=3" not in f and boundary_features(text, 2, 5, 1, after_post=True)[1] == "post&L=3"
    # a name repeated, always followed by the same character: it runs on
    repeated = "市长贺海东用四句话。贺海东说，"
    assert "runs_on=True&L=2" in boundary_features(repeated, 2, 4, 1)


def test_the_shipped_model_loads():
    model = boundary_model()
    assert isinstance(model, BoundaryModel)
    data = json.loads(model_path(MODEL_FILE).read_text(encoding="utf-8"))
    assert data["format"] == boundary.FORMAT and data["solver"] == "lbfgs"
    assert model.threshold == boundary.THRESHOLD == 0.5
    assert len(model.weights) == len(data["weights"]) > 1000
    assert "names" in TRAINERS


def test_training_is_exact_on_a_fixed_slice():
    # the first 40 gold-official mentions and empty posts of the dev corpus: a deterministic rebuild,
    # in any order (the exact minimum, no seed)
    names = list(train.corpus_names(CORPUS, "dev"))[:40]
    assert sum(n.end is None for n in names) == 2  # (public posts with no name after them)
    data = train.examples(names)
    assert (len(data), sum(y for _, y in data)) == (104, 38)
    weights = train.fit(data)
    assert sum(n.after_post for n in names) == 22  # (mentions right after a public, non-weak post)
    assert len(weights) == 128
    keys = ("L=2", "L=3", "L=4", "after2=出席", "after2=书记", "post&L=2", "post&L=3")
    assert {k: weights[k] for k in keys} == {
        "L=2": -0.2944,
        "L=3": 0.7556,
        "L=4": -0.4612,
        "after2=出席": 0.0688,
        "after2=书记": -0.0549,
        "post&L=2": 0.0521,
        "post&L=3": 0.1148,
    }
    assert train.fit(data[::-1]) == weights


def test_a_rebuild_gives_the_shipped_model(tmp_path):
    if not train.CLUENER.exists():
        pytest.skip(f"CLUENER2020 is not at {train.CLUENER} (../shared/data/cluener)")
    out = tmp_path / MODEL_FILE
    assert train.main(["--out", str(out)]) == 0
    assert filecmp.cmp(out, model_path(MODEL_FILE), shallow=False)
