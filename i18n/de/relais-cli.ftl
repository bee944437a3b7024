### Meldungen der relais-Befehlszeile (Deutsch).

error-prefix = Fehler:
warning-prefix = Warnung:
error-io = { $path }: { $reason }
io-not-found = Datei oder Verzeichnis nicht gefunden
io-permission-denied = Zugriff verweigert
error-locked = Das Translation Memory { $path } ist von einem anderen relais-Prozess gesperrt ({ $seconds } s gewartet); versuchen Sie es erneut, wenn er fertig ist, oder erhöhen Sie --wait
error-project-locked = Das Projekt wird gerade von einem anderen relais-Prozess geändert (PID { $holder }; { $seconds } s gewartet); versuchen Sie es erneut, wenn er fertig ist, oder erhöhen Sie --wait
error-no-project = Keine relais.toml in { $dir } oder einem übergeordneten Verzeichnis; führen Sie zuerst `relais init` aus
warnings-more = … und { $count } weitere Warnungen (alle mit --json)
tm-schema-rebuilt = Das Translation Memory { $path } wurde von einer anderen relais-Version geschrieben (Schema { $version }); es wurde geleert und wird aus den verfolgten Dateien des Projekts neu gefüllt
tm-import-summary = { $file }: { $units } Einheiten gelesen, { $added } hinzugefügt, { $merged } zusammengeführt, { $skipped } übersprungen, { $warnings } Warnungen ({ $seconds } s)
tm-import-recorded = in [tm] imports von relais.toml eingetragen: ein neu aufgebautes Translation Memory enthält diese Einheiten wieder
tm-import-outside = { $file } liegt außerhalb des Projekts: ein aus den Projektdateien neu aufgebautes Translation Memory hat seine Einheiten nicht; um sie zu behalten, kopieren Sie die Datei ins Projekt (zum Beispiel nach memories/) und importieren Sie sie von dort
tm-import-failed = { $failed } von { $total } Dateien konnten nicht importiert werden; das TM enthält die übrigen
tm-unindexed-hint = { $units } Einheiten sind noch nicht indiziert; führen Sie `relais tm index` aus, um sie zu durchsuchen
tm-index-summary = { $units } Einheiten indiziert
tm-verify-ok = Translation Memory intakt: { $units } Einheiten und { $buckets } Index-Buckets gelesen
tm-verify-damaged = Translation Memory beschädigt: { $problems ->
    [one] ein Problem
   *[other] { $problems } Probleme
  } in { $path }; führen Sie `relais tm repair` aus, um es aus den versionierten Dateien des Projekts neu aufzubauen
tm-repair-unreadable = das beschädigte Translation Memory ist nicht lesbar ({ $reason }); es wird nur aus den Projektdateien neu aufgebaut
tm-repair-summary = Translation Memory neu aufgebaut: { $units } Einheiten ({ $salvaged } gerettet, { $lost } verloren, { $imports } aus [tm] imports, { $locales } aus den Sprachen); der alte Speicher bleibt unter { $kept }
help-tm-verify = Prüfen, ob sich jede Einheit und jeder Indexeintrag des Translation Memory lesen lässt
help-tm-repair = Das Translation Memory neu aufbauen: Lesbares behalten, aus den Projektdateien ergänzen
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
locale-not-in-project = Die Sprache { $locale } gehört nicht zu den Sprachen des Projekts (`locales` in relais.toml)
document-not-in-project = Das Dokument { $document } gehört nicht zu den Dokumenten des Projekts (`[[documents]]` in relais.toml)
init-exists = { $path } existiert bereits (mit --force ersetzen)
init-written = { $path } geschrieben
extract-needs-document = Geben Sie das Dokument mit --document NAME an (oder tragen Sie seine Quelle in relais.toml ein)
extract-unknown-format = unbekanntes Format „{ $format }“: verwenden Sie md, txt, docx, odt oder html
extract-changed = geändert: { $id } (die Übersetzungen müssen geprüft werden)
extract-added = neu: { $id }
extract-removed = entfernt: { $id }
extract-summary = { $file }: { $messages } Meldungen, { $unchanged } unverändert, { $changed } geändert, { $added } neu, { $removed } entfernt
pretranslate-summary = { $locale }: { $file }: { $exact } exakt, { $fuzzy } unscharf (zu prüfen), { $changed } mit geänderter Quelle (zu prüfen), { $missing } ohne Treffer, { $kept } beibehalten
sync-summary = TM: { $added } Meldungen und { $sentences } Sätze hinzugefügt, { $merged } bereits vorhanden; { $review } warten auf Prüfung, { $outdated } veraltet und nicht gespeichert
review-not-marked = { $id } ist in { $locale } nicht zur Prüfung markiert
review-accepted = { $count } Übersetzungen in { $locale } freigegeben
build-tm-import = TM: { $file } importiert ({ $added } Einheiten)
build-tm-sync = TM: { $added } Einheiten aus den Sprachen hinzugefügt ({ $units } insgesamt)
build-fallback = { $locale }/{ $document }: { $count } Meldungen in der Ausgangssprache angezeigt (fehlend oder zu prüfen): { $ids }
build-summary = { $published } Sprachen in { $out } erstellt ({ $locales }); { $blocked } nicht veröffentlicht
build-blocked = wegen Fehlern nicht veröffentlicht: { $locales } (führen Sie `relais check` aus)
status-html-written = { $file } geschrieben
status-col-locale = Sprache
status-col-translated = übersetzt
status-col-review = zu prüfen
status-col-outdated = veraltet
status-col-missing = fehlend
status-col-words = Wörter offen
status-col-errors = Fehler
status-col-warnings = Warnungen
status-col-glossary = Glossar Fehl./Warn.
status-tm = TM: { $units } Einheiten in { $pairs } Sprachpaaren

## Hilfetexte der Befehle (von --help in der Sprache des Benutzers angezeigt).

help = relais: Translation Memory, Terminologie und Fluent-Veröffentlichung
help-init = Eine relais.toml anlegen
help-extract = Ein Ausgangsdokument in die Fluent-Datei der Ausgangssprache umwandeln
help-pretranslate = Die Fluent-Dateien einer Sprache aus dem Translation Memory füllen
help-sync = Geprüfte Übersetzungen im Translation Memory speichern
help-build = Jede Sprache als HTML und Markdown veröffentlichen
help-review = Zur Prüfung markierte Übersetzungen freigeben
help-review-accept = Zur Prüfung markierte Übersetzungen freigeben
help-status = Fortschritt je Sprache, Prüfergebnisse, Größe des Translation Memory
help-tm = Translation Memory: importieren, exportieren, hinzufügen, suchen, Konkordanz, Statistik
help-tm-import = Translation Memories importieren (TMX, TSV, XLIFF), jede Datei ganz oder gar nicht
help-tm-export = Das TM als TMX-1.4b-Datei exportieren
help-tm-add = Eine Übersetzungseinheit hinzufügen
help-tm-lookup = Exakte, fast exakte und unscharfe Treffer suchen
help-tm-concordance = Wörter oder eine Wendung im ganzen TM suchen
help-tm-stats = Einheiten, Varianten je Sprache und Sprachpaare des TM anzeigen
help-tm-index = Den Suchindex für mit --no-index importierte Einheiten aufbauen
help-completions = Ein Vervollständigungsskript für die Shell ausgeben
help-man = Die Manpage ausgeben oder die Seiten aller Unterbefehle in ein Verzeichnis schreiben
glossary-none = kein Glossar in { $dir }: relais.toml nennt keine [glossary]-Dateien und glossary/terms.tsv gibt es nicht
glossary-finding-forbidden = „{ $found }“ ist in { $locale } verboten (Begriff { $concept })
glossary-finding-deprecated = „{ $found }“ ist in { $locale } zu vermeiden (Begriff { $concept })
glossary-finding-missing = der Ausgangstext sagt „{ $found }“ (Begriff { $concept }), aber die Übersetzung enthält keine seiner Benennungen in { $locale }: { $expected }
glossary-finding-dnt-missing = „{ $term }“ bleibt unübersetzt (Begriff { $concept }), fehlt aber in der Übersetzung in { $locale }
glossary-finding-dnt-altered = „{ $found }“ muss „{ $term }“ geschrieben werden (nicht übersetzen, Begriff { $concept })
glossary-side-source = Ausgangstext
glossary-side-target = Übersetzung
glossary-reason = Grund
glossary-use = stattdessen
glossary-verify-clean = keine Glossarbefunde
glossary-verify-summary = { $errors ->
    [one] ein Fehler
   *[other] { $errors } Fehler
}, { $warnings ->
    [one] eine Warnung
   *[other] { $warnings } Warnungen
}, { $infos ->
    [one] ein Hinweis
   *[other] { $infos } Hinweise
}
glossary-verify-suppressed = { $count ->
    [one] ein Befund durch relais.toml unterdrückt
   *[other] { $count } Befunde durch relais.toml unterdrückt
}
glossary-lookup-none = keine Glossarbenennung im Text gefunden
glossary-lookup-no-target = keine Benennung in { $lang } für diesen Begriff
glossary-list-summary = { $count ->
    [one] eine Benennung
   *[other] { $count } Benennungen
} in { $concepts ->
    [one] einem Begriff
   *[other] { $concepts } Begriffen
}
glossary-import-summary = { $file }: { $read } Benennungen gelesen, { $added } hinzugefügt, { $merged } zusammengeführt, { $skipped } übersprungen; { $concepts } neue Begriffe, { $sources } neue Quellen → { $into }
glossary-import-dry-run = Probelauf: nichts wurde geschrieben
glossary-import-conflict = Statuskonflikt: { $conflict }
glossary-import-dropped = { $file }: nicht übernommen (relais hat dafür keinen Platz): { $list }
glossary-import-failed = { $failed } von { $total } Dateien konnten nicht importiert werden; das Glossar enthält die übrigen
glossary-export-title = relais-Glossar der sensiblen Terminologie
glossary-export-summary = { $concepts } Begriffe und { $terms } Benennungen in { $file } geschrieben
glossary-export-empty-concepts = { $count } Begriffe ohne Benennung wurden ausgelassen (TBX verlangt eine Benennung je Begriff)
help-glossary = Glossar der sensiblen Terminologie: nachschlagen, prüfen, auflisten, importieren, exportieren
help-glossary-lookup = Die Glossarbenennungen in einem Text mit ihren Übersetzungen anzeigen
help-glossary-verify = Eine Übersetzung anhand des Glossars prüfen
help-glossary-list = Die Benennungen des Glossars auflisten
help-glossary-import = TBX- oder TSV-Glossare in die Glossardateien des Projekts übernehmen
help-glossary-export = Das Glossar als TBX-Basic oder TSV exportieren

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
## XLIFF-Austausch mit den CAT-Tools der Übersetzer (relais xliff export / import).

xliff-export-summary = { $file }: { $units } Einheiten für { $locale } ({ $translated } übersetzt, davon { $review } zu prüfen, { $untranslated } unübersetzt, { $fluent } nur in Fluent bearbeitbar), { $matches } TM-Treffer, { $glossary } Glossareinträge
xliff-export-json-stdout = --json braucht -o DATEI: ohne diese Angabe geht das XLIFF-Dokument selbst auf die Standardausgabe
xliff-note-attribute = Attribut „{ $attribute }“ der Meldung „{ $message }“.
xliff-note-plural = Pluralform „{ $category }“ in { $locale } für { $selector } (Zahlen wie { $examples }): Übersetzen Sie den ganzen Satz in dieser Form.
xliff-note-plural-decimals = Pluralform „{ $category }“ in { $locale } für { $selector } (bestimmte Dezimalzahlen): Übersetzen Sie den ganzen Satz in dieser Form.
xliff-note-plural-exact = Form für { $selector } gleich genau { $number }: Übersetzen Sie den ganzen Satz in dieser Form.
xliff-note-fluent-only = Dieser Text verwendet einen Fluent-Auswahlausdruck, den XLIFF nicht abbilden kann; er dient nur als Kontext. Bearbeiten Sie ihn in { $file }.
xliff-note-review = Automatisch gefüllt: zu prüfen.
xliff-note-review-match = Aus einem Treffer des Translation Memory gefüllt (Score { $score }, Herkunft { $origin }): zu prüfen.
xliff-change-added = hinzugefügt
xliff-change-updated = geändert
xliff-change-accepted = freigegeben (Prüfvermerk entfernt)
xliff-change-review = zur Prüfung markiert
xliff-import-summary = { $file } ({ $locale }): { $changed } Meldungen geändert ({ $added } neu), { $applied } Einheiten übernommen, { $unchanged } unverändert, { $untranslated } unübersetzt, { $stale } veraltet, { $skipped } übersprungen
xliff-import-dry-run = Probelauf: nichts wurde geschrieben
xliff-import-tm = TM: { $added } Einheiten hinzugefügt, { $merged } bereits vorhanden
xliff-import-failed = { $count ->
    [one] ein Fehler in einer Einheit
   *[other] { $count } Fehler in Einheiten
}: nichts wurde geschrieben
xliff-error-no-units = die XLIFF-Datei enthält keine Übersetzungseinheiten
xliff-error-no-target-language = die XLIFF-Datei nennt keine Zielsprache
xliff-error-locale = die Zielsprache { $lang } der XLIFF-Datei ist keine Sprache des Projekts (`locales` in relais.toml)
xliff-error-source-language = die Ausgangssprache { $lang } der XLIFF-Datei ist nicht die Ausgangssprache des Projekts, { $source }
xliff-error-mixed-locales = die XLIFF-Datei mischt Zielsprachen ({ $langs }); importieren Sie eine Sprache pro Datei
xliff-error-missing-id = eine Einheit ohne ID lässt sich keiner Meldung zuordnen
xliff-error-duplicate-id = die Einheiten-ID { $id } kommt mehrfach vor
xliff-error-unknown-id = unbekannte Einheiten-ID { $id }: kein Dokument, keine Meldung, kein Attribut und keine Pluralform des Projekts heißt so
xliff-error-missing-code = { $id }: in der Übersetzung fehlt der Code { $code } des Ausgangstexts
xliff-error-duplicate-code = { $id }: der Code { $code } kommt in der Übersetzung mehrfach vor
xliff-error-unknown-code = { $id }: die Übersetzung enthält einen Code, den der Ausgangstext nicht hat: { $code }
xliff-error-code-order = { $id }: das Markup { $code } wird geschlossen, bevor es geöffnet wird
xliff-error-not-fluent = die Übersetzung von { $id } lässt sich nicht so als Fluent schreiben, dass sie unverändert zurückgelesen wird
xliff-stale = der Ausgangstext von { $id } hat sich seit dem Export geändert; seine Übersetzung wurde nicht übernommen (exportieren Sie die Datei erneut)
xliff-skip-draft = { $id }: der Status { $state } steht nicht für eine fertige Übersetzung; nicht übernommen
xliff-skip-fluent-only = { $id }: dieser Text wird in { $file } bearbeitet, nicht in XLIFF; die Änderung wurde nicht übernommen
xliff-skip-incomplete-plural = { $id }: nicht alle Pluralformen von { $message } sind übersetzt; nicht übernommen
help-xliff = XLIFF-Austausch mit den CAT-Tools der Übersetzer: exportieren, importieren
help-xliff-export = Die Meldungen einer Sprache als XLIFF für das CAT-Tool eines Übersetzers exportieren
help-xliff-import = Eine übersetzte XLIFF-Datei in die Fluent-Dateien der Sprache importieren
build-office-stale = { $source } hat sich seit der Extraktion in das Dokument „{ $document }“ geändert: führen Sie relais extract erneut aus
