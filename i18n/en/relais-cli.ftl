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
tm-lookup-langs-needed = a lookup needs --source and --target (or "source" and "target" in each JSON line of --stdin)
tm-concordance-none = no hit
tm-concordance-summary = { $count ->
    [one] one hit
   *[other] { $count } hits
}
tm-stats-header = { $path }: { $units } units, { $size } MiB on disk
tm-stats-languages = Languages ({ $count }), variants:
tm-stats-pairs = Language pairs ({ $count }), units:
tm-stats-more-pairs = … and { $count } more pairs
