"""Asking a fact base: the library's uses of ``factbase`` for reading (DESIGN.md §2).

- ``select``    the command line's filters resolved against a base (unknown names fail with
                suggestions), then the matching facts, sorted
- ``names``     any spelling of a name: romanisations folded by rule, generic words, Hangul aliases;
                ``wordmatch`` words at the start of a word, British and American spellings alike
- ``search``    words across statements, quotes and source texts
- ``series``    the points of a measure, and several measures side by side
- ``grouping``  facts by year, decade, kind, source or speaker
- ``convert``   money restated in another currency of its era
"""
