"""Two articles: which pairs share text (found at corpus scale), how their paragraphs align, what changed.

Hands on candidate pairs, their alignments and the diff of a copy from its source.
"""
