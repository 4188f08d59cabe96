"""Hand-written helpers built on the generated client; the generator never writes here."""
