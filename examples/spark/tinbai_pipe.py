"""Run tinbai over a folder of JSONL records with Spark's RDD.pipe.

Each input line is a record such as {"url": "...", "html": "..."}, {"id": "...", "text": "..."}
or {"path": "..."} (a path readable on every executor). Each partition's lines are piped through
`tinbai batch -`, which writes one output record per input line, in the same order: the mapper
contract of RDD.pipe and Hadoop Streaming. Give every record an "id" or a "url": records are
labelled by it, so the output does not depend on how Spark splits the input.

    spark-submit examples/spark/tinbai_pipe.py INPUT_DIR OUTPUT_DIR --tinbai /path/to/tinbai

The tinbai binary must exist at the same path on every executor (or be shipped with
--files and called as ./tinbai).
"""

import argparse
import shlex

from pyspark.sql import SparkSession


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="folder (or glob) of JSONL files")
    parser.add_argument("output", help="output folder: Spark writes part-NNNNN files there")
    parser.add_argument("--tinbai", default="tinbai", help="path to the tinbai binary")
    parser.add_argument("--partitions", type=int, default=None, help="least number of partitions")
    parser.add_argument("--jobs", type=int, default=1, help="tinbai worker threads per partition")
    return parser.parse_args()


def main():
    args = parse_args()
    spark = SparkSession.builder.appName("tinbai").getOrCreate()
    sc = spark.sparkContext
    lines = sc.textFile(args.input, minPartitions=args.partitions)
    # --quiet: no summary on the executors' stderr. tinbai exits 1 when some records are error
    # records; PySpark's pipe ignores the exit code by default (checkCode=False), which is
    # what we want: error records are part of the output.
    command = f"{shlex.quote(args.tinbai)} batch --quiet --jobs {args.jobs} -"
    records = lines.filter(lambda line: line.strip() != "").pipe(command)
    records.saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
