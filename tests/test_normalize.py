from __future__ import annotations

from ingest.normalize import Normalized, normalize, to_simplified


def test_fullwidth_to_halfwidth() -> None:
    n = normalize("ＡＢＣ１２３（测试）　ok")
    assert n.text == "ABC123(测试) ok"
    assert len(n.text) == len(n.original)


def test_traditional_to_simplified() -> None:
    n = normalize("據報道，華為與東軟簽署協議")
    assert n.text == "据报道,华为与东软签署协议"
    assert to_simplified("資訊科技部") == "资讯科技部" or to_simplified("資訊科技部") == "资讯科技部"


def test_offsets_map_back() -> None:
    src = "拜訪華信銀行，見了ＣＩＯ張總"
    n = normalize(src)
    i = n.text.index("华信银行")
    s, e = n.to_original(i, i + 4)
    assert src[s:e] == "華信銀行"
    j = n.text.index("CIO")
    s, e = n.to_original(j, j + 3)
    assert src[s:e] == "ＣＩＯ"
    assert n.to_original(len(n.text), len(n.text)) == (len(src), len(src))


def test_plain_text_is_identity() -> None:
    n = normalize("拜访通衢农商行")
    assert isinstance(n, Normalized)
    assert n.text == n.original
    assert n.identity
