"""Korea-specific reference data: facilities and the weapons catalogue, with aliases."""
