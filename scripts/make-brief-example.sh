#!/usr/bin/env bash
# docs/brief-2022-01-31.pdf and .png from the knowledge base (scripts/make_brief_example.py).
# Needs a PostgreSQL server (DATABASE_URL, default the local one) and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
exec .venv/bin/python -m scripts.make_brief_example
