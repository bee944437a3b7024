//! Inflected forms of glossary terms, generated per language.
//!
//! A glossary lists a term once ("pédophile", "Kinderpornografie",
//! "pornografia dziecięca"); a text uses it in any number, gender or case.
//! relais generates the usual forms of each term and looks for all of
//! them, rather than stemming the text, so every match still names the
//! term it came from. Forms are generated on the folded term (lowercase,
//! no diacritics: "pornografię" and "pornografie" are then one form), and
//! over-generation is harmless: a form that is not a word never matches.
//!
//! **Which words inflect.** In a multi-word term, the words before the
//! first preposition form the *agreement zone* ("agresor sexual | de
//! niños", "Darstellungen sexuellen Missbrauchs | von Kindern", "contenus
//! pédopornographiques"). English inflects only the zone's last word (its
//! head noun: "perpetrator | of child sexual abuse"), or its first word
//! for verbs. The other languages inflect every zone word, since
//! adjectives agree with their noun ("pornografii dziecięcej"), and
//! combine the forms. Articles and conjunctions stay as they are; so do
//! words with digits or brackets ("(IA)"). When the combinations would
//! exceed [`MAX_FORMS`], the words farthest from the head stop inflecting.
//!
//! **Rules per language** (applied to each inflecting word):
//! * en: plural -s, -es (after s, x, z, ch, sh), -ies (consonant + y),
//!   irregular plurals (child/children, person/people, man/men,
//!   woman/women), and the singular of a plural term; verbs: -s, -ed,
//!   -ing. British and American spellings: ae/e ("paedophile",
//!   "pedophile"), -ise/-ize, -isation/-ization.
//! * fr: -s, -x (-eau, -au, -eu), -al/-aux, feminine -e and -es, and the
//!   usual feminine stems (-el/-elle, -en/-enne, -on/-onne, -et/-ette,
//!   -if/-ive, -eux/-euse, -er/-ère, -eur/-euse/-eure, -teur/-trice);
//!   the singular of a plural term.
//! * es: gender and number (-o/-a/-os/-as), -e/-es, consonant + -es,
//!   -z/-ces, -or/-ora(s); the singular of a plural term.
//! * pt: as es, plus -ão/-ões/-ães, -al/-ais, -el/-eis, -ol/-óis,
//!   -il/-is, -m/-ns.
//! * it: -o/-a/-i/-e, -e/-i, -co/-chi/-ci, -ca/-che, -go/-ghi, -ga/-ghe.
//! * de: the adjective and noun endings -e, -en, -er, -es, -em, -n, -s,
//!   -ern; an adjective or adjectival noun ("Pädophiler",
//!   "sexualisierte", "Minderjährige") loses its ending first, so all its
//!   endings are found; -ungen/-ung; umlaut transliteration (ä/ae, ö/oe,
//!   ü/ue) and the older -graph- spelling of -graf-.
//! * nl: -en, -s, -'s, -e; the long-vowel spelling of open syllables
//!   ("seksueel"/"seksuele", "materiaal"/"materialen"); doubled final
//!   consonants ("kat"/"katten"); -f/-ven, -s/-zen; "kind"/"kinderen";
//!   -graf-/-graph-.
//! * pl: a stem and the common case endings of nouns and adjectives
//!   (-a, -y, -i, -e, -ie, -o, -u, -om, -ami, -ach, -ej, -ego, -emu, -ym,
//!   -im, -ych, -ich, -ymi, -imi, -ów; masculine nouns -owi, -em);
//!   "dziecko"/"dzieci". Stem alternations (matka/matce) are left to
//!   `forms=`.
//!
//! Nouns in -graphie/-grafie/-grafia (fr, de, nl, it, es, pt) that are
//! deprecated or forbidden also yield their adjective ("pédopornographie"
//! → "pédopornographique(s)", "Kinderpornografie" →
//! "kinderpornografisch(e)", "pedopornografia" → "pedopornografico/a/i/
//! che"), since the adjective carries the same framing.
//!
//! Other languages get no inflection: only the term and its `forms=`.

mod langs;
mod terms;

#[cfg(test)]
mod tests;

pub use terms::{MAX_FORMS, forms, german_head, spelling_variants};
