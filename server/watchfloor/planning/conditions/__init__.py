"""How each kind of signpost condition is evaluated over knowledge time (see
:mod:`watchfloor.planning.evaluation`)."""
