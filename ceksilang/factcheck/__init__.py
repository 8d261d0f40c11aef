"""Prior fact-checks: "has this claim been checked before?".

Takes fact-check archives (the TurnBackHoax CSV export, ClaimReview JSON-LD as embedded in
fact-check pages or as a JSON list, a plain ``claim,rating,url,published,publisher`` CSV) and
pasted claims or the sentences of analysed coverage; gives ``FactCheck`` records stored in the
SQLite store with their ratings normalised to a five-step scale (``ratings``, data in
``lang/<code>/ratings.yaml``), ranked matches with the words, names and figures they share
(``archive``: FTS5 BM25 candidates, ``match``: the re-ranker and the verdict threshold), the
sentences most worth checking (``checkworthy``), and ClaimReview JSON-LD out (``claimreview``).
"""
