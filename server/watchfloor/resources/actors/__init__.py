"""Actors: states, people and organisations, with aliases and memberships."""
