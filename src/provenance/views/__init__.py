"""Views: Graphviz diagrams, the HTML report, Jupyter display, tables, W3C PROV and the terminal summary.

Takes a finished report and hands on what a person or another program reads; nothing flows back.
"""
