"""Deterministic demo data: a realistic sales-intelligence corpus for 中太数据 (see `generator`)."""

from guanxi.demo.evalset import search_eval_queries
from guanxi.demo.generator import ANCHOR, SCALE, generate, iter_chunks, merge

__all__ = ["ANCHOR", "SCALE", "generate", "iter_chunks", "merge", "search_eval_queries"]
