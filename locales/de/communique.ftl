### relais: document=communique

rapport-alarmant-sur = Alarmierender Bericht über generative KI und sexualisierte Gewalt gegen Kinder

p-29-octobre-2024 = <em>29. Oktober 2024</em>

dans-un-contexte = In einer Zeit, in der technologische Fortschritte unseren Alltag verändern, veröffentlicht die Fondation pour l’Enfance, eine französische Kinderschutzstiftung, heute einen besorgniserregenden Bericht über die zunehmende Nutzung generativer künstlicher Intelligenz (KI) durch Täter sexualisierter Gewalt gegen Kinder. Der Bericht zeigt die heimtückischen Gefahren dieser Technologie auf, die inzwischen als furchtbare Waffe gegen Kinder eingesetzt wird.

selon-les-donnees = Nach Angaben des Office mineurs (OFMIN) – der für Straftaten gegen Minderjährige zuständigen Zentralstelle der französischen Kriminalpolizei innerhalb der DNPJ (Nationale Direktion der Kriminalpolizei) – führten 40 % der Verfahren im Zusammenhang mit Darstellungen sexuellen Missbrauchs von Kindern zu sexuellen Übergriffen auf Minderjährige. Generative KI, mit der sich immer extremere und gewalttätigere Inhalte erzeugen lassen, weckt die Sorge, dass suchtartiges Verhalten bei Konsumentinnen und Konsumenten solcher Inhalte zunehmen könnte – und damit auch das Risiko sexueller Übergriffe mit Körperkontakt.

le-rapport-identifie = Der Bericht benennt drei zentrale Herausforderungen beim Schutz Minderjähriger vor KI-gestütztem sexuellem Missbrauch von Kindern im Internet:

identifier-et-proteger = Betroffene Kinder identifizieren und schützen,

engager-une-reponse = Eine solide und koordinierte rechtliche und politische Antwort auf den Weg bringen,

lutter-contre-intensification = Gegen die Verschärfung und Normalisierung sexueller Gewalt vorgehen.

la-fondation-pour = Die Fondation pour l’Enfance ruft angesichts dieser neuen Bedrohung zu einer gemeinsamen Mobilisierung auf und formuliert 14 Empfehlungen, um KI-generierte Darstellungen sexuellen Missbrauchs von Kindern aufzuspüren und zu ahnden sowie der sexuellen Ausbeutung von Kindern im Internet vorzubeugen.

pour-en-savoir = Um mehr über diese Empfehlungen zu erfahren und sich an diesem wichtigen Kampf zu beteiligen, laden wir Sie ein, unseren Bericht oder dessen Zusammenfassung zu lesen. Setzen Sie sich gemeinsam mit uns für den Schutz von Kindern ein!

lire-la-synthese = <a data-l10n-name="1">Zusammenfassung des Berichts lesen</a> • <a data-l10n-name="2">Vollständigen Bericht lesen</a>

la-lutte-contre = „Der Kampf gegen sexuellen Missbrauch von Kindern im Internet, insbesondere wenn er mithilfe von KI begangen wird, ist eine gesamtgesellschaftliche Herausforderung, und wir alle tragen Verantwortung.“

joelle-sicamois-directrice = – Joëlle Sicamois, Direktorin der Fondation pour l’Enfance

la-difficulte-est = „Die Schwierigkeit besteht darin, dass sich generative KI ständig weiterentwickelt. Fast jeder Tag bringt neue Entwicklungen bei den Fähigkeiten von KI-Modellen und in den Praktiken der Nutzerinnen und Nutzer mit sich – und damit neue Problemstellungen und neue Herausforderungen.“

angele-lefranc-chargee = – Angèle Lefranc, Referentin für politische Interessenvertretung bei der Fondation pour l’Enfance
