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
tm-lookup-langs-needed = une recherche demande --source et --target (ou « source » et « target » dans chaque ligne JSON de --stdin)
tm-concordance-none = aucune occurrence
tm-concordance-summary = { $count ->
    [one] une occurrence
   *[other] { $count } occurrences
}
tm-stats-header = { $path } : { $units } unités, { $size } Mio sur le disque
tm-stats-languages = Langues ({ $count }), variantes :
tm-stats-pairs = Paires de langues ({ $count }), unités :
tm-stats-more-pairs = … et { $count } autres paires
