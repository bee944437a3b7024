### relais: document=communique

rapport-alarmant-sur = Relatório alarmante sobre a IA generativa e o abuso e exploração sexual de crianças

p-29-octobre-2024 = <em>29 de outubro de 2024</em>

dans-un-contexte = Num contexto em que os avanços tecnológicos transformam o nosso quotidiano, a Fondation pour l’Enfance, fundação francesa de proteção da infância, publica hoje um relatório preocupante sobre a utilização crescente da inteligência artificial (IA) generativa por agressores sexuais de crianças. O documento põe em evidência os perigos insidiosos desta tecnologia, atualmente utilizada como uma arma temível contra as crianças.

selon-les-donnees = Segundo dados do Office mineurs (OFMIN), serviço central da polícia judiciária francesa para crimes contra menores, integrado na DNPJ (Direção Nacional da Polícia Judiciária francesa), 40% dos casos que envolvem material de abuso sexual de crianças resultaram em abusos sexuais de menores. A IA generativa, capaz de criar conteúdos cada vez mais extremos e violentos, suscita preocupações quanto a um possível aumento dos comportamentos aditivos entre os consumidores destes conteúdos, elevando assim o risco de virem a cometer abusos sexuais com contacto físico.

le-rapport-identifie = O relatório identifica três grandes desafios para proteger os menores do abuso sexual de crianças em linha facilitado pela IA:

identifier-et-proteger = Identificar e proteger as crianças vítimas,

engager-une-reponse = Dar uma resposta jurídica e política sólida e coordenada,

lutter-contre-intensification = Combater a intensificação e a banalização da violência sexual.

la-fondation-pour = A Fondation pour l’Enfance apela a uma mobilização coletiva face a esta ameaça emergente e formula 14 recomendações destinadas a detetar e sancionar o material de abuso sexual de crianças gerado por IA, bem como a prevenir a exploração sexual de crianças em linha.

pour-en-savoir = Para saber mais sobre estas recomendações e participar nesta luta essencial, convidamos à leitura do nosso relatório ou da respetiva síntese. Junte-se a nós no nosso compromisso com a proteção das crianças!

lire-la-synthese = <a data-l10n-name="1">Ler a síntese do relatório</a> • <a data-l10n-name="2">Ler o relatório completo</a>

la-lutte-contre = “A luta contra o abuso sexual de crianças em linha, nomeadamente quando facilitado pela IA, é um desafio para toda a sociedade, e todos temos uma responsabilidade.”

joelle-sicamois-directrice = — Joëlle Sicamois, diretora da Fondation pour l’Enfance

la-difficulte-est = “A dificuldade é que a IA generativa está em permanente evolução. Quase todos os dias trazem novos desenvolvimentos nas capacidades dos modelos de IA e nas práticas dos utilizadores e, por conseguinte, novos problemas e novos desafios.”

angele-lefranc-chargee = — Angèle Lefranc, técnica de advocacy da Fondation pour l’Enfance
