"""Training scripts for the models shipped in ``ceksilang/data``."""
