### relais: document=communique source=source/communique-fr.md

# relais: block=h1
rapport-alarmant-sur = Rapport alarmant sur l’IA générative et la pédocriminalité

# relais: block=p
p-29-octobre-2024 = <em>29 octobre 2024</em>

# relais: block=p
dans-un-contexte = Dans un contexte où les avancées technologiques transforment notre quotidien, la Fondation pour l’Enfance publie aujourd’hui un rapport préoccupant sur l’utilisation croissante de l’intelligence artificielle (IA) générative par les pédocriminels. Ce document met en lumière les dangers insidieux que représente cette technologie, désormais utilisée comme une arme redoutable contre les enfants.

# relais: block=p
selon-les-donnees = Selon les données de l’Office Mineurs (OFMIN) de la Direction Nationale de la Police Judiciaire (DNPJ), 40 % des affaires impliquant des contenus pédopornographiques ont conduit à des actes sur des mineurs. L’IA générative, capable de créer des contenus toujours plus extrêmes et violents, soulève des inquiétudes quant à une possible augmentation des comportements addictifs chez les consommateurs, augmentant ainsi le risque de passage à l’acte.

# relais: block=p
le-rapport-identifie = Le rapport identifie trois enjeux majeurs pour protéger les mineurs de la cyberpédocriminalité générée par l’IA :

# relais: block=li list=1 ordered
identifier-et-proteger = Identifier et protéger les enfants victimes,

# relais: block=li list=1 ordered
engager-une-reponse = Engager une réponse juridique et politique solide et coordonnée,

# relais: block=li list=1 ordered
lutter-contre-intensification = Lutter contre l’intensification et la banalisation des violences sexuelles.

# relais: block=p
la-fondation-pour = La Fondation pour l’Enfance appelle à une mobilisation collective face à cette menace émergente et formule 14 recommandations visant à détecter et sanctionner les contenus pédocriminels générés par l’IA, ainsi qu’à prévenir l’exploitation sexuelle en ligne des enfants.

# relais: block=p
pour-en-savoir = Pour en savoir plus sur ces recommandations et participer à cette lutte essentielle, nous vous invitons à lire notre rapport ou sa synthèse. Rejoignez-nous dans notre engagement pour la protection des enfants !

# relais: block=p link.1=https://fondation-enfance.org/2024/10/29/rapport-alarmant-sur-lia-generative-et-la-pedocriminalite/ link.2=https://fondation-enfance.org/2024/10/29/rapport-alarmant-sur-lia-generative-et-la-pedocriminalite/
lire-la-synthese = <a data-l10n-name="1">Lire la synthèse du rapport</a> • <a data-l10n-name="2">Lire le rapport entier</a>

# relais: block=p quote=1
la-lutte-contre = « La lutte contre la pédocriminalité en ligne, notamment générée par l’IA, est un défi social et sociétal, et nous avons tous une responsabilité. »

# relais: block=p quote=1
joelle-sicamois-directrice = — Joëlle SICAMOIS, Directrice de la Fondation pour l’Enfance

# relais: block=p quote=2
la-difficulte-est = « La difficulté est que l’IA générative est en perpétuel mouvement. Chaque jour ou presque apporte son lot de nouvelles évolutions dans les capacités des modèles d’IA, dans les pratiques des utilisateurs, et donc de nouvelles problématiques et de nouveaux enjeux. »

# relais: block=p quote=2
angele-lefranc-chargee = — Angèle LEFRANC, Chargée de plaidoyer de la Fondation pour l’Enfance
