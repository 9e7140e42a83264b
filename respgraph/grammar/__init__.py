"""The grammar of responsibility clauses in Chinese government plans.

``units``   what an agency name looks like: list splitting, portfolios, collectives.
``clauses`` where a clause starts and ends in running text, and how its labels assign roles.
``duty_statements`` a unit opening a sentence, an item or a heading with its own duty (县公安局：负责…):
            the grammar of plans that divide work by unit, read with the clauses' patterns.

The public API is :mod:`respgraph.responsibilities`; these modules are its parts.
"""
