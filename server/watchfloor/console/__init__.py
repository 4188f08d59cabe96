"""The watch floor console: a web page served by the service, a client of the public ``/v1`` API.

Its files are static (``static/``: plain JavaScript modules, no build step) with the libraries
it uses vendored from npm under ``static/vendor/`` (``make console-deps``, ``docs/console.md``).
"""
