### relais: document=communique

rapport-alarmant-sur = Rapporto allarmante sull’IA generativa e l’abuso e sfruttamento sessuale dei minori

p-29-octobre-2024 = <em>29 ottobre 2024</em>

dans-un-contexte = In un contesto in cui i progressi tecnologici trasformano la nostra vita quotidiana, la Fondation pour l’Enfance, fondazione francese per la tutela dell’infanzia, pubblica oggi un rapporto preoccupante sull’uso crescente dell’intelligenza artificiale (IA) generativa da parte degli autori di abusi sessuali su minori. Il documento mette in luce i pericoli insidiosi di questa tecnologia, ormai utilizzata come un’arma temibile contro i bambini.

selon-les-donnees = Secondo i dati dell’Office mineurs (OFMIN), l’ufficio centrale della polizia giudiziaria francese competente per i reati contro i minori, che fa capo alla DNPJ (Direzione nazionale della polizia giudiziaria francese), il 40% dei casi che coinvolgono materiale di abuso sessuale su minori ha portato ad abusi sessuali commessi su minorenni. L’IA generativa, in grado di creare contenuti sempre più estremi e violenti, fa temere un possibile aumento dei comportamenti di dipendenza tra i fruitori di tali contenuti, accrescendo così il rischio di passare ad abusi sessuali con contatto fisico.

le-rapport-identifie = Il rapporto individua tre sfide principali per proteggere i minori dagli abusi sessuali online facilitati dall’IA:

identifier-et-proteger = Identificare e proteggere i minori vittime,

engager-une-reponse = Avviare una risposta giuridica e politica solida e coordinata,

lutter-contre-intensification = Contrastare l’intensificarsi e la banalizzazione delle violenze sessuali.

la-fondation-pour = La Fondation pour l’Enfance chiede una mobilitazione collettiva di fronte a questa minaccia emergente e formula 14 raccomandazioni volte a individuare e sanzionare il materiale di abuso sessuale su minori generato dall’IA, nonché a prevenire lo sfruttamento sessuale dei minori online.

pour-en-savoir = Per saperne di più su queste raccomandazioni e partecipare a questa lotta fondamentale, vi invitiamo a leggere il nostro rapporto o la sua sintesi. Unitevi a noi nel nostro impegno per la tutela dei minori!

lire-la-synthese = <a data-l10n-name="1">Leggi la sintesi del rapporto</a> • <a data-l10n-name="2">Leggi il rapporto completo</a>

la-lutte-contre = «La lotta contro l’abuso sessuale sui minori online, in particolare quello facilitato dall’IA, è una sfida per l’intera società, e tutti abbiamo una responsabilità.»

joelle-sicamois-directrice = — Joëlle Sicamois, direttrice della Fondation pour l’Enfance

la-difficulte-est = «La difficoltà è che l’IA generativa è in continua evoluzione. Quasi ogni giorno porta con sé nuovi sviluppi nelle capacità dei modelli di IA e nelle pratiche degli utenti, e quindi nuove problematiche e nuove sfide.»

angele-lefranc-chargee = — Angèle Lefranc, referente advocacy della Fondation pour l’Enfance
