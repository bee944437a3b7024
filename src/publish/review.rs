//! `relais review accept`: translations marked `# relais: review …`
//! accepted, their mark removed (the source hash it carried is kept).

use crate::error::{Error, Result};
use crate::lang::LangTag;
use crate::project::Project;
use crate::publish::target::TargetFile;
use crate::t;

/// Accepts the marked messages `ids` of `locale` (every marked message
/// when `ids` is empty), in every document or only `document`; writes each
/// changed file atomically. Returns the ids accepted; an id given that is
/// not marked is an error.
pub fn accept(
    project: &Project,
    locale: &LangTag,
    document: Option<&str>,
    ids: &[String],
) -> Result<Vec<String>> {
    let config = project.require_config()?;
    let mut accepted = Vec::new();
    for doc in config
        .documents
        .iter()
        .filter(|d| document.is_none_or(|n| n == d.name))
    {
        let path = project.resource_path(locale.as_str(), &doc.name);
        let file = TargetFile::load(&path)?;
        let (text, done) = file.accept(ids);
        if let Some(text) = text {
            project.write_file(&path, &text)?;
        }
        accepted.extend(done);
    }
    if let Some(id) = ids.iter().find(|id| !accepted.contains(id)) {
        return Err(Error::Usage(
            t!("review-not-marked", "id" => id.as_str(), "locale" => locale.as_str()),
        ));
    }
    Ok(accepted)
}
