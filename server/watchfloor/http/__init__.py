"""The request edge: the resource kit, handler bodies, headers, parameters, problems."""
