### relais: document=communique

rapport-alarmant-sur = Rapport allarmanti dwar l-IA ġenerattiva u l-abbuż sesswali tat-tfal

p-29-octobre-2024 = <em>29 ta’ Ottubru 2024</em>

dans-un-contexte = F’żmien meta l-avvanzi teknoloġiċi qed ibiddlu l-ħajja tagħna ta’ kuljum, il-Fondation pour l’Enfance, fondazzjoni Franċiża għall-protezzjoni tat-tfal, illum qed tippubblika rapport inkwetanti dwar l-użu dejjem jikber tal-intelliġenza artifiċjali (IA) ġenerattiva minn dawk li jwettqu reati sesswali kontra t-tfal. Ir-rapport jixħet dawl fuq il-perikli moħbija ta’ din it-teknoloġija, li issa qed tintuża bħala arma qawwija kontra t-tfal.

selon-les-donnees = Skont id-data tal-Office mineurs (OFMIN), l-uffiċċju ċentrali tal-pulizija Franċiża għar-reati kontra l-minorenni, li jagħmel parti mid-DNPJ (id-Direttorat Nazzjonali tal-Pulizija Ġudizzjarja ta’ Franza), 40% tal-każijiet li jinvolvu materjal ta’ abbuż sesswali tat-tfal wasslu għal reati sesswali fuq il-minorenni. L-IA ġenerattiva, li tista’ toħloq kontenut dejjem aktar estrem u vjolenti, tqajjem tħassib dwar żieda possibbli fl-imġiba ta’ dipendenza fost dawk li jikkonsmaw dan il-kontenut, u b’hekk jista’ jiżdied ir-riskju li jitwettaq abbuż sesswali b’kuntatt fiżiku.

le-rapport-identifie = Ir-rapport jidentifika tliet sfidi ewlenin biex il-minorenni jiġu protetti mill-abbuż sesswali tat-tfal onlajn iffaċilitat mill-IA ġenerattiva:

identifier-et-proteger = l-identifikazzjoni u l-protezzjoni tat-tfal vittmi,

engager-une-reponse = rispons legali u politiku sod u kkoordinat,

lutter-contre-intensification = il-ġlieda kontra l-intensifikazzjoni u n-normalizzazzjoni tal-vjolenza sesswali.

la-fondation-pour = Il-Fondation pour l’Enfance qed tappella għal mobilizzazzjoni kollettiva kontra din it-theddida emerġenti u tressaq 14-il rakkomandazzjoni mmirati biex jinqabad u jiġi sanzjonat il-materjal ta’ abbuż sesswali tat-tfal iġġenerat mill-IA, u biex jiġi evitat l-isfruttament sesswali tat-tfal onlajn.

pour-en-savoir = Biex issir taf aktar dwar dawn ir-rakkomandazzjonijiet u tieħu sehem f’din il-ġlieda essenzjali, nistednuk taqra r-rapport tagħna jew is-sommarju tiegħu. Ingħaqad magħna fl-impenn tagħna għall-protezzjoni tat-tfal!

lire-la-synthese = <a data-l10n-name="1">Aqra s-sommarju tar-rapport</a> • <a data-l10n-name="2">Aqra r-rapport sħiħ</a>

la-lutte-contre = “Il-ġlieda kontra l-abbuż sesswali tat-tfal onlajn, b’mod partikolari meta jkun iffaċilitat mill-IA, hija sfida għas-soċjetà kollha, u lkoll għandna responsabbiltà.”

joelle-sicamois-directrice = — Joëlle Sicamois, Direttriċi tal-Fondation pour l’Enfance

la-difficulte-est = “Id-diffikultà hi li l-IA ġenerattiva qiegħda f’evoluzzjoni kontinwa. Kważi kuljum iġib miegħu żviluppi ġodda fil-kapaċitajiet tal-mudelli tal-IA u fil-prattiki tal-utenti, u għalhekk problemi ġodda u sfidi ġodda.”

angele-lefranc-chargee = — Angèle Lefranc, Uffiċjal tal-Advocacy tal-Fondation pour l’Enfance
