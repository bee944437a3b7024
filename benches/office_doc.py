#!/usr/bin/env python3
"""Writes a report-sized test document as DOCX and ODT for benches/office_scale.sh.

About 2,000 paragraphs and 60,000 words of English sentences taken from a TMX (so that a
TM built from the same file gives exact and fuzzy matches): headings every 25 paragraphs,
bold and italic runs, a footnote every 50 paragraphs and a 3x3 table every 200. Standard
library only; the packages are written by hand (no template file).

Usage: office_doc.py TMX OUT_STEM [--lang eng] [--paragraphs 2000] [--words 60000]
"""
import argparse
import gzip
import random
import re
import zipfile
from xml.sax.saxutils import escape


def sentences(tmx_path, lang, want):
    """English sentences of the TMX (units with a French side first)."""
    opener = gzip.open if tmx_path.endswith(".gz") else open
    tu, out, rest = [], [], []
    seg = re.compile(r'<tuv xml:lang="([^"]+)"><seg>(.*?)</seg></tuv>')
    with opener(tmx_path, "rt", encoding="utf-8") as f:
        for line in f:
            m = seg.search(line)
            if m:
                tu.append((m.group(1), m.group(2)))
            elif "</tu>" in line:
                src = [s for l, s in tu if l == lang]
                # No digits: a TM translation that writes a number another way
                # would be a check error that holds the language back.
                if src and "&" not in src[0] and not re.search(r"\d", src[0]):
                    (out if any(l.startswith("fr") for l, _ in tu) else rest).append(src[0])
                tu = []
                if len(out) >= want:
                    break
    return out + rest[: max(0, want - len(out))]


def plan(sents, paragraphs, words):
    """The document as blocks: ("h", text), ("p", [sentences], note?), ("table", [9 texts])."""
    rnd = random.Random(42)
    it = iter(sents)
    per = max(1, round(words / paragraphs / 6))
    blocks, count = [], 0
    while count < paragraphs:
        if count % 25 == 0:
            blocks.append(("h", next(it)))
        elif count % 200 == 110:
            blocks.append(("table", [next(it) for _ in range(9)]))
            count += 8
        elif count % 8 == 0:
            blocks.append(("p", [next(it)], None))
        else:
            n = rnd.randint(per - 1, per + 1)
            note = next(it) if count % 50 == 7 else None
            blocks.append(("p", [next(it) for _ in range(n)], note))
        count += 1
    return blocks


def docx_runs(sents, i):
    runs = []
    for k, s in enumerate(sents):
        text = escape(s) + " "
        if i % 3 == 1 and k == 1:
            runs.append(f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')
        elif i % 7 == 2 and k == 0:
            w = text.split(" ", 1)
            runs.append(f'<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{w[0]}</w:t></w:r>')
            runs.append(f'<w:r><w:t xml:space="preserve"> {w[1] if len(w) > 1 else ""}</w:t></w:r>')
        else:
            runs.append(f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>')
    return "".join(runs)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def write_docx(blocks, path):
    body, notes = [], []
    for i, b in enumerate(blocks):
        if b[0] == "h":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>{escape(b[1])}</w:t></w:r></w:p>')
        elif b[0] == "table":
            rows = "".join(
                "<w:tr>" + "".join(f'<w:tc><w:p><w:r><w:t>{escape(t)}</w:t></w:r></w:p></w:tc>' for t in b[1][r * 3:r * 3 + 3]) + "</w:tr>"
                for r in range(3))
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
        else:
            ref = ""
            if b[2]:
                n = len(notes) + 1
                notes.append(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(b[2])}</w:t></w:r></w:p></w:footnote>')
                ref = f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'
            body.append(f"<w:p>{docx_runs(b[1], i)}{ref}</w:p>")
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 f'{"".join(notes)}</w:footnotes>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
             '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
             '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/footnotes.xml", footnotes)


O = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
     'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
     'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
     'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
     'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
     'xmlns:dc="http://purl.org/dc/elements/1.1/" '
     'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2"')


def odt_spans(sents, i):
    out = []
    for k, s in enumerate(sents):
        text = escape(s) + " "
        if i % 3 == 1 and k == 1:
            out.append(f'<text:span text:style-name="B">{text}</text:span>')
        elif i % 7 == 2 and k == 0:
            w = text.split(" ", 1)
            out.append(f'<text:span text:style-name="I">{w[0]}</text:span> {w[1] if len(w) > 1 else ""}')
        else:
            out.append(text)
    return "".join(out)


def write_odt(blocks, path):
    body, n = [], 0
    for i, b in enumerate(blocks):
        if b[0] == "h":
            body.append(f'<text:h text:outline-level="1">{escape(b[1])}</text:h>')
        elif b[0] == "table":
            rows = "".join(
                "<table:table-row>" + "".join(f'<table:table-cell><text:p>{escape(t)}</text:p></table:table-cell>' for t in b[1][r * 3:r * 3 + 3]) + "</table:table-row>"
                for r in range(3))
            body.append(f'<table:table table:name="T{i}"><table:table-column table:number-columns-repeated="3"/>{rows}</table:table>')
        else:
            note = ""
            if b[2]:
                n += 1
                note = (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                        f'<text:note-body><text:p>{escape(b[2])}</text:p></text:note-body></text:note>')
            body.append(f"<text:p>{odt_spans(b[1], i)}{note}</text:p>")
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {O}>'
               '<office:automatic-styles>'
               '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
               f'</office:automatic-styles><office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {O}><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties fo:language="en" fo:country="GB"/></style:default-style>'
              '</office:styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {O}><office:meta>'
            '<dc:title>Report</dc:title><dc:language>en-GB</dc:language></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)
        z.writestr("styles.xml", styles)
        z.writestr("meta.xml", meta)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tmx")
    ap.add_argument("out")
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--paragraphs", type=int, default=2000)
    ap.add_argument("--words", type=int, default=60000)
    a = ap.parse_args()
    sents = sentences(a.tmx, a.lang, a.words // 4)
    blocks = plan(sents, a.paragraphs, a.words)
    words = 0
    paras = 0
    for b in blocks:
        texts = [b[1]] if b[0] == "h" else b[1] if b[0] == "table" else b[1] + ([b[2]] if b[2] else [])
        words += sum(len(t.split()) for t in texts)
        paras += len(texts) if b[0] != "p" else 1 + (1 if b[2] else 0)
    write_docx(blocks, a.out + ".docx")
    write_odt(blocks, a.out + ".odt")
    print(f"{a.out}.docx/.odt: {paras} paragraphs, {words} words")


if __name__ == "__main__":
    main()
