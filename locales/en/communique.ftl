### relais: document=communique

rapport-alarmant-sur = Alarming report on generative AI and child sexual exploitation and abuse

p-29-octobre-2024 = <em>29 October 2024</em>

dans-un-contexte = At a time when technological advances are transforming our everyday lives, the Fondation pour l’Enfance, a French child-protection foundation, is today publishing a worrying report on the growing use of generative artificial intelligence (AI) by child sex offenders. The report highlights the insidious dangers posed by this technology, which is now being used as a formidable weapon against children.

selon-les-donnees = According to data from the Office mineurs (OFMIN), the French police’s central office for crimes against minors, part of the DNPJ (France’s National Directorate of the Judicial Police), 40% of cases involving child sexual abuse material (CSAM) led to the sexual abuse of minors. Generative AI, which can create ever more extreme and violent content, raises concerns about a possible increase in addictive behaviours among those who consume such content, thereby increasing the risk of contact offending.

le-rapport-identifie = The report identifies three major challenges in protecting minors from online child sexual exploitation and abuse facilitated by AI:

identifier-et-proteger = Identify and protect child victims,

engager-une-reponse = Mount a strong and coordinated legal and political response,

lutter-contre-intensification = Combat the escalation and normalisation of sexual violence.

la-fondation-pour = The Fondation pour l’Enfance calls for collective mobilisation in the face of this emerging threat and sets out 14 recommendations aimed at detecting and sanctioning AI-generated child sexual abuse material, and at preventing online child sexual exploitation.

pour-en-savoir = To find out more about these recommendations and take part in this vital fight, we invite you to read our report or its summary. Join us in our commitment to protecting children!

lire-la-synthese = <a data-l10n-name="1">Read the report summary</a> • <a data-l10n-name="2">Read the full report</a>

la-lutte-contre = “The fight against online child sexual exploitation and abuse, in particular abuse facilitated by AI, is a challenge for society as a whole, and we all bear responsibility.”

joelle-sicamois-directrice = — Joëlle Sicamois, Director of the Fondation pour l’Enfance

la-difficulte-est = “The difficulty is that generative AI is constantly evolving. Almost every day brings its share of new developments in the capabilities of AI models and in user practices, and therefore new issues and new challenges.”

angele-lefranc-chargee = — Angèle Lefranc, Advocacy Officer at the Fondation pour l’Enfance
