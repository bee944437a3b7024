//! DOCX, ODT and HTML documents: identity and pseudo-translated round
//! trips on the fixtures, the whole office corpus when present, and
//! `extract` + `build` end to end.

use std::path::Path;

use relais::formats::office::{self, Format, Languages, Options, Unit};
use relais::model::{Inline, Segment};

use crate::common::{corpus, fixture, office_project, relais};

fn langs() -> Languages {
    Languages {
        source: "en".into(),
        target: "fr".into(),
    }
}

/// Builds `path` with `targets` and reads the result back.
fn round_trip(path: &Path, format: Format, options: Options, targets: Vec<Segment>) -> Vec<Unit> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("out.{}", format.extension()));
    office::build(path, format, options, targets, langs(), &out).unwrap();
    office::extract(&out, format, options).unwrap()
}

/// Every text piece replaced, markup and placeables kept.
fn pseudo(seg: &Segment, n: usize) -> Segment {
    let re = regex::Regex::new(r"<[^>]*>|[^<]+").unwrap();
    let mut out = Segment::default();
    for inline in &seg.0 {
        match inline {
            Inline::Text(t) => {
                for m in re.find_iter(t) {
                    if m.as_str().starts_with('<') || m.as_str().trim().is_empty() {
                        out.push_text(m.as_str());
                    } else {
                        out.push_text(&format!("Zq{n}x {}", m.as_str().len()));
                    }
                }
            }
            Inline::Tag(t) => out.push_tag(t.clone()),
        }
    }
    out
}

/// A message's text with its markup names numbered in order of first
/// appearance: the same text, bold, italic, links and spans, whatever
/// order the formats were met in.
fn renumbered(text: &str) -> String {
    let re = regex::Regex::new(r#"<(a|span) data-l10n-name="([^"]*)">"#).unwrap();
    let mut seen: Vec<(String, String)> = Vec::new();
    re.replace_all(text, |c: &regex::Captures| {
        let key = (c[1].to_string(), c[2].to_string());
        let n = match seen.iter().position(|k| *k == key) {
            Some(n) => n,
            None => {
                seen.push(key);
                seen.len() - 1
            }
        };
        format!("<{} data-l10n-name=\"{n}\">", &c[1])
    })
    .into_owned()
}

/// A message's text without its `span` markup.
fn without_spans(text: &str) -> String {
    let re = regex::Regex::new(r#"<span data-l10n-name="[^"]*">|</span>"#).unwrap();
    re.replace_all(text, "").into_owned()
}

/// A message's text without markup and placeables: what a reader sees.
fn plain(text: &str) -> String {
    let re = regex::Regex::new(r#"<[^>]*>|\{ \$[^}]* \}"#).unwrap();
    re.replace_all(text, "").into_owned()
}

/// HTML files whose stray close tags pair differently once the rebuilt
/// output is read again (as a browser pairs them): only their text is
/// compared.
const STRAY_TAGS: &[&str] = &["docx4j__Docx4j_GettingStarted_Francais.html"];

fn check_identity(path: &Path, format: Format, options: Options) -> Result<usize, String> {
    let units = office::extract(path, format, options).map_err(|e| e.to_string())?;
    let targets: Vec<Segment> = units.iter().map(|u| u.segment.clone()).collect();
    let back = round_trip(path, format, options, targets);
    if back.len() != units.len() {
        return Err(format!(
            "{} units, {} after the round trip",
            units.len(),
            back.len()
        ));
    }
    let loose = path
        .file_name()
        .is_some_and(|n| STRAY_TAGS.contains(&n.to_string_lossy().as_ref()));
    for (a, b) in units.iter().zip(&back) {
        let same = if loose {
            plain(&a.text) == plain(&b.text)
        } else {
            renumbered(&a.text) == renumbered(&b.text)
        };
        if !same {
            return Err(format!("{:?} became {:?}", a.text, b.text));
        }
    }
    Ok(units.len())
}

#[test]
fn fixtures_round_trip_identically() {
    for (name, format) in [
        ("okapi__footnotes.docx", Format::Docx),
        ("odfdo__dormeur_notes.odt", Format::Odt),
        ("okapi__W3CHTMHLTest1.html", Format::Html),
    ] {
        let n = check_identity(
            &fixture(&format!("office/{name}")),
            format,
            Options::default(),
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(n >= 3, "{name}: {n} units");
    }
}

#[test]
fn footnotes_are_units_and_references_placeables() {
    let units = office::extract(
        &fixture("office/okapi__footnotes.docx"),
        Format::Docx,
        Options::default(),
    )
    .unwrap();
    // 3 body paragraphs, 3 footnotes.
    assert_eq!(units.len(), 6, "{units:#?}");
    assert!(units[0].text.ends_with("{ $note-1 }"), "{}", units[0].text);
    assert!(units[3].text.contains("footnote") || !units[3].text.is_empty());
    // The note's own number mark is skeleton: a TM match needs no code.
    for u in &units[3..] {
        assert!(!u.text.contains("{ $"), "{}", u.text);
    }
}

#[test]
fn pseudo_translation_replaces_every_text() {
    for (name, format) in [
        ("okapi__footnotes.docx", Format::Docx),
        ("odfdo__dormeur_notes.odt", Format::Odt),
        ("okapi__W3CHTMHLTest1.html", Format::Html),
    ] {
        let path = fixture(&format!("office/{name}"));
        let units = office::extract(&path, format, Options::default()).unwrap();
        let targets: Vec<Segment> = units
            .iter()
            .enumerate()
            .map(|(i, u)| pseudo(&u.segment, i))
            .collect();
        let back = round_trip(&path, format, Options::default(), targets.clone());
        assert_eq!(back.len(), units.len(), "{name}");
        for (t, b) in targets.iter().zip(&back) {
            // A translation of another length can change which format is
            // a paragraph's base, so spans may come back as other spans.
            assert_eq!(
                without_spans(&t.display_text()),
                without_spans(&b.text),
                "{name}"
            );
        }
    }
}

#[test]
fn tracked_changes_are_refused_unless_accepted() {
    let Some(c) = corpus("tracked_changes_are_refused_unless_accepted") else {
        return;
    };
    let path = c.join("office/docx/okapi__tracked_changes.docx");
    let err = office::extract(&path, Format::Docx, Options::default())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("tracked changes") && err.contains("--accept-changes"),
        "{err}"
    );
    let accepted = office::extract(
        &path,
        Format::Docx,
        Options {
            accept_changes: true,
        },
    )
    .unwrap();
    assert!(!accepted.is_empty());
}

#[test]
fn office_corpus_extracts_or_refuses_and_round_trips() {
    let Some(c) = corpus("office_corpus_extracts_or_refuses_and_round_trips") else {
        return;
    };
    let mut extracted = 0;
    let mut refused = Vec::new();
    let mut failures = Vec::new();
    for sub in ["docx", "odt", "html"] {
        let mut files: Vec<_> = std::fs::read_dir(c.join("office").join(sub))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for path in files {
            let format = Format::from_path(&path).unwrap();
            match office::extract(&path, format, Options::default()) {
                Ok(_) => extracted += 1,
                Err(e) if e.to_string().contains("tracked changes") => {
                    refused.push(path.clone());
                    continue;
                }
                Err(e) => {
                    failures.push(format!("{}: {e}", path.display()));
                    continue;
                }
            }
            if let Err(e) = check_identity(&path, format, Options::default()) {
                failures.push(format!("{}: identity: {e}", path.display()));
            }
        }
    }
    // Refused documents extract once their changes are accepted.
    for path in &refused {
        let format = Format::from_path(path).unwrap();
        if let Err(e) = check_identity(
            path,
            format,
            Options {
                accept_changes: true,
            },
        ) {
            failures.push(format!("{} (accepted): {e}", path.display()));
        }
    }
    eprintln!(
        "office corpus: {extracted} extracted, {} refused (tracked changes)",
        refused.len()
    );
    assert_eq!(extracted + refused.len(), 88);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn extract_and_build_a_docx_end_to_end() {
    let dir = office_project("okapi__footnotes.docx", "");
    relais(dir.path())
        .args(["extract", "rapport.docx", "--document", "rapport"])
        .assert()
        .success();
    let ftl = std::fs::read_to_string(dir.path().join("locales/en/rapport.ftl")).unwrap();
    assert!(ftl.contains("format=docx"), "{ftl}");
    relais(dir.path()).args(["build"]).assert().success();
    let out = dir.path().join("dist/fr/rapport.docx");
    let units = office::extract(&out, Format::Docx, Options::default()).unwrap();
    assert_eq!(units.len(), 6);
}

#[test]
fn comments_leave_the_translated_document() {
    let source = fixture("office/okapi__OpenXML_text_reference_v1_2.docx");
    assert!(zip_entry(&source, "word/comments.xml").contains("This is a comment"));
    let dir = office_project("okapi__OpenXML_text_reference_v1_2.docx", "");
    extract_accepting_changes(dir.path());
    relais(dir.path()).args(["build"]).assert().success();
    let out = dir.path().join("dist/fr/rapport.docx");
    let zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let names: Vec<&str> = zip.file_names().collect();
    assert!(!names.iter().any(|n| n.contains("comments")), "{names:?}");
    assert!(!zip_entry(&out, "[Content_Types].xml").contains("comments+xml"));
    let rels = zip_entry(&out, "word/_rels/document.xml.rels");
    assert!(!rels.contains("comments"), "{rels}");
    // The rest of the document is still there, and still reads.
    assert!(rels.contains("footnotes.xml"), "{rels}");
    let units = office::extract(&out, Format::Docx, Options::default()).unwrap();
    let source_units = office::extract(
        &dir.path().join("rapport.docx"),
        Format::Docx,
        Options {
            accept_changes: true,
        },
    )
    .unwrap();
    assert_eq!(units.len(), source_units.len());
}

/// Paragraph counts of one part, by a reader independent of the filters:
/// every paragraph element (`raw`, what the corpus manifest counts) and
/// those with text a reader sees (`with_text`: text outside fields, notes,
/// drawings, deleted text and `mc:Fallback` copies).
#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    raw: usize,
    paragraphs: usize,
    with_text: usize,
    /// The text of each paragraph with text.
    texts: Vec<String>,
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

/// Follows the depth of complex fields.
fn field_char(e: &quick_xml::events::BytesStart<'_>, field: &mut usize) {
    let kind = e
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == "fldCharType")
        .map(|a| a.value.to_string());
    match kind.as_deref() {
        Some("begin") => *field += 1,
        Some("end") => *field = field.saturating_sub(1),
        _ => {}
    }
}

/// Counts the paragraphs of a DOCX `word/document.xml`.
/// The next event of a part and its element's namespace (empty if none).
fn next_event<'x>(
    reader: &mut quick_xml::NsReader<&'x [u8]>,
) -> (String, quick_xml::events::Event<'x>) {
    let (ns, ev) = reader.read_resolved_event().expect("well-formed part");
    let ns = match ns {
        quick_xml::name::ResolveResult::Bound(n) => n.as_ref().to_string(),
        _ => String::new(),
    };
    (ns, ev)
}

fn docx_counts(xml: &str) -> Counts {
    use quick_xml::events::Event;
    let mut reader = quick_xml::NsReader::from_str(xml);
    let mut counts = Counts::default();
    // Per open paragraph: whether it has text.
    let mut paras: Vec<String> = Vec::new();
    let mut skip = 0usize; // depth inside Fallback, del, moveFrom, fldSimple
    let mut field = 0usize; // complex field depth
    let mut in_t = false;
    // Inside a run's properties; the run is hidden (`vanish`, `webHidden`).
    let (mut in_rpr, mut hidden) = (false, false);
    loop {
        let (ns, ev) = next_event(&mut reader);
        match ev {
            Event::Start(e) => {
                let local = e.local_name().as_ref().to_string();
                let skipped = (ns == MC && local == "Fallback")
                    || (ns == W && matches!(local.as_str(), "del" | "moveFrom" | "fldSimple"));
                if skip > 0 || skipped {
                    skip += 1;
                } else if ns == W && local == "p" {
                    counts.raw += 1;
                    paras.push(String::new());
                } else if ns == W && local == "t" {
                    in_t = true;
                } else if ns == W && local == "r" {
                    hidden = false;
                } else if ns == W && local == "rPr" {
                    in_rpr = true;
                } else if ns == W && local == "fldChar" {
                    field_char(&e, &mut field);
                }
            }
            Event::Empty(e) => {
                let local = e.local_name().as_ref().to_string();
                if skip == 0 && ns == W && local == "p" {
                    counts.raw += 1;
                    counts.paragraphs += 1;
                }
                if skip == 0 && ns == W && local == "fldChar" {
                    field_char(&e, &mut field);
                }
                if in_rpr && ns == W && matches!(local.as_str(), "vanish" | "webHidden") {
                    hidden = true;
                }
            }
            Event::End(e) => {
                let local = e.local_name().as_ref().to_string();
                if skip > 0 {
                    skip -= 1;
                } else if ns == W && local == "p" {
                    counts.paragraphs += 1;
                    if let Some(t) = paras.pop().filter(|t| !t.trim().is_empty()) {
                        counts.with_text += 1;
                        counts.texts.push(t);
                    }
                } else if ns == W && local == "t" {
                    in_t = false;
                } else if ns == W && local == "rPr" {
                    in_rpr = false;
                } else if ns == W && local == "r" {
                    hidden = false;
                }
            }
            Event::Text(t) if in_t && !hidden && skip == 0 && field == 0 => {
                if let Some(p) = paras.last_mut() {
                    p.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(_) if in_t && !hidden && skip == 0 && field == 0 => {
                if let Some(p) = paras.last_mut() {
                    p.push('&');
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    counts
}

/// Counts the paragraphs and headings of an ODT `content.xml` (`raw`
/// counts `text:p` only, as the manifest does).
fn odt_counts(xml: &str) -> Counts {
    use quick_xml::events::Event;
    let mut reader = quick_xml::NsReader::from_str(xml);
    let mut counts = Counts::default();
    // Per open paragraph: whether it has text, and the depth of elements
    // opened inside it (text counts only in spans and links).
    let mut paras: Vec<(String, usize)> = Vec::new();
    let mut inner: Vec<bool> = Vec::new(); // per element inside a paragraph: text counts
    let mut skip = 0usize; // inside tracked-changes and comments
    loop {
        let (ns, ev) = next_event(&mut reader);
        match ev {
            Event::Start(e) => {
                let local = e.local_name().as_ref().to_string();
                if skip > 0
                    || (ns == TEXT && local == "tracked-changes")
                    || (ns == OFFICE && local == "annotation")
                {
                    skip += 1;
                } else if ns == TEXT && matches!(local.as_str(), "p" | "h") {
                    if local == "p" {
                        counts.raw += 1;
                    }
                    paras.push((String::new(), inner.len()));
                } else if !paras.is_empty() {
                    let depth = paras.last().map_or(0, |(_, d)| *d);
                    let counts_text = (inner.len() == depth || inner.last().copied() == Some(true))
                        && ns == TEXT
                        && matches!(local.as_str(), "span" | "a");
                    inner.push(counts_text);
                }
            }
            Event::Empty(e) => {
                let local = e.local_name().as_ref().to_string();
                if skip == 0 && ns == TEXT && matches!(local.as_str(), "p" | "h") {
                    if local == "p" {
                        counts.raw += 1;
                    }
                    counts.paragraphs += 1;
                }
            }
            Event::End(e) => {
                let local = e.local_name().as_ref().to_string();
                if skip > 0 {
                    skip -= 1;
                } else if ns == TEXT
                    && matches!(local.as_str(), "p" | "h")
                    && paras.last().is_some_and(|(_, d)| *d == inner.len())
                {
                    counts.paragraphs += 1;
                    if let Some((t, _)) = paras.pop().filter(|(t, _)| !t.trim().is_empty()) {
                        counts.with_text += 1;
                        counts.texts.push(t);
                    }
                } else if !paras.is_empty() {
                    inner.pop();
                }
            }
            Event::Text(t) if skip == 0 => {
                let visible = paras
                    .last()
                    .is_some_and(|(_, d)| inner[*d..].iter().all(|c| *c));
                if visible {
                    paras
                        .last_mut()
                        .expect("open paragraph")
                        .0
                        .push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(_) if skip == 0 => {
                let visible = paras
                    .last()
                    .is_some_and(|(_, d)| inner[*d..].iter().all(|c| *c));
                if visible {
                    paras.last_mut().expect("open paragraph").0.push('&');
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    counts
}

/// Reads one entry of a ZIP package.
fn zip_entry(path: &Path, name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// The `paras=N` of each file of the office manifest.
fn manifest_paras(office: &Path) -> Vec<(String, usize)> {
    let text = std::fs::read_to_string(office.join("MANIFEST.tsv")).unwrap();
    let re = regex::Regex::new(r"\bparas=(\d+)").unwrap();
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let file = cols.next()?.to_string();
            let features = cols.nth(4)?;
            let n = re.captures(features)?[1].parse().ok()?;
            Some((file, n))
        })
        .collect()
}

/// The manifest counts every paragraph element of the main part, empty
/// ones included (and, for ODT, `text:p` without the `text:h` headings);
/// the filters make a message of each paragraph a reader sees text in.
/// Both are checked here against an independent count.
#[test]
fn office_corpus_paragraph_counts() {
    let Some(c) = corpus("office_corpus_paragraph_counts") else {
        return;
    };
    let office = c.join("office");
    let manifest = manifest_paras(&office);
    assert!(manifest.len() >= 70, "{} manifest counts", manifest.len());
    let mut differ = Vec::new();
    let mut manifest_same = 0;
    for (file, paras) in &manifest {
        let path = office.join(file);
        let format = Format::from_path(&path).unwrap();
        let (part, counts) = match format {
            Format::Docx => (
                "word/document.xml",
                docx_counts(&zip_entry(&path, "word/document.xml")),
            ),
            Format::Odt => ("content.xml", odt_counts(&zip_entry(&path, "content.xml"))),
            Format::Html => continue,
        };
        if counts.raw == *paras {
            manifest_same += 1;
        } else {
            eprintln!(
                "{file}: manifest {paras}, {} paragraph elements",
                counts.raw
            );
        }
        assert!(counts.with_text <= counts.paragraphs, "{file}: {counts:?}");
        let units = office::extract(&path, format, Options::default())
            .or_else(|_| {
                office::extract(
                    &path,
                    format,
                    Options {
                        accept_changes: true,
                    },
                )
            })
            .unwrap();
        let messages = units
            .iter()
            .filter(|u| u.part == part && !u.attribute)
            .count();
        if messages != counts.with_text {
            let seen: String = units.iter().map(|u| plain(&u.text)).collect();
            let seen: String = seen.split_whitespace().collect();
            let unseen: Vec<&String> = counts
                .texts
                .iter()
                .filter(|t| !seen.contains(&t.split_whitespace().collect::<String>()))
                .take(3)
                .collect();
            let counted: String = counts.texts.concat().split_whitespace().collect();
            let uncounted: Vec<String> = units
                .iter()
                .filter(|u| u.part == part && !u.attribute)
                .map(|u| plain(&u.text))
                .filter(|t| !counted.contains(&t.split_whitespace().collect::<String>()))
                .take(3)
                .collect();
            differ.push(format!(
                "{file}: {messages} messages, {} paragraphs with text ({} in the manifest); \
                 not in a message: {unseen:?}; not counted: {uncounted:?}",
                counts.with_text, paras
            ));
        }
    }
    eprintln!(
        "office corpus: {} manifest counts, {manifest_same} equal to the paragraph elements",
        manifest.len()
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

/// Every piece of text replaced by a word of its own (`qz<unit>v<piece>x`),
/// markup and placeables kept.
fn pseudo_words(seg: &Segment, unit: usize) -> Segment {
    let re = regex::Regex::new(r"<[^>]*>|[^<]+").unwrap();
    let mut out = Segment::default();
    let mut piece = 0;
    for inline in &seg.0 {
        match inline {
            Inline::Text(t) => {
                for m in re.find_iter(t) {
                    let s = m.as_str();
                    if s.starts_with('<') || s.trim().is_empty() {
                        out.push_text(s);
                    } else {
                        piece += 1;
                        let lead = &s[..s.len() - s.trim_start().len()];
                        let trail = &s[s.trim_end().len()..];
                        out.push_text(&format!("{lead}qz{unit}v{piece}x{trail}"));
                    }
                }
            }
            Inline::Tag(t) => out.push_tag(t.clone()),
        }
    }
    out
}

/// The text of a PDF, lower case, white space collapsed.
fn pdf_text(pdf: &Path) -> Option<String> {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let text = String::from_utf8_lossy(&out.stdout).to_lowercase();
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A pseudo-translated document (footnotes, a table, a nested list, links,
/// an image with alt text, headers and footers) opens in LibreOffice and
/// converts to PDF, with every translated string in it and no source text.
#[test]
fn pseudo_translated_documents_convert_to_pdf_in_libreoffice() {
    let has = |cmd: &str, arg: &str| std::process::Command::new(cmd).arg(arg).output().is_ok();
    if !has("soffice", "--version") || !has("pdftotext", "-v") {
        eprintln!(
            "notice: pseudo_translated_documents_convert_to_pdf_in_libreoffice skipped: \
             soffice or pdftotext is absent"
        );
        return;
    }
    let accept = Options {
        accept_changes: true,
    };
    let token = regex::Regex::new(r"qz\d+v\d+x").unwrap();
    for (name, format) in [
        ("okapi__OpenXML_text_reference_v1_2.docx", Format::Docx),
        ("odfdo__dormeur_notes.odt", Format::Odt),
    ] {
        let path = fixture(&format!("office/{name}"));
        let units = office::extract(&path, format, accept).unwrap();
        let targets: Vec<Segment> = units
            .iter()
            .enumerate()
            .map(|(i, u)| pseudo_words(&u.segment, i))
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join(format!("pseudo.{}", format.extension()));
        office::build(&path, format, accept, targets.clone(), langs(), &out).unwrap();
        // Alt text and titles are not printed: read them back instead.
        let back = office::extract(&out, format, Options::default()).unwrap();
        assert_eq!(back.len(), units.len(), "{name}");
        for (t, b) in targets.iter().zip(&back) {
            assert_eq!(plain(&t.display_text()), plain(&b.text), "{name}");
        }
        let profile = dir.path().join("profile");
        let status = std::process::Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(dir.path())
            .arg(&out)
            .output()
            .unwrap();
        let pdf = dir.path().join("pseudo.pdf");
        assert!(
            pdf.is_file(),
            "{name}: LibreOffice made no PDF: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        let text = pdf_text(&pdf).unwrap();
        if std::env::var_os("RELAIS_KEEP_PDF").is_some() {
            std::fs::copy(&pdf, format!("/tmp/{name}.pdf")).unwrap();
            std::fs::copy(&out, format!("/tmp/pseudo-{name}")).unwrap();
        }
        let in_pdf: std::collections::HashSet<&str> =
            token.find_iter(&text).map(|m| m.as_str()).collect();
        let mut printed = 0;
        for (u, t) in units.iter().zip(&targets) {
            if u.attribute {
                continue;
            }
            let translated = plain(&t.display_text());
            for word in token.find_iter(&translated) {
                assert!(
                    in_pdf.contains(word.as_str()),
                    "{name}: {} is not in the PDF",
                    word.as_str()
                );
                printed += 1;
            }
            let source = plain(&u.text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if source.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                assert!(
                    !text.contains(&source),
                    "{name}: the source text {source:?} is still in the PDF"
                );
            }
        }
        assert!(
            printed >= 10,
            "{name}: {printed} translated strings checked"
        );
    }
}

/// A DOCX through the translator's tools: XLIFF export with the inline
/// formatting as protected codes, pretranslation from the TM, and the
/// glossary gate on a forbidden term, up to the built document.
/// A project translating the reference DOCX into French, with a glossary
/// (English "list": French "liste", "listing" forbidden) and a TMX.
fn docx_project() -> tempfile::TempDir {
    let dir = office_project(
        "okapi__OpenXML_text_reference_v1_2.docx",
        "\n[glossary]\nfiles = [\"glossary/terms.tsv\"]\n",
    );
    let d = dir.path();
    std::fs::create_dir_all(d.join("glossary")).unwrap();
    std::fs::write(
        d.join("glossary/concepts.tsv"),
        "concept\tdomain\tdefinition\tnote\tsource\nC01\tdocuments\tAn ordered series of items.\t\tT\n",
    )
    .unwrap();
    std::fs::write(
        d.join("glossary/sources.tsv"),
        "key\ttitle\turl\nT\tTest\thttps://example.org/\n",
    )
    .unwrap();
    std::fs::write(
        d.join("glossary/terms.tsv"),
        "concept\tlang\tterm\tstatus\tevidence\tsource\treview\tmatch\tpos\tnote\n\
         C01\ten\tlist\tpreferred\tA\tT\t\t\tnoun\t\n\
         C01\tfr\tliste\tpreferred\tA\tT\t\t\tnoun\t\n\
         C01\tfr\tlisting\tforbidden\tA\tT\t\t\tnoun\tan anglicism\n",
    )
    .unwrap();
    std::fs::write(
        d.join("tm.tmx"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>A table follows:</seg></tuv><tuv xml:lang="fr"><seg>Un tableau suit :</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>This is an unordered list:</seg></tuv><tuv xml:lang="fr"><seg>Voici une liste non ordonnée :</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>This is an ordered list:</seg></tuv><tuv xml:lang="fr"><seg>Voici un listing ordonné :</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Footer.  Page number:</seg></tuv><tuv xml:lang="fr"><seg>Pied de page. Numéro de page :</seg></tuv></tu>
</body></tmx>
"#,
    )
    .unwrap();
    dir
}

/// `relais extract rapport.docx --accept-changes` in project `d`.
fn extract_accepting_changes(d: &Path) {
    relais(d)
        .args([
            "extract",
            "rapport.docx",
            "--document",
            "rapport",
            "--accept-changes",
        ])
        .assert()
        .success();
}

/// Imports the project's `tm.tmx` and pretranslates French; returns the
/// French file.
fn pretranslate_from_tm(d: &Path) -> String {
    relais(d)
        .args(["tm", "import", "tm.tmx"])
        .assert()
        .success();
    relais(d)
        .args(["pretranslate", "--locale", "fr"])
        .assert()
        .success();
    std::fs::read_to_string(d.join("locales/fr/rapport.ftl")).unwrap()
}

/// The block (comments and message) of message `id` in a Fluent file.
fn block_of(ftl: &str, id: &str) -> String {
    ftl.split("\n\n")
        .find(|b| b.lines().any(|l| l.starts_with(&format!("{id} ="))))
        .unwrap_or_else(|| panic!("{id} not in {ftl}"))
        .to_string()
}

#[test]
fn docx_messages_go_through_xliff_tm_and_glossary_gate() {
    let dir = docx_project();
    let d = dir.path();
    extract_accepting_changes(d);

    // XLIFF: bold, italic, links, run formats and the note reference are
    // codes, never text the translator could break.
    relais(d)
        .args(["xliff", "export", "--locale", "fr", "-o", "fr.xlf"])
        .assert()
        .success();
    let xlf = std::fs::read_to_string(d.join("fr.xlf")).unwrap();
    let unit = xlf
        .split("<trans-unit ")
        .find(|u| u.contains("id=\"rapport#these-fonts-and\""))
        .expect("the formatted paragraph");
    let source = &unit[unit.find("<source").unwrap()..unit.find("</source>").unwrap()];
    for code in [
        r#"<bpt id="1" ctype="x-relais-markup">&lt;strong&gt;</bpt>bold<ept id="1">"#,
        r#"<bpt id="2" ctype="x-relais-markup">&lt;em&gt;</bpt>italics<ept id="2">"#,
        r#"&lt;span data-l10n-name="s4"&gt;</bpt>underline<ept"#,
        r#"&lt;a data-l10n-name="1"&gt;</bpt>"#,
        r#"ctype="x-fluent">{ $note-1 }</ph>"#,
    ] {
        assert!(source.contains(code), "{code} not in {source}");
    }
    let outside_codes =
        regex::Regex::new(r"<bpt[^>]*>.*?</bpt>|<ept[^>]*>.*?</ept>|<ph[^>]*>.*?</ph>")
            .unwrap()
            .replace_all(source, "");
    assert!(
        !outside_codes.contains("&lt;"),
        "markup left as text: {outside_codes}"
    );
    assert!(unit.contains("from=\"relais-glossary\""), "{unit}");

    // The TM fills the locale; the forbidden term is held for review.
    let fr = pretranslate_from_tm(d);
    let block = |id: &str| block_of(&fr, id);
    assert!(block("table-follows").contains("Un tableau suit :"), "{fr}");
    assert!(!block("table-follows").contains("relais: review"), "{fr}");
    let held = block("this-is-an");
    assert!(held.contains("relais: review"), "{held}");
    assert!(held.contains("forbidden “listing”"), "{held}");

    // The gate keeps the forbidden term out of print: no French document.
    relais(d)
        .arg("build")
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "“listing” is forbidden in French",
        ));
    assert!(!d.join("dist/fr/rapport.docx").exists());
    // Corrected but not yet reviewed: built, that paragraph in the source
    // language until a reviewer accepts it.
    std::fs::write(
        d.join("locales/fr/rapport.ftl"),
        fr.replace("Voici un listing ordonné :", "Voici une liste ordonnée :"),
    )
    .unwrap();
    relais(d).arg("build").assert().success();
    let units = office::extract(
        &d.join("dist/fr/rapport.docx"),
        Format::Docx,
        Options::default(),
    )
    .unwrap();
    let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
    assert!(texts.contains(&"Un tableau suit :"), "{texts:?}");
    assert!(
        texts.contains(&"Voici une liste non ordonnée :"),
        "{texts:?}"
    );
    assert!(texts.contains(&"This is an ordered list:"), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("listing")), "{texts:?}");
}

/// A TM translation without the message's placeable (the page-number field
/// of a footer) keeps it: added at the end, held for review, never a
/// message that loses its field.
#[test]
fn pretranslation_keeps_the_placeables_the_tm_lacks() {
    let dir = docx_project();
    let d = dir.path();
    extract_accepting_changes(d);
    let fr = pretranslate_from_tm(d);
    let block = block_of(&fr, "footer-page-number");
    assert!(
        block.contains("footer-page-number = Pied de page. Numéro de page :{ $field-1 }"),
        "{block}"
    );
    assert!(block.contains("relais: review"), "{block}");
    let out = relais(d).args(["check", "--json"]).output().unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(!report.contains("variable-mismatch"), "{report}");
}

/// The text of each `<source>` of an XLIFF 1.2 file written by Okapi, its
/// inline codes (`ph`, `bpt`, `ept`, `it`) left out.
fn okapi_sources(xliff: &str) -> Vec<String> {
    let source = regex::Regex::new(r"(?s)<source[^>]*>(.*?)</source>").unwrap();
    let codes = regex::Regex::new(r"(?s)<(ph|bpt|ept|it)\b[^>]*>.*?</(ph|bpt|ept|it)>").unwrap();
    let tags = regex::Regex::new(r"<[^>]*>").unwrap();
    source
        .captures_iter(xliff)
        .map(|c| {
            let text = codes.replace_all(&c[1], "");
            let text = tags.replace_all(&text, "");
            quick_xml::escape::unescape(&text).unwrap().into_owned()
        })
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// The text a reader sees in one of relais's messages: markup, placeables
/// and Fluent's escapes left out (`{"{"}` is `{`).
fn message_text(text: &str) -> String {
    let markup = regex::Regex::new(r#"</?(em|strong|a|span)( data-l10n-name="[^"]*")?>"#).unwrap();
    let escapes = regex::Regex::new(r#"\{"([^"]*)"\}"#).unwrap();
    let placeables = regex::Regex::new(r"\{ \$[^}]* \}").unwrap();
    let text = markup.replace_all(text, "");
    let text = escapes.replace_all(&text, "$1");
    placeables.replace_all(&text, "").into_owned()
}

/// Texts compared without their whitespace (a tab is a code on one side,
/// a space on the other).
fn comparable(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Where relais and Okapi's expected extraction differ, and why (relais's
/// choice). Field results are placeables in relais, text in Okapi.
const OKAPI_ONLY: &[(&str, &str)] = &[
    ("Matt Valley", "an author's name is not translated"),
    (
        "This is the last word in the first paragraph. This is a test note.",
        "comments are not translated",
    ),
    ("Text of the note", "comments are not translated"),
    (
        "And here goes a second note. A long comment with formatting like bold, and more.",
        "comments are not translated",
    ),
    ("Like several paragraphs.", "comments are not translated"),
    (
        "Text of the note on the range.",
        "comments are not translated",
    ),
    (
        "Text of the note in the footnote.",
        "comments are not translated",
    ),
    ("Info 1 text", "custom properties are not translated"),
    ("Info 2 text", "custom properties are not translated"),
    ("Info 3 text", "custom properties are not translated"),
    ("Info 4 text", "custom properties are not translated"),
    ("delete", "tracked changes accepted: the deletion is gone"),
    ("Table 1: Caption text", "field result"),
    ("Illustration 1: Caption of the image", "field result"),
    (
        "Fields: date=10/04/08, time=12:33:18 PM, pgnum=, pgcount=, subject=, title=, author=.",
        "field results",
    ),
    (
        "Paragraph with reference: [] and [], [], [], [], [], [Value of var1]",
        "field result",
    ),
    ("See: Document Title etc.", "field result"),
    (
        "Alternative text for the imageIllustration 1: Text of the caption",
        "relais: the alt text and the caption are two messages",
    ),
];

/// relais's messages that differ from Okapi's for the reasons above.
const RELAIS_ONLY: &[&str] = &[
    "Table : Caption text",
    "Illustration : Caption of the image",
    "Fields: date=, time=, pgnum=, pgcount=, subject=, title=, author=.",
    "Paragraph with reference: [] and [], [], [], [], [], []",
    "See: etc.",
    "Illustration : Text of the caption",
    "Alternative text for the image",
];

/// The corpus's 11 documents with Okapi's expected extraction: every
/// Okapi unit is one of relais's messages, word for word, or differs for
/// a reason listed in [`OKAPI_ONLY`].
#[test]
fn okapi_expected_extractions_agree() {
    let Some(c) = corpus("okapi_expected_extractions_agree") else {
        return;
    };
    let (mut okapi_units, mut equal, mut problems) = (0, 0, Vec::new());
    for sub in ["docx", "odt"] {
        let dir = c.join("office").join(sub).join("okapi-expected-xliff");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for xliff in files {
            let name = xliff.file_stem().unwrap().to_string_lossy().into_owned();
            let doc = c.join("office").join(sub).join(&name);
            let format = Format::from_path(&doc).unwrap();
            let options = Options {
                accept_changes: true,
            };
            let units = office::extract(&doc, format, options).unwrap();
            let mut ours: Vec<String> = units.iter().map(|u| message_text(&u.text)).collect();
            for text in okapi_sources(&std::fs::read_to_string(&xliff).unwrap()) {
                okapi_units += 1;
                match ours.iter().position(|o| comparable(o) == comparable(&text)) {
                    Some(i) => {
                        ours.remove(i);
                        equal += 1;
                    }
                    None if OKAPI_ONLY
                        .iter()
                        .any(|(t, _)| comparable(t) == comparable(&text)) => {}
                    None => problems.push(format!("{name}: Okapi has {text:?}")),
                }
            }
            for text in ours {
                if !RELAIS_ONLY
                    .iter()
                    .any(|t| comparable(t) == comparable(&text))
                {
                    problems.push(format!("{name}: relais has {text:?}"));
                }
            }
        }
    }
    eprintln!("Okapi's expected extraction: {equal} of {okapi_units} units equal");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(okapi_units > 200 && equal > 175, "{equal} of {okapi_units}");
}
