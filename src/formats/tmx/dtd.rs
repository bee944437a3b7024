//! What the TMX 1.4b DTD allows, and how relais keeps what it does not:
//! attributes outside the DTD travel as `x-relais-attr:NAME` props, so
//! exports stay valid and imports get the attribute back.

/// Attributes the TMX 1.4b DTD allows on `<header>`.
pub const HEADER_ATTRS: &[&str] = &[
    "creationtool",
    "creationtoolversion",
    "segtype",
    "o-tmf",
    "adminlang",
    "srclang",
    "datatype",
    "o-encoding",
    "creationdate",
    "creationid",
    "changedate",
    "changeid",
];

/// Attributes the TMX 1.4b DTD allows on `<tu>`.
pub const TU_ATTRS: &[&str] = &[
    "tuid",
    "o-encoding",
    "datatype",
    "usagecount",
    "lastusagedate",
    "creationtool",
    "creationtoolversion",
    "creationdate",
    "creationid",
    "changedate",
    "segtype",
    "changeid",
    "o-tmf",
    "srclang",
];

/// Attributes the TMX 1.4b DTD allows on `<tuv>` (besides `xml:lang`).
pub const TUV_ATTRS: &[&str] = &[
    "o-encoding",
    "datatype",
    "usagecount",
    "lastusagedate",
    "creationtool",
    "creationtoolversion",
    "creationdate",
    "creationid",
    "changedate",
    "o-tmf",
    "changeid",
];

/// Prop type prefix that carries an attribute the DTD does not allow
/// (`x-relais-attr:NAME`), so exports stay valid and imports get the
/// attribute back.
pub const ATTR_PROP_PREFIX: &str = "x-relais-attr:";

/// Whether the DTD allows `name="value"` among `allowed`.
pub fn attr_allowed(allowed: &[&str], name: &str, value: &str) -> bool {
    allowed.contains(&name)
        && (name != "segtype" || matches!(value, "block" | "paragraph" | "sentence" | "phrase"))
}

/// Orders attributes as relais stores them: DTD attributes first, in
/// document order, then the others.
pub fn canonical_attr_order(
    attrs: Vec<(String, String)>,
    allowed: &[&str],
) -> Vec<(String, String)> {
    let (mut known, unknown): (Vec<_>, Vec<_>) = attrs
        .into_iter()
        .partition(|(k, v)| attr_allowed(allowed, k, v));
    known.extend(unknown);
    known
}
