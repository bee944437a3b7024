### relais: document=communique

rapport-alarmant-sur = Znepokojivá zpráva o generativní umělé inteligenci a sexuálním zneužívání dětí

p-29-octobre-2024 = <em>29. října 2024</em>

dans-un-contexte = V době, kdy technologický pokrok mění náš každodenní život, zveřejňuje Fondation pour l’Enfance, francouzská nadace na ochranu dětí, znepokojivou zprávu o tom, jak pachatelé sexuálního násilí na dětech stále častěji využívají generativní umělou inteligenci (AI). Zpráva upozorňuje na zákeřná rizika této technologie, která se dnes obrací proti dětem jako nebezpečná zbraň.

selon-les-donnees = Podle údajů útvaru Office mineurs (OFMIN) – ústředního útvaru francouzské justiční policie pro trestné činy páchané na nezletilých, který spadá pod DNPJ (Národní ředitelství justiční policie) – vedlo 40 % případů týkajících se materiálů zobrazujících sexuální zneužívání dětí k sexuálnímu zneužití nezletilých. Generativní AI, s jejíž pomocí lze vytvářet stále extrémnější a násilnější obsah, vyvolává obavy, že by mohla posílit návykové chování uživatelů takového obsahu, a zvýšit tak riziko, že se dopustí sexuálního zneužití s fyzickým kontaktem.

le-rapport-identifie = Zpráva vymezuje tři hlavní výzvy při ochraně nezletilých před sexuálním zneužíváním dětí na internetu, k němuž dochází s využitím generativní AI:

identifier-et-proteger = identifikovat děti, které se staly oběťmi, a chránit je,

engager-une-reponse = zajistit pevnou a koordinovanou právní a politickou reakci,

lutter-contre-intensification = bojovat proti stupňování a normalizaci sexuálního násilí.

la-fondation-pour = Fondation pour l’Enfance vyzývá ke společné mobilizaci proti této nové hrozbě a předkládá 14 doporučení, jak odhalovat a trestat materiály zobrazující sexuální zneužívání dětí vytvořené pomocí AI a jak předcházet sexuálnímu vykořisťování dětí na internetu.

pour-en-savoir = Chcete-li se o těchto doporučeních dozvědět více a zapojit se do tohoto důležitého boje, přečtěte si naši zprávu nebo její shrnutí. Přidejte se k nám a chraňte děti!

lire-la-synthese = <a data-l10n-name="1">Přečíst shrnutí zprávy</a> • <a data-l10n-name="2">Přečíst celou zprávu</a>

la-lutte-contre = „Boj proti sexuálnímu zneužívání dětí na internetu, a to i tomu, které usnadňuje AI, je výzvou pro celou společnost a odpovědnost neseme všichni.“

joelle-sicamois-directrice = – Joëlle Sicamois, ředitelka Fondation pour l’Enfance

la-difficulte-est = „Potíž je v tom, že se generativní AI neustále vyvíjí. Téměř každý den přináší novinky ve schopnostech modelů AI i v tom, jak je lidé používají – a s nimi nové otázky a nové výzvy.“

angele-lefranc-chargee = – Angèle Lefranc, referentka pro advokační činnost ve Fondation pour l’Enfance
