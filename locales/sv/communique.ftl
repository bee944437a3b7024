### relais: document=communique

rapport-alarmant-sur = Alarmerande rapport om generativ AI och sexuella övergrepp mot barn

p-29-octobre-2024 = <em>29 oktober 2024</em>

dans-un-contexte = I en tid då tekniska framsteg förändrar vår vardag publicerar Fondation pour l’Enfance, en fransk stiftelse för barns skydd, i dag en oroande rapport om den ökande användningen av generativ artificiell intelligens (AI) bland förövare av sexuella övergrepp mot barn. Rapporten belyser de lömska risker som tekniken innebär, nu när den används som ett fruktansvärt vapen mot barn.

selon-les-donnees = Enligt uppgifter från Office mineurs (OFMIN), den franska kriminalpolisens centrala enhet för brott mot minderåriga inom DNPJ (Frankrikes nationella direktorat för kriminalpolisen), ledde 40 % av ärendena som gällde sexuellt övergreppsmaterial på barn till sexualbrott mot minderåriga. Generativ AI, som kan skapa allt mer extremt och våldsamt innehåll, väcker oro för att beroendeliknande beteenden hos dem som konsumerar sådant innehåll kan öka – och därmed risken för sexuella övergrepp med fysisk kontakt.

le-rapport-identifie = Rapporten pekar ut tre centrala utmaningar för att skydda minderåriga mot sexuella övergrepp mot barn på nätet där generativ AI används:

identifier-et-proteger = att identifiera och skydda barn som utsatts,

engager-une-reponse = att utforma ett kraftfullt och samordnat rättsligt och politiskt svar,

lutter-contre-intensification = att motverka att sexuellt våld förvärras och normaliseras.

la-fondation-pour = Fondation pour l’Enfance uppmanar till gemensam mobilisering mot detta nya hot och lägger fram 14 rekommendationer för att upptäcka och beivra AI-genererat sexuellt övergreppsmaterial på barn och för att förebygga sexuell exploatering av barn på nätet.

pour-en-savoir = Vill du veta mer om rekommendationerna och delta i denna viktiga kamp? Läs vår rapport eller sammanfattningen av den. Gå med oss i arbetet för att skydda barn!

lire-la-synthese = <a data-l10n-name="1">Läs sammanfattningen av rapporten</a> • <a data-l10n-name="2">Läs hela rapporten</a>

la-lutte-contre = ”Kampen mot sexuella övergrepp mot barn på nätet, inte minst när AI används, är en utmaning för hela samhället, och vi har alla ett ansvar.”

joelle-sicamois-directrice = – Joëlle Sicamois, direktör för Fondation pour l’Enfance

la-difficulte-est = ”Svårigheten är att generativ AI ständigt förändras. Nästan varje dag kommer nya framsteg i AI-modellernas förmågor och i användarnas beteenden, och därmed nya problem och nya utmaningar.”

angele-lefranc-chargee = – Angèle Lefranc, påverkansansvarig vid Fondation pour l’Enfance
