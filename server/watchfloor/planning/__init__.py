"""Planning's computed side: signposts lit by the worker, and contingency plans' branches."""
