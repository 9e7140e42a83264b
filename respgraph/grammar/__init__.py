"""The grammar of responsibility clauses in Chinese government plans.

``units``   what an agency name looks like: list splitting, portfolios, collectives.
``clauses`` where a clause starts and ends in running text, and how its labels assign roles.

The public API is :mod:`respgraph.responsibilities`; these modules are its parts.
"""
