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
warnings-more = … and { $count } more warnings (see --json for all)
tm-schema-rebuilt = translation memory { $path } was written by another relais version (schema { $version }); it was emptied and will be refilled from the project’s tracked files
tm-import-summary = { $file }: { $units } units read, { $added } added, { $merged } merged, { $skipped } skipped, { $warnings } warnings ({ $seconds } s)
tm-import-recorded = recorded in [tm] imports of relais.toml: a rebuilt TM will have these units again
tm-import-outside = { $file } is outside the project: a TM rebuilt from the project’s files will not have its units; to keep them, copy the file into the project (for example memories/) and import it from there
tm-import-failed = { $failed } of { $total } files could not be imported; the TM holds the others
tm-unindexed-hint = { $units } units are not indexed yet; run `relais tm index` to search them
tm-index-summary = indexed { $units } units
tm-verify-ok = TM intact: { $units } units and { $buckets } index buckets read back
tm-verify-damaged = TM damaged: { $problems ->
    [one] one problem
   *[other] { $problems } problems
  } in { $path }; run `relais tm repair` to rebuild it from the project’s tracked files
tm-repair-unreadable = the damaged TM could not be read ({ $reason }); it is rebuilt from the project’s files only
tm-repair-summary = TM rebuilt: { $units } units ({ $salvaged } salvaged, { $lost } lost, { $imports } from [tm] imports, { $locales } from the locales); the old store is kept at { $kept }
tm-export-summary = wrote { $units } units to { $file }
tm-add-added = unit added
tm-add-merged = the TM already has this unit
tm-lookup-none = no match scoring { $min } or more
tm-lookup-changes = changed: { $changes }
tm-lookup-number = number differs: { $query } → { $tm }
tm-lookup-langs-needed = a lookup needs --source and --target (or “source” and “target” in each JSON line of --stdin)
tm-concordance-none = no hit
tm-concordance-summary = { $count ->
    [one] one hit
   *[other] { $count } hits
}
tm-stats-header = { $path }: { $units } units, { $size } MiB on disk
tm-stats-languages = Languages ({ $count }), variants:
tm-stats-pairs = Language pairs ({ $count }), units:
tm-stats-more-pairs = … and { $count } more pairs
locale-not-in-project = locale { $locale } is not one of the project’s locales (relais.toml `locales`)
document-not-in-project = document { $document } is not one of the project’s documents (relais.toml `[[documents]]`)
init-exists = { $path } already exists (use --force to replace it)
init-written = wrote { $path }
extract-needs-document = name the document with --document NAME (or list its source in relais.toml)
extract-unknown-format = unknown format “{ $format }”: use md, txt, docx, odt or html
extract-changed = changed: { $id } (its translations need review)
extract-added = new: { $id }
extract-removed = removed: { $id }
extract-summary = { $file }: { $messages } messages, { $unchanged } unchanged, { $changed } changed, { $added } new, { $removed } removed
pretranslate-summary = { $locale }: { $file }: { $exact } exact, { $fuzzy } fuzzy (to review), { $changed } with a changed source (to review), { $missing } without match, { $kept } kept
sync-summary = TM: { $added } messages and { $sentences } sentences added, { $merged } already there; { $review } waiting for review and { $outdated } outdated not stored
review-not-marked = { $id } is not marked for review in { $locale }
review-accepted = { $count } translations accepted in { $locale }
build-tm-import = TM: imported { $file } ({ $added } units)
build-tm-sync = TM: { $added } units added from the locales ({ $units } in all)
build-fallback = { $locale }/{ $document }: { $count } messages shown in the source language (missing or waiting for review): { $ids }
build-summary = built { $published } locales into { $out } ({ $locales }); { $blocked } not published
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
status-tm = TM: { $units } units in { $pairs } language pairs

## Help texts of the commands (shown by --help in the user's language).

help = relais: translation memory, terminology and Fluent publication
help-init = Create a relais.toml
help-extract = Turn a source document into the source locale’s Fluent file
help-pretranslate = Fill a locale’s Fluent files from the translation memory
help-sync = Store reviewed translations in the translation memory
help-build = Publish every locale as HTML and Markdown
help-review = Accept translations marked for review
help-review-accept = Accept translations marked for review
help-status = Progress per locale, check findings, TM size
help-tm = Translation memory: import, export, add, lookup, concordance, stats
help-tm-import = Import translation memories (TMX, TSV, XLIFF), each file all or nothing
help-tm-export = Export the TM as a TMX 1.4b file
help-tm-add = Add a translation unit
help-tm-lookup = Find exact, near-exact and fuzzy matches
help-tm-concordance = Find words or a phrase anywhere in the TM
help-tm-stats = Show the TM’s units, variants per language and language pairs
help-tm-index = Build the search index for units imported with --no-index
help-tm-verify = Check that every unit and index entry of the TM can be read back
help-tm-repair = Rebuild the TM: keep what can be read, refill from the project’s files
help-completions = Print a shell completion script
help-man = Print the man page, or write the pages of every subcommand into a directory
glossary-none = no glossary in { $dir }: relais.toml names no [glossary] files and glossary/terms.tsv does not exist
glossary-finding-forbidden = “{ $found }” is forbidden in { $locale } (concept { $concept })
glossary-finding-deprecated = “{ $found }” is deprecated in { $locale } (concept { $concept })
glossary-finding-missing = the source says “{ $found }” (concept { $concept }), but the translation has none of its { $locale } terms: { $expected }
glossary-finding-dnt-missing = “{ $term }” must stay as it is (do not translate, concept { $concept }), but the { $locale } translation does not contain it
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
glossary-import-summary = { $file }: { $read } terms read, { $added } added, { $merged } merged, { $skipped } skipped; { $concepts } new concepts, { $sources } new sources → { $into }
glossary-import-dry-run = dry run: nothing was written
glossary-import-conflict = status conflict: { $conflict }
glossary-import-dropped = { $file }: not kept (relais has no place for them): { $list }
glossary-import-failed = { $failed } of { $total } files could not be imported; the glossary holds the others
glossary-export-title = relais glossary of sensitive terminology
glossary-export-summary = wrote { $concepts } concepts and { $terms } terms to { $file }
glossary-export-empty-concepts = { $count } concepts without terms were left out (TBX needs a term per concept)
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

xliff-export-summary = { $file }: { $units } units for { $locale } ({ $translated } translated, { $review } of them to review, { $untranslated } untranslated, { $fluent } Fluent-only), { $matches } TM matches, { $glossary } glossary entries
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
xliff-import-summary = { $file } ({ $locale }): { $changed } messages changed ({ $added } new), { $applied } units applied, { $unchanged } unchanged, { $untranslated } untranslated, { $stale } stale, { $skipped } skipped
xliff-import-dry-run = dry run: nothing was written
xliff-import-tm = TM: { $added } units added, { $merged } already there
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
