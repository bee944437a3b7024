//! Values as TBX files write them, as relais reads them: whitespace,
//! slugs for generated ids, and statuses.

use crate::model::Status;

/// Whitespace runs (line breaks and indentation in notes) as one space.
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A slug of letters, digits and single hyphens.
pub(super) fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.chars().count() >= max {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The relais status of a TBX status value, and whether the value must
/// be kept as `[tbx-status=…]` to survive a round trip.
pub(super) fn map_status(value: &str) -> Option<(Status, bool)> {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    let name = lower.trim_end_matches("-admn-sts").trim_end_matches("term");
    Some(match name {
        "preferred" => (Status::Preferred, false),
        "admitted" => (Status::Admitted, false),
        "deprecated" | "notrecommended" | "obsolete" => (Status::Deprecated, false),
        "superseded" => (Status::Deprecated, true),
        "standardized" => (Status::Preferred, true),
        "legal" | "regulated" => (Status::Admitted, true),
        _ => return None,
    })
}
