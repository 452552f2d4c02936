"""One reader per format: each takes decoded text or raw bytes and returns an ``Extracted``."""
