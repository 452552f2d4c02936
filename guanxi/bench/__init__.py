"""Benchmarks: each module measures one thing and returns figures; `kg bench …` prints them."""
