"""The curation loop: drafted facts from extract candidates (``draft``), and the review of a
document's candidates one at a time with its decisions kept beside the base (``review``)."""
