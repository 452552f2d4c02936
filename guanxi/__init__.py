"""Guanxi: a sales-intelligence knowledge graph (Neo4j + spaCy + GraphQL)."""

__version__ = "0.1.0"
