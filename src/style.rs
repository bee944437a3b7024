//! Terminal styles. Colour is used only where the caller says the output
//! is a terminal, and never when `NO_COLOR` is set (<https://no-color.org>).

use anstyle::{AnsiColor, Style};

/// Whether `NO_COLOR` asks for no colour.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// `text` in `style` when `enabled`, else as it is.
pub fn paint(text: &str, style: Style, enabled: bool) -> String {
    if enabled {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}

fn bold(color: AnsiColor) -> Style {
    Style::new().bold().fg_color(Some(color.into()))
}

/// "error" in bold red when `enabled` (and `NO_COLOR` is unset).
pub fn error(text: &str, enabled: bool) -> String {
    paint(text, bold(AnsiColor::Red), enabled && !no_color())
}

/// "warning" in bold yellow when `enabled` (and `NO_COLOR` is unset).
pub fn warning(text: &str, enabled: bool) -> String {
    paint(text, bold(AnsiColor::Yellow), enabled && !no_color())
}

/// Bold yellow, for what a listing is about (a match's score, a term).
pub fn highlight(text: &str, enabled: bool) -> String {
    paint(text, bold(AnsiColor::Yellow), enabled)
}

/// Dimmed, for details.
pub fn dim(text: &str, enabled: bool) -> String {
    paint(text, Style::new().dimmed(), enabled)
}

/// Green or red, for what can or cannot be published.
pub fn good_or_bad(text: &str, good: bool, enabled: bool) -> String {
    let color = if good {
        AnsiColor::Green
    } else {
        AnsiColor::Red
    };
    paint(text, Style::new().fg_color(Some(color.into())), enabled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_unless_enabled() {
        assert_eq!(dim("x", false), "x");
        assert_eq!(highlight("x", true), "\u{1b}[1m\u{1b}[33mx\u{1b}[0m");
        assert!(good_or_bad("x", true, true).contains("32m"));
    }
}
