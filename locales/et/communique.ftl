### relais: document=communique

rapport-alarmant-sur = Murettekitav raport generatiivse tehisintellekti ning laste seksuaalse kuritarvitamise ja ärakasutamise kohta

p-29-octobre-2024 = <em>29. oktoober 2024</em>

dans-un-contexte = Ajal, mil tehnoloogia areng muudab meie igapäevaelu, avaldab Prantsuse lastekaitsefond Fondation pour l’Enfance täna murettekitava raporti sellest, kuidas lapsi seksuaalselt kuritarvitavad isikud kasutavad üha enam generatiivset tehisintellekti (TI). Raport toob esile salakavalad ohud, mida see tehnoloogia endaga kaasa toob: sellest on nüüd saanud võimas relv laste vastu.

selon-les-donnees = Prantsuse riikliku kriminaalpolitsei direktoraadi (DNPJ) alla kuuluva, alaealiste vastu toime pandud kuritegudega tegeleva keskbüroo Office mineurs (OFMIN) andmetel viis 40% laste seksuaalset kuritarvitamist kujutava materjaliga seotud juhtumitest alaealiste seksuaalse väärkohtlemiseni. Generatiivne TI, mis suudab luua üha äärmuslikumat ja vägivaldsemat sisu, tekitab muret, et sellise sisu tarbijate seas võib sõltuvuskäitumine sageneda, mis võib omakorda suurendada ohtu, et nad panevad toime füüsilise kontaktiga seksuaalseid kuritegusid.

le-rapport-identifie = Raportis tuuakse välja kolm peamist ülesannet, et kaitsta alaealisi veebis toimuva laste seksuaalse kuritarvitamise ja ärakasutamise eest, milles kasutatakse tehisintellekti:

identifier-et-proteger = tuvastada ja kaitsta lapsohvreid,

engager-une-reponse = anda tugev ja kooskõlastatud õiguslik ja poliitiline vastus,

lutter-contre-intensification = võidelda seksuaalse vägivalla sagenemise ja normaliseerumise vastu.

la-fondation-pour = Fondation pour l’Enfance kutsub üles ühiselt sellele uuele ohule vastu astuma ja esitab 14 soovitust, mille eesmärk on avastada tehisintellekti loodud laste seksuaalset kuritarvitamist kujutav materjal ja selle eest karistada ning ennetada laste seksuaalset ärakasutamist internetis.

pour-en-savoir = Kui soovite nende soovituste kohta rohkem teada saada ja selles olulises võitluses kaasa lüüa, lugege meie raportit või selle kokkuvõtet. Ühinege meiega laste kaitsmise nimel!

lire-la-synthese = <a data-l10n-name="1">Loe raporti kokkuvõtet</a> • <a data-l10n-name="2">Loe kogu raportit</a>

la-lutte-contre = „Võitlus veebis toimuva laste seksuaalse kuritarvitamise ja ärakasutamise vastu, eelkõige siis, kui selles kasutatakse tehisintellekti, on väljakutse kogu ühiskonnale ja vastutus lasub meil kõigil.“

joelle-sicamois-directrice = — Joëlle Sicamois, Fondation pour l’Enfance direktor

la-difficulte-est = „Raskus seisneb selles, et generatiivne tehisintellekt areneb pidevalt. Peaaegu iga päev toob kaasa uusi arenguid TI-mudelite võimekuses ja kasutajate tavades ning seega ka uusi probleeme ja uusi väljakutseid.“

angele-lefranc-chargee = — Angèle Lefranc, Fondation pour l’Enfance huvikaitsespetsialist
