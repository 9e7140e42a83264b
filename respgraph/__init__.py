"""respgraph: Chinese government action plans -> a graph of agency responsibilities.

Importing ``respgraph`` is cheap: the API functions import their libraries when called.
"""

from __future__ import annotations

__version__ = "0.1.0"
