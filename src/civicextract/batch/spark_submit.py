"""The application file for ``spark-submit``: ``spark-submit [options] spark_submit.py INPUT... -o OUTDIR [run options]``.

spark-submit runs a Python *file*, not a module, hence absolute imports and
this small file; the master, executors and environment come from spark-submit.
"""

import sys

from civicextract.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["run", *sys.argv[1:], "--engine", "spark"]))
