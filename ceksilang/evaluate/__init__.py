"""Evaluation: scores of ceksilang's output against hand-made gold.

- ``ner``: names, exact-span precision/recall/F1 on CoNLL files (the model or the whole
  extraction).
- ``coverage``: whole runs against real multi-outlet coverage (``tests/gold/coverage``): story
  pairs, figures, speakers, discrepancies, outlet and date read from the text.
"""
