"""``python -m kennisbank.cli``: the same command as ``kennisbank``, for environments without the script."""

import sys

from . import main

sys.exit(main())
