"""Evaluation: scores of ceksilang's output against hand-made gold.

- ``ner``: names, exact-span precision/recall/F1 on CoNLL files (the model or the whole
  extraction).
"""
