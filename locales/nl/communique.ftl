### relais: document=communique

rapport-alarmant-sur = Alarmerend rapport over generatieve AI en seksueel kindermisbruik

p-29-octobre-2024 = <em>29 oktober 2024</em>

dans-un-contexte = In een tijd waarin technologische vooruitgang ons dagelijks leven verandert, publiceert de Fondation pour l’Enfance, een Franse kinderbeschermingsstichting, vandaag een zorgwekkend rapport over het toenemende gebruik van generatieve kunstmatige intelligentie (AI) door daders van seksueel kindermisbruik. Het rapport belicht de verraderlijke gevaren van deze technologie, die inmiddels als een geducht wapen tegen kinderen wordt ingezet.

selon-les-donnees = Volgens gegevens van het Office mineurs (OFMIN), de centrale dienst van de Franse recherche voor misdrijven tegen minderjarigen, onderdeel van de DNPJ (nationale directie van de Franse recherche), leidde 40% van de zaken met materiaal van seksueel misbruik van kinderen tot seksueel misbruik van minderjarigen. Generatieve AI, waarmee steeds extremere en gewelddadigere beelden kunnen worden gemaakt, doet vrezen dat verslavingsgedrag bij consumenten van dit materiaal zou kunnen toenemen, waardoor ook het risico groter zou worden dat zij overgaan tot seksueel misbruik met fysiek contact.

le-rapport-identifie = Het rapport benoemt drie grote uitdagingen om minderjarigen te beschermen tegen online seksueel kindermisbruik waarbij AI wordt ingezet:

identifier-et-proteger = Kinderen die slachtoffer zijn identificeren en beschermen,

engager-une-reponse = Zorgen voor een krachtig en gecoördineerd juridisch en politiek antwoord,

lutter-contre-intensification = De verheviging en normalisering van seksueel geweld tegengaan.

la-fondation-pour = De Fondation pour l’Enfance roept op tot een collectieve mobilisatie tegen deze opkomende dreiging en doet 14 aanbevelingen om met AI gegenereerd materiaal van seksueel misbruik van kinderen op te sporen en te bestraffen, en om online seksuele uitbuiting van kinderen te voorkomen.

pour-en-savoir = Om meer te weten te komen over deze aanbevelingen en deel te nemen aan deze essentiële strijd, nodigen wij u uit ons rapport of de samenvatting ervan te lezen. Sluit u aan bij onze inzet voor de bescherming van kinderen!

lire-la-synthese = <a data-l10n-name="1">Lees de samenvatting van het rapport</a> • <a data-l10n-name="2">Lees het volledige rapport</a>

la-lutte-contre = ‘De strijd tegen online seksueel kindermisbruik, in het bijzonder wanneer daarbij AI wordt ingezet, is een uitdaging voor de hele samenleving, en we hebben allemaal een verantwoordelijkheid.’

joelle-sicamois-directrice = – Joëlle Sicamois, directeur van de Fondation pour l’Enfance

la-difficulte-est = ‘De moeilijkheid is dat generatieve AI voortdurend in beweging is. Bijna elke dag brengt nieuwe ontwikkelingen in de mogelijkheden van AI-modellen en in de praktijken van gebruikers, en daarmee nieuwe problemen en nieuwe uitdagingen.’

angele-lefranc-chargee = – Angèle Lefranc, beleidsmedewerker belangenbehartiging bij de Fondation pour l’Enfance
