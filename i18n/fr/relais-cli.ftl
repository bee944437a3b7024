### Messages de la ligne de commande relais (français).

error-prefix = erreur :
warning-prefix = avertissement :
error-io = { $path } : { $reason }
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
error-locked = la mémoire de traduction { $path } est verrouillée par un autre processus relais (attente de { $seconds } s) ; réessayez quand il aura terminé, ou augmentez --wait
error-project-locked = le projet est en cours de modification par un autre processus relais (pid { $holder } ; attente de { $seconds } s) ; réessayez quand il aura terminé, ou augmentez --wait
error-no-project = aucun relais.toml dans { $dir } ni dans les dossiers parents ; lancez d’abord `relais init`
warnings-more = … et { $count } autres avertissements (tous avec --json)
tm-schema-rebuilt = la mémoire de traduction { $path } a été écrite par une autre version de relais (schéma { $version }) ; elle a été vidée et sera remplie à nouveau à partir des fichiers suivis du projet
tm-import-summary = { $file } : { $units } unités lues, { $added } ajoutées, { $merged } fusionnées, { $skipped } ignorées, { $warnings } avertissements ({ $seconds } s)
tm-import-recorded = noté dans [tm] imports de relais.toml : une mémoire reconstruite retrouvera ces unités
tm-import-outside = { $file } est hors du projet : une mémoire reconstruite à partir des fichiers du projet n’aura pas ses unités ; pour les garder, copiez le fichier dans le projet (par exemple memories/) et importez-le depuis là
tm-import-failed = { $failed } fichiers sur { $total } n’ont pas pu être importés ; la mémoire contient les autres
tm-unindexed-hint = { $units } unités ne sont pas encore indexées ; lancez `relais tm index` pour pouvoir les chercher
tm-index-summary = { $units } unités indexées
tm-verify-ok = mémoire intacte : { $units } unités et { $buckets } seaux d’index relus
tm-verify-damaged = mémoire endommagée : { $problems ->
    [one] un problème
   *[other] { $problems } problèmes
  } dans { $path } ; lancez `relais tm repair` pour la reconstruire à partir des fichiers suivis du projet
tm-repair-unreadable = la mémoire endommagée est illisible ({ $reason }) ; elle est reconstruite à partir des seuls fichiers du projet
tm-repair-summary = mémoire reconstruite : { $units } unités ({ $salvaged } récupérées, { $lost } perdues, { $imports } de [tm] imports, { $locales } des langues) ; l’ancienne base est conservée dans { $kept }
help-tm-verify = Vérifier que chaque unité et chaque entrée d’index de la mémoire se relit
help-tm-repair = Reconstruire la mémoire : garder ce qui se lit, compléter à partir des fichiers du projet
tm-export-summary = { $units } unités écrites dans { $file }
tm-add-added = unité ajoutée
tm-add-merged = la mémoire contient déjà cette unité
tm-lookup-none = aucune correspondance d’au moins { $min }
tm-lookup-changes = différences : { $changes }
tm-lookup-number = nombre différent : { $query } → { $tm }
tm-lookup-langs-needed = une recherche demande --source et --target (ou « source » et « target » dans chaque ligne JSON de --stdin)
tm-concordance-none = aucune occurrence
tm-concordance-summary = { $count ->
    [one] une occurrence
   *[other] { $count } occurrences
}
tm-stats-header = { $path } : { $units } unités, { $size } Mio sur le disque
tm-stats-languages = Langues ({ $count }), variantes :
tm-stats-pairs = Paires de langues ({ $count }), unités :
tm-stats-more-pairs = … et { $count } autres paires
locale-not-in-project = la langue { $locale } ne fait pas partie des langues du projet (`locales` de relais.toml)
document-not-in-project = le document { $document } ne fait pas partie des documents du projet (`[[documents]]` de relais.toml)
init-exists = { $path } existe déjà (--force pour le remplacer)
init-written = { $path } écrit
extract-needs-document = nommez le document avec --document NOM (ou déclarez sa source dans relais.toml)
extract-unknown-format = format « { $format } » inconnu : utilisez md, txt, docx, odt ou html
extract-changed = modifié : { $id } (ses traductions sont à relire)
extract-added = nouveau : { $id }
extract-removed = supprimé : { $id }
extract-summary = { $file } : { $messages } messages, { $unchanged } inchangés, { $changed } modifiés, { $added } nouveaux, { $removed } supprimés
pretranslate-summary = { $locale } : { $file } : { $exact } exacts, { $fuzzy } approchants (à relire), { $changed } dont la source a changé (à relire), { $missing } sans correspondance, { $kept } conservés
sync-summary = Mémoire : { $added } messages et { $sentences } phrases ajoutés, { $merged } déjà présents ; { $review } en attente de relecture et { $outdated } périmés non enregistrés
review-not-marked = { $id } n’est pas marqué à relire en { $locale }
review-accepted = { $count } traductions validées en { $locale }
build-tm-import = Mémoire : { $file } importé ({ $added } unités)
build-tm-sync = Mémoire : { $added } unités ajoutées depuis les langues ({ $units } en tout)
build-fallback = { $locale }/{ $document } : { $count } messages affichés dans la langue source (absents ou en attente de relecture) : { $ids }
build-summary = { $published } langues construites dans { $out } ({ $locales }) ; { $blocked } non publiées
build-blocked = non publiées à cause d’erreurs : { $locales } (lancez `relais check`)
status-html-written = { $file } écrit
status-col-locale = langue
status-col-translated = traduits
status-col-review = à relire
status-col-outdated = périmés
status-col-missing = manquants
status-col-words = mots restants
status-col-errors = erreurs
status-col-warnings = avertissements
status-col-glossary = glossaire err./avert.
status-tm = Mémoire : { $units } unités dans { $pairs } paires de langues

## Textes d’aide des commandes (affichés par --help dans la langue de l’utilisateur).

help = relais : mémoire de traduction, terminologie et publication Fluent
help-init = Créer un relais.toml
help-extract = Transformer un document source en fichier Fluent de la langue source
help-pretranslate = Remplir les fichiers Fluent d’une langue à partir de la mémoire de traduction
help-sync = Enregistrer les traductions relues dans la mémoire de traduction
help-build = Publier chaque langue en HTML et en Markdown
help-review = Valider les traductions marquées à relire
help-review-accept = Valider les traductions marquées à relire
help-status = Avancement par langue, résultats des contrôles, taille de la mémoire
help-tm = Mémoire de traduction : importer, exporter, ajouter, rechercher, concordance, statistiques
help-tm-import = Importer des mémoires de traduction (TMX, TSV, XLIFF), chaque fichier en entier ou pas du tout
help-tm-export = Exporter la mémoire au format TMX 1.4b
help-tm-add = Ajouter une unité de traduction
help-tm-lookup = Chercher les correspondances exactes, quasi exactes et approchantes
help-tm-concordance = Chercher des mots ou une expression dans toute la mémoire
help-tm-stats = Afficher les unités, les variantes par langue et les paires de langues de la mémoire
help-tm-index = Construire l’index de recherche des unités importées avec --no-index
help-completions = Afficher un script de complétion pour le shell
help-man = Afficher la page de manuel, ou écrire celles de toutes les sous-commandes dans un dossier
glossary-none = aucun glossaire dans { $dir } : relais.toml ne nomme aucun fichier [glossary] et glossary/terms.tsv n’existe pas
glossary-finding-forbidden = « { $found } » est interdit en { $locale } (concept { $concept })
glossary-finding-deprecated = « { $found } » est déconseillé en { $locale } (concept { $concept })
glossary-finding-missing = la source dit « { $found } » (concept { $concept }), mais la traduction n’a aucun de ses termes en { $locale } : { $expected }
glossary-finding-dnt-missing = « { $term } » doit rester tel quel (à ne pas traduire, concept { $concept }), mais la traduction en { $locale } ne le contient pas
glossary-finding-dnt-altered = « { $found } » doit s’écrire « { $term } » (à ne pas traduire, concept { $concept })
# relais-ignore: untranslated « source » is the same word in French
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
## Échange XLIFF avec les outils de TAO des traducteurs (relais xliff export / import).

xliff-export-summary = { $file } : { $units } unités pour { $locale } ({ $translated } traduites, dont { $review } à relire, { $untranslated } non traduites, { $fluent } à modifier en Fluent), { $matches } correspondances de la mémoire, { $glossary } entrées du glossaire
xliff-export-json-stdout = --json demande -o FICHIER : sans lui, le document XLIFF lui-même part sur la sortie standard
xliff-note-attribute = Attribut « { $attribute } » du message « { $message } ».
xliff-note-plural = Forme plurielle « { $category } » en { $locale } pour { $selector } (nombres comme { $examples }) : traduisez toute la phrase à cette forme.
xliff-note-plural-decimals = Forme plurielle « { $category } » en { $locale } pour { $selector } (certains nombres décimaux) : traduisez toute la phrase à cette forme.
xliff-note-plural-exact = Forme pour { $selector } égal exactement à { $number } : traduisez toute la phrase à cette forme.
xliff-note-fluent-only = Ce texte utilise une expression de sélection Fluent que XLIFF ne peut pas porter ; il n’est montré que pour le contexte. Modifiez-le dans { $file }.
xliff-note-review = Rempli automatiquement : à relire.
xliff-note-review-match = Rempli d’après une correspondance de la mémoire de traduction (score { $score }, origine { $origin }) : à relire.
xliff-change-added = ajouté
xliff-change-updated = modifié
xliff-change-accepted = validé (marque de relecture retirée)
xliff-change-review = marqué à relire
xliff-import-summary = { $file } ({ $locale }) : { $changed } messages modifiés ({ $added } nouveaux), { $applied } unités appliquées, { $unchanged } inchangées, { $untranslated } non traduites, { $stale } périmées, { $skipped } ignorées
xliff-import-dry-run = essai : rien n’a été écrit
xliff-import-tm = Mémoire : { $added } unités ajoutées, { $merged } déjà présentes
xliff-import-failed = { $count ->
    [one] une erreur d’unité
   *[other] { $count } erreurs d’unités
} : rien n’a été écrit
xliff-error-no-units = le fichier XLIFF n’a aucune unité de traduction
xliff-error-no-target-language = le fichier XLIFF n’indique pas de langue cible
xliff-error-locale = la langue cible { $lang } du fichier XLIFF n’est pas une langue du projet (`locales` de relais.toml)
xliff-error-source-language = la langue source { $lang } du fichier XLIFF n’est pas la langue source du projet, { $source }
xliff-error-mixed-locales = le fichier XLIFF mélange plusieurs langues cibles ({ $langs }) ; importez une langue par fichier
xliff-error-missing-id = une unité sans identifiant ne peut pas être rattachée à un message
xliff-error-duplicate-id = l’identifiant d’unité { $id } apparaît plusieurs fois
xliff-error-unknown-id = identifiant d’unité inconnu { $id } : aucun document, message, attribut ou forme plurielle du projet ne porte ce nom
xliff-error-missing-code = { $id } : il manque à la traduction le code { $code } de la source
xliff-error-duplicate-code = { $id } : le code { $code } apparaît plusieurs fois dans la traduction
xliff-error-unknown-code = { $id } : la traduction contient un code absent de la source : { $code }
xliff-error-code-order = { $id } : la balise { $code } est fermée avant d’être ouverte
xliff-error-not-fluent = la traduction de { $id } ne peut pas s’écrire en Fluent de façon à se relire à l’identique
xliff-stale = la source de { $id } a changé depuis l’export ; sa traduction n’a pas été appliquée (exportez de nouveau le fichier)
xliff-skip-draft = { $id } : l’état { $state } n’est pas celui d’une traduction terminée ; non appliquée
xliff-skip-fluent-only = { $id } : ce texte se modifie dans { $file }, pas en XLIFF ; la modification n’a pas été appliquée
xliff-skip-incomplete-plural = { $id } : toutes les formes plurielles de { $message } ne sont pas traduites ; non appliquée
help-xliff = Échange XLIFF avec les outils de TAO des traducteurs : exporter, importer
help-xliff-export = Exporter les messages d’une langue en XLIFF pour l’outil de TAO d’un traducteur
help-xliff-import = Importer un fichier XLIFF traduit dans les fichiers Fluent de la langue
build-office-stale = { $source } a changé depuis son extraction dans le document « { $document } » : relancez relais extract
