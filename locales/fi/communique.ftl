### relais: document=communique

rapport-alarmant-sur = Hälyttävä raportti generatiivisesta tekoälystä ja lapsiin kohdistuvasta seksuaaliväkivallasta

p-29-octobre-2024 = <em>29. lokakuuta 2024</em>

dans-un-contexte = Aikana, jolloin teknologinen kehitys muuttaa arkeamme, ranskalainen lastensuojelusäätiö Fondation pour l’Enfance julkaisee tänään huolestuttavan raportin siitä, miten lapsiin kohdistuvien seksuaalirikosten tekijät käyttävät yhä enemmän generatiivista tekoälyä. Raportti tuo esiin tämän teknologian salakavalat vaarat: siitä on nyt tullut pelottava ase lapsia vastaan.

selon-les-donnees = Ranskan rikospoliisin valtakunnallisen johdon (DNPJ) alaisen, alaikäisiin kohdistuviin rikoksiin erikoistuneen keskusyksikön Office mineurs (OFMIN) tietojen mukaan 40 % tapauksista, joihin liittyi lapsiin kohdistuvaa seksuaaliväkivaltaa todistavaa materiaalia, johti alaikäisiin kohdistuneisiin seksuaalirikoksiin. Generatiivinen tekoäly, jolla voidaan luoda yhä äärimmäisempää ja väkivaltaisempaa sisältöä, herättää huolta siitä, että tällaisen sisällön käyttäjien riippuvuuskäyttäytyminen voisi lisääntyä, mikä voisi puolestaan lisätä riskiä siitä, että he syyllistyvät fyysistä kontaktia sisältäviin seksuaalirikoksiin.

le-rapport-identifie = Raportissa nostetaan esiin kolme keskeistä haastetta, kun alaikäisiä suojellaan lapsiin kohdistuvalta verkkovälitteiseltä seksuaaliväkivallalta, jossa hyödynnetään tekoälyä:

identifier-et-proteger = lapsiuhrien tunnistaminen ja suojeleminen,

engager-une-reponse = vahvan ja koordinoidun oikeudellisen ja poliittisen vastauksen rakentaminen,

lutter-contre-intensification = seksuaaliväkivallan lisääntymisen ja normalisoitumisen torjuminen.

la-fondation-pour = Fondation pour l’Enfance kehottaa yhteisiin toimiin tätä uutta uhkaa vastaan ja esittää 14 suositusta, joiden tavoitteena on havaita tekoälyllä tuotettu lapsiin kohdistuvaa seksuaaliväkivaltaa todistava materiaali ja rangaista siitä sekä ehkäistä lasten seksuaalista riistoa verkossa.

pour-en-savoir = Jos haluat tietää lisää näistä suosituksista ja osallistua tähän tärkeään työhön, tutustu raporttiimme tai sen tiivistelmään. Liity mukaan suojelemaan lapsia!

lire-la-synthese = <a data-l10n-name="1">Lue raportin tiivistelmä</a> • <a data-l10n-name="2">Lue koko raportti</a>

la-lutte-contre = ”Lapsiin kohdistuvan verkkovälitteisen seksuaaliväkivallan torjunta, etenkin silloin kun siinä hyödynnetään tekoälyä, on koko yhteiskunnan haaste, ja vastuu on meillä kaikilla.”

joelle-sicamois-directrice = — Joëlle Sicamois, johtaja, Fondation pour l’Enfance -säätiö

la-difficulte-est = ”Vaikeus on siinä, että generatiivinen tekoäly kehittyy jatkuvasti. Lähes joka päivä tuo mukanaan uutta kehitystä tekoälymallien kyvyissä ja käyttäjien toimintatavoissa – ja siten uusia ongelmia ja uusia haasteita.”

angele-lefranc-chargee = — Angèle Lefranc, vaikuttamistyön asiantuntija, Fondation pour l’Enfance -säätiö
