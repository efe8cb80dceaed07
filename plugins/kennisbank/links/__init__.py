"""Checking the web addresses in the records (``kennisbank links``): still there, moved, or gone.

Kept out of ``core``, which reads and checks the records offline: this is the one part of the
package that goes on the network, and only when asked.
"""
