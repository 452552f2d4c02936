"""ingest.documents: every format and encoding, hostile inputs, near-duplicates, JSONL batches.

All fixtures are generated here (python-docx for .docx, a hand-written PDF, reportlab for a CJK PDF when
installed).  No Neo4j needed.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import random
import statistics
import zipfile
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from ingest.documents import (
    DEFAULT_LIMITS,
    ERROR_CODES,
    NEAR_DUP_JACCARD,
    DocumentError,
    DocumentLimits,
    NearDuplicateIndex,
    band_keys,
    content_hash,
    fingerprint,
    graph_properties,
    is_near_duplicate,
    read_document,
    read_records,
    read_upload,
    similarity,
)
from ingest.documents.dedupe import (
    NUM_BANDS,
    estimated_jaccard,
    from_signed64,
    hamming,
    jaccard,
    shingles,
    simhash_band_keys,
    to_signed64,
)
from ingest.documents.encoding import decode_bytes

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "domain_samples.jsonl"
if not SAMPLES.exists():  # a checkout next to shared/ (CI) or the work tree layout
    SAMPLES = Path("/work/shared/samples/domain_samples.jsonl")

NOTE = (
    "拜访通衢农商行科技部，见了科技部总经理邵嘉禾、副总经理戴若岚（戴总是邵总副手，分管数据）。\n"
    "1、需求是邵总提的：监管报送+数据治理要推倒重做，今年内必须上线，预算约380万（年初已批）。\n"
    "2、现状：数仓是芜湖云衡软件19年建的，维保签到明年3月；邵总对云衡意见很大。\n"
    "下步：月底前搭POC环境，约戴总来我司看演示。"
)
CLIPPING = (
    "据宁波本地媒体报道，宁波港晟物流集团与合肥智川信息技术有限公司5月19日在宁波签署战略合作协议，"
    "双方将围绕港口集卡调度、仓储计费结算等场景共建数字化平台。根据协议，智川将派驻三十人的实施团队，"
    "一期项目预计年内上线。"
)


def code_of(data: bytes, filename: str | None = None, **kw: object) -> str:
    with pytest.raises(DocumentError) as info:
        read_document(data, filename, **kw)  # type: ignore[arg-type]
    assert info.value.code in ERROR_CODES
    return info.value.code


# --------------------------------------------------------------------------- fixture builders


def make_docx(paragraphs: list[str], *, title: str | None = None, heading: str | None = None) -> bytes:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    if title:
        doc.core_properties.title = title
    doc.core_properties.author = "孙亦恺"
    if heading:
        doc.add_heading(heading, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "预算"
    table.rows[0].cells[1].text = "380万"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def make_pdf(page_streams: list[bytes], info: dict[str, str] | None = None) -> bytes:
    """A small but complete PDF (xref table and all) with Helvetica text."""
    objects: list[bytes] = []
    n_pages = len(page_streams)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<</Type/Catalog/Pages 2 0 R>>")
    objects.append(f"<</Type/Pages/Kids[{kids}]/Count {n_pages}>>".encode())
    for i, stream in enumerate(page_streams):
        content_id = 4 + 2 * i
        objects.append(
            f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents {content_id} 0 R"
            f"/Resources<</Font<</F1 {font_id} 0 R>>>>>>".encode()
        )
        objects.append(b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
    info_id = None
    if info:
        entries = "".join(f"/{k}({v})" for k, v in info.items())
        objects.append(f"<<{entries}>>".encode())
        info_id = len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = f"<</Size {len(objects) + 1}/Root 1 0 R" + (f"/Info {info_id} 0 R" if info_id else "") + ">>"
    out += b"trailer\n" + trailer.encode() + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def text_stream(*lines: str) -> bytes:
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 760 Td"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def make_eml_gbk() -> bytes:
    msg = MIMEMultipart("alternative")
    msg["From"] = str(Header("孙亦恺", "gb2312")) + " <sun.yikai@zhongtai.example>"
    msg["To"] = "戴若岚 <dai@tongqu.example>, shao@tongqu.example"
    msg["Subject"] = Header("拜访纪要：通衢农商行", "gb2312").encode()
    msg["Date"] = "Wed, 12 Mar 2025 18:30:00 +0800"
    plain = MIMEText(NOTE, "plain", "gbk")  # base64 body, charset=gbk
    html = MIMEText(f"<html><body><p>{NOTE}</p></body></html>", "html", "utf-8")
    msg.attach(plain)
    msg.attach(html)
    return msg.as_bytes()


# --------------------------------------------------------------------------- plain text and encodings


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-32"],
)
def test_txt_encodings(encoding: str) -> None:
    doc = read_document(NOTE.encode(encoding), "note.txt")
    assert doc.format == "txt"
    assert doc.text == NOTE
    assert doc.title == NOTE.split("\n")[0]
    assert doc.encoding
    if encoding in ("gbk", "gb18030"):
        assert doc.encoding == "gb18030"
    if encoding.startswith("utf-16"):
        assert doc.encoding.startswith("utf-16")


def test_utf16_bom_is_reported() -> None:
    assert read_document(b"\xff\xfe" + NOTE.encode("utf-16-le")).encoding == "utf-16-le"
    assert read_document(b"\xfe\xff" + NOTE.encode("utf-16-be")).encoding == "utf-16-be"
    assert read_document(b"\xef\xbb\xbf" + NOTE.encode()).encoding == "utf-8-sig"


@pytest.mark.parametrize(
    "text",
    [
        "客户：邵总",
        "你好",
        "联通",
        "张总说下周再约。",
        "预算约380万",
        "中标",
        "瓯安保险 三访",
        "Visit @ 鼎岳精工",
    ],
)
def test_short_gbk_texts(text: str) -> None:
    """Short Chinese texts where statistical detectors usually fail."""
    decoded = decode_bytes(text.encode("gbk"))
    assert decoded.text == text
    assert decoded.encoding == "gb18030"


def test_declared_type_charset_is_used() -> None:
    data = "泓远电气".encode("gbk")  # 4 bytes: ambiguous without the declaration
    doc = read_document(data, declared_type="text/plain; charset=GBK")
    assert doc.text == "泓远电气"
    assert doc.encoding == "gb18030"
    big5 = "甌安保險".encode("cp950")
    assert read_document(big5, declared_type="text/plain; charset=big5").text == "甌安保險"


def test_big5_traditional_text() -> None:
    trad = "甌安保險 理賠數據平臺 第二次交流，參會：信息技術部副總經理冉書衡、架構組組長柯以澄。"
    doc = read_document(trad.encode("cp950"), "trad.txt")
    assert doc.text == trad
    assert doc.encoding == "cp950"


def test_crlf_and_controls_cleaned() -> None:
    doc = read_document("第一行\r\n第二行\x07\r\n\r\n\r\n\r\n第三行\u200b".encode())
    assert doc.text == "第一行\n第二行\n\n第三行"


def test_truncated_multibyte_tail_is_dropped_with_warning() -> None:
    data = NOTE.encode("utf-8")[:-1]
    doc = read_document(data)
    assert doc.text == NOTE[:-1]
    assert any("cut off" in w for w in doc.warnings)


def test_cp1252_latin_text() -> None:
    text = "Met Müller and Søren at the Zürich office; café with the CFO, résumé follows."
    assert read_document(text.encode("cp1252")).text == text


def test_samples_roundtrip_through_gbk_and_utf16() -> None:
    if not SAMPLES.exists():
        pytest.skip("shared samples not present")
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for enc in ("gb18030", "utf-16-le"):
            assert decode_bytes(text.encode(enc)).text == text, (enc, text[:20])


# --------------------------------------------------------------------------- markdown


def test_markdown_front_matter_and_syntax() -> None:
    md = (
        "---\n"
        "customer: 苏州通衢农商银行\n"
        "author: 孙亦恺\n"
        "date: 2025年3月12日\n"
        "kind: visit_note\n"
        "source: 'CRM 导出'\n"
        "url: https://crm.example/notes/1\n"
        "---\n"
        "# 通衢农商行 拜访纪要\n\n"
        "**重点**：见了[邵总](https://x.example)和 `戴总`。\n"
        "* 预算约380万\n"
        "> 下步：搭POC环境\n"
    )
    doc = read_document(md.encode(), "note.md")
    assert doc.format == "md"
    assert doc.title == "通衢农商行 拜访纪要"
    assert doc.metadata == {
        "customer": "苏州通衢农商银行",
        "author": "孙亦恺",
        "date": "2025-03-12",
        "kind": "visit_note",
        "source": "CRM 导出",
        "url": "https://crm.example/notes/1",
    }
    assert doc.text == "通衢农商行 拜访纪要\n\n重点：见了邵总和 戴总。\n- 预算约380万\n下步：搭POC环境"


def test_chinese_front_matter_keys_in_txt() -> None:
    data = "---\n客户：扬州琼花乳业\n拜访人: 孙亦恺\n日期: 2025-06-01\n---\n琼花乳业例行回访。\n".encode(
        "gbk"
    )
    doc = read_document(data, "n.txt")
    assert doc.format == "md"  # front matter makes it markdown-ish; read as such
    assert doc.metadata["customer"] == "扬州琼花乳业"
    assert doc.metadata["author"] == "孙亦恺"
    assert doc.metadata["date"] == "2025-06-01"
    assert doc.text == "琼花乳业例行回访。"
    assert not doc.warnings


# --------------------------------------------------------------------------- html


def test_html_gbk_charset_meta() -> None:
    html = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        "<title>中太数据中标泓远电气主数据项目</title>"
        '<meta property="article:published_time" content="2025-10-09T08:00:00+08:00">'
        '<meta property="og:url" content="https://news.example/a/123">'
        "<style>p{color:red}</style><script>var x = '不要我';</script></head>"
        "<body><nav>首页 | 新闻 | 财经</nav><article><h1>中标公告</h1>"
        "<p>据温州泓远电气集团官网10月9日发布的中标结果公告，该集团<b>主数据与数据治理平台</b>"
        "建设项目由中太数据以386.5万元中标。</p><p>第二名为合肥智川信息技术。<br>第三名为芜湖云衡软件。</p>"
        "</article><footer>版权所有</footer></body></html>"
    )
    doc = read_document(html.encode("gbk"), "clip.html")
    assert doc.format == "html"
    assert doc.encoding == "gb18030"
    assert doc.title == "中太数据中标泓远电气主数据项目"
    assert doc.metadata["date"] == "2025-10-09T08:00:00+08:00"
    assert doc.metadata["url"] == "https://news.example/a/123"
    assert "该集团主数据与数据治理平台建设项目由中太数据以386.5万元中标。" in doc.text
    assert "第二名为合肥智川信息技术。\n第三名为芜湖云衡软件。" in doc.text
    for junk in ("不要我", "color", "首页", "版权所有"):
        assert junk not in doc.text


def test_html_source_newlines_are_spaces_and_deep_nesting_is_safe() -> None:
    html = "<html><body><p>one\ntwo</p>" + "<div>" * 20000 + "深处" + "</div>" * 20000 + "</body></html>"
    doc = read_document(html.encode(), "x.htm")
    assert doc.text.startswith("one two")
    assert "深处" in doc.text


def test_html_content_wins_over_txt_name() -> None:
    doc = read_document(b"<!doctype html><html><body><p>hello</p></body></html>", "notes.txt")
    assert doc.format == "html"
    assert doc.text == "hello"
    assert any("content is html" in w for w in doc.warnings)


def test_html_name_without_tags_reads_as_text() -> None:
    doc = read_document(NOTE.encode(), "page.html")
    assert doc.format == "txt"
    assert doc.text == NOTE


# --------------------------------------------------------------------------- docx


def test_docx_paragraphs_table_and_properties() -> None:
    data = make_docx(NOTE.split("\n"), title="通衢农商行拜访", heading="拜访纪要")
    doc = read_document(data, "note.docx")
    assert doc.format == "docx"
    assert doc.title == "通衢农商行拜访"
    assert doc.metadata["author"] == "孙亦恺"
    assert doc.text.startswith("拜访纪要\n" + NOTE.split("\n")[0])
    assert "预算 | 380万" in doc.text
    assert doc.content_hash == content_hash(doc.text)


def test_docx_heading_title_when_no_core_title() -> None:
    doc = read_document(make_docx(["正文"], heading="瓯安保险 三访"))
    assert doc.title == "瓯安保险 三访"


def test_docx_named_pdf_content_wins() -> None:
    doc = read_document(make_docx(["内容为准"]), "misnamed.pdf")
    assert doc.format == "docx"
    assert any("content is docx" in w for w in doc.warnings)


def test_docx_broken_and_truncated() -> None:
    data = make_docx(["内容"])
    assert code_of(data[: len(data) // 2], "a.docx") == "CORRUPT_FILE"
    # a valid zip whose document.xml is not XML
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document><unclosed>")
    assert code_of(buf.getvalue(), "a.docx") == "CORRUPT_FILE"
    # an XML entity bomb inside document.xml
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        "<lolz>&lol2;</lolz>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", bomb)
    assert code_of(buf.getvalue(), "a.docx") == "CORRUPT_FILE"


def test_docx_zip_bomb_ratio_and_size() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<w:document>" + b" " * (20 * 1024 * 1024) + b"</w:document>")
    data = buf.getvalue()
    assert len(data) < 100_000
    assert code_of(data, "bomb.docx") == "ZIP_BOMB"
    # the declared total alone over the limit
    small = make_docx(["内容"])
    assert code_of(small, "a.docx", limits=DocumentLimits(max_zip_uncompressed=1000)) == "ZIP_BOMB"
    assert code_of(small, "a.docx", limits=DocumentLimits(max_zip_members=3)) == "ZIP_BOMB"


def test_other_zip_packages_are_unsupported() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert code_of(buf.getvalue(), "sheet.docx") == "UNSUPPORTED_TYPE"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "hello")
    assert code_of(buf.getvalue(), "a.zip") == "UNSUPPORTED_TYPE"


# --------------------------------------------------------------------------- pdf


def test_pdf_ascii_text_and_info() -> None:
    data = make_pdf(
        [text_stream("Visit note: Tongqu Rural Bank", "Budget about 3.8M RMB"), text_stream("Page two")],
        info={"Title": "Tongqu visit", "Author": "Sun Yikai", "CreationDate": "D:20250312183000+08'00'"},
    )
    doc = read_document(data, "visit.pdf")
    assert doc.format == "pdf"
    assert doc.encoding is None
    assert "Visit note: Tongqu Rural Bank" in doc.text
    assert "Budget about 3.8M RMB" in doc.text
    assert "Page two" in doc.text
    assert doc.title == "Tongqu visit"
    assert doc.metadata["author"] == "Sun Yikai"
    assert doc.metadata["date"] == "2025-03-12T18:30:00"
    assert doc.metadata["pages"] == "2"


def test_pdf_cjk_with_reportlab_cid_font() -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("STSong-Light", 12)
    line = "拜访通衢农商行科技部，见了科技部总经理邵嘉禾。"
    c.drawString(72, 760, line)
    c.save()
    doc = read_document(buf.getvalue(), "cjk.pdf")
    assert doc.format == "pdf"
    assert line.replace("，", "") in doc.text.replace("，", "").replace(" ", "")


def test_pdf_without_text_is_no_text() -> None:
    scanned = make_pdf([b"q 100 0 0 100 72 600 cm 0 0 1 rg 0 0 1 1 re f Q"])
    assert code_of(scanned, "scan.pdf") == "NO_TEXT"


def test_pdf_truncated_and_garbage() -> None:
    data = make_pdf([text_stream("Hello Guanxi")])
    assert code_of(data[:60], "a.pdf") == "CORRUPT_FILE"
    assert code_of(b"%PDF-1.7\n" + random.Random(3).randbytes(2000), "a.pdf") == "CORRUPT_FILE"


def test_text_mentioning_pdf_magic_is_text() -> None:
    doc = read_document("附件说明：文件头是 %PDF-1.4，已损坏。".encode())
    assert doc.format == "txt"


def test_pdf_page_and_text_limits() -> None:
    data = make_pdf([text_stream("x" * 80)] * 3)
    assert code_of(data, "a.pdf", limits=DocumentLimits(max_text_chars=100)) == "TOO_LARGE"
    doc = read_document(data, "a.pdf", limits=DocumentLimits(max_pdf_pages=1))
    assert doc.text == "x" * 80
    assert any("first 1 of 3" in w for w in doc.warnings)


# --------------------------------------------------------------------------- eml


def test_eml_multipart_gbk_base64_and_rfc2047() -> None:
    doc = read_document(make_eml_gbk(), "visit.eml")
    assert doc.format == "eml"
    assert doc.text == NOTE
    assert doc.title == "拜访纪要：通衢农商行"
    assert doc.metadata["subject"] == "拜访纪要：通衢农商行"
    assert doc.metadata["from"] == "孙亦恺 <sun.yikai@zhongtai.example>"
    assert doc.metadata["to"] == "戴若岚 <dai@tongqu.example>, shao@tongqu.example"
    assert doc.metadata["date"] == "2025-03-12T18:30:00+08:00"


def test_eml_html_only_quoted_printable() -> None:
    body = f"<html><body><div>{CLIPPING}</div><script>x()</script></body></html>"
    qp = MIMEText(body, "html", "utf-8")
    del qp["Content-Transfer-Encoding"]
    import quopri

    qp.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
    qp["Content-Transfer-Encoding"] = "quoted-printable"
    qp["From"] = "analyst@zhongtai.example"
    qp["Subject"] = "=?UTF-8?B?" + base64.b64encode("【转发】港晟战略合作".encode()).decode() + "?="
    qp["Date"] = "Tue, 20 May 2025 09:00:00 +0800"
    doc = read_document(qp.as_bytes(), None)
    assert doc.format == "eml"
    assert doc.text == CLIPPING
    assert doc.title == "【转发】港晟战略合作"


def test_eml_raw_8bit_gbk_headers_and_attachment() -> None:
    raw = (
        "From: 孙亦恺 <sun@zhongtai.example>\r\nTo: team@zhongtai.example\r\nSubject: 周报 第12周\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        "--XX\r\nContent-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{NOTE}\r\n"
        "--XX\r\nContent-Type: application/octet-stream\r\n"
        'Content-Disposition: attachment; filename="=?gbk?B?'
        + base64.b64encode("报价单.xlsx".encode("gbk")).decode()
        + '?="\r\nContent-Transfer-Encoding: base64\r\n\r\nAAAA\r\n--XX--\r\n'
    ).encode("gbk")
    doc = read_document(raw, "weekly.eml")
    assert doc.text == NOTE
    assert doc.metadata["subject"] == "周报 第12周"
    assert doc.metadata["from"] == "孙亦恺 <sun@zhongtai.example>"
    assert doc.metadata["attachments"] == "报价单.xlsx"


def test_eml_without_body_is_no_text() -> None:
    raw = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: hi\r\nContent-Type: image/png\r\n\r\nAAAA\r\n"
    assert code_of(raw, "x.eml") == "NO_TEXT"


def test_eml_name_but_plain_text_content() -> None:
    doc = read_document(NOTE.encode(), "forward.eml")
    assert doc.format == "txt"
    assert any("content is txt" in w for w in doc.warnings)


# --------------------------------------------------------------------------- bad inputs


def test_empty_and_whitespace() -> None:
    assert code_of(b"") == "EMPTY"
    assert code_of(b" \r\n\t \n") == "EMPTY"
    assert code_of("   \n\u3000".encode()) == "EMPTY"


def test_too_large() -> None:
    assert code_of(b"a" * 2000, limits=DocumentLimits(max_bytes=1000)) == "TOO_LARGE"
    assert code_of(b"a" * 2000, limits=DocumentLimits(max_text_chars=1000)) == "TOO_LARGE"
    assert DEFAULT_LIMITS.max_bytes == 10 * 1024 * 1024
    assert DEFAULT_LIMITS.max_text_chars == 2_000_000
    assert DEFAULT_LIMITS.max_zip_uncompressed == 50 * 1024 * 1024
    assert DEFAULT_LIMITS.max_zip_ratio == 100


def test_binary_garbage() -> None:
    assert code_of(random.Random(1).randbytes(4096), "notes.txt") == "BINARY_CONTENT"
    assert code_of(b"\x00\x01\x02\x03" * 100) == "BINARY_CONTENT"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "photo.txt"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 64, None),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old.doc"),
        (b"{\\rtf1\\ansi hello}", "a.rtf"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 32, "a.gz"),
    ],
)
def test_unsupported_types(data: bytes, name: str | None) -> None:
    assert code_of(data, name) == "UNSUPPORTED_TYPE"


def test_bad_encoding() -> None:
    assert code_of(b"\x81\x20" * 100, "a.txt") == "BAD_ENCODING"
    # damaged UTF-8 is not read as a Western code page (mojibake)
    assert code_of("中文内容测试".encode()[:-1] + b"\xff abc" * 3) == "BAD_ENCODING"
    assert code_of(b"\xff\xfe" + b"\x00\xd8", "bom.txt") == "BAD_ENCODING"  # lone surrogate after a BOM


def test_jsonl_through_read_document_is_refused() -> None:
    data = b'{"id": "a", "kind": "clipping", "text": "x"}\n'
    assert code_of(data, "batch.jsonl") == "UNSUPPORTED_TYPE"


def test_document_error_shape() -> None:
    err = DocumentError("EMPTY", "the file is empty")
    assert err.code == "EMPTY"
    assert err.message == "the file is empty"
    assert "EMPTY" in str(err)
    import pickle

    again = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own object
    assert (again.code, again.message) == ("EMPTY", "the file is empty")


def test_fuzz_never_raises_anything_but_document_error() -> None:
    rng = random.Random(42)
    docx_bytes = make_docx(["模糊测试"])
    pdf_bytes = make_pdf([text_stream("fuzz me")])
    eml_bytes = make_eml_gbk()
    seeds = [docx_bytes, pdf_bytes, eml_bytes, NOTE.encode("gbk"), b"<html><body>x</body></html>"]
    for i in range(150):
        base = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 20)):
            if not base:
                break
            op = rng.random()
            pos = rng.randrange(len(base))
            if op < 0.5:
                base[pos] = rng.randrange(256)
            elif op < 0.8:
                del base[pos : pos + rng.randint(1, 64)]
            else:
                base[pos:pos] = rng.randbytes(rng.randint(1, 32))
        try:
            doc = read_document(bytes(base), rng.choice([None, "a.txt", "a.docx", "a.pdf", "a.eml"]))
        except DocumentError as exc:
            assert exc.code in ERROR_CODES, i
        else:
            assert isinstance(doc.text, str) and doc.text


# --------------------------------------------------------------------------- hashing and near-duplicates


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _traditional(text: str) -> str:
    from opencc import OpenCC

    return str(OpenCC("s2t").convert(text))


def test_content_hash_folds_width_script_and_whitespace() -> None:
    variant = _fullwidth(_traditional(NOTE)).replace("\n", "\r\n  ")
    assert variant != NOTE
    a = read_document(NOTE.encode())
    b = read_document(variant.encode("utf-16"))
    assert a.content_hash == b.content_hash
    assert a.simhash == b.simhash
    assert b.text != a.text  # the text itself keeps the original characters
    assert read_document((NOTE + "补充一句。").encode()).content_hash != a.content_hash


def test_near_duplicate_true_cases() -> None:
    assert is_near_duplicate(NOTE, _fullwidth(_traditional(NOTE)))
    assert is_near_duplicate(
        CLIPPING, "来源：新浪财经 2025-05-20 08:31\n" + CLIPPING + "\n（责任编辑：周晓）"
    )
    edited = NOTE.replace("380万", "400万").replace("月底前", "下周").replace("邵总对云衡意见很大。", "")
    assert is_near_duplicate(NOTE, edited)
    a, b = read_document(NOTE.encode()), read_document(edited.encode("gbk"), "e.txt")
    assert is_near_duplicate(a, b)
    assert is_near_duplicate(a.fingerprint, b.fingerprint)
    assert similarity(a.fingerprint, b.fingerprint) >= NEAR_DUP_JACCARD
    assert set(a.band_keys) & set(b.band_keys)


def test_near_duplicate_false_cases() -> None:
    other_note_same_customer = (
        "通衢农商行 二访：这次见了行长办公室的人，邵总出差。戴总说技术规范书推迟到下月，"
        "短名单里还有浪潮和云衡，POC要求用他们的真实报送数据跑一遍，周期两周。"
    )
    assert not is_near_duplicate(NOTE, other_note_same_customer)
    assert not is_near_duplicate(NOTE, CLIPPING)
    assert similarity(NOTE, CLIPPING) < 0.1
    assert not is_near_duplicate("", "")
    assert not is_near_duplicate(fingerprint(""), fingerprint(""))


def test_near_duplicate_index() -> None:
    idx = NearDuplicateIndex()
    idx.add("note", NOTE)
    idx.add("clip", CLIPPING)
    assert len(idx) == 2 and "note" in idx
    hits = idx.query(_fullwidth(_traditional(NOTE)))
    assert [k for k, _ in hits] == ["note"]
    assert hits[0][1] == 1.0
    assert idx.query("完全无关的一段文字，关于天气和午饭。") == []
    assert idx.add_or_match("note2", "来源：内部转发\n" + NOTE) == "note"
    assert idx.add_or_match("new", "另一家客户的拜访记录：宁波鄞丰银行数仓替换，见了副行长骆清禾。") is None
    assert len(idx) == 3
    idx.remove("note")
    assert idx.query(NOTE) == []
    assert idx.query(NOTE, exhaustive=True) == []


def test_band_keys_and_graph_properties() -> None:
    fp = fingerprint(NOTE)
    keys = band_keys(fp)
    assert len(keys) == NUM_BANDS
    assert all(-(2**63) <= k < 2**63 for k in keys)
    assert band_keys(fp.minhash) == keys  # from a stored signature too
    props = graph_properties(fp)
    assert props["dedupe_bands"] == keys
    assert from_signed64(props["simhash"]) == fp.simhash  # type: ignore[arg-type]
    assert -(2**63) <= props["simhash"] < 2**63  # type: ignore[operator]
    assert to_signed64(2**64 - 1) == -1
    assert band_keys(fingerprint("")) == []
    sb = simhash_band_keys(fp.simhash)
    assert len(sb) == 4 and [k >> 16 for k in sb] == [0, 1, 2, 3]


def test_near_duplicate_measurements() -> None:
    """Regenerates the figures in ingest/documents/dedupe.py's docstring and checks the separation."""
    if not SAMPLES.exists():
        pytest.skip("shared samples not present")
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(7)
    fill = "的了在是和与对我们他说要项目数据系统平台客户"
    headers = [
        "来源：新浪财经 2025-05-20 08:31\n",
        "转自微信公众号「长三角IT观察」\n",
        "【转发】from 市场部：\n",
    ]

    def edits(t: str, n: int) -> str:
        chars = list(t)
        for _ in range(n):
            op, i = rng.random(), rng.randrange(len(chars))
            if op < 0.4:
                chars[i] = rng.choice(fill)
            elif op < 0.7:
                del chars[i]
            else:
                chars.insert(i, rng.choice(fill))
        return "".join(chars)

    def drop_add(t: str) -> str:
        lines = t.split("\n")
        if len(lines) > 2:
            del lines[rng.randrange(1, len(lines))]
        else:
            cut = rng.randrange(len(t) // 4, len(t) // 2)
            lines = [t[:cut] + t[cut + 20 :]]
        return "\n".join([*lines, "补充：下周二再电话跟进一次，确认预算口径。"])

    positives: list[float] = []
    for r in rows:
        t = r["text"]
        variants = [
            _fullwidth(_traditional(t)),
            rng.choice(headers) + t,
            rng.choice(headers) + t + "\n（责任编辑：周晓）本文仅代表作者观点。",
            edits(t, rng.randint(3, 6)),
            drop_add(t),
        ]
        fa = fingerprint(t)
        for v in variants:
            fb = fingerprint(v)
            positives.append(jaccard(shingles(t), shingles(v)))
            assert is_near_duplicate(t, v), v[:30]
            assert set(band_keys(fa)) & set(band_keys(fb)), v[:30]  # found by an LSH lookup
            assert estimated_jaccard(fa, fb) >= NEAR_DUP_JACCARD
    negatives = [
        jaccard(shingles(a["text"]), shingles(b["text"])) for a, b in itertools.combinations(rows, 2)
    ]
    fps = [fingerprint(r["text"]) for r in rows]
    distances = [hamming(a.simhash, b.simhash) for a, b in itertools.combinations(fps, 2)]
    assert min(positives) >= 0.5
    assert max(negatives) <= 0.2
    assert statistics.median(distances) > 25
    assert all(not is_near_duplicate(a, b) for a, b in itertools.combinations(fps, 2))


# --------------------------------------------------------------------------- JSONL batches


def test_read_records_valid_and_extra_fields() -> None:
    lines = [
        {
            "id": "n1",
            "kind": "visit_note",
            "date": "2025-03-12",
            "author": "孙亦恺",
            "customer": "通衢",
            "text": NOTE,
        },
        {
            "id": "c1",
            "kind": "clipping",
            "date": "2025-05-20",
            "author": None,
            "customer": None,
            "text": CLIPPING,
        },
        {"id": 7, "kind": "clipping", "text": "短讯", "entities": []},
    ]
    data = ("\ufeff" + "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n").encode()
    recs = read_records(data)
    assert [r["id"] for r in recs] == ["n1", "c1", "7"]
    assert recs[2]["entities"] == []
    docs = read_upload(data, "batch.jsonl")
    assert [d.format for d in docs] == ["jsonl"] * 3
    assert docs[0].metadata["customer"] == "通衢" and docs[0].metadata["id"] == "n1"
    assert docs[0].content_hash == read_document(NOTE.encode()).content_hash


def test_read_records_errors_have_line_numbers() -> None:
    data = "\n".join(
        [
            json.dumps({"id": "a", "kind": "visit_note", "text": "好"}),
            "{not json",
            json.dumps({"id": "a", "kind": "visit_note", "text": "重复"}),
            json.dumps({"id": "b", "kind": "memo", "text": "x"}),
            json.dumps({"id": "c", "kind": "clipping", "text": "  ", "date": "12/03/2025"}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"kind": "clipping", "text": "no id", "customer": 3}),
        ]
    ).encode()
    with pytest.raises(DocumentError) as info:
        read_records(data)
    err = info.value
    assert err.code == "INVALID_RECORD"
    by_line = {d["line"]: d["error"] for d in err.details}
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7]
    assert "not valid JSON" in str(by_line[2])
    assert "duplicate id 'a' (first on line 1)" in str(by_line[3])
    assert "'kind'" in str(by_line[4])
    assert "empty" in str(by_line[5]) and "ISO date" in str(by_line[5])
    assert "JSON object" in str(by_line[6])
    assert "'id'" in str(by_line[7]) and "'customer'" in str(by_line[7])
    assert "line 2" in err.message


def test_read_records_empty_and_limits() -> None:
    with pytest.raises(DocumentError) as info:
        read_records(b"\n\n")
    assert info.value.code == "EMPTY"
    data = b"\n".join(json.dumps({"id": f"r{i}", "kind": "clipping", "text": "x"}).encode() for i in range(5))
    with pytest.raises(DocumentError) as info:
        read_records(data, limits=DocumentLimits(max_records=3))
    assert info.value.code == "TOO_LARGE"


def test_read_records_on_the_shared_samples() -> None:
    if not SAMPLES.exists():
        pytest.skip("shared samples not present")
    recs = read_records(SAMPLES.read_bytes())
    assert len(recs) >= 30
    assert {r["kind"] for r in recs} <= {"visit_note", "clipping"}


def test_read_upload_single_file() -> None:
    docs = read_upload(NOTE.encode("gbk"), "n.txt")
    assert len(docs) == 1 and docs[0].text == NOTE
