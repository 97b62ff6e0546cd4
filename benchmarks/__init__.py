"""Benchmarks: `make bench` runs every benchmarks/bench_*.py main() and prints its figures."""
