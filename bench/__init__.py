"""The load benchmark: a dataset generator, the app against its floor, and the fault runs.

``python -m bench run --scale 0.05 --duration 20`` loads (or reuses) a dataset, serves the app and
the floor one after the other on loopback, drives each endpoint with wrk, runs pgbench with the
same statements and writes ``bench/results/latest.{json,md}``. See bench/README.md.
"""
