"""speed22: full-text scans of the programme finders given a first-character test the engine can use.

``known`` reads the known forms through classes of their first two characters (``lexicon.class_led``)
instead of their prefix tree's leading look-ahead, and ``quote_matches`` scans for “…” alone when a text holds
no ‘ and no ".  Both must give what the former scans gave: the former spelling is the reference here.
"""

import json
import re
import re._compiler as _compiler
import re._parser as _parser
from pathlib import Path

from civicextract.document import normalize
from civicextract.extractors.programs import candidates as C
from civicextract.extractors.programs import extractor as X
from civicextract.extractors.programs.lexicon import bucketed_trie, class_led, lexicon

ROOT = Path(__file__).resolve().parent.parent
_INFO_PREFIX, _INFO_CHARSET = 1, 4


def _skips(pattern: re.Pattern[str]) -> bool:
    code = _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
    return bool(code[2] & (_INFO_PREFIX | _INFO_CHARSET))


def _form_re() -> re.Pattern[str]:
    """The forms' prefix tree, as ``known`` scanned it before."""
    forms, _ = X._forms()
    return re.compile(bucketed_trie(sorted(forms, key=len, reverse=True)))


_FORM_RE = _form_re()


def _known_reference(text: str) -> list[tuple[str, int, int, str]]:
    """``known`` as it was: every match of ``form_re.finditer``."""
    lex = lexicon()
    forms, _ = X._forms()
    out = []
    for m in _FORM_RE.finditer(text):
        form, key = m.group(), forms[m.group()]
        if key != form and (lex.head_re.match(text, m.end()) or text.startswith(("资金", "补助", "补贴"), m.end())):
            continue
        out.append((form, m.start(), m.end(), key))
    return out


def _known(text: str) -> list[tuple[str, int, int, str | None]]:
    return [(c.name, c.start, c.end, c.known) for c in C.known(text, lexicon(), *X._forms())]


def test_known_forms_in_a_sentence():
    text = "全县深入实施乡村振兴战略，推进双创和河长制，持续开展“放管服”改革与乡村振兴项目建设。"
    assert _known(text) == [
        ("乡村振兴战略", 6, 12, "乡村振兴战略"),
        ("双创", 15, 17, "双创"),
        ("河长制", 18, 21, "河长制"),
        ("放管服", 27, 30, "放管服"),
    ]  # (乡村振兴 before 项目: projects under the strategy)
    assert _known(text) == _known_reference(text)


def test_known_forms_back_to_back_and_nested():
    # a form right after another, and a shorter form inside a longer one: one match each, as finditer gives
    for text in ("乡村振兴战略乡村振兴双创双创", "河长制河长制湖长制", "双", ""):
        assert _known(text) == _known_reference(text)


def test_known_forms_as_before_on_the_corpus():
    texts = [json.loads(line)["text"] for line in (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    for t in texts:
        text = normalize(t).text
        assert _known(text) == _known_reference(text)


def test_the_led_pattern_finds_each_start_of_a_small_lexicon():
    # a form failing at a position (长江大桥 at 长江河) leaves the next position to the engine: 江河 there;
    # with a one-character form the first class alone leads
    for words in (("长江大桥", "江河", "河长制"), ("长江大桥", "河")):
        body = "|".join(sorted(words, key=len, reverse=True))
        led = re.compile(class_led(words, body))
        for text in ("长江河", "长江大桥河长制江河", "河河长江", "江"):
            found, end = [], 0
            for m in led.finditer(text):
                if m.start() >= end:
                    found.append((m.start(), m.group(1)))
                    end = m.start() + len(m.group(1))
            assert found == [(m.start(), m.group()) for m in re.finditer(body, text)]
    assert class_led(["长江"], "长江") == "[长][江](?<=(?=(长江))..)"
    assert class_led(["河"], "河") == "[河](?<=(?=(河))[河])"


def test_the_led_pattern_has_its_first_character_test():
    assert not _skips(_FORM_RE)  # (why: the look-ahead first, the engine enters it everywhere)
    assert _skips(X._forms()[1])


def test_quotes_without_single_or_straight_marks():
    text = "开展“放管服”改革，落实“最多跑一次”，推进“双创”。"
    spans = [(m.start(), m.end(), m.lastindex, m.group(m.lastindex)) for m in C.quote_matches(text)]
    assert spans == [(2, 7, 1, "放管服"), (12, 19, 1, "最多跑一次"), (22, 26, 1, "双创")]
    assert spans == [(m.start(), m.end(), m.lastindex, m.group(m.lastindex)) for m in C.QUOTE.finditer(text)]
    assert _skips(C._DOUBLE_QUOTE) and C._DOUBLE_QUOTE.groups == 1


def test_quotes_with_single_and_straight_marks():
    text = "他说：“实施‘五定’要求”，并推出\"一网通办\"。"
    spans = [(m.start(), m.end(), m.lastindex, m.group(m.lastindex)) for m in C.quote_matches(text)]
    assert spans == [(3, 13, 1, "实施‘五定’要求"), (17, 23, 3, "一网通办")]
    text = "推进‘三项重点工作’落地。"
    assert [(m.lastindex, m.group(m.lastindex)) for m in C.quote_matches(text)] == [(2, "三项重点工作")]
