"""Office-holders named bare (models/officeholders.txt, session 14): Hong Kong's colonial governors and
founding or Cold War heads the press still cites; names a place or body bears are left out (made-up sentences)."""

from __future__ import annotations

import pytest

from civicextract import extract


@pytest.mark.parametrize(
    ("text", "officials"),
    [
        ("彭定康當年推行政改方案，引起不少爭議。", [("彭定康", ())]),
        ("末代港督彭定康昨日接受訪問時表示關注。", [("彭定康", ("末代港督",))]),
        ("李光耀在回忆录中写道，新加坡必须自强。", [("李光耀", ())]),
        ("冷战时期，赫鲁晓夫与美国在古巴导弹危机中对峙。", [("赫鲁晓夫", ())]),
        # left out: a hospital, a trail, a city and an airport bear these names
        ("病人被送往葛量洪醫院治理。", []),
        ("行山人士在麥理浩徑迷路。", []),
        ("代表团抵达胡志明市。", []),
        ("航班在戴高乐机场降落。", []),
    ],
)
def test_bare_office_holders(text, officials):
    assert [(o.name, o.titles) for o in extract(text).officials] == officials
