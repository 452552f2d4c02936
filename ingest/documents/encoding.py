"""Character-encoding detection tuned for short Chinese business texts.

Order of evidence (first that fits wins):

1. a byte-order mark (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE);
2. a NUL-byte pattern typical of BOM-less UTF-16/UTF-32 (ASCII characters leave a 0x00 on one parity);
3. strict UTF-8 (GBK/Big5 text is practically never valid UTF-8: ``联通`` starts with 0xC1, which
   Python rejects);
4. a declared charset (HTML ``<meta charset>``, MIME ``charset=``) when it decodes strictly;
5. candidates GB18030 (superset of GB2312/GBK), Big5 (cp950), BOM-less UTF-16 LE/BE and, only when these
   look poor, charset-normalizer's guess — each decoded strictly on a 64 KiB sample and scored for
   plausibility: common Hanzi (GB2312 level 1, Big5 frequent), ASCII, CJK punctuation score high;
   rare Hanzi, kana, symbols low; control, private-use and unassigned characters negative.
   Detectors such as charset-normalizer are unreliable on texts of a few dozen Hanzi; this score is not.

A character cut in half at the very end (truncated upload) is dropped with a warning instead of failing.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .errors import DocumentError

__all__ = ["Decoded", "canonical_charset", "decode_bytes", "looks_binary", "plausibility"]

SAMPLE_BYTES = 64 * 1024
ACCEPT_SCORE = 0.55  # below this no candidate is believed
GOOD_SCORE = 0.85  # at or above this charset-normalizer is not consulted

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels seen in the wild -> the codec that decodes a superset of what they mean.
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "euc-cn": "gb18030",
    "x-euc-cn": "gb18030",
    "csgb2312": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "big-5": "cp950",
    "x-big5": "cp950",
    "cn-big5": "cp950",
    "csbig5": "cp950",
    "big5-hkscs": "big5hkscs",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
    "iso-8859-1": "cp1252",  # as browsers do
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "unicode": "utf-16",
    "ucs-2": "utf-16",
}


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def canonical_charset(label: str | None) -> str | None:
    """Map a declared charset label to a Python codec name (supersets for GB/Big5); None if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower().replace("_", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        name = codecs.lookup(key).name
    except (LookupError, ValueError):
        return None
    return _ALIASES.get(name, name)


# --------------------------------------------------------------------------- scoring


@lru_cache(maxsize=1)
def _hanzi_tiers() -> tuple[frozenset[str], frozenset[str]]:
    """(frequent, less frequent) Hanzi, Simplified and Traditional, from the GB2312 and Big5 tables."""
    frequent: set[str] = set()
    less: set[str] = set()

    def add(target: set[str], codec: str, leads: range, trails: list[int]) -> None:
        for lead in leads:
            for trail in trails:
                try:
                    ch = bytes((lead, trail)).decode(codec)
                except UnicodeDecodeError:
                    continue
                if len(ch) == 1 and "\u3400" <= ch <= "\u9fff":
                    target.add(ch)

    gb_trails = list(range(0xA1, 0xFF))
    add(frequent, "gb2312", range(0xB0, 0xD8), gb_trails)  # level 1: 3755 most frequent
    add(less, "gb2312", range(0xD8, 0xF8), gb_trails)  # level 2
    big5_trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    add(frequent, "cp950", range(0xA4, 0xC7), big5_trails)  # 常用字 A440-C67E
    add(less, "cp950", range(0xC9, 0xFA), big5_trails)  # 次常用字
    return frozenset(frequent), frozenset(less - frequent)


_ASCII_OK = frozenset(chr(c) for c in range(0x20, 0x7F)) | frozenset("\t\n\r\f")


def _char_weight(ch: str, frequent: frozenset[str], less: frozenset[str]) -> float:
    if ch in _ASCII_OK:
        return 1.0
    if ch in frequent:
        return 1.0
    if ch in less:
        return 0.6
    o = ord(ch)
    if 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2010 <= o <= 0x206F:
        return 1.0  # CJK / full-width / general punctuation
    if o == 0xFFFD:
        return -2.0
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Co", "Cn", "Cs"):
        return -2.0
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return 0.2  # rare Hanzi
    if 0xC0 <= o <= 0xFF:
        return 0.6  # Latin-1 letters
    if 0x100 <= o <= 0x24F:
        return 0.4  # Latin Extended letters
    if 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7A3:
        return 0.1  # kana / Hangul: what GB and Big5 mis-decodes produce
    if cat.startswith("Z"):
        return 0.8
    if cat in ("Sm", "Sc", "So", "Sk", "Po", "Pd", "Ps", "Pe"):
        return 0.4
    return 0.0


def plausibility(text: str) -> float:
    """How much ``text`` looks like real (Chinese or Latin) writing, in roughly [-2, 1]."""
    if not text:
        return 0.0
    frequent, less = _hanzi_tiers()
    sample = text[:20_000]
    total = 0.0
    for ch in sample:
        total += _char_weight(ch, frequent, less)
    return total / len(sample)


# --------------------------------------------------------------------------- decoding helpers


def _decode_strict(data: bytes, codec: str, *, allow_truncated_tail: bool) -> tuple[str, bool] | None:
    """Strict decode; with ``allow_truncated_tail`` a character cut off at the end is dropped.

    Returns (text, tail_dropped) or None when the bytes are not valid in ``codec``.
    """
    try:
        return data.decode(codec), False
    except UnicodeDecodeError as exc:
        cut_off = exc.reason in ("unexpected end of data", "incomplete multibyte sequence")
        if allow_truncated_tail and cut_off and exc.start >= len(data) - 3 and exc.start >= 8:
            try:
                return data[: exc.start].decode(codec), True
            except UnicodeDecodeError:
                return None
        return None
    except (LookupError, ValueError):
        return None


def _sample(data: bytes) -> tuple[bytes, bool]:
    if len(data) <= SAMPLE_BYTES:
        return data, False
    return data[:SAMPLE_BYTES], True


def _nul_pattern(data: bytes) -> str | None:
    """Guess a BOM-less UTF-16/32 codec from where NUL bytes sit; None if the NULs look random."""
    sample = data[:SAMPLE_BYTES]
    nuls = sample.count(0)
    if nuls == 0:
        return None
    if len(sample) % 4 == 0 and nuls >= len(sample) // 2:
        quads = [0, 0, 0, 0]
        for i, b in enumerate(sample):
            if b == 0:
                quads[i % 4] += 1
        n_units = len(sample) // 4
        if quads[2] >= 0.9 * n_units and quads[3] >= 0.9 * n_units:
            return "utf-32-le"
        if quads[0] >= 0.9 * n_units and quads[1] >= 0.9 * n_units:
            return "utf-32-be"
    even = sum(1 for i in range(0, len(sample), 2) if sample[i] == 0)
    odd = nuls - even
    if odd >= 0.9 * nuls and odd >= 1:
        return "utf-16-le"
    if even >= 0.9 * nuls and even >= 1:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text in any encoding we read (NULs at random, many control bytes)."""
    sample = data[:SAMPLE_BYTES]
    if not sample:
        return False
    if b"\x00" in sample and _nul_pattern(sample) is None:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    return controls / len(sample) > 0.05


def _finish(data: bytes, codec: str, report: str, warnings: list[str]) -> Decoded | None:
    res = _decode_strict(data, codec, allow_truncated_tail=True)
    if res is None:
        return None
    text, dropped = res
    if dropped:
        warnings.append("the last character was cut off (truncated upload) and was dropped")
    return Decoded(text, report, warnings)


# --------------------------------------------------------------------------- main entry


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``data`` to str, detecting the encoding.  Raises DocumentError BAD_ENCODING/BINARY_CONTENT."""
    warnings: list[str] = []

    # 1. BOMs
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            base = "utf-8" if codec == "utf-8-sig" else codec
            res = _finish(body, base, codec, warnings)
            if res is None:
                raise DocumentError(
                    "BAD_ENCODING", f"the text starts with a {codec} byte-order mark but is not valid {codec}"
                )
            return res

    sample, truncated = _sample(data)
    candidates: list[tuple[float, int, str]] = []  # (score, priority, codec)

    # 2. BOM-less UTF-16/32: NUL bytes are ASCII characters' high bytes (and U+xx00 Hanzi's low bytes)
    if b"\x00" in sample:
        order_nul = [c for c in (_nul_pattern(data),) if c] + ["utf-16-le", "utf-16-be"]
        for prio, codec in enumerate(dict.fromkeys(order_nul)):
            trial = _decode_strict(sample, codec, allow_truncated_tail=True)
            if trial is not None:
                candidates.append(
                    (plausibility(trial[0]) - (0.1 if trial[1] and not truncated else 0.0), -prio, codec)
                )
        for score, _prio, codec in sorted(candidates, reverse=True):
            if score < ACCEPT_SCORE:
                break
            res = _finish(data, codec, codec, warnings)
            if res is not None:
                return res
        raise DocumentError("BINARY_CONTENT", "the file contains binary data (NUL bytes), not text")

    # 3. strict UTF-8: accepted at once unless it reads as control-character soup or needed a cut tail
    trial8 = _decode_strict(data, "utf-8", allow_truncated_tail=True)
    if trial8 is not None:
        text8, dropped8 = trial8
        score8 = plausibility(text8)
        if not dropped8 and score8 >= ACCEPT_SCORE:
            res = Decoded(text8, "utf-8", warnings)
            if declared and data.isascii():
                dec_ascii = canonical_charset(declared)
                if dec_ascii and not dec_ascii.startswith(("utf-16", "utf-32")):
                    res.encoding = dec_ascii
            return res
        candidates.append((score8 - (0.03 if dropped8 else 0.0), 10, "utf-8"))

    # 4. a declared charset that decodes and reads plausibly
    dec = canonical_charset(declared)
    if dec and dec != "utf-8":
        trial = _decode_strict(sample, dec, allow_truncated_tail=True)
        if trial is not None and plausibility(trial[0]) >= ACCEPT_SCORE:
            res = _finish(data, dec, dec, warnings)
            if res is not None:
                return res

    # 5. scored candidates
    utf8_loose = sample.decode("utf-8", errors="replace")
    bad = utf8_loose.count("\ufffd")
    valid_multibyte = sum(1 for ch in utf8_loose if ord(ch) > 0x7F) - bad
    # mostly well-formed UTF-8 with some damage: never read it as a legacy code page (mojibake)
    utf8ish = valid_multibyte >= 3 and valid_multibyte >= bad
    order = ["gb18030", "cp950", "big5hkscs", "utf-16-le", "utf-16-be", "cp1252"]
    for prio, codec in enumerate(order):
        if codec.startswith("utf-16") and len(data) % 2 and not truncated:
            continue
        if codec == "cp1252" and utf8ish:
            continue
        trial = _decode_strict(sample, codec, allow_truncated_tail=True)
        if trial is None:
            continue
        score = plausibility(trial[0]) - (0.1 if trial[1] and not truncated else 0.0)
        if codec == "gb18030":
            score += 0.02  # mainland product: prefer GB on near ties
        candidates.append((score - _single_byte_penalty(codec), -prio, codec))
    # UTF-8 / GB18030 with a few bad bytes (damaged or pasted-together files): replace those
    if bad and utf8ish and bad <= max(2, len(utf8_loose) // 200):
        score = plausibility(utf8_loose.replace("\ufffd", "")) - _damage_penalty(utf8_loose, bad)
        candidates.append((score, -99, "utf-8-replace"))
    elif not utf8ish and not any(c == "gb18030" for _, _, c in candidates):
        gb_loose = sample.decode("gb18030", errors="replace")
        gb_bad = gb_loose.count("\ufffd")
        if gb_bad <= max(2, len(gb_loose) // 200):
            score = plausibility(gb_loose.replace("\ufffd", "")) - _damage_penalty(gb_loose, gb_bad)
            candidates.append((score, -98, "gb18030-replace"))
    best = max(candidates, default=None)
    if best is None or best[0] < GOOD_SCORE:
        guess = _charset_normalizer_guess(sample)
        if guess and all(guess != c for _, _, c in candidates) and not (utf8ish and _single_byte(guess)):
            trial = _decode_strict(sample, guess, allow_truncated_tail=True)
            if trial is not None:
                candidates.append((plausibility(trial[0]) - 0.03 - _single_byte_penalty(guess), -100, guess))
    for score, _prio, codec in sorted(candidates, reverse=True):
        if score < ACCEPT_SCORE:
            break
        if codec.endswith("-replace"):
            base = codec.removesuffix("-replace")
            text = data.decode(base, errors="replace")
            n = text.count("\ufffd")
            warnings.append(f"{n} invalid {base} byte sequence(s) replaced with U+FFFD")
            return Decoded(text, base, warnings)
        res = _finish(data, codec, codec, warnings)
        if res is not None:
            return res
    if looks_binary(data):
        raise DocumentError("BINARY_CONTENT", "the file contains binary data, not text")
    raise DocumentError(
        "BAD_ENCODING",
        "the text's character encoding could not be determined (tried UTF-8, GB18030, Big5, UTF-16); "
        "save it as UTF-8 and upload again",
    )


def _damage_penalty(text: str, bad: int) -> float:
    """Replacement characters weigh against a decode by their share of the non-ASCII characters."""
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    return 0.05 + 2.0 * bad / max(non_ascii, 1)


def _single_byte(codec: str) -> bool:
    try:
        return len(b"\xc4\xe3".decode(codec)) == 2
    except (UnicodeDecodeError, LookupError):
        return False


def _single_byte_penalty(codec: str) -> float:
    """Single-byte code pages decode nearly any bytes: believe them only when nothing else reads well."""
    return 0.1 if _single_byte(codec) else 0.0


def _charset_normalizer_guess(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample, steps=5, chunk_size=512).best()
    except Exception:  # detector failures are not the upload's fault
        return None
    if best is None:
        return None
    return canonical_charset(best.encoding)
