"""The corpus: who copied whom in each pair, and the derived-from graph of direct parents over them all.

Hands on directed pairs, derivations and the sources that are missing from the corpus.
"""
