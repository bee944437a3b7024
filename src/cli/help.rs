//! Help texts in the user's language: clap's help comes from the argument
//! structs' English docs; the catalogs of `i18n/<lang>/relais-cli.ftl`
//! replace them where they have a translation.

/// Replaces help texts with the user's language's, where its catalog has
/// them (`help-<command path>` for commands, `help-<command
/// path>--<argument id>` for arguments).
pub fn localize_help(command: clap::Command) -> clap::Command {
    if crate::i18n::language() == crate::i18n::SOURCE {
        return command;
    }
    localize_command(command, None)
}

fn localize_command(mut command: clap::Command, parent: Option<&str>) -> clap::Command {
    let own = match parent {
        None => "help".to_string(),
        Some(p) => format!("{p}-{}", command.get_name()),
    };
    if crate::i18n::has_message(&own) {
        let text = crate::i18n::tr(&own, &[]);
        command = command.about(text.clone()).long_about(text);
    }
    let arg_ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in arg_ids {
        let key = format!("{own}--{arg}");
        if crate::i18n::has_message(&key) {
            let text = crate::i18n::tr(&key, &[]);
            command = command.mut_arg(arg, |a| a.help(text));
        }
    }
    let subs: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let own = own.clone();
        command = command.mut_subcommand(sub, move |s| localize_command(s, Some(&own)));
    }
    command
}
