### relais: document=communique

rapport-alarmant-sur = Alarmujúca správa o generatívnej AI a sexuálnom zneužívaní detí

p-29-octobre-2024 = <em>29. októbra 2024</em>

dans-un-contexte = V čase, keď technologický pokrok mení náš každodenný život, zverejňuje dnes Fondation pour l’Enfance, francúzska nadácia na ochranu detí, znepokojujúcu správu o rastúcom využívaní generatívnej umelej inteligencie (AI) páchateľmi sexuálneho zneužívania detí. Dokument poukazuje na zákerné nebezpečenstvá tejto technológie, ktorá sa dnes používa ako obávaná zbraň proti deťom.

selon-les-donnees = Podľa údajov Office mineurs (OFMIN), ústredného útvaru francúzskej justičnej polície pre trestné činy proti maloletým, ktorý pôsobí v rámci DNPJ (Národné riaditeľstvo justičnej polície Francúzska), viedlo 40 % prípadov týkajúcich sa materiálu zobrazujúceho sexuálne zneužívanie detí k sexuálnemu zneužitiu maloletých. Generatívna AI, ktorá dokáže vytvárať čoraz extrémnejší a násilnejší obsah, vyvoláva obavy z možného nárastu návykového správania u konzumentov, čo by mohlo zvýšiť riziko sexuálneho zneužitia s fyzickým kontaktom.

le-rapport-identifie = Správa identifikuje tri hlavné výzvy pri ochrane maloletých pred sexuálnym zneužívaním detí na internete s využitím generatívnej AI:

identifier-et-proteger = identifikovať a chrániť deti, ktoré sa stali obeťami,

engager-une-reponse = zabezpečiť pevnú a koordinovanú právnu a politickú odozvu,

lutter-contre-intensification = bojovať proti stupňovaniu a normalizácii sexuálneho násilia.

la-fondation-pour = Fondation pour l’Enfance vyzýva na spoločnú mobilizáciu proti tejto novej hrozbe a predkladá 14 odporúčaní zameraných na odhaľovanie a trestanie materiálu zobrazujúceho sexuálne zneužívanie detí vytvoreného pomocou AI, ako aj na predchádzanie sexuálnemu vykorisťovaniu detí na internete.

pour-en-savoir = Ak sa chcete dozvedieť viac o týchto odporúčaniach a zapojiť sa do tohto dôležitého boja, pozývame vás prečítať si našu správu alebo jej zhrnutie. Pridajte sa k nám v úsilí o ochranu detí!

lire-la-synthese = <a data-l10n-name="1">Prečítať zhrnutie správy</a> • <a data-l10n-name="2">Prečítať celú správu</a>

la-lutte-contre = „Boj proti sexuálnemu zneužívaniu detí na internete, najmä s využitím AI, je výzvou pre celú spoločnosť a zodpovednosť máme všetci.“

joelle-sicamois-directrice = – Joëlle Sicamois, riaditeľka Fondation pour l’Enfance

la-difficulte-est = „Problém je v tom, že generatívna AI sa neustále vyvíja. Takmer každý deň prináša nové posuny v schopnostiach modelov AI a v praktikách používateľov, a teda aj nové problémy a nové výzvy.“

angele-lefranc-chargee = – Angèle Lefranc, referentka pre advokačnú činnosť, Fondation pour l’Enfance
