### Messages de la ligne de commande relais (français).

error-prefix = erreur :
warning-prefix = avertissement :
error-io = { $path } : { $reason }
io-not-found = fichier ou dossier introuvable
io-permission-denied = permission refusée
error-locked = la mémoire de traduction { $path } est verrouillée par un autre processus relais (attente de { $seconds } s) ; réessayez quand il aura terminé, ou augmentez --wait
error-project-locked = le projet est en cours de modification par un autre processus relais (pid { $holder } ; attente de { $seconds } s) ; réessayez quand il aura terminé, ou augmentez --wait
error-no-project = aucun relais.toml dans { $dir } ni dans les dossiers parents ; lancez d’abord `relais init`
error-tracked-changes = { $location } : modifications suivies ({ $element }) : relais traduit un document sans révisions ; acceptez ou refusez les modifications dans le traitement de texte, ou relancez avec --accept-changes pour les accepter toutes
warnings-more = … et { $count ->
        [one] { $count } autre avertissement
       *[other] { $count } autres avertissements
    } (tous avec --json)
tm-schema-rebuilt = la mémoire de traduction { $path } a été écrite par une autre version de relais (schéma { $version }) ; elle a été vidée et sera remplie à nouveau à partir des fichiers suivis du projet
tm-import-summary = { $file } : { $units ->
        [one] { $units } unité lue
       *[other] { $units } unités lues
    }, { $added ->
        [one] { $added } ajoutée
       *[other] { $added } ajoutées
    }, { $merged ->
        [one] { $merged } fusionnée
       *[other] { $merged } fusionnées
    }, { $skipped ->
        [one] { $skipped } ignorée
       *[other] { $skipped } ignorées
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } ({ $seconds } s)
tm-import-recorded = noté dans [tm] imports de relais.toml : une mémoire reconstruite retrouvera ces unités
tm-import-outside = { $file } est hors du projet : une mémoire reconstruite à partir des fichiers du projet n’aura pas ses unités ; pour les garder, copiez le fichier dans le projet (par exemple memories/) et importez-le depuis là
tm-import-failed = { $failed ->
        [one] { $failed } fichier sur { $total } n’a pas pu être importé ; la mémoire contient les autres
       *[other] { $failed } fichiers sur { $total } n’ont pas pu être importés ; la mémoire contient les autres
    }
tm-unindexed-hint = { $units ->
        [one] { $units } unité n’est pas encore indexée ; lancez `relais tm index` pour pouvoir la chercher
       *[other] { $units } unités ne sont pas encore indexées ; lancez `relais tm index` pour pouvoir les chercher
    }
tm-index-summary = { $units ->
        [one] { $units } unité indexée
       *[other] { $units } unités indexées
    }
tm-verify-ok = mémoire intacte : { $units ->
        [one] { $units } unité
       *[other] { $units } unités
    } et { $buckets ->
        [one] { $buckets } seau d’index relu
       *[other] { $buckets } seaux d’index relus
    }
tm-verify-damaged = mémoire endommagée : { $problems ->
    [one] un problème
   *[other] { $problems } problèmes
  } dans { $path } ; lancez `relais tm repair` pour la reconstruire à partir des fichiers suivis du projet
tm-repair-unreadable = la mémoire endommagée est illisible ({ $reason }) ; elle est reconstruite à partir des seuls fichiers du projet
tm-repair-summary = mémoire reconstruite : { $units ->
        [one] { $units } unité
       *[other] { $units } unités
    } ({ $salvaged ->
        [one] { $salvaged } récupérée
       *[other] { $salvaged } récupérées
    }, { $lost ->
        [one] { $lost } perdue
       *[other] { $lost } perdues
    }, { $imports } de [tm] imports, { $locales } des langues) ; l’ancienne base est conservée dans { $kept }
help-tm-verify = Vérifier que chaque unité et chaque entrée d’index de la mémoire se relit
help-tm-repair = Reconstruire la mémoire : garder ce qui se lit, compléter à partir des fichiers du projet
tm-export-summary = { $units ->
        [one] { $units } unité écrite dans { $file }
       *[other] { $units } unités écrites dans { $file }
    }
tm-add-added = unité ajoutée
tm-add-merged = la mémoire contient déjà cette unité
tm-lookup-none = aucune correspondance d’au moins { $min }
tm-lookup-aligned = paire alignée, score { $score }
align-into-tm = { $added ->
    [one] une paire alignée ajoutée
   *[other] { $added } paires alignées ajoutées
} à la mémoire ({ $merged } déjà présentes), conservées dans { $file }
align-summary = { $source ->
    [one] une phrase source
   *[other] { $source } phrases source
}, { $target ->
    [one] une phrase cible
   *[other] { $target } phrases cibles
} : { $pairs ->
    [one] une paire
   *[other] { $pairs } paires
}, dont { $confident } d’au moins { $min }
align-tm-lexicon = la mémoire a appris à l’aligneur { $pairs ->
    [one] une paire de mots
   *[other] { $pairs } paires de mots
} tirées { $units ->
    [one] d’une unité
   *[other] de { $units } unités
} de la paire de langues
align-review-written = { $rows ->
    [0] rien à relire
    [one] une paire à relire
   *[other] { $rows } paires à relire
} dans { $file }
align-review-read = { $kept ->
    [one] une paire relue gardée
   *[other] { $kept } paires relues gardées
}, { $rejected ->
    [one] une rejetée
   *[other] { $rejected } rejetées
}, { $empty ->
    [one] une écartée car un côté est vide
   *[other] { $empty } écartées car un côté est vide
}
align-tmx-written = { $units ->
    [one] une paire écrite
   *[other] { $units } paires écrites
} dans { $file }
tm-lookup-changes = différences : { $changes }
tm-lookup-number = nombre différent : { $query } → { $tm }
tm-lookup-langs-needed = une recherche demande --source et --target (ou « source » et « target » dans chaque ligne JSON de --stdin)
tm-concordance-none = aucune occurrence
tm-concordance-summary = { $count ->
    [one] une occurrence
   *[other] { $count } occurrences
}
tm-stats-header = { $path } : { $units ->
        [one] { $units } unité
       *[other] { $units } unités
    }, { $size } Mio sur le disque
tm-stats-languages = Langues ({ $count }), variantes :
tm-stats-pairs = Paires de langues ({ $count }), unités :
tm-stats-more-pairs = … et { $count ->
        [one] { $count } autre paire
       *[other] { $count } autres paires
    }
locale-not-in-project = la langue { $locale } ne fait pas partie des langues du projet (`locales` de relais.toml)
document-not-in-project = le document { $document } ne fait pas partie des documents du projet (`[[documents]]` de relais.toml)
init-exists = { $path } existe déjà (--force pour le remplacer)
init-written = { $path } écrit
init-document-syntax = --document attend NOM=CHEMIN, pas « { $value } »
init-missing-document = la source du document { $name } n’existe pas : { $path }
init-next-steps = étapes suivantes :
init-step-extract = relais extract { $source }    les messages du document → { $file }
init-step-add-document = relais extract SOURCE.md --document NOM    un document à traduire → { $file }
init-step-tm = relais tm import MEMOIRE.tmx    une mémoire de traduction existante, si vous en avez une
init-step-pretranslate = relais pretranslate    remplir chaque langue à partir de la mémoire
init-step-check = relais check    ce qui manque ou ne va pas
init-step-build = relais build    les pages, dans dist/
init-comment-header = Projet relais. Chaque clé est décrite dans docs/guide.md (section relais.toml).
init-comment-source-locale = La langue dans laquelle les documents sont rédigés.
init-comment-locales = Les langues dans lesquelles ils sont traduits.
init-comment-layout = L’emplacement du fichier Fluent de chaque document dans chaque langue.
init-comment-documents = Une table [[documents]] par document : son nom et sa source Markdown ou texte, que lit relais extract.
init-comment-tm = Mémoire de traduction : son dossier (par défaut .relais/tm) et les fichiers que relais build importe dans une mémoire vide (relais tm import les ajoute).
init-comment-glossary = Fichiers de terminologie (TSV) auxquels check, pretranslate et build confrontent les traductions.
init-comment-pretranslate = Le score de correspondance approchante le plus bas (0–100) que relais pretranslate insère, marqué à relire.
init-comment-build = Publication (relais build) : le pourcentage de chaque document qui doit être traduit et relu pour qu’une langue soit publiée ; l’organisation, le titre et la date de la page d’index.
extract-needs-document = nommez le document avec --document NOM (ou déclarez sa source dans relais.toml)
extract-unknown-format = format « { $format } » inconnu : utilisez md, txt, docx, odt ou html
extract-changed = modifié : { $id } (ses traductions sont à relire)
extract-added = nouveau : { $id }
extract-removed = supprimé : { $id }
pretranslate-untranslated = Pas encore traduit : traduisez le message ci-dessous et retirez le # au début de ses lignes.
document-not-extracted = { $file } n’existe pas : lancez d’abord `relais extract { $source } --document { $document }`
extract-summary = { $file } : { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    }, { $unchanged ->
        [one] { $unchanged } inchangé
       *[other] { $unchanged } inchangés
    }, { $changed ->
        [one] { $changed } modifié
       *[other] { $changed } modifiés
    }, { $added ->
        [one] { $added } nouveau
       *[other] { $added } nouveaux
    }, { $removed ->
        [one] { $removed } supprimé
       *[other] { $removed } supprimés
    }
pretranslate-summary = { $locale } : { $file } : { $exact ->
        [one] { $exact } exact
       *[other] { $exact } exacts
    }, { $fuzzy ->
        [one] { $fuzzy } approchant
       *[other] { $fuzzy } approchants
    } (à relire), { $changed } dont la source a changé (à relire), { $missing } sans correspondance, { $kept ->
        [one] { $kept } conservé
       *[other] { $kept } conservés
    }
sync-summary = Mémoire : { $added ->
        [one] { $added } message
       *[other] { $added } messages
    } et { $sentences ->
        [one] { $sentences } phrase
       *[other] { $sentences } phrases
    } ajoutés, { $merged ->
        [one] { $merged } déjà présent
       *[other] { $merged } déjà présents
    } ; { $review } en attente de relecture et { $outdated ->
        [one] { $outdated } périmé
       *[other] { $outdated } périmés
    } non enregistrés
review-not-marked = { $id } n’est pas marqué à relire en { $locale }
review-accepted = { $count ->
        [one] { $count } traduction validée en { $locale }
       *[other] { $count } traductions validées en { $locale }
    }
review-force-needs-reason = --force demande une raison : --reason TEXTE (pourquoi l’erreur de glossaire est acceptable)
review-suppressed = { $id } : { $check } pour « { $term } » accepté et neutralisé avec la raison donnée
review-refused = { $count ->
    [one] { $count } erreur de glossaire a empêché de valider son message (corrigez la traduction, ou validez-la avec --force --reason TEXTE)
   *[other] { $count } erreurs de glossaire ont empêché de valider leurs messages (corrigez les traductions, ou validez-les avec --force --reason TEXTE)
}
build-tm-import = Mémoire : { $file } importé ({ $added ->
        [one] { $added } unité
       *[other] { $added } unités
    })
build-tm-sync = Mémoire : { $added ->
        [one] { $added } unité ajoutée
       *[other] { $added } unités ajoutées
    } depuis les langues ({ $units } en tout)
build-fallback = { $locale }/{ $document } : { $count ->
        [one] { $count } message affiché dans la langue source (absent ou en attente de relecture) : { $ids }
       *[other] { $count } messages affichés dans la langue source (absents ou en attente de relecture) : { $ids }
    }
build-summary = { $published ->
        [one] { $published } langue construite
       *[other] { $published } langues construites
    } dans { $out } ({ $locales }) ; { $blocked ->
        [one] { $blocked } non publiée
       *[other] { $blocked } non publiées
    }
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
status-tm = Mémoire : { $units ->
        [one] { $units } unité
       *[other] { $units } unités
    } dans { $pairs ->
        [one] { $pairs } paire de langues
       *[other] { $pairs } paires de langues
    }

## Textes d’aide des commandes (affichés par --help dans la langue de l’utilisateur).

help = relais : mémoire de traduction, terminologie et publication Fluent
help-init = Créer un relais.toml
help-extract = Transformer un document source en fichier Fluent de la langue source
help-pretranslate = Remplir les fichiers Fluent d’une langue à partir de la mémoire de traduction
help-sync = Enregistrer les traductions relues dans la mémoire de traduction
help-build = Publier chaque langue en HTML et en Markdown
help-review = Valider les traductions marquées à relire
help-review-accept = Valider les traductions marquées à relire
help-check = Contrôler les traductions Fluent par rapport à leur source
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
help-align = Aligner un document et sa traduction
help-man = Afficher la page de manuel, ou écrire celles de toutes les sous-commandes dans un dossier
glossary-none = aucun glossaire dans { $dir } : relais.toml ne nomme aucun fichier [glossary] et glossary/terms.tsv n’existe pas
glossary-finding-forbidden = « { $found } » est interdit en { $language } (concept { $concept })
glossary-finding-deprecated = « { $found } » est déconseillé en { $language } (concept { $concept })
glossary-finding-missing = la source dit « { $found } » (concept { $concept }), mais la traduction n’a aucun de ses termes en { $language } : { $expected }
glossary-finding-dnt-missing = « { $term } » doit rester tel quel (à ne pas traduire, concept { $concept }), mais la traduction en { $language } ne le contient pas
glossary-finding-dnt-altered = « { $found } » doit s’écrire « { $term } » (à ne pas traduire, concept { $concept })
# relais-ignore: untranslated « source » is the same word in French
glossary-side-source = source
glossary-side-target = traduction
glossary-reason = raison
glossary-use = employer
glossary-verify-clean = aucun problème de glossaire
glossary-verify-summary = { $errors ->
    [one] { $errors } erreur
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
glossary-import-summary = { $file } : { $read ->
        [one] { $read } terme lu
       *[other] { $read } termes lus
    }, { $added ->
        [one] { $added } ajouté
       *[other] { $added } ajoutés
    }, { $merged ->
        [one] { $merged } fusionné
       *[other] { $merged } fusionnés
    }, { $skipped ->
        [one] { $skipped } ignoré
       *[other] { $skipped } ignorés
    } ; { $concepts ->
        [one] { $concepts } nouveau concept
       *[other] { $concepts } nouveaux concepts
    }, { $sources ->
        [one] { $sources } nouvelle source
       *[other] { $sources } nouvelles sources
    } → { $into }
glossary-import-dry-run = essai à blanc : rien n’a été écrit
glossary-import-conflict = statut en conflit : { $conflict }
glossary-import-dropped = { $file } : non conservé (relais n’a pas de place pour ces données) : { $list }
glossary-import-failed = { $failed ->
        [one] { $failed } fichier sur { $total } n’a pas pu être importé ; le glossaire contient les autres
       *[other] { $failed } fichiers sur { $total } n’ont pas pu être importés ; le glossaire contient les autres
    }
glossary-export-title = glossaire relais de la terminologie sensible
glossary-export-summary = { $concepts ->
        [one] { $concepts } concept
       *[other] { $concepts } concepts
    } et { $terms ->
        [one] { $terms } terme
       *[other] { $terms } termes
    } écrits dans { $file }
glossary-export-empty-concepts = { $count ->
        [one] { $count } concept sans terme a été laissé de côté (TBX exige un terme par concept)
       *[other] { $count } concepts sans terme ont été laissés de côté (TBX exige un terme par concept)
    }
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
        [one] { $locales } langue
       *[other] { $locales } langues
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
check-typography-decimal = le séparateur décimal de { $locale } est « { $mark } » (CLDR)
check-typography-percent = { $space ->
    [nbsp] { $locale } met une espace insécable (U+00A0 ou U+202F) avant % (CLDR)
   *[none] { $locale } ne met pas d’espace avant % (CLDR)
}
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

xliff-export-summary = { $file } : { $units ->
        [one] { $units } unité
       *[other] { $units } unités
    } pour { $locale } ({ $translated ->
        [one] { $translated } traduite
       *[other] { $translated } traduites
    }, dont { $review } à relire, { $untranslated ->
        [one] { $untranslated } non traduite
       *[other] { $untranslated } non traduites
    }, { $fluent } à modifier en Fluent), { $matches ->
        [one] { $matches } correspondance de la mémoire
       *[other] { $matches } correspondances de la mémoire
    }, { $glossary ->
        [one] { $glossary } entrée du glossaire
       *[other] { $glossary } entrées du glossaire
    }
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
xliff-import-summary = { $file } ({ $locale }) : { $changed ->
        [one] { $changed } message modifié
       *[other] { $changed } messages modifiés
    } ({ $added ->
        [one] { $added } nouveau
       *[other] { $added } nouveaux
    }), { $applied ->
        [one] { $applied } unité appliquée
       *[other] { $applied } unités appliquées
    }, { $unchanged ->
        [one] { $unchanged } inchangée
       *[other] { $unchanged } inchangées
    }, { $untranslated ->
        [one] { $untranslated } non traduite
       *[other] { $untranslated } non traduites
    }, { $stale ->
        [one] { $stale } périmée
       *[other] { $stale } périmées
    }, { $skipped ->
        [one] { $skipped } ignorée
       *[other] { $skipped } ignorées
    }
xliff-import-dry-run = essai : rien n’a été écrit
xliff-import-tm = Mémoire : { $added ->
        [one] { $added } unité ajoutée
       *[other] { $added } unités ajoutées
    }, { $merged ->
        [one] { $merged } déjà présente
       *[other] { $merged } déjà présentes
    }
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
build-office-stale = { $source } a changé depuis son extraction dans le document « { $document } » : relancez relais extract
term-flag = glossaire : « { $found } » { $status ->
    [forbidden] interdit
   *[other] déconseillé
} ({ $concept }) → employer { $preferred }
tm-stats-flagged = { $count ->
    [one] { $count } unité signalée : sa traduction contient un terme interdit ou déconseillé du glossaire
   *[other] { $count } unités signalées : leurs traductions contiennent des termes interdits ou déconseillés du glossaire
}
hold-errors = { $count ->
    [one] { $count } erreur (lancez `relais check`)
   *[other] { $count } erreurs (lancez `relais check`)
}
hold-incomplete = { $document } : { $translated ->
        [one] { $translated } message sur { $messages } traduit et relu
       *[other] { $translated } messages sur { $messages } traduits et relus
    } ({ $percent } %), { $required } % requis
status-not-publishable = { $locale } n’est pas publiée : { $why }
status-unreviewed = Langues non relues par une personne de langue maternelle (publiées avec un avertissement) : { $locales }
build-held = { $locale } non publiée : { $why }
config-source-locale-missing = absente : cette commande a besoin de la langue des documents (par exemple source_locale réglée sur fr)
language-name = { $code ->
    [bg] bulgare
    [ca] catalan
    [cs] tchèque
    [da] danois
    [de] allemand
    [el] grec
    [en] anglais
    [es] espagnol
    [et] estonien
    [fi] finnois
    [fr] français
    [ga] irlandais
    [hr] croate
    [hu] hongrois
    [it] italien
    [lt] lituanien
    [lv] letton
    [mt] maltais
    [nb] norvégien bokmål
    [nl] néerlandais
    [pl] polonais
    [pt] portugais
    [ro] roumain
    [sk] slovaque
    [sl] slovène
    [sv] suédois
    [uk] ukrainien
   *[other] { $code }
}

## Help texts and clap's messages
help-heading-usage = Utilisation :
help-heading-commands = Commandes 
help-heading-options = Options 
help-heading-arguments = Arguments 
help-flag-help = Afficher l’aide (résumé avec -h)
help-flag-version = Afficher la version
help-example = Exemple :
help-note-default = [par défaut : { $value }]
help-note-env = [variable d’environnement : { $name }]
help-note-values = [valeurs possibles : { $values }]
clap-unknown-argument = argument inattendu « { $arg } »
clap-invalid-subcommand = sous-commande inconnue « { $name } »
clap-invalid-value = valeur « { $value } » invalide pour « { $arg } »
clap-value-validation = valeur « { $value } » invalide pour « { $arg } » : { $reason }
clap-missing-required = arguments obligatoires absents : { $args }
clap-argument-conflict = « { $arg } » ne peut pas être utilisé avec « { $other } »
clap-wrong-values = nombre de valeurs incorrect pour « { $arg } »
clap-no-equals = « { $arg } » attend une valeur après « = »
clap-missing-subcommand = il faut une sous-commande
clap-valid-values = valeurs possibles : { $values }
clap-suggestion = vouliez-vous dire « { $suggestion } » ?
clap-more-help = Pour en savoir plus, essayez « --help ».
help--project = Dossier du projet (qui contient relais.toml) ; par défaut : le plus proche en remontant depuis le dossier courant
help--tm = Dossier de la mémoire de traduction ; par défaut : `[tm] path` de relais.toml, sinon .relais/tm dans le projet
help--wait = Secondes d’attente quand un autre processus relais tient le projet ou la mémoire
help--quiet = Ni ligne de résumé ni barre de progression
help--json = Sortie JSON lisible par une machine (raccourci de --format json là où une commande a des formats)
help-init--source_locale = La langue dans laquelle les documents sont écrits
help-init--locales = Langues cibles (répétable, ou séparées par des virgules)
help-init--documents = Un document : NOM=CHEMIN-SOURCE (répétable)
help-init--force = Remplacer un relais.toml existant
help-extract--source = Le document source (.md, .txt, .docx, .odt, .html)
help-extract--document = Nom du document (par défaut : celui de relais.toml dont c’est la source)
help-extract--format = Le format de la source (md, txt, docx, odt, html ; par défaut : selon l’extension)
help-extract--accept_changes = Accepter les modifications suivies d’un document DOCX ou ODT (garder les insertions, supprimer les suppressions) au lieu de le refuser
help-extract--dry_run = Dire ce qui changerait, sans rien écrire
help-pretranslate--locales = Langues cibles (répétable, ou séparées par des virgules ; par défaut : toutes)
help-pretranslate--document = Ce document seulement
help-pretranslate--min_score = Score approchant le plus bas accepté (par défaut : [pretranslate] threshold, 75)
help-pretranslate--dry_run = Dire ce qui serait rempli, sans rien écrire
help-build--out = Dossier de sortie
help-build--strict = Un message absent dans une langue, ou une langue inachevée, est une erreur
help-build--status_html = Où écrire la page d’avancement (par défaut : .relais/status.html, hors du dossier publié)
help-review-accept--ids = Identifiants de messages (par défaut : tous les messages marqués)
help-review-accept--locale = La langue
help-review-accept--document = Ce document seulement
help-review-accept--force = Valider aussi les messages qui ont des erreurs de glossaire, en neutralisant chacune avec la raison donnée par --reason
help-review-accept--reason = Pourquoi les erreurs de glossaire sont acceptables (par exemple « cite le titre de la loi ») ; notée dans le fichier de traduction
help-status--html = Écrire aussi une page HTML autonome à cet endroit
help-check--locales = Ces langues cibles seulement (répétable, ou séparées par des virgules)
help-check--format = Format de sortie (--json est le raccourci de --format json)
help-check--output = Fichier de sortie, écrit de façon atomique ; `-` désigne la sortie standard
help-check--deny = Faire aussi échouer l’exécution sur les résultats de ce niveau
help-check--min_severity = La gravité la plus basse listée (par défaut : `[check] min_severity` de relais.toml, sinon warning ; les résultats en dessous restent comptés)
help-check--source_locale = Langue source d’une arborescence Fluent donnée avec --files
help-check--files = Fichiers d’une arborescence Fluent, avec {locale} à la place de la langue (`{locale}/**/*.ftl`), relatifs au dossier courant ou à --project ; relais.toml n’est alors lu qu’avec --project
help-tm-import--files = Fichiers à importer : .tmx (TMX 1.1 à 1.4b, tout encodage, .gz), .tsv, .xlf/.xliff/.sdlxliff/.mqxliff (XLIFF 1.x et 2.0)
help-tm-import--format = Lire les fichiers dans ce format au lieu de le deviner d’après le nom
help-tm-import--columns = Colonnes TSV, séparées par des virgules : src_lang, tgt_lang, source, target (les autres sont ignorées), par exemple `src_lang,tgt_lang,source,target`
help-tm-import--header = Les fichiers TSV commencent par une ligne d’en-tête
help-tm-import--source = Langue source des fichiers TSV sans colonne src_lang, et des fichiers XLIFF qui n’en nomment pas
help-tm-import--target = Langue cible des fichiers TSV sans colonne tgt_lang, et des fichiers XLIFF qui n’en nomment pas (`target-language`, `trgLang`)
help-tm-import--no_index = Enregistrer les unités sans construire l’index de recherche (plus rapide ; lancez `relais tm index` avant de les chercher)
help-tm-export--out = Fichier de sortie (aussi -o/--output)
help-tm-export--output = Fichier de sortie, écrit de façon atomique ; `-` désigne la sortie standard
help-tm-export--source = Seulement les unités dans cette langue, qui devient le srclang de l’en-tête
help-tm-export--target = Seulement ces langues cibles (répétable, ou séparées par des virgules)
help-tm-add--source = Langue source
help-tm-add--target = Langue cible
help-tm-add--source_text = Texte source
help-tm-add--target_text = Texte cible
help-tm-add--context = Contexte dans le document (DOC:ID), pour les correspondances en contexte
help-tm-add--note = Une note pour les traducteurs
help-tm-add--user = Auteur de la traduction (creationid)
help-tm-lookup--text = Le texte à chercher (à omettre avec --stdin)
help-tm-lookup--stdin = Lire les requêtes sur l’entrée standard, une par ligne
help-tm-lookup--source = Langue du texte (avec --stdin, les lignes JSON peuvent la donner)
help-tm-lookup--target = Langue des traductions voulues (avec --stdin, les lignes JSON peuvent la donner)
help-tm-lookup--min_score = Score le plus bas affiché (0 à 101)
help-tm-lookup--limit = Nombre maximal de correspondances affichées
help-tm-lookup--exact = Correspondances exactes seulement (score 100 ou 101)
help-tm-lookup--context = Contexte du texte dans le document (DOC:ID) : une correspondance exacte de même contexte obtient 101
help-tm-lookup--prev = Segment source précédent : une correspondance exacte qui suivait le même segment obtient 101
help-tm-concordance--words = Mots ou expression à trouver
help-tm-concordance--lang = Seulement dans les variantes de cette langue
help-tm-concordance--side = Chercher dans les variantes source, cible ou les deux
help-tm-concordance--limit = Nombre maximal de résultats
help-completions--shell = Le shell
help-man--out = Écrire ici relais.1 et un relais-<commande>.1 par sous-commande
help-align-long = Les paragraphes sont alignés d’abord, puis les phrases de chaque paire de paragraphes alignés. SOURCE et TARGET sont des fichiers Markdown, texte brut ou Fluent (ou, avec --presplit, une phrase par ligne). Chaque appariement reçoit une note de 0 à 100 : la probabilité qu’il soit exactement juste. Les termes du glossaire pour la paire de langues et les paires de mots de la mémoire du projet aident l’alignement. Les paires notées sous --min-score et les phrases sans correspondant vont dans un fichier de relecture (--review) qu’un traducteur corrige et réimporte avec --import-review
help-align--source_file = Le document dans la langue source
help-align--target_file = Sa traduction
help-align--source = Langue de SOURCE
help-align--target = Langue de TARGET
help-align--presplit = Une phrase par ligne, telle quelle (ni paragraphes, ni segmentation)
help-align--tmx = Écrire dans ce fichier TMX les paires notées --min-score ou plus
help-align--min_score = Note minimale (0–100) d’une paire écrite avec --tmx
help-align--into_tm = Enregistrer dans la mémoire du projet les paires notées --min-score ou plus (gardées dans memories/aligned/, marquées comme alignées, avec leur note)
help-align--review = Écrire dans ce fichier de relecture les paires notées sous --min-score et les phrases sans correspondant (TSV ; avec --into-tm, par défaut memories/aligned/NOM.review.tsv)
help-align--import_review = Relire un fichier de relecture corrigé au lieu d’aligner : ses paires gardées vont dans la mémoire avec --into-tm, dans un fichier TMX avec --tmx, sinon sont listées
help-glossary-lookup--text = Le texte où chercher les termes
help-glossary-lookup--source = Langue du texte
help-glossary-lookup--target = Langue des termes voulus
help-glossary-verify--source_text = Le texte source
help-glossary-verify--target_text = Sa traduction
help-glossary-verify--source = Langue du texte source
help-glossary-verify--target = Langue de la traduction
help-glossary-list--lang = Seulement les termes de ces langues (répétable, ou séparées par des virgules)
help-glossary-list--status = Seulement les termes de ces statuts (répétable, ou séparés par des virgules) : preferred, admitted, deprecated, forbidden, do-not-translate
help-glossary-list--concept = Seulement ces concepts (répétable, ou séparés par des virgules)
help-glossary-import--files = Fichiers à importer : .tbx, ou un .tsv de termes relais (avec ses fichiers de concepts et de sources à côté)
help-glossary-import--into = Le fichier de termes dans lequel fusionner ; ses concepts.tsv et sources.tsv sont aussi mis à jour. Par défaut : le premier fichier TSV de `[glossary] files` dans relais.toml, sinon glossary/terms.tsv
help-glossary-import--dry_run = Dire ce qui changerait, sans rien écrire
help-glossary-export--out = Fichier de sortie (aussi -o/--output)
help-glossary-export--output = Fichier de sortie, écrit de façon atomique ; `-` désigne la sortie standard
help-glossary-export--format = Format de sortie (par défaut : d’après l’extension)
help-glossary-export--lang = Seulement les termes de ces langues (répétable, ou séparées par des virgules)
help-xliff-export--locale = La langue cible
help-xliff-export--documents = Seulement ces documents (répétable, ou séparés par des virgules ; par défaut : tous)
help-xliff-export--format = Version de XLIFF
help-xliff-export--output = Fichier de sortie, écrit de façon atomique ; `-` désigne la sortie standard
help-xliff-export--min_score = Score le plus bas des correspondances de la mémoire proposées (par défaut : [pretranslate] threshold, 75)
help-xliff-export--max_matches = Nombre maximal de correspondances de la mémoire par unité (0 : aucune)
help-xliff-import--file = Le fichier XLIFF (1.2 ou 2.0) exporté par `relais xliff export`
help-xliff-import--dry_run = Dire ce qui changerait, sans rien écrire
help-init-long = Créer un relais.toml dans le dossier du projet (le dossier courant, ou --project)
help-extract-long = Transformer un document source (Markdown, texte brut, DOCX, ODT ou HTML) en locales/<source>/<NOM>.ftl, un message par bloc. Relancé après une modification, il garde les identifiants des blocs inchangés et modifiés et signale les messages modifiés, dont les traductions sont à relire
help-pretranslate-long = Créer ou compléter locales/<LANGUE>/<document>.ftl à partir de la mémoire : correspondances exactes et en contexte remplies, correspondances approchantes remplies et marquées à relire, traductions existantes jamais écrasées (une traduction dont la source a changé est remplacée par la meilleure correspondance, ou gardée, et marquée)
help-sync-long = Enregistrer dans la mémoire chaque traduction relue de chaque langue, avec le document et l’identifiant du message (pour les correspondances en contexte), et phrase par phrase quand source et traduction s’alignent. Le relancer n’ajoute rien
help-build-long = Construire la publication : remplir la mémoire avec les traductions relues (et les mémoires suivies d’une mémoire vide), mettre en forme chaque langue avec Fluent et produire chaque document dans dist/<langue>/<document>.html et .md, avec dist/index.html. Une langue qui a des erreurs n’est pas publiée (code 1) ; une langue traduite en dessous de `[build] min_translated` (100 % par défaut) ne l’est pas non plus et dit où elle en est (code 0, 1 avec --strict)
help-review-accept-long = Un message qui a une erreur de glossaire (terme interdit ou déconseillé, terme requis absent, nom à ne pas traduire modifié) est refusé (code 1), avec le terme et la raison du glossaire ; `--force --reason TEXTE` le valide et note la raison dans un commentaire relais-ignore au-dessus du message
help-status-long = Afficher, par langue et par document, ce qui est traduit, en attente de relecture, périmé ou absent, les mots qui restent à traduire, les résultats des contrôles (glossaire compris) et la taille de la mémoire par paire de langues
help-check-long = Contrôler la syntaxe, les messages absents et obsolètes, les attributs et les valeurs, les références aux $variables et aux termes, les catégories de pluriel, les textes vides et non traduits, les nombres et la typographie. Lit relais.toml (documents, langues, gravités, neutralisations) et les catalogues de l’outil sous i18n/ ; avec --source-locale et --files, n’importe quelle arborescence Fluent. Code 1 s’il y a des erreurs (et des avertissements avec --deny warnings), 2 quand le contrôle lui-même échoue
help-tm-import-long = Chaque fichier est importé en entier ou pas du tout : un fichier en échec laisse la mémoire telle qu’elle était ; les autres sont importés quand même. Un fichier du projet est noté dans `[tm] imports` de relais.toml (avec ses options), pour qu’une mémoire reconstruite à partir des fichiers du projet retrouve ses unités. Des fichiers XLIFF (.xlf, .xliff, .sdlxliff, .mqxliff ; 1.0 à 1.2 et 2.0), seuls les segments traduits sont importés, une unité par segment ; les autres sont comptés comme ignorés
help-tm-add-long = Dans un projet, l’unité est aussi gardée dans memories/tm-add.tmx (listé dans `[tm] imports`), pour qu’une mémoire reconstruite à partir des fichiers du projet la retrouve
help-tm-lookup-long = Avec --stdin, lit une requête par ligne (texte brut, ou JSON avec les clés text, context, prev, source et target, où les langues facultatives remplacent --source/--target) et écrit une ligne JSON par requête, envoyée dès qu’elle est trouvée
help-tm-verify-long = Relit chaque bloc d’unités, table de doublons et seau d’index de la mémoire. Code 1 si quelque chose est endommagé (lancez alors `relais tm repair`), 0 si la base est intacte
help-tm-repair-long = Construit une nouvelle base avec les unités que l’ancienne peut encore rendre, les mémoires listées dans `[tm] imports` et les traductions relues de chaque langue, puis met l’ancienne de côté (`<tm>.damaged-<heure>`) et met la nouvelle à sa place. L’ancienne est gardée jusqu’à ce que vous la supprimiez
help-glossary-lookup-long = Chaque terme trouvé vient avec son concept et les termes du concept dans la langue cible (dans toutes les autres langues sans --target), comme les montre le volet terminologique d’un outil de TAO : le terme préféré d’abord, les termes interdits signalés, avec la raison notée dans le glossaire
help-glossary-verify-long = Signale les termes interdits et déconseillés de la traduction, les termes source dont la traduction préférée ou admise manque, et les noms à ne pas traduire modifiés. Gravités et neutralisations viennent de relais.toml. Code 1 quand un résultat est une erreur
help-glossary-list-long = Un terme par ligne : concept, langue, statut, terme, étiquettes de preuve et raison ; au besoin seulement certaines langues, certains statuts ou concepts
help-glossary-import-long = Lit le TBX v2 (martif) et v3 (tbx) de tout dialecte, ou le TSV de relais. Les nouveaux concepts, termes et sources sont ajoutés ; les lignes déjà présentes sont gardées (seuls leurs champs vides sont remplis, et un statut différent est signalé, pas appliqué). Chaque fichier est fusionné et écrit de façon atomique à part ; quand l’un échoue, les autres sont importés quand même et la commande sort avec le code 2
help-glossary-export-long = TBX-Basic v3, style DCA, garde les statuts « interdit » et « à ne pas traduire » en préfixes de note `[status=…]` ; le TSV écrit un fichier de termes avec ses fichiers de concepts et de sources à côté. Le format suit l’extension sauf avec --format ; `-` écrit sur la sortie standard (TSV : le fichier de termes seulement). Les fichiers sont écrits de façon atomique
help-xliff-export-long = Un <file> par document, une unité par valeur et attribut de message (une par forme de pluriel pour les sélecteurs de pluriel), les traductions existantes avec leur état, les paramètres et le balisage Fluent en codes protégés, les correspondances de la mémoire, les termes du glossaire (les interdits signalés) et les commentaires de la source en notes. Sans -o, le XLIFF va sur la sortie standard
help-xliff-import-long = Valide d’abord tout le fichier : chaque identifiant d’unité doit désigner un message, un attribut ou une forme de pluriel du projet, et chaque paramètre et code de balisage de la source doit revenir exactement une fois (une forme de pluriel peut omettre le nombre). Une erreur d’unité et rien n’est écrit (code 1) ; un fichier mal formé sort avec le code 2. Les unités dont la source a changé depuis l’export ne sont pas appliquées et sont signalées comme périmées (code 1). Les traductions sont écrites de façon atomique, les messages non touchés gardent leur texte exact, les messages relus vont aussi dans la mémoire. Les messages modifiés sont ensuite contrôlés comme le fait `relais check` ; une erreur de glossaire laisse son message marqué à relire (code 1)
