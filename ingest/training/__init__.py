"""Training code for Guanxi's shipped models (Chinese NER and the organisation-relation classifier).

See ``ingest/models/README.md`` for the model card and ``python -m ingest.training.cli --help``.
"""
