### relais: document=communique

rapport-alarmant-sur = Alarmujący raport na temat generatywnej AI i wykorzystywania seksualnego dzieci

p-29-octobre-2024 = <em>29 października 2024 r.</em>

dans-un-contexte = W czasach, gdy postęp technologiczny zmienia naszą codzienność, Fondation pour l’Enfance, francuska fundacja na rzecz ochrony dzieci, publikuje dziś niepokojący raport na temat coraz częstszego użycia generatywnej sztucznej inteligencji (AI) przez sprawców przestępstw seksualnych wobec dzieci. Dokument ukazuje podstępne zagrożenia, jakie niesie ta technologia, używana obecnie jako groźna broń przeciwko dzieciom.

selon-les-donnees = Według danych Office mineurs (OFMIN), centralnego biura francuskiej policji kryminalnej ds. przestępstw wobec małoletnich, podległego DNPJ (Krajowej Dyrekcji Policji Kryminalnej Francji), 40% spraw dotyczących materiałów przedstawiających seksualne wykorzystywanie dzieci doprowadziło do seksualnego wykorzystywania małoletnich. Generatywna AI, zdolna do tworzenia coraz bardziej ekstremalnych i brutalnych treści, budzi obawy o możliwe nasilenie się zachowań uzależnieniowych wśród odbiorców takich treści, co z kolei mogłoby zwiększyć ryzyko przejścia do wykorzystywania seksualnego z kontaktem fizycznym.

le-rapport-identifie = Raport wskazuje trzy główne wyzwania w ochronie małoletnich przed wykorzystywaniem seksualnym dzieci w internecie z użyciem AI:

identifier-et-proteger = identyfikować i chronić dzieci będące ofiarami,

engager-une-reponse = wypracować solidną i skoordynowaną odpowiedź prawną i polityczną,

lutter-contre-intensification = przeciwdziałać nasilaniu się i normalizacji przemocy seksualnej.

la-fondation-pour = Fondation pour l’Enfance wzywa do wspólnej mobilizacji wobec tego nowego zagrożenia i formułuje 14 rekomendacji mających na celu wykrywanie wygenerowanych przez AI materiałów przedstawiających seksualne wykorzystywanie dzieci i karanie za nie, a także zapobieganie wykorzystywaniu seksualnemu dzieci w internecie.

pour-en-savoir = Aby dowiedzieć się więcej o tych rekomendacjach i włączyć się w tę niezwykle ważną walkę, zapraszamy do lektury naszego raportu lub jego streszczenia. Dołącz do nas i wspieraj nasze działania na rzecz ochrony dzieci!

lire-la-synthese = <a data-l10n-name="1">Przeczytaj streszczenie raportu</a> • <a data-l10n-name="2">Przeczytaj cały raport</a>

la-lutte-contre = „Walka z wykorzystywaniem seksualnym dzieci w internecie, zwłaszcza z użyciem AI, to wyzwanie dla całego społeczeństwa, a odpowiedzialność spoczywa na nas wszystkich.”

joelle-sicamois-directrice = – Joëlle Sicamois, dyrektorka Fondation pour l’Enfance

la-difficulte-est = „Trudność polega na tym, że generatywna AI nieustannie się zmienia. Niemal każdy dzień przynosi kolejne zmiany w możliwościach modeli AI i w praktykach użytkowników, a co za tym idzie – nowe problemy i nowe wyzwania.”

angele-lefranc-chargee = – Angèle Lefranc, specjalistka ds. rzecznictwa w Fondation pour l’Enfance
