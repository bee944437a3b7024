### relais: document=communique

rapport-alarmant-sur = Satraucošs ziņojums par ģeneratīvo MI un seksuālu vardarbību pret bērniem

p-29-octobre-2024 = <em>2024. gada 29. oktobris</em>

dans-un-contexte = Laikā, kad tehnoloģiju attīstība pārveido mūsu ikdienu, Francijas bērnu aizsardzības fonds Fondation pour l’Enfance šodien publicē satraucošu ziņojumu par to, ka personas, kas izdara seksuālus noziegumus pret bērniem, arvien vairāk izmanto ģeneratīvo mākslīgo intelektu (MI). Ziņojumā atklāti šīs tehnoloģijas radītie mānīgie draudi – tagad tā tiek izmantota kā biedējošs ierocis pret bērniem.

selon-les-donnees = Saskaņā ar Francijas policijas centrālā biroja noziegumu pret nepilngadīgajiem apkarošanai Office mineurs (OFMIN), kas ietilpst DNPJ (Francijas Kriminālpolicijas nacionālajā direkcijā), datiem 40% lietu, kas saistītas ar seksuālu vardarbību pret bērniem atspoguļojošiem materiāliem, noveda pie nepilngadīgo seksuālas izmantošanas. Ģeneratīvais MI, kas spēj radīt arvien ekstrēmāku un vardarbīgāku saturu, rada bažas, ka šāda satura patērētāju vidū varētu pieaugt atkarībai līdzīga uzvedība, un tas varētu palielināt risku, ka tiks izdarīta seksuāla vardarbība ar fizisku kontaktu.

le-rapport-identifie = Ziņojumā noteikti trīs galvenie uzdevumi, lai aizsargātu nepilngadīgos no seksuālas vardarbības pret bērniem tiešsaistē, kurā tiek izmantots ģeneratīvais MI:

identifier-et-proteger = identificēt un aizsargāt cietušos bērnus,

engager-une-reponse = nodrošināt stingru un koordinētu juridisko un politisko reakciju,

lutter-contre-intensification = cīnīties pret seksuālās vardarbības pieaugumu un normalizēšanu.

la-fondation-pour = Fondation pour l’Enfance aicina uz kopīgu rīcību pret šo jauno apdraudējumu un sniedz 14 ieteikumus, kuru mērķis ir atklāt MI ģenerētus seksuālu vardarbību pret bērniem atspoguļojošus materiālus un sodīt par tiem, kā arī novērst bērnu seksuālu izmantošanu tiešsaistē.

pour-en-savoir = Lai uzzinātu vairāk par šiem ieteikumiem un iesaistītos šajā būtiskajā cīņā, aicinām izlasīt mūsu ziņojumu vai tā kopsavilkumu. Pievienojieties mums, lai kopā aizsargātu bērnus!

lire-la-synthese = <a data-l10n-name="1">Lasīt ziņojuma kopsavilkumu</a> • <a data-l10n-name="2">Lasīt visu ziņojumu</a>

la-lutte-contre = “Cīņa pret seksuālu vardarbību pret bērniem tiešsaistē, jo īpaši, ja tiek izmantots MI, ir izaicinājums visai sabiedrībai, un atbildība ir mums visiem.”

joelle-sicamois-directrice = — Joëlle Sicamois, Fondation pour l’Enfance direktore

la-difficulte-est = “Grūtības ir tajā, ka ģeneratīvais MI nepārtraukti mainās. Gandrīz katra diena nes jaunumus MI modeļu spējās un lietotāju paradumos, un līdz ar to arī jaunas problēmas un jaunus izaicinājumus.”

angele-lefranc-chargee = — Angèle Lefranc, Fondation pour l’Enfance interešu aizstāvības speciāliste
