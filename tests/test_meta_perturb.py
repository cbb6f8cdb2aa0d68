"""Meta follows the perturbations of tests/meta_perturb.py: unlisted outlets, other
reporter names, header layouts, datelines and desk credits of every shape."""

from __future__ import annotations

import pytest

from .meta_perturb import all_cases, check, held_out

# Known misses, each with why: a listed outlet (东南网) inside an unlisted one whose
# dateline is glued to the headline, where the headline's last words and the outlet's
# first ones cannot be told apart; an outlet named only as an app to download.
KNOWN = {
    "t038-outlet": "glued headline: …品牌发布黔东南网8月18日讯 reads 东南网",
    "t039-outlet": "glued headline: …10个月黔东南网8月8日消息 reads 东南网",
    "t058-outlet": "glued headline: …爱心传递黔东南网讯 reads 东南网",
    "a013-outlet": "the outlet is named only in 下载“X”APP; an unlisted app is no outlet",
}

CASES = [
    pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=KNOWN[c.id], strict=True)] if c.id in KNOWN else [])
    for c in all_cases()
    if not held_out(c)
]


@pytest.mark.parametrize("case", CASES)
def test_perturbation(case):
    assert check(case) == []
