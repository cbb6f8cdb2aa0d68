"""Batch runs over what scrapers leave behind: ``civicextract run INPUT... -o OUTDIR``.

Stages, one module each: ``readers`` turn paths into raw items with
provenance (nothing is extracted to disk), ``work`` decodes and extracts one
item (the unit shared by the local worker pool and the Spark engine),
``pool`` runs it in worker processes, ``runner`` keeps order, accounting and
the resume checkpoint, ``tables``/``writers`` produce JSONL, Parquet and
database outputs.  Heavy libraries (pyarrow, duckdb, warcio, trafilatura,
pyspark) are imported only by the stage that needs them.
"""
