"""Extractors: ``extract(doc) -> list[Record]`` in the document's normalised coordinates."""
