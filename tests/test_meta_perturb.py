"""Meta follows the perturbations of tests/meta_perturb.py: unlisted outlets, other
reporter names, header layouts, datelines and desk credits of every shape."""

from __future__ import annotations

import pytest

from .meta_perturb import all_cases, check, held_out

# Known misses, each with why: an outlet named only as an app to download.
KNOWN = {
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
