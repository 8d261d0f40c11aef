"""Scale: the same stage functions on more than one core or machine.

- ``workers``: a pool of processes for the per-document and per-story work, results in input
  order;
- ``spark``: the whole job as a PySpark job (needs the ``spark`` extra).
"""
