"""The money rows the Taiwan rounds' tests compare: (surface, amount, amount_max, currency,
qualifier, purpose), amounts as floats so that the expected values can be written 3e8."""

from civicextract import Pipeline

_PIPE = Pipeline(kinds=("money",))


def taiwan_rows(text):
    return [
        (text[m.start : m.end], float(m.amount), None if m.amount_max is None else float(m.amount_max), m.currency, m.qualifier, m.purpose)
        for m in _PIPE.extract(text).money
    ]
