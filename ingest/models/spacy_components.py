"""spaCy registrations used by the shipped Chinese NER pipeline (``ingest/models/ner-zh``).

Importing this module registers:

* ``guanxi.ZhCharTokenizer.v1`` - a character tokenizer for Chinese: every CJK character / punctuation
  mark is one token, while runs of ASCII letters and digits ("Mr", "Tang", "ZT", "Insight", "V3",
  "2025") stay whole tokens.  Entity spans are therefore exact character offsets.
* ``guanxi.CharNgramEmbed.v2`` - a tok2vec embedding layer that hashes the character, its left and
  right bigrams, the trigram centred on it and its shape, so a char-level CNN sees word-like context
  without a word segmenter.

``spacy.load`` of the shipped model needs these names to be registered, so import this module (or
``ingest.models``) first; :func:`ingest.models.load_ner` does it for you.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

import numpy as np
from spacy.attrs import IDX, LENGTH, ORTH, SHAPE
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d, Ragged

# ASCII words (optionally joined by . - _ ' & + inside, e.g. "3.5", "C++", "AT&T" stays split at &),
# otherwise one token per non-space character.
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:[.\-_'+][A-Za-z0-9]+)*\+*|\S")


class ZhCharTokenizer:
    """Character tokenizer that keeps ASCII letter/digit runs together."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if text.isascii() or " " in text or not text.isprintable():
            # general path (whitespace runs, newlines, tabs): spaCy's own alignment helper
            words = _TOKEN_RE.findall(text)
            if not words:
                return Doc(self.vocab, words=[], spaces=[])
            words, spaces = get_words_and_spaces(words, text)
            return Doc(self.vocab, words=words, spaces=spaces)
        # fast path: no whitespace at all, so tokens are contiguous
        words = _TOKEN_RE.findall(text)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # The zh language defaults pass pkuseg settings to tokenizer.initialize; accept and ignore them.
    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Any = None,
        pkuseg_model: str | None = None,
        pkuseg_user_dict: str | None = "default",
    ) -> None:
        return None

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> ZhCharTokenizer:
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "tokenizer.txt").write_text("guanxi.ZhCharTokenizer.v1\n", encoding="utf8")

    def from_disk(self, path: str | Path, **kwargs: Any) -> ZhCharTokenizer:
        return self


@registry.tokenizers("guanxi.ZhCharTokenizer.v1")
def create_zh_char_tokenizer() -> Callable[[Any], ZhCharTokenizer]:
    def make(nlp: Any) -> ZhCharTokenizer:
        return ZhCharTokenizer(nlp.vocab)

    return make


_BOS = np.uint64(0x9E3779B97F4A7C15)
_EOS = np.uint64(0xC2B2AE3D27D4EB4F)
_M1 = np.uint64(0xFF51AFD7ED558CCD)
_M2 = np.uint64(0xC4CEB9FE1A85EC53)
_M3 = np.uint64(0x94D049BB133111EB)


def _mix(a: np.ndarray, b: np.ndarray, mult: np.uint64) -> np.ndarray:
    with np.errstate(over="ignore"):
        return (a * mult) ^ (b + np.uint64(0x632BE59BD9B4E019))


def char_ngram_features(doc: Doc) -> np.ndarray:
    """uint64 feature ids per token: [char, left bigram, right bigram, trigram, shape]."""
    n = len(doc)
    if n == 0:
        return np.zeros((0, 5), dtype="uint64")
    arr = doc.to_array([ORTH, SHAPE]).astype("uint64").reshape((n, 2))
    orth = arr[:, 0]
    prev = np.empty_like(orth)
    nxt = np.empty_like(orth)
    prev[0] = _BOS
    prev[1:] = orth[:-1]
    nxt[-1] = _EOS
    nxt[:-1] = orth[1:]
    left = _mix(prev, orth, _M1)
    right = _mix(orth, nxt, _M2)
    tri = _mix(left, nxt, _M3)
    return np.stack([orth, left, right, tri, arr[:, 1]], axis=1)


def CharNgramFeatures() -> Model[list[Doc], list[Ints2d]]:
    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        feats = [
            cast(Ints2d, model.ops.asarray(cast(Ints2d, char_ngram_features(doc)), dtype="uint64"))
            for doc in docs
        ]

        def backprop(dY: list[Ints2d]) -> list[Doc]:
            return []

        return feats, backprop

    return Model("char_ngram_features", forward)


@registry.architectures("guanxi.CharNgramEmbed.v2")
def CharNgramEmbed(width: int, embed_width: int, rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """Hash embeddings of [char, left bigram, right bigram, trigram, shape], mixed by a Maxout layer.

    ``embed_width`` (per table) can be smaller than the output ``width`` to keep the model small.
    """
    if len(rows) != 5:
        raise ValueError("CharNgramEmbed needs 5 row counts: char, left bigram, right bigram, trigram, shape")
    embeddings: list[Model] = [
        HashEmbed(embed_width, n_rows, column=i, seed=11 + i, dropout=0.0) for i, n_rows in enumerate(rows)
    ]
    concat_size = embed_width * len(embeddings)
    max_out: Model = with_array(Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True))
    model: Model = chain(
        CharNgramFeatures(),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )
    return cast(Model[list[Doc], list[Floats2d]], model)


# --- lexicon features (jieba's dictionary, shipped with the jieba wheel; MIT licence) -------------

_POS_GROUP = {"nr": 1, "nrt": 1, "nrfg": 1, "ns": 2, "nt": 3, "nz": 4, "n": 5, "j": 6, "v": 7, "vn": 7}
_POS_GROUP.update({"l": 8, "i": 8, "m": 9, "q": 9, "t": 10, "a": 11, "b": 11})
_MAX_WORD = 8
_lexicon: tuple[dict[str, int], frozenset[str]] | None = None


def jieba_lexicon() -> tuple[dict[str, int], frozenset[str]]:
    """word -> POS group for the 2-8 character words of jieba's dict.txt, plus the set of their prefixes.

    Loaded once per process (about a second); no network access.
    """
    global _lexicon
    if _lexicon is None:
        import importlib.util

        spec = importlib.util.find_spec("jieba")  # locate the wheel's dict.txt without importing jieba
        if spec is None or spec.origin is None:
            raise ImportError("the jieba package (for its dictionary) is required by the NER model")
        words: dict[str, int] = {}
        prefixes: set[str] = set()
        with (Path(spec.origin).parent / "dict.txt").open(encoding="utf8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) < 3 or not 2 <= len(parts[0]) <= _MAX_WORD:
                    continue
                word = parts[0]
                words[word] = _POS_GROUP.get(parts[2], 12)
                for k in range(2, len(word)):
                    prefixes.add(word[:k])
        _lexicon = (words, frozenset(prefixes))
    return _lexicon


def lexicon_features(doc: Doc) -> np.ndarray:
    """Per token: ids of the longest dictionary word that Begins / Ends at / covers (Middle) it.

    id = role * 1000 + length * 20 + POS group (0 = no word).  Only single-character tokens take part.
    """
    words, prefixes = jieba_lexicon()
    text = doc.text
    offsets: list[list[int]] = doc.to_array([IDX, LENGTH]).astype("int64").reshape((-1, 2)).tolist()
    toks = [text[a : a + k] for a, k in offsets]
    n = len(toks)
    feats = np.zeros((n, 3), dtype="uint64")
    for i in range(n):
        if len(toks[i]) != 1:
            continue
        cand = toks[i]
        for j in range(i + 1, min(n, i + _MAX_WORD)):
            if len(toks[j]) != 1:
                break
            cand += toks[j]
            pos = words.get(cand)
            length = j - i + 1
            if pos is not None:
                key = length * 20 + pos
                feats[i, 0] = 1000 + key  # longer words overwrite shorter ones
                if feats[j, 1] == 0 or feats[j, 1] % 1000 // 20 < length:
                    feats[j, 1] = 2000 + key
                for k in range(i + 1, j):
                    if feats[k, 2] == 0 or feats[k, 2] % 1000 // 20 < length:
                        feats[k, 2] = 3000 + key
            if cand not in prefixes:
                break
    return feats


def CharLexFeatures() -> Model[list[Doc], list[Ints2d]]:
    def forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
        feats = []
        for doc in docs:
            arr = np.concatenate([char_ngram_features(doc), lexicon_features(doc)], axis=1)
            feats.append(cast(Ints2d, model.ops.asarray(cast(Ints2d, arr), dtype="uint64")))

        def backprop(dY: list[Ints2d]) -> list[Doc]:
            return []

        return feats, backprop

    return Model("char_lex_features", forward)


@registry.architectures("guanxi.CharLexEmbed.v1")
def CharLexEmbed(width: int, embed_width: int, rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """Like CharNgramEmbed.v2 plus 3 lexicon columns (jieba dictionary words beginning / ending at /
    covering the character, with their length and part of speech).  ``rows`` has 8 entries."""
    if len(rows) != 8:
        raise ValueError("CharLexEmbed needs 8 row counts: char, bigram L/R, trigram, shape, lex B/E/M")
    embeddings: list[Model] = [
        HashEmbed(embed_width, n_rows, column=i, seed=11 + i, dropout=0.0) for i, n_rows in enumerate(rows)
    ]
    max_out: Model = with_array(
        Maxout(width, embed_width * len(embeddings), nP=3, dropout=0.0, normalize=True)
    )
    model: Model = chain(
        CharLexFeatures(),
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )
    return cast(Model[list[Doc], list[Floats2d]], model)
