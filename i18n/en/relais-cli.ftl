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
tm-schema-rebuilt = translation memory { $path } was written by another relais version (schema { $version }); it was emptied and will be refilled from the project's tracked files
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
glossary-none = no glossary in { $dir }: relais.toml names no [glossary] files and glossary/terms.tsv does not exist
glossary-finding-forbidden = "{ $found }" is forbidden in { $locale } (concept { $concept })
glossary-finding-deprecated = "{ $found }" is deprecated in { $locale } (concept { $concept })
glossary-finding-missing = the source says "{ $found }" (concept { $concept }), but the translation has none of its { $locale } terms: { $expected }
glossary-finding-dnt-missing = "{ $term }" must stay as it is (do not translate, concept { $concept }), but the { $locale } translation does not contain it
glossary-finding-dnt-altered = "{ $found }" must be written "{ $term }" (do not translate, concept { $concept })
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
help-glossary-list = List the glossary's terms
help-glossary-import = Merge TBX or TSV glossaries into the project's glossary files
help-glossary-export = Export the glossary as TBX-Basic or TSV
