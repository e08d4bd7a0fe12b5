"""Benchmark scripts; a package so that `benchmarks._data` is ours even where another
distribution (pySBD) installs a top-level `benchmarks` package."""
