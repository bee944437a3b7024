### Meldungen der relais-Befehlszeile (Deutsch).

error-prefix = Fehler:
warning-prefix = Warnung:
error-io = { $path }: { $reason }
io-not-found = Datei oder Verzeichnis nicht gefunden
io-permission-denied = Zugriff verweigert
error-locked = Das Translation Memory { $path } ist von einem anderen relais-Prozess gesperrt ({ $seconds } s gewartet); versuchen Sie es erneut, wenn er fertig ist, oder erhöhen Sie --wait
error-project-locked = Das Projekt wird gerade von einem anderen relais-Prozess geändert (PID { $holder }; { $seconds } s gewartet); versuchen Sie es erneut, wenn er fertig ist, oder erhöhen Sie --wait
error-no-project = Keine relais.toml in { $dir } oder einem übergeordneten Verzeichnis; führen Sie zuerst `relais init` aus
error-tracked-changes = { $location }: nachverfolgte Änderungen ({ $element }): relais übersetzt ein Dokument ohne Überarbeitungen; nehmen Sie die Änderungen im Textverarbeitungsprogramm an oder lehnen Sie sie ab, oder starten Sie erneut mit --accept-changes, um alle anzunehmen
warnings-more = … und { $count ->
        [one] { $count } weitere Warnung
       *[other] { $count } weitere Warnungen
    } (alle mit --json)
tm-schema-rebuilt = Das Translation Memory { $path } wurde von einer anderen relais-Version geschrieben (Schema { $version }); es wurde geleert und wird aus den verfolgten Dateien des Projekts neu gefüllt
tm-import-summary = { $file }: { $units ->
        [one] { $units } Einheit gelesen
       *[other] { $units } Einheiten gelesen
    }, { $added } hinzugefügt, { $merged } zusammengeführt, { $skipped } übersprungen, { $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    } ({ $seconds } s)
tm-import-recorded = in [tm] imports von relais.toml eingetragen: ein neu aufgebautes Translation Memory enthält diese Einheiten wieder
tm-import-outside = { $file } liegt außerhalb des Projekts: ein aus den Projektdateien neu aufgebautes Translation Memory hat seine Einheiten nicht; um sie zu behalten, kopieren Sie die Datei ins Projekt (zum Beispiel nach memories/) und importieren Sie sie von dort
tm-import-failed = { $failed } von { $total ->
        [one] { $total } Datei konnte nicht importiert werden; das TM enthält die übrigen
       *[other] { $total } Dateien konnten nicht importiert werden; das TM enthält die übrigen
    }
tm-unindexed-hint = { $units ->
        [one] { $units } Einheit ist noch nicht indiziert; führen Sie `relais tm index` aus, um sie zu durchsuchen
       *[other] { $units } Einheiten sind noch nicht indiziert; führen Sie `relais tm index` aus, um sie zu durchsuchen
    }
tm-index-summary = { $units ->
        [one] { $units } Einheit indiziert
       *[other] { $units } Einheiten indiziert
    }
tm-verify-ok = Translation Memory intakt: { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    } und { $buckets ->
        [one] { $buckets } Index-Bucket
       *[other] { $buckets } Index-Buckets
    } gelesen
tm-verify-damaged = Translation Memory beschädigt: { $problems ->
    [one] ein Problem
   *[other] { $problems } Probleme
  } in { $path }; führen Sie `relais tm repair` aus, um es aus den versionierten Dateien des Projekts neu aufzubauen
tm-repair-unreadable = das beschädigte Translation Memory ist nicht lesbar ({ $reason }); es wird nur aus den Projektdateien neu aufgebaut
tm-repair-summary = Translation Memory neu aufgebaut: { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    } ({ $salvaged } gerettet, { $lost } verloren, { $imports } aus [tm] imports, { $locales } aus den Sprachen); der alte Speicher bleibt unter { $kept }
help-tm-verify = Prüfen, ob sich jede Einheit und jeder Indexeintrag des Translation Memory lesen lässt
help-tm-repair = Das Translation Memory neu aufbauen: Lesbares behalten, aus den Projektdateien ergänzen
tm-export-summary = { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    } nach { $file } geschrieben
tm-add-added = Einheit hinzugefügt
tm-add-merged = Das TM enthält diese Einheit bereits
tm-lookup-none = Kein Treffer mit mindestens { $min }
tm-lookup-aligned = zugeordnetes Paar, Wert { $score }
align-into-tm = { $added ->
    [one] ein zugeordnetes Paar
   *[other] { $added } zugeordnete Paare
} ins Translation Memory aufgenommen ({ $merged } schon vorhanden), abgelegt in { $file }
align-summary = { $source ->
    [one] ein Ausgangssatz
   *[other] { $source } Ausgangssätze
}, { $target ->
    [one] ein Zielsatz
   *[other] { $target } Zielsätze
}: { $pairs ->
    [one] ein Paar
   *[other] { $pairs } Paare
}, davon { $confident } mit mindestens { $min }
align-tm-lexicon = das TM lieferte der Zuordnung { $pairs ->
    [one] ein Wortpaar
   *[other] { $pairs } Wortpaare
} aus { $units ->
    [one] einer Einheit
   *[other] { $units } Einheiten
} des Sprachpaars
align-review-written = { $rows ->
    [0] nichts zu prüfen
    [one] ein Paar zu prüfen
   *[other] { $rows } Paare zu prüfen
} in { $file }
align-review-read = { $kept ->
    [one] ein geprüftes Paar übernommen
   *[other] { $kept } geprüfte Paare übernommen
}, { $rejected ->
    [one] eines abgelehnt
   *[other] { $rejected } abgelehnt
}, { $empty ->
    [one] eines mit leerer Seite ausgelassen
   *[other] { $empty } mit leerer Seite ausgelassen
}
align-tmx-written = { $units ->
    [one] ein Paar
   *[other] { $units } Paare
} nach { $file } geschrieben
tm-lookup-changes = Abweichungen: { $changes }
tm-lookup-number = Zahl weicht ab: { $query } → { $tm }
tm-lookup-langs-needed = eine Suche braucht --source und --target (oder „source“ und „target“ in jeder JSON-Zeile von --stdin)
tm-concordance-none = Kein Treffer
tm-concordance-summary = { $count ->
    [one] ein Treffer
   *[other] { $count } Treffer
}
tm-stats-header = { $path }: { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    }, { $size } MiB auf der Festplatte
tm-stats-languages = Sprachen ({ $count }), Varianten:
tm-stats-pairs = Sprachpaare ({ $count }), Einheiten:
tm-stats-more-pairs = … und { $count ->
        [one] { $count } weiteres Paar
       *[other] { $count } weitere Paare
    }
locale-not-in-project = Die Sprache { $locale } gehört nicht zu den Sprachen des Projekts (`locales` in relais.toml)
document-not-in-project = Das Dokument { $document } gehört nicht zu den Dokumenten des Projekts (`[[documents]]` in relais.toml)
init-exists = { $path } existiert bereits (mit --force ersetzen)
init-written = { $path } geschrieben
init-document-syntax = --document erwartet NAME=PFAD, nicht „{ $value }“
init-missing-document = Die Quelle des Dokuments { $name } existiert nicht: { $path }
init-next-steps = Nächste Schritte:
init-step-extract = relais extract { $source }    die Meldungen des Dokuments → { $file }
init-step-add-document = relais extract QUELLE.md --document NAME    ein zu übersetzendes Dokument → { $file }
init-step-tm = relais tm import SPEICHER.tmx    ein vorhandener Übersetzungsspeicher, falls vorhanden
init-step-pretranslate = relais pretranslate    jede Sprache aus dem Speicher füllen
init-step-check = relais check    was fehlt oder falsch ist
init-step-build = relais build    die Seiten, in dist/
init-comment-header = relais-Projekt. Jeder Schlüssel ist in docs/guide.md beschrieben (Abschnitt relais.toml).
init-comment-source-locale = Die Sprache, in der die Dokumente verfasst sind.
init-comment-locales = Die Sprachen, in die sie übersetzt werden.
init-comment-layout = Wo die Fluent-Datei jedes Dokuments in jeder Sprache liegt.
init-comment-documents = Eine [[documents]]-Tabelle pro Dokument: sein Name und seine Markdown- oder Textquelle, die relais extract liest.
init-comment-tm = Übersetzungsspeicher: sein Ordner (Standard .relais/tm) und die Dateien, die relais build in einen leeren Speicher importiert (relais tm import trägt sie ein).
init-comment-glossary = Terminologiedateien (TSV), gegen die check, pretranslate und build die Übersetzungen prüfen.
init-comment-pretranslate = Der niedrigste Fuzzy-Match-Wert (0–100), den relais pretranslate einfügt, zur Prüfung markiert.
init-comment-build = Veröffentlichung (relais build): der Anteil jedes Dokuments in Prozent, der übersetzt und geprüft sein muss, damit eine Sprache veröffentlicht wird; Organisation, Titel und Datum der Indexseite.
extract-needs-document = Geben Sie das Dokument mit --document NAME an (oder tragen Sie seine Quelle in relais.toml ein)
extract-unknown-format = unbekanntes Format „{ $format }“: verwenden Sie md, txt, docx, odt oder html
extract-changed = geändert: { $id } (die Übersetzungen müssen geprüft werden)
extract-added = neu: { $id }
extract-removed = entfernt: { $id }
extract-summary = { $file }: { $messages ->
        [one] { $messages } Meldung
       *[other] { $messages } Meldungen
    }, { $unchanged } unverändert, { $changed } geändert, { $added } neu, { $removed } entfernt
pretranslate-summary = { $locale }: { $file }: { $exact } exakt, { $fuzzy } unscharf (zu prüfen), { $changed } mit geänderter Quelle (zu prüfen), { $missing } ohne Treffer, { $kept } beibehalten
pretranslate-untranslated = Noch nicht übersetzt: die Meldung unten übersetzen und das # am Anfang ihrer Zeilen entfernen.
document-not-extracted = { $file } existiert nicht: zuerst `relais extract { $source } --document { $document }` ausführen
sync-summary = TM: { $added ->
        [one] { $added } Meldung
       *[other] { $added } Meldungen
    } und { $sentences ->
        [one] { $sentences } Satz
       *[other] { $sentences } Sätze
    } hinzugefügt, { $merged } bereits vorhanden; { $review } warten auf Prüfung, { $outdated } veraltet und nicht gespeichert
review-not-marked = { $id } ist in { $locale } nicht zur Prüfung markiert
review-accepted = { $count ->
        [one] { $count } Übersetzung in { $locale } freigegeben
       *[other] { $count } Übersetzungen in { $locale } freigegeben
    }
review-force-needs-reason = --force braucht eine Begründung: --reason TEXT (warum der Glossarfehler vertretbar ist)
review-suppressed = { $id }: { $check } für „{ $term }“ freigegeben und mit der angegebenen Begründung unterdrückt
review-refused = { $count ->
    [one] 1 Glossarfehler hat die Freigabe seiner Meldung verhindert (Übersetzung korrigieren oder mit --force --reason TEXT freigeben)
   *[other] { $count } Glossarfehler haben die Freigabe ihrer Meldungen verhindert (Übersetzungen korrigieren oder mit --force --reason TEXT freigeben)
}
build-tm-import = TM: { $file } importiert ({ $added ->
        [one] { $added } Einheit
       *[other] { $added } Einheiten
    })
build-tm-sync = TM: { $added ->
        [one] { $added } Einheit
       *[other] { $added } Einheiten
    } aus den Sprachen hinzugefügt ({ $units } insgesamt)
build-fallback = { $locale }/{ $document }: { $count ->
        [one] { $count } Meldung in der Ausgangssprache angezeigt (fehlend oder zu prüfen): { $ids }
       *[other] { $count } Meldungen in der Ausgangssprache angezeigt (fehlend oder zu prüfen): { $ids }
    }
build-summary = { $published ->
        [one] { $published } Sprache
       *[other] { $published } Sprachen
    } in { $out } erstellt ({ $locales }); { $blocked } nicht veröffentlicht
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
status-tm = TM: { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    } in { $pairs ->
        [one] { $pairs } Sprachpaar
       *[other] { $pairs } Sprachpaaren
    }

## Hilfetexte der Befehle (von --help in der Sprache des Benutzers angezeigt).

help = relais: Translation Memory, Terminologie und Fluent-Veröffentlichung
help-init = Eine relais.toml anlegen
help-extract = Ein Ausgangsdokument in die Fluent-Datei der Ausgangssprache umwandeln
help-pretranslate = Die Fluent-Dateien einer Sprache aus dem Translation Memory füllen
help-sync = Geprüfte Übersetzungen im Translation Memory speichern
help-build = Jede Sprache als HTML und Markdown veröffentlichen
help-review = Zur Prüfung markierte Übersetzungen freigeben
help-review-accept = Zur Prüfung markierte Übersetzungen freigeben
help-check = Fluent-Übersetzungen mit ihrer Quelle abgleichen
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
help-align = Ein Dokument und seine Übersetzung einander zuordnen
help-man = Die Manpage ausgeben oder die Seiten aller Unterbefehle in ein Verzeichnis schreiben
glossary-none = kein Glossar in { $dir }: relais.toml nennt keine [glossary]-Dateien und glossary/terms.tsv gibt es nicht
glossary-finding-forbidden = „{ $found }“ ist auf { $language } verboten (Begriff { $concept })
glossary-finding-deprecated = „{ $found }“ ist auf { $language } zu vermeiden (Begriff { $concept })
glossary-finding-missing = der Ausgangstext sagt „{ $found }“ (Begriff { $concept }), aber die Übersetzung enthält keine seiner Benennungen auf { $language }: { $expected }
glossary-finding-dnt-missing = „{ $term }“ bleibt unübersetzt (Begriff { $concept }), fehlt aber in der Übersetzung ({ $language })
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
glossary-import-summary = { $file }: { $read ->
        [one] { $read } Benennung gelesen
       *[other] { $read } Benennungen gelesen
    }, { $added } hinzugefügt, { $merged } zusammengeführt, { $skipped } übersprungen; { $concepts ->
        [one] { $concepts } neuer Begriff
       *[other] { $concepts } neue Begriffe
    }, { $sources ->
        [one] { $sources } neue Quelle
       *[other] { $sources } neue Quellen
    } → { $into }
glossary-import-dry-run = Probelauf: nichts wurde geschrieben
glossary-import-conflict = Statuskonflikt: { $conflict }
glossary-import-dropped = { $file }: nicht übernommen (relais hat dafür keinen Platz): { $list }
glossary-import-failed = { $failed } von { $total ->
        [one] { $total } Datei konnte nicht importiert werden; das Glossar enthält die übrigen
       *[other] { $total } Dateien konnten nicht importiert werden; das Glossar enthält die übrigen
    }
glossary-export-title = relais-Glossar der sensiblen Terminologie
glossary-export-summary = { $concepts ->
        [one] { $concepts } Begriff
       *[other] { $concepts } Begriffe
    } und { $terms ->
        [one] { $terms } Benennung
       *[other] { $terms } Benennungen
    } in { $file } geschrieben
glossary-export-empty-concepts = { $count ->
        [one] { $count } Begriff ohne Benennung wurde ausgelassen (TBX verlangt eine Benennung je Begriff)
       *[other] { $count } Begriffe ohne Benennung wurden ausgelassen (TBX verlangt eine Benennung je Begriff)
    }
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
        [one] { $locales } Sprache
       *[other] { $locales } Sprachen
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
check-typography-decimal = { $locale } schreibt das Dezimaltrennzeichen als „{ $mark }“ (CLDR)
check-typography-percent = { $space ->
    [nbsp] { $locale } setzt ein geschütztes Leerzeichen (U+00A0 oder U+202F) vor % (CLDR)
   *[none] { $locale } setzt kein Leerzeichen vor % (CLDR)
}
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

xliff-export-summary = { $file }: { $units ->
        [one] { $units } Einheit
       *[other] { $units } Einheiten
    } für { $locale } ({ $translated } übersetzt, davon { $review } zu prüfen, { $untranslated } unübersetzt, { $fluent } nur in Fluent bearbeitbar), { $matches ->
        [one] { $matches } TM-Treffer
       *[other] { $matches } TM-Treffer
    }, { $glossary ->
        [one] { $glossary } Glossareintrag
       *[other] { $glossary } Glossareinträge
    }
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
xliff-import-summary = { $file } ({ $locale }): { $changed ->
        [one] { $changed } Meldung geändert
       *[other] { $changed } Meldungen geändert
    } ({ $added } neu), { $applied ->
        [one] { $applied } Einheit übernommen
       *[other] { $applied } Einheiten übernommen
    }, { $unchanged } unverändert, { $untranslated } unübersetzt, { $stale } veraltet, { $skipped } übersprungen
xliff-import-dry-run = Probelauf: nichts wurde geschrieben
xliff-import-tm = TM: { $added ->
        [one] { $added } Einheit hinzugefügt
       *[other] { $added } Einheiten hinzugefügt
    }, { $merged } bereits vorhanden
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
term-flag = Glossar: „{ $found }“ { $status ->
    [forbidden] verboten
   *[other] veraltet
} ({ $concept }) → stattdessen { $preferred }
tm-stats-flagged = { $count ->
    [one] 1 Einheit markiert: ihre Übersetzung enthält einen verbotenen oder veralteten Glossarbegriff
   *[other] { $count } Einheiten markiert: ihre Übersetzungen enthalten verbotene oder veraltete Glossarbegriffe
}
hold-errors = { $count ->
    [one] 1 Fehler (führen Sie `relais check` aus)
   *[other] { $count } Fehler (führen Sie `relais check` aus)
}
hold-incomplete = { $document }: { $translated } von { $messages ->
        [one] { $messages } Meldung
       *[other] { $messages } Meldungen
    } übersetzt und geprüft ({ $percent } %), { $required } % erforderlich
status-not-publishable = { $locale } wird nicht veröffentlicht: { $why }
status-unreviewed = Sprachen ohne muttersprachliche Prüfung (mit Hinweis veröffentlicht): { $locales }
build-held = { $locale } nicht veröffentlicht: { $why }
config-source-locale-missing = fehlt: dieser Befehl braucht die Sprache der Dokumente (zum Beispiel source_locale auf fr gesetzt)
language-name = { $code ->
    [bg] Bulgarisch
    [ca] Katalanisch
    [cs] Tschechisch
    [da] Dänisch
    [de] Deutsch
    [el] Griechisch
    [en] Englisch
    [es] Spanisch
    [et] Estnisch
    [fi] Finnisch
    [fr] Französisch
    [ga] Irisch
    [hr] Kroatisch
    [hu] Ungarisch
    [it] Italienisch
    [lt] Litauisch
    [lv] Lettisch
    [mt] Maltesisch
    [nb] Norwegisch (Bokmål)
    [nl] Niederländisch
    [pl] Polnisch
    [pt] Portugiesisch
    [ro] Rumänisch
    [sk] Slowakisch
    [sl] Slowenisch
    [sv] Schwedisch
    [uk] Ukrainisch
   *[other] { $code }
}

## Help texts and clap's messages
help-heading-usage = Aufruf:
help-heading-commands = Befehle
help-heading-options = Optionen
help-heading-arguments = Argumente
help-flag-help = Hilfe anzeigen (Kurzfassung mit -h)
help-flag-version = Version anzeigen
help-example = Beispiel:
help-note-default = [Standard: { $value }]
help-note-env = [Umgebungsvariable: { $name }]
help-note-values = [mögliche Werte: { $values }]
clap-unknown-argument = unerwartetes Argument „{ $arg }“
clap-invalid-subcommand = unbekannter Unterbefehl „{ $name }“
clap-invalid-value = ungültiger Wert „{ $value }“ für „{ $arg }“
clap-value-validation = ungültiger Wert „{ $value }“ für „{ $arg }“: { $reason }
clap-missing-required = fehlende Pflichtargumente: { $args }
clap-argument-conflict = „{ $arg }“ kann nicht zusammen mit „{ $other }“ verwendet werden
clap-wrong-values = falsche Anzahl von Werten für „{ $arg }“
clap-no-equals = „{ $arg }“ braucht einen Wert nach „=“
clap-missing-subcommand = ein Unterbefehl ist nötig
clap-valid-values = mögliche Werte: { $values }
clap-suggestion = meinten Sie „{ $suggestion }“?
clap-more-help = Mehr dazu mit „--help“.
help--project = Projektverzeichnis (mit relais.toml); Standard: das nächste vom aktuellen Verzeichnis aufwärts
help--tm = Verzeichnis des Translation Memory; Standard: `[tm] path` in relais.toml, sonst .relais/tm im Projekt
help--wait = Sekunden, die auf einen anderen relais-Prozess gewartet wird, der das Projekt oder das TM belegt
help--quiet = Keine Zusammenfassung, kein Fortschrittsbalken
help--json = Maschinenlesbare JSON-Ausgabe (kurz für --format json, wo ein Befehl Formate hat)
help-init--source_locale = Die Sprache, in der die Dokumente geschrieben sind
help-init--locales = Zielsprachen (wiederholbar oder kommagetrennt)
help-init--documents = Ein Dokument: NAME=QUELLPFAD (wiederholbar)
help-init--force = Eine vorhandene relais.toml ersetzen
help-extract--source = Das Quelldokument (.md, .txt, .docx, .odt, .html)
help-extract--document = Name des Dokuments (Standard: das Dokument in relais.toml, dessen Quelle dies ist)
help-extract--format = Das Format der Quelle (md, txt, docx, odt, html; Standard: nach der Dateiendung)
help-extract--accept_changes = Die Änderungsverfolgung eines DOCX- oder ODT-Dokuments annehmen (Einfügungen behalten, Löschungen verwerfen), statt es abzulehnen
help-extract--dry_run = Zeigen, was sich ändern würde, nichts schreiben
help-pretranslate--locales = Zielsprachen (wiederholbar oder kommagetrennt; Standard: alle)
help-pretranslate--document = Nur dieses Dokument
help-pretranslate--min_score = Niedrigster übernommener Fuzzy-Wert (Standard: [pretranslate] threshold, 75)
help-pretranslate--dry_run = Zeigen, was gefüllt würde, nichts schreiben
help-build--out = Ausgabeverzeichnis
help-build--strict = Eine in einer Sprache fehlende Meldung oder eine unfertige Sprache ist ein Fehler
help-build--status_html = Wohin die Statusseite geschrieben wird (Standard: .relais/status.html, außerhalb des veröffentlichten Verzeichnisses)
help-review-accept--ids = IDs der Meldungen (Standard: alle markierten Meldungen)
help-review-accept--locale = Die Sprache
help-review-accept--document = Nur dieses Dokument
help-review-accept--force = Auch Meldungen mit Glossarfehlern freigeben und jeden Fehler mit der unter --reason angegebenen Begründung unterdrücken
help-review-accept--reason = Warum die Glossarfehler vertretbar sind (z. B. „zitiert den Titel des Gesetzes“); wird in der Übersetzungsdatei vermerkt
help-status--html = Zusätzlich eine eigenständige HTML-Seite hierhin schreiben
help-check--locales = Nur diese Zielsprachen (wiederholbar oder kommagetrennt)
help-check--format = Ausgabeformat (--json ist kurz für --format json)
help-check--output = Ausgabedatei, atomar geschrieben; `-` ist die Standardausgabe
help-check--deny = Auch Befunde dieser Stufe lassen den Lauf fehlschlagen
help-check--min_severity = Der niedrigste aufgeführte Schweregrad (Standard: `[check] min_severity` aus relais.toml, sonst warning; Befunde darunter werden weiter gezählt)
help-check--source_locale = Ausgangssprache eines mit --files angegebenen Fluent-Baums
help-check--files = Dateien eines Fluent-Baums, mit {locale} an der Stelle der Sprache (`{locale}/**/*.ftl`), relativ zum aktuellen Verzeichnis oder zu --project; relais.toml wird dann nur mit --project gelesen
help-tm-import--files = Zu importierende Dateien: .tmx (TMX 1.1–1.4b, jede Kodierung, .gz), .tsv, .xlf/.xliff/.sdlxliff/.mqxliff (XLIFF 1.x und 2.0)
help-tm-import--format = Dateien in diesem Format lesen, statt es am Namen zu erkennen
help-tm-import--columns = TSV-Spalten, kommagetrennt: src_lang, tgt_lang, source, target (andere werden ignoriert), z. B. `src_lang,tgt_lang,source,target`
help-tm-import--header = TSV-Dateien beginnen mit einer Kopfzeile
help-tm-import--source = Ausgangssprache von TSV-Dateien ohne Spalte src_lang und von XLIFF-Dateien, die keine nennen
help-tm-import--target = Zielsprache von TSV-Dateien ohne Spalte tgt_lang und von XLIFF-Dateien, die keine nennen (`target-language`, `trgLang`)
help-tm-import--no_index = Einheiten ohne Suchindex speichern (schneller; vor dem Nachschlagen `relais tm index` ausführen)
help-tm-export--out = Ausgabedatei (auch -o/--output)
help-tm-export--output = Ausgabedatei, atomar geschrieben; `-` ist die Standardausgabe
help-tm-export--source = Nur Einheiten mit dieser Sprache, die zum srclang des Kopfes wird
help-tm-export--target = Nur diese Zielsprachen (wiederholbar oder kommagetrennt)
help-tm-add--source = Ausgangssprache
help-tm-add--target = Zielsprache
help-tm-add--source_text = Ausgangstext
help-tm-add--target_text = Zieltext
help-tm-add--context = Dokumentkontext (DOC:ID), für Kontexttreffer
help-tm-add--note = Eine Notiz für Übersetzer
help-tm-add--user = Wer die Übersetzung angefertigt hat (creationid)
help-tm-lookup--text = Der nachzuschlagende Text (entfällt mit --stdin)
help-tm-lookup--stdin = Anfragen von der Standardeingabe lesen, eine pro Zeile
help-tm-lookup--source = Sprache des Textes (mit --stdin können JSON-Zeilen sie angeben)
help-tm-lookup--target = Sprache der gewünschten Übersetzungen (mit --stdin können JSON-Zeilen sie angeben)
help-tm-lookup--min_score = Niedrigster angezeigter Wert (0–101)
help-tm-lookup--limit = Höchstzahl angezeigter Treffer
help-tm-lookup--exact = Nur exakte Treffer (Wert 100 oder 101)
help-tm-lookup--context = Dokumentkontext des Textes (DOC:ID): ein exakter Treffer mit demselben Kontext erhält 101
help-tm-lookup--prev = Vorheriges Quellsegment: ein exakter Treffer, der auf dasselbe Segment folgte, erhält 101
help-tm-concordance--words = Zu suchende Wörter oder Wendung
help-tm-concordance--lang = Nur in Varianten dieser Sprache
help-tm-concordance--side = In Ausgangs-, Zielvarianten oder beiden suchen
help-tm-concordance--limit = Höchstzahl der Treffer
help-completions--shell = Die Shell
help-man--out = relais.1 und je Unterbefehl eine relais-<Befehl>.1 hierhin schreiben
help-align-long = Zuerst werden die Absätze zugeordnet, dann die Sätze innerhalb jedes zugeordneten Absatzpaars. SOURCE und TARGET sind Markdown-, Text- oder Fluent-Dateien (oder, mit --presplit, ein Satz je Zeile). Jede Zuordnung erhält eine Bewertung von 0 bis 100: die Wahrscheinlichkeit, dass sie genau stimmt. Die Glossarbegriffe des Sprachpaars und die Wortpaare des Projekt-TM helfen bei der Zuordnung. Die Paare unter --min-score und die Sätze ohne Gegenstück kommen in eine Prüfdatei (--review), die eine Übersetzerin korrigiert und mit --import-review wieder einliest
help-align--source_file = Das Dokument in der Ausgangssprache
help-align--target_file = Seine Übersetzung
help-align--source = Sprache von SOURCE
help-align--target = Sprache von TARGET
help-align--presplit = Ein Satz je Zeile, wie gegeben (keine Absätze, keine Segmentierung)
help-align--tmx = Die Paare mit Bewertung --min-score oder höher in diese TMX-Datei schreiben
help-align--min_score = Niedrigste Bewertung (0–100) eines mit --tmx geschriebenen Paars
help-align--into_tm = Die Paare mit Bewertung --min-score oder höher im TM des Projekts speichern (in memories/aligned/ abgelegt, als zugeordnet markiert, mit ihrer Bewertung)
help-align--review = Die Paare unter --min-score und die Sätze ohne Gegenstück in diese Prüfdatei schreiben (TSV; mit --into-tm standardmäßig memories/aligned/NAME.review.tsv)
help-align--import_review = Statt zuzuordnen eine korrigierte Prüfdatei einlesen: ihre übernommenen Paare gehen mit --into-tm ins TM, mit --tmx in eine TMX-Datei, sonst werden sie aufgelistet
help-glossary-lookup--text = Der Text, in dem Benennungen gesucht werden
help-glossary-lookup--source = Sprache des Textes
help-glossary-lookup--target = Sprache der gewünschten Benennungen
help-glossary-verify--source_text = Der Ausgangstext
help-glossary-verify--target_text = Seine Übersetzung
help-glossary-verify--source = Sprache des Ausgangstextes
help-glossary-verify--target = Sprache der Übersetzung
help-glossary-list--lang = Nur Benennungen dieser Sprachen (wiederholbar oder kommagetrennt)
help-glossary-list--status = Nur Benennungen mit diesem Status (wiederholbar oder kommagetrennt): preferred, admitted, deprecated, forbidden, do-not-translate
help-glossary-list--concept = Nur diese Begriffe (wiederholbar oder kommagetrennt)
help-glossary-import--files = Zu importierende Dateien: .tbx oder eine relais-Benennungsdatei .tsv (mit ihren Begriffs- und Quellendateien daneben)
help-glossary-import--into = Die Benennungsdatei, in die zusammengeführt wird; ihre concepts.tsv und sources.tsv werden mit aktualisiert. Standard: die erste TSV-Datei aus `[glossary] files` in relais.toml, sonst glossary/terms.tsv
help-glossary-import--dry_run = Zeigen, was sich ändern würde, nichts schreiben
help-glossary-export--out = Ausgabedatei (auch -o/--output)
help-glossary-export--output = Ausgabedatei, atomar geschrieben; `-` ist die Standardausgabe
help-glossary-export--format = Ausgabeformat (Standard: nach der Endung)
help-glossary-export--lang = Nur Benennungen dieser Sprachen (wiederholbar oder kommagetrennt)
help-xliff-export--locale = Die Zielsprache
help-xliff-export--documents = Nur diese Dokumente (wiederholbar oder kommagetrennt; Standard: alle)
help-xliff-export--format = XLIFF-Version
help-xliff-export--output = Ausgabedatei, atomar geschrieben; `-` ist die Standardausgabe
help-xliff-export--min_score = Niedrigster Wert angebotener TM-Treffer (Standard: [pretranslate] threshold, 75)
help-xliff-export--max_matches = Höchstzahl der TM-Treffer je Einheit (0: keine)
help-xliff-import--file = Die von `relais xliff export` exportierte XLIFF-Datei (1.2 oder 2.0)
help-xliff-import--dry_run = Zeigen, was sich ändern würde, nichts schreiben
help-init-long = Eine relais.toml im Projektverzeichnis anlegen (im aktuellen Verzeichnis oder unter --project)
help-extract-long = Ein Quelldokument (Markdown, reiner Text, DOCX, ODT oder HTML) in locales/<Quelle>/<NAME>.ftl umwandeln, eine Meldung je Block. Nach einer Änderung erneut ausgeführt, behält es die IDs unveränderter und geänderter Blöcke und meldet die geänderten Meldungen, deren Übersetzungen zu prüfen sind
help-pretranslate-long = locales/<SPRACHE>/<Dokument>.ftl aus dem TM anlegen oder ergänzen: exakte und Kontexttreffer werden eingesetzt, Fuzzy-Treffer eingesetzt und zur Prüfung markiert, vorhandene Übersetzungen nie überschrieben (eine Übersetzung, deren Quelle sich geändert hat, wird durch den besten Treffer ersetzt oder behalten und markiert)
help-sync-long = Jede geprüfte Übersetzung jeder Sprache im TM speichern, mit Dokument und Meldungs-ID (für Kontexttreffer) und Satz für Satz, wo Quelle und Übersetzung übereinstimmen. Ein zweiter Lauf fügt nichts hinzu
help-build-long = Die Veröffentlichung erstellen: das TM mit den geprüften Übersetzungen füllen (und ein leeres TM mit den verfolgten Speichern), jede Sprache mit Fluent formatieren und jedes Dokument als dist/<Sprache>/<Dokument>.html und .md ausgeben, dazu dist/index.html. Eine Sprache mit Fehlern wird nicht veröffentlicht (Exit-Code 1); eine Sprache unter `[build] min_translated` (Standard 100 %) ebenfalls nicht, mit Angabe des Stands (Exit-Code 0, mit --strict 1)
help-review-accept-long = Eine Meldung mit Glossarfehler (verbotene oder veraltete Benennung, fehlende vorgeschriebene Benennung, geänderter nicht zu übersetzender Name) wird abgelehnt (Exit-Code 1), mit der Benennung und der Begründung aus dem Glossar; `--force --reason TEXT` gibt sie frei und vermerkt die Begründung als Unterdrückung relais-ignore über der Meldung
help-status-long = Je Sprache und Dokument anzeigen, was übersetzt ist, auf Prüfung wartet, veraltet ist oder fehlt, die noch zu übersetzenden Wörter, die Prüfbefunde (Glossar eingeschlossen) und die Größe des TM je Sprachpaar
help-check-long = Prüft Syntax, fehlende und überflüssige Meldungen, Attribute und Werte, Verweise auf $Variablen und Terme, Pluralkategorien, leere und unübersetzte Texte, Zahlen und Typografie. Liest relais.toml (Dokumente, Sprachen, Schweregrade, Unterdrückungen) und die Kataloge des Werkzeugs unter i18n/; mit --source-locale und --files jeden Fluent-Baum. Exit-Code 1 bei Fehlern (und bei Warnungen mit --deny warnings), 2, wenn die Prüfung selbst scheitert
help-tm-import-long = Jede Datei wird ganz oder gar nicht importiert: eine fehlschlagende Datei lässt das TM unverändert; die anderen werden trotzdem importiert. Eine Datei im Projekt wird in `[tm] imports` der relais.toml (mit ihren Optionen) vermerkt, damit ein aus den Projektdateien neu aufgebautes TM ihre Einheiten wieder hat. Aus XLIFF-Dateien (.xlf, .xliff, .sdlxliff, .mqxliff; 1.0–1.2 und 2.0) werden nur übersetzte Segmente importiert, eine Einheit je Segment; die anderen zählen als übersprungen
help-tm-add-long = In einem Projekt wird die Einheit auch in memories/tm-add.tmx abgelegt (in `[tm] imports` aufgeführt), damit ein aus den Projektdateien neu aufgebautes TM sie wieder hat
help-tm-lookup-long = Mit --stdin wird eine Anfrage je Zeile gelesen (reiner Text oder JSON mit den Schlüsseln text, context, prev, source und target, wobei die optionalen Sprachen --source/--target ersetzen) und je Anfrage eine JSON-Zeile geschrieben, sobald sie gefunden ist
help-tm-verify-long = Liest jeden Einheitenblock, jede Dublettentabelle und jeden Index-Bucket des Translation Memory. Exit-Code 1, wenn etwas beschädigt ist (dann `relais tm repair` ausführen), 0, wenn der Speicher intakt ist
help-tm-repair-long = Baut einen neuen Speicher aus den Einheiten, die der alte noch hergibt, den in `[tm] imports` aufgeführten Speichern und den geprüften Übersetzungen jeder Sprache, legt dann den alten beiseite (`<tm>.damaged-<Zeit>`) und setzt den neuen an seine Stelle. Der alte bleibt, bis Sie ihn löschen
help-glossary-lookup-long = Jede gefundene Benennung kommt mit ihrem Begriff und dessen Benennungen in der Zielsprache (ohne --target in allen anderen Sprachen), wie sie das Terminologiefenster eines CAT-Tools zeigt: bevorzugte zuerst, verbotene markiert, mit der im Glossar vermerkten Begründung
help-glossary-verify-long = Meldet verbotene und veraltete Benennungen in der Übersetzung, Quellbenennungen, deren bevorzugte oder zugelassene Übersetzung fehlt, und geänderte nicht zu übersetzende Namen. Schweregrade und Unterdrückungen kommen aus relais.toml. Exit-Code 1, wenn ein Befund ein Fehler ist
help-glossary-list-long = Eine Benennung je Zeile: Begriff, Sprache, Status, Benennung, Belegkennzeichen und Begründung; wahlweise nur einige Sprachen, Status oder Begriffe
help-glossary-import-long = Liest TBX v2 (martif) und v3 (tbx) in jedem Dialekt oder relais-TSV. Neue Begriffe, Benennungen und Quellen werden hinzugefügt; vorhandene Zeilen bleiben (nur ihre leeren Felder werden gefüllt, ein abweichender Status wird gemeldet, nicht übernommen). Jede Datei wird für sich zusammengeführt und atomar geschrieben; schlägt eine fehl, werden die anderen trotzdem importiert und der Befehl endet mit Exit-Code 2
help-glossary-export-long = TBX-Basic v3 im DCA-Stil behält „verboten“ und „nicht übersetzen“ als Notizpräfixe `[status=…]`; TSV schreibt eine Benennungsdatei mit ihren Begriffs- und Quellendateien daneben. Das Format folgt der Endung, außer mit --format; `-` schreibt auf die Standardausgabe (TSV: nur die Benennungsdatei). Dateien werden atomar geschrieben
help-xliff-export-long = Ein <file> je Dokument, eine Einheit je Wert und Attribut einer Meldung (eine je Pluralform bei Plural-Selektoren), vorhandene Übersetzungen mit ihrem Zustand, Fluent-Platzhalter und -Markup als geschützte Codes, TM-Treffer, Glossarbenennungen (verbotene markiert) und die Kommentare der Quelle als Notizen. Ohne -o geht das XLIFF auf die Standardausgabe
help-xliff-import-long = Prüft zuerst die ganze Datei: jede Einheiten-ID muss eine Meldung, ein Attribut oder eine Pluralform des Projekts bezeichnen, und jeder Platzhalter und Markup-Code der Quelle muss genau einmal zurückkommen (eine Pluralform darf die Zahl weglassen). Bei einem Einheitenfehler wird nichts geschrieben (Exit-Code 1); eine fehlerhafte Datei endet mit Exit-Code 2. Einheiten, deren Quelle sich seit dem Export geändert hat, werden nicht übernommen und als veraltet gemeldet (Exit-Code 1). Übersetzungen werden atomar geschrieben, unberührte Meldungen behalten ihren genauen Text, geprüfte kommen auch ins TM. Die geänderten Meldungen werden dann wie von `relais check` geprüft; ein Glossarfehler lässt seine Meldung zur Prüfung markiert (Exit-Code 1)
