# The two commands a fresh machine needs: `make samples` and `make test`.
.PHONY: setup samples test lint typecheck

setup:
	scripts/setup.sh

samples: setup
	@mkdir -p output
	@for f in source/*.txt source/*.md source/*.html; do \
	  [ -e "$$f" ] || continue; \
	  base=$$(basename "$$f"); \
	  .venv/bin/briefing build "$$f" -o "output/$${base%.*}.pdf" || exit $$?; \
	done

test:
	scripts/setup.sh --test
	.venv/bin/python -m pytest -q

lint:
	.venv/bin/ruff check briefing tests benchmarks

typecheck:
	.venv/bin/python -m mypy briefing
