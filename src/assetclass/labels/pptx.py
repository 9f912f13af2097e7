"""PowerPoint (pptx/pptm) labels: read slide masters, layouts and slides, and properties; stamp a
text box on every slide master (and on layouts that hide the master's shapes), plus a custom property.
"""

from __future__ import annotations

from lxml import etree

from ..config import Config
from ..exceptions import StampError
from ..formats.ooxml import NS, q
from ..hookspecs import hookimpl
from ..interfaces import StampOptions
from ..model import DeclaredLabel, Document, Source
from . import ooxml
from .ooxml import Package
from .parse import Grammar, dedupe, grammar, mark_text, outdated, stamp_settings

FORMATS = ("pptx", "pptm", "potx", "ppsx")
EMU_PER_INCH = 914400


def _paragraphs(root: etree._Element) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(q("a", "t"))) for p in root.iter(q("a", "p"))]


def parts(pkg: Package) -> tuple[str, list[str], list[str], list[str]]:
    """presentation part, slide masters, layouts (of those masters) and slides, in order."""
    pres = "ppt/presentation.xml"
    for _rid, (rtype, target) in pkg.rels("").items():
        if rtype.endswith("/officeDocument"):
            pres = target
    rels = pkg.rels(pres)
    masters = [t for _i, (rt, t) in rels.items() if rt.endswith("/slideMaster") and pkg.has(t)]
    slides = [t for _i, (rt, t) in rels.items() if rt.endswith("/slide") and pkg.has(t)]
    layouts: list[str] = []
    for m in masters:
        layouts += [t for _i, (rt, t) in pkg.rels(m).items() if rt.endswith("/slideLayout") and pkg.has(t)]
    return pres, sorted(masters, key=_num), sorted(layouts, key=_num), sorted(slides, key=_num)


def _num(name: str) -> tuple[int, str]:
    digits = "".join(ch for ch in name.rsplit("/", 1)[-1] if ch.isdigit())
    return (int(digits) if digits else 0, name)


class PptxLabels:
    name = "pptx"
    formats = FORMATS

    def read(self, source: Source, document: Document | None, config: Config) -> list[DeclaredLabel]:
        g = grammar(config)
        pkg = Package(source.read_bytes(), config)
        _pres, masters, layouts, slides = parts(pkg)
        labels: list[DeclaredLabel] = []
        for kind, names, strict in (("slide master", masters, False), ("slide layout", layouts, False)):
            for i, name in enumerate(names, start=1):
                root = pkg.xml(name)
                for text in _paragraphs(root) if root is not None else []:
                    labels.extend(g.labels(text, f"{kind} {i}", strict=strict))
        for i, name in enumerate(slides, start=1):
            root = pkg.xml(name)
            for text in _paragraphs(root) if root is not None else []:
                labels.extend(g.labels(text, f"slide {i}", strict=True))
        labels.extend(ooxml.property_labels(pkg, g, config))
        return dedupe(labels)

    def can_stamp(self, fmt: str) -> bool:
        return fmt in FORMATS

    def stamp(self, source: Source, options: StampOptions) -> bytes:
        config = options.config or Config()
        g = grammar(config)
        data = source.read_bytes()
        pkg = Package(data, options.config)
        ooxml.refuse_unstampable(pkg)
        pres, masters, layouts, _slides = parts(pkg)
        if not masters:
            raise StampError("the presentation has no slide master", "スライドマスターがありません")
        width = 9144000
        pres_root = pkg.xml(pres)
        size = pres_root.find(q("p", "sldSz")) if pres_root is not None else None
        if size is not None:
            width = int(size.get("cx", width))
        mark = mark_text(config, options.level, options.restrictions)
        edits: dict[str, bytes] = {}
        targets = list(masters)
        for name in layouts:  # a layout that hides master shapes needs its own mark
            root = pkg.xml(name)
            if root is not None and root.get("showMasterSp") in ("0", "false"):
                targets.append(name)
        for name in targets:
            root = pkg.xml(name)
            if root is not None and _stamp_tree(
                root, g, options.level, mark, width, tuple(options.restrictions)
            ):
                edits[name] = ooxml.to_xml(root)
        settings = stamp_settings(config)
        values = {str(settings["property"]): str(settings["property_value"]).format(level=options.level)}
        if options.restrictions:
            values[str(settings["restriction_property"])] = " ".join(options.restrictions)
        ooxml.ensure_custom_part(pkg, edits, values)
        return ooxml.rewrite(pkg, edits) if edits else data


def _stamp_tree(
    root: etree._Element, g: Grammar, level: int, mark: str, width: int, restrictions: tuple[str, ...] = ()
) -> bool:
    tree = root.find(f"{q('p', 'cSld')}/{q('p', 'spTree')}")
    if tree is None:
        return False
    changed = False
    has_right = False
    for p in root.iter(q("a", "p")):
        marks = g.find("".join(t.text or "" for t in p.iter(q("a", "t"))))
        pending = [m.text for m in marks if outdated(m, level, restrictions)]
        for t in p.iter(q("a", "t")):
            for m in g.find(t.text or ""):
                if m.text in pending:
                    pending.remove(m.text)
                    t.text = (t.text or "").replace(m.text, mark, 1)
                    changed = True
        after = g.find("".join(t.text or "" for t in p.iter(q("a", "t"))))
        has_right |= any(not outdated(m, level, restrictions) for m in after)
    if has_right:
        return changed
    ids = [int(el.get("id", "0")) for el in root.iter(q("p", "cNvPr")) if el.get("id", "").isdigit()]
    box_w, box_h, margin = int(2.6 * EMU_PER_INCH), int(0.4 * EMU_PER_INCH), int(0.1 * EMU_PER_INCH)
    sp = etree.fromstring(
        f'<p:sp xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}">'
        f'<p:nvSpPr><p:cNvPr id="{max([1, *ids]) + 1}" name="assetclass label"/>'
        '<p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{max(0, width - box_w - margin)}" y="{margin}"/>'
        f'<a:ext cx="{box_w}" cy="{box_h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        "<a:noFill/></p:spPr>"
        '<p:txBody><a:bodyPr wrap="none" rtlCol="0"><a:spAutoFit/></a:bodyPr><a:lstStyle/>'
        '<a:p><a:pPr algn="r"/><a:r><a:rPr lang="ja-JP" altLang="en-US" sz="1200" b="1"/>'
        f"<a:t>{ooxml.xml_text(mark)}</a:t></a:r></a:p></p:txBody></p:sp>".encode()
    )
    ext = tree.find(q("p", "extLst"))  # extLst must stay the last child
    if ext is not None:
        ext.addprevious(sp)
    else:
        tree.append(sp)
    return True


@hookimpl
def assetclass_register_label_codecs() -> list[PptxLabels]:
    return [PptxLabels()]
