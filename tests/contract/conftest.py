"""schemathesis settings the contract tests share."""

import schemathesis

# NDJSON is text on the wire: the bodies generated for ``POST /v1/import`` (a string schema) are
# sent the way schemathesis sends ``text/plain``.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")
