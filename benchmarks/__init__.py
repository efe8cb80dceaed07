"""Benchmarks of the knowledge base: the plugin build against plain MkDocs + Material.

One entry point, ``python -m benchmarks <command>``; ``make bench`` runs the whole set and
writes ``docs/benchmarks.md``.
"""
