"""schemathesis settings the contract tests share."""

import sys

import schemathesis

# A plan's trigger is a recursive schema (`all`/`any` of triggers, five deep at most, checked by
# the service); generating it walks the inlined references deeper than Python's default limit.
sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))

# NDJSON is text on the wire: the bodies generated for ``POST /v1/import`` (a string schema) are
# sent the way schemathesis sends ``text/plain``.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")
