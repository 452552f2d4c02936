"""RFC 5322 / MIME e-mail (.eml) -> the message's text body plus from/to/cc/date/subject.

Headers: RFC 2047 encoded-words in any charset (GB2312 labels are read as GB18030), raw 8-bit headers
detected like text.  Body: the first text/plain part that is not an attachment; else the first text/html
part converted to text; quoted-printable/base64 decoded; the part's charset used when it decodes
strictly, else detected.  Forwarded messages (message/rfc822) are walked too.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import email.utils
from email.message import Message

from ..cleanup import clean_text, tidy_lines
from ..encoding import canonical_charset, decode_bytes
from ..errors import DocumentError
from ..models import DocumentLimits
from .base import Extracted

__all__ = ["read_eml"]


def _decode_chunk(raw: bytes, charset: str | None) -> str:
    codec = canonical_charset(charset) if charset else None
    if codec:
        try:
            return raw.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return decode_bytes(raw, declared=charset).text
    except DocumentError:
        return raw.decode("utf-8", errors="replace")


def _header(msg: Message, name: str) -> str:
    values = msg.get_all(name) or []
    out: list[str] = []
    for value in values:
        try:
            pieces = email.header.decode_header(value)
        except Exception:
            pieces = [(str(value), None)]
        text = ""
        for chunk, charset in pieces:
            if isinstance(chunk, bytes):
                text += _decode_chunk(chunk, charset)
            else:
                # raw 8-bit header bytes arrive as surrogate escapes
                try:
                    raw = chunk.encode("ascii", "surrogateescape")
                    text += raw.decode("ascii") if raw.isascii() else _decode_chunk(raw, None)
                except UnicodeError:
                    text += chunk
        out.append(" ".join(text.split()))
    return ", ".join(v for v in out if v)


def _addresses(msg: Message, name: str) -> str:
    decoded = _header(msg, name)
    if not decoded:
        return ""
    pairs = email.utils.getaddresses([decoded])
    rendered = []
    for display, addr in pairs:
        if display and addr:
            rendered.append(f"{display} <{addr}>")
        elif addr or display:
            rendered.append(addr or display)
    return ", ".join(rendered) if rendered else decoded


def _payload_text(part: Message) -> str:
    try:
        raw = part.get_payload(decode=True)
    except Exception:
        raw = None
    if not isinstance(raw, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    return _decode_chunk(raw, part.get_content_charset())


def read_eml(data: bytes, limits: DocumentLimits) -> Extracted:
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:
        raise DocumentError("CORRUPT_FILE", f"the e-mail cannot be parsed ({type(exc).__name__})") from None
    meta: dict[str, str] = {}
    for name, key in (("From", "from"), ("To", "to"), ("Cc", "cc")):
        value = _addresses(msg, name)
        if value:
            meta[key] = value
    subject = _header(msg, "Subject") or None
    if subject:
        meta["subject"] = subject
    raw_date = _header(msg, "Date")
    if raw_date:
        try:
            meta["date"] = email.utils.parsedate_to_datetime(raw_date).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            meta["date"] = raw_date
    message_id = _header(msg, "Message-ID")
    if message_id:
        meta["message_id"] = message_id.strip()

    plain: str | None = None
    html: str | None = None
    attachments: list[str] = []
    warnings: list[str] = []
    try:
        for count, part in enumerate(msg.walk()):
            if count >= limits.max_email_parts:
                warnings.append(f"only the first {limits.max_email_parts} MIME parts were read")
                break
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
            filename = part.get_filename()
            if disposition == "attachment" or (filename and ctype not in ("text/plain", "text/html")):
                if filename:
                    attachments.append(_decode_filename(filename))
                continue
            if ctype == "text/plain" and plain is None:
                plain = _payload_text(part)
            elif ctype == "text/html" and html is None:
                html = _payload_text(part)
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(
            "CORRUPT_FILE", f"the e-mail's MIME structure is damaged ({type(exc).__name__})"
        ) from None
    if attachments:
        meta["attachments"] = ", ".join(attachments)
    text = ""
    if plain is not None and plain.strip():
        text = clean_text(plain)
    elif html is not None:
        from .html import read_html

        text = tidy_lines(read_html(html).text)
    return Extracted(text, title=subject, metadata=meta, warnings=warnings)


def _decode_filename(name: str) -> str:
    try:
        pieces = email.header.decode_header(name)
    except Exception:
        return name
    return "".join(_decode_chunk(c, cs) if isinstance(c, bytes) else c for c, cs in pieces)
