//! Notices and labels printed on published pages, in the page's own
//! language: the 24 official EU languages, English for any other.
//!
//! These are part of the publication, not of the CLI, so they follow the
//! page's locale rather than the user's.

/// "Parts of this page are shown in the source language": a page
/// published under `[build] min_translated` = 100 % with fallbacks.
const FALLBACK: &[(&str, &str)] = &[
    (
        "bg",
        "Части от тази страница все още не са преведени и са показани на езика на оригинала.",
    ),
    (
        "cs",
        "Části této stránky zatím nejsou přeloženy a jsou zobrazeny v původním jazyce.",
    ),
    (
        "da",
        "Dele af denne side er endnu ikke oversat og vises på originalsproget.",
    ),
    (
        "de",
        "Teile dieser Seite sind noch nicht übersetzt und werden in der Originalsprache angezeigt.",
    ),
    (
        "el",
        "Ορισμένα τμήματα αυτής της σελίδας δεν έχουν ακόμη μεταφραστεί και εμφανίζονται στην πρωτότυπη γλώσσα.",
    ),
    (
        "en",
        "Parts of this page are not yet translated and are shown in the original language.",
    ),
    (
        "es",
        "Algunas partes de esta página aún no están traducidas y se muestran en el idioma original.",
    ),
    (
        "et",
        "Selle lehe mõned osad ei ole veel tõlgitud ja on esitatud originaalkeeles.",
    ),
    (
        "fi",
        "Osa tämän sivun sisällöstä on vielä kääntämättä, ja se näytetään alkuperäisellä kielellä.",
    ),
    (
        "fr",
        "Certaines parties de cette page ne sont pas encore traduites et sont affichées dans la langue d’origine.",
    ),
    (
        "ga",
        "Níl codanna den leathanach seo aistrithe fós agus taispeántar iad sa bhunteanga.",
    ),
    (
        "hr",
        "Dijelovi ove stranice još nisu prevedeni i prikazani su na izvornom jeziku.",
    ),
    (
        "hu",
        "Az oldal egyes részei még nincsenek lefordítva, ezért eredeti nyelven jelennek meg.",
    ),
    (
        "it",
        "Alcune parti di questa pagina non sono ancora tradotte e sono mostrate nella lingua originale.",
    ),
    (
        "lt",
        "Kai kurios šio puslapio dalys dar neišverstos ir rodomos originalo kalba.",
    ),
    (
        "lv",
        "Dažas šīs lapas daļas vēl nav tulkotas un ir parādītas oriģinālvalodā.",
    ),
    (
        "mt",
        "Xi partijiet minn din il-paġna għadhom mhumiex tradotti u qed jintwerew fil-lingwa oriġinali.",
    ),
    (
        "nl",
        "Delen van deze pagina zijn nog niet vertaald en worden in de oorspronkelijke taal weergegeven.",
    ),
    (
        "pl",
        "Niektóre części tej strony nie zostały jeszcze przetłumaczone i są wyświetlane w języku oryginału.",
    ),
    (
        "pt",
        "Algumas partes desta página ainda não estão traduzidas e são apresentadas na língua original.",
    ),
    (
        "ro",
        "Unele părți ale acestei pagini nu sunt încă traduse și sunt afișate în limba originală.",
    ),
    (
        "sk",
        "Niektoré časti tejto stránky ešte nie sú preložené a zobrazujú sa v pôvodnom jazyku.",
    ),
    (
        "sl",
        "Nekateri deli te strani še niso prevedeni in so prikazani v izvirnem jeziku.",
    ),
    (
        "sv",
        "Delar av den här sidan är ännu inte översatta och visas på originalspråket.",
    ),
];

/// "No native speaker has reviewed this translation yet": a page of a
/// locale set `[locale.<tag>] reviewed = false`.
const UNREVIEWED: &[(&str, &str)] = &[
    (
        "bg",
        "Този превод все още не е проверен от носител на езика.",
    ),
    ("cs", "Tento překlad dosud nezkontroloval rodilý mluvčí."),
    (
        "da",
        "Denne oversættelse er endnu ikke gennemgået af en person med dansk som modersmål.",
    ),
    (
        "de",
        "Diese Übersetzung wurde noch nicht von einer muttersprachlichen Person geprüft.",
    ),
    (
        "el",
        "Αυτή η μετάφραση δεν έχει ακόμη ελεγχθεί από φυσικό ομιλητή της γλώσσας.",
    ),
    (
        "en",
        "This translation has not yet been reviewed by a native speaker.",
    ),
    (
        "es",
        "Esta traducción aún no ha sido revisada por un hablante nativo.",
    ),
    (
        "et",
        "Seda tõlget ei ole emakeelne kõneleja veel üle vaadanud.",
    ),
    (
        "fi",
        "Tätä käännöstä ei ole vielä tarkistanut äidinkielinen puhuja.",
    ),
    (
        "fr",
        "Cette traduction n’a pas encore été relue par une personne dont c’est la langue maternelle.",
    ),
    (
        "ga",
        "Níor athbhreithnigh cainteoir dúchais an t-aistriúchán seo fós.",
    ),
    ("hr", "Ovaj prijevod još nije pregledao izvorni govornik."),
    (
        "hu",
        "Ezt a fordítást anyanyelvi lektor még nem ellenőrizte.",
    ),
    (
        "it",
        "Questa traduzione non è ancora stata rivista da un madrelingua.",
    ),
    ("lt", "Šio vertimo dar neperžiūrėjo gimtakalbis."),
    (
        "lv",
        "Šo tulkojumu vēl nav pārskatījis dzimtās valodas runātājs.",
    ),
    (
        "mt",
        "Din it-traduzzjoni għadha ma ġietx riveduta minn kelliem nattiv.",
    ),
    (
        "nl",
        "Deze vertaling is nog niet nagekeken door een moedertaalspreker.",
    ),
    (
        "pl",
        "To tłumaczenie nie zostało jeszcze sprawdzone przez rodzimego użytkownika języka.",
    ),
    (
        "pt",
        "Esta tradução ainda não foi revista por um falante nativo.",
    ),
    (
        "ro",
        "Această traducere nu a fost încă revizuită de un vorbitor nativ.",
    ),
    (
        "sk",
        "Tento preklad zatiaľ neskontroloval rodený hovoriaci.",
    ),
    ("sl", "Tega prevoda še ni pregledal rojeni govorec."),
    (
        "sv",
        "Den här översättningen har ännu inte granskats av en person med svenska som modersmål.",
    ),
];

/// "Languages": the language switcher's label (`aria-label`) and the
/// index page's list of languages.
const LANGUAGES: &[(&str, &str)] = &[
    ("bg", "Езици"),
    ("cs", "Jazyky"),
    ("da", "Sprog"),
    ("de", "Sprachen"),
    ("el", "Γλώσσες"),
    ("en", "Languages"),
    ("es", "Idiomas"),
    ("et", "Keeled"),
    ("fi", "Kielet"),
    ("fr", "Langues"),
    ("ga", "Teangacha"),
    ("hr", "Jezici"),
    ("hu", "Nyelvek"),
    ("it", "Lingue"),
    ("lt", "Kalbos"),
    ("lv", "Valodas"),
    ("mt", "Lingwi"),
    ("nl", "Talen"),
    ("pl", "Języki"),
    ("pt", "Línguas"),
    ("ro", "Limbi"),
    ("sk", "Jazyky"),
    ("sl", "Jeziki"),
    ("sv", "Språk"),
];

/// "All languages": the link from a page back to the index.
const ALL_LANGUAGES: &[(&str, &str)] = &[
    ("bg", "Всички езици"),
    ("cs", "Všechny jazyky"),
    ("da", "Alle sprog"),
    ("de", "Alle Sprachen"),
    ("el", "Όλες οι γλώσσες"),
    ("en", "All languages"),
    ("es", "Todos los idiomas"),
    ("et", "Kõik keeled"),
    ("fi", "Kaikki kielet"),
    ("fr", "Toutes les langues"),
    ("ga", "Gach teanga"),
    ("hr", "Svi jezici"),
    ("hu", "Minden nyelv"),
    ("it", "Tutte le lingue"),
    ("lt", "Visos kalbos"),
    ("lv", "Visas valodas"),
    ("mt", "Il-lingwi kollha"),
    ("nl", "Alle talen"),
    ("pl", "Wszystkie języki"),
    ("pt", "Todas as línguas"),
    ("ro", "Toate limbile"),
    ("sk", "Všetky jazyky"),
    ("sl", "Vsi jeziki"),
    ("sv", "Alla språk"),
];

/// The entry of `table` for `locale`'s language, English otherwise.
fn lookup(table: &'static [(&'static str, &'static str)], locale: &str) -> &'static str {
    let language = crate::lang::LangTag::lenient(locale);
    table
        .iter()
        .find(|(l, _)| *l == language.language())
        .or_else(|| table.iter().find(|(l, _)| *l == "en"))
        .map_or("", |(_, text)| text)
}

/// The notice of a page with paragraphs in the source language, in the
/// page's language (`locale`, any form: `pt-PT`, `de_AT`).
pub fn fallback_notice(locale: &str) -> &'static str {
    lookup(FALLBACK, locale)
}

/// The notice of an unreviewed translation, in the page's language.
pub fn unreviewed_notice(locale: &str) -> &'static str {
    lookup(UNREVIEWED, locale)
}

/// "Languages", in the page's language.
pub fn languages_label(locale: &str) -> &'static str {
    lookup(LANGUAGES, locale)
}

/// "All languages" (the link back to the index), in the page's language.
pub fn all_languages_label(locale: &str) -> &'static str {
    lookup(ALL_LANGUAGES, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_official_eu_language_has_the_notice() {
        let eu = [
            "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it",
            "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
        ];
        for l in eu {
            for table in [FALLBACK, UNREVIEWED, LANGUAGES, ALL_LANGUAGES] {
                assert!(table.iter().any(|(x, _)| *x == l), "{l}");
            }
        }
        assert_eq!(languages_label("fr-BE"), "Langues");
        assert_eq!(all_languages_label("de"), "Alle Sprachen");
        assert_eq!(all_languages_label("ja"), "All languages");
        assert!(fallback_notice("pt-PT").starts_with("Algumas"));
        assert!(fallback_notice("de_AT").starts_with("Teile"));
        assert_eq!(fallback_notice("ja"), fallback_notice("en"));
        assert!(unreviewed_notice("hr").starts_with("Ovaj prijevod"));
    }
}
