"""Strawberry types, one module per GraphQL type family."""
