# Developer shortcuts. The benchmarks are never part of the test run.
PYTHON ?= .venv/bin/python

.PHONY: bench-ror bench bench-smoke

bench:  ## scale benchmark at ~10k, 100k, 1M triples -> benchmarks/RESULTS.md (~15 min)
	$(PYTHON) -m benchmarks.run --sizes 10k,100k,1m

bench-smoke:  ## the same suite at a tiny size (seconds); prints the report
	$(PYTHON) -m benchmarks.run --smoke

bench-ror:
	$(PYTHON) -m benchmarks.run --ror
