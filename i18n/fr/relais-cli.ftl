### Messages de la ligne de commande relais (français).

error-prefix = erreur
warning-prefix = avertissement
error-io = { $path } : { $reason }
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
error-locked = la mémoire de traduction { $path } est verrouillée par un autre processus relais (attente de { $seconds } s) ; réessayez quand il aura terminé, ou augmentez --wait
error-no-project = aucun relais.toml dans { $dir } ni dans les dossiers parents ; lancez d’abord `relais init`
warnings-more = … et { $count } autres avertissements (tous avec --json)
tm-schema-rebuilt = la mémoire de traduction { $path } a été écrite par une autre version de relais (schéma { $version }) ; elle a été vidée et sera remplie à nouveau à partir des fichiers suivis du projet
tm-import-summary = { $file } : { $units } unités lues, { $added } ajoutées, { $merged } fusionnées, { $skipped } ignorées, { $warnings } avertissements ({ $seconds } s)
tm-import-failed = { $failed } fichiers sur { $total } n’ont pas pu être importés ; la mémoire contient les autres
tm-unindexed-hint = { $units } unités ne sont pas encore indexées ; lancez `relais tm index` pour pouvoir les chercher
tm-index-summary = { $units } unités indexées
tm-export-summary = { $units } unités écrites dans { $file }
tm-add-added = unité ajoutée
tm-add-merged = la mémoire contient déjà cette unité
tm-lookup-none = aucune correspondance d’au moins { $min }
tm-lookup-changes = différences : { $changes }
tm-lookup-number = nombre différent : { $query } → { $tm }
tm-concordance-none = aucune occurrence
tm-concordance-summary = { $count ->
    [one] une occurrence
   *[other] { $count } occurrences
}
tm-stats-header = { $path } : { $units } unités, { $size } Mio sur le disque
tm-stats-languages = Langues ({ $count }), variantes :
tm-stats-pairs = Paires de langues ({ $count }), unités :
tm-stats-more-pairs = … et { $count } autres paires

## relais check

check-label-error = erreur
check-label-warning = avertissement
# relais-ignore: untranslated « info » est aussi le mot français
check-label-info = info
check-progress = vérification
check-locale-unlisted = la locale { $locale } n’est pas parmi les locales de relais.toml ; elle est vérifiée quand même
check-summary = { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }, { $locales ->
        [one] { $locales } locale
       *[other] { $locales } locales
    } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $infos ->
        [one] { $infos } info
       *[other] { $infos } infos
    }, { $suppressed ->
        [one] { $suppressed } masqué
       *[other] { $suppressed } masqués
    }
check-syntax-bom = le fichier commence par une marque d’ordre des octets (U+FEFF) : les autres analyseurs Fluent lisent sa première entrée comme du texte invalide
check-syntax-cr = { $count ->
        [one] un retour chariot (U+000D) sans saut de ligne : Fluent ne le lit pas comme une fin de ligne
       *[other] { $count } retours chariot (U+000D) sans saut de ligne, le premier ici : Fluent ne les lit pas comme des fins de ligne
    }
check-syntax-tab = { $message } (les lignes de continuation s’indentent avec des espaces, pas des tabulations)
check-duplicate-message = { $id } est défini plusieurs fois (d’abord ligne { $line })
check-duplicate-attribute = l’attribut .{ $attribute } de { $id } est défini plusieurs fois
check-duplicate-variant = la variante [{ $key }] apparaît plusieurs fois dans { $id }
check-missing-file = fichier manquant : { $entries ->
        [one] { $entries } message ou terme de { $source } n’est pas traduit
       *[other] { $entries } messages et termes de { $source } ne sont pas traduits
    }
check-obsolete-file = pas de fichier source ({ $source }) : ce fichier n’est jamais utilisé
check-missing-message = { $id } n’est pas traduit (source : { $source })
check-obsolete-message = { $id } n’est pas dans la source : il n’est jamais utilisé
check-missing-attribute = il manque à { $id } l’attribut .{ $attribute } de la source
check-obsolete-attribute = { $id } a un attribut .{ $attribute } que la source n’a pas
check-missing-value = { $id } n’a pas de valeur ; la source en a une
check-obsolete-value = { $id } a une valeur ; la source n’en a pas
check-variable-missing = { $id } n’utilise pas { $variable }, que la source utilise
check-variable-unknown = { $id } utilise { $variable }, que la source n’a pas
check-reference-missing = { $id } ne fait pas référence à { $reference }, contrairement à la source
check-reference-obsolete = { $id } fait référence à { $reference }, contrairement à la source
check-plural-missing = dans { $id }, la sélection sur { $selector } n’a pas les catégories de pluriel { $categories } de { $locale }
check-plural-unknown = [{ $key }] dans { $id } n’est pas une catégorie de pluriel de { $locale } ({ $categories })
check-empty = la traduction de { $id } est vide
check-untranslated = { $id } est identique à la source
check-number-missing = le nombre { $number } de la source manque ou a changé dans { $id }
check-typography-plain-space = espace ordinaire avant « { $mark } » : mettre une espace insécable (U+00A0 ou U+202F)
check-typography-no-space = pas d’espace avant « { $mark } » : ajouter une espace insécable (U+00A0 ou U+202F)
check-typography-guillemet = « { $mark } » demande une espace insécable (U+00A0 ou U+202F) du côté intérieur
check-typography-straight-quote = guillemet droit (U+0022) : { $locale } utilise { $quotes }
check-typography-foreign-quote = { $mark } n’est pas un guillemet de { $locale }, qui utilise { $quotes }
check-typography-apostrophe = apostrophe droite (U+0027) : utiliser ’ (U+2019)
check-suppression-without-reason = l’exception pour { $check } ne donne pas de raison : elle n’est pas appliquée
check-unused-suppression = l’exception pour { $check } ne correspond à aucun constat
check-unknown-suppression = l’exception nomme { $check }, qui n’est pas une vérification
check-rule-syntax-error = Erreurs de syntaxe Fluent, marques d’ordre des octets et retours chariot isolés
check-rule-duplicate-id = Un message, terme, attribut ou clé de variante défini plusieurs fois
check-rule-missing-file = Un fichier source n’a pas de traduction
check-rule-obsolete-file = Un fichier traduit n’a pas de source
check-rule-missing-message = Un message ou terme de la source n’est pas traduit
check-rule-obsolete-message = Un message ou terme traduit n’est pas dans la source
check-rule-missing-attribute = Il manque un attribut de la source
check-rule-obsolete-attribute = Un attribut n’est pas dans la source
check-rule-missing-value = La source a une valeur, la traduction n’en a pas
check-rule-obsolete-value = La traduction a une valeur, la source n’en a pas
check-rule-variable-mismatch = Les variables diffèrent entre la source et la traduction
check-rule-term-mismatch = Les références à des termes ou messages diffèrent entre la source et la traduction
check-rule-plural-categories = Une sélection de pluriel n’a pas toutes les catégories de la langue, ou en a d’inconnues
check-rule-empty-translation = La traduction est vide
check-rule-untranslated = La traduction est identique à la source
check-rule-number-mismatch = Un nombre ou un pourcentage de la source manque ou a changé
check-rule-typography = Typographie de la langue : espaces, guillemets, apostrophes
check-rule-glossary-forbidden = Un terme interdit est employé
check-rule-glossary-deprecated = Un terme déconseillé est employé
check-rule-glossary-missing-term = La traduction attendue d’un terme de la source manque
check-rule-glossary-dnt-changed = Un terme à ne pas traduire a été modifié
check-rule-suppression-without-reason = Une exception ne donne pas de raison
check-rule-unused-suppression = Une exception ne correspond à aucun constat
