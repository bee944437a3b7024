### relais: document=communique

rapport-alarmant-sur = Alarmantno izvješće o generativnoj umjetnoj inteligenciji i seksualnom zlostavljanju i seksualnom iskorištavanju djece

p-29-octobre-2024 = <em>29. listopada 2024.</em>

dans-un-contexte = U vremenu u kojem tehnološki napredak mijenja našu svakodnevicu, francuska zaklada za zaštitu djece Fondation pour l’Enfance danas objavljuje zabrinjavajuće izvješće o sve većoj upotrebi generativne umjetne inteligencije (UI) među počiniteljima seksualnih kaznenih djela nad djecom. Izvješće ukazuje na podmukle opasnosti koje ta tehnologija donosi jer se sada koristi kao zastrašujuće oružje protiv djece.

selon-les-donnees = Prema podacima Office mineurs (OFMIN), središnjeg ureda francuske kriminalističke policije za kaznena djela na štetu maloljetnika, koji djeluje u sklopu Nacionalne uprave kriminalističke policije (DNPJ), 40 % slučajeva povezanih s materijalom koji sadržava seksualno zlostavljanje djece dovelo je do seksualnih kaznenih djela na štetu maloljetnika. Generativna UI, koja može stvarati sve ekstremniji i nasilniji sadržaj, izaziva zabrinutost zbog mogućeg porasta ovisničkog ponašanja među onima koji takav sadržaj konzumiraju, što bi moglo povećati rizik od počinjenja seksualnog zlostavljanja s fizičkim kontaktom.

le-rapport-identifie = Izvješće utvrđuje tri ključna izazova u zaštiti maloljetnika od seksualnog zlostavljanja i iskorištavanja djece na internetu potpomognutog umjetnom inteligencijom:

identifier-et-proteger = identificirati i zaštititi djecu žrtve,

engager-une-reponse = osigurati snažan i koordiniran pravni i politički odgovor,

lutter-contre-intensification = suzbijati porast i normalizaciju seksualnog nasilja.

la-fondation-pour = Fondation pour l’Enfance poziva na zajedničko djelovanje protiv te nove prijetnje i iznosi 14 preporuka za otkrivanje i sankcioniranje umjetnom inteligencijom generiranog materijala koji sadržava seksualno zlostavljanje djece te za sprečavanje seksualnog iskorištavanja djece na internetu.

pour-en-savoir = Da biste saznali više o tim preporukama i pridružili se ovoj važnoj borbi, pozivamo vas da pročitate naše izvješće ili njegov sažetak. Pridružite nam se u zalaganju za zaštitu djece!

lire-la-synthese = <a data-l10n-name="1">Pročitajte sažetak izvješća</a> • <a data-l10n-name="2">Pročitajte cijelo izvješće</a>

la-lutte-contre = „Borba protiv seksualnog zlostavljanja i iskorištavanja djece na internetu, osobito onoga potpomognutog umjetnom inteligencijom, izazov je za cijelo društvo i svi za to snosimo odgovornost.“

joelle-sicamois-directrice = — Joëlle Sicamois, direktorica zaklade Fondation pour l’Enfance

la-difficulte-est = „Poteškoća je u tome što se generativna UI neprestano mijenja. Gotovo svaki dan donosi nove pomake u mogućnostima modela umjetne inteligencije i u praksama korisnika, a time i nove probleme i nove izazove.“

angele-lefranc-chargee = — Angèle Lefranc, stručna suradnica za zagovaranje u zakladi Fondation pour l’Enfance
