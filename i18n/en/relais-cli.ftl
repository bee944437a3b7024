### Messages of the relais command line (source: English).
### Every message here must exist in every other catalog (relais check).

error-prefix = error:
warning-prefix = warning:
error-io = { $path }: { $reason }
io-not-found = no such file or directory
io-permission-denied = permission denied
error-locked = translation memory { $path } is locked by another relais process (waited { $seconds } s); try again when it has finished, or raise --wait
error-project-locked = the project is being changed by another relais process (pid { $holder }; waited { $seconds } s); try again when it has finished, or raise --wait
error-no-project = no relais.toml found in { $dir } or any parent directory; run `relais init` first
error-tracked-changes = { $location }: tracked changes ({ $element }): relais translates a document without revisions; accept or reject the changes in the word processor, or run again with --accept-changes to accept them all
warnings-more = … and { $count ->
        [one] { $count } more warning
       *[other] { $count } more warnings
    } (see --json for all)
tm-schema-rebuilt = translation memory { $path } was written by another relais version (schema { $version }); it was emptied and will be refilled from the project’s tracked files
tm-import-summary = { $file }: { $units ->
        [one] { $units } unit read
       *[other] { $units } units read
    }, { $added } added, { $merged } merged, { $skipped } skipped, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } ({ $seconds } s)
tm-import-recorded = recorded in [tm] imports of relais.toml: a rebuilt TM will have these units again
tm-import-outside = { $file } is outside the project: a TM rebuilt from the project’s files will not have its units; to keep them, copy the file into the project (for example memories/) and import it from there
tm-import-failed = { $failed } of { $total ->
        [one] { $total } file
       *[other] { $total } files
    } could not be imported; the TM holds the others
tm-unindexed-hint = { $units ->
        [one] { $units } unit is not indexed yet; run `relais tm index` to search it
       *[other] { $units } units are not indexed yet; run `relais tm index` to search them
    }
tm-index-summary = indexed { $units ->
        [one] { $units } unit
       *[other] { $units } units
    }
tm-verify-ok = TM intact: { $units ->
        [one] { $units } unit
       *[other] { $units } units
    } and { $buckets ->
        [one] { $buckets } index bucket
       *[other] { $buckets } index buckets
    } read back
tm-verify-damaged = TM damaged: { $problems ->
    [one] one problem
   *[other] { $problems } problems
  } in { $path }; run `relais tm repair` to rebuild it from the project’s tracked files
tm-repair-unreadable = the damaged TM could not be read ({ $reason }); it is rebuilt from the project’s files only
tm-repair-summary = TM rebuilt: { $units ->
        [one] { $units } unit
       *[other] { $units } units
    } ({ $salvaged } salvaged, { $lost } lost, { $imports } from [tm] imports, { $locales } from the locales); the old store is kept at { $kept }
tm-export-summary = wrote { $units ->
        [one] { $units } unit
       *[other] { $units } units
    } to { $file }
tm-add-added = unit added
tm-add-merged = the TM already has this unit
tm-lookup-none = no match scoring { $min } or more
tm-lookup-aligned = aligned pair, score { $score }
align-into-tm = { $added ->
    [one] one aligned pair
   *[other] { $added } aligned pairs
} added to the TM ({ $merged } already there), kept in { $file }
align-summary = { $source ->
    [one] one source sentence
   *[other] { $source } source sentences
}, { $target ->
    [one] one target sentence
   *[other] { $target } target sentences
}: { $pairs ->
    [one] one pair
   *[other] { $pairs } pairs
}, { $confident } scored { $min } or more
align-tm-lexicon = the TM taught the aligner { $pairs ->
    [one] one word pair
   *[other] { $pairs } word pairs
} from { $units ->
    [one] one unit
   *[other] { $units } units
} of the language pair
align-review-written = { $rows ->
    [0] nothing to review
    [one] one pair to review
   *[other] { $rows } pairs to review
} in { $file }
align-review-read = { $kept ->
    [one] one reviewed pair kept
   *[other] { $kept } reviewed pairs kept
}, { $rejected ->
    [one] one rejected
   *[other] { $rejected } rejected
}, { $empty ->
    [one] one left out with an empty side
   *[other] { $empty } left out with an empty side
}
align-tmx-written = wrote { $units ->
    [one] one pair
   *[other] { $units } pairs
} to { $file }
tm-lookup-changes = changed: { $changes }
tm-lookup-number = number differs: { $query } → { $tm }
tm-lookup-langs-needed = a lookup needs --source and --target (or “source” and “target” in each JSON line of --stdin)
tm-concordance-none = no hit
tm-concordance-summary = { $count ->
    [one] one hit
   *[other] { $count } hits
}
tm-stats-header = { $path }: { $units ->
        [one] { $units } unit
       *[other] { $units } units
    }, { $size } MiB on disk
tm-stats-languages = Languages ({ $count }), variants:
tm-stats-pairs = Language pairs ({ $count }), units:
tm-stats-more-pairs = … and { $count ->
        [one] { $count } more pair
       *[other] { $count } more pairs
    }
locale-not-in-project = locale { $locale } is not one of the project’s locales (relais.toml `locales`)
document-not-in-project = document { $document } is not one of the project’s documents (relais.toml `[[documents]]`)
init-exists = { $path } already exists (use --force to replace it)
init-written = wrote { $path }
init-document-syntax = --document takes NAME=PATH, not “{ $value }”
init-missing-document = the source of document { $name } does not exist: { $path }
init-next-steps = next steps:
init-step-extract = relais extract { $source }    the document’s messages → { $file }
init-step-add-document = relais extract SOURCE.md --document NAME    a document to translate → { $file }
init-step-tm = relais tm import MEMORY.tmx    an existing translation memory, if you have one
init-step-pretranslate = relais pretranslate    fill each language from the memory
init-step-check = relais check    what is missing or wrong
init-step-build = relais build    the pages, in dist/
init-comment-header = relais project. Every key is described in docs/guide.md (section relais.toml).
init-comment-source-locale = The language the documents are written in.
init-comment-locales = The languages they are translated into.
init-comment-layout = Where each language’s Fluent file of each document goes.
init-comment-documents = One [[documents]] table per document: its name and its Markdown or text source, which relais extract reads.
init-comment-tm = Translation memory: its folder (default .relais/tm) and the files relais build imports into an empty one (relais tm import adds them).
init-comment-glossary = Terminology files (TSV) that check, pretranslate and build verify translations against.
init-comment-pretranslate = The lowest fuzzy-match score (0–100) that relais pretranslate fills in, marked for review.
init-comment-build = Publication (relais build): the percentage of each document that must be translated and reviewed for a language to be published; the organisation, title and date of the index page.
extract-needs-document = name the document with --document NAME (or list its source in relais.toml)
extract-unknown-format = unknown format “{ $format }”: use md, txt, docx, odt or html
extract-changed = changed: { $id } (its translations need review)
extract-added = new: { $id }
extract-removed = removed: { $id }
extract-summary = { $file }: { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }, { $unchanged } unchanged, { $changed } changed, { $added } new, { $removed } removed
pretranslate-summary = { $locale }: { $file }: { $exact } exact, { $fuzzy } fuzzy (to review), { $changed } with a changed source (to review), { $missing } without match, { $kept } kept
pretranslate-untranslated = Not translated yet: translate the message below and remove the # at the start of its lines.
document-not-extracted = { $file } does not exist: run `relais extract { $source } --document { $document }` first
sync-summary = TM: { $added ->
        [one] { $added } message
       *[other] { $added } messages
    } and { $sentences ->
        [one] { $sentences } sentence
       *[other] { $sentences } sentences
    } added, { $merged } already there; { $review } waiting for review and { $outdated } outdated not stored
review-not-marked = { $id } is not marked for review in { $locale }
review-accepted = { $count ->
        [one] { $count } translation accepted in { $locale }
       *[other] { $count } translations accepted in { $locale }
    }
review-force-needs-reason = --force needs a reason: --reason TEXT (why the glossary error is acceptable)
review-suppressed = { $id }: { $check } for “{ $term }” accepted and suppressed with the reason given
review-refused = { $count ->
    [one] 1 glossary error kept its message from being accepted (fix the translation, or accept it with --force --reason TEXT)
   *[other] { $count } glossary errors kept their messages from being accepted (fix the translations, or accept them with --force --reason TEXT)
}
build-tm-import = TM: imported { $file } ({ $added ->
        [one] { $added } unit
       *[other] { $added } units
    })
build-tm-sync = TM: { $added ->
        [one] { $added } unit
       *[other] { $added } units
    } added from the locales ({ $units } in all)
build-fallback = { $locale }/{ $document }: { $count ->
        [one] { $count } message shown in the source language (missing or waiting for review): { $ids }
       *[other] { $count } messages shown in the source language (missing or waiting for review): { $ids }
    }
build-summary = built { $published ->
        [one] { $published } locale
       *[other] { $published } locales
    } into { $out } ({ $locales }); { $blocked } not published
build-blocked = not published because of errors: { $locales } (run `relais check`)
status-html-written = wrote { $file }
status-col-locale = locale
status-col-translated = translated
status-col-review = review
status-col-outdated = outdated
status-col-missing = missing
status-col-words = words left
status-col-errors = errors
status-col-warnings = warnings
status-col-glossary = glossary err/warn
status-tm = TM: { $units ->
        [one] { $units } unit
       *[other] { $units } units
    } in { $pairs ->
        [one] { $pairs } language pair
       *[other] { $pairs } language pairs
    }

## Help texts of the commands (shown by --help in the user's language).

help = relais: translation memory, terminology and Fluent publication
help-init = Create a relais.toml
help-extract = Turn a source document into the source locale’s Fluent file
help-pretranslate = Fill a locale’s Fluent files from the translation memory
help-sync = Store reviewed translations in the translation memory
help-build = Publish every locale as HTML and Markdown
help-review = Accept translations marked for review
help-review-accept = Accept translations marked `# relais: review …` (all of a locale, or the given message ids)
help-status = Progress per locale, check findings, TM size
help-tm = Translation memory: import, export, add, lookup, concordance, stats
help-tm-import = Import translation memories (TMX, TSV, XLIFF), each file all or nothing
help-tm-export = Export the TM as a TMX 1.4b file (written atomically)
help-tm-add = Add a translation unit
help-tm-lookup = Find exact, near-exact and fuzzy matches
help-tm-concordance = Find words or a phrase anywhere in the TM, with the hit highlighted
help-tm-stats = Show the TM’s units, variants per language and language pairs
help-tm-index = Build the search index for units imported with --no-index
help-tm-verify = Check that every unit and index entry of the TM can be read back
help-tm-repair = Rebuild the TM: keep what can be read, refill from the project’s files
help-completions = Print a shell completion script
help-align = Align a document with its translation
help-man = Print the man page (roff), or write the pages of every subcommand into a directory
glossary-none = no glossary in { $dir }: relais.toml names no [glossary] files and glossary/terms.tsv does not exist
glossary-finding-forbidden = “{ $found }” is forbidden in { $language } (concept { $concept })
glossary-finding-deprecated = “{ $found }” is deprecated in { $language } (concept { $concept })
glossary-finding-missing = the source says “{ $found }” (concept { $concept }), but the translation has none of its { $language } terms: { $expected }
glossary-finding-dnt-missing = “{ $term }” must stay as it is (do not translate, concept { $concept }), but the { $language } translation does not contain it
glossary-finding-dnt-altered = “{ $found }” must be written “{ $term }” (do not translate, concept { $concept })
glossary-side-source = source
glossary-side-target = translation
glossary-reason = reason
glossary-use = use
glossary-verify-clean = no glossary finding
glossary-verify-summary = { $errors ->
    [one] one error
   *[other] { $errors } errors
}, { $warnings ->
    [one] one warning
   *[other] { $warnings } warnings
}, { $infos ->
    [one] one note
   *[other] { $infos } notes
}
glossary-verify-suppressed = { $count ->
    [one] one finding suppressed by relais.toml
   *[other] { $count } findings suppressed by relais.toml
}
glossary-lookup-none = no glossary term found in the text
glossary-lookup-no-target = no { $lang } term for this concept
glossary-list-summary = { $count ->
    [one] one term
   *[other] { $count } terms
} of { $concepts ->
    [one] one concept
   *[other] { $concepts } concepts
}
glossary-import-summary = { $file }: { $read ->
        [one] { $read } term read
       *[other] { $read } terms read
    }, { $added } added, { $merged } merged, { $skipped } skipped; { $concepts ->
        [one] { $concepts } new concept
       *[other] { $concepts } new concepts
    }, { $sources ->
        [one] { $sources } new source
       *[other] { $sources } new sources
    } → { $into }
glossary-import-dry-run = dry run: nothing was written
glossary-import-conflict = status conflict: { $conflict }
glossary-import-dropped = { $file }: not kept (relais has no place for them): { $list }
glossary-import-failed = { $failed } of { $total ->
        [one] { $total } file
       *[other] { $total } files
    } could not be imported; the glossary holds the others
glossary-export-title = relais glossary of sensitive terminology
glossary-export-summary = wrote { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    } and { $terms ->
        [one] { $terms } term
       *[other] { $terms } terms
    } to { $file }
glossary-export-empty-concepts = { $count ->
        [one] { $count } concept without terms was left out (TBX needs a term per concept)
       *[other] { $count } concepts without terms were left out (TBX needs a term per concept)
    }
help-glossary = Glossary of sensitive terminology: lookup, verify, list, import, export
help-glossary-lookup = Show the glossary terms found in a text, with their translations
help-glossary-verify = Check a translation against the glossary
help-glossary-list = List the glossary’s terms
help-glossary-import = Merge TBX or TSV glossaries into the project’s glossary files
help-glossary-export = Export the glossary as TBX-Basic or TSV

## relais check

check-label-error = error
check-label-warning = warning
check-label-info = info
check-progress = checking
check-locale-unlisted = locale { $locale } is not among the locales of relais.toml; it is checked anyway
check-summary = { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }, { $locales ->
        [one] { $locales } locale
       *[other] { $locales } locales
    }: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos ->
        [one] { $infos } info
       *[other] { $infos } infos
    }, { $suppressed } suppressed
check-syntax-bom = the file starts with a byte-order mark (U+FEFF): other Fluent parsers read its first entry as junk
check-syntax-cr = { $count ->
        [one] a carriage return (U+000D) without a line feed: Fluent does not read it as a line end
       *[other] { $count } carriage returns (U+000D) without a line feed, the first one here: Fluent does not read them as line ends
    }
check-syntax-tab = { $message } (continuation lines must be indented with spaces, not tabs)
check-duplicate-message = { $id } is defined more than once (first on line { $line })
check-duplicate-attribute = the attribute .{ $attribute } of { $id } is defined more than once
check-duplicate-variant = the variant [{ $key }] appears more than once in { $id }
check-missing-file = file missing: { $entries ->
        [one] { $entries } message or term of { $source } is not translated
       *[other] { $entries } messages and terms of { $source } are not translated
    }
check-obsolete-file = no source file ({ $source }): this file is never used
check-missing-message = { $id } is not translated (source: { $source })
check-obsolete-message = { $id } is not in the source: it is never used
check-missing-attribute = { $id } lacks the attribute .{ $attribute } of the source
check-obsolete-attribute = { $id } has an attribute .{ $attribute } that the source does not have
check-missing-value = { $id } has no value; the source has one
check-obsolete-value = { $id } has a value; the source has none
check-variable-missing = { $id } does not use { $variable }, which the source uses
check-variable-unknown = { $id } uses { $variable }, which the source does not have
check-reference-missing = { $id } does not reference { $reference }, which the source references
check-reference-obsolete = { $id } references { $reference }, which the source does not
check-plural-missing = the select on { $selector } in { $id } lacks the plural categories { $categories } of { $locale }
check-plural-unknown = [{ $key }] in { $id } is not a plural category of { $locale } ({ $categories })
check-empty = the translation of { $id } is empty
check-untranslated = { $id } is identical to the source
check-number-missing = the number { $number } of the source is missing or changed in { $id }
check-typography-plain-space = plain space before “{ $mark }”: use a no-break space (U+00A0 or U+202F)
check-typography-no-space = no space before “{ $mark }”: add a no-break space (U+00A0 or U+202F)
check-typography-guillemet = “{ $mark }” needs a no-break space (U+00A0 or U+202F) on its inner side
check-typography-straight-quote = straight quotation mark (U+0022): { $locale } uses { $quotes }
check-typography-foreign-quote = { $mark } is not a quotation mark of { $locale }, which uses { $quotes }
check-typography-apostrophe = straight apostrophe (U+0027): use ’ (U+2019)
check-typography-decimal = { $locale } writes the decimal separator as “{ $mark }” (CLDR)
check-typography-percent = { $space ->
    [nbsp] { $locale } writes a no-break space (U+00A0 or U+202F) before % (CLDR)
   *[none] { $locale } writes no space before % (CLDR)
}
check-suppression-without-reason = the suppression of { $check } gives no reason, so it is not applied
check-unused-suppression = the suppression of { $check } matches no finding
check-unknown-suppression = the suppression names { $check }, which is not a check
check-rule-syntax-error = Fluent syntax errors (junk), byte-order marks and bare carriage returns
check-rule-duplicate-id = A message, term, attribute or variant key defined more than once
check-rule-missing-file = A source file has no translation
check-rule-obsolete-file = A translation file has no source
check-rule-missing-message = A message or term of the source is not translated
check-rule-obsolete-message = A translated message or term is not in the source
check-rule-missing-attribute = An attribute of the source is missing
check-rule-obsolete-attribute = An attribute is not in the source
check-rule-missing-value = The source has a value, the translation has none
check-rule-obsolete-value = The translation has a value, the source has none
check-rule-variable-mismatch = Variables differ between the source and the translation
check-rule-term-mismatch = Term or message references differ between the source and the translation
check-rule-plural-categories = A plural select lacks plural categories of the language, or has unknown ones
check-rule-empty-translation = The translation is empty
check-rule-untranslated = The translation is identical to the source
check-rule-number-mismatch = A number or percentage of the source is missing or changed
check-rule-typography = Typography of the language: spaces, quotation marks, apostrophes
check-rule-glossary-forbidden = A forbidden term is used
check-rule-glossary-deprecated = A deprecated term is used
check-rule-glossary-missing-term = The expected translation of a source term is missing
check-rule-glossary-dnt-changed = A do-not-translate term was changed
check-rule-suppression-without-reason = A suppression gives no reason
check-rule-unused-suppression = A suppression matches no finding
## XLIFF exchange with translators' CAT tools (relais xliff export / import).

xliff-export-summary = { $file }: { $units ->
        [one] { $units } unit
       *[other] { $units } units
    } for { $locale } ({ $translated } translated, { $review } of them to review, { $untranslated } untranslated, { $fluent } Fluent-only), { $matches ->
        [one] { $matches } TM match
       *[other] { $matches } TM matches
    }, { $glossary ->
        [one] { $glossary } glossary entry
       *[other] { $glossary } glossary entries
    }
xliff-export-json-stdout = --json needs -o FILE: without it the XLIFF document itself goes to standard output
xliff-note-attribute = Attribute “{ $attribute }” of message “{ $message }”.
xliff-note-plural = Plural form “{ $category }” of { $locale } for { $selector } (numbers such as { $examples }): translate the whole sentence in this form.
xliff-note-plural-decimals = Plural form “{ $category }” of { $locale } for { $selector } (some decimal numbers): translate the whole sentence in this form.
xliff-note-plural-exact = Form for { $selector } equal to { $number } exactly: translate the whole sentence in this form.
xliff-note-fluent-only = This text uses a Fluent select expression that XLIFF cannot carry; it is shown for context only. Edit it in { $file }.
xliff-note-review = Filled automatically: to review.
xliff-note-review-match = Filled from a translation-memory match (score { $score }, from { $origin }): to review.
xliff-change-added = added
xliff-change-updated = updated
xliff-change-accepted = accepted (review mark removed)
xliff-change-review = marked for review
xliff-import-summary = { $file } ({ $locale }): { $changed ->
        [one] { $changed } message changed
       *[other] { $changed } messages changed
    } ({ $added } new), { $applied ->
        [one] { $applied } unit applied
       *[other] { $applied } units applied
    }, { $unchanged } unchanged, { $untranslated } untranslated, { $stale } stale, { $skipped } skipped
xliff-import-dry-run = dry run: nothing was written
xliff-import-tm = TM: { $added ->
        [one] { $added } unit added
       *[other] { $added } units added
    }, { $merged } already there
xliff-import-failed = { $count ->
    [one] one unit error
   *[other] { $count } unit errors
}: nothing was written
xliff-error-no-units = the XLIFF file has no translation units
xliff-error-no-target-language = the XLIFF file names no target language
xliff-error-locale = the XLIFF file’s target language { $lang } is not one of the project’s locales (relais.toml `locales`)
xliff-error-source-language = the XLIFF file’s source language { $lang } is not the project’s source locale, { $source }
xliff-error-mixed-locales = the XLIFF file mixes target languages ({ $langs }); import one locale per file
xliff-error-missing-id = a unit without id cannot be mapped back to a message
xliff-error-duplicate-id = unit id { $id } appears more than once
xliff-error-unknown-id = unknown unit id { $id }: no document, message, attribute or plural form of the project has this name
xliff-error-missing-code = { $id }: the translation lacks the code { $code } of the source
xliff-error-duplicate-code = { $id }: the code { $code } appears more than once in the translation
xliff-error-unknown-code = { $id }: the translation has a code the source does not have: { $code }
xliff-error-code-order = { $id }: the markup { $code } is closed before it is opened
xliff-error-not-fluent = the translation of { $id } cannot be written as Fluent that reads back the same
xliff-stale = the source of { $id } changed since the export; its translation was not applied (export the file again)
xliff-skip-draft = { $id }: state { $state } is not a finished translation; not applied
xliff-skip-fluent-only = { $id }: this text is edited in { $file }, not in XLIFF; the change was not applied
xliff-skip-incomplete-plural = { $id }: not every plural form of { $message } is translated; not applied
help-xliff = XLIFF exchange with translators’ CAT tools: export, import
help-xliff-export = Export a locale’s messages as XLIFF for a translator’s CAT tool
help-xliff-import = Import a translated XLIFF file into the locale’s Fluent files
build-office-stale = { $source } changed since it was extracted into the document “{ $document }”: run relais extract again
term-flag = glossary: { $status } “{ $found }” ({ $concept }) → use { $preferred }
tm-stats-flagged = { $count ->
    [one] 1 unit flagged: its translation holds a forbidden or deprecated glossary term
   *[other] { $count } units flagged: their translations hold forbidden or deprecated glossary terms
}
hold-errors = { $count ->
    [one] 1 error (run `relais check`)
   *[other] { $count } errors (run `relais check`)
}
hold-incomplete = { $document }: { $translated } of { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } translated and reviewed ({ $percent }%), { $required }% needed
status-not-publishable = { $locale } is not published: { $why }
status-unreviewed = Languages not reviewed by a native speaker (published with a notice): { $locales }
build-held = { $locale } not published: { $why }
config-source-locale-missing = missing: this command needs the language the documents are written in (for example source_locale set to fr)
language-name = { $code ->
    [bg] Bulgarian
    [ca] Catalan
    [cs] Czech
    [da] Danish
    [de] German
    [el] Greek
    [en] English
    [es] Spanish
    [et] Estonian
    [fi] Finnish
    [fr] French
    [ga] Irish
    [hr] Croatian
    [hu] Hungarian
    [it] Italian
    [lt] Lithuanian
    [lv] Latvian
    [mt] Maltese
    [nb] Norwegian Bokmål
    [nl] Dutch
    [pl] Polish
    [pt] Portuguese
    [ro] Romanian
    [sk] Slovak
    [sl] Slovenian
    [sv] Swedish
    [uk] Ukrainian
   *[other] { $code }
}

## Help texts and clap's messages
help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-flag-help = Print help (see a summary with -h)
help-flag-version = Print version
help-example = Example:
help-note-default = [default: { $value }]
help-note-env = [env: { $name }]
help-note-values = [possible values: { $values }]
clap-unknown-argument = unexpected argument “{ $arg }”
clap-invalid-subcommand = unknown subcommand “{ $name }”
clap-invalid-value = invalid value “{ $value }” for “{ $arg }”
clap-value-validation = invalid value “{ $value }” for “{ $arg }”: { $reason }
clap-missing-required = required arguments missing: { $args }
clap-argument-conflict = “{ $arg }” cannot be used with “{ $other }”
clap-wrong-values = wrong number of values for “{ $arg }”
clap-no-equals = “{ $arg }” needs a value after “=”
clap-missing-subcommand = a subcommand is needed
clap-valid-values = possible values: { $values }
clap-suggestion = did you mean “{ $suggestion }”?
clap-more-help = For more information, try “--help”.
help--project = Project directory (holding relais.toml); default: the nearest one from the current directory upwards
help--tm = Translation memory directory; default: `[tm] path` in relais.toml, else .relais/tm in the project
help--wait = Seconds to wait for another relais process to release the project or the TM
help--quiet = No summary line, no progress bar
help--json = Machine-readable JSON output (short for --format json where a command has formats)
help-init-long = Create a relais.toml in the project directory (the current directory, or --project)
help-init--source_locale = The language documents are written in
help-init--locales = Target locales (repeatable, or comma-separated)
help-init--documents = A document: NAME=SOURCE-PATH (repeatable)
help-init--force = Replace an existing relais.toml
help-extract-long = Turn a source document (Markdown, plain text, DOCX, ODT or HTML) into locales/<source>/<NAME>.ftl, one message per block. Run again after an edit, it keeps the ids of unchanged and edited blocks and reports the changed messages, whose translations need review
help-extract--source = The source document (.md, .txt, .docx, .odt, .html)
help-extract--document = Document name (default: from relais.toml’s document whose source this is)
help-extract--format = The source format (md, txt, docx, odt, html; default: by extension)
help-extract--accept_changes = Accept the tracked changes of a DOCX or ODT document (keep insertions, drop deletions) instead of refusing it
help-extract--dry_run = Report what would change, write nothing
help-pretranslate-long = Create or complete locales/<LOCALE>/<document>.ftl from the TM: exact and in-context matches filled in, fuzzy ones filled in and marked for review, existing translations never overwritten (a translation whose source changed is replaced by the best match, or kept, and marked)
help-pretranslate--locales = Target locales (repeatable, or comma-separated; default: all)
help-pretranslate--document = Only this document
help-pretranslate--min_score = Lowest fuzzy score filled in (default: [pretranslate] threshold, 75)
help-pretranslate--dry_run = Report what would be filled, write nothing
help-sync-long = Store every reviewed translation of every locale in the TM, keyed by document and message id (for in-context matches), and sentence by sentence where source and translation align. Running it twice adds nothing
help-build-long = Build the publication: fill the TM from the reviewed translations (and the tracked memories of an empty TM), format every locale with Fluent, and render each document to dist/<locale>/<document>.html and .md, with dist/index.html. A locale with errors is not published (exit 1); a locale translated below `[build] min_translated` (default 100%) is not published either, and says how far it is (exit 0, 1 with --strict)
help-build--out = Output directory
help-build--strict = A message missing in a locale, or an unfinished locale, is an error
help-build--status_html = Where to write the status page (default: .relais/status.html, kept out of the published directory)
help-review-accept-long = A message with a glossary error (forbidden or deprecated term, missing required term, changed do-not-translate name) is refused (exit 1) with the term and the glossary’s reason; `--force --reason TEXT` accepts it and records the reason as a `# relais-ignore:` suppression above the message
help-review-accept--ids = Message ids (default: every marked message)
help-review-accept--locale = The locale
help-review-accept--document = Only this document
help-review-accept--force = Accept messages with glossary errors too, suppressing each error with the reason given by --reason
# relais-ignore: typography command-line text keeps straight quotes
help-review-accept--reason = Why the glossary errors are acceptable (e.g. "quotes the title of the statute"); recorded in the translation file
help-status-long = Show, per locale and document, what is translated, waiting for review, outdated or missing, the words left to translate, the check findings (glossary findings included) and the TM size per language pair
help-status--html = Also write a self-contained HTML page here
help-check = Check Fluent translations against their source
help-check-long = Checks syntax, missing and obsolete messages, attributes and values, $variable and term references, plural categories, empty and untranslated text, numbers, typography. Reads relais.toml (documents, locales, severities, suppressions) and the CLI’s catalogs under i18n/; with --source-locale and --files, any Fluent tree. Exits 1 on errors (and on warnings with --deny warnings), 2 when the run itself fails
help-check--locales = Only these target locales (repeatable, or comma-separated)
help-check--format = Output format (--json is short for --format json)
help-check--output = Output file, written atomically; `-` is standard output
help-check--deny = Make findings of this level fail the run too
help-check--min_severity = The lowest severity listed (default: `[check] min_severity` of relais.toml, else warning; findings below it are still counted)
help-check--source_locale = Source locale of a Fluent tree given with --files
help-check--files = Files of a Fluent tree, with {locale} where the locale goes (`{locale}/**/*.ftl`), relative to the current directory or --project; relais.toml is then only read when --project is given
help-tm-import-long = Each file is imported all or nothing: a file that fails leaves the TM as it was; the others are still imported. A file inside the project is recorded in `[tm] imports` of relais.toml (with its options), so a TM rebuilt from the project’s files has its units again. From XLIFF files (.xlf, .xliff, .sdlxliff, .mqxliff; 1.0–1.2 and 2.0) only translated segments are imported, one TM unit per segment; the others are counted as skipped
help-tm-import--files = Files to import: .tmx (TMX 1.1–1.4b, any encoding, .gz), .tsv, .xlf/.xliff/.sdlxliff/.mqxliff (XLIFF 1.x and 2.0)
help-tm-import--format = Read files as this format instead of guessing from the name
help-tm-import--columns = TSV columns, comma-separated: src_lang, tgt_lang, source, target (others ignored), e.g. `src_lang,tgt_lang,source,target`
help-tm-import--header = TSV files start with a header line
help-tm-import--source = Source language of TSV files without a src_lang column, and of XLIFF files that do not name one
help-tm-import--target = Target language of TSV files without a tgt_lang column, and of XLIFF files that do not name one (`target-language`, `trgLang`)
help-tm-import--no_index = Store units without building the search index (faster; run `relais tm index` before looking them up)
help-tm-export--out = Output file (also -o/--output)
help-tm-export--output = Output file, written atomically; `-` is standard output
help-tm-export--source = Only units with this language, which becomes the header’s srclang
help-tm-export--target = Only these target languages (repeatable, or comma-separated)
help-tm-add-long = In a project, the unit is also kept in memories/tm-add.tmx (listed in `[tm] imports`), so a TM rebuilt from the project’s files has it again
help-tm-add--source = Source language
help-tm-add--target = Target language
help-tm-add--source_text = Source text
help-tm-add--target_text = Target text
help-tm-add--context = Document context (DOC:ID), for in-context matches
help-tm-add--note = A note for translators
help-tm-add--user = Who made the translation (creationid)
help-tm-lookup-long = With --stdin, reads one query per line (plain text, or JSON with the keys text, context, prev, source and target, where the optional languages override --source/--target) and writes one JSON line per query, flushed as soon as it is found
help-tm-lookup--text = The text to look up (omit with --stdin)
help-tm-lookup--stdin = Read queries from standard input, one per line
help-tm-lookup--source = Language of the text (with --stdin, JSON lines may give it instead)
help-tm-lookup--target = Language of the translations wanted (with --stdin, JSON lines may give it instead)
help-tm-lookup--min_score = Lowest score shown (0–101)
help-tm-lookup--limit = Most matches shown
help-tm-lookup--exact = Exact matches only (score 100 or 101)
help-tm-lookup--context = Document context of the text (DOC:ID): an exact match with the same context scores 101
help-tm-lookup--prev = Previous source segment: an exact match that followed the same segment scores 101
help-tm-concordance--words = Words or phrase to find
help-tm-concordance--lang = Only in variants of this language
help-tm-concordance--side = Search source variants, target variants or both
help-tm-concordance--limit = Most hits
help-tm-verify-long = Reads every unit block, duplicate table and index bucket of the translation memory. Exits 1 when anything is damaged (then run `relais tm repair`), 0 when the store is intact
help-tm-repair-long = Builds a new store from the units the old one can still give back, the memories listed in `[tm] imports` and the reviewed translations of every locale, then moves the old store aside (`<tm>.damaged-<time>`) and puts the new one in its place. The old store is kept until you delete it
help-completions--shell = The shell
help-man--out = Write relais.1 and one relais-<command>.1 per subcommand here
help-align-long = Paragraphs are aligned first, then the sentences inside each pair of aligned paragraphs. SOURCE and TARGET are Markdown, plain text or Fluent files (or, with --presplit, one sentence per line). Each bead gets a score from 0 to 100: the probability that it is exactly right. The glossary’s terms of the language pair and the word pairs of the project’s TM help the alignment. The pairs below --min-score and the sentences without counterpart go to a review file (--review) that a translator corrects and imports back with --import-review
help-align--source_file = The document in the source language
help-align--target_file = Its translation
help-align--source = Language of SOURCE
help-align--target = Language of TARGET
help-align--presplit = One sentence per line, as given (no paragraphs, no segmentation)
help-align--tmx = Write the pairs scored --min-score or more to this TMX file
help-align--min_score = Lowest score (0–100) of a pair written with --tmx
help-align--into_tm = Store the pairs scored --min-score or more in the project’s TM (kept in memories/aligned/, marked as aligned with their score)
help-align--review = Write the pairs scored below --min-score and the sentences without counterpart to this review file (TSV; with --into-tm, by default memories/aligned/NAME.review.tsv)
help-align--import_review = Read back a corrected review file instead of aligning: its kept pairs go to the TM with --into-tm, to a TMX file with --tmx, else are listed
help-glossary-lookup-long = Each term found comes with its concept and the concept’s terms in the target language (in every other language without --target), as a CAT tool’s term pane shows them: preferred first, forbidden terms flagged, with the reason recorded in the glossary
help-glossary-lookup--text = The text to look terms up in
help-glossary-lookup--source = Language of the text
help-glossary-lookup--target = Language of the terms wanted
help-glossary-verify-long = Reports forbidden and deprecated terms in the translation, source terms whose preferred or admitted translation is missing, and do-not-translate names changed. Severities and suppressions come from relais.toml. Exits 1 when a finding has error severity
help-glossary-verify--source_text = The source text
help-glossary-verify--target_text = Its translation
help-glossary-verify--source = Language of the source text
help-glossary-verify--target = Language of the translation
help-glossary-list-long = One term per line: concept, language, status, term, evidence labels and reason; optionally only some languages, statuses or concepts
help-glossary-list--lang = Only terms of these languages (repeatable, or comma-separated)
help-glossary-list--status = Only terms with these statuses (repeatable, or comma-separated): preferred, admitted, deprecated, forbidden, do-not-translate
help-glossary-list--concept = Only these concepts (repeatable, or comma-separated)
help-glossary-import-long = Reads TBX v2 (martif) and v3 (tbx) in any dialect, or relais TSV. New concepts, terms and sources are added; rows already there are kept (only their empty fields are filled, and a different status is reported, not applied). Each file is merged and written atomically on its own; when one fails, the others are still imported and the command exits 2
help-glossary-import--files = Files to import: .tbx, or a relais terms .tsv (with its concepts and sources files beside it)
help-glossary-import--into = The terms file to merge into; its concepts.tsv and sources.tsv are updated too. Default: the first TSV file of `[glossary] files` in relais.toml, else glossary/terms.tsv
help-glossary-import--dry_run = Report what would change, write nothing
help-glossary-export-long = TBX-Basic v3, DCA style, keeps forbidden and do-not-translate as `[status=…]` note prefixes; TSV writes a terms file with its concepts and sources files beside it. The format follows the extension unless --format is given; `-` writes to standard output (TSV: the terms file only). Files are written atomically
help-glossary-export--out = Output file (also -o/--output)
help-glossary-export--output = Output file, written atomically; `-` is standard output
help-glossary-export--format = Output format (default: from the extension)
help-glossary-export--lang = Only terms of these languages (repeatable, or comma-separated)
help-xliff-export-long = One <file> per document, one unit per message value and attribute (one per plural form for plural selects), existing translations with their state, Fluent placeables and markup as protected codes, TM matches, glossary terms (forbidden ones flagged) and the source comments as notes. Without -o, the XLIFF goes to standard output
help-xliff-export--locale = The target locale
help-xliff-export--documents = Only these documents (repeatable, or comma-separated; default: all)
help-xliff-export--format = XLIFF version
help-xliff-export--output = Output file, written atomically; `-` is standard output
help-xliff-export--min_score = Lowest TM match score offered (default: [pretranslate] threshold, 75)
help-xliff-export--max_matches = Most TM matches per unit (0: none)
help-xliff-import-long = Validates the whole file first: every unit id must name a message, attribute or plural form of the project, and every placeable and markup code of the source must come back exactly once (a plural form may leave out the number). Any unit error means nothing is written (exit 1); a malformed file exits 2. Units whose source changed since the export are not applied and are reported as stale (exit 1). Translations are written atomically, untouched messages keep their exact text, reviewed ones also go into the TM. The changed messages are then checked as `relais check` does; a glossary error leaves its message marked for review (exit 1)
help-xliff-import--file = The XLIFF file (1.2 or 2.0) exported by `relais xliff export`
help-xliff-import--dry_run = Report what would change, write nothing
