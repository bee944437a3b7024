### relais: document=communique

rapport-alarmant-sur = Informe alarmante sobre la IA generativa y el abuso y explotación sexual infantil

p-29-octobre-2024 = <em>29 de octubre de 2024</em>

dans-un-contexte = En un contexto en el que los avances tecnológicos transforman nuestro día a día, la Fondation pour l’Enfance, fundación francesa de protección de la infancia, publica hoy un preocupante informe sobre el uso creciente de la inteligencia artificial (IA) generativa por parte de agresores sexuales de menores. El documento pone de relieve los peligros insidiosos que entraña esta tecnología, utilizada ya como un arma temible contra niñas, niños y adolescentes.

selon-les-donnees = Según datos de la Office mineurs (OFMIN), oficina central de la policía judicial francesa para los delitos contra menores, dependiente de la DNPJ (Dirección Nacional de la Policía Judicial francesa), el 40 % de los casos relacionados con material de abuso sexual infantil desembocaron en abusos sexuales a menores. La IA generativa, capaz de crear contenidos cada vez más extremos y violentos, suscita inquietud por un posible aumento de las conductas adictivas entre los consumidores de este material, lo que a su vez podría incrementar el riesgo de pasar a cometer abusos sexuales con contacto físico.

le-rapport-identifie = El informe identifica tres retos principales para proteger a los menores del abuso sexual infantil en línea facilitado por la IA:

identifier-et-proteger = Identificar y proteger a las niñas, niños y adolescentes víctimas,

engager-une-reponse = Articular una respuesta jurídica y política sólida y coordinada,

lutter-contre-intensification = Luchar contra la intensificación y la banalización de la violencia sexual.

la-fondation-pour = La Fondation pour l’Enfance hace un llamamiento a la movilización colectiva frente a esta amenaza emergente y formula 14 recomendaciones para detectar y sancionar el material de abuso sexual infantil generado por IA, así como para prevenir la explotación sexual de menores en línea.

pour-en-savoir = Para saber más sobre estas recomendaciones y sumarte a esta lucha esencial, te invitamos a leer nuestro informe o su resumen. ¡Únete a nuestro compromiso con la protección de niñas, niños y adolescentes!

lire-la-synthese = <a data-l10n-name="1">Leer el resumen del informe</a> • <a data-l10n-name="2">Leer el informe completo</a>

la-lutte-contre = “La lucha contra el abuso sexual de menores en línea, en particular el facilitado por la IA, es un desafío para el conjunto de la sociedad, y todos tenemos una responsabilidad”.

joelle-sicamois-directrice = — Joëlle Sicamois, directora de la Fondation pour l’Enfance

la-difficulte-est = “La dificultad es que la IA generativa está en constante evolución. Casi cada día trae consigo nuevos avances en las capacidades de los modelos de IA y en las prácticas de los usuarios y, por tanto, nuevos problemas y nuevos retos”.

angele-lefranc-chargee = — Angèle Lefranc, técnica de incidencia política de la Fondation pour l’Enfance
