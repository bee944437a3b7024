### relais: document=communique

rapport-alarmant-sur = Tuarascáil scanrúil ar an intleacht shaorga ghiniúnach agus ar mhí-úsáid ghnéasach leanaí

p-29-octobre-2024 = <em>29 Deireadh Fómhair 2024</em>

dans-un-contexte = Ag am a bhfuil dul chun cinn na teicneolaíochta ag athrú ár saol laethúil, tá tuarascáil imníoch á foilsiú inniu ag an Fondation pour l’Enfance, fondúireacht Fhrancach um chosaint leanaí, faoin úsáid mhéadaitheach atá á baint as an intleacht shaorga (IS) ghiniúnach ag daoine a dhéanann coireanna gnéasacha in aghaidh leanaí. Léiríonn an tuarascáil na contúirtí fealltacha a bhaineann leis an teicneolaíocht seo, atá á húsáid anois mar arm fíochmhar in aghaidh leanaí.

selon-les-donnees = De réir sonraí ón Office mineurs (OFMIN), oifig lárnach phóilíní breithiúnacha na Fraince um choireanna in aghaidh mionaoiseach, atá mar chuid den DNPJ (Stiúrthóireacht Náisiúnta Phóilíní Breithiúnacha na Fraince), i 40% de na cásanna ina raibh ábhar mí-úsáide gnéasaí leanaí i gceist, rinneadh coireanna gnéasacha in aghaidh mionaoiseach dá bharr. Ós rud é gur féidir leis an IS ghiniúnach ábhar atá níos foircní agus níos foréigní i gcónaí a chruthú, tá imní ann go bhféadfadh méadú teacht ar iompar andúile i measc na ndaoine a bhreathnaíonn ar an ábhar sin, rud a d’fhéadfadh an baol a mhéadú go ndéanfaidís mí-úsáid ghnéasach a bhaineann le teagmháil fhisiciúil.

le-rapport-identifie = Aithnítear sa tuarascáil trí mhórdhúshlán maidir le mionaoisigh a chosaint ar mhí-úsáid ghnéasach leanaí ar líne a éascaítear leis an IS:

identifier-et-proteger = leanaí atá ina n-íospartaigh a aithint agus a chosaint,

engager-une-reponse = freagairt dhlíthiúil agus pholaitiúil láidir chomhordaithe a chur ar bun,

lutter-contre-intensification = dul i ngleic le méadú agus le normalú an fhoréigin ghnéasaigh.

la-fondation-pour = Iarrann an Fondation pour l’Enfance ar chách teacht le chéile in aghaidh na bagartha nua seo, agus cuireann sí 14 mholadh chun tosaigh chun ábhar mí-úsáide gnéasaí leanaí arna ghiniúint ag an IS a bhrath agus pionós a ghearradh ina leith, agus chun teacht i dtír gnéasach ar leanaí ar líne a chosc.

pour-en-savoir = Chun tuilleadh eolais a fháil faoi na moltaí seo agus chun páirt a ghlacadh sa troid ríthábhachtach seo, léigh ár dtuarascáil nó an achoimre uirthi. Bí linn inár dtiomantas chun leanaí a chosaint!

lire-la-synthese = <a data-l10n-name="1">Léigh achoimre na tuarascála</a> • <a data-l10n-name="2">Léigh an tuarascáil iomlán</a>

la-lutte-contre = “Is dúshlán don tsochaí ina hiomláine í an troid in aghaidh mí-úsáid ghnéasach leanaí ar líne, go háirithe mí-úsáid a éascaítear leis an IS, agus tá freagracht orainn go léir.”

joelle-sicamois-directrice = — Joëlle Sicamois, Stiúrthóir an Fondation pour l’Enfance

la-difficulte-est = “Is é an deacracht atá ann ná go bhfuil an IS ghiniúnach ag athrú de shíor. Tugann beagnach gach lá forbairtí nua i gcumais na samhlacha IS agus i gcleachtais na n-úsáideoirí, agus dá bhrí sin fadhbanna nua agus dúshláin nua.”

angele-lefranc-chargee = — Angèle Lefranc, Oifigeach Abhcóideachta an Fondation pour l’Enfance
