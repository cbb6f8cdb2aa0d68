"""The programme lexicons of ``models/``, loaded once.

Programme words, generic names and descriptors, and well-known abbreviations
are data (each file says where it came from), so tuning for a new genre is an
edit of ``models/``, not of code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...regexrun import pair_dispatched_alternation
from ...resources import data_lines, model_path, trie_alternation

# A period before the programme word belongs to the name (round 6: “十大战略”三年行动计划,
# “百日攻坚”千日行动): N年, 百日, 千日.
_PERIOD = "[一二三四五两十]年|百日|千日"


@dataclass(frozen=True, slots=True)
class Lexicon:
    heads_any: tuple[str, ...]
    heads_quoted: tuple[str, ...]
    generic: frozenset[str]
    descriptors: tuple[str, ...]
    known: dict[str, tuple[str, ...]]
    head_re: re.Pattern[str]
    suffix_re: re.Pattern[str]
    known_re: re.Pattern[str] | None
    coded_suffix_re: re.Pattern[str]
    head_end_re: re.Pattern[str]
    desc_lead_re: re.Pattern[str]
    desc_trail_re: re.Pattern[str]
    desc_inner_re: re.Pattern[str]
    inword: frozenset[str]
    national: tuple[str, ...] = ()  # named strategies the scorer judges (models/program_strategies.txt)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    heads_any: list[str] = []
    heads_quoted: list[str] = []
    for line in data_lines("program_words.txt"):
        word, where = line.split("\t")
        (heads_any if where == "any" else heads_quoted).append(word)

    generic: set[str] = set()
    descriptors: list[str] = []
    in_descriptors = False
    for line in model_path("generic_programs.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#DESCRIPTORS"):
            in_descriptors = True
        if not line.strip() or line.startswith("#"):
            continue
        (descriptors.append if in_descriptors else generic.add)(line.strip())

    known: dict[str, tuple[str, ...]] = {}
    for line in data_lines("program_abbreviations.tsv"):
        name, _, full = line.partition("\t")
        known[name.strip()] = tuple(f for f in full.strip().split("|") if f)

    # An unquoted name ends in a chain of programme words, with descriptors
    # allowed between them: 路长制 + 管理机制, 工程 + 项目.
    heads = trie_alternation(heads_any)
    desc = trie_alternation(descriptors)
    # (the first head dispatched by its second character, regexrun.pair_dispatched_alternation: the same
    # matches as the tree of heads, a little faster to scan for: 13.9 -> 13.3 M a pass over dev + fit)
    head_re = re.compile(rf"{pair_dispatched_alternation(heads_any)}(?:(?:{desc}){{0,2}}(?:{heads}))*")
    # What may follow a quoted name and still be part of it: “10+5”专项集中整治攻坚行动,
    # “5+3”工作机制, “好社区”试点建设; from the unseen spot checks: “平安夏日”打击整治行动,
    # 能源“源网荷储”一体工程, “知路爱路护路”宣传教育月活动.
    all_heads = trie_alternation(heads_any + heads_quoted)
    suffix_re = re.compile(
        rf"(?:(?:{desc}|选拔|试点|战略|监督|和美乡村|打击|一体化|一体|教育月|宣传月|{_PERIOD}){{0,4}}(?:{all_heads}))+"
    )
    vetted, judged = _strategies()
    for name in vetted:
        known.setdefault(name, ())
    known_re = re.compile(trie_alternation(known)) if known else None
    # After a quoted number code, the noun phrase up to a programme word (candidates._suffix_after).
    coded_suffix_re = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?(?:{all_heads})")
    return Lexicon(
        heads_any=tuple(heads_any),
        heads_quoted=tuple(heads_quoted),
        generic=frozenset(generic),
        descriptors=tuple(sorted(descriptors, key=len, reverse=True)),
        known=known,
        head_re=head_re,
        suffix_re=suffix_re,
        known_re=known_re,
        coded_suffix_re=coded_suffix_re,
        head_end_re=re.compile(rf"(?:{heads})$"),
        desc_lead_re=re.compile(rf"^(?:{desc})+"),
        desc_trail_re=re.compile(rf"(?:{desc})+$"),
        desc_inner_re=re.compile(trie_alternation(d for d in descriptors if len(d) >= 2)),
        inword=frozenset(data_lines("program_inword.txt")),
        national=tuple(judged),
    )


def bucketed_trie(words, per: int = 48, *, second: bool = True) -> str:
    """``trie_alternation(words)`` behind a class of its first characters, with its first level split
    into buckets of ``per`` first characters, each behind a class of its own:
    ``(?=[一三东乡京…][…])(?:(?=[一三东…][…])(?:一…|三…|东…)|(?=[乡京…][…])(?:…))``.

    The same matches: a position's first character selects one subtree either way, and the buckets
    hold disjoint first characters.  Faster on a long list (round 11's 428 known forms start with 140
    characters: over dev + fit, 43 µs per 1,000 chars as one tree, 35 so): the engine skips to the
    positions the outer class admits, and a class test per bucket spares it the literal test of every
    first character of the other buckets.  (Without the outer class it tries every position: 150.)

    ``second``: each look-ahead also tests the next character against the second characters of its
    words, where every one of them has two or more (a word matches only where both stand).  One
    position in six starts with one of the 140 first characters, one in twenty also goes on with a
    second character of some form: the buckets and the tree are entered a third as often (known forms
    over dev + fit: 34 -> 20 µs per 1,000 chars).  ``second=False`` is the reference of the tests.
    """
    words = list(dict.fromkeys(words))
    firsts = sorted({w[0] for w in words if w})
    if len(firsts) <= per or "" in words:
        return trie_alternation(words)

    def cls(chars) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    def ahead(chars, ws) -> str:
        pair = second and all(len(w) >= 2 for w in ws)
        return f"(?={cls(chars)}{cls({w[1] for w in ws}) if pair else ''})"

    parts = []
    for i in range(0, len(firsts), per):
        chars = set(firsts[i : i + per])
        bucket = [w for w in words if w[0] in chars]
        parts.append(f"{ahead(chars, bucket)}{trie_alternation(bucket)}")
    return ahead(firsts, words) + "(?:" + "|".join(parts) + ")"


def class_led(words, body: str) -> str:
    """``body`` (a pattern of ``words``) behind classes of their first and second characters:
    ``[…][…](?<=(?=(body))..)``.

    It matches the first two characters of each position where ``body`` matches, its group 1
    ``body``'s match there (the look-ahead inside the look-behind reads on from the first); a
    match starting inside the previous body match is the caller's to pass over, as a finditer of
    ``body`` resumes after its match.  Why: a body opening with a look-ahead (``bucketed_trie``) is
    entered at every position of the text; a pattern opening with a class is skipped through in C
    to the positions the class admits, and most of those fail on the second class before the body
    is entered (callgrind, the known forms over dev + fit: 39.9 M -> 25.6 M instructions; the first
    class alone 29.4 M).  Consuming two characters skips no start: every word is two characters at
    least (else the first class alone leads), so a match ends past the next position, and where the
    body fails the engine tries the next position.
    """
    words = [w for w in words if w]

    def cls(chars) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    firsts = cls({w[0] for w in words})
    if words and min(map(len, words)) >= 2:
        return f"{firsts}{cls({w[1] for w in words})}(?<=(?=({body}))..)"
    return f"{firsts}(?<=(?=({body})){firsts})"


def _strategies() -> tuple[list[str], list[str]]:
    """The named strategies of models/program_strategies.txt: (known ones, ones the scorer judges)."""
    parts: list[list[str]] = [[], []]
    prefixes: list[list[str]] = [[], []]
    places: list[str] = []
    k = 0
    for line in data_lines("program_strategies.txt"):
        if line == "@JUDGED":
            k = 1
        elif line.startswith("@PREFIX\t"):
            prefixes[k] += line.split("\t", 1)[1].split("|")
        elif line.startswith("@PLACE\t"):
            places += line.split("\t", 1)[1].split("|")
        else:
            parts[k].append(line.strip())
    vetted, judged = ([*names, *(p + q for p in pre for q in places)] for names, pre in zip(parts, prefixes, strict=True))
    return vetted, judged
