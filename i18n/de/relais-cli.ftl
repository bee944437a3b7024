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
tm-concordance-none = Kein Treffer
tm-concordance-summary = { $count ->
    [one] ein Treffer
   *[other] { $count } Treffer
}
tm-stats-header = { $path }: { $units } Einheiten, { $size } MiB auf der Festplatte
tm-stats-languages = Sprachen ({ $count }), Varianten:
tm-stats-pairs = Sprachpaare ({ $count }), Einheiten:
tm-stats-more-pairs = … und { $count } weitere Paare

## relais check

check-label-error = Fehler
check-label-warning = Warnung
check-label-info = Info
check-progress = Prüfung
check-locale-unlisted = die Locale { $locale } steht nicht unter den locales von relais.toml; sie wird trotzdem geprüft
check-summary = { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }, { $messages ->
        [one] { $messages } Meldung
       *[other] { $messages } Meldungen
    }, { $locales ->
        [one] { $locales } Locale
       *[other] { $locales } Locales
    }: { $errors ->
        [one] { $errors } Fehler
       *[other] { $errors } Fehler
    }, { $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    }, { $infos ->
        [one] { $infos } Info
       *[other] { $infos } Infos
    }, { $suppressed } unterdrückt
check-syntax-bom = die Datei beginnt mit einer Byte-Order-Mark (U+FEFF): andere Fluent-Parser lesen ihren ersten Eintrag als ungültigen Text
check-syntax-cr = { $count ->
        [one] ein Wagenrücklauf (U+000D) ohne Zeilenvorschub: Fluent liest ihn nicht als Zeilenende
       *[other] { $count } Wagenrückläufe (U+000D) ohne Zeilenvorschub, der erste hier: Fluent liest sie nicht als Zeilenenden
    }
check-syntax-tab = { $message } (Fortsetzungszeilen werden mit Leerzeichen eingerückt, nicht mit Tabulatoren)
check-duplicate-message = { $id } ist mehrfach definiert (zuerst in Zeile { $line })
check-duplicate-attribute = das Attribut .{ $attribute } von { $id } ist mehrfach definiert
check-duplicate-variant = die Variante [{ $key }] kommt in { $id } mehrfach vor
check-missing-file = Datei fehlt: { $entries ->
        [one] { $entries } Meldung oder Term von { $source } ist nicht übersetzt
       *[other] { $entries } Meldungen und Terme von { $source } sind nicht übersetzt
    }
check-obsolete-file = keine Quelldatei ({ $source }): diese Datei wird nie verwendet
check-missing-message = { $id } ist nicht übersetzt (Quelle: { $source })
check-obsolete-message = { $id } steht nicht in der Quelle: es wird nie verwendet
check-missing-attribute = { $id } fehlt das Attribut .{ $attribute } der Quelle
check-obsolete-attribute = { $id } hat ein Attribut .{ $attribute }, das die Quelle nicht hat
check-missing-value = { $id } hat keinen Wert; die Quelle hat einen
check-obsolete-value = { $id } hat einen Wert; die Quelle hat keinen
check-variable-missing = { $id } verwendet { $variable } nicht, die Quelle schon
check-variable-unknown = { $id } verwendet { $variable }, das die Quelle nicht hat
check-reference-missing = { $id } verweist nicht auf { $reference }, die Quelle schon
check-reference-obsolete = { $id } verweist auf { $reference }, die Quelle nicht
check-plural-missing = der Auswahl nach { $selector } in { $id } fehlen die Pluralkategorien { $categories } von { $locale }
check-plural-unknown = [{ $key }] in { $id } ist keine Pluralkategorie von { $locale } ({ $categories })
check-empty = die Übersetzung von { $id } ist leer
check-untranslated = { $id } ist mit der Quelle identisch
check-number-missing = die Zahl { $number } der Quelle fehlt in { $id } oder ist verändert
check-typography-plain-space = normales Leerzeichen vor „{ $mark }“: ein geschütztes Leerzeichen verwenden (U+00A0 oder U+202F)
check-typography-no-space = kein Leerzeichen vor „{ $mark }“: ein geschütztes Leerzeichen einfügen (U+00A0 oder U+202F)
check-typography-guillemet = „{ $mark }“ braucht innen ein geschütztes Leerzeichen (U+00A0 oder U+202F)
check-typography-straight-quote = gerades Anführungszeichen (U+0022): { $locale } verwendet { $quotes }
check-typography-foreign-quote = { $mark } ist kein Anführungszeichen von { $locale }, das { $quotes } verwendet
check-typography-apostrophe = gerader Apostroph (U+0027): ’ (U+2019) verwenden
check-suppression-without-reason = die Ausnahme für { $check } nennt keinen Grund und wird daher nicht angewendet
check-unused-suppression = die Ausnahme für { $check } passt zu keinem Befund
check-unknown-suppression = die Ausnahme nennt { $check }, das keine Prüfung ist
check-rule-syntax-error = Fluent-Syntaxfehler, Byte-Order-Marks und einzelne Wagenrückläufe
check-rule-duplicate-id = Eine Meldung, ein Term, ein Attribut oder ein Variantenschlüssel ist mehrfach definiert
check-rule-missing-file = Eine Quelldatei hat keine Übersetzung
check-rule-obsolete-file = Eine übersetzte Datei hat keine Quelle
check-rule-missing-message = Eine Meldung oder ein Term der Quelle ist nicht übersetzt
check-rule-obsolete-message = Eine übersetzte Meldung oder ein Term steht nicht in der Quelle
check-rule-missing-attribute = Ein Attribut der Quelle fehlt
check-rule-obsolete-attribute = Ein Attribut steht nicht in der Quelle
check-rule-missing-value = Die Quelle hat einen Wert, die Übersetzung keinen
check-rule-obsolete-value = Die Übersetzung hat einen Wert, die Quelle keinen
check-rule-variable-mismatch = Die Variablen von Quelle und Übersetzung unterscheiden sich
check-rule-term-mismatch = Die Verweise auf Terme oder Meldungen unterscheiden sich zwischen Quelle und Übersetzung
check-rule-plural-categories = Einer Pluralauswahl fehlen Kategorien der Sprache, oder sie hat unbekannte
check-rule-empty-translation = Die Übersetzung ist leer
check-rule-untranslated = Die Übersetzung ist mit der Quelle identisch
check-rule-number-mismatch = Eine Zahl oder ein Prozentsatz der Quelle fehlt oder ist verändert
check-rule-typography = Typografie der Sprache: Leerzeichen, Anführungszeichen, Apostrophe
check-rule-glossary-forbidden = Ein verbotener Begriff wird verwendet
check-rule-glossary-deprecated = Ein veralteter Begriff wird verwendet
check-rule-glossary-missing-term = Die erwartete Übersetzung eines Begriffs der Quelle fehlt
check-rule-glossary-dnt-changed = Ein nicht zu übersetzender Begriff wurde verändert
check-rule-suppression-without-reason = Eine Ausnahme nennt keinen Grund
check-rule-unused-suppression = Eine Ausnahme passt zu keinem Befund
