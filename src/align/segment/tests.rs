//! Unit tests of `segment`.

use super::*;

fn split(lang: &str, text: &str) -> Vec<String> {
    Segmenter::for_language(lang)
        .split(text)
        .into_iter()
        .map(str::to_string)
        .collect()
}

#[test]
fn english() {
    assert_eq!(
        split(
            "en",
            "Dr. Smith arrived at 3 p.m. on Monday. He left. Did he? Yes! The U.S. Army came."
        ),
        [
            "Dr. Smith arrived at 3 p.m. on Monday.",
            "He left.",
            "Did he?",
            "Yes!",
            "The U.S. Army came."
        ]
    );
    assert_eq!(
        split(
            "en",
            "J. R. R. Tolkien wrote it. See p. 12 and fig. 3. It costs 3.50 euros."
        ),
        [
            "J. R. R. Tolkien wrote it.",
            "See p. 12 and fig. 3.",
            "It costs 3.50 euros."
        ]
    );
    assert_eq!(
        split("en", "He said \"Stop.\" Then he left (as usual.) Fine."),
        ["He said \"Stop.\"", "Then he left (as usual.)", "Fine."]
    );
}

#[test]
fn french() {
    assert_eq!(
        split(
            "fr",
            "M. Dupont est arrivé. Il a dit : « Je pars. » Puis il est parti… Mme Martin, etc. et les autres sont restés."
        ),
        [
            "M. Dupont est arrivé.",
            "Il a dit : « Je pars. »",
            "Puis il est parti…",
            "Mme Martin, etc. et les autres sont restés."
        ]
    );
    assert_eq!(
        split(
            "fr",
            "« Vraiment ? » demanda-t-elle. Oui ! Voir https://example.org/a.b. Fin."
        ),
        [
            "« Vraiment ? » demanda-t-elle.",
            "Oui !",
            "Voir https://example.org/a.b.",
            "Fin."
        ]
    );
    assert_eq!(
        split(
            "fr",
            "Il cite : « [...] Les enfants sont protégés. » La Fondation le dit."
        ),
        [
            "Il cite : « [...] Les enfants sont protégés. »",
            "La Fondation le dit."
        ]
    );
}

#[test]
fn german() {
    assert_eq!(
        split(
            "de",
            "Am 9. September 1988 stiegen wir auf. Der 2. Weltkrieg war vorbei. Siehe S. 12 und Nr. 5. Er kam z.B. am 1. Mai. Im Jahr 1998. Dann ging es los."
        ),
        [
            "Am 9. September 1988 stiegen wir auf.",
            "Der 2. Weltkrieg war vorbei.",
            "Siehe S. 12 und Nr. 5.",
            "Er kam z.B. am 1. Mai.",
            "Im Jahr 1998.",
            "Dann ging es los."
        ]
    );
    assert_eq!(
        split(
            "de",
            "Er sagte: „Ich gehe.“ Dann ging er. Die Höhe betrug ca. 600 m. Gut."
        ),
        [
            "Er sagte: „Ich gehe.“",
            "Dann ging er.",
            "Die Höhe betrug ca. 600 m.",
            "Gut."
        ]
    );
}

#[test]
fn spanish() {
    assert_eq!(
        split(
            "es",
            "El Sr. García llegó. ¿Vino la Dra. López? ¡Sí! Ver pág. 4. Fin."
        ),
        [
            "El Sr. García llegó.",
            "¿Vino la Dra. López?",
            "¡Sí!",
            "Ver pág. 4.",
            "Fin."
        ]
    );
}

#[test]
fn spanish_country_abbreviation_with_a_space() {
    assert_eq!(
        split("es", "Pidió a EE. UU. que no intervenga. Fin."),
        ["Pidió a EE. UU. que no intervenga.", "Fin."]
    );
}

#[test]
fn italian() {
    assert_eq!(
        split(
            "it",
            "Il Dott. Rossi è arrivato. Il Sig. Bianchi no. Costa 2,5 euro. Bene."
        ),
        [
            "Il Dott. Rossi è arrivato.",
            "Il Sig. Bianchi no.",
            "Costa 2,5 euro.",
            "Bene."
        ]
    );
}

#[test]
fn dutch() {
    assert_eq!(
        split(
            "nl",
            "Dhr. Jansen kwam, d.w.z. gisteren. Mevr. De Vries bleef. Zie blz. 7. Klaar."
        ),
        [
            "Dhr. Jansen kwam, d.w.z. gisteren.",
            "Mevr. De Vries bleef.",
            "Zie blz. 7.",
            "Klaar."
        ]
    );
}

#[test]
fn portuguese() {
    assert_eq!(
        split(
            "pt",
            "O Sr. Silva chegou. A Dra. Costa saiu. Ver art. 5. Fim."
        ),
        [
            "O Sr. Silva chegou.",
            "A Dra. Costa saiu.",
            "Ver art. 5.",
            "Fim."
        ]
    );
}

#[test]
fn polish() {
    assert_eq!(
        split(
            "pl",
            "Prof. Nowak przyszedł. Mieszka przy ul. Długiej 5. W 1999 r. był w Krakowie. Koniec."
        ),
        [
            "Prof. Nowak przyszedł.",
            "Mieszka przy ul. Długiej 5.",
            "W 1999 r. był w Krakowie.",
            "Koniec."
        ]
    );
}

#[test]
fn english_titles_in_other_languages() {
    assert_eq!(
        split("de", "Eine Prise Mr. Bean und etwas Clouseau. Gut."),
        ["Eine Prise Mr. Bean und etwas Clouseau.", "Gut."]
    );
}

#[test]
fn other_languages_have_sensible_defaults() {
    assert_eq!(
        split("sv", "Det var t.ex. kallt. Vi gick hem. Slut."),
        ["Det var t.ex. kallt.", "Vi gick hem.", "Slut."]
    );
    assert_eq!(split("el", "Τι κάνεις; Καλά."), ["Τι κάνεις;", "Καλά."]);
    assert_eq!(
        split("ja", "今日は晴れ。明日は雨。"),
        ["今日は晴れ。", "明日は雨。"]
    );
    assert_eq!(
        split("ro", "Dr. Ionescu a venit. A plecat."),
        ["Dr. Ionescu a venit.", "A plecat."]
    );
}

#[test]
fn list_markers_and_decimals_do_not_break() {
    assert_eq!(
        split("fr", "1. Identifier les victimes. 2. Agir vite."),
        ["1. Identifier les victimes.", "2. Agir vite."]
    );
    assert_eq!(
        split("en", "Pi is 3.14. E is 2.71."),
        ["Pi is 3.14.", "E is 2.71."]
    );
}

#[test]
fn extra_abbreviations_are_honoured() {
    let s = Segmenter::for_language("fr").with_abbreviations(["Fondation"]);
    assert_eq!(
        s.split("Voir la Fondation. Enfance."),
        ["Voir la Fondation. Enfance."]
    );
}

proptest::proptest! {
    #[test]
    fn boundaries_are_ordered_trimmed_and_cover_every_letter(
        text in "[a-zA-Z0-9 .!?…«»\"()\\[\\]’'\u{a0}\u{202f}。ßé-]{0,80}",
        lang in proptest::sample::select(vec!["fr", "en", "de", "es", "it", "nl", "pt", "pl", "el", "sv", "xx"]),
    ) {
        let ranges = Segmenter::for_language(lang).boundaries(&text);
        let mut last_end = 0;
        for r in &ranges {
            proptest::prop_assert!(r.start >= last_end && r.start < r.end);
            proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            let piece = &text[r.clone()];
            proptest::prop_assert_eq!(piece, piece.trim_matches(is_space));
            last_end = r.end;
        }
        // Nothing but white space falls between sentences.
        let covered: usize = ranges.iter().map(std::ops::Range::len).sum();
        let non_space = text.chars().filter(|c| !is_space(*c)).map(char::len_utf8).sum::<usize>();
        let covered_non_space: usize = ranges
            .iter()
            .map(|r| text[r.clone()].chars().filter(|c| !is_space(*c)).map(char::len_utf8).sum::<usize>())
            .sum();
        proptest::prop_assert_eq!(covered_non_space, non_space);
        proptest::prop_assert!(covered <= text.len());
    }
}

#[test]
fn boundaries_are_trimmed_byte_ranges() {
    let text = "  Un.  Deux. ";
    let b = Segmenter::for_language("fr").boundaries(text);
    assert_eq!(b, [2..5, 7..12]);
}
