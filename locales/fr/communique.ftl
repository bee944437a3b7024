### relais: document=communique source=source/communique-fr.md

# relais: block=h1 source-hash=506e30f92be2a778
rapport-alarmant-sur = Rapport alarmant sur l’IA générative et la pédocriminalité

# relais: block=p source-hash=387b1430ba9c1537
p-29-octobre-2024 = <em>29 octobre 2024</em>

# relais: block=p source-hash=c44e04a59964ee25
dans-un-contexte = Dans un contexte où les avancées technologiques transforment notre quotidien, la Fondation pour l’Enfance publie aujourd’hui un rapport préoccupant sur l’utilisation croissante de l’intelligence artificielle (IA) générative par les pédocriminels. Ce document met en lumière les dangers insidieux que représente cette technologie, désormais utilisée comme une arme redoutable contre les enfants.

# relais: block=p source-hash=bb7de0f45cb3ac4c
selon-les-donnees = Selon les données de l’Office Mineurs (OFMIN) de la Direction Nationale de la Police Judiciaire (DNPJ), 40 % des affaires impliquant des contenus pédopornographiques ont conduit à des actes sur des mineurs. L’IA générative, capable de créer des contenus toujours plus extrêmes et violents, soulève des inquiétudes quant à une possible augmentation des comportements addictifs chez les consommateurs, augmentant ainsi le risque de passage à l’acte.

# relais: block=p source-hash=f939eaf1ca753897
le-rapport-identifie = Le rapport identifie trois enjeux majeurs pour protéger les mineurs de la cyberpédocriminalité générée par l’IA :

# relais: block=li list=1 ordered source-hash=82fa00427233a3f1
identifier-et-proteger = Identifier et protéger les enfants victimes,

# relais: block=li list=1 ordered source-hash=43d0c1d1af1a549b
engager-une-reponse = Engager une réponse juridique et politique solide et coordonnée,

# relais: block=li list=1 ordered source-hash=52f742536033bae3
lutter-contre-intensification = Lutter contre l’intensification et la banalisation des violences sexuelles.

# relais: block=p source-hash=709c15bcc3c29529
la-fondation-pour = La Fondation pour l’Enfance appelle à une mobilisation collective face à cette menace émergente et formule 14 recommandations visant à détecter et sanctionner les contenus pédocriminels générés par l’IA, ainsi qu’à prévenir l’exploitation sexuelle en ligne des enfants.

# relais: block=p source-hash=1685fd0e095862db
pour-en-savoir = Pour en savoir plus sur ces recommandations et participer à cette lutte essentielle, nous vous invitons à lire notre rapport ou sa synthèse. Rejoignez-nous dans notre engagement pour la protection des enfants !

# relais: block=p link.1=https://fondation-enfance.org/2024/10/29/rapport-alarmant-sur-lia-generative-et-la-pedocriminalite/ link.2=https://fondation-enfance.org/2024/10/29/rapport-alarmant-sur-lia-generative-et-la-pedocriminalite/ source-hash=bbb35d49c69cb69d
lire-la-synthese = <a data-l10n-name="1">Lire la synthèse du rapport</a> • <a data-l10n-name="2">Lire le rapport entier</a>

# relais: block=p quote=1 source-hash=4895736967bf8d0e
la-lutte-contre = « La lutte contre la pédocriminalité en ligne, notamment générée par l’IA, est un défi social et sociétal, et nous avons tous une responsabilité. »

# relais: block=p quote=1 source-hash=d66cb0a2c1703fa2
joelle-sicamois-directrice = — Joëlle SICAMOIS, Directrice de la Fondation pour l’Enfance

# relais: block=p quote=2 source-hash=99258ac6ea6f66a3
la-difficulte-est = « La difficulté est que l’IA générative est en perpétuel mouvement. Chaque jour ou presque apporte son lot de nouvelles évolutions dans les capacités des modèles d’IA, dans les pratiques des utilisateurs, et donc de nouvelles problématiques et de nouveaux enjeux. »

# relais: block=p quote=2 source-hash=49549fa4fd9e7e1a
angele-lefranc-chargee = — Angèle LEFRANC, Chargée de plaidoyer de la Fondation pour l’Enfance
