"""One article: its headline, body and page furniture, the credits it gives and the outlet it is from.

Hands on each article segmented into blocks, with its credits and its outlet filled in.
"""
