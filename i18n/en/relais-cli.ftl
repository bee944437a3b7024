### Messages of the relais command line (source: English).
### Every message here must exist in every other catalog (relais check).

error-prefix = error
warning-prefix = warning
error-io = { $path }: { $reason }
io-not-found = no such file or directory
io-permission-denied = permission denied
error-locked = translation memory { $path } is locked by another relais process (waited { $seconds } s); try again when it has finished, or raise --wait
error-no-project = no relais.toml found in { $dir } or any parent directory; run `relais init` first
warnings-more = … and { $count } more warnings (see --json for all)
tm-schema-rebuilt = translation memory { $path } was written by another relais version (schema { $version }); it was emptied and will be refilled from the project’s tracked files
tm-import-summary = { $file }: { $units } units read, { $added } added, { $merged } merged, { $skipped } skipped, { $warnings } warnings ({ $seconds } s)
tm-import-failed = { $failed } of { $total } files could not be imported; the TM holds the others
tm-unindexed-hint = { $units } units are not indexed yet; run `relais tm index` to search them
tm-index-summary = indexed { $units } units
tm-export-summary = wrote { $units } units to { $file }
tm-add-added = unit added
tm-add-merged = the TM already has this unit
tm-lookup-none = no match scoring { $min } or more
tm-lookup-changes = changed: { $changes }
tm-lookup-number = number differs: { $query } → { $tm }
tm-concordance-none = no hit
tm-concordance-summary = { $count ->
    [one] one hit
   *[other] { $count } hits
}
tm-stats-header = { $path }: { $units } units, { $size } MiB on disk
tm-stats-languages = Languages ({ $count }), variants:
tm-stats-pairs = Language pairs ({ $count }), units:
tm-stats-more-pairs = … and { $count } more pairs

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
