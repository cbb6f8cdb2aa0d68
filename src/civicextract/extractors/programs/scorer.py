"""The learned programme scorer: a logistic regression over ``features.py``'s features.

The weights are plain JSON in ``models/programs_scorer.json`` (built by
``python -m civicextract.train programs``; its data card is
``models/programs_scorer.md``).  Scoring is a dictionary look-up per feature and
one ``exp``: no numerical library at run time, nothing downloaded.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat

from ...resources import model_path

MODEL_FILE = "programs_scorer.json"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class Scorer:
    weights: Mapping[str, float]
    wide_threshold: float  # for records only the wide finders proposed
    rule_threshold: float = 0.0  # for records a rule finder proposed (right far more often)
    # per group: the weights of the features crossed with it, by the uncrossed name, and the group's
    # own weight (keep_parts);
    # filled from the model's own weights, so bounded by the groups the kinds make
    _crossed: dict[str, tuple[dict[str, float], tuple[float]]] = field(default_factory=dict, compare=False, repr=False)

    def probability(self, features: Iterable[str]) -> float:
        z = sum(map(self.weights.get, features, repeat(0.0)))  # dict.get in C: 0.0 for a feature without weight
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def keep(self, features: list[str], rule: bool = False) -> bool:
        """Whether a candidate is a programme: one threshold for the rule finders', one for the wide finders'."""
        z = sum(map(self.weights.get, features, repeat(0.0)))  # probability(), inlined: one call per candidate
        p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
        return p >= (self.rule_threshold if rule else self.wide_threshold)

    def keep_parts(self, f: list[str], c: list[str], group: str, rule: bool = False) -> bool:
        """``keep(record_features(...))`` from ``features.feature_parts``: the same weights summed in
        the same order by one ``sum`` (so the same float), without building the crossed strings."""
        entry = self._crossed.get(group)
        if entry is None:
            g = group + "&"
            entry = self._crossed[group] = (
                {k[len(g) :]: w for k, w in self.weights.items() if k.startswith(g)},
                (self.weights.get("group=" + group, 0.0),),  # the last item of the sum, built once
            )
        crossed, group_weight = entry
        get = self.weights.get
        z = sum(
            chain(map(get, f, repeat(0.0)), map(get, c, repeat(0.0)), map(crossed.get, c, repeat(0.0)), group_weight)
        )
        p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
        return p >= (self.rule_threshold if rule else self.wide_threshold)

    @classmethod
    def from_dict(cls, data: Mapping) -> Scorer:
        if data.get("format") != FORMAT:
            raise ValueError(f"{MODEL_FILE}: format {data.get('format')!r}, expected {FORMAT}")
        t = data["thresholds"]
        return cls(_Weights(data["weights"]), wide_threshold=float(t["wide"]), rule_threshold=float(t.get("rule", 0.0)))


class _Weights(dict):
    def __missing__(self, key: str) -> float:
        return 0.0


@lru_cache(maxsize=1)
def scorer() -> Scorer | None:
    """The shipped model, or None when it is missing (then every candidate record is kept)."""
    try:
        path = model_path(MODEL_FILE)
    except FileNotFoundError:
        return None
    return Scorer.from_dict(json.loads(path.read_text(encoding="utf-8")))
