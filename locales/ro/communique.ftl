### relais: document=communique

rapport-alarmant-sur = Raport alarmant privind IA generativă și abuzul sexual asupra copiilor

p-29-octobre-2024 = <em>29 octombrie 2024</em>

dans-un-contexte = Într-un context în care progresele tehnologice ne transformă viața de zi cu zi, Fondation pour l’Enfance, o fundație franceză pentru protecția copilului, publică astăzi un raport îngrijorător privind utilizarea tot mai frecventă a inteligenței artificiale (IA) generative de către autorii de abuzuri sexuale asupra copiilor. Documentul evidențiază pericolele insidioase pe care le reprezintă această tehnologie, folosită în prezent ca o armă redutabilă împotriva copiilor.

selon-les-donnees = Potrivit datelor Office mineurs (OFMIN), oficiul central al poliției judiciare franceze pentru infracțiunile împotriva minorilor, din cadrul DNPJ (Direcția Națională a Poliției Judiciare din Franța), 40 % dintre cazurile care implicau materiale cu abuz sexual asupra copiilor au dus la agresiuni sexuale asupra unor minori. IA generativă, capabilă să creeze conținuturi tot mai extreme și mai violente, stârnește îngrijorări cu privire la o posibilă creștere a comportamentelor de tip adictiv în rândul consumatorilor, ceea ce ar putea spori riscul comiterii unor abuzuri sexuale cu contact fizic.

le-rapport-identifie = Raportul identifică trei mize majore pentru protejarea minorilor împotriva abuzului sexual asupra copiilor în mediul online facilitat de IA generativă:

identifier-et-proteger = identificarea și protejarea copiilor victime,

engager-une-reponse = un răspuns juridic și politic solid și coordonat,

lutter-contre-intensification = combaterea intensificării și banalizării violenței sexuale.

la-fondation-pour = Fondation pour l’Enfance face apel la o mobilizare colectivă în fața acestei amenințări emergente și formulează 14 recomandări pentru detectarea și sancționarea materialelor cu abuz sexual asupra copiilor generate cu ajutorul IA, precum și pentru prevenirea exploatării sexuale a copiilor în mediul online.

pour-en-savoir = Pentru a afla mai multe despre aceste recomandări și pentru a participa la această luptă esențială, vă invităm să citiți raportul nostru sau sinteza acestuia. Alăturați-vă angajamentului nostru pentru protecția copiilor!

lire-la-synthese = <a data-l10n-name="1">Citiți sinteza raportului</a> • <a data-l10n-name="2">Citiți raportul integral</a>

la-lutte-contre = „Lupta împotriva abuzului sexual asupra copiilor în mediul online, în special a celui facilitat de IA, este o provocare pentru întreaga societate și fiecare dintre noi are o responsabilitate.”

joelle-sicamois-directrice = — Joëlle Sicamois, directoarea Fondation pour l’Enfance

la-difficulte-est = „Dificultatea constă în faptul că IA generativă se află într-o continuă schimbare. Aproape fiecare zi aduce noi evoluții în capacitățile modelelor de IA și în practicile utilizatorilor, deci noi probleme și noi provocări.”

angele-lefranc-chargee = — Angèle Lefranc, responsabilă de advocacy la Fondation pour l’Enfance
