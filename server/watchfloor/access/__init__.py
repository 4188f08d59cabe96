"""Who is calling: API keys, scopes, datasets, rate limits."""
