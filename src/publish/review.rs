//! `relais review accept`: translations marked `# relais: review …`
//! accepted, their mark removed (the source hash it carried is kept).
//!
//! Accepting is where a translation becomes publishable and reusable, so
//! the terminology gate applies: a message with a glossary error
//! (forbidden or unreasoned deprecated term, missing required term,
//! changed do-not-translate name) is refused, with the term and the
//! glossary's reason. `--force` with a reason accepts it and records the
//! reason as a `# relais-ignore:` suppression above the message, the same
//! record `relais check` and `build` honour.

use crate::error::{Error, Result};
use crate::lang::LangTag;
use crate::model::{Finding, Severity};
use crate::project::Project;
use crate::publish::gate::Gate;
use crate::publish::target::TargetFile;
use crate::t;

/// What `review accept` did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Acceptance {
    /// Message ids accepted.
    pub accepted: Vec<String>,
    /// Glossary errors that kept a message from being accepted.
    pub refused: Vec<Finding>,
    /// Glossary errors accepted with `--force`, now suppressed with the
    /// reason given.
    pub suppressed: Vec<Finding>,
}

/// Accepts the marked messages `ids` of `locale` (every marked message
/// when `ids` is empty), in every document or only `document`; writes each
/// changed file atomically. A message with a glossary error is refused,
/// unless `force_reason` is given: then each of its errors is suppressed
/// with that reason. An id given that is not marked is an error.
pub fn accept(
    project: &Project,
    locale: &LangTag,
    document: Option<&str>,
    ids: &[String],
    force_reason: Option<&str>,
) -> Result<Acceptance> {
    let config = project.require_config()?;
    if let Some(reason) = force_reason
        && reason.trim().is_empty()
    {
        return Err(Error::Usage(t!("review-force-needs-reason")));
    }
    let gate = Gate::for_project(project)?;
    let errors: Vec<Finding> = gate
        .findings(locale.as_str())
        .into_iter()
        .filter(|f| f.is_glossary() && f.severity == Severity::Error)
        .collect();
    let mut done = Acceptance::default();
    let mut seen = Vec::new();
    for doc in config
        .documents
        .iter()
        .filter(|d| document.is_none_or(|n| n == d.name))
    {
        let path = project.resource_path(locale.as_str(), &doc.name);
        let file = TargetFile::load(&path)?;
        let rel = project.relative(&path);
        let mut refused_ids = Vec::new();
        let mut ignores = Vec::new();
        for m in &file.messages {
            if !m.needs_review() || (!ids.is_empty() && !ids.contains(&m.id)) {
                continue;
            }
            let blocking: Vec<&Finding> = errors
                .iter()
                .filter(|f| f.file == rel && f.message_id.as_deref() == Some(m.id.as_str()))
                .collect();
            if blocking.is_empty() {
                continue;
            }
            match force_reason {
                Some(reason) => {
                    for f in blocking {
                        let line = format!(
                            "relais-ignore: {}@{} {}",
                            f.check,
                            locale.as_str(),
                            reason.trim()
                        );
                        if !ignores.contains(&(m.id.clone(), line.clone())) {
                            ignores.push((m.id.clone(), line));
                        }
                        done.suppressed.push(f.clone());
                    }
                }
                None => {
                    refused_ids.push(m.id.clone());
                    done.refused.extend(blocking.into_iter().cloned());
                }
            }
        }
        seen.extend(
            file.messages
                .iter()
                .filter(|m| m.needs_review())
                .map(|m| m.id.clone()),
        );
        let (text, accepted) = file.accept_with(ids, &refused_ids, &ignores);
        if let Some(text) = text {
            project.write_file(&path, &text)?;
        }
        done.accepted.extend(accepted);
    }
    if let Some(id) = ids.iter().find(|id| !seen.contains(id)) {
        return Err(Error::Usage(
            t!("review-not-marked", "id" => id.as_str(), "locale" => locale.as_str()),
        ));
    }
    Ok(done)
}
