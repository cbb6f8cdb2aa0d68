"""The ordered rules that choose what one amount of money is for.

:func:`purpose_of` cuts the phrases around one amount (:mod:`.phrases`), then asks the rules in a
fixed order and returns the first answer: the frames right at the amount (:mod:`.frames`), an
amount that changes, repeats or shares a measure named before it (:mod:`.changes`), bounds and
grants (:mod:`.grants`), then the numbered steps of :mod:`.purpose`'s overview (:mod:`.steps`).
Each rule returns ``None`` when it has nothing to say and only reads the phrases; a rule's answer
may be an empty string, which is an answer too (so the test is ``is not None``).  An answer that
names no use (money and the act of paying it alone, a figure's reporting verb left on its subject)
yields to the use the sentence names (:mod:`.named_use`).
"""

from __future__ import annotations

from ...records import Money
from .changes import changed_measure, prior_money
from .frames import after_frame, fine_or_offence, noun_after_amount, opening_after, restated, traded
from .grants import appropriated, bounded, granted
from .hk_uses import hk_use
from .named_use import named_use
from .phrases import Phrases, phrases
from .steps import bare_measure, generic_after, marked_or_listed, noun_after, plain_money, said_before, verb_or_subject
from .tw_uses import tw_use


def purpose_of(text: str, rec: Money, prev: Money | None, nxt: Money | None, prev2: Money | None = None) -> str | None:
    p = phrases(text, rec, prev, nxt, prev2)
    found = _first_answer(p)
    if found:
        # a phrase of money and paying alone, or a figure's reporting verb: the use the sentence names
        return named_use(p, found) or found
    return found


def _first_answer(p: Phrases) -> str | None:
    # frames right at the amount (frames.py)
    if (found := restated(p)) is not None:
        return found
    if (found := after_frame(p)) is not None:
        return found
    if (found := opening_after(p)) is not None:
        return found
    if (found := noun_after_amount(p)) is not None:
        return found
    if (found := fine_or_offence(p)) is not None:
        return found
    if (found := traded(p)) is not None:
        return found or None  # (将X以…的价格售出 with no words left of X: no purpose)
    # a measure named before the amount (changes.py)
    if (found := changed_measure(p)) is not None:
        return found
    if (found := prior_money(p)) is not None:
        return found
    # Hong Kong dollars in the shapes the grants and steps below cut too long (hk_uses.py)
    if (found := hk_use(p)) is not None:
        return found
    # New Taiwan dollars after a bare budget verb (tw_uses.py)
    if (found := tw_use(p)) is not None:
        return found
    # bounds and grants (grants.py)
    if (found := bounded(p)) is not None:
        return found
    if (found := appropriated(p)) is not None:
        return found
    if (found := granted(p)) is not None:
        return found
    # the numbered steps of purpose.py's overview (steps.py)
    if (found := marked_or_listed(p)) is not None:
        return found
    if (found := plain_money(p)) is not None:
        return found
    if (found := generic_after(p)) is not None:
        return found
    if (found := bare_measure(p)) is not None:
        return found
    if (found := verb_or_subject(p)) is not None:
        return found
    if (found := noun_after(p)) is not None:
        return found
    return said_before(p)
