"""Officials: person names (``names``), posts (``posts``) and title chains (``chainwalk``:
where one starts; ``titles``: its segments and organisation; ``public``: is it public
office), put together in ``extractor``.

The name readers' stages: ``edges`` (where a name may end, by its characters),
``tagging`` (jieba's reading around it), ``states`` (foreign states in a chain),
``foreign`` (transliterated and dotted names), ``namechars`` (what characters a name
may hold), ``names`` (the name after a post), ``readings`` and ``unclosed`` (its readings
in turn), ``names_before`` (names read leftwards from a post or a speech verb).
The extractor's stages, in the order it runs them: ``extractor`` (the main loop over
posts), ``chains`` (each post's chain and where its holder's name stands), ``checks`` (is the name next to a post its holder), ``lists`` (holders named
in lists, after 的, a gap or a head count), ``bare`` and ``holders`` (office-holders
named without a title), ``attach`` (chains no name follows, given to their holder),
``people`` (one name per person), ``assemble`` (the ``Official`` records)."""

from .extractor import extract

__all__ = ["extract"]
