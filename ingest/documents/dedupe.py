"""Near-duplicate detection for notes and clippings.

Features
    ``hash_form`` of the text (full-width -> half-width, Traditional -> Simplified, case-folded), letters,
    digits and Hanzi only (punctuation/whitespace dropped: re-pastes lose or change them), then the set of
    distinct character 3-grams ("shingles").

Fingerprint (``Fingerprint``)
    * ``simhash``: 64-bit simhash over the shingles (blake2b-64 per shingle) — compact, kept as one int;
    * ``minhash``: ``NUM_PERM`` = 96 MinHash values (32 bit) over the same shingles, estimating Jaccard;
    * ``band_keys``: MinHash LSH, ``NUM_BANDS`` = 32 bands x ``ROWS_PER_BAND`` = 3 rows, each band hashed
      to a signed 64-bit int (prefixed by the band number), for candidate lookups in the graph.
    The hash seeds are fixed: never change them once fingerprints are stored.

Decision
    ``is_near_duplicate(a, b)``: Jaccard of the shingle sets >= ``NEAR_DUP_JACCARD`` (0.45) — exact when
    both texts are at hand, else estimated from the MinHash signatures (std. error ~0.05 at 0.5).
    ``similarity(a, b)`` returns that Jaccard (exact or estimated).

Measured (the 30 annotated samples in shared/samples, 30 variants of each kind, seed 7; reproduced by
``tests/test_documents.py::test_near_duplicate_measurements``):

    =================================================  ===============  ==================  =========
    pair                                               Jaccard min/med   simhash bits        4x16 band
                                                                         min/med/max         shared
    =================================================  ===============  ==================  =========
    same text, Traditional + full-width punctuation    1.00 / 1.00       0 / 0 / 0           30/30
    same clipping, other source/header line on top     0.80 / 0.92       1 / 5 / 11          20/30
    same clipping, header + editor's trailer           0.66 / 0.86       1 / 8 / 13           9/30
    re-pasted note with 3-6 small edits                0.62 / 0.89       3 / 8 / 12          12/30
    re-pasted note, one line dropped + one added       0.55 / 0.76       4 / 10 / 16          6/30
    different notes, same customer (3 pairs), max      0.12              23 / 26 / 28
    note vs clipping about the same deal (5), max      0.06              26 / 30 / 38
    any two different samples (435 pairs), max         0.13              19 / 32 / 43
    =================================================  ===============  ==================  =========

    Jaccard separates the two groups with a wide gap (0.55 vs 0.13): threshold 0.45.  Simhash on texts
    of 100-500 characters is too noisy to decide with (near-duplicates reach 16 bits, different texts
    start at 19), and 4 x 16-bit simhash bands (which only guarantee a shared band within 3 bits) found
    only 6-20 of 30 near-duplicates per kind, so the graph lookup uses MinHash LSH bands instead.
    Measured with them: all 150 variant pairs share at least one LSH band (MinHash-estimated Jaccard
    >= 0.55 for every one), none of the 435 pairs of different samples shares a band (estimated Jaccard
    <= 0.125).  In theory a pair with Jaccard 0.45 / 0.55 / 0.62 shares a band with probability
    95% / 99.5% / 99.9%, an unrelated pair (Jaccard <= 0.05) with probability < 0.5%.
    ``simhash_band_keys`` (4 x 16 bits) is kept for exact-ish re-pastes (<= 3 bits) should a cheaper
    index ever be wanted.

Storing in the graph (``graph_properties``): ``simhash`` (signed 64-bit: Neo4j integers are signed),
``minhash`` (list of 96 ints), ``dedupe_bands`` (list of 32 ints).  Candidate lookup, e.g. with one
``(:DedupeBand {key})`` node per key (unique constraint on key) linked from each document::

    UNWIND $bands AS k MATCH (:DedupeBand {key: k})<-[:HAS_BAND]-(d:Document)
    RETURN DISTINCT d.id AS id, d.minhash AS minhash

then confirm each candidate with ``estimated_jaccard(fp.minhash, row["minhash"]) >= NEAR_DUP_JACCARD``.
``NearDuplicateIndex`` does the same in memory for one batch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .hashing import hash_form

__all__ = [
    "NEAR_DUP_JACCARD",
    "NUM_BANDS",
    "NUM_PERM",
    "ROWS_PER_BAND",
    "SHINGLE_SIZE",
    "Fingerprint",
    "NearDuplicateIndex",
    "band_keys",
    "estimated_jaccard",
    "fingerprint",
    "from_signed64",
    "graph_properties",
    "hamming",
    "is_near_duplicate",
    "jaccard",
    "minhash",
    "shingles",
    "simhash",
    "simhash_band_keys",
    "similarity",
    "to_signed64",
]

SHINGLE_SIZE = 3
NUM_PERM = 96
NUM_BANDS = 32
ROWS_PER_BAND = 3
NEAR_DUP_JACCARD = 0.45
_MASK64 = (1 << 64) - 1
_MASK32 = (1 << 32) - 1
_PRIME = (1 << 61) - 1
_CHUNK = 16_384


def _seed_pair(i: int) -> tuple[int, int]:
    d = hashlib.blake2b(f"guanxi-minhash-{i}".encode(), digest_size=8).digest()
    a = int.from_bytes(d[:4], "little") | 1
    b = int.from_bytes(d[4:], "little")
    return a, b


_SEEDS: tuple[tuple[int, int], ...] = tuple(_seed_pair(i) for i in range(NUM_PERM))


# --------------------------------------------------------------------------- features


def _shingle_text(text: str) -> str:
    return "".join(ch for ch in hash_form(text) if ch.isalnum())


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[str]:
    """Distinct character ``size``-grams of the normalised text (letters, digits, Hanzi only)."""
    s = _shingle_text(text)
    if len(s) <= size:
        return {s} if s else set()
    return {s[i : i + size] for i in range(len(s) - size + 1)}


def _h64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "little")


def simhash(features: Iterable[str]) -> int:
    """64-bit simhash of a set of features (each weighted 1)."""
    hashes = [_h64(f) for f in features]
    if not hashes:
        return 0
    try:
        import numpy as np
    except ImportError:  # pragma: no cover - numpy comes with spaCy
        counts = [0] * 64
        for h in hashes:
            for bit in range(64):
                counts[bit] += 1 if (h >> bit) & 1 else -1
        return sum(1 << bit for bit in range(64) if counts[bit] > 0)
    ones = np.zeros(64, dtype=np.int64)
    for start in range(0, len(hashes), _CHUNK):
        arr = np.array(hashes[start : start + _CHUNK], dtype="<u8")
        bits = np.unpackbits(arr.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
        ones += bits.sum(axis=0, dtype=np.int64)
    positive = (2 * ones - len(hashes)) > 0
    return sum(1 << int(i) for i in np.flatnonzero(positive))


def minhash(features: Iterable[str]) -> tuple[int, ...]:
    """``NUM_PERM`` MinHash values (32 bit) of a feature set; all ``2**32-1`` for the empty set."""
    xs = [_h64(f) & _MASK32 for f in features]
    if not xs:
        return (_MASK32,) * NUM_PERM
    try:
        import numpy as np
    except ImportError:  # pragma: no cover
        return tuple(min(((a * x + b) % _PRIME) & _MASK32 for x in xs) for a, b in _SEEDS)
    a_arr = np.array([a for a, _ in _SEEDS], dtype=np.uint64)
    b_arr = np.array([b for _, b in _SEEDS], dtype=np.uint64)
    best = np.full(NUM_PERM, _MASK32, dtype=np.uint64)
    for start in range(0, len(xs), _CHUNK):
        x = np.array(xs[start : start + _CHUNK], dtype=np.uint64)[:, None]
        # a, x < 2**32 so a*x + b < 2**64: no overflow before the modulus
        vals = ((x * a_arr + b_arr) % np.uint64(_PRIME)) & np.uint64(_MASK32)
        best = np.minimum(best, vals.min(axis=0))
    return tuple(int(v) for v in best)


# --------------------------------------------------------------------------- fingerprints


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """Simhash + MinHash of a text (``shingle_count`` 0: no text — a duplicate of nothing)."""

    simhash: int
    shingle_count: int
    minhash: tuple[int, ...]

    @property
    def band_keys(self) -> list[int]:
        return band_keys(self)


def fingerprint(text: str) -> Fingerprint:
    sh = shingles(text)
    return Fingerprint(simhash(sh), len(sh), minhash(sh))


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & _MASK64).bit_count()


def to_signed64(value: int) -> int:
    value &= _MASK64
    return value - (1 << 64) if value >= 1 << 63 else value


def from_signed64(value: int) -> int:
    return value & _MASK64


def band_keys(fp: Fingerprint | Sequence[int]) -> list[int]:
    """MinHash LSH keys (signed 64-bit ints, ``NUM_BANDS`` of them) for candidate lookups.

    Accepts a Fingerprint or a stored MinHash signature.  Empty texts get no keys.
    """
    sig = fp.minhash if isinstance(fp, Fingerprint) else tuple(fp)
    if isinstance(fp, Fingerprint) and not fp.shingle_count:
        return []
    if len(sig) != NUM_PERM:
        raise ValueError(f"a MinHash signature has {NUM_PERM} values, got {len(sig)}")
    keys = []
    for band in range(NUM_BANDS):
        rows = sig[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        payload = band.to_bytes(2, "little") + b"".join(v.to_bytes(4, "little") for v in rows)
        keys.append(to_signed64(int.from_bytes(hashlib.blake2b(payload, digest_size=8).digest(), "little")))
    return keys


def simhash_band_keys(value: int) -> list[int]:
    """4 x 16-bit simhash bands (``band << 16 | bits``): shared by any two simhashes within 3 bits."""
    value = from_signed64(value)
    return [(i << 16) | ((value >> (16 * i)) & 0xFFFF) for i in range(4)]


def graph_properties(fp: Fingerprint) -> dict[str, int | list[int]]:
    """Properties to store on a document node: ``simhash`` (signed), ``minhash``, ``dedupe_bands``."""
    return {"simhash": to_signed64(fp.simhash), "minhash": list(fp.minhash), "dedupe_bands": band_keys(fp)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def estimated_jaccard(a: Fingerprint | Sequence[int], b: Fingerprint | Sequence[int]) -> float:
    sa = a.minhash if isinstance(a, Fingerprint) else a
    sb = b.minhash if isinstance(b, Fingerprint) else b
    if (isinstance(a, Fingerprint) and not a.shingle_count) or (
        isinstance(b, Fingerprint) and not b.shingle_count
    ):
        return 0.0
    if len(sa) != len(sb) or not sa:
        raise ValueError("MinHash signatures of different lengths")
    return sum(1 for x, y in zip(sa, sb, strict=True) if x == y) / len(sa)


@runtime_checkable
class _HasFingerprint(Protocol):
    @property
    def fingerprint(self) -> Fingerprint: ...


Comparable = str | Fingerprint | _HasFingerprint


def _fp(x: Comparable) -> Fingerprint:
    if isinstance(x, Fingerprint):
        return x
    if isinstance(x, str):
        return fingerprint(x)
    return x.fingerprint


def _text_of(x: Comparable) -> str | None:
    if isinstance(x, str):
        return x
    text = getattr(x, "text", None)
    return text if isinstance(text, str) else None


def similarity(a: Comparable, b: Comparable) -> float:
    """Jaccard of the shingle sets: exact when both texts are available, else MinHash-estimated."""
    ta, tb = _text_of(a), _text_of(b)
    if ta is not None and tb is not None:
        return jaccard(shingles(ta), shingles(tb))
    return estimated_jaccard(_fp(a), _fp(b))


def is_near_duplicate(a: Comparable, b: Comparable, *, threshold: float = NEAR_DUP_JACCARD) -> bool:
    """True when ``a`` and ``b`` (texts, Fingerprints or ParsedDocuments) are one text re-pasted/edited."""
    return similarity(a, b) >= threshold


class NearDuplicateIndex:
    """In-memory LSH index over fingerprints for one batch (same band keys as stored in the graph).

    >>> idx = NearDuplicateIndex()
    >>> _ = idx.add("n1", "拜访通衢农商行科技部，见了科技部总经理邵嘉禾、副总经理戴若岚。")
    >>> [k for k, _ in idx.query("拜訪通衢農商行科技部，見了科技部總經理邵嘉禾、副總經理戴若嵐！")]
    ['n1']
    """

    def __init__(self, threshold: float = NEAR_DUP_JACCARD) -> None:
        self.threshold = threshold
        self._fps: dict[str, Fingerprint] = {}
        self._bands: dict[int, set[str]] = {}

    def __len__(self) -> int:
        return len(self._fps)

    def __contains__(self, key: object) -> bool:
        return key in self._fps

    def __iter__(self) -> Iterator[tuple[str, Fingerprint]]:
        return iter(self._fps.items())

    def add(self, key: str, item: Comparable) -> Fingerprint:
        fp = _fp(item)
        if key in self._fps:
            self.remove(key)
        self._fps[key] = fp
        for band in band_keys(fp):
            self._bands.setdefault(band, set()).add(key)
        return fp

    def remove(self, key: str) -> None:
        fp = self._fps.pop(key, None)
        if fp is None:
            return
        for band in band_keys(fp):
            keys = self._bands.get(band)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._bands[band]

    def candidates(self, item: Comparable) -> set[str]:
        found: set[str] = set()
        for band in band_keys(_fp(item)):
            found |= self._bands.get(band, set())
        return found

    def query(self, item: Comparable, *, exhaustive: bool = False) -> list[tuple[str, float]]:
        """(key, estimated Jaccard) of indexed near-duplicates, best first.

        By default only LSH candidates are checked (as a graph lookup would); ``exhaustive`` compares
        against every fingerprint.
        """
        fp = _fp(item)
        if not fp.shingle_count:
            return []
        pool: Iterable[str] = list(self._fps) if exhaustive else self.candidates(fp)
        out = []
        for key in pool:
            score = estimated_jaccard(fp, self._fps[key])
            if score >= self.threshold:
                out.append((key, score))
        out.sort(key=lambda kv: (-kv[1], kv[0]))
        return out

    def add_or_match(self, key: str, item: Comparable) -> str | None:
        """Add ``item`` unless it duplicates an indexed one; returns the matching key (or None if added)."""
        hits = self.query(item)
        if hits:
            return hits[0][0]
        self.add(key, item)
        return None
