### Meldungen der relais-Befehlszeile (Deutsch).

error-prefix = Fehler
warning-prefix = Warnung
error-io = { $path }: { $reason }
io-not-found = Datei oder Verzeichnis nicht gefunden
io-permission-denied = Zugriff verweigert
error-locked = Das Translation Memory { $path } ist von einem anderen relais-Prozess gesperrt ({ $seconds } s gewartet); versuchen Sie es erneut, wenn er fertig ist, oder erhöhen Sie --wait
error-no-project = Keine relais.toml in { $dir } oder einem übergeordneten Verzeichnis; führen Sie zuerst `relais init` aus
warnings-more = … und { $count } weitere Warnungen (alle mit --json)
tm-schema-rebuilt = Das Translation Memory { $path } wurde von einer anderen relais-Version geschrieben (Schema { $version }); es wurde geleert und wird aus den verfolgten Dateien des Projekts neu gefüllt
tm-import-summary = { $file }: { $units } Einheiten gelesen, { $added } hinzugefügt, { $merged } zusammengeführt, { $skipped } übersprungen, { $warnings } Warnungen ({ $seconds } s)
tm-import-failed = { $failed } von { $total } Dateien konnten nicht importiert werden; das TM enthält die übrigen
tm-unindexed-hint = { $units } Einheiten sind noch nicht indiziert; führen Sie `relais tm index` aus, um sie zu durchsuchen
tm-index-summary = { $units } Einheiten indiziert
tm-export-summary = { $units } Einheiten nach { $file } geschrieben
tm-add-added = Einheit hinzugefügt
tm-add-merged = Das TM enthält diese Einheit bereits
tm-lookup-none = Kein Treffer mit mindestens { $min }
tm-lookup-changes = Abweichungen: { $changes }
tm-lookup-number = Zahl weicht ab: { $query } → { $tm }
tm-lookup-langs-needed = eine Suche braucht --source und --target (oder „source“ und „target“ in jeder JSON-Zeile von --stdin)
tm-concordance-none = Kein Treffer
tm-concordance-summary = { $count ->
    [one] ein Treffer
   *[other] { $count } Treffer
}
tm-stats-header = { $path }: { $units } Einheiten, { $size } MiB auf der Festplatte
tm-stats-languages = Sprachen ({ $count }), Varianten:
tm-stats-pairs = Sprachpaare ({ $count }), Einheiten:
tm-stats-more-pairs = … und { $count } weitere Paare
