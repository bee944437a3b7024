### relais: document=communique

rapport-alarmant-sur = Riasztó jelentés a generatív MI-ről és a gyermekek szexuális bántalmazásáról

p-29-octobre-2024 = <em>2024. október 29.</em>

dans-un-contexte = Egy olyan korban, amikor a technológiai fejlődés átalakítja mindennapjainkat, a Fondation pour l’Enfance, egy francia gyermekvédelmi alapítvány, ma aggasztó jelentést tesz közzé arról, hogy a gyermekek sérelmére szexuális bűncselekményeket elkövetők egyre gyakrabban használják a generatív mesterséges intelligenciát (MI). A jelentés rávilágít e technológia alattomos veszélyeire: ma már félelmetes fegyverként fordítják a gyermekek ellen.

selon-les-donnees = Az Office mineurs (OFMIN), a francia rendőrség kiskorúak sérelmére elkövetett bűncselekményekkel foglalkozó központi hivatala, amely a DNPJ (a francia bűnügyi rendőrség országos igazgatósága) része, adatai szerint a gyermekek szexuális bántalmazását ábrázoló anyagokkal kapcsolatos ügyek 40%-a kiskorúak sérelmére elkövetett szexuális visszaéléshez vezetett. A generatív MI, amely egyre szélsőségesebb és erőszakosabb tartalmak előállítására képes, aggodalmat kelt, hogy erősödhetnek a függőséghez hasonló viselkedésformák az ilyen tartalmakat fogyasztók körében, ami növelheti a testi kontaktussal járó szexuális bántalmazás elkövetésének kockázatát.

le-rapport-identifie = A jelentés három fő kihívást azonosít a kiskorúak védelmében a gyermekek online szexuális bántalmazásával szemben, amelyet a generatív MI is elősegít:

identifier-et-proteger = a gyermek áldozatok azonosítása és védelme,

engager-une-reponse = határozott és összehangolt jogi és politikai válasz kialakítása,

lutter-contre-intensification = küzdelem a szexuális erőszak fokozódása és normalizálódása ellen.

la-fondation-pour = A Fondation pour l’Enfance közös fellépésre szólít fel ezzel az új keletű fenyegetéssel szemben, és 14 ajánlást fogalmaz meg, amelyek célja az MI által generált, gyermekek szexuális bántalmazását ábrázoló anyagok felderítése és szankcionálása, valamint a gyermekek online szexuális kizsákmányolásának megelőzése.

pour-en-savoir = Ha többet szeretne megtudni ezekről az ajánlásokról, és részt venne ebben a létfontosságú küzdelemben, olvassa el jelentésünket vagy annak összefoglalóját. Csatlakozzon hozzánk, és tegyünk együtt a gyermekek védelméért!

lire-la-synthese = <a data-l10n-name="1">Olvassa el a jelentés összefoglalóját</a> • <a data-l10n-name="2">Olvassa el a teljes jelentést</a>

la-lutte-contre = „A gyermekek online szexuális bántalmazása elleni küzdelem – különösen, ha abban MI is szerepet játszik – az egész társadalom előtt álló kihívás, és mindannyian felelősek vagyunk.”

joelle-sicamois-directrice = — Joëlle Sicamois, a Fondation pour l’Enfance igazgatója

la-difficulte-est = „A nehézséget az jelenti, hogy a generatív MI folyamatosan változik. Szinte minden nap újabb fejleményeket hoz az MI-modellek képességeiben és a felhasználói gyakorlatokban, és így új problémákat és új kihívásokat is.”

angele-lefranc-chargee = — Angèle Lefranc, a Fondation pour l’Enfance érdekérvényesítési referense
