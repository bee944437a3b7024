### relais: document=communique

rapport-alarmant-sur = Zaskrbljujoče poročilo o generativni UI in spolnih zlorabah otrok

p-29-octobre-2024 = <em>29. oktober 2024</em>

dans-un-contexte = V času, ko tehnološki napredek spreminja naš vsakdan, Fondation pour l’Enfance, francoska fundacija za zaščito otrok, danes objavlja zaskrbljujoče poročilo o vse pogostejši uporabi generativne umetne inteligence (UI) med storilci spolnih zlorab otrok. Dokument osvetljuje zahrbtne nevarnosti te tehnologije, ki se zdaj uporablja kot strašno orožje proti otrokom.

selon-les-donnees = Po podatkih urada Office mineurs (OFMIN), osrednje enote francoske kriminalistične policije za kazniva dejanja zoper mladoletne, ki deluje v okviru DNPJ (nacionalne direkcije francoske kriminalistične policije), je 40 % primerov, povezanih s posnetki spolnih zlorab otrok, privedlo do spolnega nasilja nad mladoletnimi osebami. Generativna UI, ki lahko ustvarja vse bolj skrajne in nasilne vsebine, vzbuja skrb, da bi se pri uporabnikih takih vsebin lahko okrepilo zasvojenostno vedenje, s tem pa tudi tveganje za spolno zlorabo s telesnim stikom.

le-rapport-identifie = Poročilo opredeljuje tri ključne izzive za zaščito mladoletnih pred spolnimi zlorabami otrok na spletu, pri katerih se uporablja UI:

identifier-et-proteger = prepoznati in zaščititi otroke žrtve,

engager-une-reponse = zagotoviti trden in usklajen pravni in politični odziv,

lutter-contre-intensification = boriti se proti stopnjevanju in normalizaciji spolnega nasilja.

la-fondation-pour = Fondation pour l’Enfance poziva k skupnemu ukrepanju proti tej nastajajoči grožnji in oblikuje 14 priporočil za odkrivanje in sankcioniranje posnetkov spolnih zlorab otrok, ustvarjenih z UI, ter za preprečevanje spolnega izkoriščanja otrok na spletu.

pour-en-savoir = Če želite izvedeti več o teh priporočilih in sodelovati v tem pomembnem boju, vas vabimo, da preberete naše poročilo ali njegov povzetek. Pridružite se nam pri zaščiti otrok!

lire-la-synthese = <a data-l10n-name="1">Preberite povzetek poročila</a> • <a data-l10n-name="2">Preberite celotno poročilo</a>

la-lutte-contre = „Boj proti spolnim zlorabam otrok na spletu, zlasti tistim, pri katerih se uporablja UI, je izziv za celotno družbo in odgovornost nosimo vsi.“

joelle-sicamois-directrice = – Joëlle Sicamois, direktorica Fondation pour l’Enfance

la-difficulte-est = „Težava je v tem, da se generativna UI nenehno spreminja. Skoraj vsak dan prinaša nov razvoj zmogljivosti modelov UI in praks uporabnikov, s tem pa tudi nove težave in nove izzive.“

angele-lefranc-chargee = – Angèle Lefranc, strokovna sodelavka za zagovorništvo pri Fondation pour l’Enfance
