"""Comparing: a measure between two times, two fact bases, and claims of different sources.

Three questions, no terminal code: ``times.compare_times`` (how did each measure change between
FROM and TO?), ``bases.diff_bases`` with ``sides.open_side`` (what did a curation change between
two versions of a base?), ``conflicts.find_conflicts`` (where do sources disagree beyond their
ranges and qualifiers?). ``intervals`` holds the arithmetic of honest numbers they share.
"""
