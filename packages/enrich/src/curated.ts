// Small hand-curated word lists (written for this package, general English news usage): titles and
// roles, attribution cue verbs, organisation and place head words, well-known organisations.
// Large gazetteers (countries, cities, first names, common words) come from packages: see lexicon.ts.

/** A set of the words in `words`, split on white space: how every word list here is written. */
export const wordSet = (words: string): ReadonlySet<string> =>
  new Set(words.split(/\s+/u).filter((w) => w.length > 0));
const set = wordSet;
/** The words of `words`, split on white space, in order. */
const wordsOf = (words: string): string[] => words.split(/\s+/u).filter((w) => w.length > 0);

/** Legal suffixes of company names: "Siemens AG", "Acme Corp". */
export const COMPANY_SUFFIXES = set(
  'inc corp ltd co plc llc ag sa nv bv ab gmbh asa se oyj spa srl sarl pty pvt bhd berhad tbk bros llp bancorp bancshares cie kg kgaa sl slu sas ltda pjsc jsc pcl ad ead eood ood kft zrt nyrt oy sal lp wll nl aş a/s s/a i/s k/s sac saa ehf hf pte',
);

/** A party-and-state label after a US lawmaker's name: "R-Texas", "D-N.Y", "I-Vt". */
export const PARTY_STATE = /^[DRI]-\p{Lu}[\p{L}.]{0,5}$/u;

/** Lower-cased words that are never names on their own, even when capitalized. */
export const FUNCTION_WORDS = set(`
  a an the this that these those he she it they we i you his her its their our my your him them us me
  in on at of for to from by with without about into onto over under after before during since until
  and or but nor so yet if then than as when while where which who whom whose what why how because although though
  not no yes all some any each every both either neither other another such many much more most few several
  be is are was were been being am have has had do does did will would shall should can could may might must
  there here also however meanwhile moreover furthermore instead still just even only now today yesterday tomorrow
  according following despite via per among between within across around through throughout against
  mr mrs ms dr
`);

export const DAYS_MONTHS = set(`
  monday tuesday wednesday thursday friday saturday sunday
  mondays tuesdays wednesdays thursdays fridays saturdays sundays
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Holidays, which open no name ("Christmas Day", "Easter"), though some are family names ("Johnnie Christmas"). */
export const HOLIDAYS = set(`christmas easter ramadan eid thanksgiving hanukkah diwali passover halloween`);

/** Abbreviations that end with a period without ending the sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr st ste jr sr gen brig lt lieut col sgt capt cpt maj adm cdr pvt gov sen rep prof rev revd hon fr ald cllr engr eng mohd muhd rt ven
  inc corp ltd co plc llc bros no nos mt ft vs etc approx est dept univ ave blvd
  det supt insp const cmdr cpl pte atty adv msgr comr
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/**
 * Titles each whole on its own, listed once for both TITLE_WORDS and the entity code's core titles:
 * hyphenated ones ("Secretary-General Mark Rutte"), councillors, Irish heads of government, and
 * the authors and performers news names before a name ("novelist Chimamanda Ngozi Adichie").
 */
export const WHOLE_TITLE_TEXT = `
  secretary-general under-secretary-general assistant-secretary-general director-general attorney-general governor-general solicitor-general inspector-general
  comptroller-general accountant-general surveyor-general registrar-general postmaster-general paymaster-general
  procurator-general prosecutor-general commissioner-general
  surgeon-general auditor-general vice-president vice-chairman vice-chair vice-chancellor vice-admiral
  lieutenant-general major-general lieutenant-colonel co-chair co-chairman
  judge-rapporteur deputy-governor deputy-director deputy-mayor vice-governor vice-mayor vice-chief deputy-chief
  vice-chairwoman vice-chairperson vice-premier vice-minister deputy-minister vice-rector vice-dean vice-presidents
  ratu ibu bapak kyai comr menteri
  councilor councillor councilman councilwoman alderman alderwoman assemblyman assemblywoman selectman
  councilmember councilmembers assemblymember councilperson selectwoman member corporator
  taoiseach tánaiste tanaiste author novelist writer actor actress singer rapper minister-president frontman frontwoman
  trumpeter saxophonist pianist violinist cellist bassist guitarist drummer percussionist composer conductor songwriter
  corporal trooper troopers constables deputy agent cr forecaster meteorologist promoter pollster
  ch dci dcs dsupt pc wpc
  barrister advocate sepoy naik havildar subedar cabbie boatman
  comrade maulana atty olympian paralympian hereditary maître maitre alhaji alhaja hajiya hajia malam mallam gogo inkosi dsp asp csp postmistress postmaster publican cathaoirleach
  khun khunying tun oknha dona apostle convener convenor eng
  statistician actuary economist
`;

/**
 * Titles and roles that precede a person's name and are not part of it ("Secretary of State
 * Antony Blinken" is Antony Blinken). Multi-word titles are matched token by token, so each word
 * of them is listed; `of`/`for`/`to` inside a title are handled by the span code.
 */
export const TITLE_WORDS = set(`
  president presidents vice prime minister ministers secretary secretaries senator sen rep representative congressman congresswoman
  legislator lawmaker rapporteur rapporteurs
  supreme managing
  senators justices judges governors
  governor gov mayor ambassador envoy chancellor premier king queen prince princess pope emperor empress sultan emir sheikh sheikha
  mr mrs ms miss dr prof professor sir dame lord lady baron baroness
  general gen lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm commander marshal corporal private
  brigadier brig commodore rear
  canon sister emeritus rt ven mufti patriarch prophet mawlawi maulvi mullah qari thiru mgr monseigneur delegado colonel-major
  judge justice chief deputy acting interim former shadow foreign home interior defence defense finance health education
  justice culture trade economy economic environment energy transport treasury state
  affairs security agriculture labour labor development commerce industry tourism immigration housing welfare
  communications infrastructure science technology sport sports youth human rights competition railway railways
  financial operating information marketing medical legal commercial scientific creative investment compliance
  risk product digital strategy revenue content editorial counsel administrator adviser advisor
  chairman chairwoman chairperson chair ceo cfo coo cto founder co-founder co-leader director manager executive spokesman spokeswoman spokesperson
  commissioner inspector detective officer constable sheriff superintendent attorney prosecutor
  det supt insp const cmdr cpl pte auditor clerk supervisor registrar comptroller assessor recorder pro tem honorary pathologist
  coach striker goalkeeper midfielder defender captain manager player winger
  bishop archbishop cardinal reverend rev revd father fr pastor whip rabbi imam ayatollah padre venerable anba lonko aunty auntie
  pandit ustad doña daw uncle kuia koro weizero pharaoh
  undersecretary under-secretary speaker leader chairman chief-executive mp mep district circuit magistrate td msp mla mpp mlc mec mna mha mhk
  cllr hon engr datuk dato datin seri patinggi encik shri smt ald alderman alderwoman alderperson high treasurer tempore
  senior junior assistant special minority majority first crown principal presiding fisheries aquaculture forestry
  provost rector ombudsman ombudswoman coroner adjudicator
  depute sub-inspector controller solicitor additional collector editor-in-chief baale oba alhaji alhaja otunba
  ustaz ustadz ustazah hadja sayadaw linesman engineer hojatoleslam hojjatoleslam subinspector adv monsignor msgr
  besar
  ${WHOLE_TITLE_TEXT}
`);

/** Role nouns used as anaphoric descriptions ("the diplomat") and the title words each covers. */
export const ROLE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  diplomat: ['ambassador', 'envoy', 'foreign', 'secretary of state', 'counterpart', 'diplomat'],
  minister: ['minister', 'secretary'],
  president: ['president'],
  leader: ['president', 'prime', 'premier', 'leader', 'chancellor', 'king', 'queen'],
  senator: ['senator', 'sen'],
  governor: ['governor', 'gov'],
  mayor: ['mayor'],
  coach: ['coach', 'manager'],
  official: [
    'minister',
    'secretary',
    'official',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'director',
    'commissioner',
  ],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson'],
  executive: ['ceo', 'executive', 'chairman', 'chairwoman', 'founder', 'director'],
  prosecutor: ['prosecutor', 'attorney'],
  judge: ['judge', 'justice'],
  pontiff: ['pope'],
  // (a priest by his title: "Father Tomas Ryan, parish priest at ..., ... the priest said")
  priest: ['priest', 'father', 'fr', 'rev', 'reverend', 'monsignor', 'msgr'],
  officer: ['officer', 'sheriff', 'detective', 'constable', 'inspector'],
  lawmaker: ['senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'mp', 'mep'],
  congressman: ['representative', 'rep', 'congressman'],
  congresswoman: ['representative', 'rep', 'congresswoman'],
  general: ['general', 'gen', 'lieutenant-general', 'major-general'],
  colonel: ['colonel', 'col', 'lieutenant-colonel'],
  admiral: ['admiral', 'adm', 'vice-admiral'],
};

/** Attribution verbs (all inflections listed, lower case). */
export const CUE_VERBS = set(`
  say says said saying tell tells told telling add adds added adding stress stresses stressed stressing
  remark remarks remarked claim claims claimed claiming state states stated stating explain explains explained explaining
  note notes noted noting ask asks asked write writes wrote writing continue continues continued continuing
  insist insists insisted argue argues argued arguing warn warns warned warning declare declares declared declaring
  announce announces announced comment comments commented commenting reply replies replied respond responds responded
  recall recalls recalled acknowledge acknowledges acknowledged admit admits admitted affirm affirms affirmed
  assert asserts asserted asserting reason reasons reasoned suggest suggests suggested urge urges urged conclude concludes concluded
  observe observes observed maintain maintains maintained emphasize emphasizes emphasized emphasise emphasises emphasised
  repeat repeats repeated repeating report reports reported reporting read reads tweet tweets tweeted post posts posted testify testifies testified
  concede concedes conceded predict predicts predicted promise promises promised vow vows vowed caution cautions cautioned
  complain complains complained confirm confirms confirmed deny denies denied describe describes described call calls called
  quote quotes quoted cite cites cited citing reiterate reiterates reiterated point points pointed shout shouted yell yelled
  praises praised praising hails hailed hailing branded branding thanked thanking
  whisper whispered joke joked laugh laughed sigh sighed boast boasted tweet wonder wondered agree agrees agreed
  admitting announcing arguing commenting recalling adding explaining noting insisting warning
  assure assures assured assuring calling describing accuse accuses accused accusing
  remind reminds reminded reminding dismiss dismisses dismissed dismissing pledge pledges pledged pledging promising vowing appealed
  condemn condemns condemned condemning denounce denounces denounced denouncing blame blames blamed blaming
  allege alleges alleged alleging contend contends contended contending counter counters countered
  criticise criticises criticised criticising criticize criticizes criticized criticizing slammed lambasted
  label labels labelled labeled labelling labeling termed
`);

/** Cue words that start an attribution phrase before the speaker ("according to X"). */
export const ACCORDING = 'according';

/** Head words that make a capitalized span an organisation ("Refugee Council", "Home Office"). */
export const ORG_HEADS = set(`
  inc inc. corp corporation company co ltd llc plc group holdings financial agency council department departments ministry office
  committee commission university college institute institution school academy association society foundation party lista
  church bank court army navy force forces police constabulary union federation confederation league club team news times post journal herald
  tribune gazette network networks broadcasting corporation airlines airways administration authority bureau service services
  parliament congress senate assembly government board fed synod rabbinate patriarchate landtag fund trust project conference programme program organization initiative
  organisation alliance coalition movement front brigade brigades ministries cabinet council centre center
  magazine press radio fm television tv channel studio studios records entertainment media games labs laboratory laboratories
  motors industries systems technologies technology software communications telecom energy petroleum oil pharmaceuticals re
  steel mining foods chemicals insurance capital partners logistics shipping electric electronics pharma cement water power
  resources investments securities ventures research analytics consulting consultancy advisors advisers associates ratings
  chamber chambers institutes pictures films productions centers centres councils committees commissions agencies superintendency expeditions
  associations foundations societies consortium consortia enterprise enterprises tankers exchange alternative automotive aerospace semiconductor semiconductors guild guilds
  observatory campaign metals ore iron lithium nickel minerals
  therapeutics biosciences biotech cargo robotics photonics diagnostics dynamics interactive gaming sons brotherhood wireless survey mission seafood refinery owners racing
  apparels apparel fashions textiles garments knitwear letters polytechnic mines pharmaceutical
  hospital infirmary clinic museum gallery galleries library orchestra foundation fc guard guards command corps regiment division squad unit patrol transit
  railway railways railroad coastguard editions books publishing publishers sisters brothers missionaries knights elementary construction
  architects brokers reinsurance assurance pensions mutual inşaat i\u0307nşaat insaat energia energi enerji energie mart automobil automobili automobiles interiors metall helicopters gleaner observer inquirer cruises ambulance worldwide movil móvil airports parks
  commission tribunal secretariat directorate agency's parliament weekly daily mail chronicle telegraph courier brands newswire newswires
  forum forums administrations municipality diocese archdiocese watch sports community embassy consulate sport dicastery
  instituto istituto institut universidad università universidade universität banco banca partido partito parti
  polytechnique
  banc caja caixa cassa gendarmerie
  movimento movimiento ministerio ministero ministère comune ayuntamiento collegio colegio escuela scuola
  limited promotions motorsport alloys automobile automobiles vehicles developments properties homes engineering
  tecnologie tecnologia tecnologias tecnologías meccanica mecánica mecanica eléctrica electrica elettrica elétrica atomics
  seguros seguradora assicurazioni salvage auto werke werk petrochemical petrochemicals petrochem contracting distributors markets
  ittehad parishad sangh morcha sabha sena manch
  solutions fertilizers fertilisers brewing brewery breweries distillery realty estates builders contractors advisory
  healthcare hospitality hotels resorts ferries beverages farms fisheries shipyard shipyards aviation freight couriers
  mobility batteries plastics packaging timber gas solar hydro tracking residential holding streaming lines
  gruppe verlag verlagsgruppe ràdio rádio biologics kreditbank zentralbank landesbank volksbank sparkasse
  handelsbank scheme registry registries inspectorate endowment avionics esports fuels carriers wines winery wineries kaiun kisen navigazione kobo kensetsu kogyo sangyo seisakusho denki tekko jidosha inşaat insaat costruzioni
  regulator coal management digital mobile search shipbuilding trading faculty faculties syndicate directorate-general assurance aggregates products motor schools hospitals cartel works storage logistik commodities grains agribusiness telecommunications telecoms utilities
`);

/** Head words that make a capitalized span a place ("Bali Island", "Nizhny Novgorod Stadium"). */
export const PLACE_HEADS = set(`
  island islands city county province state region district street avenue road square river lake sea ocean bay gulf parish krai okrug pass
  valley mountain mountains mount mt hill hills desert peninsula coast strait canal airport station stadium arena park
  lane row boulevard garden gardens basilica cathedral mosque temple abbey chapel embankment bhavan bhawan niwas nivas
  bridge tunnel harbour harbor port village town borough prefecture territory territories republic kingdom emirate oblast
  heights plaza hall palace tower towers memorial junction shoal reef atoll empire caliphate isle dam beach
  cottage manor château chateau basin plateau glacier volcano delta lagoon fjord canyon falls highlands archipelago buildings castle area causeway courts
  steppe wetlands creek springs corridor building highway motorway freeway expressway nagar marg chowk drive terrace
  auditorium amphitheatre amphitheater racecourse velodrome quay pike wall barrage reservoir point land camp cemetery grounds courthouse
  hotel prison jail gaol isthmus oval gate base inlet
`);

/** Place words used as anaphoric descriptions of a place entity ("the city"). */
export const PLACE_DESCRIPTIONS = set(
  'city town country nation state region province capital island village municipality',
);

/** Those who speak for a body ("a spokeswoman for Iberia said"). */
export const SPOKESPERSON_WORDS = set('spokesperson spokesman spokeswoman');

/** Particles that may start or sit inside a person name in lower case. */
export const NAME_PARTICLES = set(
  "'t ’t de del della di da do dos das du des van von der den ten ter la le las los al el bin bint binti binte ibn ben ap ab dela wa Ó Ní Uí i y am ole aux af arap ur ul ud ould a/l a/p s/o d/o",
);

/** Second halves of a compound saying where someone or something is from: "Sydney-based", "Lagos-born". */
export const PLACE_COMPOUND_TAILS = set('based born bred raised headquartered listed');

/** Prepositions that point to a place when followed by an unknown proper name. */
export const PLACE_PREPOSITIONS = set(
  'in at near from to across outside inside throughout towards toward into via around off',
);

/**
 * Widely known organisations that carry no head word. General news names only (international
 * bodies, big companies, news agencies), not names taken from any evaluation text. The last lines
 * are clubs, teams and firms whose names read as a person's or a place's ("Aston Villa", "Crystal
 * Palace", "Real Madrid", "McLaren", "Taylor Wimpey"); names also common as places or words
 * ("Barcelona", "Porto", "Celtic") are left out.
 */
/**
 * Known bodies whose names hold lower-case words or a comma, as printed (a comma is its own word):
 * names throughout, also where a sentence opens with them ("Fire and Emergency New Zealand said").
 */
export const CONNECTED_ORG_NAMES: readonly string[] = [
  'Law and Justice',
  'Fire and Emergency New Zealand',
  'Environment and Climate Change Canada',
  'Foreign , Commonwealth and Development Office',
  'Immigration , Refugees and Citizenship Canada',
  'United Food and Commercial Workers',
  'United Food and Commercial Workers Canada',
  'United Food and Commercial Workers International Union',
  'Friends of the Earth',
  'Rape Crisis England and Wales',
  'Kandilli Observatory and Earthquake Research Institute',
  'International Federation of Red Cross and Red Crescent Societies',
  'Organization for Security and Co-operation in Europe',
  'Organisation for Security and Co-operation in Europe',
  'Organization for Security and Cooperation in Europe',
  'Organisation for Economic Co-operation and Development',
  'Organization for Economic Cooperation and Development',
  'Organization for Economic Co-operation and Development',
  'Medicines and Healthcare products Regulatory Agency',
  'An Garda Síochána',
  'Socialists and Democrats',
  'Heart of Midlothian',
  'Queen of the South',
  'Brighton and Hove Albion',
  'Organization of the Petroleum Exporting Countries',
  'Organisation of the Petroleum Exporting Countries',
  "Lloyd's of London",
  'Lloyd’s of London',
  'Customs and Border Protection',
  'Immigration and Customs Enforcement',
  'Citizenship and Immigration Services',
];

const KNOWN_ORG_WORDS = set(`
  guardia_civil policía_nacional policia_nacional hoge_raad raad_van_state te_papa uisce_éireann uisce_eireann
  france_info france_inter france_culture france_bleu france_télévisions france_televisions france_travail
  france_stratégie france_strategie france_compétences france_competences france_agrimer france_galop
  médicos_sin_fronteras medicos_sin_fronteras médecins_du_monde medecins_du_monde médicos_del_mundo medicos_del_mundo
  medici_senza_frontiere ärzte_ohne_grenzen arzte_ohne_grenzen
  national_aeronautics_and_space_administration department_for_energy_security_and_net_zero
  bonhams merck nike takeda daiichi_sankyo ørsted orsted united_nations un nato eu european_union fed who unesco unicef unhcr imf world_bank wto opec asean african_union
  g7 g8 g20 red_cross red_crescent sinn_féin sinn_fein interpol europol fifa uefa ioc nasa esa fbi cia nsa kgb fsb mi5 mi6 pentagon kremlin
  google alphabet microsoft apple amazon amazon_prime_video facebook meta twitter instagram whatsapp youtube tiktok netflix tesla spacex
  samsung sony toyota honda nissan volkswagen bmw mercedes ford ibm intel nvidia oracle huawei alibaba tencent baidu
  boeing airbus uber airbnb disney paypal visa mastercard walmart shell bp exxon gazprom rosneft aramco
  goldman_sachs morgan_stanley jpmorgan jp_morgan citigroup citi hsbc barclays ubs credit_suisse bnp_paribas
  blackrock nomura wells_fargo deutsche_bank société_générale societe_generale charles_schwab
  eli_lilly novo_nordisk john_deere estee_lauder louis_vuitton hugo_boss
  barnes_and_noble simon_and_schuster georgia_tech virginia_tech texas_tech carabinieri radio_free_asia radio_free_europe
  legislative_yuan executive_yuan garda_síochána renew_europe carrefour ahold_delhaize tesco asda aldi lidl morrisons
  waitrose boots health_service_executive qantas bombardier ryanair easyjet gavi kazatomprom coldiretti trenitalia
  saab dassault embraer thales rheinmetall hanwha deutsche_bahn renfe amtrak aerolíneas_argentinas aerolineas_argentinas
  royal_jordanian royal_air_maroc oxxo olam kroll national_treasury temasek khazanah mubadala
  oxfam caritas wikimedia
  nationals al-hilal al-nassr al-ittihad al-ahli al-ahly al-sadd al-duhail al-ain zamalek raja_casablanca wydad_casablanca
  reuters afp bbc cnn nbc abc cbs fox msnbc npr pbs bloomberg xinhua tass yonhap kyodo efe ansa dpa al_jazeera
  guardian rolling_stone variety politico axios pitchfork times telegraph
  wikinews wikipedia wikileaks greenpeace amnesty hamas hezbollah taliban boko_haram al-shabaab al_shabaab shabaab al-shabab isis isil al-qaeda al_qaeda al-qaida al_qaida qaeda qaida european_economic_area houthis bundeswehr ertzaintza labour tories
  mafia camorra 'ndrangheta ndrangheta cosa_nostra yakuza m-pesa mpesa hon_hai quai_d'orsay quai_d’orsay
  eurostar weibo wechat mckinsey mediobanca medef force_ouvrière force_ouvriere confindustria cargill bunge eletrobras
  tadawul hanwha lazard grant_thornton kpmg pwc accenture sealord forsyth_barr evercore jefferies
  glencore trafigura vitol gunvor cofco
  eskom transnet fidesz bechtel andreessen_horowitz kleiner_perkins general_catalyst snc-lavalin atkinsréalis
  bluescope unifor extinction_rebellion attac borsa_istanbul gift_of_the_givers lock_the_gate_alliance
  boskalis van_oord kepler_cheuvreux deliveroo bavarian_nordic biovac aspen_pharmacare oceana xetra telegram
  o_globo cadena_ser audiencia_nacional osakidetza pulse_asia abn_amro rabobank
  hitachi saipem uniper halliburton covestro vistara toho
  general_atomics landsec british_land mubadala dealogic harrods slaughter_and_may robey_warshaw barry_callebaut
  bursa_malaysia ukrzaliznytsia hodges_figgis today_fm international_consortium_of_investigative_journalists
  coordination_framework ms-13 m-23
  bureau_veritas safaricom amundi t_rowe_price catl korean_register dnv
  refugees_international mission_to_seafarers unison kaiser_permanente insight_crime tren_de_aragua petronet_lng interfax paramount
  islamic_emirate ansar_allah afrobarometer tradeweb opensecrets actblue winred handelsblatt univision telemundo kroger albertsons
  chanel burberry hiscox beazley telenor barrick_gold kinross_gold gold_fields country_garden vonovia evergrande binance coinbase
  eurojust wirecard craigslist
  avianca volaris aeroméxico aeromexico viva_aerobus viva_air alitalia sabena swissair latam aer_lingus vueling wizz_air
  blackstone pitchbook preqin
  alfa_romeo kesko finnair fellesforbundet encrochat sky_ecc
  bangko_sentral_ng_pilipinas maurice_blackburn slater_and_gordon
  botafogo cruzeiro cerro_porteño cerro_porteno olimpia independiente_del_valle independiente_medellín independiente_medellin
  alajuelense liga_deportiva_alajuelense saprissa atlético_nacional atletico_nacional forza_italia bersatu
  nahdlatul_ulama muhammadiyah chery wuling li_auto xpeng nio accor indecopi sunat bernama latécoère latecoere
  coordination_rurale peshawar_zalmi lahore_qalandars leinster_rugby
  n-va groen d66 ja21 vlaams_belang an_bord_pleanála an_bord_pleanala bord_pleanála bord_pleanala
  jan_de_nul dow_chemical cainiao snøhetta snohetta embrapa tengizchevroil lotte_chemical chantier_davie
  eh_bildu bildu geroa_bai compromís compromis chega unicaja ibercaja kutxabank abanca norfund enyimba
  liv_golf dp_world daesh pga_tour petróleos_mexicanos petroleos_mexicanos banxico one_nation primeira_liga aker_arctic
  river_plate estudiantes_de_la_plata velez_sarsfield fluminense cruz_azul club_america chivas gremio
  atletico_mineiro liga_mx agence_france-presse ouest-france jet2 emergency_management_victoria fire_rescue_victoria
  country_fire_authority southern_california_edison seattle_city_light
  feyenoord olympiacos panathinaikos sampdoria fiorentina atalanta athletic_bilbao real_sociedad schalke paok
  dinamo_zagreb red_star_belgrade partizan sparta_prague slavia_prague legia_warsaw shakhtar_donetsk dynamo_kyiv
  dewan_rakyat dewan_negara saeima althingi eduskunta verkhovna_rada sabor seimas riigikogu jatiya_sangsad nationalrat senedd
  stortinget cortes_generales shura_council landtag
  anglican_communion junts_per_catalunya united_russia likud yesh_atid fatah hadash ta'al balad shas united_torah_judaism islamic_jihad ra'am meretz otzma_yehudit kahol_lavan united_arab_list
  democrats republicans conservatives liberals congress senate parliament house commons house_of_commons
  house_of_lords house_of_representatives house_of_delegates
  aston_villa crystal_palace nottingham_forest tottenham_hotspur west_ham_united west_ham aston_martin arsenal
  mclaren real_madrid atletico_madrid bayern_munich borussia_dortmund bayer_leverkusen inter_milan ac_milan juventus
  bundesliga laliga la_liga serie_a serie_b ligue_1 eredivisie segunda_división segunda_division
  al_ahly al_hilal al_nassr al_ittihad zamalek wydad flamengo boca_juniors corinthians palmeiras galatasaray fenerbahçe
  fenerbahce beşiktaş besiktas mamelodi_sundowns kaizer_chiefs orlando_pirates urawa_red_diamonds young_boys
  mumbai_indians delhi_capitals kolkata_knight_riders sunrisers_hyderabad gujarat_titans royal_challengers_bengaluru
  royal_challengers_bangalore
  paris_saint-germain psg ajax benfica taylor_wimpey land_rover jaguar_land_rover save_the_children berkshire_hathaway black_lives_matter sk_hynix
  bundestag bundesrat knesset duma riksdag storting sejm folketing lok_sabha rajya_sabha state_great_khural great_khural khural harvard yale red_bull manchester_city
  police_scotland iarnród_éireann iarnrod_eireann crimestoppers unison scottish_labour welsh_labour scottish_greens
  te_pāti_māori te_pati_maori kuomintang
  rio_tinto bhp anglo_american totalenergies eni equinor saudi_aramco exxonmobil exxon_mobil rosatom orano engie edf
  siemens nestlé nestle qatar_airways ikea inditex lvmh renault foxconn tsmc byd rakuten shein temu anthropic
  amd cisco adobe moderna gsk basf lockheed_martin northrop_grumman bae_systems rheinmetall deliveroo ticketmaster
  live_nation balfour_beatty embraer rocket_lab spirit_aerosystems codelco novatek cnooc petrochina adnoc qatarenergy
  woodside fortescue islamic_state
  general_staff federal_reserve sciences_po ifop france_inter lactalis acciona gruma deoleo saudia etihad iran_air postbank tvn24
  easyjet ebay btv iheartmedia edreams easycar easyhotel
  foreign_office home_office cabinet_office union_cycliste_internationale médecins_sans_frontières medecins_sans_frontieres
  frontex euronext mercosur met_office met_éireann met_eireann eth_zurich epfl nhs_england
  fine_gael fianna_fáil fianna_fail plaid_cymru oireachtas dáil dail seanad nhs gardaí gardai garda reform_uk eurostat bundesbank marks_&_spencer primark red_sox france_unbowed élysée elysee
`);
/**
 * Businesses named in the possessive, whose "'s" is part of the name ("McDonald's", "Moody's"); only
 * names that are rarely a person's possessive alone ("Christie's" and "Lloyd's" are left out).
 */
export const POSSESSIVE_BRANDS = set(
  'mcdonald sainsbury sotheby moody macy kellogg domino applebee bloomingdale nando arby dillard hardee',
);
/**
 * An auction house and an insurance market named like a person's possessive, joined as names only
 * where no noun follows ("at Christie's in New York", "Lloyd's of London"; not "Christie's campaign").
 */
export const POSSESSIVE_HOUSES = set('christie lloyd');
/** Known bodies by their lower-case words joined with "_" ("red_cross", "friends_of_the_earth"). */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  ...KNOWN_ORG_WORDS,
  ...[...POSSESSIVE_BRANDS, ...POSSESSIVE_HOUSES].flatMap((b) => [`${b}'s`, `${b}’s`]),
  ...CONNECTED_ORG_NAMES.map((n) => n.toLowerCase().replaceAll(' ', '_')),
]);

/** Lower-case nouns that name a kind of organisation when used as a description ("the agency"). */
export const ORG_DESCRIPTIONS = set(
  'agency company firm group ministry department government organisation organization council party newspaper paper network broadcaster office union court assembly committee commission board foundation institute university bank club museum hospital charity trust association confederation federation alliance exchange embassy authority bureau directorate corporation coalition society mission body chamber secretariat consortium label academy league tribunal college church library orchestra regulator watchdog unit service congress',
);
/** Of those, the ones that stand only for a body named with the word ("the exchange" after "the London Metal Exchange"). */
export const NAMED_ONLY_DESCRIPTIONS = set(
  'exchange embassy authority bureau directorate corporation coalition society mission chamber secretariat academy league tribunal court college church library orchestra unit service congress',
);

/** Pronouns by the speaker kind they can stand for. */
export const PERSON_PRONOUNS = set('he she');
export const ORG_PRONOUNS = set('it they');

/** Capitalized adjectives of faith, party or group that name no entity on their own. */
export const GROUP_ADJECTIVES = set(`
  democratic republican christian christians muslim muslims islamic jewish jews catholic catholics protestant protestants
  buddhist buddhists hindu hindus sikh sikhs orthodox evangelical evangelicals maronite maronites coptic copts druze alawite alawites sephardi ashkenazi sunni shia shiite shiites latino latinos
  hispanic hispanics yazidi yazidis uyghurs uighurs kurdish kurds arab arabs roman romans byzantine ottoman viking vikings soviet
  sixties seventies eighties nineties twenties thirties forties fifties
  gothic baroque romanesque victorian edwardian elizabethan neoclassical medieval mediaeval
`);

/** Acronyms that are common nouns, not organisations. */
export const COMMON_ACRONYMS = set(`
  dna rna gdp g.d.p. vat tv ceo cfo coo cto ai it pc hiv aids covid covid-19 co2 ufo vip potus flotus faq pr hr iq id ok usb gps
  suv atm phd mba mp mps mep meps lgbt lgbtq ngo ngos diy bc ad am pm gmt utc est pst edt pdt bst cet html pdf url www
  tbc fyi asap rsvp dj mc ipo etf q1 q2 q3 q4 3d 4k hd lcd led cd dvd uk-based us-based nhs-style
  vpn sms mri ev evs ivf icu gp cctv q&a vhf uhf hpv avo cbd ptsd adhd ocd copd
  ist jst kst aest aedt acst awst nzst nzdt sast wib hkt pht cst cdt mst mdt
`);

/** Head words of events, laws, works and products: such names are none of person, organisation or place. */
export const MISC_HEADS = set(`
  cup championship championships finals tournament olympics games day week show awards award prize festival fair expo war wars
  telescope spacecraft satellite rover medal trophy tour prix slam marathon derby bowl
  agreement accord accords treaty act bill amendment protocol summit election elections series album song film movie
  novel book magazine's index prize doctrine plan initiative strategy program's declaration resolution
  constitution convention's year eve mass testament regulation regulations directive framework instrument policy deal
`);

/**
 * Given names frequent in world news that the English name lists lack ("Volodymyr", "Kamala",
 * "Rishi"). Only names that are no everyday English word or place, but for "Montserrat", a Catalan
 * woman's name that is an island's too (the island stays a place where no family name follows).
 */
export const WORLD_GIVEN_NAMES: ReadonlyArray<readonly [string, 'f' | 'm' | 'u']> = [
  ...wordsOf(`elon mohamed volodymyr oleksandr oleksiy andriy petro vitaliy dmitry dmitri sergey alexei alexey
  yevgeny mikhail recep ekrem mevlut ahmet mehmet hakan narendra rahul arvind rishi vivek kash jair luiz
  andres gustavo shinzo fumio shigeru yoshihide junichiro yukio hideki olaf naftali yair bola atiku
  muhammadu cyril uhuru abiy yoweri abdel fattah bashar ebrahim masoud mahmoud mohd anwar najib zahid
  walter donald barack mitt humza`).map((n) => [n, 'm'] as const),
  // Compound given names of French, Spanish and German speakers ("Jean-Baptiste N'Diaye", "José-Luis
  // X", "Karl-Heinz Y"; the lists hold the parts alone)
  ...wordsOf(`jean-baptiste jean-pierre jean-claude jean-luc jean-marc jean-paul jean-michel jean-louis
  jean-jacques jean-françois jean-philippe jean-yves jean-christophe jean-charles jean-noël jean-marie
  jean-bertrand jean-guy jean-sébastien pierre-yves pierre-louis pierre-emmanuel pierre-olivier
  josé-luis josé-manuel josé-maría josé-antonio juan-carlos juan-pablo hans-peter hans-jürgen
  karl-heinz klaus-peter`).map((n) => [n, 'm'] as const),
  ...wordsOf(`marie-claire marie-france marie-hélène marie-christine marie-louise marie-laure marie-pierre
  marie-josée marie-claude marie-ange anne-sophie anne-laure anne-claire maría-josé ana-maría`).map(
    (n) => [n, 'f'] as const,
  ),
  // West African Muslim given names, men's ("Mustapha I. Raji-Dennis", "Abdoulaye Diallo")
  ...wordsOf(`mustapha moustapha abdoulaye mamadou ousmane ibrahima amadou boubacar souleymane seydou
  aliou modou oumar moussa`).map((n) => [n, 'm'] as const),
  // (and the pilgrim's honorific that opens many of them after "El": "El Hadji Amadou Sall")
  ...wordsOf('hadji hadj').map((n) => [n, 'm'] as const),
  // Ivorian, Malian and Burkinabè given names ("Bakary Touré", "Kouassi Yao", "Akissi Kouamé")
  ...wordsOf(`bakary lamine alassane drissa yacouba kouadio kouassi koffi salif sekou siaka brahima
  lassina idrissa modibo`).map((n) => [n, 'm'] as const),
  ...wordsOf(`akissi adjoa awa`).map((n) => [n, 'f'] as const),
  ...wordsOf(`kamala sanae kemi tulsi giorgia ursula jacinda sanna mette kaja annalena yulia svetlana
  yolanda ngozi chimamanda amina hasina xochitl marine priya siti ratna dewi putri wulan rini
  montserrat`).map((n) => [n, 'f'] as const),
  // Given names that are English words, frequent in African news ("Precious Mkhize", "Goodluck
  // Jonathan"): as names only when capitalized before a family name or alone as one.
  ...wordsOf('precious blessing favour').map((n) => [n, 'f'] as const),
  // South Asian given names the lists lack ("Sanjay Raut", "Nirmala Sitharaman", "Ranil Wickremesinghe").
  ...wordsOf(`sanjay rajesh suresh ramesh mahesh dinesh ganesh prakash vijay ajay amit anil sunil manoj ashok
  arun sachin rohit nitin pankaj deepak rakesh mukesh gautam piyush sharad uddhav devendra eknath shivraj
  akhilesh shashi jairam kiren rajnath amitabh aditya arjun vikram siddharth karan nikhil harish girish
  yogesh umesh naveen pradeep sandeep kuldeep revanth chandrababu jagan ahsan ishaq tarique ranil mahinda
  gotabaya sajith anura bharat`).map((n) => [n, 'm'] as const),
  ...wordsOf(`sunita anita kavita pooja smriti nirmala mamata priyanka meenakshi lakshmi sushma supriya shweta
  neha aishwarya deepika rohini harini khaleda`).map((n) => [n, 'f'] as const),
  // Punjabi given names the lists lack ("Sukhdeep Gill", "Jagmeet Singh"); many are borne by men and
  // women alike, who are told apart by "Singh" and "Kaur".
  ...wordsOf(`sukhdeep navdeep harjit gurdeep rajdeep jasbir gurinder jagmeet ranjit jaswant`).map(
    (n) => [n, 'm'] as const,
  ),
  ...wordsOf(`simran harleen jasleen`).map((n) => [n, 'f'] as const),
  ...wordsOf(`harpreet gurpreet jaspreet manpreet amandeep paramjit navjot balwinder sukhwinder harjinder kulwinder
  tejinder`).map((n) => [n, 'u'] as const),
  // Portuguese and Spanish given names the lists lack, with and without their accents ("Joao Pedro
  // Albuquerque", "José Mujica").
  ...wordsOf(`joão joao josé gonçalo goncalo sebastião sebastiao rogério rogerio sérgio márcio marcio vinícius
  vinicius fábio`).map((n) => [n, 'm'] as const),
  ...wordsOf(`conceição conceicao fátima inês`).map((n) => [n, 'f'] as const),
  // Irish given names the lists lack (written with or without their accents: "Ciarán", "Sinéad").
  ...wordsOf(`ciaran cian eoin declan colm darragh oisin fionn ronan diarmuid tadhg eamonn conor cathal
  fergal enda donncha donnchadh padraig ruairi cillian odhran`).map((n) => [n, 'm'] as const),
  ...wordsOf(`niamh aoife sinead caoimhe grainne roisin ciara saoirse orla orlaith aisling clodagh eimear
  mairead aine nuala fionnuala sile sadhbh meabh eabha muireann brid`).map((n) => [n, 'f'] as const),
  // Māori given names ("Wiremu Te Huia", "Ngaire Potae").
  ...wordsOf(`wiremu hone rawiri tamati hemi rewi hohepa mikaere tipene matiu piripi nikau`).map(
    (n) => [n, 'm'] as const,
  ),
  ...wordsOf(`aroha ngaire hinewai awhina anahera moana`).map((n) => [n, 'f'] as const),
  // Arabic given names the lists lack ("Noura bin Saleh", "Nawaf Salam").
  ...wordsOf(`turki abdulaziz hamdan waleed bandar nawaf mishal talal`).map((n) => [n, 'm'] as const),
  ...wordsOf(`noura hind amal ghada rasha lubna manal asma sawsan rawan lamia najla wafa suad amira hessa
  latifa moza`).map((n) => [n, 'f'] as const),
  // Ukrainian and Russian given names the lists lack, in the spellings wire copy uses ("Serhiy",
  // "Mykola", "Natalia", "Iryna").
  ...wordsOf(`serhiy serhii oleksii andrii mykola mykhailo dmytro yuriy vitali vasyl taras bohdan ihor pavlo
  ruslan yevhen vadym maksym artem kostiantyn anatoliy viktor valeriy stanislav borys hryhoriy`).map(
    (n) => [n, 'm'] as const,
  ),
  ...wordsOf(`natalia nataliya olena oksana iryna tetiana tetyana yuliya svitlana halyna liudmyla lyudmila
  ludmila larysa kateryna anastasiia mariia olha valentyna viktoriia yevheniia ganna`).map(
    (n) => [n, 'f'] as const,
  ),
  // Belarusian and Romanian given names the lists lack ("Siarhei", "Volha", "Mihai", "Ioana").
  ...wordsOf(`mikalai aliaksandr siarhei uladzimir ales yauhen ihar viktar dzmitry aliaksei vasile gheorghe mihai
  nicolae dorin alexandru florin sorin catalin razvan bogdan`).map((n) => [n, 'm'] as const),
  ...wordsOf(`volha sviatlana maryia palina nasta doina ioana oana mihaela andreea`).map(
    (n) => [n, 'f'] as const,
  ),
  // Dutch given names the lists lack ("Joost", "Wouter", "Femke").
  ...wordsOf(`joost sjoerd maarten wouter joris thijs jeroen ruud henk kees geert daan`).map(
    (n) => [n, 'm'] as const,
  ),
  ...wordsOf(`femke anouk sanne ineke marieke annelies mieke liesbeth`).map((n) => [n, 'f'] as const),
  // Nordic, Finnish and Baltic given names the lists lack ("Fredrik", "Jussi", "Torbjørn", "Jānis",
  // "Vytautas"; with their letters, since a folded form may be another name: "Åse" is no "Ase").
  ...wordsOf(`fredrik jussi pekka juha antti jukka ville tapio petteri torbjørn torbjorn bjørn bjorn håkon hakon
  jørgen jorgen søren soren troels jānis kārlis karlis edgars māris maris raimonds kristjan jüri juri
  tõnu tonu tiit gediminas algirdas vytautas`).map((n) => [n, 'm'] as const),
  ...wordsOf(`åse solveig annika inese ilze kersti rasa`).map((n) => [n, 'f'] as const),
  ['goodluck', 'm'],
  // (a Turkish man's name that is an English auxiliary: a name only where function words may be,
  // capitalized mid-sentence before a family name, "said Can Öztürkmen")
  ['can', 'm'],
  // Given names frequent in South Asian, Arab, Iranian, African and Japanese news that the English
  // lists lack (so their bearers are people, and "he" or "she" finds them).
  ...wordsOf(`
  sajid ejaz ijaz imtiaz nazir ghulam tariq imran asif shahid khalid rashid javed javid pervez parvez nawaz
  shehbaz shahbaz bilawal asim faisal fawad zubair junaid irfan adnan kamran farhan salman usman umar bilal
  hamza saad waqar zafar aamir amir naveed nadeem waseem wasim qasim kashif rizwan sohail tahir yasir
  zulfiqar haroon akbar babar shoaib fahad abdullah abdirahman mohammad hassan hussain yousef youssef yusuf
  ismail mustafa mostafa nabil samir  walid ziad fadi rami hisham majed majid saeed mansour nasser ashraf
  osama hamad rashed reza mehdi mahdi hossein mohsen javad abbas morteza mojtaba amin behrouz dariush kourosh
  arash babak farid farhad  golam rafiqul aminul shafiqul mizanur habibur anisur kwame kofi kwabena kojo
  kwaku kwesi emeka chinedu obinna chukwuemeka ikenna tunde babatunde olumide segun femi bayo adebayo musa
  sani abubakar aliyu thabo sipho themba  bongani sibusiso kagiso tshepo lwazi ochieng odhiambo baraka
  juma hamisi haruna yohannes tesfaye getachew abebe dawit mulugeta bekele kebede girma tadesse alemayehu
  hiroshi takeshi kenji kenta haruto takashi satoshi kazuo kazuki daisuke shinji koji masahiro hiroki ryota
  taro jiro ichiro`).map((n) => [n, 'm'] as const),
  ...wordsOf(`
  fatima fatma aisha ayesha zainab zeinab maryam khadija halima hawa rehana shazia nida sana samina farzana
  nasreen nasrin parveen shirin shireen laila yasmine   huda hoda reem salma samira soraya zahra
  zohra fariba mahsa narges parisa roya bushra saima sadia tahmina taslima rokeya nusrat shabnam ruksana
  rukhsana chioma adaeze nneka ifeoma amaka funmilayo folake yetunde bisola titilayo abena akosua efua adwoa
  akua esi wanjiru wanjiku njeri nyambura achieng akinyi atieno zodwa nomvula thandiwe thandi lindiwe
  nokuthula naledi palesa lerato keiko yumi yuko akiko naoko sachiko tomoko haruka aiko emiko ayumi miyuki
  megumi`).map((n) => [n, 'f'] as const),
  // More Nigerian, Ghanaian, Zimbabwean, South African, Sahelian and South Indian given names the lists
  // lack ("Chidi Okonkwo-Bassey", "Gautham Raghavan", "Aminata Diouf-Sarr", "Anjali Thekkekara").
  ...wordsOf(`
  chidi chidubem chinonso chukwudi nnamdi ifeanyi uchenna kelechi okechukwu obiora tochukwu oluwaseun seun
  olusegun adewale kayode dapo gbenga wale kunle yemi jide rotimi mamman idris ahmadu lamido kabiru nasiru
  yakubu jibrin kwadwo yaw kweku fiifi tafadzwa tatenda tinashe nkosinathi sifiso sizwe vusi cheikh adama
  gautham karthik karthikeyan senthil murugan rajan venkatesh srinivas srinivasan raghu rohan varun tarun
  kunal abhishek ankit manish ritesh sumit vinod pramod sudhir sanjeev rajiv hemant lalit jitendra
  dharmendra yogendra upendra mohan sohan gopal shyam prasad venkat vishal`).map((n) => [n, 'm'] as const),
  ...wordsOf(`
  anjali kavya divya shruti swati nandini radhika shreya ananya aarti arti rekha seema sangeeta geeta
  sunanda shilpa tanvi madhuri pallavi preeti priti ritu usha vandana archana asha lata meera nisha sapna
  savita shobha sudha tamilselvi selvi hema malini sharmila yamini aminata fatoumata mariama kadiatou oumou
  chiamaka nkechi adaobi obiageli funke bukola tolulope omolara wairimu wambui muthoni rudo chipo nyasha
  tsitsi`).map((n) => [n, 'f'] as const),
];

/**
 * Given names the English lists give one sex that world news mostly gives the other, or both
 * ("Philippe" is on the women's list only; "Claude" and "Daniele" are men's names in French and
 * Italian copy, "Adel" an Arabic man's).
 */
export const GIVEN_NAME_SEX_FIXES: ReadonlyArray<readonly [string, 'f' | 'm' | 'u']> = [
  // (a woman's name in India, a man's in Zambia: "Mines Minister Chanda Mwansa ... he said")
  ['chanda', 'u'],
  ['noor', 'u'],
  // (a woman's name in Malaysia and Indonesia, a man's in Bangladesh: "Nurul Izzah", "Nurul Islam")
  ['nurul', 'u'],
  // (a man's name in Ghana, Kojo's short form, a woman's elsewhere: "Nana Jojo Solomon, chief fisherman ... he said")
  ['jojo', 'u'],
  // (names given to either sex: Zimbabwe's "Tendai" and "Farai", Igbo "Uche", Balinese birth-order names
  // "Wayan", "Nyoman" and "Ketut")
  ['tendai', 'u'],
  ['farai', 'u'],
  ['uche', 'u'],
  ['wayan', 'u'],
  ['nyoman', 'u'],
  ['ketut', 'u'],
  ['nour', 'u'],
  ['philippe', 'm'],
  ['claude', 'u'],
  ['daniele', 'u'],
  ['misha', 'u'],
  ['sacha', 'u'],
  ['adel', 'u'],
  // (a man's name in Romanian and Dutch: "Bishop Antonie Grosu", "Antonie van Leeuwenhoek")
  ['antonie', 'u'],
  // (the two commonest Chinese family names, which open a Chinese name and say nothing of its sex:
  // "Wang Lijuan ... she said")
  ['wang', 'u'],
  ['chen', 'u'],
  // (Russian, Belarusian and Romanian men's names the English women's list has: "Andrei Sakharuk ... he
  // said", "Valery Gergiev", "Danila Kozlovsky")
  ['andrei', 'm'],
  ['valery', 'm'],
  ['danila', 'm'],
  // (a man's name in southern Africa the English women's list has, "Colleen"'s other spelling there:
  // "Convenor Collen Shabangu ... he said")
  ['collen', 'm'],
  // (French women's names the men's list has: "Heritage Minister Pascale St-Onge ... she told reporters")
  ['pascale', 'f'],
  ['françoise', 'f'],
  // (names the men's list alone has that are now given to girls at least as often)
  ...wordsOf('madison avery riley harper peyton reese kendall hayden mackenzie kennedy').map(
    (n) => [n, 'u'] as const,
  ),
];

/**
 * Family names frequent in world news that the name lists lack ("Putin", "Erdogan", "Sunak"): alone
 * they are people's names, as "Obama" is. Only names that are no everyday English word or place.
 */
export const WORLD_FAMILY_NAMES: ReadonlyArray<string> = wordsOf(`putin zelensky zelenskiy zelenskyy
  erdogan erdoğan netanyahu macron lavrov medvedev peskov shoigu navalny lukashenko kadyrov prigozhin
  khamenei raisi pezeshkian sisi haniyeh sinwar nasrallah bolsonaro milei obrador sheinbaum ardern
  ramaphosa zuma tinubu buhari ruto museveni kagame mnangagwa sunak starmer farage orbán draghi rutte
  guterres yellen blinken kishida ishiba jinping widodo jokowi prabowo duterte shehbaz bhutto
  kejriwal adityanath lapid ghebreyesus yunus boric bukele aliyev pashinyan tokayev mirziyoyev`);

/**
 * People named by their trade in a description or apposition ("Rodri, the Real Madrid midfielder",
 * "the UAE Team Emirates rider said"): only people have these jobs.
 */
export const PEOPLE_BY_TRADE = set(`
  midfielder striker defender goalkeeper forward winger player footballer cricketer batsman batter bowler pitcher
  quarterback rider driver captain skipper jockey cyclist sprinter swimmer boxer golfer singer rapper actor actress
  comedian novelist poet musician drummer guitarist trumpeter saxophonist pianist violinist cellist bassist
  lock hooker prop flanker scrum-half fly-half full-back fullback centre-back wing-back playmaker
  right-hander left-hander seamer spinner all-rounder wicketkeeper wicket-keeper opener
  guard receiver linebacker catcher shortstop outfielder infielder reliever hurdler runner
  champion rookie debutant youngster
  flyweight bantamweight featherweight lightweight welterweight middleweight heavyweight cruiserweight
  light-heavyweight super-middleweight strawweight minimumweight wrestler fighter judoka fencer weightlifter gymnast
  skier rower climber surfer skater archer
`);

/**
 * People in the plural who name an advocacy body after "for" ("Physicians for Human Rights",
 * "Students for Fair Admissions", "Americans for Prosperity" goes by its nationality instead).
 */
export const ADVOCATE_PLURALS = set(`
  physicians doctors lawyers attorneys students parents citizens veterans scientists mothers fathers women
  nurses teachers families farmers journalists grandmothers voters taxpayers patients engineers airlines
`);

/** People in the plural whose "for" and a name names a client, not a cause: "Lawyers for Ukraine". */
export const CLIENT_PLURALS = set(`lawyers attorneys solicitors barristers counsel`);

/** Roles besides titles that describe a person in apposition ("Ann Lee, economist at the bank,", "India's delegate"). */
export const ROLE_NOUNS = set(`
  economist analyst researcher scientist expert head lead member fellow partner lawyer strategist delegate negotiator
  spokesman spokeswoman spokesperson adviser advisor aide coordinator organiser organizer convener convenor
`);

/** Number words that count what follows ("Two Fed governors", "the mother of three"). */
export const NUMBER_WORDS = set(
  'two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands several many few some',
);

/** Compass adjectives, capitalized when they describe the West or the North ("Western diplomats"). */
export const COMPASS_ADJECTIVES = set('western eastern northern southern');
