### Messages de la ligne de commande relais (français).

error-prefix = erreur
warning-prefix = avertissement
error-io = { $path } : { $reason }
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
error-locked = la mémoire de traduction { $path } est verrouillée par un autre processus relais (attente de { $seconds } s) ; réessayez quand il aura terminé, ou augmentez --wait
error-no-project = aucun relais.toml dans { $dir } ni dans les dossiers parents ; lancez d’abord `relais init`
warnings-more = … et { $count } autres avertissements (tous avec --json)
tm-schema-rebuilt = la mémoire de traduction { $path } a été écrite par une autre version de relais (schéma { $version }) ; elle a été vidée et sera remplie à nouveau à partir des fichiers suivis du projet
tm-import-summary = { $file } : { $units } unités lues, { $added } ajoutées, { $merged } fusionnées, { $skipped } ignorées, { $warnings } avertissements ({ $seconds } s)
tm-import-failed = { $failed } fichiers sur { $total } n’ont pas pu être importés ; la mémoire contient les autres
tm-unindexed-hint = { $units } unités ne sont pas encore indexées ; lancez `relais tm index` pour pouvoir les chercher
tm-index-summary = { $units } unités indexées
tm-export-summary = { $units } unités écrites dans { $file }
tm-add-added = unité ajoutée
tm-add-merged = la mémoire contient déjà cette unité
tm-lookup-none = aucune correspondance d’au moins { $min }
tm-lookup-changes = différences : { $changes }
tm-lookup-number = nombre différent : { $query } → { $tm }
tm-concordance-none = aucune occurrence
tm-concordance-summary = { $count ->
    [one] une occurrence
   *[other] { $count } occurrences
}
tm-stats-header = { $path } : { $units } unités, { $size } Mio sur le disque
tm-stats-languages = Langues ({ $count }), variantes :
tm-stats-pairs = Paires de langues ({ $count }), unités :
tm-stats-more-pairs = … et { $count } autres paires
glossary-none = aucun glossaire dans { $dir } : relais.toml ne nomme aucun fichier [glossary] et glossary/terms.tsv n’existe pas
glossary-finding-forbidden = « { $found } » est interdit en { $locale } (concept { $concept })
glossary-finding-deprecated = « { $found } » est déconseillé en { $locale } (concept { $concept })
glossary-finding-missing = la source dit « { $found } » (concept { $concept }), mais la traduction n’a aucun de ses termes en { $locale } : { $expected }
glossary-finding-dnt-missing = « { $term } » doit rester tel quel (à ne pas traduire, concept { $concept }), mais la traduction en { $locale } ne le contient pas
glossary-finding-dnt-altered = « { $found } » doit s’écrire « { $term } » (à ne pas traduire, concept { $concept })
glossary-side-source = source
glossary-side-target = traduction
glossary-reason = raison
glossary-use = employer
glossary-verify-clean = aucun problème de glossaire
glossary-verify-summary = { $errors ->
    [one] une erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] un avertissement
   *[other] { $warnings } avertissements
}, { $infos ->
    [one] une remarque
   *[other] { $infos } remarques
}
glossary-verify-suppressed = { $count ->
    [one] un problème ignoré par relais.toml
   *[other] { $count } problèmes ignorés par relais.toml
}
glossary-lookup-none = aucun terme du glossaire dans le texte
glossary-lookup-no-target = aucun terme en { $lang } pour ce concept
glossary-list-summary = { $count ->
    [one] un terme
   *[other] { $count } termes
} de { $concepts ->
    [one] un concept
   *[other] { $concepts } concepts
}
glossary-import-summary = { $file } : { $read } termes lus, { $added } ajoutés, { $merged } fusionnés, { $skipped } ignorés ; { $concepts } nouveaux concepts, { $sources } nouvelles sources → { $into }
glossary-import-dry-run = essai à blanc : rien n’a été écrit
glossary-import-conflict = statut en conflit : { $conflict }
glossary-import-dropped = { $file } : non conservé (relais n’a pas de place pour ces données) : { $list }
glossary-import-failed = { $failed } fichiers sur { $total } n’ont pas pu être importés ; le glossaire contient les autres
glossary-export-title = glossaire relais de la terminologie sensible
glossary-export-summary = { $concepts } concepts et { $terms } termes écrits dans { $file }
glossary-export-empty-concepts = { $count } concepts sans terme ont été laissés de côté (TBX exige un terme par concept)
help-glossary = Glossaire de la terminologie sensible : rechercher, vérifier, lister, importer, exporter
help-glossary-lookup = Afficher les termes du glossaire présents dans un texte, avec leurs traductions
help-glossary-verify = Vérifier une traduction à l’aide du glossaire
help-glossary-list = Lister les termes du glossaire
help-glossary-import = Fusionner des glossaires TBX ou TSV dans les fichiers du glossaire du projet
help-glossary-export = Exporter le glossaire en TBX-Basic ou en TSV
