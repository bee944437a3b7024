### relais: document=communique

rapport-alarmant-sur = Alarmerende rapport om generativ AI og seksuelt misbrug af børn

p-29-octobre-2024 = <em>29. oktober 2024</em>

dans-un-contexte = I en tid, hvor den teknologiske udvikling forandrer vores hverdag, offentliggør Fondation pour l’Enfance, en fransk børnebeskyttelsesfond, i dag en bekymrende rapport om, hvordan gerningspersoner bag seksuelle overgreb på børn i stigende grad bruger generativ kunstig intelligens (AI). Rapporten viser de lumske farer ved denne teknologi, som nu bliver vendt mod børn som et våben.

selon-les-donnees = Ifølge tal fra Office mineurs (OFMIN) – det franske kriminalpolitis centrale enhed for forbrydelser mod mindreårige under DNPJ (det nationale direktorat for kriminalpolitiet) – førte 40 % af sagerne om materiale med seksuelt misbrug af børn til seksuelt misbrug af mindreårige. Generativ AI, som gør det muligt at skabe stadig mere ekstremt og voldeligt indhold, giver anledning til bekymring for, at den kan øge afhængighedslignende adfærd hos brugere af sådant indhold og dermed risikoen for, at de begår seksuelle overgreb med fysisk kontakt.

le-rapport-identifie = Rapporten peger på tre centrale udfordringer i arbejdet med at beskytte mindreårige mod seksuelt misbrug af børn på internettet, der involverer generativ AI:

identifier-et-proteger = at identificere og beskytte børn, der udsættes for overgreb,

engager-une-reponse = at sikre et stærkt og koordineret juridisk og politisk svar,

lutter-contre-intensification = at bekæmpe, at seksuel vold tager til og normaliseres.

la-fondation-pour = Fondation pour l’Enfance opfordrer til fælles mobilisering mod denne nye trussel og fremlægger 14 anbefalinger til at opspore og straffe AI-genereret materiale med seksuelt misbrug af børn og til at forebygge seksuel udnyttelse af børn på internettet.

pour-en-savoir = Vil du vide mere om anbefalingerne og støtte denne vigtige kamp, så læs vores rapport eller sammenfatningen af den. Vær med til at beskytte børn!

lire-la-synthese = <a data-l10n-name="1">Læs sammenfatningen af rapporten</a> • <a data-l10n-name="2">Læs hele rapporten</a>

la-lutte-contre = “Kampen mod seksuelt misbrug af børn på internettet, også når det sker ved hjælp af AI, er en udfordring for hele samfundet, og vi har alle et ansvar.”

joelle-sicamois-directrice = – Joëlle Sicamois, direktør for Fondation pour l’Enfance

la-difficulte-est = “Vanskeligheden er, at generativ AI hele tiden udvikler sig. Næsten hver dag kommer der nyt, både i hvad AI-modellerne kan, og i hvordan brugerne anvender dem – og dermed nye spørgsmål og nye udfordringer.”

angele-lefranc-chargee = – Angèle Lefranc, fortalerkonsulent hos Fondation pour l’Enfance
