"""Registered spaCy factories: the rule/gazetteer entity layer and the ensemble with the statistical NER."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.gazetteer import Gazetteer
from ingest.pipeline.rules import Ent, EntityRules, get_lex

__all__ = ["GuanxiMerge", "GuanxiRules"]

USER_KEY = "guanxi_ents"
TEXT_KEY = "guanxi_text"
_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:省|市|区|县)?$")


class GuanxiRules:
    """Lexicon automata + patterns; writes ``Ent`` candidates to ``doc.user_data['guanxi_ents']``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.rules = EntityRules(None)

    def set_gazetteer(self, gazetteer: Gazetteer | None) -> None:
        self.rules = EntityRules(gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # O(tokens): computed once and shared with the later components
        doc.user_data[TEXT_KEY] = text
        doc.user_data[USER_KEY] = self.rules.find(text)
        return doc


class GuanxiMerge:
    """Ensemble: rule/gazetteer spans win; NER spans fill the gaps; the result is ``doc.ents``."""

    def __init__(self, nlp: Language, name: str, ner_min_len: int = 2) -> None:
        self.name = name
        self.ner_min_len = ner_min_len
        self.lex = get_lex()

    def _plausible(self, label: str, surface: str) -> bool:
        return _plausible_impl(self.lex, label, surface)

    def __call__(self, doc: Doc) -> Doc:
        rule_ents: list[Ent] = list(doc.user_data.get(USER_KEY, []))
        text = doc.user_data.get(TEXT_KEY) or doc.text
        occ = [False] * len(text)
        for en0 in rule_ents:
            for i in range(en0.start, en0.end):
                occ[i] = True
        for span in doc.ents:
            label = {"PER": "PERSON", "ORGANIZATION": "ORG"}.get(span.label_, span.label_)
            if label not in ("PERSON", "ORG", "TITLE", "PRODUCT"):
                continue
            s, e = span.start_char, span.end_char
            surface = text[s:e]
            if (
                e - s < self.ner_min_len
                or any(occ[s:e])
                or surface.strip() != surface
                or text.startswith(("办公会", "会议"), e)
            ):
                continue
            if label == "ORG" and (
                surface in self.lex.region_set
                or (_PLACE_ONLY.match(surface) and surface.rstrip("省市区县") in self.lex.region_set)
            ):
                continue
            if not self._plausible(label, surface):
                continue
            rule_ents.append(Ent(s, e, label, surface, "ner", None, 0.6, "ner"))
            for i in range(s, e):
                occ[i] = True
        rule_ents.sort(key=lambda x: x.start)
        doc.user_data[USER_KEY] = rule_ents
        spans: list[Span] = []
        for en in rule_ents:
            sp = doc.char_span(en.start, en.end, label=en.label, alignment_mode="expand")
            if sp is not None and (not spans or sp.start >= spans[-1].end):
                spans.append(sp)
        doc.ents = spans
        return doc


# capitalised English words that are also pinyin syllables but never a name on their own at a clause start
_ENGLISH_FUNCTION_WORDS = frozenset({"He", "She", "Her", "His", "Him", "It", "We", "Me", "An", "A"})


def _plausible_impl(lex: object, label: str, surface: str) -> bool:
    """Validate a statistical span before it fills a gap left by the rules (precision first)."""
    from ingest.pipeline.rules import Lex

    assert isinstance(lex, Lex)
    cjk = bool(_CJK.search(surface))
    if any(c in surface for c in '，,。；;：:“”"()（）、\n'):
        return False
    if label == "PERSON":
        if cjk:
            return (
                2 <= len(surface) <= 4
                and (surface[0] in lex.surnames1 or surface[:2] in lex.surnames2)
                and lex.freq.get(surface, 0) == 0
            )
        parts = surface.split()
        return (
            1 <= len(parts) <= 3
            and all(p[:1].isupper() and not (len(p) > 1 and p.isupper()) for p in parts)  # BI, GM, IT
            and parts[0].lower() in lex.pinyin
            and parts[0] not in _ENGLISH_FUNCTION_WORDS  # "He is fed up": pinyin he, but a pronoun
        )
    if label == "ORG":
        if cjk:
            from ingest.pipeline.rules import org_core, strip_region

            core = org_core(surface)
            return (
                len(surface) >= 4
                and core != surface
                and core not in lex.generic
                and strip_region(core) == core
                and core not in lex.region_set
                and (
                    any(surface.endswith(w) for w in lex.industry)
                    or any(surface.endswith(w) for w in lex.legal)
                )
            )
        return False
    if label == "TITLE":
        tm = list(lex.title_re.finditer(surface))
        return (
            (bool(tm) and tm[-1].end() == len(surface)) or bool(lex.en_title_re.fullmatch(surface))
        ) and len(surface) >= 3
    if label == "PRODUCT":
        if re.search(r"\s[a-z]", surface) or not (4 <= len(surface) <= 24):
            return False
        return bool(_PRODUCT_SHAPE.search(surface))
    return False


_CJK = re.compile(r"[\u4e00-\u9fff]")
_PRODUCT_SHAPE = re.compile(
    r"[A-Za-z]{2,}.*\d|\d.*[A-Za-z]|[A-Z]{2,}-|[\u4e00-\u9fff]{2,}(?:BI|MES|ERP|中台|数仓)"
)


@Language.factory("guanxi_rules")
def make_guanxi_rules(nlp: Language, name: str) -> GuanxiRules:
    return GuanxiRules(nlp, name)


@Language.factory("guanxi_merge", default_config={"ner_min_len": 2})
def make_guanxi_merge(nlp: Language, name: str, ner_min_len: int) -> GuanxiMerge:
    return GuanxiMerge(nlp, name, ner_min_len)
