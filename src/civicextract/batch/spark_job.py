"""``--engine spark``: the same per-article work on Apache Spark, Parquet out in the same schema.

Files are listed and read by Spark (``binaryFile``, recursive), so inputs can
be any Hadoop-compatible path (``hdfs://``, ``s3a://`` ...); each file is then
cut into items by the same readers as the local engine and each item goes
through the same :func:`work.process_many`.  The pipeline is built once per
executor Python process (Spark reuses those workers across tasks) and cached
in a module global.  Rows carry the local engine's reading order, so the
tables come out in the same order with the same columns.

Limits: a single input file must fit in an executor's memory (``binaryFile``
reads it whole, at most 2 GB); ``--resume`` is Spark's own task retry.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from typing import Any

from .dedupe import Duplicates
from .items import Provenance, RawItem, ReadFailure, Skip
from .readers import kind_of, read_blob
from .runner import RunConfig, RunResult, deduplicated, summary_dict
from .state import Counters, atomic_write
from .tables import (
    COLUMNS,
    ERROR_COLUMNS,
    KINDS,
    PRECISION,
    SCALE,
    arrow_schema,
    article_id,
    article_key,
    duckdb_create,
    parse,
    rows,
)
from .work import failure_row, load_pipeline, process_many

_PIPELINE: dict[tuple, Any] = {}
# articles extracted together in a partition (as a local worker's message of tasks)
_BATCH = 16


def _pipeline(kinds: tuple[str, ...], factory: str) -> Any:
    key = (kinds, factory)
    if key not in _PIPELINE:
        _PIPELINE[key] = load_pipeline(kinds, factory)
    return _PIPELINE[key]


def order_key(input_index: int, rel: str) -> str:
    """A string that sorts like the local engine's walk: inputs in order, files before sub-folders, names sorted.

    >>> sorted(["a/z.txt", "b.txt", "a/b/c.txt"], key=lambda r: order_key(0, r))
    ['b.txt', 'a/z.txt', 'a/b/c.txt']
    """
    parts = rel.split("/") if rel else []
    comps = [f"1{d}" for d in parts[:-1]] + ([f"0{parts[-1]}"] if parts else [])
    return f"{input_index:06d}\x00" + "\x00".join(comps)


def _locate(path: str, roots: list[tuple[int, str, str, bool]]) -> tuple[str, str, str]:
    """Map a Spark file URI back to (order key, input as the user wrote it, default id)."""
    path = _norm(path)
    for index, given, uri, is_dir in roots:
        if is_dir and path.startswith(uri.rstrip("/") + "/"):
            rel = path[len(uri.rstrip("/")) + 1 :]
            return order_key(index, rel), os.path.join(given, *rel.split("/")), rel
        if not is_dir and path == uri:
            return order_key(index, ""), given, os.path.basename(given)
    return order_key(len(roots), path), path, os.path.basename(path)


def _partition(
    files: Iterable[Any],
    roots: list,
    kinds: tuple[str, ...],
    factory: str,
    timeout: float | None,
    max_bytes: int,
    pipeline: bool = True,
) -> Iterator[tuple]:
    # pipeline=False: empty files, which fail before extraction and need no pipeline on the driver
    loaded = _pipeline(kinds, factory) if pipeline else None
    # Rows wait in reading order until _BATCH articles are ready, so that the
    # articles are extracted together as the local engine does (process_many).
    pending: list[tuple] = []
    raw: list[tuple[int, RawItem]] = []

    def flush() -> Iterator[tuple]:
        done = process_many([item for _, item in raw], loaded, timeout=timeout, max_bytes=max_bytes)
        for (slot, _), (line, error) in zip(raw, done, strict=True):
            key, n = pending[slot][:2]
            pending[slot] = (
                (key, n, "ok", line) if line is not None else (key, n, "error", json.dumps(error, ensure_ascii=False))
            )
        yield from pending
        pending.clear()
        raw.clear()

    for f in files:
        key, given, default_id = _locate(f.path, roots)
        if kind_of(given) is None:
            items: Iterable = [Skip(Provenance(given), f"unsupported file type: {os.path.basename(given)}")]
        else:
            items = read_blob(given, default_id, bytes(f.content), max_bytes=max_bytes)
        for n, item in enumerate(items):
            if isinstance(item, RawItem):
                raw.append((len(pending), item))
                pending.append((key, n))
                if len(raw) >= _BATCH:
                    yield from flush()
            elif isinstance(item, ReadFailure):
                pending.append((key, n, "error", json.dumps(failure_row(item), ensure_ascii=False)))
            else:
                pending.append((key, n, "skip", item.reason))
    yield from flush()


class _File:
    def __init__(self, path: str, content: bytes):
        self.path, self.content = path, content


def _empty_files(spark: Any, uri: str) -> Iterator[str]:
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(uri)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    it = fs.listFiles(hpath, True)
    while it.hasNext():
        status = it.next()
        if status.getLen() == 0 and not status.getPath().getName().startswith((".", "_")):
            yield str(status.getPath().toUri())


def spark_schema(columns: list[tuple[str, str]]):
    from pyspark.sql import types as T

    types = {
        "str": T.StringType(),
        "int": T.LongType(),
        "dec": T.DecimalType(PRECISION, SCALE),
        "ts": T.TimestampNTZType(),  # the article's wall clock, as printed
        "tsz": T.TimestampType(),  # an instant: rows carry aware UTC datetimes
        "[str]": T.ArrayType(T.StringType()),
        "[[int]]": T.ArrayType(T.ArrayType(T.LongType())),
    }
    return T.StructType([T.StructField(n, types[t], True) for n, t in columns])


def _uri(spark: Any, path: str) -> str:
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return _norm(str(fs.makeQualified(hpath).toUri()))


def _norm(uri: str) -> str:
    """``file:///x`` and ``file:/x`` name the same file (Spark and Hadoop spell it both ways)."""
    return "file:/" + uri[len("file:") :].lstrip("/") if uri.startswith("file:") else uri


def _normalised_path(column: Any) -> Any:
    """A path column spelt as ``_norm`` spells URIs (``file:/x``), for prefix tests."""
    from pyspark.sql import functions as F

    return F.regexp_replace(column, "^file:/+", "file:/")


def _is_dir(spark: Any, path: str) -> bool:
    jvm = spark.sparkContext._jvm
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    return bool(hpath.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).getFileStatus(hpath).isDirectory())


_QUIET_LOG4J2 = """\
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex
"""


def _quiet_logs(builder: Any, folder: str) -> Any:
    """Spark's own log at WARN from the JVM's start (setLogLevel comes only after the INFO lines of start-up)."""
    path = os.path.join(folder, "log4j2.properties")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(_QUIET_LOG4J2)
    return builder.config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{path}")


def run_spark(cfg: RunConfig, master: str | None = None, spark: Any = None, verbose: bool = False) -> RunResult:
    from pyspark.sql import SparkSession

    from .state import StateError

    if cfg.resume:
        raise StateError("--resume is not needed with --engine spark: Spark retries failed tasks itself")
    if cfg.db and not cfg.db.lower().endswith(".duckdb"):
        raise StateError("--db with --engine spark loads DuckDB only (.duckdb)")
    started = time.monotonic()
    own = spark is None
    if own:
        from pyspark import SparkConf

        builder = SparkSession.builder.appName("civicextract").config("spark.ui.enabled", "false")
        builder = builder.config("spark.ui.showConsoleProgress", "false" if cfg.progress is False else "true")
        # Timestamps as Parquet TIMESTAMP_MICROS (what pyarrow and DuckDB write), not the legacy INT96;
        # the session clock in UTC, so no value depends on the driver's time zone.
        builder = builder.config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        builder = builder.config("spark.sql.session.timeZone", "UTC")
        logs = None if verbose else tempfile.mkdtemp(prefix="civicextract-spark-")
        if logs:
            builder = _quiet_logs(builder, logs)
        if not master and not SparkConf().contains("spark.master"):  # spark-submit sets it; alone, run locally
            master = f"local[{cfg.jobs}]"
        if master:
            builder = builder.master(master)
        if master and master.startswith("local"):
            # Local executors must run this interpreter, the one with civicextract
            # (PySpark otherwise starts a bare "python3"); a cluster sets its own.
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            # 200 shuffle partitions (the default) is for clusters: locally it is mostly overhead
            builder = builder.config("spark.sql.shuffle.partitions", "4")
            # Local: the driver listens on loopback, so no host name lookup (slow or
            # failing in containers) and no network interface it depends on.
            builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        try:
            spark = builder.getOrCreate()
        finally:
            if logs:
                shutil.rmtree(logs, ignore_errors=True)  # read once, when the JVM started
    if not verbose:
        spark.sparkContext.setLogLevel("WARN")  # also under spark-submit, whose JVM started with its own settings
    try:
        counters, dups = _run(spark, cfg)
    finally:
        if own:
            spark.stop()
    return RunResult(counters, cfg.outdir, time.monotonic() - started, False, duplicates=dups, read_now=counters.read)


def _run(spark: Any, cfg: RunConfig) -> tuple[Counters, Duplicates]:
    out = cfg.outdir
    os.makedirs(out, exist_ok=True)
    roots = [(i, p, _uri(spark, p), _is_dir(spark, p)) for i, p in enumerate(cfg.inputs)]
    files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load([r[2] for r in roots])
    # OUTDIR inside an input folder is never read (its tables and work files would feed the run)
    out_prefix = _uri(spark, out).rstrip("/") + "/"
    files = files.filter(~_normalised_path(files.path).startswith(out_prefix))
    args = (roots, cfg.kinds, cfg.factory, cfg.timeout, cfg.max_bytes)
    outcomes = files.select("path", "content").rdd.mapPartitions(lambda it: _partition(it, *args))
    # Spark's file sources drop zero-length files; the local engine reports them, so must this one.
    empty = [_File(p, b"") for r in roots for p in _empty_files(spark, r[2]) if not _norm(p).startswith(out_prefix)]
    if empty:
        outcomes = outcomes.union(spark.sparkContext.parallelize(list(_partition(empty, *args, pipeline=False)), 1))
    if cfg.limit is not None:
        outcomes = spark.sparkContext.parallelize(outcomes.sortBy(lambda o: (o[0], o[1])).take(cfg.limit))
    outcomes = outcomes.cache()

    c = Counters()
    for status, n in outcomes.map(lambda o: o[2]).countByValue().items():
        setattr(c, {"ok": "written", "error": "failed", "skip": "skipped"}[status], n)
    c.read = c.written + c.failed + c.skipped
    for reason, n in outcomes.filter(lambda o: o[2] == "skip").map(lambda o: o[3].split(":")[0]).countByValue().items():
        c.skipped_by_reason[reason] = n
    errors = sorted(outcomes.filter(lambda o: o[2] == "error").map(lambda o: (o[0], o[1], o[3])).collect())
    for _, _, e in errors:
        stage = json.loads(e)["stage"]
        c.failed_by_stage[stage] = c.failed_by_stage.get(stage, 0) + 1

    ok = outcomes.filter(lambda o: o[2] == "ok")
    dups, drop = _duplicates(ok, cfg.dedupe)
    if drop:
        ok = ok.filter(lambda o: (o[0], o[1]) not in drop)
    c = deduplicated(c, dups)
    for kind in KINDS:
        cols = COLUMNS[kind]
        names = [n for n, _ in cols]

        def to_rows(o: tuple, kind: str = kind, names: list[str] = names) -> list[tuple]:
            return [(*[r[n] for n in names], o[0], o[1]) for r in rows(parse(o[3]))[kind]]

        schema = spark_schema(cols)
        schema = schema.add("_order", "string").add("_ordinal", "long")
        df = spark.createDataFrame(ok.flatMap(to_rows), schema)
        sort = ["_order", "_ordinal"] + (["idx"] if kind != "articles" else [])
        df.orderBy(*sort).drop("_order", "_ordinal").write.mode("overwrite").parquet(
            os.path.join(out, f"{kind}.parquet")
        )
    outcomes.unpersist()

    atomic_write(os.path.join(out, "errors.jsonl"), "".join(e + "\n" for _, _, e in errors).encode("utf-8"))
    if cfg.db:
        _load_duckdb(cfg.db, out, errors)
    summary = {**summary_dict(c, cfg, dups), "engine": "spark"}
    atomic_write(
        os.path.join(out, "summary.json"),
        (json.dumps(summary, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode(),
    )
    return c, dups


def _duplicates(ok: Any, policy: str) -> tuple[Duplicates, set[tuple[str, int]]]:
    """Repeated ids, judged in reading order as the local engine does, and the rows keep-first drops."""
    repeated = set(
        ok.map(lambda o: (article_id(o[3]), 1))
        .reduceByKey(lambda a, b: a + b)
        .filter(lambda kv: kv[1] > 1)
        .keys()
        .collect()
    )
    repeated.discard(None)
    dups = Duplicates(policy)
    if not repeated:
        return dups, set()
    seen = sorted(
        ok.filter(lambda o: article_id(o[3]) in repeated)
        .map(lambda o: (o[0], o[1], article_id(o[3]), article_key(parse(o[3]))))
        .collect()
    )
    drop = {(order, n) for order, n, aid, key in seen if dups.see(aid, key)}
    return dups, drop if policy == "keep-first" else set()


def _load_duckdb(dest: str, out: str, errors: list) -> None:
    import duckdb
    import pyarrow as pa

    tmp = f"{dest}.tmp-{os.getpid()}"
    if os.path.exists(tmp):
        os.remove(tmp)
    con = duckdb.connect(tmp)
    try:
        for kind in KINDS:
            files = os.path.join(out, f"{kind}.parquet", "*.parquet")
            con.execute(duckdb_create(kind, COLUMNS[kind]))
            con.execute(f"INSERT INTO \"{kind}\" SELECT * FROM read_parquet('{files}')")
        rows_ = [{n: json.loads(e).get(n) for n, _ in ERROR_COLUMNS} for _, _, e in errors]
        errs = pa.Table.from_pylist(rows_, schema=arrow_schema(ERROR_COLUMNS))  # noqa: F841 (read by duckdb by name)
        con.execute(duckdb_create("errors", ERROR_COLUMNS))
        con.execute('INSERT INTO "errors" SELECT * FROM errs')
    finally:
        con.close()
    os.replace(tmp, dest)
