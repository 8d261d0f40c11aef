"""Extractors: names (NER), quotes, quantities and time expressions found in cleaned text."""
