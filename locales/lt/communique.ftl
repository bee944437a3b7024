### relais: document=communique

rapport-alarmant-sur = Nerimą kelianti ataskaita apie generatyvųjį DI ir seksualinę prievartą prieš vaikus

p-29-octobre-2024 = <em>2024 m. spalio 29 d.</em>

dans-un-contexte = Laikais, kai technologijų pažanga keičia mūsų kasdienybę, Prancūzijos vaikų apsaugos fondas Fondation pour l’Enfance šiandien skelbia nerimą keliančią ataskaitą apie tai, kad seksualinius nusikaltimus prieš vaikus darantys asmenys vis dažniau naudoja generatyvųjį dirbtinį intelektą (DI). Ataskaitoje atskleidžiami klastingi šios technologijos keliami pavojai – dabar ji naudojama kaip grėsmingas ginklas prieš vaikus.

selon-les-donnees = Remiantis Prancūzijos policijos centrinio nusikaltimų nepilnamečiams tyrimo biuro Office mineurs (OFMIN), priklausančio DNPJ (Prancūzijos nacionalinei kriminalinės policijos direkcijai), duomenimis, 40 % bylų, susijusių su seksualinės prievartos prieš vaikus medžiaga, baigėsi seksualiniais nusikaltimais prieš nepilnamečius. Generatyvusis DI, galintis kurti vis ekstremalesnį ir smurtiškesnį turinį, kelia nerimą, kad tokio turinio vartotojams gali daugėti priklausomybę primenančio elgesio, o tai galėtų padidinti riziką, kad bus padaryta seksualinė prievarta, susijusi su fiziniu kontaktu.

le-rapport-identifie = Ataskaitoje išskiriami trys pagrindiniai uždaviniai, kaip apsaugoti nepilnamečius nuo seksualinės prievartos prieš vaikus internete, kuriai pasitelkiamas generatyvusis DI:

identifier-et-proteger = nustatyti nukentėjusius vaikus ir juos apsaugoti,

engager-une-reponse = užtikrinti tvirtą ir koordinuotą teisinį ir politinį atsaką,

lutter-contre-intensification = kovoti su seksualinio smurto stiprėjimu ir normalizavimu.

la-fondation-pour = Fondation pour l’Enfance ragina visus kartu telktis prieš šią naują grėsmę ir pateikia 14 rekomendacijų, kuriomis siekiama nustatyti DI sugeneruotą seksualinės prievartos prieš vaikus medžiagą ir už ją bausti, taip pat užkirsti kelią vaikų seksualiniam išnaudojimui internete.

pour-en-savoir = Norėdami sužinoti daugiau apie šias rekomendacijas ir prisidėti prie šios itin svarbios kovos, kviečiame perskaityti mūsų ataskaitą arba jos santrauką. Prisijunkite prie mūsų ir kartu saugokime vaikus!

lire-la-synthese = <a data-l10n-name="1">Skaityti ataskaitos santrauką</a> • <a data-l10n-name="2">Skaityti visą ataskaitą</a>

la-lutte-contre = „Kova su seksualine prievarta prieš vaikus internete, ypač kai pasitelkiamas DI, yra iššūkis visai visuomenei, ir mes visi už tai atsakingi.“

joelle-sicamois-directrice = — Joëlle Sicamois, Fondation pour l’Enfance direktorė

la-difficulte-est = „Sunkumas tas, kad generatyvusis DI nuolat kinta. Beveik kiekviena diena atneša naujovių – keičiasi DI modelių galimybės ir naudotojų įpročiai, o kartu atsiranda naujų problemų ir naujų iššūkių.“

angele-lefranc-chargee = — Angèle Lefranc, Fondation pour l’Enfance viešosios politikos (advokacijos) specialistė
