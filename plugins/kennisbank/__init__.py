"""Kennisbank: records, validation and the relation model behind the knowledge base site.

The core (everything but ``kennisbank.plugin``) never imports MkDocs, so the validator CLI,
the tests and any other site generator can use it on its own.
"""

__version__ = "0.1.0"
