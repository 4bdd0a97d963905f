// Named people, organisations and places: capitalized token runs, split into titles, places and
// names, typed from gazetteers, head words and context, then merged per real-world entity
// (surnames join full names, acronyms join their expansion, country aliases join). No pronouns here.
import type { EntityType } from '@newswire/contracts';
import {
  COMMON_ACRONYMS,
  COMPASS_ADJECTIVES,
  NUMBER_WORDS,
  CUE_VERBS,
  COMPANY_SUFFIXES,
  PLACE_COMPOUND_TAILS,
  POSSESSIVE_BRANDS,
  CONNECTED_ORG_NAMES,
  DAYS_MONTHS,
  PARTY_STATE,
  WORLD_FAMILY_NAMES,
  FUNCTION_WORDS,
  GROUP_ADJECTIVES,
  HOLIDAYS,
  KNOWN_ORGS,
  MISC_HEADS,
  NAME_PARTICLES,
  ORG_HEADS,
  PEOPLE_BY_TRADE,
  ADVOCATE_PLURALS,
  CLIENT_PLURALS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  SPOKESPERSON_WORDS,
  ROLE_NOUNS,
  TITLE_WORDS,
  WHOLE_TITLE_TEXT,
  wordSet,
} from './curated.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { partToken, TWO_LETTER_INITIAL, WIRE_SLUG_WORDS } from './tokenize.ts';

/** Titles that alone make the following name a person (modifiers such as "Foreign" do not). */
const TITLE_CORE =
  wordSet(`president minister secretary senator sen rep representative congressman congresswoman legislator lawmaker governor gov mayor ambassador
  envoy rapporteur chancellor premier king queen prince princess pope emperor empress sultan emir sheikh sheikha mr mrs ms miss dr prof
  professor provost rector sir dame lord lady general gen lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm
  commander marshal brigadier brig commodore canon sister judge justice chairman chairwoman chairperson chair ceo founder co-founder director manager spokesman spokeswoman
  spokesperson commissioner inspector sub-inspector controller solicitor detective officer constable sheriff superintendent attorney prosecutor coach chief executive
  det supt insp const cmdr cpl pte auditor clerk supervisor registrar comptroller assessor recorder pathologist
  striker goalkeeper midfielder defender winger leader speaker senators justices judges governors
  bishop archbishop cardinal reverend rev pastor rabbi imam ayatollah padre venerable ven mufti patriarch prophet mawlawi maulvi mullah qari thiru mgr monseigneur delegado colonel-major anba lonko aunty auntie
  pandit ustad doña daw uncle kuia koro weizero pharaoh
  undersecretary under-secretary mp mep baron baroness
  administrator adviser advisor counsel revd principal magistrate ombudsman ombudswoman coroner adjudicator baale oba alhaji alhaja otunba ustaz ustadz ustazah hadja sayadaw linesman engineer hojatoleslam hojjatoleslam subinspector collector editor-in-chief father fr whip adv monsignor msgr treasurer td msp mla mpp mlc mec mna mha mhk cllr hon engr datuk dato datin encik shri smt ald alderman alderwoman alderperson
  ${WHOLE_TITLE_TEXT}`);

/** A comma and an aside locating the name before it open at `k`: ", near the Minnesota border". */
const locatedAt = (tokens: readonly Token[], k: number): boolean => {
  const w = tokens[k + 1];
  if (tokens[k]?.text !== ',' || w?.kind !== 'word' || w.text !== w.lower || !LOCATING_WORDS.has(w.text))
    return false;
  return w.text === 'near' || w.text === 'outside' || tokens[k + 2]?.text === 'of';
};

/**
 * A title "of" a body's kind ending at `kind`, within five words: "The leader of the moderate CFDT
 * union", "head of its press office".
 */
const roleOfBody = (tokens: readonly Token[], kind: number): boolean => {
  for (let o = kind - 1; o >= kind - 5 && o > 0; o--) {
    const w = tokens[o];
    if (w?.kind !== 'word') return false;
    if (w.text === 'of') return TITLE_CORE.has(tokens[o - 1]?.lower ?? '') || tokens[o - 1]?.lower === 'head';
  }
  return false;
};

/** Words opening an aside that locates the name before its comma: ", near the border", ", north of". */
const LOCATING_WORDS = wordSet('near outside north south east west northeast northwest southeast southwest');

/** Geographic nouns after which a demonym names the country's territory ("the Indonesian island of Bali"). */
const GEO_NOUNS = wordSet(
  'island islands region province city capital coast border territory waters mainland peninsula state town village',
);

/** Place head words that also end people's and organisations' names ("Marc Lamont Hill"). */
/** The last word of a protected area's name and the kind before it: "National Park", "Game Reserve". */
const PROTECTED_AREA_HEADS = wordSet('park reserve sanctuary forest');
const PROTECTED_AREA_KINDS = wordSet(
  'national game nature wildlife marine forest biosphere safari provincial tiger elephant rhino wetland',
);
const WEAK_PLACE_HEADS = wordSet(
  'hill hills hall park tower towers valley heights memorial town square plaza area',
);

/**
 * Organisation heads before which a leading place names that place ("Massachusetts Institute of
 * Technology", "Chicago Police Department"). Media and company heads are left out: "Washington
 * Post" and "Texas Instruments Inc" say little about the place.
 */
const NESTING_ORG_HEADS =
  wordSet(`agency council department ministry office committee commission university college institute institution school
  academy association society foundation party church bank court army navy force forces police union federation league
  club administration authority bureau service parliament congress senate assembly government board fund trust
  conference alliance coalition movement cabinet centre center hospital infirmary clinic museum library orchestra guard command
  corps tribunal secretariat directorate district sheriff coroner municipality regulator`);
/** Facility heads of a place name whose leading place it mentions ("Metro Toronto Convention Centre"). */
const VENUE_HEADS = wordSet(
  'centre center stadium arena airport station hall plaza palace memorial tower park',
);

/** Bodies named after their subject with "on" ("Council on Foreign Relations", "Commission on Human Rights"). */
const TOPIC_HEADS = wordSet(
  'council committee commission subcommittee conference board institute center centre office forum panel force group convention',
);
/** Members of a trade in the plural, whose body is named with its country: "Communications Workers of America". */
const MEMBER_PLURALS = wordSet(
  'workers steelworkers autoworkers teamsters machinists employees brewers growers producers farmers vintners distillers',
);
/** Heads of inquiries named with "into" and their subject. */
const INQUIRY_HEADS = wordSet('commission inquiry investigation review taskforce task-force');
/** Heads of names that go on with a campus ("University of Texas at Arlington"). */
const CAMPUS_HEADS = wordSet('university college universidad università');
/** Heads that take their founders' names ("Bill and Melinda Gates Foundation"). */
const FOUNDED_HEADS = wordSet(
  'foundation institute trust fund society center centre school college university museum hospital prize',
);

const VENUE_KINDS = wordSet('convention shopping exhibition conference trade community leisure');
const HEAD_FIRST_ORGS =
  wordSet(`instituto istituto institut universidad università universidade banco banca partido partito parti movimento
  movimiento ministerio ministero ministère comune ayuntamiento collegio colegio escuela scuola team radio rádio
  racing sporting air ferrovie université hôpital tele télé atlético atletico deportivo dynamo dinamo olympique borussia pt galerie galleria museo musée
  maison ediciones edições editora editorial producciones produções calzaturificio mineração mineradora grupo gruppo
  companhia compañía compagnie compagnia société sociedad clube construtora constructora empresa banc caja caixa cassa
  transportes trasporti banque cooperativa cooperativo coopérative scuderia equipo laboratorios laboratorio
  laboratório laboratórios laboratoire laboratoires unión união forum
  sparta slavia spartak lokomotiv legia steaua hapoel maccabi beitar shakhtar zenit`);

/** Plural nouns of faith and community that GUM-style annotation counts as person groups ("Muslims"). */
const PERSON_GROUPS =
  wordSet(`christians muslims jews catholics protestants buddhists hindus sikhs evangelicals shiites sunnis latinos hispanics
  yazidis uyghurs uighurs kurds arabs rohingya tamils pashtuns hazaras tutsis hutus bedouins druze maasai`);

/** Nouns a people's name qualifies in the singular: "a Rohingya teacher", "a Druze village". */
const QUALIFIED_PEOPLE_NOUNS = wordSet(
  'man woman boy girl child teacher refugee family community village camp leader activist militant fighter youth volunteer elder farmer fisherman student mother father',
);
/** Words right after a name that make it a person's ("Vega suggested", "Wintour herself"). */
const PERSON_AFTER =
  wordSet(`said says told added explained stated wrote remarked suggested insisted recalled admitted argued
  dismissed dismisses smiled laughed joked himself herself`);
/** Verbs that follow a person's lone name at a sentence start ("Grant has", "Will said"). */
const LONE_NAME_VERBS =
  wordSet(`said says told added is was has had will would could can did does may might must should
  wrote argued insisted explained replied denied declined confirmed announced warned`);
/**
 * Romance (and Polish) heads that open a place's name: "Plaza Mayor", "Paseo de la Reforma", "Mont
 * Blanc", "Estadio del Manzanares", "Aleje Jerozolimskie".
 */
const HEAD_FIRST_PLACES = wordSet(
  'plaza piazza piazzale calle rue avenida avenue praça largo esplanada isla ilha lago monte puerto porto playa río rivière fleuve etang étang lac laguna gare estación estação stazione paseo passeig carrera viale corso rua avinguda mont estadio estádio stadio stade aleje quai molo calata akti viaducto ulica baie pointe passo col place plac wat douar bab hassi ain oued wadi jebel djebel jabal boulevard corniche palais carrer rambla puerta strada jirón jiron',
);
/** Words before and after "Achilles" that make it the tendon: "his Achilles", "an Achilles injury". */
const ACHILLES_OWNERS = wordSet('my his her their your an a left right ruptured torn');
const ACHILLES_AFTER = wordSet(
  'tendon tendons injury injuries problem problems heel surgery rupture tear issue',
);
/** Natural features named by the word before them: "the Kinabatangan river", "the Rwenzori mountains". */
const GEO_FEATURE_AFTER = wordSet(
  'river rivers lake lakes valley bay island islands mountain mountains gulf strait canal creek delta basin estuary lagoon plateau desert gorge glacier',
);
/** A festival's prize by its metal and figure: "Golden Bear", "Silver Lion", "Crystal Globe". */
const PRIZE_METALS = wordSet('golden silver bronze crystal');
const PRIZE_FIGURES = wordSet(
  'bear bears lion lions globe globes leopard stallion shell peacock rooster calf palm',
);
/** Lower-case words after "Treasury" that make it the government's debt, no body. */
const TREASURY_DEBT = wordSet(
  'note notes bond bonds bill bills yield yields securities market futures prices inflation-protected',
);
/** Romance streets' heads a number may follow: "Calle 73", "Carrera 7", "Avenida 9 de Julio". */
const NUMBERED_STREET_FIRST = wordSet('calle avenida carrera rua jirón jiron avinguda carrer');
/** What follows "Costa" in a coast's name: "Costa del Sol", "Costa Brava", "Costa Smeralda". */
const COAST_NAMES = wordSet('del de da do dos das brava blanca smeralda dorada cálida verde');
/**
 * More heads opening a place's name, unless a body's head ends it ("San Benito Regional Medical
 * Center"): "San Marco", "Cerro Paranal", "Barrio Yungay", "Kampung Baru", "Jebel Ali", "Wadi Rum",
 * "Beit Lahia", "Deir al-Balah", "Koh Samui", "Via Nomentana", "Zona Norte", "Plaça Universitat".
 */
const HEAD_FIRST_PLACES_UNLESS_BODY = wordSet(
  'cerro barrio colonia ciudad san santa são sao sant kampung kampong jebel jabal wadi pulau teluk tanjung bukit gunung sungai jalan lorong palácio palacio palazzo castello castillo beit deir kafr khirbet ras koh via zona plaça trg gran palau',
);
/** Of those, the heads whose place is named again without them: "Paranal" after "Cerro Paranal", "Juárez" after "Ciudad Juárez". */
const DROPPED_PLACE_HEADS = wordSet('cerro kampung kampong jebel jabal pulau bukit gunung ciudad');
/** Verbs of putting something out on a platform ("posted a video on Weibo"). */
const POSTING_VERBS = wordSet('posted shared published uploaded wrote announced streamed');
/** Words that name a part or an age of a town or land before its name ("Old Delhi", "Upper Egypt"). */
const TOWN_PART_WORDS = wordSet('old new upper lower greater little great inner outer central');
/** Lower-case nouns of Czech and Slovak bodies' names after their adjective ("Tatra banka"). */
const SLAVIC_BODY_NOUNS = wordSet(
  'banka spořitelna sporiteľňa pojišťovna poisťovňa energetika aliancia rafinéria rafinerie distribuce distribúcia',
);
/** Heads a trading company's name ends in, before "of" and its town ("Horizon Sky Networks of Noordwijk"). */
const TRADING_HEADS = wordSet(
  'holdings holding networks systems industries technologies enterprises ventures logistics',
);
/** Stretches of land and ways of going that run between two places ("the road between X and Y"). */
const SPANS_BETWEEN = wordSet(
  'road roads route routes path paths border frontier stretch highway motorway railway line rail ferry ferries flight flights train trains bus buses floodplain valley river corridor area zone land distance journey bridge coast canal pipeline halfway midway lies lie located situated travelled traveled commute commutes shuttled',
);
/** How a body's other name is known: "as Cade is formally known". */
const KNOWN_MANNERS = wordSet('formally officially commonly also better widely popularly locally');
/** Verbs after which "in" names where a life was lived: "born in", "grew up in", "died in". */
const LIFE_PLACE_VERBS = wordSet('born raised up lives lived died buried settled');
/** Climate patterns named like places or bodies, without their accents. */
const CLIMATE_PATTERNS = new Set(['el nino', 'la nina']);
/** Peers' titles, whose holders are named "Lord Hendy of Richmond Hill". */
const PEER_TITLES = wordSet('lord baroness baron lady viscount viscountess');
/** Adjectives of nearness before a place's name: "nearby Andijan", "neighbouring Tarnów". */
const NEARBY = wordSet('nearby neighbouring neighboring adjacent adjoining');
/** The last word of a venue's name after "at": "Wrigley Field", "Rogers Place". */
const VENUE_TAILS = wordSet('field place arena dome bowl ground grounds gardens');
/** Prepositions of place, and those of a street, before a square or street: "on Foley Square". */
const LOCATIVES: ReadonlySet<string> = new Set([...PLACE_PREPOSITIONS, ...wordSet('on along off onto')]);
/** English geographic heads that open a place's name: "Mount Kenya", "River Lune", "Lake Tahoe". */
/** Colours that name metro and rail lines: "the Yellow Line" (not `COLOUR_AND_SKY_WORDS`, which opens
 * companies' names and holds sky words too). */
const LINE_COLOURS = wordSet('red blue green yellow orange purple pink brown grey gray gold silver');
const GEO_HEADS_FIRST = wordSet('mount mt river lake loch lough cape isle fort port camp');
const FOREIGN_ARTICLES = wordSet('le la les el il lo los las die der das de het');
/** Labels of captions and credits ("Image: Reuters"), never the end of a name even right after one. */
const CAPTION_LABELS = wordSet(
  'image images photo photos picture pictures video videos credit credits source sources caption file update map',
);
const PLACE_KIND_BEFORE_OF = wordSet('island city town village province region state capital');
/** Heads of places and bodies named after a person ("Steve Jobs Theater", "Jomo Kenyatta Airport"). */
const PERSON_NAMED_VENUES = wordSet(
  'memorial international airport theater theatre stadium arena center centre hall library',
);
/** Honorifics only people bear. */
const HONORIFICS = wordSet('mr mrs ms miss mx');
/** What a utility supplies, named twice in its name: "Pacific Gas and Electric". */
const UTILITY_WORDS = wordSet('gas electric electricity light power water telephone telegraph steam');
/** Fields a venue named after a person is for: "Kennedy Space Center", "Lincoln Arts Center". */
const VENUE_FIELDS = wordSet(
  'space science research cancer heart music arts art sports aquatic convention conference exhibition media innovation',
);
/** Nouns a sports event's name stands before ("his first Wimbledon title"). */
const EVENT_NOUNS = wordSet('title titles final finals semi-final semifinal crown');
const AWARDS_AND_GAMES = wordSet(
  'oscar oscars emmy emmys grammy grammys bafta baftas olympics paralympics olympic paralympic',
);
/** Words whose possessive opens many bodies' and places' names ("People's Daily", "St John's Wood"). */
const POSSESSIVE_NAME_WORDS = wordSet('people children women men king queen veterans workers');
/** Diseases named after a person, whose possessive opens charities' names: "Alzheimer's Research UK". */
/** A code of one to three capitals, a hyphen and a number: "F-16", "AK-47", "I-85", "H-1B". */
const MODEL_CODE = /^\p{Lu}{1,3}-\d+\p{Lu}?\d?$/u;
/** A group of nations by its hyphened letter and number, lower-cased: "g-20". */
const GROUP_OF_NATIONS = /^g-\d{1,3}$/u;
/** Numbers in words that name groups of nations: "the Group of Seven". */
const GROUP_NUMBERS: ReadonlyMap<string, string> = new Map([
  ['seven', '7'],
  ['eight', '8'],
  ['twenty', '20'],
]);
/** What a lender's programme lends, before its "Facility": "Extended Credit Facility". */
const LENDING_KINDS = wordSet('fund credit financing lending liquidity resilience sustainability');
/** Listings that close "World Heritage" in a run ("the World Heritage List"). */
const HERITAGE_LISTINGS = wordSet('list site sites listing');
/**
 * Where the run [from, to) ends in the World Heritage listing ("UNESCO World Heritage" before "site",
 * "World Heritage List"), the token that opens it; else -1.
 */
const heritageListingAt = (tokens: readonly Token[], from: number, to: number): number => {
  const k = tokens[to - 1]?.lower === 'heritage' ? to - 2 : to - 3;
  if (k < from || tokens[k]?.lower !== 'world' || tokens[k + 1]?.lower !== 'heritage') return -1;
  if (k + 2 === to) {
    const next = tokens[to];
    return next?.kind === 'word' && next.text === next.lower ? k : -1;
  }
  return HERITAGE_LISTINGS.has(tokens[to - 1]?.lower ?? '') ? k : -1;
};
/** Heads of bodies named with the country they serve after "in" or "to": "Mission in Libya". */
const MISSION_HEADS = wordSet('mission delegation');
/** Heads after a place's name that the story may drop again: "Brazoria County", "the Permian Basin". */
const TRAILING_PLACE_HEADS = wordSet(
  'county basin region province district parish governorate oblast krai prefecture',
);
/** A studio's arms named after "Bros.": "Warner Bros. Discovery", "Warner Bros. Pictures". */
const STUDIO_ARMS = wordSet(
  'discovery pictures entertainment television studios records animation interactive',
);
/** Heads of bodies often named for a person: "the Nkosi Dlamini Foundation", "the Mo Ibrahim Prize". */
const EPONYM_HEADS = wordSet(
  'foundation foundations institute institution trust centre center school college university academy hospital library museum fund society prize award endowment initiative chair',
);
const DISEASE_EPONYMS = wordSet('alzheimer parkinson crohn huntington');
const DISEASE_NOUNS = wordSet('disease diseases syndrome disorder');
/** Bodies' heads that a plural may open a name before ("Airports Company", "Farmers Union"). */
const PLURAL_LED_HEADS = wordSet('company corporation authority association council union federation board');
/** Kinds of weapon and craft after a model's name ("Gripen fighter jets", "Zorawar light tanks"). */
const CRAFT_NOUNS = wordSet(
  'tank tanks howitzer howitzers jet jets fighter fighters aircraft helicopter helicopters drone drones missile missiles submarine submarines frigate frigates corvette corvettes destroyer destroyers boats rifles launchers',
);
/** Words between such a name and its kind: "Zorawar light tanks", "Ajax armoured vehicles". */
const CRAFT_MODIFIERS = wordSet(
  'light heavy main battle fighter attack combat armoured armored transport patrol',
);
/** Endings of Latin species names after a genus ("pestis", "cruzi", "aegypti", "sapiens"). */
const LATIN_EPITHET = /^\p{Ll}+(?:is|us|um|i|ii|ae|ensis|oides|ica|ata|iens|ens|alis|aris)$/u;
/** "St. Peter's Basilica", "Saint Paul's Cathedral": a saint's possessive stays in the name. */
const SAINT_WORDS = wordSet('st saint ste san santa');
/** The short forms among those, as they open a place's name: "St. Kitts", "Ste. Marie". */
const SAINT_SHORT = new Set([...SAINT_WORDS].filter((w) => w.length <= 3 && w !== 'san'));
/** Words that open many companies' names, so that the next word is no product of theirs ("Deutsche Bahn"). */
const GENERIC_NAME_STARTS = wordSet(
  'deutsche banco credit société societe general national royal united first standard american british',
);
/** A token that is a company's legal form: the Bulgarian "AD" only in capitals, a lower-case "ad"
 * being an advertisement ("a Biden ad", "Next ad campaign"). */
/** "Channel", "Canal" or "Kanal" at `k` before a channel's number of up to three digits ("Channel 4"). */
const channelNumberAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  const n = tokens[k + 1];
  return (
    !!t &&
    (t.text === 'Channel' || t.text === 'Canal' || t.text === 'Kanal') &&
    n?.kind === 'num' &&
    n.start === t.end + 1 &&
    /^\d{1,3}$/u.test(n.text)
  );
};
const legalSuffixToken = (t: Token): boolean =>
  COMPANY_SUFFIXES.has(stripDots(t.lower)) && (t.lower !== 'ad' || t.text === 'AD');
/** Members of a people after its name: "a Larrakia woman", "a Yolngu elder". */
const MEMBER_OF_PEOPLE = wordSet('woman man elder girl boy');
/** Words before "Mass", the service: "to Mass", "attended Mass", "after Mass". */
const MASS_BEFORE = wordSet(
  'to at attend attends attended attending celebrate celebrates celebrated celebrating after during before said say says hear heard daily weekly morning evening midnight funeral requiem',
);
/** Continents and world regions, which own no district: "Europe's Arianespace". */
const CONTINENTS: ReadonlySet<string> = new Set([
  'africa',
  'asia',
  'europe',
  'oceania',
  'antarctica',
  'america',
  'americas',
  'north america',
  'south america',
  'latin america',
  'central america',
  'middle east',
  'near east',
  'far east',
  'southeast asia',
  'south asia',
  'east asia',
  'central asia',
  'caribbean',
  'scandinavia',
  'balkans',
]);
/** Fields prizes are given in, capitalized in the prizes' names ("Nobel Prize in Medicine"). */
const PRIZE_FIELDS = wordSet('physics chemistry medicine physiology literature economics');
/**
 * The last token of the name a nickname belongs to: "Widodo, known as Jokowi", "Smith, better known
 * as Smudge", "Chan (known as Jackie)"; -1 when the name at `from` is no such nickname.
 */
const aliasOwner = (tokens: readonly Token[], from: number): number => {
  if (tokens[from - 1]?.lower !== 'as' || tokens[from - 2]?.lower !== 'known') return -1;
  let k = from - 3;
  const w = tokens[k]?.lower ?? '';
  if (
    w === 'also' ||
    w === 'better' ||
    w === 'widely' ||
    w === 'popularly' ||
    w === 'commonly' ||
    w === 'formerly' ||
    w === 'previously'
  )
    k--;
  return tokens[k]?.text === ',' || tokens[k]?.text === '(' ? k - 1 : -1;
};
/** Diseases and viruses named like names. */
const DISEASES = wordSet(
  'covid-19 covid sars-cov-2 sars mers mpox ebola zika hiv aids tb nipah wolbachia captagon clostridioides clostridium salmonella listeria legionella staphylococcus streptococcus escherichia klebsiella pseudomonas mycobacterium shigella campylobacter',
);
/** Kinds of political body a name comes before ("the Morena party"). */
const PARTY_NOUNS = wordSet('party movement alliance coalition bloc faction');
/** `f`, run on the first call only. */
const once = <T>(f: () => T): (() => T) => {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value as T;
  };
};
/** Prefixes of ships' names. */
const SHIP_PREFIXES = wordSet('hms hmc hmcs hmas hmnzs uss rms mv mt ins usns icgs rfa fv brp kri pns');
/** Members of a team named before them ("the Red Bull driver", "Ferrari team principal"). */
const TEAM_MEMBER_NOUNS = wordSet('driver drivers rider riders teammate team');
/** US states (and Canadian provinces) as datelines abbreviate them ("CAMBRIDGE, Mass. —"). */
const AP_STATE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ala: 'Alabama',
    ariz: 'Arizona',
    ark: 'Arkansas',
    calif: 'California',
    colo: 'Colorado',
    conn: 'Connecticut',
    del: 'Delaware',
    fla: 'Florida',
    ga: 'Georgia',
    ill: 'Illinois',
    ind: 'Indiana',
    kan: 'Kansas',
    ky: 'Kentucky',
    la: 'Louisiana',
    md: 'Maryland',
    mass: 'Massachusetts',
    mich: 'Michigan',
    minn: 'Minnesota',
    miss: 'Mississippi',
    mo: 'Missouri',
    mont: 'Montana',
    neb: 'Nebraska',
    nev: 'Nevada',
    okla: 'Oklahoma',
    ore: 'Oregon',
    pa: 'Pennsylvania',
    tenn: 'Tennessee',
    vt: 'Vermont',
    va: 'Virginia',
    wash: 'Washington',
    wis: 'Wisconsin',
    wyo: 'Wyoming',
    // (and Canadian provinces, as Canadian Press datelines write them: "THUNDER BAY, Ont. --")
    ont: 'Ontario',
    que: 'Quebec',
    sask: 'Saskatchewan',
    alta: 'Alberta',
    nfld: 'Newfoundland and Labrador',
  }),
);
/** US states as AP datelines abbreviate them ("SANTA CLARA, Calif. —"), with their names. */
const AP_STATES: ReadonlySet<string> = new Set(AP_STATE_NAMES.keys());
/** US states AP abbreviates by initials, written as one word with its dots ("ASHEVILLE, N.C. —"). */
const AP_INITIALS_STATES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'n.c.': 'North Carolina',
    'w.va.': 'West Virginia',
    'w.va': 'West Virginia',
    'n.j.': 'New Jersey',
    'n.y.': 'New York',
    'n.h.': 'New Hampshire',
    'n.m.': 'New Mexico',
    'n.d.': 'North Dakota',
    's.c.': 'South Carolina',
    's.d.': 'South Dakota',
    'r.i.': 'Rhode Island',
    'b.c.': 'British Columbia',
    'n.s.': 'Nova Scotia',
    'n.b.': 'New Brunswick',
    'p.e.i.': 'Prince Edward Island',
  }),
);
/** Heads that end companies' names ("Universal Pictures", "General Motors", "Royal Mail"; Turkish
 * "İnşaat", construction, also as JavaScript lower-cases its dotted capital: "i" and a combining dot). */
const COMPANY_HEADS =
  wordSet(`pictures films productions motors airlines airways ferries mail records studios entertainment industries systems
  technologies petroleum pharmaceuticals steel mining foods chemicals insurance logistics shipping electric electronics
  corporation corp inc ltd plc holdings automotive aerospace semiconductor therapeutics biosciences robotics sons
  reinsurance assurance pensions brokers architects energia mutual inşaat i\u0307nşaat insaat`);
/**
 * One word ending in a bank's, an oil or gas firm's, a telecom's or a power firm's word: "Agrobank",
 * "Turkmengaz", "Transelectrica", "Energocom" (a vowel before "com": "Malcom" is a given name).
 */
const COMPOUND_COMPANY =
  /^(?:\p{Lu}\p{Ll}{2,}(?:bank|gaz|neft|prom|telecom|electrica|elektro|[aeiou]com)|\p{Lu}{2,4}Bank)$/u;
/** Colours and sky words that open companies' names: "Blue Star Ferries", "Golden Dragon Airlines". */
const COLOUR_AND_SKY_WORDS = wordSet(
  'blue red green black white golden silver yellow orange royal star sun moon sky',
);
/** Business words besides COMPANY_HEADS that end such a name: "Golden Boy Promotions", "Blue Owl Capital". */
const COLOUR_NAME_HEADS = wordSet(
  'promotions racing partners capital ventures media brands hotels resorts beverages',
);
/** Business words a company is named again without, besides COMPANY_HEADS: "Heartland Prairie Bank". */
const SHORTENED_BUSINESS_WORDS = wordSet('bank telecom metals compute animation');
/** ... and before a legal suffix: "Garuda Agri" after "Garuda Agri Resources Ltd". */
const SUFFIXED_BUSINESS_WORDS = wordSet(
  'resources energy group investment investments power minerals navigation dredging marine construction trading tankers',
);
/** What a body is called in apposition besides ORG_KIND_BEFORE: "Manos Limpias, an anti-corruption group". */
const APPOSITION_BODIES =
  wordSet(`group organisation organization party agency network movement association coalition ngo bank
  militia chipmaker drugmaker planemaker institute foundation think-tank house chamber parliament legislature
  office bureau ministry department authority body service confederation`);
/** Geographic heads that make a sentence's everyday first word a name ("Cook County", "Orange Bay"). */
const OPENING_GEO_HEADS = wordSet(
  'county street avenue road square lane boulevard bridge hill island river lake bay valley',
);
/** Bodies' heads that make a sentence's everyday first word a name ("Reserve Bank", "High Court"). */
const OPENING_ORG_HEADS =
  wordSet(`bank court party council committee commission university college institute agency
  department ministry union league army navy church foundation association authority board`);
/** A body's head followed by "of", "for" or "on" among the words: "institute for the study of war", "commission on elections". */
const headedBody = (words: readonly string[]): boolean => {
  for (let k = 0; k + 1 < words.length; k++)
    if (
      (words[k + 1] === 'of' || words[k + 1] === 'for' || words[k + 1] === 'on') &&
      ORG_HEADS.has(words[k] ?? '')
    )
      return true;
  return false;
};
/** Two capitals or more in a short word with lower-case letters between: "AfD", "BaFin". */
/** Vietnamese middle names that are everyday words elsewhere ("Le Van Quang", "Le Duc Anh"). */
const VIETNAMESE_MIDDLE = wordSet('van thi duc huu dinh xuan ngoc');
/** The commonest Vietnamese family names, which open a name before its middle name. */
const VIETNAMESE_FAMILY_NAMES = wordSet(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh mai truong lam',
);
/** A Vietnamese family name that is also common initials, written as a name: "Ngo", not "NGO". */
const familyNameNotInitials = (t: Token): boolean =>
  VIETNAMESE_FAMILY_NAMES.has(t.lower) && t.text !== t.text.toUpperCase();
const MIXED_ABBREVIATION = /^\p{Lu}\p{Ll}{1,2}\p{Lu}[\p{Lu}\p{Ll}]?$/u;
/** Lower-case nouns after a longer name that make it a work's or an event's ("... Yellow Brick Road tour"). */
const WORK_NOUNS_AFTER = wordSet(
  'tour tours album albums festival award awards prize trophy concert concerts',
);
/** Particles of family names written with a capital ("Van Kerkhove", "De Luca", "Di Maio"). */
const CAP_PARTICLES = wordSet('Van Von De Di Da Del Della Le La Du Dos Das Ter Ten');
const HYPHEN_COUNTRY = /^\p{Lu}\p{L}+-\p{Lu}\p{Ll}+$/u;
const lastHyphenPart = (key: string): string => key.slice(key.lastIndexOf('-') + 1);
/** Holidays and events named with a day ("Good Friday Agreement", "Super Tuesday"). */
const DAY_COMPOUNDS = new Set([
  'good friday',
  'black friday',
  'cyber monday',
  'super tuesday',
  'ash wednesday',
  'holy saturday',
  'palm sunday',
  'easter sunday',
  'easter monday',
  'bloody sunday',
]);
/**
 * Heads of company names that are also the everyday nouns a body's remit is named by ("Securities
 * and Exchange Commission", "Water and Sewer Authority", "Energy and Climate Change Committee").
 */
const REMIT_HEADS = wordSet(
  `water exchange energy oil power technology software media research science securities resources investments
  fisheries aviation automobile automobiles mobility healthcare hospitality gas solar hydro timber packaging
  plastics freight engineering mining radio television telecom communications steel shipping insurance chemicals
  metals minerals coal iron management digital mobile search electronics pharmaceuticals gaming diagnostics`,
);
const bodyHead = (w: string): boolean => ORG_HEADS.has(w) && !REMIT_HEADS.has(w);
/** What a place is called in apposition: "Ortavia, a small island nation". */
const APPOSITION_PLACES = wordSet(
  'city town village nation country island region province capital port resort suburb stadium arena airport temple shrine monument castle palace fortress citadel',
);
/** Units of government written after a place's name: "Lagos State", "Cook County". */
const ADMIN_UNITS = wordSet('state county city province region district');
/** Titles that open with a unit's word: "District Judge", "State Senator". */
const UNIT_TITLES = new Set([
  'district judge',
  'district attorney',
  'state senator',
  'state sen',
  'state representative',
  'state rep',
]);
/** Plural kinds before "such as X" and the type they give X. */
const SUCH_AS_BODIES =
  wordSet(`religions churches groups companies firms organisations organizations parties banks agencies
  charities networks brands retailers airlines universities clubs teams unions broadcasters newspapers
  startups start-ups fintechs apps platforms lenders insurers carmakers automakers miners suppliers manufacturers
  operators developers publishers labels studios importers exporters traders processors distributors chains supermarkets
  carriers stores producers makers`);
const SUCH_AS_PLACES = wordSet(
  'countries cities states nations regions towns provinces islands suburbs villages districts neighbourhoods neighborhoods rivers lakes glaciers mountains valleys counties municipalities communes territories metros metropolises boroughs wards crossings posts ports airports temples shrines monuments landmarks attractions beaches areas communities stations resorts places parishes hubs strongholds sites',
);
const SUCH_AS_PEOPLE = wordSet('people stars players leaders artists politicians figures celebrities');
/** A body's seat after "its <Town>" ("its Cupertino headquarters"). */
const SEAT_NOUNS = wordSet(
  'headquarters campus offices office plant factory base operations refinery smelter mine mines terminal site operation facility',
);
/** Kinds of news medium before its name in lower case: "state broadcaster CCTV", "the channel Hír Plusz". */
const OUTLET_KINDS = wordSet('broadcaster channel portal network newspaper daily tabloid');
/** Kinds of body named after a name in lower case ("the Scientology organization"). */
/** A body's officers by their lower-case role right before their name: "Foodwatch campaigner Jana Lindemann". */
const OFFICER_ROLES = wordSet(
  'spokesman spokeswoman spokesperson campaigner chief executive director president chairman chairwoman chair analyst economist head researcher official manager founder strategist',
);
/** Bodies' heads that, in lower case before a name in commas, describe it: "the port authority, X,". */
const APPOSED_BODY_HEADS = wordSet('board body authority ministry commission council');
/** What a capitalized owner is to a body in a compound: "PIF-backed", "Temasek-owned". */
const BACKER_TAILS = wordSet('backed owned run controlled funded listed');
/** Continents' names, after which a capitalized word names a part of one. */
const CONTINENT_WORDS = wordSet('africa asia europe america americas oceania');
/** Verbs of a share price after "shares" or "stock": "Tata AIG shares rose". */
const MARKET_MOVES = wordSet(
  'rose fell jumped slid dropped gained closed ended surged slumped tumbled climbed soared plunged sank edged traded were are have had lost added rallied declined dipped opened rise fall jump slide drop gain close end surge slump tumble climb soar plunge sink edge trade lose add rally decline dip open',
);
const ORG_KIND_AFTER = wordSet(
  'organization organisation company firm corporation agency group charity church rebels militants fighters militia hospital clinic university museum prison service union lobby association federation broadcaster network airline gang cartel coalition alliance movement newspaper tabloid magazine stable television',
);
/** Roles whose "at X" names an institution ("a professor at Wharton"). */
const ACADEMIC_ROLES = wordSet(
  'professor professors lecturer researcher researchers scientist scientists student students fellow',
);
/** Trades of firms and of people alike: "the Italian builder" is a firm, "a builder from Leeds" a person. */
const FIRM_OR_PERSON_TRADES = wordSet(
  'builder constructor trader shipper grocer jeweller jeweler bookmaker caterer haulier hauler roaster distiller vintner dredger',
);
/** Who makes a product, before "of" and its name ("the maker of ChatGPT"). */
const MAKER_NOUNS = wordSet('maker makers developer developers creator creators manufacturer manufacturers');
const MAKER_VERBS = wordSet('made manufactured produced developed owned built operated published');
/** Nouns after a person's age in apposition: "X, a 34-year-old nurse". */
const AGED_PEOPLE = wordSet(
  `nurse teacher doctor driver engineer resident retiree pensioner grandmother grandfather widow widower businessman
  businesswoman mechanic shopkeeper trader vendor accountant soldier officer labourer laborer cleaner carer nanny
  plumber electrician builder waiter waitress chef cook baker taxi nursing mother-of-two father-of-two mother-of-three
  father-of-three single divorced married unemployed former local retired`,
);
/** A body's people, after the body's kind: "a party member", "the company employees". */
const BODY_MEMBER_NOUNS = wordSet(
  'member members official officials worker workers employee employees activist activists head heads boss bosses organiser organisers organizer organizers steward stewards rep reps representative representatives leader leaders',
);
/** A person's job after a body's kind ("a school teacher", "a bank manager"): a role, a trade or an
 * agent noun that is no kind of body itself ("a grid operator" is one). */
const jobAfterKind = (t: Token): boolean =>
  t.text === t.lower &&
  !BODY_KINDS.has(t.text) &&
  !NOT_AGENT_NOUNS.has(t.text) &&
  (ROLE_NOUNS.has(t.text) || PEOPLE_BY_TRADE.has(t.text) || /^[a-z]{3,}(?:er|or|ist|ian)$/u.test(t.text));
/** Words ending like agent nouns that are none ("a mid-sized producer later absorbed"). */
const NOT_AGENT_NOUNS = wordSet(`later earlier other rather either neither whether ever never however further
  former after over under together major minor prior senior junior superior interior exterior bigger larger
  smaller older newer higher lower greater better faster slower longer shorter wider closer`);
/** Kinds of medicine, which name products: "Xolair, a drug made by Genentech", "the drug Wegovy". */
const MEDICINES = wordSet('drug medicine medication vaccine treatment therapy');
/** What a product is called in apposition: "Xolair, a drug made by Genentech". */
const APPOSITION_PRODUCTS: ReadonlySet<string> = new Set([
  ...MEDICINES,
  ...wordSet(
    'app application game device smartphone phone gadget car model jet aircraft chatbot software platform browser',
  ),
]);
const RUN_MODIFIERS = wordSet('former acting interim ex islamist salafist jihadist');
const STORM_WORDS = wordSet('typhoon hurricane cyclone storm depression typhoons hurricanes cyclones storms');
/**
 * Words before a storm word in a storm's name: "Tropical Storm Isidore", "Super Typhoon Rai",
 * "Tropical Depression Grace".
 */
const STORM_LEADS = wordSet('tropical super severe');
/** Any storm word anywhere in a story ("Typhoon", "HURRICANE", "Storm"): one scan of the text. */
const STORM_STEMS = /yphoon|urricane|yclone|torm|epression/iu;
/** Heads of streets and landmarks named with a possessive, as written: "Rogerson's Quay", "King's Cross". */
const POSSESSIVE_STREET_HEADS = new Set(
  'Quay Wharf Street Road Square Green Cross Lane Hill Bridge Gate Row Walk Park Inn Field Fields'.split(' '),
);
/** Roles in markets whose holders a firm employs: "Morningstar analyst", "Capital Economics economist". */
const MARKET_ROLES = wordSet('analyst analysts economist economists strategist strategists');
/** Words before a noun that point back to something named: "the PAC", "its PAC". */
const DEFINITE_WORDS = wordSet('the this that its their his her our');
/** Units of measure written with capitals after a number ("3.5 GHz", "200 MWh", "1 Gbps", "8 GB"). */
const UNIT_SYMBOLS = new Set(
  'Hz kHz MHz GHz THz kW MW GW TW kWh MWh GWh TWh mAh kbps Mbps Gbps Tbps KB kB MB GB TB PB MtCO2 kV'.split(
    ' ',
  ),
);
/** Titles of a firm's or a university's officers, whose "of" names the body: "the Chairman of Barclays". */
const FIRM_TITLES = wordSet(
  'chairman chairwoman chairperson chair executive ceo founder co-founder director president rector provost dean vice-chancellor principal',
);
/** Words opening a person's office in apposition with no article: "chief executive of", "head of". */
const OFFICE_OPENERS = wordSet('chief head deputy vice managing executive');
/** A firm's officers in lower case after its name ("Santos chairman ..."); no town has them. */
const FIRM_OFFICERS = wordSet('ceo cfo chairman chairwoman chairperson founder co-founder');
/** What only a firm has: "Acme's chairwoman", "Acme's shareholders". */
/** A firm's parts after its possessive and perhaps a place: "Tokyo Electron's Taiwan unit". */
const FIRM_UNITS = wordSet('unit units division divisions subsidiary subsidiaries affiliate affiliates arm');
const FIRM_PARTS_OWNED = wordSet(
  'ceo cfo chairman chairwoman chairperson board shareholders subsidiary subsidiaries headquarters',
);
/** Words qualifying a faith's title before it: "Grand Mufti", "Maronite Patriarch", "Holy Father". */
const FAITH_TITLE_QUALIFIERS = wordSet(
  'grand holy sephardi sephardic ashkenazi maronite coptic ecumenical orthodox chaldean melkite syriac',
);
/** Faiths' titles those qualify. */
const FAITH_TITLES = wordSet('imam mufti ayatollah rabbi patriarch sheikh father');
/** Honours and ranks written after a person's name, as printed. */
export const POSTNOMINALS = wordSet('QC KC SC BL MP MEP MSP MS MLA TD MPP OBE CBE MBE KBE DBE PhD');
/** Parts and holders of a business, before "of" and its owner's name: "the unit of X". */
/** Officers only a body has ("Ofcom's director", "Kuponik's chairman"; a person has a lawyer). */
const BOARD_ROLES = wordSet(
  'director directors ceo cfo coo chairman chairwoman chairperson board shareholders founders executives',
);
const BUSINESS_PARTS = wordSet(
  'unit units subsidiary subsidiaries division divisions affiliate shareholders shares',
);
/** Services whose chiefs' titles open with their word: "Fire Chief" (a police force is named "X Police"). */
const SERVICE_TITLE_WORDS = wordSet('fire');
/** Heads of street names, after which a comma and a name give the district: "Filton Avenue, Horfield". */
const STREET_HEADS = wordSet(
  'street avenue road lane row drive close crescent terrace boulevard grove place',
);
/** The last word of a square's or street's name, in English and the languages of Europe's capitals. */
const SQUARES_AND_STREETS: ReadonlySet<string> = new Set([
  ...STREET_HEADS,
  ...wordSet(
    'square plaza platz straße strasse weg gasse plein gracht way allee trail highway parkway walk embankment mews marg veedhi salai circle prospekt prospect trakt shosse ulitsa',
  ),
]);
/** A street's name of one word (lower-cased), its kind joined to it: "Europaweg", "Karl-Marx-Allee", "Sejong-daero". */
const COMPOUND_STREET =
  /^\p{L}[\p{L}-]{2,}(?:straße|strasse|weg|allee|gasse|platz|damm|laan|straat|gracht|plein|kade|singel|gatan|vägen|vej|gade|-doro|-daero|-ro|-gil)$/u;
const COMPASS_WORDS = wordSet('east west north south');
/** Lower-case kinds after a party's or movement's name: "the Jewish Power party". */
const PARTY_KINDS = wordSet('party movement bloc alliance coalition');
/** Irregular past verbs that end a clause before its object's name: "broke Zverev's serve". */
const PAST_VERBS = wordSet(
  'beat broke met told won lost saw took gave made hit led left sent struck caught brought fought threw drew chose wrote spoke shook kept held sold paid',
);
/** Chambers named after the state or country they sit for: "Illinois House", "Ohio Senate". */
const LEGISLATURE_HEADS = wordSet('house senate assembly legislature');
/** A family name with an Arabic article: "al-assad", "el-sisi". */
const ARTICLED_NAME = /^(?:al|el)-\p{L}{3}/u;
/** A name with its Arabic article as written, a capital after the hyphen: "al-Hol", "al-Sudani". */
const ARTICLED_PROPER = /^(?:al|el)-\p{Lu}/u;
/** Kinds of medicine written before a product's name: "the drug Wegovy", "the vaccines ...". */
const MEDICINE_KINDS: ReadonlySet<string> = new Set([...MEDICINES, ...wordSet('drugs vaccines pill jab')]);
/** Plurals of trades: "medics", "physicians", "chemists". */
const PLURAL_TRADES = /\p{L}{3}(?:ics|ians|ists)$/u;
/** Titles whose everyday words before them are a portfolio: "National Security Adviser", "Interior Minister". */
const PORTFOLIO_HOLDERS = wordSet('minister adviser advisor commissioner officer mec');
/** Heads of buildings that speak for an office: "the White House", "Buckingham Palace", "Downing Street". */
const SEAT_HEADS = wordSet('house palace street');
/** Titles named with a portfolio after "for" or "of": "Minister for Culture and Tourism". */
/** Levels of government that open a title after the place it serves ("Ashanti Regional Minister"). */
const LEVEL_ADJECTIVES = wordSet('regional provincial municipal');
/** Words before a minister's title that make one title with it ("Cabinet Secretary", "Deputy Minister"). */
const MINISTER_RANKS = wordSet('cabinet state deputy junior assistant parliamentary acting associate');
const MINISTER_TITLES = wordSet(
  'minister secretary commissioner under-secretary-general under-secretary undersecretary',
);
/** Three-letter everyday words written in capitals for emphasis ("ALL", "NOT"), never initials here. */
const EMPHATIC_SHORT = wordSet('all not now and the are was you any our can but yet too has had did');
/** Words that open the name of a sporting "Games". */
const GAMES_EVENTS = wordSet(
  'olympic olympics paralympic paralympics commonwealth asian youth winter summer world invictus highland special pan island mediterranean',
);
/** Words before "System" that make it a body's name: "Retirement System", "Health System". */
const SYSTEM_BODIES = wordSet(
  'retirement pension health hospital school university college reserve transit library court prison',
);
/** Verbs and auxiliaries after two bodies as a subject: "Shell and BP have", "... are", "... will". */
const PAIR_VERBS = wordSet('have are were will would could may might must say plan agree also both each');
/** Everyday words that open bodies' names: "World Health Organization", "National Health Service". */
const ORG_OPENING_WORDS = wordSet('world national international royal federal central global united public');
/** Heads of institutions named after a founder's possessive: "Addenbrooke's Hospital". */
const FOUNDER_HEADS = wordSet('hospital infirmary college cathedral');
/** Peers' titles, which before "of" and a place name a person by title alone. */
const PEERAGES = wordSet('duke duchess earl countess marquess marchioness viscount viscountess');
/** Particles linking the parts of a hyphenated name, left out of its initials ("Tehreek-e-Insaf"). */
const HYPHEN_PARTICLES = wordSet('e i o y a al ul el ud ad ur');
/** Bodies' heads that are also common family names: "Jack Chambers", "Lee Post", "Anna Court". */
const FAMILY_NAME_HEADS = wordSet(
  'chambers church post court courts banks law house lake marsh ford brook wood woods pike quay abbey harbour hill lane wall castle power camp parks',
);
/** Lower-case words a one-word code follows, naming no entity: "clade Ib", "variant Omicron". */
const CODE_CLASSIFIERS = wordSet(
  'clade subclade variant subvariant strain subtype serotype genotype lineage',
);
/** Public offices whose holders' fields go before them as everyday words: "Bankruptcy Judge". */
const FIELD_TITLES = wordSet('judge prosecutor magistrate coroner secretary solicitor registrar defender');
/** Ministers' portfolios, which alone name no body ("Malaysia Tourism board", "of the Interior"). */
const PORTFOLIOS =
  wordSet(`interior exchequer defence defense finance health education justice culture trade economy environment energy transport
  affairs security agriculture development commerce industry tourism immigration housing welfare communications
  infrastructure science technology sport sports youth telecom telecoms governance`);
/** One word that alone names nothing of ours (see the lists above it). */
const NAMES_NOTHING_ALONE: ReadonlySet<string> = new Set([
  ...PORTFOLIOS,
  ...AWARDS_AND_GAMES,
  ...PRIZE_FIELDS,
  ...DISEASES,
  'international',
  'nobel',
  'pulitzer',
  // a country's founding law ("It violates the Constitution")
  'constitution',
  // a party's member, alone ("a Democrat who signed the bill")
  'democrat',
  'republican',
  // units of temperature ("41 degrees Celsius")
  'celsius',
  'fahrenheit',
  'kelvin',
]);
/** Adjectives that name parties before a title ("Liberal leader"): the party, not the title's. */
const POLITICAL_ADJECTIVES = wordSet('liberal national socialist radical liberal-national');
/** Offices whose "of" names a place or a body, never a person: "the president of Aragón". */
const OFFICES_OF_PLACES = wordSet(
  'president governor premier chancellor king queen prince princess emir sultan rector chairman chairwoman',
);
/** Words whose "of" names a place: "the city of X", "the mayor of X", "the outskirts of X". */
const PLACE_KIND_OF = new Set([
  ...PLACE_KIND_BEFORE_OF,
  // (a Canadian electoral district: "the riding of Pangnirtung")
  'riding',
  // (what stands there: "the site of Baalbek", "the palace of Cakranegara"; its middle: "the heart of
  // Tenochtitlan")
  'site',
  'palace',
  'heart',
  // (a land cut off from its country: "its exclave of Nakhchivan")
  'exclave',
  'enclave',
  // (a place's parts: "the rice terraces of Jatiluwih", "the ruins of Palmyra", "the slopes of Etna")
  'terraces',
  'ruins',
  'shores',
  'slopes',
  'foothills',
  'county',
  'port',
  'suburb',
  'mayor',
  'mayors',
  // (a see: "the Bishop of Wrexham Vale", "the Archbishop of Canterbury")
  'bishop',
  'archbishop',
  'outskirts',
  'suburbs',
  'residents',
  // (its people: "the people of Nkandla and Inanda", "the citizens of Kwamhlanga")
  'people',
  'citizens',
  'streets',
  'resort',
  'resorts',
  'markets',
  'towns',
  'villages',
  'cities',
  'districts',
  'district',
  'provinces',
  'regions',
  'islands',
  'municipality',
  'municipalities',
  // (a city's own divisions: "the boroughs of Iztapalapa and Tláhuac", "the wards of Kibera")
  'borough',
  'boroughs',
  'counties',
  'wards',
  'parishes',
  'prefectures',
  'states',
  // (an electoral seat, a governorate, a border post: "the constituency of Kitwe Central", "the
  // governorate of Mafraq", "the border post of Paso Canoas")
  'constituency',
  'constituencies',
  'governorate',
  'governorates',
  'post',
  'crossing',
  'crossings',
  'settlement',
  'community',
  'communities',
  'neighbourhood',
  'neighbourhoods',
  'neighborhood',
  'neighborhoods',
  'parts',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'downstream',
  'upstream',
  'waters',
  'peaks',
  'hills',
  'mountains',
  'slopes',
  'beaches',
  'fjords',
  'valleys',
  'coast',
  'coastline',
  'shores',
  'atoll',
  'peninsula',
  'archipelago',
  // (small places and their kinds elsewhere: "the hamlet of Pedernales", "the township of Mbare", "the
  // islet of Katchatheevu", Mongolia's provinces: "the aimag of Khovd", "the salt flats of Sinan")
  'hamlet',
  'hamlets',
  'township',
  'townships',
  'islet',
  'islets',
  'aimag',
  'flats',
  'hometown',
]);
/** Trades of people who work at a firm named after "at": "a banker at Lazard", "analyst at Numis",
 * "a senior attorney at Earthjustice", "a researcher at Bruegel". */
const WORK_TRADES = wordSet(
  'analyst analysts banker bankers economist economists strategist strategists trader traders partner associate broker attorney attorneys lawyer lawyers counsel researcher researchers scientist scientists fellow',
);
/** Business words closing a company's name that it is also called without ("Summit Ridge Energy"). */
const BUSINESS_WORDS_AFTER = wordSet(
  'energy group capital partners resources brands media networks communications',
);
/** Abbreviated suffixes of clubs' names, as printed: "Burgos CF", "Ajax AFC", Nordic "Rosenborg BK", "Djurgårdens IF". */
const CLUB_SUFFIXES = new Set([
  'FC',
  'CF',
  'AFC',
  'SC',
  'BSC',
  'AC',
  'FK',
  'SK',
  'HC',
  'EHC',
  'HK',
  'BK',
  'IF',
  'IK',
  'FF',
]);
/** Words that make a title of the noun after them: "the bishop", "a judge", "our mayor". */
const DETERMINER_WORDS = wordSet('the a an this that his her its their our my your former late new');
/** Verbs of speech after a speaker's bare name: '"...," Houston said' (not "is", "has": "Ford is to cut"). */
const LONE_SPEECH_VERBS = wordSet('said says told tells added adds wrote writes argued insisted explained');
/** What cricket's "Test" qualifies: "a Test series", "the Test captain". */
const TEST_CRICKET_NOUNS = wordSet(
  'series match matches captain captaincy cricket side squad team debut career century centuries wicket wickets cap caps',
);
/** Heads of public bodies named after their town ("Burnley General Hospital", "Preston Crown Court"). */
const TOWN_NAMED_HEADS = wordSet(
  'hospital infirmary clinic council court school college university library centre center police services association government museum municipality',
);
/** Heads that open a body's name in Spanish, Portuguese and Italian: "Instituto Butantan", "Partido Verde". */
const ROMANCE_ORG_HEADS = wordSet(
  'instituto istituto partido partito universidad universidade università banco banca banc caja caixa cassa transportes trasporti grupo gruppo compañía companhia compagnia empresa fundación fundação fundacion fundacao asociación associação sindicato federación confederación movimiento movimento frente unione unión união',
);
/** Kinds of land a name is called after it: "the Mangystau region", "Halmahera island". */
const REGION_KINDS = wordSet(
  'region sub-region subregion island islands district province county territory wetlands valley coast peninsula',
);
/** Sports and services whose national bodies are named by the country and the word: "New Zealand Rugby", "Finnish Customs", "Kenya Power", "Canada Post"; and parties named by the country and "First" ("New Zealand First"). */
const NATIONAL_BODY_WORDS = wordSet(
  'rugby cricket cycling hockey swimming athletics football netball rowing sailing tennis golf boxing basketball volleyball gymnastics triathlon badminton squash judo skiing canoeing customs power electricity post rail telecom air airlines first',
);
/**
 * Fields a national or state agency or governing body is named by before its country, state or town:
 * "Statistics Canada", "Global Affairs Canada", "Racing Victoria", "Hospitality New Zealand".
 */
/** Irish family names' particles, written as capitals: "Ó Catháin", "Ní Bhraonáin", "Uí Mhuirí". */
const IRISH_PARTICLES = wordSet('Ó Ní Uí');
/** Heads of a public body named head first, whose officer's name may follow it ("Department of ..."). */
const OFFICER_BODY_HEADS = wordSet('department ministry office bureau agency directorate authority');
/** Makers of airliners, named before a model's number ("Boeing 737", "Embraer 190", "ATR 72"). */
const AIRCRAFT_MAKERS = wordSet(
  'boeing airbus embraer atr bombardier comac tupolev ilyushin sukhoi antonov fokker',
);
/** Buildings a story places "on" a street: "offices on Deansgate". */
const BUILDINGS_ON_STREETS = wordSet(
  'office offices headquarters shop shops store stores restaurant restaurants bar cafe flat flats house home building hotel',
);
/** What a district that is a public body provides: "school district", "transit district". */
const SERVICE_DISTRICTS = wordSet(
  'school transit transportation water utility utilities sanitation irrigation sewer hospital parks conservation',
);
/** Parties named by one word ("Labor", "the Greens"); "Labour" and "Tories" are known bodies. */
const PARTY_WORDS = wordSet('labor liberal liberals conservative greens');
/** Words parties of one family share ("the Labour and Conservative party" is two parties). */
const PARTY_FAMILY_WORDS = wordSet(
  'labour labor liberal conservative green greens democratic democrat republican socialist communist national nationalist progressive popular social christian centre center left right',
);
/** A wire service's slugs, in capitals before the headline ("UPDATE 2-", "EXPLAINER-"). */
const WIRE_SLUGS: ReadonlySet<string> = new Set(WIRE_SLUG_WORDS);
/** Words before an Irish family name's mutated first letter ("Ó hUiginn", "Mac an tSaoi"). */
const IRISH_NAME_LINKS = wordSet('Ó Ní Uí Mac Nic Mhic an');
/** Fields of a ministry's or chamber's remit that also head companies' names ("Ministry of Mines and Energy"). */
const MINISTRY_FIELDS = wordSet('minerals mines mining logistics communications forest');
/** Heads of a body, not a title, whose remit after "of" or "for" may end in two everyday words ("Ministry of Food and Drug Safety"). */
const BODY_REMIT_HEADS = wordSet(
  'ministry department agency authority office council commission committee institute bureau directorate administration board service',
);
const AGENCY_FIELD_WORDS = wordSet(
  'global statistics health transport parks environment employment fisheries veterans natural indigenous elections immigration innovation racing hospitality tourism sport historic heritage screen creative arts music education skills enterprise energy universities nature water affairs services resources rugby cricket cycling hockey swimming athletics football netball rowing sailing tennis golf boxing basketball volleyball gymnastics triathlon badminton squash judo skiing canoeing',
);
/**
 * Movements and parties of Pakistan and India named in Urdu with a linking particle, one hyphenated
 * word whose first part says what kind of body it is: "Tehreek-e-Insaf" (movement), "Lashkar-e-Taiba"
 * (army), "Hizb-ut-Tahrir" (party). Personal names built the same way open with other words
 * ("Zia-ul-Haq", "Inzamam-ul-Haq").
 */
const IZAFAT_ORG =
  /^(?:tehreek|tehrik|lashkar|jaish|jamaat|jamiat|hizb|harkat|sipah|majlis|anjuman|tanzeem|tanzim|ittehad|ittihad)-(?:e|i|ul|ut|al)-./;
/** Companies whose names open with a lower-case letter, as written. */
const LOWERCASE_BRANDS = new Set([
  'easyJet',
  'eBay',
  'bTV',
  'iHeartMedia',
  'eDreams',
  'easyCar',
  'easyHotel',
]);
/** Adjectives of a crown that open venues' names and are given names too ("Royal Albert Hall"). */
const ROYAL_ADJECTIVES = wordSet('royal imperial regal');
/** A crown's bodies after its adjective: "the Royal Household", "the Royal House", "the Imperial Family". */
const ROYAL_BODIES = wordSet('household house family court mile theatre theater ballet opera');
/** Nouns after a people's name that no town or body takes ("Tlingit elders", "Inuit hunters"). */
const PEOPLE_ONLY_AFTER = wordSet(
  'people peoples elders elder herders language languages culture traditions hunters chiefs',
);
/** ... and with those a town's or body's may take too ("the Cree community", "Sámi reindeer herders"). */
const PEOPLE_AFTER: ReadonlySet<string> = new Set([
  ...PEOPLE_ONLY_AFTER,
  ...wordSet('community communities herder families rights reindeer man woman men women'),
]);
/** What a code name names: "the Han Kuang exercises", "The exercise, called Arctic Lynx". */
const EXERCISE_WORDS = wordSet('exercise exercises drill drills wargames manoeuvres maneuvers');
/** Titles of rulers and clerics that open names of places and bodies named after their holders ("Queen Elizabeth Hospital", "Imam Khomeini International Airport"). */
const VENUE_NAMING_TITLES = wordSet('king queen prince princess imam sheikh sultan emir ayatollah');
/** Legislators' titles before "for" and the seat they hold: "a TD for Wexford", "the Member for Lismore". */
const CONSTITUENCY_TITLES = wordSet('td mp ms msp mla mlc mep mpp mha mhk mna member senator');
/** Kinds of place a name follows with no "of": "the regional capital Ijevan", "the port city Hodeidah". */
const APPOSED_PLACE_KINDS = wordSet('capital city town village port');
const PLACE_KIND_AFTER = wordSet(
  `province region county island city state district valley prefecture department strait square park street avenue bridge stadium factory factories plant plants river lake canal bay gulf peninsula desert mountains
  neighborhood neighbourhood suburb village town area motorway highway freeway expressway palace airport harbour harbor
  cathedral mosque temple arena refinery dam prison jail reservoir tunnel aqueduct crossing oilfield oilfields gasfield deposit field fields
  territory municipality commune governorate oblast township constituency canton crossings corridor quarter borough
  districts neighbourhoods neighborhoods rivers villages towns provinces regions islands valleys suburbs lakes
  counties states cities parishes municipalities townships prefectures boroughs
  gully gorge caldera volcano port basin plateau glacier creek lagoon wetlands station terminal substation interchange
  market bazaar atoll atolls islet islets archipelago reef site eruption exclave enclave waterfront seafront
  foreshore riverfront bridges mine mines settlement settlements camp camps subdistrict sub-district inlet border`,
);
/** Words saying what kind of place comes next: "nuclear power plant", "industrial corridor". */
const KIND_MODIFIERS = wordSet(
  'industrial nuclear power inland coal gas hydroelectric hydropower solar wind steel oil container cargo commercial residential military naval free copper gold silver lithium nickel zinc iron uranium bauxite cobalt',
);
/** Kinds of areas only places are named before, after "the": "the Dar Saad district", "the Levent quarter". */
/** Participles of making or supplying before "by" and a maker ("produced by Turkey's Baykar"). */
const MAKING_PARTICIPLES = wordSet(
  'made produced built manufactured supplied developed designed assembled sold operated owned exported',
);
/** Kinds of area in the plural closing a list of them: "Kericho, Bomet and Nandi counties". */
const AREA_PLURALS = wordSet(
  'districts provinces counties regions states municipalities villages towns townships prefectures governorates oblasts subdistricts upazilas tehsils parishes boroughs cantons',
);
const AREA_KIND_AFTER = wordSet(
  'district subdistrict sub-district neighbourhood neighborhood suburb township quarter governorate oblast province prefecture municipality county canton borough',
);
/** Words that go on describing a body after its kind: "the association representing gas suppliers". */
const BODY_KIND_LINKS = wordSet('representing that which whose for of with behind');
/** Romance bodies' kinds that open their names, and the "of" and articles after them. */
/** Foreign kinds of body that open their names: "Vereniging ...", "Stiftung ...", "Fundación ...". */
const FOREIGN_BODY_KINDS = wordSet(
  `vereniging stichting verband stiftung vereinigung fundación fundacion fundação fundacao fondazione fondation asociación
  asociacion associação associacao associazione sindicato syndicat federación federacion federazione confederación
  groupe grupo gruppo société societe compagnie collectif mouvement corporación corporacion corporação corporacao`,
);
/** Dutch and German kinds of body that may close their names: "Van der Berg Stichting". */
const CLOSING_BODY_KINDS = wordSet('stichting stiftung vereniging verein verband');
const ROMANCE_HEADS: ReadonlySet<string> = new Set([
  ...FOREIGN_BODY_KINDS,
  ...wordSet(
    `instituto istituto institut universidad università universidade université banco banca banque partido partito
    parti movimento movimiento ministerio ministério ministero ministère comune ayuntamiento collegio colegio escuela
    scuola secretaría tribunal corte consejo conselho consiglio conseil caja accademia académie academia academie
    unione union unión guardia caisse autorité autoridad autoridade autorità defensoría defensoria fondo fonds agence
    agencia agenzia commissione comisión comissão conservatoire musée museo museu teatro théâtre biblioteca
    bibliothèque centro cámara câmara camera chambre cour fédération sindacato compagnie compañía ospedale hôpital
    école lycée liceo observatoire osservatorio observatorio guida électricité electricite gaz société societe`,
  ),
]);
const ROMANCE_OF = wordSet('de del da do dos das di della dei degli des du');
/** Articles after a Spanish or Portuguese "por"/"para" in a body's name ("Unión por la Patria"). */
const CAUSE_ARTICLES = wordSet('la el los las a o as os');
/** Buildings named head first with their "of" in Romance languages: "Palazzo dei Normanni", "Palácio do Planalto". */
const ROMANCE_BUILDINGS = wordSet(
  'palazzo palácio palacio castello castillo château chateau via viale piazza rue calle avenida rua praça plaza largo corso quai pont porte',
);
const ROMANCE_ARTICLES = wordSet('la las los el le les il lo');
/** What runs between two places: "the road between X and Y", "services between X and Y". */
const ROUTE_WORDS = wordSet(
  'road roads route routes line lines section service services train trains bus buses ferry ferries flights journey stretch border motorway railway link corridor track trail',
);
/** Whether the name at `from` is an end of a route: "... road between [X] and [Y]". */
const routeEndAt = (tokens: readonly Token[], from: number): boolean => {
  let k = from - 1;
  if (tokens[k]?.lower === 'and') {
    k--;
    while (k > from - 6 && tokens[k]?.cap && tokens[k]?.kind === 'word') k--;
  }
  if (tokens[k]?.lower !== 'between') return false;
  const route = tokens[k - 1];
  return !!route && (route.kind === 'num' || (route.kind === 'word' && ROUTE_WORDS.has(route.lower)));
};
/** Words between a town and a team's plural nickname: "Chennai Super Kings". */
const TEAM_MIDDLES = wordSet('super royal golden red blue');
/** Heads of bodies of members, fans or owners named after something else ("Everton Fan Advisory Board"). */
const MEMBER_BODY_HEADS = wordSet(
  'union board owners supporters trust association council committee network coalition alliance federation',
);
/** "the brand name X", "marketed as X", "sold as X" before the name at `from`. */
const brandNameBefore = (tokens: readonly Token[], from: number): boolean => {
  const b1 = tokens[from - 1]?.lower;
  const b2 = tokens[from - 2]?.lower;
  return (
    (b1 === 'name' && b2 === 'brand') ||
    (b1 === 'as' && (b2 === 'marketed' || b2 === 'sold' || b2 === 'branded'))
  );
};
/** Prepositions that open sentences capitalized before a name ("Outside City Hall, ..."). */
const SENTENCE_PREPOSITIONS = wordSet(
  'outside inside behind beyond beneath despite during throughout amid amidst',
);
/** Kinds of craft (and racehorses) before their names, which name none of the three types: "the frigate Hydra", "the filly Haru Ichiban". */
const CRAFT_KINDS = wordSet(
  'vessel ship tanker trawler frigate destroyer submarine freighter feeder icebreaker yacht spacecraft rover lander orbiter robot seiner longliner dhow ferry barge tug tugboat warship cruiser corvette schooner catamaran gunboat dredger containership bulker boat cutter liner lifeboat hovercraft sloop ketch filly mare colt gelding stallion racehorse',
);
/** A kind of craft in lower case, singular or plural: "dhow", "vessels". */
const craftWord = (w: Token | undefined): boolean =>
  !!w &&
  w.kind === 'word' &&
  w.text === w.lower &&
  (CRAFT_KINDS.has(w.text) || (w.text.endsWith('s') && CRAFT_KINDS.has(w.text.slice(0, -1))));
/** Titles that open ships' names after their kind: "the ferry Doña Paz", "the liner Queen Mary". */
const SHIP_NAME_TITLES = wordSet(
  'king queen prince princess lady doña don dame sir president admiral general saint',
);
/** Words before "carrier" that make it a ship: "the bulk carrier Wakashio" (not "the carrier Qantas"). */
const SHIP_CARRIER_KINDS = wordSet('bulk cargo container aircraft lng ore crude car vehicle');
/** Kinds of heavenly bodies before their names: "the moon Phobos", "the asteroid Ryugu". */
const ASTRO_KINDS = wordSet('moon moons asteroid asteroids comet exoplanet');
/** Generations after a family name: "Jr.", "Sr.", "III". */
const GENERATIONS = wordSet('jr sr ii iii iv');
/** Letter grades of the rating agencies (S&P and Fitch style) and their default grades. */
const RATING_GRADES = wordSet('aaa aa bbb bb ccc cc rd sd');
/** Words around a grade that say it is one: "at BBB", "a AAA rating", "rated AA". */
const RATING_BEFORE = wordSet('at to from rated rates rate of a an its their');
const RATING_AFTER = wordSet('rating ratings grade territory outlook status category');
/** Whether `t` (between `before` and `after`) is a credit rating: "BBB-", "Baa3", "at RD". */
const isRatingGrade = (t: Token, before: Token | undefined, after: Token | undefined): boolean => {
  // Moody's style: "Baa3", "Aa2", "Caa1".
  if (/^(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])$/u.test(t.text)) return true;
  if (t.text !== t.text.toUpperCase() || !RATING_GRADES.has(t.lower)) return false;
  return (
    ((after?.text === '-' || after?.text === '+') && after.start === t.end) ||
    RATING_BEFORE.has(before?.lower ?? '') ||
    RATING_AFTER.has(after?.lower ?? '')
  );
};
/** Scholars named by their field ("Marine biologist", "Political scientist"). */
const FIELD_TRADES = /(?:ologist|scientist|physicist|chemist)$/u;
/** Prepositions that open a sentence with where it happens: "In Svolvær, ...", "Near Tromsø, ...". */
const OPENING_PLACE_PREPS = wordSet('in near outside inside across throughout');
/** Whether `s` holds a decimal digit (any script, as \p{N} would say for the digits news copy uses). */
const hasDigit = (s: string): boolean => {
  let wide = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
    if (c > 127) wide = true;
  }
  return wide && /\p{N}/u.test(s);
};
/** First letters of the particles joined to family names ("al-", "el-", "bin-", "ibn-", "abu-", "d'", "ud-"). */
const PARTICLE_FIRST = new Set([97, 101, 98, 105, 100, 117, 108]);
/** A name part with its particle joined: "al-Jadaan", "bin-Salman", "d'Alembert", "ud-Din". */
const JOINED_PARTICLE_NAME = /^(?:al|el|bin|bint|ben|ibn|abu|d|l|ud|ul|ur)[-'’]\p{Lu}\p{Ll}/u;
/** Hyphen and apostrophes that join a particle to a family name. */
const JOINERS = new Set([45, 39, 0x2019]);
/** Titles that name an employer before them, beside the core titles ("Arsenal boss Mikel Arteta"). */
const EMPLOYER_TITLES = wordSet('boss manager head owner chairman');
/**
 * Initials that open a football club's name before its town ("RB Leipzig", "AS Roma", "PSV
 * Eindhoven"). Initials a person goes by ("AJ", "TJ", "JD") are not among them.
 */
const CLUB_PREFIXES = wordSet(
  'fc afc ac as sc sv rb cf cd ud sd rc ss ssc vfl vfb tsg psv az kv krc bsc ogc losc rcd sk nk hnk fk bk aik paok acf sl hc ehc hk',
);
/** Plurals that name a party after a word of its own ("Free Democrats", "the Dutch Greens"). */
const PARTY_PLURALS = wordSet('democrats republicans socialists greens liberals conservatives nationalists');
/** Short forms of bodies' names, by the full name they stand for in a story that gives it. */
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['fed', ['federal reserve']],
  ['cdc', ['centers for disease control and prevention']],
  ['commons', ['house of commons']],
  ['lords', ['house of lords']],
  ['house', ['house of representatives', 'house of commons']],
  ['congress', ['indian national congress', 'african national congress']],
]);
/**
 * Heads standing alone for a body the story names in full with a nationality before them ("the
 * Commission" after "the European Commission"): kept as names, joined by the nationality-led key.
 */
const HEAD_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['commission', 'european commission'],
  ['council', 'european council'],
]);
/** Verbs of a team's matches. */
const MATCH_VERBS = wordSet('play plays face faces host hosts visit visits beat lost won drew meet meets');
const WORLD_FAMILY_SET: ReadonlySet<string> = new Set(WORLD_FAMILY_NAMES);
/** Lower-case kinds of natural feature (and airports) after their name. */
const NATURE_KINDS = wordSet(
  'volcano glacier river crater reservoir rainforest archipelago lagoon fjord delta basin plateau canyon wetlands airport airbase mine mines',
);
/** Nouns whose "into" names what is looked into: "an investigation into X". */
const INQUIRY_NOUNS = wordSet(
  'investigation investigations inquiry inquiries probe probes review research study look',
);
/** Unnamed people whose home a following "from" names: "a man from X". */
const ORIGIN_NOUNS = wordSet(
  'man men woman women boy boys girl girls teenager teenagers pensioner resident residents couple family mother father',
);
const PLANETS = wordSet('mercury venus mars jupiter saturn uranus neptune pluto');
/** Last words of football clubs' names ("Manchester City", "Leeds United"). */
const CLUB_TAILS = wordSet(
  'city united rovers athletic wanderers albion hotspur fc county cf afc sc ac fk sk',
);
/** Words naming a business's unit after its maker's name ("RBC Capital Markets", "Reuters Breakingviews"). */
const BUSINESS_UNITS = wordSet(
  'markets angels breakingviews economics philanthropies platforms cars trucks mobility games',
);
/** Places named by a letter after them ("Hall H", "Gate B"). */
const LETTERED_HEADS = wordSet('hall gate terminal pier platform');
/** Words that modify a rank and open a title before its employer ("Assistant U.S. Attorney"). */
const RANK_MODIFIERS = wordSet('assistant deputy acting associate senior interim former');
/** A rank's word alone before a title, the title's own: those, "Chief", the Thai police's "Pol", "Opposition" ("Opposition Leader") and "Grand" ("Grand Chief"). */
const rankWord = (x: string): boolean =>
  RANK_MODIFIERS.has(x) || x === 'chief' || x === 'pol' || x === 'opposition' || x === 'grand';
/** Towns whose names hold their article ("The Hague"; countries are named by the gazetteer). */
const ARTICLED_PLACES = wordSet('hague');
/** Endings of abstract nouns ("desalination", "diversification", "resilience"). */
const ABSTRACT_NOUN = /\p{Ll}{3,}(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|hood|ology)$/u;
/** Parts of a river before "of the" and its name ("the banks of the Tagus"). */
const RIVER_PARTS = wordSet('bed banks bank mouth waters delta estuary source shores');
/** Heads of the bodies an ordinal opens: "36th Marine Brigade", "9th Circuit", "10th District Court of Appeals" (not a ward or district, a place). */
const ORDINAL_BODY_HEADS = wordSet(
  'brigade brigades division regiment battalion corps army fleet squadron circuit court appeals',
);
/** Prepositions of being at a building ("at Miranda House", "outside Gordon House"). */
const BUILDING_PREPOSITIONS = wordSet('at outside inside into near opposite');
/** Lower-case links of other languages inside names: French "pour", Filipino "ng", Japanese "no", Welsh "yr", Irish "na", Dutch "aan" ("Wijk aan Zee"), Czech "nad" and "pod" ("Ústí nad Labem"). */
const FOREIGN_LINKS = new Set([
  'pour',
  'ng',
  'no',
  'yr',
  'na',
  'aan',
  'nad',
  'pod',
  'dello',
  'delle',
  'degli',
  'e',
  'y',
]);
/** An Italian link elided before a capitalized word: "dell'Alto", "dall'Isonzo", "sull'Adda". */
const ELIDED_LINK = /^(?:dell|dall|nell|sull|all)['’]\p{Lu}/u;
/** Verbs naming a body's aim after "to" ("Committee to Protect Journalists"). */
const CAUSE_VERBS = wordSet(
  'protect stop end save defend fight ban elect free abolish prevent reform restore keep',
);
/** Words of lying along a river, strait or street, before "the" and its name ("along the Godavari"). */
const ALONG_WORDS = wordSet('along alongside overlooking beside off upstream downstream across');
/** Heads of natural features, which name places also before "of" ("Gulf Coast of Florida"). */
const NATURAL_HEADS = wordSet(
  'coast gulf bay island islands isle valley sea strait peninsula lake desert canal',
);
/** The lower-case links of Arabic and Malay patronymics ("bin Hamad", "binti Mohd", "a/l Muthusamy"). */
const PATRONYMIC_LINKS = new Set(['bin', 'bint', 'binti', 'binte', 'ibn', 'a/l', 'a/p', 's/o', 'd/o']);
/** Those of a son: "bin", "ibn", Malaysian "a/l" (anak lelaki), "s/o". */
const SON_LINKS = new Set(['bin', 'ibn', 'a/l', 's/o']);
/**
 * Links after the given names a Malay or Malaysian Indian is called by: "Siti binti Mohd", "Ravi a/l
 * Muthusamy" (the patronymic links but for the Arabic "bint", "binte" and "ibn").
 */
const GIVEN_BEFORE_LINKS = [...PATRONYMIC_LINKS].filter((l) => l !== 'bint' && l !== 'binte' && l !== 'ibn');
/** Landforms named by a nationality before them ("Korean Peninsula", "Mongolian Steppe"). */
const DEMONYM_LANDFORMS = wordSet(
  'peninsula plateau highlands lowlands steppe desert alps riviera sea basin mountains gulf',
);
/** The lands of a people without a state ("Yanomami Indigenous Territory", "Tikuna Indigenous Reserve"). */
const PEOPLES_LANDS = wordSet('territory territories reserve reservation lands homeland');
/** Roles held in a party or body, between its name and the holder's: "X candidate Jane Doe". */
const MEMBER_ROLES = wordSet('candidate candidates nominee lawmaker legislator councillor');
/** People named by the town they live in, before it: "Montpelier resident", "Narangba retiree". */
const LOCAL_PEOPLE = wordSet('resident native villager homeowner retiree pensioner commuter shopkeeper');
/** People named by where they live ("a resident of X", "villagers from Y"). */
/** Levels of a territory's own government, in lower case after its name ("the Afar regional government"). */
const TERRITORY_LEVELS = wordSet('provincial regional municipal county district prefectural cantonal oblast');
const TERRITORY_BODIES = wordSet(
  'government governments assembly council authorities administration parliament legislature',
);
/** Prepositions of where something is, before a name then placed "in" a known place. */
const PLACED_AFTER = wordSet('in at near across outside inside throughout into via around along opposite');
/** What a source gives, before "from" and the source: "data from Kpler". */
const DATA_NOUNS = wordSet('data figures statistics estimates calculations numbers polling');
/** Words of going before "for" and a destination: "bound for", "left for". */
const TRAVEL_FOR = wordSet(
  'bound headed heading destined left leaving departed departing sailed sailing set',
);
/** Verbs of going to a place, before "on": "converged on Kibeho" (not "relied on Kibwana"). */
const CONVERGING_VERBS = wordSet(
  'converged converge converging marched march marching descended descend descending',
);
/** Industries a firm is a giant of ("forestry giant", "tech giant"). */
const INDUSTRIES = wordSet(
  `oil energy gas mining forestry timber aluminium aluminum steel tech technology retail chemicals chemical
  pharmaceutical pharmaceuticals pharma drug food foods beverage beverages drinks telecom telecoms telecommunications
  media banking insurance software chip chipmaking semiconductor shipping logistics e-commerce internet
  consumer construction engineering fashion luxury tobacco brewing beer dairy agribusiness commodities
  commodity auto car automotive aerospace defence defense arms oilfield utility utilities property
  entertainment streaming gaming hotel cosmetics`,
);
/** Titles held over a see or a territory, read before a person's name and "of" a place. */
const SEE_TITLES = wordSet(
  'bishop archbishop cardinal metropolitan patriarch eparch abbot rabbi imam mufti mayor governor senator emir sheikh sultan',
);
const RESIDENTS = wordSet(
  'resident residents native natives villager villagers inhabitants townspeople locals',
);
/** Polls and the plural kinds of bodies that introduce named ones ("groups, including ..."). */
const POLL_NOUNS = wordSet('poll polls survey surveys');
const BODY_PLURALS = wordSet(
  'groups organisations organizations companies firms agencies banks unions parties charities pollsters lenders insurers',
);
/** Jobs named by their rank before an employer ("vice president at", "head of sales at"). */
const JOB_HEADS = wordSet('president head chief chairman chairwoman ceo cfo director partner counsel');
/** People who work somewhere, before "at" and an employer ("analysts at ..."). */
const WORKERS =
  wordSet(`analysts economists researchers scientists engineers officials executives staff employees workers strategists
  traders doctors nurses professors students teachers lawyers analyst economist researcher scientist engineer
  official executive strategist trader doctor nurse professor student teacher lawyer director directors partner partners
  manager managers officer officers founder co-founder consultant consultants adviser advisers advisor advisors
  specialist specialists fellow fellows`);
/** Bodies named by their leader ("the Monti government"). */
const LED_BODIES = wordSet('government administration cabinet presidency premiership');
/** Heads of a town's or see's own body, whose "of" names the place ("Municipality of Bogliasco"). */
const TOWN_BODY_HEADS = wordSet('municipality comune diocese archdiocese mayor governor prefecture');
/** Heads of a town's own bodies and teams, named after the town: "Jaén Chamber of Commerce", "Leiden University". */
const TOWN_CIVIC_HEADS = wordSet(
  'chamber council university college hospital club fc municipality police court school diocese cathedral museum',
);
/** Plural heads two coordinated bodies share ("the State and Justice Departments"). */
const PLURAL_ORG_HEADS = wordSet(
  'departments ministries committees agencies councils commissions offices bureaus universities',
);
const COMPASS = wordSet(
  'north south east west northern southern eastern western central northeast northwest southeast southwest',
);
/** Tails that make a hyphenated name a district: "Vaucluse-Sud", "Rhein-Nord". */
const HYPHEN_PLACE_TAILS: ReadonlySet<string> = new Set([
  ...COMPASS,
  ...wordSet('sud nord est ouest centre center süd ost'),
]);
/** First words before a hyphen that open places' names: French towns ("Pont-Sonde", "Port-Gentil", "Mont-Laurier", "Val-d'Or") and "the Indo-Pacific". */
const HYPHEN_PLACE_HEADS = wordSet('pont port mont val indo');
const HOME_NATIONS = wordSet('england scotland wales');
const OFFICE_WORDS = wordSet('office department bureau court fund');
/** Initials and names of fuels, share indices, benchmark rates and other things, none of our
 * types when alone ("LNG", "KOSPI", "DAX", "the Selic rate", "SOFR", "Wi-Fi", "a YouTuber"). */
const THING_INITIALS = wordSet(
  'lng lpg cng kospi dax ftse selic sofr libor euribor lpr wi-fi youtuber youtubers twenty20',
);
/**
 * An officer's body named head first, then the officer's name with no comma, after the title:
 * "Director-General of the Department of Internal Trade Wattana Srisuk said" (two words the lists
 * lack, after an everyday word that ends the body's name). Splits such runs in place.
 */
const splitOfficerNames = (tokens: readonly Token[], runs: Array<[number, number]>, lex: Lexicon): void => {
  const unlisted = (x: Token): boolean =>
    x.kind === 'word' &&
    !lex.commonWords.has(x.lower) &&
    !lex.places.has(x.lower) &&
    !lex.countries.has(x.lower) &&
    !ORG_HEADS.has(x.lower) &&
    !isAcronym(x);
  // (the names split off are added after the loop: a splice that inserts more runs than it removes
  // slowed the whole process down, garbage collection included, by about a tenth)
  let names: Array<[number, number]> | undefined;
  for (let r = 0; r < runs.length; r++) {
    const [from, to] = runs[r] as [number, number];
    if (
      to - from < 5 ||
      tokens[from - 1]?.lower !== 'the' ||
      tokens[from - 2]?.lower !== 'of' ||
      !TITLE_WORDS.has(tokens[from - 3]?.lower ?? '') ||
      !OFFICER_BODY_HEADS.has(tokens[from]?.lower ?? '') ||
      tokens[from + 1]?.lower !== 'of'
    )
      continue;
    const given = tokens[to - 2] as Token;
    const family = tokens[to - 1] as Token;
    const lastOfBody = tokens[to - 3]?.lower ?? '';
    if (
      (lex.firstNames.has(given.lower) || unlisted(given)) &&
      unlisted(family) &&
      lex.commonWords.has(lastOfBody) &&
      !FUNCTION_WORDS.has(lastOfBody)
    ) {
      runs[r] = [from, to - 2];
      (names ??= []).push([to - 2, to]);
    }
  }
  if (names) {
    runs.push(...names);
    runs.sort((a, b) => a[0] - b[0]);
  }
};
/**
 * An airline before the maker of its aircraft and the model's number: "a Harmattan Air Boeing
 * 737-500", "a KLM Cityhopper Embraer 190" (the maker and model name a plane, not the airline).
 */
const splitAircraftMakers = (tokens: readonly Token[], runs: Array<[number, number]>): void => {
  for (let r = 0; r < runs.length; r++) {
    const [from, to] = runs[r] as [number, number];
    if (to - from >= 2 && AIRCRAFT_MAKERS.has(tokens[to - 1]?.lower ?? '') && tokens[to]?.kind === 'num')
      runs[r] = [from, to - 1];
  }
};
/** Titles of rulers whose names take a numeral ("King George I", "Pope John Paul I"). */
const RULER_TITLES = wordSet('king queen pope emperor empress sultan tsar czar shah pharaoh paul');
/** Trades of people that no team employs ("a Grammy singer"): the name before them is no team. */
const SPORTLESS_TRADES = wordSet(
  'singer rapper actor actress comedian novelist poet musician drummer guitarist champion rookie youngster',
);
/** What the state's "Crown" owns or who acts for it, in lower case after it ("Crown land"). */
const CROWN_NOUNS = wordSet(
  'land lands forest forests estate lease leases prosecutor prosecutors counsel lawyer lawyers entity entities copyright dependency dependencies colony colonies corporation corporations minister ministers witness relations',
);
/** Heads of what an officer's office gives, after words of their own: "the Governor's Relief Fund". */
const OFFICER_FUND_HEADS = wordSet('fund trust scheme award prize');
const FACILITY_WORDS = wordSet('site facility plant reactor complex base market station terminal');
/** Their plurals after two names ("the Eraring and Yallourn power stations"), and mines and fields. */
const FACILITY_PLURALS = wordSet(
  'sites facilities plants reactors complexes bases stations terminals mines fields refineries',
);
const TREATY_HEADS = wordSet('treaty accord accords agreement convention protocol peace');
const LEANINGS = wordSet(
  'centre-right center-right centre-left center-left far-right far-left right-wing left-wing hard-right hard-left populist nationalist leftist rightist centrist conservative liberal socialist communist',
);
/** Leanings said of people as often as of parties ("the conservative Kavanaugh", "the leftist Petro"). */
const LEANINGS_OF_PEOPLE = wordSet(
  'leftist rightist centrist conservative liberal socialist communist populist nationalist',
);
const MEMBER_TITLES = wordSet(
  'mp mps member members mla msp ms td mep assemblyman assemblywoman assemblymember congressman congresswoman',
);
const EVENT_NOUNS_AFTER = wordSet(
  'crash disaster derailment collision shooting massacre bombing attack earthquake quake flood floods fire blaze explosion landslide',
);
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;
const WORK_OWNERS = wordSet('a an the his her their its');
/** Kinds of body that are also people's jobs: "oil producer Aramco" but "producer Greg Kurstin". */
const PERSON_KINDS = wordSet(
  'producer developer publisher operator maker provider supplier party contractor subcontractor courier pollster exporter importer miner brewer broadcaster broker',
);
/** Words before such a kind that make it a person's job: "her longtime producer, Anjali Mehta-Rhodes,". */
const PERSON_KIND_MODIFIERS = wordSet(
  'longtime long-time former veteran executive senior associate film music record theatre theater television tv movie',
);
/** Bodies whose names hold a lower-case "the". */
const PHRASE_ORGS = new Set(['save the children']);
/** The known bodies whose names hold lower-case words or a comma, by their first word. */
const CONNECTED_ORGS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const m = new Map<string, string[][]>();
  for (const name of CONNECTED_ORG_NAMES) {
    const words = name.split(' ');
    const list = m.get(words[0] as string) ?? [];
    list.push(words);
    m.set(words[0] as string, list);
  }
  return m;
})();
/** Fighters and their groups after a coded name ("M23 rebels", "the M23 rebel group"). */
const ARMED_GROUP_NOUNS = wordSet('rebel rebels militia militias fighters insurgents guerrillas movement');
/** Weapons and craft named by a model code before them: "a Kh-101 cruise missile", "the Luna-25 probe". */
const WEAPON_NOUNS = wordSet(
  'missile missiles cruise rocket rockets drone drones jet jets fighter fighters helicopter helicopters tank tanks howitzer howitzers launcher launchers plane planes aircraft bomber bombers submarine submarines warship warships airliner airliners lander landers probe probes rover rovers spacecraft satellite satellites capsule capsules',
);
/** Verbs of a share price's move before a figure: "Rightmove fell 4%", "Acme jumped 12 percent". */
const MARKET_VERBS = wordSet(
  'rose fell jumped gained slid dropped climbed slumped surged tumbled sank soared plunged dipped edged added lost rallied',
);
/** Plural words that name a kind of place: "Pacific Palisades", "Colorado Springs", "Scottish Highlands". */
const PLACE_PLURALS = wordSet(
  'palisades heights highlands lowlands islands isles hills falls springs keys rapids plains glades narrows sands downs flats woods lakes shoals dunes gardens meadows fields pines oaks cliffs mountains alps everglades territories provinces midlands marshes moors banks',
);
/**
 * A stock code in brackets opening at token `open`: Reuters' instrument codes ("TSLA.O", "7203.T"),
 * or an exchange and a code ("NASDAQ: VQR", "NYSE: F").
 */
const TICKER =
  /^(?:[A-Z0-9]{1,8}\.[A-Z]{1,2}|(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NSE|BSE|OTC|AMEX|TYO)\s?:\s?[A-Z0-9.]{1,10})$/u;
const tickerAt = (text: string, tokens: readonly Token[], open: number): boolean => {
  for (let k = open + 1; k <= open + 4; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.text === ')') return TICKER.test(text.slice((tokens[open] as Token).end, t.start));
  }
  return false;
};
const OBJECT_LINKS = wordSet('as to for in of at on with from by into');
/** Words that make a country's name the name of a part or an era of it: "Mainland China", "Nazi Germany". */
const PLACE_MODIFIERS = wordSet(
  'mainland greater ancient modern imperial nazi soviet communist colonial rural occupied continental metropolitan postwar post-war wartime medieval upper lower inner outer little old',
);
/** Organisation heads whose "of" names the place they serve ("Municipality of Pescara"). */
/** What a player gives another, before "from" and the giver ("a cross from Lookman"). */
const PLAYER_BALLS = wordSet('cross pass assist through-ball delivery feed corner free-kick lay-off cutback');
/** Kinds of news outlet after their names ("Kan public radio", "the Hindu newspaper"). */
const MEDIA_KINDS = wordSet('radio broadcaster newspaper daily weekly tabloid channel television tv');
/** Verbs whose object is a business ("owns Argos", "acquired Twitter"). */
const OWNING_VERBS = wordSet('owns acquired acquire acquires acquiring');
/** Officers of a company, before "of" and its name ("chairman of ..."). */
const CORPORATE_ROLES = wordSet(
  'chairman chairwoman chairperson founder co-founder ceo cfo owner owners shareholder shareholders executive executives',
);
/** A town's services named after it: "Franklin Police Department", "Jackson Public Schools". */
const TOWN_SERVICE_WORDS = wordSet(
  'police fire sheriff sheriffs public schools school city county township borough',
);
const PLACE_BOUND_HEADS = wordSet(
  'municipality government council university college bank hospital police diocese archdiocese port mayor governor',
);
/** Words before "on X" saying something was posted on the social network X ("a post on X"). */
const POSTING_WORDS = wordSet(
  'post posts posted posting wrote writes writing written said says statement message messages video videos account comment comments tweet tweets tweeted shared announced published reposted',
);
/** Lower-case nouns that name a kind of organisation when they stand right before its name. */
const ORG_KIND_BEFORE =
  wordSet(`group company firm newspaper magazine broadcaster agency network website publisher publication pollster retailer airline carrier
  startup start-up daily weekly tabloid outlet insurer lender manufacturer automaker carmaker conglomerate
  charity nonprofit non-profit union club label studio school schools journal operator provider supplier utility
  producer maker developer chain distributor regulator watchdog fund bank exchange subsidiary unit division brand
  consultancy brokerage miner refiner housebuilder homebuilder shipbuilder association federation society coalition
  alliance movement foundation band duo trio quartet quintet outfit ensemble imprint ngo platform service lobby
  cooperative co-operative consortium think-tank thinktank monopoly party contractor subcontractor courier
  reinsurer supermarket bottler telco lessor channel portal venture exporter importer corporation organisation arm broker
  organization bloc authority engine marketplace streamer grocer bookmaker
  telecom telecoms`);
/** Kinds of musical act before the act's name, whatever word it is: "the band Harbour". */
const BAND_KINDS = wordSet('band duo trio quartet quintet outfit ensemble');
/** Kinds of body that also open bodies' names ("Network Rail", "Union Pacific", "Studio Ghibli"). */
const NAME_OPENING_KINDS: ReadonlySet<string> = new Set([
  ...wordSet(
    'union bank studio club network school schools agency label chain fund exchange unit division brand daily weekly journal group',
  ),
  ...FOREIGN_BODY_KINDS,
]);
/** A kind of body before its name: "the company", "chipmaker", "drugmaker"; also in the plural before a
 * list of them ("Steelmakers Algoma Steel and Stelco", "the companies Acme and Brill"). */
/** Words inside known bodies' names, after their first: only these can carry a run on to one. */
const KNOWN_ORG_INNER_WORDS: ReadonlySet<string> = new Set(
  [...KNOWN_ORGS].flatMap((key) => key.split('_').slice(1)),
);
/** Things, not bodies, people or places, that stories name: "the rocket, named Skerry". */
const NAMED_THINGS = wordSet(
  'rocket rockets satellite satellites probe spacecraft lander rover ship vessel boat yacht tanker ferry storm hurricane cyclone typhoon dog cat horse puppy robot drone missile vaccine drug variant cable',
);
/** Kinds of body a name is "one of": "X, one of Poland's best-known football clubs,". */
const ONE_OF_BODIES = wordSet(
  'clubs teams sides universities colleges schools charities parties unions hospitals museums orchestras bands labels brands funds',
);
/** Kinds of place a name is "one of": "X, one of the fastest-growing cities in Africa,". */
const ONE_OF_PLACES = wordSet(
  'cities towns villages ports regions provinces districts islands neighbourhoods neighborhoods suburbs',
);
/** What a body before its name is a body of: "industry body Nasscom", "the umbrella body Cosatu". */
const BODY_OF_KINDS = wordSet(
  'industry trade umbrella regulatory governing peak lobby advocacy professional sports sporting representative',
);
const bodyKindWord = (w: string): boolean =>
  ORG_KIND_BEFORE.has(w) ||
  // (an app just before its name: "food delivery app Rango"; not in apposition: "Ada Obi, an app
  // developer,")
  w === 'app' ||
  MAKER_KINDS.has(w) ||
  (w.length > 4 && w.endsWith('s') && (MAKER_KINDS.has(w.slice(0, -1)) || ORG_KIND_PLURALS.has(w)));
/** Plurals of kinds of body that stand before a list of their names. */
const ORG_KIND_PLURALS = wordSet(
  'companies firms newspapers broadcasters agencies retailers airlines carriers insurers lenders manufacturers automakers carmakers banks housebuilders homebuilders shipbuilders miners groups chains platforms startups start-ups fintechs apps operators providers suppliers producers developers distributors regulators utilities telcos refiners reinsurers bottlers publishers consultancies brokerages exchanges',
);
/** Makers that are bodies ("lawmaker", "filmmaker" are people). */
const MAKER_KINDS = wordSet(
  'chipmaker drugmaker planemaker phonemaker steelmaker toymaker gunmaker meatpacker automaker shipmaker brewer',
);
/** Every kind a body is called by: before its name, in apposition, or before "known as" its name. */
/** What a body is called before its name or in apposition: "the consultancy Stears", "X, a trade group,". */
export const BODY_KINDS: ReadonlySet<string> = new Set([...ORG_KIND_BEFORE, ...APPOSITION_BODIES]);
const PLACE_VERBS = wordSet('visit visits visited visiting toured touring overlooking overlooks');
/**
 * Words after which "to" names a source or a listener, not a destination: "according to Parker",
 * "spoke to Reuters", "wrote to Congress".
 */
const RECIPIENT_VERBS =
  wordSet(`according spoke speak speaks speaking talked talk talks talking explained explain explains said say says
  wrote write writes writing replied reply responded respond tweeted posted complained apologised apologized
  confessed confided admitted lied listened`);

/** Words placing people after a plural noun ("Workers on the picket line", "Residents of Ifo"). */
const PLACING_WORDS = wordSet('on in at from who across near outside inside of');
/** Prefixes before a hyphen in everyday words ("Inter-Provincial", "Anti-Corruption"). */
const HYPHEN_PREFIXES = wordSet('inter intra co non anti post pre multi cross sub self counter trans');
/** Endings of abstract nouns, for everyday words the lists lack ("midwifery", "oncology"). */
const EVERYDAY_NOUN_ENDINGS =
  /(?:ery|ology|ment|tion|sion|ship|ance|ence|ity|ism|culture)s?$|(?:ologies|eries|ities)$|^[a-z]{4,}ing$|^[a-z]{5,}ness$/u;
/** Verbs a body's one-word short name may open a sentence with ("National said", "Liberal won"). */
const ADJECTIVE_SUBJECT_VERBS = wordSet(
  'said says has had have is was will would could can may might did does also won lost wants want told added',
);
/**
 * Continents by their demonyms' codes: "the African coast", "European waters" name Africa and Europe
 * (keyed as the continents' own names are).
 */
const CONTINENT_NAMES = new Map([
  ['AF_CONT', 'Africa'],
  ['AS_CONT', 'Asia'],
  ['EU', 'Europe'],
]);
const CONTINENT_OF_CODE = new Map([...CONTINENT_NAMES].map(([code, name]) => [code, name.toLowerCase()]));
/** Units of a city or state numbered before them: "the 24th Ward", "the 3rd Precinct". */
const NUMBERED_UNITS = wordSet('ward wards precinct district division');
/** An ordinal, in figures or words: "24th", "Fifth". */
const ORDINAL_WORD =
  /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/iu;
/** Auxiliaries after which an everyday word opening a sentence is its subject, no name ("Gold has"). */
const OPENING_AUXILIARIES = wordSet('is was has had does did will would can could may might must should');
/** What the rainforest is called by after "the Amazon", and the prepositions before "the Amazon" that place it. */
const AMAZON_AFTER = wordSet('basin rainforest rain forest jungle region river delta city state');
const AMAZON_PREPOSITIONS = wordSet('of in across into through throughout from to');
/** Wire agencies' codes as datelines print them: "UNITED NATIONS (AP) —". */
const WIRE_CODES = wordSet('ap afp upi dpa efe ansa ips pti ani');
/** Pronouns with a contraction ("We'll", "They’re"), never names. */
const CONTRACTED_PRONOUN = /^(?:We|You|They|He|She|It|That|There|Here|What|Who|Let)['’](?:ll|d|re|ve|s|m)$/u;
/** A football score of goals at `k` ("2-1"; not a tennis set's games: both sides under six). */
const goalsAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.kind === 'num' &&
  tokens[k + 1]?.text === '-' &&
  tokens[k + 2]?.kind === 'num' &&
  Number(tokens[k]?.text) < 6 &&
  Number(tokens[k + 2]?.text) < 6 &&
  tokens[k + 1]?.start === tokens[k]?.end &&
  tokens[k + 2]?.start === tokens[k + 1]?.end;
/** Last words of newspapers' names that stand for the paper alone ("the Times", "the Post"). */
const PAPER_WORDS = wordSet('times telegraph post journal herald tribune guardian');
/** Combining forms of nationalities before a hyphen ("Franco-German", "Sino-US"). */
const COMBINING_FORMS = wordSet(
  'franco anglo sino russo indo afro euro italo austro greco turco irano judeo hispano luso',
);
/** Languages by a name no country or people shares ("in Farsi", "a Hindi film"). */
const LANGUAGES = wordSet(
  `farsi arabic hindi urdu mandarin cantonese swahili hebrew bengali punjabi tamil telugu marathi gujarati yiddish latin esperanto tagalog amharic pashto dari kurdish
  malayalam kannada odia assamese sinhala nepali creole patois igbo yoruba hausa zulu xhosa wolof lingala kinyarwanda kiswahili
  nahuatl tetum bislama gaelic afrikaans papiamento sesotho setswana tigrinya basque galician inuktitut quechua aymara
  guarani frisian tamazight limburgish kabyle breton occitan sorbian ladino romansh faroese luxembourgish cree innu
  innu-aimun atikamekw ojibwe inuinnaqtun mapudungun garifuna kriol krio twi fulfulde kikongo chichewa luganda`,
);
/** Capitalized common nouns that name no person, organisation or place ("the Internet"). */
const NEVER_NAMES = wordSet(
  `internet web net gran grandma grandpa granny nana mum mom dad mummy daddy
  christianity judaism hinduism buddhism sikhism catholicism protestantism ponzi torah
  eurobond eurobonds egyptology sinology assyriology bollywood nollywood tollywood gospel gospels bible bibles quran koran`,
);
/** Adjectives of a religious order, before a lower-case noun: "a Jesuit priest". */
const ORDER_ADJECTIVES = wordSet('jesuit');
/** What follows a family name to tell namesakes apart: "King III", "King Jr.". */
const NAME_ORDINAL = /^(?:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|Jr|Sr)$/u;
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** Words of a product name after the brand ("Windows XP", "PlayStation VR", "iPhone Pro"). */
const PRODUCT_SUFFIXES = wordSet('xp vr os pro hd lite mini ultra max');
/** Lower-case nouns right after a name that make it a product ("the Firefox browser"). */
const PRODUCT_NOUNS =
  wordSet(`browser browsers app apps software smartphone smartphones handset handsets headset headsets console consoles
  tablet tablets laptop laptops chip chips processor processors plugin plug-in operating
  rocket booster spacecraft satellite telescope capsule program programme cable cables`);
/** Internal capitals of a brand ("YouTube", "PlayStation", "iPhone", "STMicroelectronics"), not of a family name ("McDonald", "DiCaprio"). */
const isCamelBrand = (w: string): boolean => hasInnerCapital(w) && camelBrand(w);
/** A capital letter after the first character (ASCII answered without a pattern). */
const hasInnerCapital = (w: string): boolean => {
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c > 127 && w.charAt(k) !== w.charAt(k).toLowerCase())) return true;
  }
  return false;
};
const camelBrand = (w: string): boolean =>
  /^(?:\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}{2}|\p{Lu}{3,}\p{Ll}{3}|\p{Lu}?\p{Ll}+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\p{Lu}{2,}$)/u.test(
    w,
  ) &&
  !/^(?:Mc|Mac|Nic|Di|De|Del|Della|Da|Dal|Du|La|Le|Lo|Van|Vander|Von|O|Fitz|St|El|Al|Abu|Abd|Abdul|Abdel|Ben|Bin|Ibn)\p{Lu}/u.test(
    w,
  );
/** The part after a word's last inner capital is an everyday word or a body's head: "AeroSystems". */
const camelTailWord = (w: string, common: ReadonlySet<string>): boolean => {
  for (let k = w.length - 2; k > 0; k--) {
    const c = w.charAt(k);
    if (c !== c.toLowerCase()) {
      const tail = w.slice(k).toLowerCase();
      return common.has(tail) || ORG_HEADS.has(tail);
    }
  }
  return false;
};

/** Offices after "Lord" that women hold too ("Lord Mayor Signe Larsen"). */
const LORD_OFFICES = wordSet('mayor provost chancellor chief lieutenant advocate justice president');
const MALE_TITLES = wordSet('mr sir lord king prince emperor sultan baron father');
const FEMALE_TITLES = wordSet('mrs ms miss dame lady queen princess empress baroness');

export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Token index range [from, to) in the caller's tokens. */
  from: number;
  to: number;
  readonly entity: number;
}

export interface ExtractedEntity {
  readonly id: number;
  type: EntityType;
  name: string;
  confidence: number;
  readonly mentions: NameMention[];
  /** Lower-cased role words and nationality codes seen around the person (for "the diplomat"). */
  readonly attributes: Set<string>;
  gender: 'f' | 'm' | 'u';
  /** A group of people ("Muslims", "Afghans"): never the antecedent of he/she or a speaker's description. */
  group?: boolean;
}

interface Segment {
  kind: 'name' | 'place' | 'org' | 'title' | 'group';
  from: number;
  to: number;
  /** Title words and nationality codes that came before the name in the same run. */
  attrs: string[];
  countryCode: string | undefined;
}

interface Candidate {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  key: string;
  words: string[];
  scores: Record<EntityType, number>;
  /** Title words and nationality codes for the entity (repeats allowed: the entity's set keeps one). */
  attrs: string[];
  titled: boolean;
  gender: 'f' | 'm' | 'u';
  countryCode?: string;
  /** Type fixed by the run segmentation (a gazetteer place or a split-off organisation). */
  fixed?: EntityType;
  group?: boolean;
  /** A country's or city's sports team: an organisation keyed by the country. */
  team?: boolean;
  /**
   * Names inside this one ("Sheffield" in "University of Sheffield"), kept when it is an organisation
   * or venue: worked out only for those, when asked (most names are people's and never ask).
   */
  nested?: () => Inner[] | undefined;
}

/** A place or organisation named inside a longer name: tokens [from, to). */
interface Inner {
  from: number;
  to: number;
  type: 'place' | 'organisation' | 'person';
  code: string | undefined;
  /** Named after the outer name's last "of" ("Gulf of Mexico"). */
  ofTail: boolean;
}

/**
 * Initials written as a word with only its first letter capital ("Nersa", "Cosatu", "Numsa"): taken
 * as initials only where they spell the name just before them.
 */
const WORD_INITIALS = /^\p{Lu}\p{Ll}{2,6}$/u;
const isAcronym = (t: Token): boolean => {
  if (t.kind !== 'word' || t.text.length < 2) return false;
  // Most words have a lower-case ASCII second letter: no acronym, and no pattern to run.
  const c1 = t.text.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false;
  // (two joined by a hyphen too: "SAG-AFTRA", "AFL-CIO")
  return /^(?:\p{Lu}[\p{Lu}\p{N}&]+(?:-\p{Lu}[\p{Lu}\p{N}&]+)?|(?:\p{Lu}\.){2,}|\p{Lu}\p{N}+)$/u.test(t.text);
};

/** The gender a given name's list records, also for the name written with accents ("Rubén", "Zoë"). */
/** Letters only Latvian and Lithuanian names have among those news copy spells. */
const BALTIC_LETTERS = /[āēīūģķļņėųįę]/u;
const firstNameGender = (w: string, lex: Lexicon): 'f' | 'm' | 'u' | undefined => {
  const g = lex.firstNames.get(w);
  if (g !== undefined) return g;
  // Two given names joined by a hyphen, the first one's sex: "Marie-Hélène", "Jean-Baptiste".
  const hyphen = w.indexOf('-');
  // (each of three letters or more: not the article of "Al-Ula")
  if (hyphen > 2 && hyphen === w.lastIndexOf('-') && w.length - hyphen > 3) {
    const a = firstNameGender(w.slice(0, hyphen), lex);
    const b = firstNameGender(w.slice(hyphen + 1), lex);
    if (a !== undefined && b !== undefined) return a;
  }
  const plain = withoutAccents(w);
  if (plain === undefined) return undefined;
  // A Latvian or Lithuanian man's name, by its letters and its "-s" or "-š" ("Jānis" is no "Janis",
  // "Kęstutis"), whatever name its letters fold to. (A woman's "-a" or "-e" is no sign: Māori words
  // have the same macrons, "Tūrangawaewae", but never an "s".)
  if (BALTIC_LETTERS.test(w) && /[sš]$/u.test(w)) return 'm';
  // A French man's name whose "-ée" is the woman's: "Aimé" (Aimée), "René", "André"; not "Zoé".
  if (w.endsWith('é') && lex.firstNames.get(`${plain}e`) === 'f') return 'm';
  return lex.firstNames.get(plain);
};
/** Currency letters fused to an amount with decimals or thousands ("R4.9", "Sh3.5", "RM500", "Rs2"). */
const CURRENCY_AMOUNT = /^(?:R|Rs|Sh|KSh|Ksh|TSh|USh|RM|Rp|Tk|Br)\d+(?:[.,]\d+)*$/u;
/** Currency letters written before an amount with a space ("Rs 500 crore", "KSh 2 billion"). */
const CURRENCY_LETTERS = new Set(['Rs', 'KSh', 'Ksh', 'TSh', 'USh', 'Rp', 'RM', 'Tk', 'GH']);
/** The word before a hyphen and a capitalized faction or leader's name: "league" in "League-Nawaz". */
const factionHead = (t: Token | undefined): string => {
  const at = t?.kind === 'word' ? t.lower.indexOf('-') : -1;
  return t !== undefined && at > 0 && /^\p{Lu}/u.test(t.text.slice(at + 1)) ? t.lower.slice(0, at) : '';
};
/** A name part, also written with accents ("Durán"). */
const isNamePart = (w: string, lex: Lexicon): boolean => {
  if (lex.nameParts.has(w)) return true;
  const plain = withoutAccents(w);
  return plain !== undefined && lex.nameParts.has(plain);
};
/**
 * `w` without its accents ("durán" -> "duran"), for words of four letters or more that have any
 * (short words fold into too many names: "Sí" is no "Si"); undefined otherwise.
 */
const withoutAccents = (w: string): string | undefined =>
  w.length < 4 || isAscii(w) ? undefined : w.normalize('NFD').replace(/\p{M}/gu, '');
const isAscii = (w: string): boolean => {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return false;
  return true;
};

/** Months that are also given names. */
const MONTH_NAMES = wordSet('april may june august jan jun');
const DATE_LEAD_WORDS = wordSet('since until till last next this early late mid during through');
/** A word of three letters or more in capitals among tokens [from, to) ("NSW Ambulance"). */
const hasLongAcronym = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t && t.text.length >= 3 && !t.text.includes('.') && isAcronym(t)) return true; // (not "J.K.")
  }
  return false;
};

const stripDots = (s: string): string => (s.includes('.') ? s.replace(/\./gu, '') : s);

/** A legislator's party and home after the name ("R-Houston", "D-New Hanover", "I-Vt."). */
const PARTY_HOME = /^[DRI]-\p{Lu}/u;
/** Words before "by" in a wire story's credit line. */
const CREDIT_WORDS = wordSet('reporting editing writing compiled additional photographs');
/** Title-case lines (headlines) give no case evidence: every word there counts as sentence-initial. */
const titleCaseParagraphs = (tokens: readonly Token[]): Uint8Array => {
  // Paragraph indexes run 0..last in token order: counters per paragraph in one pass, no map.
  const out = new Uint8Array((tokens[tokens.length - 1]?.paragraph ?? 0) + 1);
  let long = 0;
  let caps = 0;
  let words = 0;
  let credit = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word') {
      words++;
      // A wire story's credit line is no headline: "(Reporting by Sarah Mills; Editing by Rachel More)".
      if (t.text === 'by' && CREDIT_WORDS.has(tokens[i - 1]?.lower ?? '')) credit = true;
      if (t.text.length >= 4) {
        long++;
        if (t.cap) caps++;
      }
    }
    const next = tokens[i + 1];
    if (next && next.paragraph === t.paragraph) continue;
    // A headline: short, no closing period, nearly every long word capitalized.
    if (long >= 3 && words <= 25 && t.text !== '.' && caps / long > 0.75 && !credit) out[t.paragraph] = 1;
    long = 0;
    caps = 0;
    words = 0;
    credit = false;
  }
  return out;
};

/**
 * Paragraphs that are a section's heading in capitals ("WHAT HAPPENS NEXT?", "CLIMATE FINANCE"):
 * eight words or fewer, every letter a capital, no closing period, no dateline's dash or
 * bracketed agency ("SYDNEY (AAP) —"); opening the story, a headline in capitals of four to sixteen
 * words ("JUDGE TOSSES SUIT AGAINST COUNTY"), whose words are no names' once all are capitals.
 * Undefined when the story has none.
 */
const capitalSubheads = (tokens: readonly Token[], lex: Lexicon): Set<number> | undefined => {
  let out: Set<number> | undefined;
  let from = 0;
  // (a headline tells of something: two everyday words or more, no dateline's town alone, "SAN JOSE
  // DEL MONTE")
  const everyday = (to: number): number => {
    let n = 0;
    for (let k = 0; k <= to; k++) {
      const w = tokens[k] as Token;
      if (w.kind === 'word' && lex.commonWords.has(w.lower) && !FUNCTION_WORDS.has(w.lower)) n++;
    }
    return n;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next && next.paragraph === t.paragraph) continue;
    let words = 0;
    let heading = t.text !== '.';
    for (let k = from; k <= i && heading; k++) {
      const w = tokens[k] as Token;
      if (w.kind === 'word') {
        words++;
        heading = /\p{Lu}/u.test(w.text) && !/\p{Ll}/u.test(w.text);
      } else
        heading =
          w.text === '?' ||
          w.text === ',' ||
          w.text === "'" ||
          w.text === '’' ||
          // (a headline's figures and colon: "MINER CUTS 2026 OUTPUT: SHARES SLIDE"; a possessive in
          // capitals and a semicolon: "NIGERIA'S RELAY GOLD AT RISK; 200 STAFF IN LIMBO")
          (from === 0 &&
            (w.kind === 'num' ||
              w.text === ':' ||
              w.text === ';' ||
              // (and a figure's hyphen: "ENDING 118-DAY STRIKE")
              (w.text === '-' && tokens[k - 1]?.kind === 'num') ||
              (w.kind === 'poss' && !/\p{Ll}/u.test(w.text))));
    }
    // (the story's first paragraph only as a headline of four words or more: a dateline may stand
    // alone there, "NAIROBI", "RIO DE JANEIRO")
    if (heading && (from > 0 ? words >= 1 && words <= 8 : words >= 4 && words <= 16 && everyday(i) >= 2))
      (out ??= new Set()).add(t.paragraph);
    from = i + 1;
  }
  return out;
};

/**
 * A capitalized word joined by a hyphen to a lower-case tail ("London-based", "US-led",
 * "KFC-parent"): the name is the head only. Returns the head's length, or 0.
 */
const compoundHead = (t: Token, prev: Token | undefined, lex: Lexicon, before?: Token): number => {
  if (t.kind !== 'word') return 0;
  // (an Arabic article's name before the compound's tail: "al-Qaida-linked", "al-Shabaab-run")
  const lastAt = t.text.lastIndexOf('-');
  if (lastAt > 4 && /^\p{Ll}{1,3}-\p{Lu}[^-]+$/u.test(t.text.slice(0, lastAt))) {
    const last = t.lower.slice(lastAt + 1);
    if (
      SHORT_TAILS.has(last) ||
      PLACE_COMPOUND_TAILS.has(last) ||
      (last.length >= 4 && lex.commonWords.has(last))
    )
      return lastAt;
  }
  if (!t.cap) return 0;
  const at = t.text.indexOf('-');
  if (at < 2) return 0; // "T-shirt", "X-ray"
  // ("Co-operation" inside a name is one word: "Economic Co-operation"; "UN-backed", "US-led" and a
  // "Co-author" opening a sentence split.)
  if (
    at === 2 &&
    t.text.charCodeAt(1) >= 97 &&
    (prev?.kind === 'word' || prev?.kind === 'poss') &&
    prev.end + 1 === t.start &&
    prev.sentence === t.sentence &&
    // (also after a name's connector: "Security and Co-operation in Europe"; or a possessive:
    // "the Lough Neagh Fishermen's Co-operative Society")
    (prev.cap ||
      prev.kind === 'poss' ||
      (t.text.startsWith('Co-') && (prev.text === 'and' || prev.text === 'for' || prev.text === 'of')))
  )
    return 0;
  const c = t.text.charCodeAt(at + 1);
  // Two places or a place and a known body paired: "US-China", "Israel-Hamas", "Russia-Ukraine"
  // (not one place's own name: "Guinea-Bissau", "Schleswig-Holstein").
  // (never a double family name after a given name: "Teresita Villanueva-Santos")
  // (nor two towns merged into one body's or place's name after "of": "the Port of Antwerp-Bruges")
  if (c >= 65 && c <= 90)
    return !afterGivenName(t, prev, lex) &&
      !(prev?.lower === 'of' && before?.cap && before.sentence === t.sentence && !before.initial) &&
      pairedPlaces(t, at, lex)
      ? at
      : 0;
  if (!(c >= 97 && c <= 122)) return 0; // "Hewlett-Packard", "Saint-Gaudens" stay whole
  const rest = t.text.slice(at + 1);
  const next = rest.indexOf('-');
  // A town joined over a small word ("Ashton-under-Lyne", "Stoke-on-Trent") stays whole.
  const c2 = next < 0 ? 0 : rest.charCodeAt(next + 1);
  if (next > 0 && c2 >= 65 && c2 <= 90) return 0;
  const tail = next < 0 ? rest : rest.slice(0, next);
  // The tail is an English word, not a syllable of a given name ("Kim Jong-un", "Hau Lung-bin", and
  // after a family name even when the syllable is a word: "Chen Wei-ting").
  // (a place's compound always: "Oslo-born", "Perth-headquartered", even after a capital "An")
  if (SHORT_TAILS.has(tail) || PLACE_COMPOUND_TAILS.has(tail)) return at;
  const family =
    prev?.kind === 'word' && prev.cap && prev.end + 1 === t.start && prev.sentence === t.sentence;
  // (a syllable of a given name after a family name, whatever the tail: "Park Eun-young", "Kim
  // Seo-young")
  // (not where the two words name a place: "Hong Kong-listed", "Sri Lanka-born")
  const pairKey = family ? `${prev.lower} ${t.lower.slice(0, at)}` : '';
  const twoWordPlace = family && (lex.places.has(pairKey) || lex.countries.has(pairKey));
  if (family && !twoWordPlace && at <= 4 && tail.length <= 6 && lex.nameParts.has(prev.lower)) return 0;
  return tail.length >= 4 && lex.commonWords.has(tail) && !(family && !twoWordPlace && tail.length <= 4)
    ? at
    : 0;
};
const SHORT_TAILS = wordSet('led run era age ish');
/** Is `t` right after a given name in its sentence ("Teresita Villanueva-Santos")? */
const afterGivenName = (t: Token, prev: Token | undefined, lex: Lexicon): boolean =>
  prev?.kind === 'word' &&
  prev.cap &&
  prev.end + 1 === t.start &&
  prev.sentence === t.sentence &&
  lex.firstNames.has(prev.lower) &&
  !lex.countries.has(prev.lower) &&
  !lex.places.has(prev.lower);
const placeOrBody = (w: string, lex: Lexicon): boolean =>
  lex.countries.has(w) || lex.places.has(w) || KNOWN_ORGS.has(w);
const pairedPlaces = (t: Token, at: number, lex: Lexicon): boolean => {
  const tail = t.lower.slice(at + 1);
  // (nor a known body so named: "Ouest-France", a newspaper, though "Ouest" is a Haitian department)
  if (
    tail.includes('-') ||
    lex.places.has(t.lower) ||
    lex.countries.has(t.lower) ||
    lex.regions.has(t.lower) ||
    KNOWN_ORGS.has(t.lower)
  )
    return false;
  const head = t.lower.slice(0, at);
  return (lex.countries.has(head) || lex.places.has(head)) && placeOrBody(tail, lex);
};

const splitToken = (t: Token, text: string, start: number, kind: Token['kind']): Token =>
  // (the tail of a pair is a name of its own: "US-China")
  partToken(
    t,
    text,
    start,
    kind,
    start === t.start ? t.cap : kind === 'word' && t.cap && /^\p{Lu}/u.test(text),
  );

/**
 * Entities of one story. Hyphen compounds with a name head are looked at as head, hyphen and tail
 * ("London - based"); mentions still index the caller's tokens.
 */
export const extractEntities = (
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
): { entities: ExtractedEntity[]; mentions: NameMention[] } => {
  let split: Token[] | undefined;
  let orig: number[] | undefined;
  // Double family names the story gives after a given name stay whole where they stand alone too
  // ("Villanueva-Santos said" after "Teresita Villanueva-Santos").
  let familyNames: Set<string> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const c = t.text.charCodeAt(t.text.indexOf('-') + 1);
    if (t.cap && c >= 65 && c <= 90 && t.text.indexOf('-') >= 2 && afterGivenName(t, tokens[i - 1], lex))
      (familyNames ??= new Set()).add(t.text);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const head = familyNames?.has(t.text) ? 0 : compoundHead(t, tokens[i - 1], lex, tokens[i - 2]);
    if (head === 0) {
      if (split && orig) {
        split.push(t);
        orig.push(i);
      }
      continue;
    }
    if (!split || !orig) {
      split = tokens.slice(0, i);
      orig = split.map((_, k) => k);
    }
    split.push(splitToken(t, t.text.slice(0, head), t.start, 'word'));
    split.push(splitToken(t, '-', t.start + head, 'punct'));
    split.push(splitToken(t, t.text.slice(head + 1), t.start + head + 1, 'word'));
    orig.push(i, i, i);
  }
  if (!split || !orig) return extractFromTokens(text, tokens, lex);
  const out = extractFromTokens(text, split, lex);
  for (const m of out.mentions) {
    m.from = orig[m.from] ?? m.from;
    m.to = (orig[m.to - 1] ?? m.to - 1) + 1;
  }
  return out;
};

/** Last words of the titles of laws, treaties and bills ("the Juvenile Justice Act"). */
const LAW_HEADS = wordSet(
  'act bill convention statute code treaty directive charter protocol ordinance decree amendment',
);
/** Forms of "take", before "over from" and a predecessor. */
const TAKE_FORMS = wordSet('take takes took taken taking');

/** Bodies a country's name opens, before their officer's title ("Bangladesh Bank Governor"). */
const COUNTRY_NAMED_BODIES = wordSet('bank police army navy airways airlines railways post');

/** Heads of treaties, whose initials may name their secretariats ("CITES said"). */
const SECRETARIAT_TREATY_HEADS = wordSet('convention treaty charter protocol');
/** Words of churches' bodies, whose conventions are no laws: "Southern Baptist Convention". */
const CHURCH_WORDS = wordSet('baptist baptists methodist church churches evangelical lutheran presbyterian');
/** Lower-case links inside a law's title: "Births and Deaths Registration Act", "Statute of the Child". */
const LAW_LINKS = wordSet('and of the on for to');
/** Do the capitalized words before the possessive at `k` name a country or place ("South Korea's")? */
const placeBefore = (tokens: readonly Token[], k: number, lex: Lexicon): boolean => {
  for (let s0 = k - 1; s0 >= k - 3 && tokens[s0]?.cap && tokens[s0]?.kind === 'word'; s0--) {
    const key = spanKey(tokens, s0, k);
    if (lex.countries.has(key) || lex.places.has(key) || lex.regions.has(key)) return true;
  }
  return false;
};
/**
 * A law's, treaty's or bill's title names no person, body or place: its words are marked no names
 * in `memo` (2), over the links, brackets and years inside it ("the Child and Adolescent Labour
 * (Prohibition and Regulation) Act", "the 1980 Hague Convention", "UN Convention on the Rights of
 * the Child"). Initials, countries and known places that are no everyday words inside stay ("UN",
 * "(Wales)").
 */
const lawTitles = (tokens: readonly Token[], lex: Lexicon, memo: Int8Array): void => {
  let lawInitials: Set<string> | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (!head.cap || head.kind !== 'word' || !LAW_HEADS.has(head.lower)) continue;
    const next = tokens[i + 1];
    // (no name after the head: "Bill Gates", "Code Pink", "Charter Communications"; nor after "and"
    // or "&": "Brisbane Convention and Exhibition Centre", "the Bill & Melinda Gates Foundation")
    if (next?.cap && next.kind === 'word' && next.sentence === head.sentence) continue;
    if (next?.text === '&' || (next?.text === 'and' && tokens[i + 2]?.cap)) continue;
    // (nor a numbered treaty opening a body's or people's name: "the Treaty 6 Confederacy", "Treaty 8
    // First Nations")
    if (
      next?.kind === 'num' &&
      tokens[i + 2]?.cap &&
      tokens[i + 2]?.kind === 'word' &&
      tokens[i + 2]?.sentence === head.sentence
    )
      continue;
    const prev = tokens[i - 1] as Token;
    const capPrev = prev.kind === 'word' && prev.cap && prev.sentence === head.sentence;
    // (after a name, a bracket, a year or "the": "the Act", "Brazil's 1990 Statute of the Child")
    if (
      !capPrev &&
      prev.text !== ')' &&
      !(prev.kind === 'num' && /^\d{4}$/u.test(prev.text)) &&
      !(prev.text === 'the' && !head.initial)
    )
      continue;
    // Back over the title's words, links and brackets.
    let from = i;
    let depth = 0;
    for (let k = i - 1; k >= 0 && k > i - 16; k--) {
      const t = tokens[k] as Token;
      if (t.sentence !== head.sentence) break;
      if (t.text === ')') depth++;
      else if (t.text === '(') {
        if (depth === 0) break;
        depth--;
      } else if (t.kind === 'word' && t.cap) {
        // (a capitalized word: part of the title)
      } else if (t.kind === 'num' && /^\d{4}$/u.test(t.text)) {
        from = k;
        break;
      } else if (
        // (not back over "and the" into another name: "the Wellcome Trust and the Bill ...", nor
        // over "of" after a body's head: "Standing Committee of the Convention on ...")
        (t.text === 'the' && tokens[k - 1]?.text === 'and') ||
        (t.text === 'of' && ORG_HEADS.has(tokens[k - 1]?.lower ?? '')) ||
        // (nor back over a place's possessive: "South Korea's National Security Act")
        (t.kind === 'poss' && placeBefore(tokens, k, lex)) ||
        (!(t.kind === 'word' && LAW_LINKS.has(t.text)) &&
          !(depth > 0 && t.text === ',') &&
          // (over a possessive and a hyphen's parts: "Children's Hearings", "Renters' Rights Act",
          // "Place-names")
          t.kind !== 'poss' &&
          !(t.text === "'" && tokens[k - 1]?.end === t.start && tokens[k - 1]?.lower.endsWith('s')) &&
          t.text !== '-' &&
          !(t.kind === 'word' && tokens[k - 1]?.text === '-'))
      )
        break;
      if (t.kind === 'word' && t.cap) from = k;
    }
    if (depth !== 0) continue;
    // ... and on over "on"/"for"/"of the" and the words after: "Convention on the Rights of the Child".
    let to = i + 1;
    const link = tokens[i + 1];
    // (over "of" only before "the" or an everyday word: "Statute of the Child", "Code of Conduct";
    // "the Treaty of Versailles" names the place)
    const ofLink =
      link?.text === 'of' &&
      (tokens[i + 2]?.text === 'the' ||
        (!!tokens[i + 2]?.cap &&
          lex.commonWords.has(tokens[i + 2]?.lower ?? '') &&
          !lex.places.has(tokens[i + 2]?.lower ?? '')));
    if (link && (link.text === 'on' || link.text === 'for' || ofLink)) {
      let k = i + 1;
      let last = -1;
      while (k < i + 14) {
        const t = tokens[k];
        if (!t || t.sentence !== head.sentence) break;
        if (t.kind === 'word' && t.cap) last = k;
        // (and "in": "Convention on International Trade in Endangered Species")
        else if (!(t.kind === 'word' && (LAW_LINKS.has(t.text) || t.text === 'in'))) break;
        k++;
      }
      if (last > i) to = last + 1;
      // (a body named head first: "Convention of Scottish Local Authorities")
      if (ORG_HEADS.has(tokens[to - 1]?.lower ?? '') || tokens[to - 1]?.lower === 'authorities') continue;
    }
    // (a church's convention is a body: "Kachin Baptist Convention")
    if (tokens.slice(from, to).some((t) => CHURCH_WORDS.has(t.lower))) continue;
    // A law's initials in brackets after it name it too, wherever they stand ("the Digital Markets
    // Act (DMA) ... The DMA is strict"); a treaty's may name its secretariat ("CITES said").
    const initials = tokens[to + 1];
    if (
      tokens[to]?.text === '(' &&
      tokens[to + 2]?.text === ')' &&
      initials &&
      isAcronym(initials) &&
      !SECRETARIAT_TREATY_HEADS.has(head.lower)
    )
      (lawInitials ??= new Set()).add(initials.text);
    for (let k = from; k < to; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word' || !t.cap || isAcronym(t)) continue;
      const w = t.lower;
      if (lex.countries.has(w) || ((lex.places.has(w) || lex.regions.has(w)) && !lex.commonWords.has(w)))
        continue;
      memo[k] = 2;
    }
  }
  if (lawInitials)
    for (let k = 0; k < tokens.length; k++) if (lawInitials.has((tokens[k] as Token).text)) memo[k] = 2;
};

/** Bodies whose members are people of a trade: "Publishers and Editors Association". */
const GUILD_HEADS = wordSet('association union federation guild society alliance');
/** Heads that name a body with nothing before them: "Police", "Parliament". */
const BODIES_ALONE = wordSet(
  'police army navy government parliament congress senate ministry council court military',
);
/** Everyday words that open a sentence before a name without being part of it. */
const SENTENCE_OPENERS = wordSet(
  `last next many most several some few both each every other such only even early late former new top
  senior fellow rival veteran young old angry local federal national international global more less
  meanwhile however still yet also then now today tonight yesterday tomorrow here there after before
  during since despite unlike like under over without within across against among between while when
  where why how what which whose who if unless although though because once as per via`,
);
/** Words that name a part of the place after them: "Greater Manchester", "East London". */
const AREA_WORDS = wordSet(
  'greater north south east west northern southern eastern western central upper lower inner outer',
);

/** `a` and `b` are capitalized words side by side, one space apart, in one sentence ("Kim E-bae"). */
const capPair = (a: Token | undefined, b: Token | undefined): boolean =>
  !!a &&
  !!b &&
  a.cap &&
  b.cap &&
  a.kind === 'word' &&
  b.kind === 'word' &&
  a.end + 1 === b.start &&
  a.sentence === b.sentence;

/** Lower-case nouns after a publication's name: "Rolling Stone magazine", "the Sunday Times newspaper". */
const PUBLICATION_NOUNS = wordSet('magazine newspaper tabloid broadsheet weekly daily');

/**
 * Marks as names the capitalized words right before a publication noun at `at`, everyday words and
 * day names included ("Time magazine", "the Sunday Times newspaper"). A lone day, nationality,
 * faith or party word, or a place, says what kind of paper it is instead ("a Sunday newspaper", "the
 * Israeli daily", "a London tabloid").
 */
const publicationName = (tokens: readonly Token[], at: number, lex: Lexicon, memo: Int8Array): void => {
  let from = at;
  while (from > 0 && at - from < 4) {
    const t = tokens[from - 1] as Token;
    if (!t.cap || t.kind !== 'word' || t.sentence !== tokens[at]?.sentence || FUNCTION_WORDS.has(t.lower))
      break;
    from--;
  }
  if (from === at) return;
  const key = spanKey(tokens, from, at);
  if (lex.places.has(key) || lex.countries.has(key) || lex.demonyms.has(key)) return;
  if (at - from === 1 && (DAYS_MONTHS.has(key) || GROUP_ADJECTIVES.has(key))) return;
  for (let k = from; k < at; k++) memo[k] = 1;
};

const extractFromTokens = (
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
): { entities: ExtractedEntity[]; mentions: NameMention[] } => {
  const titleParas = titleCaseParagraphs(tokens);
  // Words seen capitalized mid-sentence anywhere in the story are names wherever they stand.
  const midCaps = new Set<string>();
  // Memoized: the run builder asks about the same token several times.
  const properMemo = new Int8Array(tokens.length);
  lawTitles(tokens, lex, properMemo);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.cap) {
      // (length first: most lower-case words are short function words)
      if (t.text.length >= 5 && t.kind === 'word' && PUBLICATION_NOUNS.has(t.text))
        publicationName(tokens, i, lex, properMemo);
      // A journal named after its kind, everyday words too: "in the journal Science".
      else if (t.text === 'journal' && tokens[i + 1]?.cap && tokens[i + 1]?.sentence === t.sentence)
        for (let k = i + 1; k < i + 5 && tokens[k]?.cap && tokens[k]?.kind === 'word'; k++) properMemo[k] = 1;
      continue;
    }
    if (!t.initial && titleParas[t.paragraph] !== 1) midCaps.add(t.text);
    // A legislator's party and home in commas is no name: "Sen. Paul Bettencourt, R-Houston, said",
    // "Rep. Ray Jones, D-New Hanover,".
    if (
      t.text.length > 3 &&
      t.text.charCodeAt(1) === 45 &&
      tokens[i - 1]?.text === ',' &&
      PARTY_HOME.test(t.text)
    ) {
      let k = i;
      do properMemo[k++] = 2;
      while (k - i < 4 && tokens[k]?.cap && tokens[k]?.kind === 'word');
    }
    // "Senior" opening a sentence before a nationality or a body's initials qualifies the people
    // named after them: "Senior Ethiopian officials travelled", "Senior PTI leader Hammad Azhar".
    if (
      t.initial &&
      (t.text === 'Senior' || t.text === 'Junior') &&
      tokens[i + 1]?.cap &&
      (lex.demonyms.has(tokens[i + 1]?.lower ?? '') ||
        isAcronym(tokens[i + 1] as Token) ||
        // (or a people's name before a role and a name: "Senior Yolngu elder Djalu Marika")
        (tokens[i + 2]?.kind === 'word' &&
          tokens[i + 2]?.text === tokens[i + 2]?.lower &&
          (ROLE_NOUNS.has(tokens[i + 2]?.lower ?? '') ||
            QUALIFIED_PEOPLE_NOUNS.has(tokens[i + 2]?.lower ?? '') ||
            tokens[i + 2]?.text === 'official') &&
          !!tokens[i + 3]?.cap))
    )
      properMemo[i] = 2;
    // A legislator's title before the seat is no name: "a TD for Wexford", "the Member for Lismore".
    if (CONSTITUENCY_TITLES.has(t.lower) && tokens[i + 1]?.text === 'for' && tokens[i + 2]?.cap)
      properMemo[i] = 2;
    // "State's Attorney" is a title after its county: "Cook County State's Attorney Kim Foxx".
    if (t.text === 'State' && tokens[i + 1]?.kind === 'poss' && tokens[i + 2]?.text === 'Attorney')
      properMemo[i] = 2;
    // A Vietnamese given name that is also an English word, after the middle name: "Nguyen Van An".
    if (
      t.text === 'An' &&
      !t.initial &&
      tokens[i - 1]?.cap &&
      (VIETNAMESE_MIDDLE.has(tokens[i - 1]?.lower ?? '') ||
        // (or the end of a place's name: "Long An province", "Hoi An")
        lex.places.has(`${tokens[i - 1]?.lower ?? ''} an`) ||
        lex.regions.has(`${tokens[i - 1]?.lower ?? ''} an`))
    )
      properMemo[i] = 1;
    // Cricket's "Test" before what it qualifies is no name: "a three-match Test series", "the Test captain".
    if (t.text === 'Test' && !t.initial && TEST_CRICKET_NOUNS.has(tokens[i + 1]?.text ?? ''))
      properMemo[i] = 2;
    // The end of a title "in Charge" is no name: "Special Agent in Charge Douglas Whitlock".
    if (t.text === 'Charge' && tokens[i - 1]?.text === 'in' && TITLE_WORDS.has(tokens[i - 2]?.lower ?? ''))
      properMemo[i] = 2;
    const connected = CONNECTED_ORGS.get(t.text);
    if (connected)
      for (const words of connected)
        if (words.every((w, n) => tokens[i + n]?.text === w)) properMemo.fill(1, i, i + words.length);
    // Known bodies whose names hold a lower-case word ("Save the Children") are names throughout.
    if (t.text === 'Children' && i >= 2 && tokens[i - 1]?.text === 'the') {
      const a = tokens[i - 2] as Token;
      if (a.cap && PHRASE_ORGS.has(`${a.lower} the children`))
        properMemo[i - 2] = properMemo[i - 1] = properMemo[i] = 1;
    }
  }
  const ambiguousStart = (t: Token): boolean => t.initial || titleParas[t.paragraph] === 1;
  // Words of a "First Last" pair anywhere in the story ("Will Grant"): alone at a sentence start before
  // a verb ("Will said", "Grant has") they are that person again, though also everyday words.
  const fullNameWords = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (!t.cap || !n.cap || t.kind !== 'word' || n.kind !== 'word' || n.start - t.end !== 1) continue;
    if (t.sentence !== n.sentence || titleParas[t.paragraph] === 1) continue;
    // (a given name first, or an East Asian family name before its hyphenated given name: "Jun Young-hyun")
    if (!lex.firstNames.has(t.lower) && !(t.text.length <= 5 && HYPHENATED_GIVEN.test(n.text))) continue;
    if (tokens[i + 2]?.cap || lex.places.has(`${t.lower} ${n.lower}`)) continue;
    fullNameWords.add(t.text);
    fullNameWords.add(n.text);
  }
  const inWorkTitle = quotedTitles(text, tokens);
  /** An agent noun's stem is an everyday word, its last letter doubled or not ("ship" of "shippers"). */
  const agentStemCommon = (stem: string): boolean =>
    lex.commonWords.has(stem) ||
    (stem.length > 3 && stem.at(-1) === stem.at(-2) && lex.commonWords.has(stem.slice(0, -1)));

  /** Does a list name `w` as a known body, company, place or country? */
  const listedName = (w: string): boolean =>
    KNOWN_ORGS.has(w) || lex.companies.has(w) || lex.places.has(w) || lex.countries.has(w);
  /** Is `n`, right after `t`, a word a name may go on with: no title, function word, day or nationality? */
  const nameWordNext = (t: Token, n: Token): boolean =>
    n.start === t.end + 1 &&
    !TITLE_WORDS.has(n.lower) &&
    !FUNCTION_WORDS.has(n.lower) &&
    !DAYS_MONTHS.has(n.lower) &&
    !lex.demonyms.has(n.lower);
  /** May a word opening a sentence be part of a name: no opener, title, role, body's kind, nationality or adverb. */
  const openerMayName = (w: string): boolean =>
    !SENTENCE_OPENERS.has(w) &&
    !TITLE_WORDS.has(w) &&
    !ROLE_NOUNS.has(w) &&
    !BODY_KINDS.has(w) &&
    !lex.demonyms.has(w) &&
    !w.endsWith('ly');
  const isProper = (i: number): boolean => {
    const memo = properMemo[i];
    if (memo !== undefined && memo !== 0) return memo === 1;
    const v = isProperUncached(i);
    if (i >= 0 && i < tokens.length) properMemo[i] = v ? 1 : 2;
    return v;
  };
  /**
   * Does the field word at `i`, perhaps with one more field word ("Global Affairs"), stand right
   * before a country's or state's name that ends the capitalized run?
   */
  const agencyBeforeLand = (i: number): boolean => {
    const t = tokens[i] as Token;
    let k = i + 1;
    const next = tokens[k];
    if (
      next?.cap &&
      next.kind === 'word' &&
      AGENCY_FIELD_WORDS.has(next.lower) &&
      next.sentence === t.sentence
    )
      k++;
    // (or "and" and up to two more words before the country: "Fisheries and Oceans Canada",
    // "Employment and Social Development Canada")
    else if (next?.text === 'and' && next.sentence === t.sentence) {
      let e = k + 1;
      while (e < k + 5 && tokens[e]?.cap && tokens[e]?.kind === 'word' && tokens[e]?.sentence === t.sentence)
        e++;
      if (e - k < 3 || tokens[e]?.cap) return false;
      return lex.countries.has(tokens[e - 1]?.lower ?? '') || lex.countries.has(spanKey(tokens, e - 2, e));
    }
    for (const len of [2, 1]) {
      const end = k + len;
      const last = tokens[end - 1];
      if (
        !last ||
        last.sentence !== t.sentence ||
        tokens.slice(k, end).some((w) => !w.cap || w.kind !== 'word')
      )
        continue;
      const land = spanKey(tokens, k, end);
      if (!(
        lex.countries.has(land) ||
        lex.regions.has(land) ||
        lex.places.has(land) ||
        HOME_NATIONS.has(land)
      ))
        continue;
      const after = tokens[end];
      return !(after?.cap && after.kind === 'word' && after.sentence === t.sentence);
    }
    return false;
  };
  // A family name that is also a function word, capitalized mid-sentence between a title and a
  // given name: "spokesperson He Yadong", "Minister An Duk-geun".
  const familyNameAfterTitle = (i: number): boolean => {
    const t = tokens[i];
    const title = tokens[i - 1];
    const given = tokens[i + 1];
    return (
      !!t &&
      !ambiguousStart(t) &&
      !!title &&
      title.kind === 'word' &&
      title.sentence === t.sentence &&
      TITLE_WORDS.has(title.lower) &&
      !!given &&
      given.cap &&
      given.kind === 'word' &&
      given.start === t.end + 1 &&
      !FUNCTION_WORDS.has(given.lower)
    );
  };
  // ... or "He" capitalized in mid-sentence right after a name word: "Professor Jiang He of Tulane".
  const familyHeAfterGiven = (i: number): boolean => {
    const t = tokens[i];
    const given = tokens[i - 1];
    return (
      t?.text === 'He' &&
      !ambiguousStart(t) &&
      capPair(given, t) &&
      !!given &&
      lex.nameParts.has(given.lower) &&
      !FUNCTION_WORDS.has(given.lower) &&
      !lex.commonWords.has(given.lower)
    );
  };
  // ... or "He" or "To" capitalized in mid-sentence before a name word the lists do not call everyday:
  // the Chinese and Vietnamese family names of "a spokesperson, He Yadong, said", "his successor, To
  // Lam".
  const familyFunctionWord = (i: number): boolean => {
    const t = tokens[i];
    const given = tokens[i + 1];
    return (
      (t?.text === 'He' || t?.text === 'To') &&
      !ambiguousStart(t) &&
      capPair(t, given) &&
      !!given &&
      given.kind === 'word' &&
      // (a Vietnamese middle name before another name word will do: "To Van Hai")
      ((!FUNCTION_WORDS.has(given.lower) &&
        !lex.commonWords.has(given.lower) &&
        !lex.places.has(given.lower) &&
        !lex.countries.has(given.lower)) ||
        (VIETNAMESE_MIDDLE.has(given.lower) && capPair(given, tokens[i + 2]))) &&
      !(tokens[i - 1]?.cap && tokens[i - 1]?.kind === 'word')
    );
  };
  // ... and any everyday word after the given name in a wire story's credit line: "(Reporting by
  // Kate Holton; Editing by Rachel More)".
  const familyInCredit = (i: number): boolean => {
    const t = tokens[i];
    const given = tokens[i - 1];
    const close = tokens[i + 1];
    return (
      !!t &&
      !!given &&
      capPair(given, t) &&
      given.kind === 'word' &&
      lex.firstNames.has(given.lower) &&
      tokens[i - 2]?.text === 'by' &&
      CREDIT_WORDS.has(tokens[i - 3]?.lower ?? '') &&
      (!close ||
        close.text === ')' ||
        close.text === ';' ||
        close.text === ',' ||
        close.text === '.' ||
        close.text === 'and')
    );
  };
  // ... and "I." as a middle initial between a known given name and a family name ("Mustapha I.
  // Raji-Dennis"), not a ruler's numeral ("King George I. Parliament"): no monarch's title before it.
  const givenBeforeI = (i: number): boolean => {
    const given = tokens[i - 1];
    const before = tokens[i - 2];
    return (
      !!given &&
      capPair(given, tokens[i]) &&
      lex.firstNames.has(given.lower) &&
      !lex.commonWords.has(given.lower) &&
      !(before && RULER_TITLES.has(before.lower))
    );
  };
  /** "the union," / "a charity," from `k`: an article, up to four lower-case words, a body's kind and a comma. */
  /** A capitalized word at `e` opens a compound saying where something is based ("Brussels-based"). */
  const basedAt = (e: number): boolean =>
    tokens[e + 1]?.text === '-' && PLACE_COMPOUND_TAILS.has(tokens[e + 2]?.text ?? '');
  const describedAsBody = (k: number): boolean => {
    const art = tokens[k]?.lower;
    if (art !== 'the' && art !== 'a' && art !== 'an') return false;
    for (let e = k + 1; e < k + 6; e++) {
      const w = tokens[e];
      // (over where it is based: "Eurogas, the Brussels-based association representing ...")
      if (w?.cap && basedAt(e)) {
        e += 2;
        continue;
      }
      if (!w || w.kind !== 'word' || w.text !== w.lower) return false;
      if (
        BODY_KINDS.has(w.text) &&
        (tokens[e + 1]?.text === ',' || BODY_KIND_LINKS.has(tokens[e + 1]?.text ?? ''))
      )
        return true;
    }
    return false;
  };
  // A capitalized "Without", "Against", "Across" or "Tomorrow" between two capitalized words is part
  // of a name: "Doctors Without Borders", "Mothers Against Drunk Driving", "Hope Across Borders",
  // "Brighter Tomorrow Cancer Fund".
  const withoutInName = (i: number): boolean => {
    const t = tokens[i];
    const a = tokens[i - 1];
    const b = tokens[i + 1];
    // (or "In" between a name's first word and a word no place's nor a function word's, outside
    // title case: "Partners In Health", not "He Lives In Lagos", "Born In The USA")
    const inName =
      t?.text === 'In' &&
      !ambiguousStart(t) &&
      !!a &&
      !ambiguousStart(a) &&
      !(tokens[i - 2]?.cap && tokens[i - 2]?.kind === 'word') &&
      !!b &&
      !FUNCTION_WORDS.has(b.lower) &&
      !lex.places.has(b.lower) &&
      !lex.countries.has(b.lower);
    return (
      (t?.text === 'Without' ||
        t?.text === 'Against' ||
        t?.text === 'Across' ||
        t?.text === 'Tomorrow' ||
        inName) &&
      capPair(a, t) &&
      capPair(t, b)
    );
  };
  const givenNameMonth = (i: number): boolean => {
    const title = tokens[i - 1];
    const fam = tokens[i + 1];
    return (
      !!title &&
      title.kind === 'word' &&
      title.sentence === tokens[i]?.sentence &&
      (TITLE_WORDS.has(title.lower) || TITLE_WORDS.has(stripDots(title.lower))) &&
      !!fam &&
      fam.cap &&
      fam.kind === 'word' &&
      fam.start === (tokens[i]?.end ?? 0) + 1 &&
      !DAYS_MONTHS.has(fam.lower) &&
      !lex.commonWords.has(fam.lower)
    );
  };
  // ... or, for "Jan" and "Jun", before a family name that is no everyday word or place: "Jan
  // Egeland", "Jun Young-hyun" (a date has a number or a dot there: "Jan 5", "Jun. 5");
  const abbreviatedGivenMonth = (i: number): boolean => {
    const fam = tokens[i + 1];
    // (or after a family name, as Chinese names put it: "Ouyang Jun, head of research"; not "TOKYO,
    // Jun 5", "Reuters Jun. 5")
    const family = tokens[i - 1];
    if (
      tokens[i]?.text === 'Jun' &&
      family?.cap &&
      family.kind === 'word' &&
      family.end === (tokens[i]?.start ?? 0) - 1 &&
      family.sentence === tokens[i]?.sentence &&
      fam?.kind !== 'num' &&
      fam?.text !== '.' &&
      !family.initial &&
      !DAYS_MONTHS.has(family.lower) &&
      !lex.commonWords.has(family.lower) &&
      !lex.places.has(family.lower) &&
      !lex.countries.has(family.lower) &&
      family.text !== family.text.toUpperCase()
    )
      return true;
    return (
      (tokens[i]?.text === 'Jan' || tokens[i]?.text === 'Jun') &&
      !!fam?.cap &&
      fam.kind === 'word' &&
      fam.start === (tokens[i]?.end ?? 0) + 1 &&
      !DAYS_MONTHS.has(fam.lower) &&
      !lex.commonWords.has(fam.lower) &&
      !lex.places.has(fam.lower) &&
      !lex.countries.has(fam.lower)
    );
  };
  // ... or before a particle of a family name, not after a date's preposition: "Jan van der Berg",
  // not "in June van Aert won".
  const particleNameMonth = (i: number): boolean => {
    const particle = tokens[i + 1];
    if (!particle || particle.kind !== 'word' || particle.cap || !NAME_PARTICLES.has(particle.text))
      return false;
    let k = i + 2;
    if (NAME_PARTICLES.has(tokens[k]?.text ?? '')) k++;
    const prev = tokens[i - 1];
    return (
      !!tokens[k]?.cap &&
      tokens[k]?.kind === 'word' &&
      !(prev?.kind === 'word' && (FUNCTION_WORDS.has(prev.lower) || DATE_LEAD_WORDS.has(prev.lower)))
    );
  };
  /**
   * A month that is a family name: after a given name ("Theresa May", "Brian May"; not before a
   * number: a date), and alone where the story has named that person in full, before a verb or after
   * a title ("May said", "Mrs May").
   */
  const familyNameMonth = (i: number): boolean => {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (tokens[i + 1]?.kind === 'num') return false;
    // (after a judge's "Justice" and an honorific: "Mrs Justice May", "Mr Justice April")
    if (
      prev?.text === 'Justice' &&
      capPair(prev, t) &&
      /^(?:mrs|mr|ms|dame|sir|lady|lord)\.?$/u.test(tokens[i - 2]?.lower ?? '')
    )
      return true;
    if (
      capPair(prev, t) &&
      !!prev &&
      lex.firstNames.has(prev.lower) &&
      !DAYS_MONTHS.has(prev.lower) &&
      !lex.commonWords.has(prev.lower)
    )
      return true;
    if (!fullNameWords.has(t.text)) return false;
    return (
      LONE_NAME_VERBS.has(tokens[i + 1]?.text ?? '') ||
      (!!prev &&
        prev.sentence === t.sentence &&
        (prev.lower === 'mrs' || prev.lower === 'ms' || prev.lower === 'mr'))
    );
  };
  /**
   * A function word that is also a given name, capitalized mid-sentence before a name: "said Will
   * Carter", "Will Smith said" (not "Will Biden run ...", where it is the verb).
   */
  const givenFunctionWord = (i: number): boolean => {
    const t = tokens[i] as Token;
    const n = tokens[i + 1];
    // (At a sentence start only before a reporting verb, "Will Smith said", not "Will Biden run", or
    // an apposition: "Can Öztürkmen, an economist at Ege University, said")
    const apposition =
      tokens[i + 2]?.text === ',' &&
      !lex.places.has(n?.lower ?? '') &&
      !lex.countries.has(n?.lower ?? '') &&
      (/^(?:a|an|the)$/u.test(tokens[i + 3]?.text ?? '') || tokens[i + 3]?.kind === 'num');
    return (
      (!ambiguousStart(t) || LONE_NAME_VERBS.has(tokens[i + 2]?.text ?? '') || apposition) &&
      lex.firstNames.has(t.lower) &&
      capPair(t, n) &&
      !!n &&
      !FUNCTION_WORDS.has(n.lower) &&
      !DAYS_MONTHS.has(n.lower)
    );
  };
  /** A one-letter hyphenated given name right after a family name: "Kim E-bae" (not "Nike T-shirt"). */
  const givenAfterFamily = (i: number): boolean => {
    const t = tokens[i] as Token;
    const fam = tokens[i - 1];
    return (
      capPair(fam, t) &&
      !!fam &&
      lex.nameParts.has(fam.lower) &&
      !lex.commonWords.has(fam.lower) &&
      !lex.commonWords.has(t.lower.slice(2))
    );
  };
  /**
   * "Internet", "Web" or "Net" opening a body's name: "the Internet Watch Foundation", "the Internet
   * and Mobile Association of India" (not "the Internet", "Internet Explorer"); "Gran" opening a name.
   */
  /** Capitalized words from `k` up to a body's head within four words ("Vaccine Trials Network"). */
  const headWithin = (k: number): boolean => {
    for (let m = k; m < k + 4; m++) {
      const w = tokens[m];
      if (!w?.cap || w.kind !== 'word' || w.start !== (tokens[m - 1]?.end ?? 0) + 1) return false;
      if (ORG_HEADS.has(w.lower)) return true;
    }
    return false;
  };
  const opensBodyName = (i: number): boolean => {
    const t = tokens[i] as Token;
    // ("Gran" before a name word is Spanish or Italian "great": "Gran Sasso", "Gran Canaria")
    if (t.lower === 'gran') {
      const n = tokens[i + 1];
      return !!n?.cap && n.kind === 'word' && n.start === t.end + 1 && !FUNCTION_WORDS.has(n.lower);
    }
    if (
      t.lower !== 'internet' &&
      t.lower !== 'web' &&
      t.lower !== 'net' &&
      // (a scripture's name opens bodies too: "the Bible Society of Kenya", "Gospel Light Church")
      t.lower !== 'bible' &&
      t.lower !== 'gospel' &&
      t.lower !== 'quran' &&
      t.lower !== 'koran'
    )
      return false;
    for (let k = i + 1; k < i + 6; k++) {
      const w = tokens[k];
      if (!w || w.kind !== 'word') return false;
      if (ORG_HEADS.has(w.lower) && w.cap) return true;
      if (!w.cap && w.text !== 'and') return false;
    }
    return false;
  };
  /**
   * The length of a known body's name opening at `i` with "of", "the", "to" or "per" after its first
   * or second word ("Gift of the Givers", "Lock the Gate Alliance", "International Consortium of
   * Investigative Journalists", "Junts per Catalunya"), up to six words in one sentence; 0 if none.
   */
  const knownBodyWithLinks = (i: number): number => {
    const link = tokens[i + 1]?.cap ? tokens[i + 2] : tokens[i + 1];
    if (
      link?.kind !== 'word' ||
      (link.text !== 'of' && link.text !== 'the' && link.text !== 'to' && link.text !== 'per')
    )
      return 0;
    for (let len = 6; len >= 3; len--)
      if (
        tokens[i + len - 1]?.cap &&
        tokens[i + len - 1]?.sentence === tokens[i]?.sentence &&
        KNOWN_ORGS.has(spanKey(tokens, i, i + len, '_'))
      )
        return len;
    return 0;
  };
  const isProperUncached = (i: number): boolean => {
    const t = tokens[i];
    // "Rt" so written opens a title, no body's initials: "The Rt. Rev. Helen Cole", "the Rt Hon".
    if (t?.text === 'Rt' && (tokens[i + 1]?.text === '.' || TITLE_WORDS.has(tokens[i + 1]?.lower ?? '')))
      return false;
    // A title after "then-" or "ex-" opens no name: "Then-President Barack Obama", "Ex-Minister ...".
    if (t?.cap && t.kind === 'word' && (t.lower.startsWith('then-') || t.lower.startsWith('ex-'))) {
      const title = t.lower.slice(t.lower.indexOf('-') + 1);
      if (TITLE_WORDS.has(title) || TITLE_CORE.has(title)) return false;
    }
    // A political action committee by its kind names none: "a super PAC", "industry PACs" (but "the
    // PAC" after its name is that one: "the PAC's executive director").
    if (
      t &&
      (t.text === 'PAC' || t.text === 'PACs') &&
      tokens[i - 1]?.kind === 'word' &&
      tokens[i - 1]?.text === tokens[i - 1]?.lower &&
      !DEFINITE_WORDS.has(tokens[i - 1]?.text ?? '')
    )
      return false;
    // A unit's symbol after its number names nothing: "the 3.5 GHz band", "4 GWh", "1 Gbps".
    // (also after a word ending in its number: "sub-1 GHz", "Wi-Fi 6 GHz")
    if (
      t &&
      UNIT_SYMBOLS.has(t.text) &&
      (tokens[i - 1]?.kind === 'num' || /\p{N}$/u.test(tokens[i - 1]?.text ?? ''))
    )
      return false;
    // A wire service's slug opening the headline names nothing: "UPDATE 2-South Africa's top court",
    // "EXPLAINER-Why ...", "IRELAND-BUDGET/ (UPDATE 2)".
    if (
      t &&
      t.paragraph === 0 &&
      i < 8 &&
      t.text === t.text.toUpperCase() &&
      ((WIRE_SLUGS.has(t.lower) &&
        (tokens[i + 1]?.text === '-' || (tokens[i + 1]?.kind === 'num' && tokens[i + 2]?.text === '-'))) ||
        (t.text.includes('-') && tokens[i + 1]?.text === '/') ||
        // (its first word: "EL SALVADOR-POLITICS/")
        (tokens[i + 1]?.text.includes('-') &&
          tokens[i + 1]?.text === tokens[i + 1]?.text.toUpperCase() &&
          tokens[i + 2]?.text === '/'))
    )
      return false;
    // The wire's end mark in brackets names nothing: "... on Tuesday. (END)".
    if (t?.text === 'END' && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') return false;
    // Nor does a bill's letters before its number: "SB 1147", "HB 22", "AB 5".
    if (
      t &&
      /^(?:SB|HB|AB|HR|SF|HF|LB|LD)$/u.test(t.text) &&
      tokens[i + 1]?.kind === 'num' &&
      /^\d{1,5}$/u.test(tokens[i + 1]?.text ?? '')
    )
      return false;
    // A field before the country or state it serves, the run ending there, names a body even
    // opening a sentence: "Statistics Canada said", "Global Affairs Canada said", "Racing Victoria
    // will".
    if (t?.cap && t.kind === 'word' && AGENCY_FIELD_WORDS.has(t.lower) && agencyBeforeLand(i)) return true;
    // The Vietnamese family name Do opening a sentence before two short name syllables the lists
    // know and a comma or "said": "Do Thanh Tung, sales director of the firm," (not "Do Hanoi
    // officials agree?").
    // (or up to three after a middle name, before a semicolon or bracket too: "Do Thi Thanh Tam, a
    // worker,", "(Reporting by Do Thu Trang; Editing by ...)")
    if (t?.text === 'Do' && capPair(tokens[i + 1], tokens[i + 2])) {
      const middle = VIETNAMESE_MIDDLE.has(tokens[i + 1]?.lower ?? '');
      let k = i + 1;
      while (
        k < i + (middle ? 5 : 3) &&
        tokens[k]?.cap &&
        tokens[k]?.kind === 'word' &&
        (tokens[k]?.text.length ?? 9) <= 5 &&
        (lex.nameParts.has(tokens[k]?.lower ?? '') || (k === i + 1 && middle)) &&
        !lex.commonWords.has(tokens[k]?.lower ?? '')
      )
        k++;
      const close = tokens[k]?.text ?? '';
      if (
        k - i >= 3 &&
        !tokens[k]?.cap &&
        (close === ',' || close === 'said' || close === ';' || close === ')')
      )
        return true;
    }

    // A broadcaster's channel by its number, even opening a sentence: "Channel 4 said".
    if (channelNumberAt(tokens, i)) return true;
    // The state's "Crown" before what it owns or who acts for it is no name: "Crown land", "a Crown
    // prosecutor", "Crown forest".
    if (
      t?.text === 'Crown' &&
      tokens[i + 1]?.kind === 'word' &&
      CROWN_NOUNS.has(tokens[i + 1]?.text ?? '') &&
      tokens[i + 1]?.start === t.end + 1
    )
      return false;
    // An airline named "Air" and its country or town, even opening a sentence: "Air France said".
    if (
      t?.text === 'Air' &&
      tokens[i + 1]?.cap &&
      tokens[i + 1]?.start === t.end + 1 &&
      (lex.countries.has(tokens[i + 1]?.lower ?? '') || lex.places.has(tokens[i + 1]?.lower ?? ''))
    )
      return true;
    // The Catholic service, after a word no dateline's "Mass." (Massachusetts) follows: "going to
    // Mass", "attended Mass", "daily Mass".
    if (t?.text === 'Mass' && MASS_BEFORE.has(tokens[i - 1]?.lower ?? '')) return false;
    // An age spelled out opening a sentence is no name: "Thirty-six-year-old Frenchman Gaël Dubois".
    if (t?.cap && t.kind === 'word' && t.lower.endsWith('-year-old')) return false;
    // The German agency's code in lower case in brackets, as its datelines print it: "BERLIN (dpa) -".
    if (t?.text === 'dpa' && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') return true;
    // A brand written with a lower-case first letter: "easyJet", "eBay".
    if (t && t.kind === 'word' && LOWERCASE_BRANDS.has(t.text)) return true;
    // An award's "of the Year" names no body: "Album of the Year", "the Actor of the Year prize".
    if (
      t?.lower === 'year' &&
      tokens[i - 1]?.lower === 'the' &&
      tokens[i - 2]?.text === 'of' &&
      tokens[i - 3]?.cap &&
      tokens[i - 3]?.kind === 'word'
    )
      return false;
    // ... nor do the capitalized words naming it ("Song of the Year"; not a person "Song").
    if (t?.cap && t.kind === 'word') {
      let k = i + 1;
      while (k < i + 3 && tokens[k]?.cap && tokens[k]?.kind === 'word') k++;
      if (tokens[k]?.text === 'of' && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.text === 'Year')
        return false;
    }
    // An Arabic or Dutch particle joined to a family name: "al-Jadaan", "bin-Salman", "d'Alembert"
    // (and the South Asian "ud-", "ul-", "ur-": "Shahbaz ud-Din Niazi").
    if (
      t?.kind === 'word' &&
      !t.cap &&
      t.text.length > 3 &&
      PARTICLE_FIRST.has(t.text.charCodeAt(0)) &&
      (JOINERS.has(t.text.charCodeAt(1)) ||
        JOINERS.has(t.text.charCodeAt(2)) ||
        JOINERS.has(t.text.charCodeAt(3))) &&
      JOINED_PARTICLE_NAME.test(t.text)
    ) {
      const prev = tokens[i - 1];
      if (!!prev && prev.cap && prev.kind === 'word' && prev.sentence === t.sentence) return true;
      // (or a French article joined after "de" inside a name: "Fédération Internationale de
      // l'Automobile", "Union pour la Défense de l'Ouham")
      if (
        prev?.text === 'de' &&
        /^[ld]['’]/u.test(t.text) &&
        tokens[i - 2]?.cap === true &&
        tokens[i - 2]?.kind === 'word' &&
        prev.sentence === t.sentence
      )
        return true;
      // (or after another such name: "Nawaf al-Sabah al-Ahmad")
      if (
        !!prev &&
        prev.kind === 'word' &&
        prev.end + 1 === t.start &&
        JOINED_PARTICLE_NAME.test(prev.text) &&
        tokens[i - 2]?.cap
      )
        return true;
      // (a known body anywhere: "said al-Shabaab still controls")
      if (ARTICLED_PROPER.test(t.text) && KNOWN_ORGS.has(t.lower)) return true;
      // ... or an Arabic place's or body's name after "the", a preposition or "of": "the al-Hol
      // camp", "in al-Mawasi", "told al-Manar television", "on al-Rashid Street".
      if (
        ARTICLED_PROPER.test(t.text) &&
        !!prev &&
        prev.kind === 'word' &&
        prev.text === prev.lower &&
        (prev.text === 'the' ||
          prev.text === 'of' ||
          PLACE_PREPOSITIONS.has(prev.text) ||
          prev.text === 'told')
      )
        return true;
      // ... and alone where the story named the person in full before: "Saleh al-Armouti ...
      // al-Armouti said".
      for (let k = 1; k < i; k++) {
        const before = tokens[k - 1] as Token;
        if (
          (tokens[k] as Token).text === t.text &&
          before.cap &&
          before.kind === 'word' &&
          before.sentence === (tokens[k] as Token).sentence
        )
          return true;
      }
      return false;
    }
    if (!t || t.kind !== 'word' || !t.cap) return false;
    if (inWorkTitle[i] === 1) return false;
    // A Romance body's kind before its "of", even opening a sentence: "Tribunal de Justicia ruled".
    if (ROMANCE_HEADS.has(t.lower) && ROMANCE_OF.has(tokens[i + 1]?.text ?? '')) return true;
    // A preposition opening a sentence before a name is no part of it: "Outside City Hall,",
    // "Inside Parliament House,", "Behind Trinity College,".
    if (t.initial && SENTENCE_PREPOSITIONS.has(t.lower) && tokens[i + 1]?.cap) return false;
    // A disease named after a person, before a lower-case noun: "Alzheimer's tests", "Parkinson's
    // patients".
    // (nor alone, unless a given name stands before it: "curing Alzheimer's", not "James Parkinson's")
    if (DISEASE_EPONYMS.has(t.lower) && tokens[i + 1]?.kind === 'poss') {
      const noun = tokens[i + 2];
      if (noun?.kind === 'word' && noun.text === noun.lower) return false;
      const given = tokens[i - 1];
      if (!(given?.cap && given.kind === 'word' && given.end === t.start - 1) && !noun?.cap) return false;
    }
    // A month that is also a given name is one after a title and before a family name ("Councilor
    // April Fournier"), not in a date ("in April Congress", "since June 2020").
    // ... nor is a weekly newspaper's day after "the" ("the Sunday Clarion", "the Sunday Times").
    // "March" closing a protest's or movement's name is no month: "the Aurat March", "the Women's
    // March" (not "Last March", "Since March", "March 2024").
    const prevWord =
      t.text === 'March' ? (tokens[i - 1]?.kind === 'poss' ? tokens[i - 2] : tokens[i - 1]) : undefined;
    const marchName =
      !!prevWord &&
      tokens[i + 1]?.kind !== 'num' &&
      prevWord?.cap &&
      prevWord.kind === 'word' &&
      prevWord.sentence === t.sentence &&
      (tokens[i - 1]?.kind === 'poss'
        ? tokens[i - 1]?.start === prevWord.end
        : prevWord.end === t.start - 1) &&
      !DAYS_MONTHS.has(prevWord.lower) &&
      !(prevWord.initial && lex.commonWords.has(prevWord.lower));
    // (a Spanish town's "Mar" before "del" is no month: "Mar del Plata")
    const seaName =
      t.text === 'Mar' &&
      (tokens[i + 1]?.text === 'del' || tokens[i + 1]?.text === 'de') &&
      !!tokens[i + 2]?.cap;
    if (
      DAYS_MONTHS.has(t.lower) &&
      !marchName &&
      !seaName &&
      !(
        MONTH_NAMES.has(t.lower) &&
        (givenNameMonth(i) || abbreviatedGivenMonth(i) || particleNameMonth(i) || familyNameMonth(i))
      ) &&
      !(
        (t.lower === 'sunday' || t.lower === 'saturday') &&
        tokens[i - 1]?.lower === 'the' &&
        capPair(t, tokens[i + 1]) &&
        tokens[i + 1]?.kind === 'word' &&
        !DAYS_MONTHS.has(tokens[i + 1]?.lower ?? '')
      )
    )
      return false;
    // A span of months or days ("the October-December quarter") or a pair of nationalities with a
    // combining form ("the Franco-Dutch group", "Sino-Japanese") names nothing.
    const dash = t.text.indexOf('-');
    if (dash > 0) {
      const head = t.lower.slice(0, dash);
      const tail = t.lower.slice(dash + 1);
      if (DAYS_MONTHS.has(head) && DAYS_MONTHS.has(tail)) return false;
      if (COMBINING_FORMS.has(head) && lex.demonyms.has(tail)) return false;
    }
    // A day's name in a holiday's ("Good Friday", "Super Tuesday") makes no name of its first word.
    const day = tokens[i + 1];
    if (day?.cap && DAYS_MONTHS.has(day.lower) && DAY_COMPOUNDS.has(`${t.lower} ${day.lower}`)) return false;
    // (Cheap character checks first: these run for every capitalized word.)
    // "T-shirt", "X-ray" (but a hyphenated given name after a family name: "Kim E-bae")
    if (t.text.charCodeAt(1) === 45 && /^\p{Lu}-\p{Ll}/u.test(t.text) && !givenAfterFamily(i)) return false;
    // Plural acronyms are common nouns: "GIFs", "MLAs".
    if (t.text.length >= 3 && t.text.charCodeAt(t.text.length - 1) === 115 && /^\p{Lu}{2,}s$/u.test(t.text))
      return false;
    // ("TV" after a name is a broadcaster's: "Skai TV", "Rai TV"; "AI" a company's: "Mistral AI";
    // "AD" a Bulgarian company's legal form: "Rhodope Gas Link AD")
    if (
      (COMMON_ACRONYMS.has(t.lower) &&
        // ("Ad Hoc" opens a body's name: "the Ad Hoc Group of Bondholders")
        !(t.text === 'Ad' && tokens[i + 1]?.text === 'Hoc') &&
        // ("AIDS" or "HIV" inside a body's name before its head: "International AIDS Vaccine
        // Initiative", "HIV Vaccine Trials Network")
        !((t.text === 'AIDS' || t.text === 'HIV') && headWithin(i + 1)) &&
        // ("Ngo" written so before a name is a Vietnamese family name: "Ngo Thi Kim Oanh")
        !(familyNameNotInitials(t) && !!tokens[i + 1]?.cap && tokens[i + 1]?.kind === 'word') &&
        // (a broadcaster's initials after its kind: "state broadcaster CCTV said")
        !(
          tokens[i - 1]?.kind === 'word' &&
          OUTLET_KINDS.has(tokens[i - 1]?.text ?? '') &&
          tokens[i - 1]?.end === t.start - 1
        ) &&
        !(
          (t.text === 'TV' || t.text === 'AI' || t.text === 'AD') &&
          !!tokens[i - 1]?.cap &&
          tokens[i - 1]?.kind === 'word' &&
          tokens[i - 1]?.end === t.start - 1 &&
          // (after a name word in mid-sentence: not "a European AI ecosystem", "Galaxy AI is")
          (t.text === 'TV' ||
            (!tokens[i - 1]?.initial &&
              !lex.demonyms.has(tokens[i - 1]?.lower ?? '') &&
              !FUNCTION_WORDS.has(tokens[i - 1]?.lower ?? '')))
        ) &&
        // ("BC" before a name, no year before it, is British Columbia's: "BC Hydro", "the BC Wildfire
        // Service"; not "300 BC")
        !(
          t.text === 'BC' &&
          tokens[i - 1]?.kind !== 'num' &&
          tokens[i + 1]?.kind === 'word' &&
          !!tokens[i + 1]?.cap &&
          tokens[i + 1]?.start === t.end + 1
        ) &&
        // ("TV" before a broadcaster's name is its own first word: "TV Globo", "TV Azteca")
        !(
          t.text === 'TV' &&
          tokens[i + 1]?.kind === 'word' &&
          !!tokens[i + 1]?.cap &&
          tokens[i + 1]?.start === t.end + 1 &&
          !lex.commonWords.has(tokens[i + 1]?.lower ?? '') &&
          !lex.firstNames.has(tokens[i + 1]?.lower ?? '')
        )) ||
      (NEVER_NAMES.has(t.lower) &&
        !opensBodyName(i) &&
        // ("Nana" before a family name alone is a given name: "Nana Akufo-Addo", "Nana Gelashvili";
        // before a full name it is a Ghanaian chief's honorific: "Nana Kwame Boakye-Yiadom II")
        !(
          t.text === 'Nana' &&
          tokens[i + 1]?.cap &&
          tokens[i + 1]?.kind === 'word' &&
          tokens[i + 1]?.start === t.end + 1 &&
          !lex.commonWords.has(tokens[i + 1]?.lower ?? '') &&
          !capPair(tokens[i + 1], tokens[i + 2])
        ) &&
        // (unless it stands in a known body's name: "United Torah Judaism")
        !(
          KNOWN_ORGS.has(spanKey(tokens, i - 2, i + 1, '_')) ||
          KNOWN_ORGS.has(spanKey(tokens, i - 1, i + 1, '_')) ||
          KNOWN_ORGS.has(spanKey(tokens, i - 1, i + 2, '_'))
        )) ||
      // ("Islam" alone is the faith; beside another name word it is a Bengali name: "Rafiqul Islam")
      (t.text === 'Islam' &&
        !(
          tokens[i - 1]?.cap &&
          tokens[i - 1]?.kind === 'word' &&
          !FUNCTION_WORDS.has(tokens[i - 1]?.lower ?? '')
        ) &&
        !(tokens[i + 1]?.cap && tokens[i + 1]?.kind === 'word')) ||
      (ORDER_ADJECTIVES.has(t.lower) &&
        tokens[i + 1]?.kind === 'word' &&
        tokens[i + 1]?.text === tokens[i + 1]?.lower) ||
      // ("SIM cards"; "Sim" is an Italian brokerage's suffix: "Sforza Sim")
      t.text === 'SIM'
    )
      return false;
    // A compass adjective before a lower-case noun describes: "a Western diplomat", "Northern
    // towns" (not "Western Australia", "Northern Ireland").
    if (COMPASS_ADJECTIVES.has(t.lower)) {
      const noun = tokens[i + 1];
      if (noun?.kind === 'word' && noun.text === noun.lower && noun.text.length > 2) return false;
    }
    // A model after a brand written in lower case first: "the iPad Pro", "iPhone Max".
    const brand = tokens[i - 1];
    if (
      PRODUCT_SUFFIXES.has(t.lower) &&
      brand?.kind === 'word' &&
      brand.end + 1 === t.start &&
      brand.text.charCodeAt(0) >= 97 &&
      brand.text.charCodeAt(0) <= 122 &&
      hasInnerCapital(brand.text)
    )
      return false;
    // A hashtag or handle ("#IStandWithAhmed", "@Reuters") is a tag, not a name in the text.
    const mark = tokens[i - 1];
    if (mark && mark.end === t.start && (mark.text === '#' || mark.text === '@')) return false;
    // An everyday word in capitals for emphasis ("UNLESS of course", "NEVER") is no acronym; beside
    // another name word it is one ("the FIRST Global Challenge").
    const c1 = t.text.charCodeAt(1);
    // (of three letters only function words no body uses for its initials: "if ALL parties")
    if (
      (t.text.length >= 4
        ? lex.coreWords.has(t.lower)
        : t.text.length === 3 && EMPHATIC_SHORT.has(t.lower)) &&
      c1 >= 65 &&
      c1 <= 90 &&
      t.text === t.text.toUpperCase()
    ) {
      const near = (k: number): boolean => {
        const x = tokens[k];
        return (
          !!x && x.kind === 'word' && x.sentence === t.sentence && x.text.length > 1 && x.text === x.lower
        );
      };
      const capNear = (k: number): boolean => !!tokens[k]?.cap && tokens[k]?.sentence === t.sentence;
      if ((near(i - 1) || near(i + 1)) && !capNear(i - 1) && !capNear(i + 1)) return false;
    }
    // A pronoun with a contraction opening a quotation or sentence: "We'll", "They're", "You'd".
    if (CONTRACTED_PRONOUN.test(t.text)) return false;
    // A currency's country letters before "$": "NT$2 billion", "HK$5 million".
    const sign = tokens[i + 1];
    if (sign?.text === '$' && sign.start === t.end && t.text.length <= 3) return false;
    // A currency's letters with its amount: "R4.9 billion", "Sh3.5 billion", "RM500", "Rs 500 crore",
    // "KSh 2 billion", "GH¢2 billion".
    if (CURRENCY_AMOUNT.test(t.text)) return false;
    if (
      CURRENCY_LETTERS.has(t.text) &&
      (tokens[i + 1]?.kind === 'num' || (tokens[i + 1]?.text === '¢' && tokens[i + 2]?.kind === 'num')) &&
      tokens[i + 1]?.start === t.end + (tokens[i + 1]?.text === '¢' ? 0 : 1)
    )
      return false;
    // A job opening a sentence before a given name: "Geophysicist Hernando Tavera said",
    // "Off-spinner Ravichandran Ashwin took", "Screenwriter Hope Castellanos", "Dockworker Ann Lee".
    // (also before a two-word name the lists lack: "Seismologist Naci Görür", "Filmmaker Kasi Lemmons")
    if (
      t.initial &&
      (/(?:ist|ician|maker|wright|grapher|writer|worker)$/u.test(t.lower) ||
        // ("Bookseller Ewan Drummond", "Headliner Mounir Abdel-Fattah", "Shopkeeper Ali Khan")
        /^\p{L}{3,}(?:seller|liner|keeper|grower)$/u.test(t.lower) ||
        /^\p{L}+-\p{Ll}+er$/u.test(t.text)) &&
      tokens[i + 1]?.cap === true &&
      (lex.firstNames.has(tokens[i + 1]?.lower ?? '') ||
        (tokens[i + 2]?.cap === true &&
          tokens[i + 2]?.kind === 'word' &&
          tokens[i + 2]?.sentence === t.sentence &&
          !lex.nameParts.has(t.lower) &&
          !lex.firstNames.has(t.lower)))
    )
      return false;
    // "I'm", "I’ve": the pronoun with a contraction; "XVII": a Roman numeral.
    if (t.text.charCodeAt(0) === 73 && (t.text.charAt(1) === "'" || t.text.charAt(1) === '’')) return false;
    const r0 = t.text.charCodeAt(0);
    if (t.text.length >= 2 && (r0 === 73 || r0 === 86 || r0 === 88) && ROMAN_NUMERAL.test(t.text)) {
      // ... except as a name's ordinal: "Andre Price III", "Elizabeth II".
      const prev = tokens[i - 1];
      return !!prev && prev.cap && prev.kind === 'word' && prev.sentence === t.sentence;
    }
    // A genus before its species ("Yersinia pestis", "Aedes aegypti"), and a disease named after a
    // person or place before "disease" ("Chagas disease", "Lyme disease"), name no entity.
    const species = tokens[i + 1];
    if (
      species?.kind === 'word' &&
      species.start === t.end + 1 &&
      species.text === species.lower &&
      (DISEASE_NOUNS.has(species.lower) ||
        (species.text.length >= 4 &&
          LATIN_EPITHET.test(species.text) &&
          !lex.commonWords.has(species.lower) &&
          !NAME_PARTICLES.has(species.lower) &&
          !tokens[i - 1]?.cap))
    )
      return false;
    if (PERSON_GROUPS.has(t.lower)) return true;
    // A possessive opening a body's name at a sentence start: "Women's Aid said", "Children's Society".
    if (
      POSSESSIVE_NAME_WORDS.has(t.lower) &&
      tokens[i + 1]?.kind === 'poss' &&
      tokens[i + 2]?.cap &&
      tokens[i + 2]?.kind === 'word' &&
      tokens[i + 2]?.sentence === t.sentence
    )
      return true;
    // A number word opening a sentence counts what follows: "Two Fed governors", "Three Apple engineers".
    if (t.initial && NUMBER_WORDS.has(t.lower)) return false;
    // A plural of a trade opening a sentence before a lower-case word is an everyday noun the word
    // lists lack ("Medics tried", "Paramedics treated"; not "Physicians for Human Rights").
    const verbNext = tokens[i + 1];
    if (
      t.initial &&
      PLURAL_TRADES.test(t.lower) &&
      verbNext?.kind === 'word' &&
      verbNext.text === verbNext.lower &&
      !FUNCTION_WORDS.has(verbNext.text) &&
      !isNamePart(t.lower, lex) &&
      !lex.demonyms.has(t.lower) &&
      !KNOWN_ORGS.has(t.lower)
    )
      return false;
    // An everyday noun opening a sentence before a lower-case word, the story giving it no capital
    // anywhere else, names nothing: the plural of an everyday word ("Shippers who move furniture",
    // "Forecasters said") or one before an auxiliary ("Gold has been trading", '"Craft does not
    // scale"'), unless a known body, a party or a people.
    if (
      t.initial &&
      t.kind === 'word' &&
      verbNext?.kind === 'word' &&
      verbNext.text === verbNext.lower &&
      verbNext.sentence === t.sentence &&
      (lex.commonWords.has(t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower) ||
        // (an agent noun the lists lack, by its stem: "Shippers", "Forecasters", "Roasters")
        (t.lower.endsWith('ers') && t.lower.length > 6 && agentStemCommon(t.lower.slice(0, -3)))) &&
      !midCaps.has(t.text) &&
      !fullNameWords.has(t.text) &&
      !listedName(t.lower) &&
      !lex.demonyms.has(t.lower) &&
      !GROUP_ADJECTIVES.has(t.lower) &&
      !PARTY_PLURALS.has(t.lower) &&
      ((t.lower.endsWith('s') && !t.lower.endsWith('ss') && !isNamePart(t.lower, lex)) ||
        // (a given name there may be the person: "Martin has yet to finish"; not an everyday one:
        // "Hope has")
        (OPENING_AUXILIARIES.has(verbNext.text) &&
          (!lex.firstNames.has(t.lower) || lex.coreWords.has(t.lower))))
    )
      return false;
    if (GROUP_ADJECTIVES.has(t.lower)) {
      // (inside a country's name: "United Arab Emirates", "Syrian Arab Republic")
      if (
        tokens[i - 1]?.cap &&
        tokens[i + 1]?.cap &&
        (lex.countries.has(spanKey(tokens, i - 1, i + 2)) || lex.places.has(spanKey(tokens, i - 1, i + 2)))
      )
        return true;
      // (or a middle name between a given name and an Arabic family name: "Mohammed Shia al-Sudani")
      if (
        tokens[i - 1]?.cap &&
        tokens[i - 1]?.kind === 'word' &&
        lex.firstNames.has(tokens[i - 1]?.lower ?? '') &&
        ARTICLED_PROPER.test(tokens[i + 1]?.text ?? '')
      )
        return true;
      // (or after an Arabic article inside a name: "Borg El Arab", "Burj Al Arab")
      if (
        (tokens[i - 1]?.text === 'El' || tokens[i - 1]?.text === 'Al') &&
        tokens[i - 2]?.cap &&
        tokens[i - 2]?.kind === 'word' &&
        tokens[i - 2]?.sentence === t.sentence
      )
        return true;
      // ("Soviet" also ends the names of councils: "the Supreme Soviet", "the Petrograd Soviet")
      if (
        t.lower === 'soviet' &&
        tokens[i - 1]?.cap &&
        tokens[i - 1]?.kind === 'word' &&
        tokens[i - 1]?.sentence === t.sentence &&
        !FUNCTION_WORDS.has(tokens[i - 1]?.lower ?? '')
      )
        return true;
      // A faith or party adjective alone names nothing, but it opens organisation names:
      // "Catholic Church", "Republican Party", "Greek Orthodox Church".
      let k = i + 1;
      // (over a possessive inside the name: "Republican People's Party")
      while (
        ((tokens[k]?.cap && tokens[k]?.kind === 'word') ||
          (tokens[k]?.kind === 'poss' && POSSESSIVE_NAME_WORDS.has(tokens[k - 1]?.lower ?? ''))) &&
        k - i < 5
      ) {
        if (ORG_HEADS.has(tokens[k]?.lower ?? '') || PLACE_HEADS.has(tokens[k]?.lower ?? '')) return true;
        // (an airline's "Air" after it: "Viking Air", as the scores take "Lion Air")
        if (
          k === i + 1 &&
          tokens[k]?.lower === 'air' &&
          !(tokens[k + 1]?.cap && tokens[k + 1]?.kind === 'word')
        )
          return true;
        // (a head with its faction after a hyphen: "Muslim League-Nawaz")
        if (ORG_HEADS.has(factionHead(tokens[k]))) return true;
        // (or a known body's name: "Syrian Arab Red Crescent")
        if (k > i + 1 && KNOWN_ORGS.has(spanKey(tokens, i + 1, k + 1, '_'))) return true;
        // (or opens one, or stands second in one: "Islamic Jihad", "the United Arab List")
        if (
          KNOWN_ORGS.has(spanKey(tokens, i, k + 1, '_')) ||
          (tokens[i - 1]?.cap && KNOWN_ORGS.has(spanKey(tokens, i - 1, k + 1, '_')))
        )
          return true;
        k++;
      }
      // ... and before "and" inside a body's name: "the Social Democratic and Labour Party" (not
      // "Democratic and Republican senators").
      if (tokens[i + 1]?.text === 'and' && tokens[i + 1]?.sentence === t.sentence) {
        for (let k2 = i + 2; tokens[k2]?.cap && tokens[k2]?.kind === 'word' && k2 - i < 6; k2++)
          if (ORG_HEADS.has(tokens[k2]?.lower ?? '')) return true;
      }
      // ... also before a lower-case "party" or "movement": "his Jewish Power party".
      const kind = tokens[k];
      if (k > i + 1 && kind?.kind === 'word' && kind.text === kind.lower && PARTY_KINDS.has(kind.text))
        return true;
      // ... and the words after a body's head and "for"/"of": "Association for Democratic Reforms".
      const link = tokens[i - 1];
      const body = tokens[i - 2];
      if (
        (link?.text === 'for' || link?.text === 'of') &&
        body?.cap &&
        body.sentence === t.sentence &&
        ORG_HEADS.has(body.lower) &&
        tokens[i + 1]?.cap &&
        tokens[i + 1]?.sentence === t.sentence
      )
        return true;
      // ... and parties named in the plural: "Christian Democrats", "Social Democrats".
      const members = tokens[i + 1];
      if (members?.cap && members.sentence === t.sentence && PARTY_PLURALS.has(members.lower)) return true;
      // ... and country names: "Democratic Republic of the Congo" (and places': "Hindu Kush").
      for (let len = 2; len <= lex.maxPlaceTokens; len++) {
        const key = spanKey(tokens, i, i + len);
        if (!lex.placePrefixes.has(key)) break;
        if (lex.countries.has(key) || lex.places.has(key)) return true;
      }
      // ... and a given name that is also such a word before a family name: "Christian Wolmar", and
      // after a title even an everyday one: "Chief Executive Christian Sewing".
      const fam = tokens[i + 1];
      const titled = TITLE_WORDS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.sentence === t.sentence;
      // (also before a family name's particle: "Christian von Hallberg", "Christian de Boer")
      const particled =
        fam?.kind === 'word' &&
        fam.start === t.end + 1 &&
        NAME_PARTICLES.has(fam.text) &&
        tokens[i + 2]?.cap === true &&
        tokens[i + 2]?.kind === 'word' &&
        tokens[i + 2]?.sentence === t.sentence;
      if (particled && lex.firstNames.has(t.lower)) return true;
      return (
        lex.firstNames.has(t.lower) &&
        !!fam &&
        fam.kind === 'word' &&
        fam.cap &&
        fam.start === t.end + 1 &&
        fam.sentence === t.sentence &&
        (!lex.commonWords.has(fam.lower) || titled) &&
        !lex.places.has(fam.lower) &&
        !lex.countries.has(fam.lower) &&
        !lex.demonyms.has(fam.lower) &&
        !GROUP_ADJECTIVES.has(fam.lower)
      );
    }
    // A caption or section label ("Image:", "Photo:", "Update:") is no name; the last word of a name
    // before a colon is ("told GB News:").
    const colon = tokens[i + 1];
    const namePrev = tokens[i - 1];
    // (Mid-sentence after "the" it is a name: "told the Guardian:".)
    if (
      colon?.text === ':' &&
      colon.start === t.end &&
      lex.commonWords.has(t.lower) &&
      !(namePrev?.text === 'the' && !ambiguousStart(t)) &&
      (CAPTION_LABELS.has(t.lower) ||
        !(
          namePrev?.cap &&
          namePrev.kind === 'word' &&
          namePrev.sentence === t.sentence &&
          namePrev.end + 1 === t.start
        ))
    )
      return false;
    // ("A." before a name is an initial, not the article: "J. A. Smith".)
    const initialDot = t.text.length === 1 && tokens[i + 1]?.text === '.' && tokens[i + 1]?.start === t.end;
    if (
      FUNCTION_WORDS.has(t.lower) &&
      !isAcronym(t) &&
      !initialDot &&
      !familyNameAfterTitle(i) &&
      !familyHeAfterGiven(i) &&
      !familyFunctionWord(i) &&
      !familyInCredit(i) &&
      !withoutInName(i) &&
      !(t.lower === 'may' && familyNameMonth(i)) &&
      !givenFunctionWord(i) &&
      // the Vietnamese family name Do before a Vietnamese middle name: "Do Thi Ngoc Lan"
      !(
        t.text === 'Do' &&
        capPair(t, tokens[i + 1]) &&
        VIETNAMESE_MIDDLE.has(tokens[i + 1]?.lower ?? '') &&
        !!tokens[i + 2]?.cap
      ) &&
      // "Who" capitalized inside a name mid-sentence: "Doctor Who", "The Who" (not a question's "Who").
      !(
        t.text === 'Who' &&
        !ambiguousStart(t) &&
        !!tokens[i - 1]?.cap &&
        tokens[i - 1]?.kind === 'word' &&
        tokens[i - 1]?.end === t.start - 1
      ) &&
      // "All" opening a name after "the" or anywhere mid-sentence: "the All Progressives Congress",
      // "the ruling All Progressives Congress", "against the All Blacks"
      !(
        t.text === 'All' &&
        (tokens[i - 1]?.lower === 'the' || (!ambiguousStart(t) && tokens[i - 1]?.lower !== 'for')) &&
        tokens[i + 1]?.cap &&
        tokens[i + 1]?.kind === 'word' &&
        tokens[i + 1]?.start === t.end + 1
      ) &&
      // ... nor opening a town the gazetteer knows, or an Italian street, mid-sentence: "in Can
      // Tho", "on Via Nomentana"
      !(
        !ambiguousStart(t) &&
        tokens[i + 1]?.cap &&
        tokens[i + 1]?.kind === 'word' &&
        tokens[i + 1]?.start === t.end + 1 &&
        (lex.places.has(spanKey(tokens, i, i + 2)) || t.text === 'Via')
      )
    )
      return false;
    if (t.text.length === 1) {
      // The social network X where a post is made on it: "in a post on X", "wrote on X".
      if (
        t.text === 'X' &&
        tokens[i - 1]?.lower === 'on' &&
        POSTING_WORDS.has(tokens[i - 2]?.lower ?? '') &&
        tokens[i + 1]?.text !== '.' &&
        !tokens[i + 1]?.cap
      )
        return true;
      // A lettered street: "H Street", "K Street".
      const street = tokens[i + 1];
      if (
        street?.cap &&
        (street.lower === 'street' || street.lower === 'avenue' || street.lower === 'road') &&
        street.start === t.end + 1 &&
        t.text !== 'I'
      )
        return true;
      // A sports group's letter: "Group F", "Pool B".
      const head = tokens[i - 1];
      if (
        head?.cap &&
        (head.lower === 'group' || head.lower === 'pool') &&
        head.end + 1 === t.start &&
        t.text !== 'I'
      )
        return true;
      // A middle initial written without its dot, as many papers do, between a given name and a
      // family name: "Governor Ahsan H Mansur", "George W Bush".
      const given = tokens[i - 1];
      const family = tokens[i + 1];
      if (
        t.text !== 'I' &&
        t.text !== 'A' &&
        !ambiguousStart(t) &&
        given?.kind === 'word' &&
        given.cap &&
        given.end + 1 === t.start &&
        given.text.length > 1 &&
        given.text !== given.text.toUpperCase() &&
        (lex.firstNames.has(given.lower) ||
          (lex.nameParts.has(given.lower) && !lex.commonWords.has(given.lower))) &&
        family?.kind === 'word' &&
        family.cap &&
        family.start === t.end + 1 &&
        family.sentence === t.sentence &&
        family.text.length > 1 &&
        family.text !== family.text.toUpperCase() &&
        !FUNCTION_WORDS.has(family.lower) &&
        (lex.nameParts.has(family.lower) || !lex.commonWords.has(family.lower))
      )
        return true;
      // An initial ("L. Ron Hubbard") only between name parts: not a letter ending a sentence before
      // "A", "The" or "He" ("wrote on X. A spokeswoman"), unless that is an initial too ("J. A. Smith").
      const dot = tokens[i + 1];
      const next = tokens[i + 2];
      const nextIsWord =
        !!next && (next.text.length === 1 ? tokens[i + 3]?.text === '.' : !FUNCTION_WORDS.has(next.lower));
      // ("on X." is the platform: "congratulated Milei on X. Washington had agreed")
      const platform = t.text === 'X' && (tokens[i - 1]?.lower === 'on' || tokens[i - 1]?.lower === 'via');
      // (or a particle after a given name: "Frederick A. van der Berg", "Anna M. de Vries")
      const before = tokens[i - 1];
      const particleAfter =
        !!next &&
        next.kind === 'word' &&
        NAME_PARTICLES.has(next.text) &&
        !!before?.cap &&
        before.kind === 'word' &&
        before.end + 1 === t.start &&
        (!!tokens[i + 3]?.cap || (NAME_PARTICLES.has(tokens[i + 3]?.text ?? '') && !!tokens[i + 4]?.cap));
      return (
        dot?.text === '.' &&
        dot.start === t.end &&
        !!next &&
        ((next.cap && nextIsWord) || particleAfter) &&
        (t.text !== 'I' || givenBeforeI(i)) &&
        !platform
      );
    }
    if (!ambiguousStart(t)) return true;
    if (isAcronym(t)) return true;
    // A given name that is also an everyday word opening a sentence before a particle and a family
    // name: "Maria da Silva said", "Maria das Graças Souza".
    // (or two particles: "Rob van der Heijden", "Mark van den Berg")
    const particle = tokens[i + 1];
    const family =
      tokens[i + 2]?.kind === 'word' && NAME_PARTICLES.has(tokens[i + 2]?.text ?? '') ? i + 3 : i + 2;
    if (
      lex.firstNames.has(t.lower) &&
      particle?.kind === 'word' &&
      particle.text === particle.lower &&
      NAME_PARTICLES.has(particle.text) &&
      tokens[family]?.cap &&
      tokens[family]?.kind === 'word' &&
      (lex.nameParts.has(tokens[family]?.lower ?? '') || !lex.commonWords.has(tokens[family]?.lower ?? ''))
    )
      return true;
    // An everyday noun opening a sentence before "and" and a body's name ending in its head: "Securities
    // and Exchange Commission officials", "Food and Drug Administration Commissioner X".
    if (
      tokens[i + 1]?.text === 'and' &&
      lex.commonWords.has(t.lower) &&
      // (not a body of its own: "Police and Fire Department crews", "Parliament and Senate ...")
      !BODIES_ALONE.has(t.lower) &&
      !lex.firstNames.has(t.lower)
    ) {
      let k = i + 2;
      while (
        k < i + 6 &&
        tokens[k]?.cap &&
        tokens[k]?.kind === 'word' &&
        tokens[k]?.sentence === t.sentence &&
        !(k > i + 2 && TITLE_WORDS.has(tokens[k]?.lower ?? '') && ORG_HEADS.has(tokens[k - 1]?.lower ?? ''))
      )
        k++;
      const after = tokens[k];
      // (two words or more after "and", the last a body's head, then no more name but a title)
      const closed = !after?.cap || after.kind !== 'word' || TITLE_WORDS.has(after.lower);
      if (k >= i + 4 && ORG_HEADS.has(tokens[k - 1]?.lower ?? '') && closed) return true;
    }
    // An everyday word opening a sentence as a given or family name before a family or given name
    // the lists lack, a person's role in apposition after them: "Ion Stratan, a retired judge,", "Sun
    // Weidong, vice president of the firm,".
    const nameAfter = tokens[i + 1];
    if (
      nameAfter?.cap &&
      nameAfter.kind === 'word' &&
      nameAfter.start === t.end + 1 &&
      tokens[i + 2]?.text === ',' &&
      !lex.commonWords.has(nameAfter.lower) &&
      !listedName(nameAfter.lower) &&
      !ORG_HEADS.has(nameAfter.lower) &&
      !PLACE_HEADS.has(nameAfter.lower) &&
      !FUNCTION_WORDS.has(t.lower) &&
      openerMayName(t.lower) &&
      t.lower.length <= 8
    ) {
      let role = false;
      for (let k = i + 3; k < i + 7 && !role; k++) {
        const w = tokens[k];
        if (!w || w.kind !== 'word' || w.cap) break;
        role = TITLE_WORDS.has(w.lower) || ROLE_NOUNS.has(w.lower);
      }
      if (role) return true;
    }
    // A landform's head opening a sentence before its name: "Lake Biwa supplies", "Mount Kinabalu is".
    const landName = tokens[i + 1];
    if (
      GEO_HEADS_FIRST.has(t.lower) &&
      landName?.cap &&
      landName.kind === 'word' &&
      nameWordNext(t, landName)
    )
      return true;
    // An abstract noun the lists lack opening a quotation before a lower-case word: '"Desalination is
    // not a luxury," ...', '"Diversification is not a slogan"'.
    // (also opening a sentence: "Remediation would cost", "Toxicology showed")
    if (
      ABSTRACT_NOUN.test(t.lower) &&
      ((tokens[i - 1]?.kind === 'quote' && tokens[i - 1]?.end === t.start && !t.lower.endsWith('ology')) ||
        // (not a body's head, nor a word the story capitalizes mid-sentence: "Commission",
        // "University of Texas", "Scientology")
        (t.initial && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower) && !midCaps.has(t.text))) &&
      tokens[i + 1]?.kind === 'word' &&
      tokens[i + 1]?.text === tokens[i + 1]?.lower &&
      !lex.nameParts.has(t.lower) &&
      !lex.places.has(t.lower) &&
      !lex.companies.has(t.lower) &&
      !KNOWN_ORGS.has(t.lower)
    )
      return false;
    // A kind of body opening a sentence before the body's name is no part of it: "Chipmaker Nvidia
    // rose", "Insurer Aviva said".
    // (Not a kind that opens names: "Network Rail said", "Union Pacific", "Bank Negara", "Club Brugge",
    // which keep it before a name word that is no title.)
    const named = tokens[i + 1];
    // ("Ngo" so written is a Vietnamese family name, no NGO: "Ngo Thi Kim Oanh said")
    if (
      named?.cap &&
      named.kind === 'word' &&
      named.sentence === t.sentence &&
      bodyKindWord(t.lower) &&
      !familyNameNotInitials(t)
    ) {
      if (!NAME_OPENING_KINDS.has(t.lower)) return false;
      if (nameWordNext(t, named)) return true;
    }
    // A company's name joined by "&" opening a sentence: "Marks & Spencer said", "Johnson & Johnson".
    if (tokens[i + 1]?.text === '&' && tokens[i + 2]?.cap && tokens[i + 2]?.sentence === t.sentence)
      return true;
    // A plural opening a sentence before a body's head is the body's first word: "Airports Company
    // South Africa said", "Airports Authority of India", "Farmers Union".
    const headNext = tokens[i + 1];
    if (
      t.initial &&
      /^\p{Lu}\p{Ll}{3,}s$/u.test(t.text) &&
      lex.commonWords.has(t.lower) &&
      headNext?.cap &&
      headNext.start === t.end + 1 &&
      PLURAL_LED_HEADS.has(headNext.lower)
    )
      return true;
    // A country's team opening a sentence: "Team Estonia had to rebuild"; so do a country's
    // universities' body: "Universities UK said", "Universities South Africa, the body ...".
    if (t.lower === 'team' && lex.countries.has(tokens[i + 1]?.lower ?? '')) return true;
    if (
      (t.lower === 'universities' ||
        t.lower === 'colleges' ||
        t.lower === 'radio' ||
        t.lower === 'television') &&
      tokens[i + 1]?.cap &&
      tokens[i + 1]?.start === t.end + 1 &&
      placeMatch(i + 1, i + 4)?.code !== undefined
    )
      return true;
    // ("Fed up" opening a sentence is the idiom, not the Federal Reserve: "Fed up with delays, ...")
    if (t.text === 'Fed' && tokens[i + 1]?.text === 'up') return false;
    if (midCaps.has(t.text)) return true;
    // A word of a "First Last" name before a verb ("Grant has") or coordinated with a name after it
    // ("Grace and Wang talked") is that person again.
    if (fullNameWords.has(t.text)) {
      const after = tokens[i + 1]?.text ?? '';
      if (LONE_NAME_VERBS.has(after)) return true;
      if ((after === 'and' || after === 'or') && tokens[i + 2]?.sentence === t.sentence && isProper(i + 2))
        return true;
    }
    // An everyday word coordinated with a known body or a company's initials: "Shell and BP raised".
    if (
      (tokens[i + 1]?.text === 'and' || tokens[i + 1]?.text === '&') &&
      tokens[i + 2]?.sentence === t.sentence &&
      t.lower.length > 2 &&
      !FUNCTION_WORDS.has(t.lower) &&
      !t.lower.endsWith('s')
    ) {
      const partner = tokens[i + 2];
      // (the pair as the subject of a plural verb, not a modifier: "Fire and EMS crews came")
      const verb = tokens[i + 3];
      const pluralVerb =
        verb?.text === ',' ||
        (!!verb &&
          verb.kind === 'word' &&
          verb.text === verb.lower &&
          (verb.lower.endsWith('ed') || PAIR_VERBS.has(verb.lower) || CUE_VERBS.has(verb.lower)));
      if (
        pluralVerb &&
        partner?.cap &&
        partner.kind === 'word' &&
        (KNOWN_ORGS.has(partner.lower) ||
          lex.companies.has(partner.lower) ||
          (isAcronym(partner) && !COMMON_ACRONYMS.has(partner.lower) && !lex.countries.has(partner.lower)))
      )
        return true;
    }
    // A family name before an age in commas: "Smith, 45, said".
    if (
      lex.nameParts.has(t.lower) &&
      tokens[i + 1]?.text === ',' &&
      tokens[i + 2]?.kind === 'num' &&
      tokens[i + 3]?.text === ','
    )
      return true;
    // A family name that is also a rarer everyday word, before a verb: "Martin has", "Cotton said".
    if (
      lex.nameParts.has(t.lower) &&
      !lex.coreWords.has(t.lower) &&
      LONE_NAME_VERBS.has(tokens[i + 1]?.text ?? '')
    )
      return true;
    if (
      !lex.commonWords.has(t.lower) &&
      !lex.commonWords.has(t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower)
    )
      return true;
    if (lex.countries.has(t.lower)) return true;
    // ... or a company named by an everyday word before its legal suffix: "Next plc, the British
    // retailer,", "Target Corp said".
    const suffix = tokens[i + 1];
    if (
      suffix?.kind === 'word' &&
      suffix.start === t.end + 1 &&
      legalSuffixToken(suffix) &&
      suffix.lower !== 'co' &&
      !FUNCTION_WORDS.has(t.lower)
    )
      return true;
    // A sentence opening with a multi-word place: "North Carolina is ...".
    for (let len = 2; len <= lex.maxPlaceTokens && tokens[i + 1]?.cap; len++) {
      const key = spanKey(tokens, i, i + len);
      if (!lex.placePrefixes.has(key)) break; // no longer name starts with these words
      if (lex.places.has(key) || lex.countries.has(key)) return true;
    }
    // ... or with a known body with lower-case words inside: "Gift of the Givers sent water".
    if (knownBodyWithLinks(i) > 0) return true;
    // ... or with a two-word nationality in the plural: "South Africans will remember".
    const people = tokens[i + 1];
    if (
      lex.pairHeads.has(t.lower) &&
      people?.cap &&
      people.kind === 'word' &&
      people.lower.endsWith('s') &&
      lex.demonyms.has(`${t.lower} ${people.lower.slice(0, -1)}`)
    )
      return true;
    // ... or with a name of everyday words, the next one capitalized too: "Standard Chartered cut",
    // "Best Buy raised" (not a descriptor or an opener before a name: "Chipmaker Nvidia", "Last
    // Tuesday", "Many Democrats").
    const nx = tokens[i + 1];
    if (
      nx?.cap &&
      nx.kind === 'word' &&
      nx.start === t.end + 1 &&
      nx.sentence === t.sentence &&
      titleParas[t.paragraph] !== 1 &&
      lex.commonWords.has(nx.lower) &&
      !lex.firstNames.has(nx.lower) &&
      !DAYS_MONTHS.has(nx.lower) &&
      !FUNCTION_WORDS.has(nx.lower) &&
      // ("State" inside a name before another name word: "Golden State Warriors", "Empire State Building";
      // a title's word ending the name: "Intact Financial, the insurer,")
      (!TITLE_WORDS.has(nx.lower) ||
        (!tokens[i + 2]?.cap && !TITLE_CORE.has(nx.lower)) ||
        (nx.lower === 'state' &&
          !!tokens[i + 2]?.cap &&
          tokens[i + 2]?.kind === 'word' &&
          tokens[i + 2]?.start === nx.end + 1 &&
          !TITLE_WORDS.has(tokens[i + 2]?.lower ?? '') &&
          !lex.firstNames.has(tokens[i + 2]?.lower ?? ''))) &&
      !GROUP_ADJECTIVES.has(nx.lower) &&
      openerMayName(t.lower) &&
      !PEOPLE_BY_TRADE.has(t.lower) &&
      !GROUP_ADJECTIVES.has(t.lower) &&
      !t.lower.endsWith('ing') &&
      !t.lower.endsWith('s') && // a plural before a name: "Rivals Advanced Micro Devices"
      isProper(i + 1)
    )
      return true;
    // ... or opening a body's name whose head comes two or three capitalized words on: "World Health
    // Organization Director-General ...", "National Health Service trusts".
    // (only words that open bodies' names: not "Later Kestrel Bank said")
    // ... and such a word with the word after it, opening a body's name the story gave before:
    // "Southern Cross shares rose" after "Southern Cross Airlines".
    const areaNamed = tokens[i + 1];
    if (
      AREA_WORDS.has(t.lower) &&
      areaNamed?.cap &&
      areaNamed.kind === 'word' &&
      areaNamed.start === t.end + 1
    )
      for (let k = 0; k + 2 < i; k++)
        if (
          tokens[k]?.text === t.text &&
          tokens[k + 1]?.text === areaNamed.text &&
          tokens[k + 2]?.cap &&
          ORG_HEADS.has(tokens[k + 2]?.lower ?? '')
        )
          return true;
    // (so may an area word: "Southern Cross Airlines has posted")
    if ((ORG_OPENING_WORDS.has(t.lower) || AREA_WORDS.has(t.lower)) && titleParas[t.paragraph] !== 1) {
      for (let k = i + 1; k <= i + 3; k++) {
        const w = tokens[k];
        const p = tokens[k - 1] as Token;
        if (!w?.cap || w.kind !== 'word' || w.sentence !== t.sentence || w.start !== p.end + 1) break;
        if (ORG_HEADS.has(w.lower)) {
          if (k >= i + 2) return true;
          break;
        }
      }
    }
    // ... or with a part of a known place: "Greater Manchester Police", "East London hospitals".
    if (
      AREA_WORDS.has(t.lower) &&
      tokens[i + 1]?.cap &&
      tokens[i + 1]?.sentence === t.sentence &&
      (placeMatch(i + 1, i + 1 + lex.maxPlaceTokens)?.len ?? 0) > 0
    )
      return true;
    // ... or with a common word before a geographic head or a body's: "Cook County", "Downing Street",
    // "Reserve Bank of Australia", "Supreme Court".
    const geoHead = tokens[i + 1];
    if (
      geoHead?.cap &&
      geoHead.kind === 'word' &&
      geoHead.start === t.end + 1 &&
      geoHead.sentence === t.sentence &&
      (OPENING_GEO_HEADS.has(geoHead.lower) || OPENING_ORG_HEADS.has(geoHead.lower))
    )
      return true;
    // A body's head opening a sentence before "of" or "for" and a name: "Centers for Disease Control
    // and Prevention said", "Ministry of Defence officials".
    const link = tokens[i + 1];
    if (
      ORG_HEADS.has(t.lower) &&
      (link?.text === 'of' || link?.text === 'for') &&
      tokens[i + 2]?.cap &&
      tokens[i + 2]?.kind === 'word' &&
      tokens[i + 2]?.sentence === t.sentence
    )
      return true;
    // ... or opening a known body's name of two to four words: "Real Madrid", "Inter Milan", "United
    // Torah Judaism".
    const second = tokens[i + 1];
    if (second?.cap && second.kind === 'word' && KNOWN_ORGS.has(`${t.lower}_${second.lower}`)) return true;
    for (let k = i + 2; k < i + 4 && tokens[k]?.cap && tokens[k]?.kind === 'word' && second?.cap; k++)
      if (tokens[k]?.sentence === t.sentence && KNOWN_ORGS.has(spanKey(tokens, i, k + 1, '_'))) return true;
    // A known body opening a sentence before a title or a possessive: "Senate Majority Leader ...",
    // "Labour's Shadow Home Secretary ..." (not "Shell casings were found").
    const onward = tokens[i + 1];
    if (
      KNOWN_ORGS.has(t.lower) &&
      onward &&
      ((onward.cap && onward.kind === 'word') ||
        onward.kind === 'poss' ||
        // ... or before a lower-case role and a name: "Apple chief Tim Cook", "Shell spokesman ...".
        (onward.kind === 'word' && TITLE_WORDS.has(onward.text) && !!tokens[i + 2]?.cap) ||
        // ... or before "party": "Congress party leader Rahul Gandhi".
        onward.text === 'party')
    )
      return true;
    // ... or before a verb of reporting or a past tense: "Apple unveiled", "Amazon said".
    if (
      KNOWN_ORGS.has(t.lower) &&
      onward?.kind === 'word' &&
      onward.text === onward.lower &&
      (CUE_VERBS.has(onward.lower) ||
        (onward.lower.length >= 5 && onward.lower.endsWith('ed')) ||
        // (an irregular one: "Arsenal won the game", "Apple beat forecasts")
        PAST_VERBS.has(onward.lower))
    )
      return true;
    // A title opening a sentence before a name: "Secretary of State Maria Delgado arrived".
    const after = tokens[i + 1];
    if (
      TITLE_WORDS.has(t.lower) &&
      after &&
      (after.cap || ((after.text === 'of' || after.text === 'for') && tokens[i + 2]?.cap))
    )
      return true;
    // ... or a body's head: "Universal Pictures said", "General Motors reported".
    const headAfter = tokens[i + 1];
    if (
      headAfter?.cap &&
      headAfter.kind === 'word' &&
      headAfter.start === t.end + 1 &&
      COMPANY_HEADS.has(headAfter.lower) &&
      !ORG_HEADS.has(t.lower) &&
      !tokens[i + 2]?.cap
    )
      return true;
    // ... or a colour or sky word two words before one: "Blue Star Ferries and Seajets cancelled",
    // "Golden Dragon Airlines said" (no other opener: not "Today General Motors").
    const middle = tokens[i + 1];
    const head3 = tokens[i + 2];
    if (
      middle?.cap &&
      middle.kind === 'word' &&
      middle.start === t.end + 1 &&
      head3?.cap &&
      head3.kind === 'word' &&
      head3.start === middle.end + 1 &&
      (COMPANY_HEADS.has(head3.lower) || COLOUR_NAME_HEADS.has(head3.lower)) &&
      !COMPANY_HEADS.has(middle.lower) &&
      !ORG_HEADS.has(t.lower) &&
      !TITLE_WORDS.has(t.lower) &&
      !FUNCTION_WORDS.has(t.lower) &&
      !lex.places.has(middle.lower) &&
      !lex.countries.has(middle.lower) &&
      !tokens[i + 3]?.cap &&
      COLOUR_AND_SKY_WORDS.has(t.lower)
    )
      return true;
    // ... or before a capitalized "Without" inside a name: "Doctors Without Borders".
    if (withoutInName(i + 1)) return true;
    // ... or an everyday word described as a body in apposition: "Unite, the union, said",
    // "Unison, the largest public sector union,".
    if (tokens[i + 1]?.text === ',' && describedAsBody(i + 2)) return true;
    // ... or a short family name before an East Asian hyphenated given name: "Ma Ying-jeou".
    const given = tokens[i + 1];
    if (
      t.text.length <= 5 &&
      given?.kind === 'word' &&
      given.start === t.end + 1 &&
      given.sentence === t.sentence &&
      given.text.indexOf('-') > 0 &&
      HYPHENATED_GIVEN.test(given.text)
    )
      return true;
    // ... or a word that is a family name too, opening a company's name that runs on over two
    // capitalized words or more to its legal suffix: "Sierra Pacifica Energy Holdings Inc. said",
    // "Golden Poppy Mutual Insurance Co. and ...".
    if (lex.nameParts.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && !TITLE_WORDS.has(t.lower)) {
      let k = i + 1;
      while (
        k < i + 6 &&
        tokens[k]?.cap &&
        tokens[k]?.kind === 'word' &&
        tokens[k]?.sentence === t.sentence &&
        !COMPANY_SUFFIXES.has(stripDots(tokens[k]?.lower ?? ''))
      )
        k++;
      if (k >= i + 3 && tokens[k]?.cap && COMPANY_SUFFIXES.has(stripDots(tokens[k]?.lower ?? '')))
        return true;
    }
    // ... or any everyday word opening a club's name that runs on to the club's suffix: "Rivers United
    // FC, the league champions,".
    {
      let k = i + 1;
      while (k < i + 4 && tokens[k]?.cap && tokens[k]?.kind === 'word' && tokens[k]?.sentence === t.sentence)
        k++;
      if (k >= i + 3 && CLUB_SUFFIXES.has(tokens[k - 1]?.text ?? '') && !FUNCTION_WORDS.has(t.lower))
        return true;
    }
    // A common word that starts a sentence is a name only when a name follows it ("Mark Hamill").
    const next = tokens[i + 1];
    // The family name may be an everyday word too when it is a name part seen capitalized mid-sentence
    // ("Bill Tanner" opening a story that later names "Hillary Tanner").
    return (
      !!next &&
      next.cap &&
      next.kind === 'word' &&
      next.start - t.end === 1 &&
      (!lex.commonWords.has(next.lower) ||
        (midCaps.has(next.text) && lex.nameParts.has(next.lower)) ||
        // ... or a capitalized particle before one: "Maria Van Kerkhove", "Anna De Luca".
        (CAP_PARTICLES.has(next.text) && !!tokens[i + 2]?.cap && tokens[i + 2]?.kind === 'word')) &&
      lex.firstNames.has(t.lower)
    );
  };

  /** The kind word at `k` closes a compound of lower-case nouns: "grid operator", "oil producer". */
  const compoundKindAt = (k: number): boolean => {
    const m = tokens[k - 1];
    return (
      !!m && m.kind === 'word' && m.text === m.lower && !FUNCTION_WORDS.has(m.lower) && m.lower.length > 2
    );
  };
  /**
   * "Epic Games", "Riot Games": a studio, not a sporting event, when no word before "Games" says
   * what event ("Olympic", "Commonwealth", "Asian", "Winter", a place or a nationality) and no
   * "the" opens it ("the Hunger Games").
   */
  const gamesStudio = (words: readonly string[]): boolean => {
    if (words.length !== 2 || words[1] !== 'games') return false;
    const w = words[0] ?? '';
    return (
      !GAMES_EVENTS.has(w) &&
      !lex.demonyms.has(w) &&
      !lex.places.has(w) &&
      !lex.countries.has(w) &&
      !lex.regions.has(w)
    );
  };
  /** An unknown capitalized adjective ending like a nationality ("-ian", "-ean", "-ese", "-ine") before a noun. */
  /** Capitalized everyday words `from`..`to` are a title's portfolio after "of": "Chief of Army Staff". */
  const portfolioAfterTitle = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const w = tokens[k];
      if (!w || !w.cap || w.kind !== 'word' || !lex.commonWords.has(w.lower)) return false;
    }
    // (back over more of the portfolio and its joins: "of Roads and Urban Development")
    let k = from - 1;
    const everyday = (w: string): boolean =>
      lex.commonWords.has(w) || (w.endsWith('s') && lex.commonWords.has(w.slice(0, -1)));
    while (
      k > from - 6 &&
      (tokens[k]?.lower === 'and' ||
        (tokens[k]?.cap && tokens[k]?.kind === 'word' && everyday(tokens[k]?.lower ?? '')))
    )
      k--;
    const title = tokens[k - 1];
    return (
      tokens[k]?.lower === 'of' &&
      !!title?.cap &&
      (TITLE_CORE.has(title.lower) || TITLE_CORE.has(stripDots(title.lower)))
    );
  };
  const regionAdjective = (t: Token, next: Token | undefined, key: string): boolean =>
    key.length >= 6 &&
    (key.endsWith('an') || key.endsWith('ese') || key.endsWith('ine')) &&
    t.cap &&
    t.kind === 'word' &&
    next?.kind === 'word' &&
    next.text === next.lower &&
    next.start === t.end + 1 &&
    !FUNCTION_WORDS.has(next.lower) &&
    !CUE_VERBS.has(next.lower) &&
    !next.lower.endsWith('ed') &&
    // (before an area's kind it is the area's name: "in Honggutan district", "Yishan township"; so
    // before a river's or a mountain's, unless it ends like an adjective: "the Kinabatangan river",
    // not "the Andean mountains")
    !AREA_KIND_AFTER.has(next.lower) &&
    !(GEO_FEATURE_AFTER.has(next.lower) && !/(?:ian|ean|ese|ine)$/u.test(key)) &&
    !lex.places.has(key) &&
    !lex.countries.has(key) &&
    !lex.firstNames.has(key) &&
    !lex.nameParts.has(key) &&
    !lex.companies.has(key) &&
    !KNOWN_ORGS.has(key) &&
    // (nor the short form of a firm the story names in full with a body's head or a legal form after
    // the word: "a Coastline spokeswoman" after "Coastline Group")
    !(
      key.endsWith('ine') &&
      tokens.some(
        (u, k) =>
          u.lower === key &&
          u.cap &&
          !!tokens[k + 1]?.cap &&
          (ORG_HEADS.has(tokens[k + 1]?.lower ?? '') ||
            COMPANY_SUFFIXES.has(stripDots(tokens[k + 1]?.lower ?? ''))),
      )
    );
  // Could the words of `key` (or of it without dots) open a country or place name?
  const mayOpenPlace = (key: string): boolean =>
    lex.placePrefixes.has(key) || (key.includes('.') && lex.placePrefixes.has(stripDots(key)));
  // Gazetteer matches by start token, looked up once per token (the passes below ask again and
  // again): element len-1 is the match of the span of `len` tokens, a country code, '' for a
  // place or undefined for none; the list ends where the words stop opening any name.
  const placeMatches = new Array<ReadonlyArray<string | undefined> | undefined>(tokens.length);
  const matchesAt = (from: number): ReadonlyArray<string | undefined> => {
    const hit = placeMatches[from];
    if (hit) return hit;
    const out: Array<string | undefined> = [];
    let key = '';
    for (let len = 1; len <= lex.maxPlaceTokens && from + len <= tokens.length; len++) {
      const t = tokens[from + len - 1] as Token;
      if (t.text !== '.') key = key.length === 0 ? t.lower : `${key} ${t.lower}`;
      if (!mayOpenPlace(key)) break;
      const dotted = key.includes('.');
      out.push(
        lex.countries.get(key) ??
          (dotted ? lex.countries.get(stripDots(key)) : undefined) ??
          (lex.places.has(key) ? '' : undefined),
      );
    }
    if (from >= 0 && from < tokens.length) placeMatches[from] = out;
    return out;
  };
  const placeMatch = (from: number, to: number): { len: number; code?: string } | undefined => {
    // The longest match wins, within [from, to).
    const found = matchesAt(from);
    for (let len = Math.min(found.length, to - from); len >= 1; len--) {
      const code = found[len - 1];
      if (code === '') return { len };
      if (code !== undefined) return { len, code };
    }
    return undefined;
  };
  /** Where a known place of up to three words ends right before `end` ("Tel Aviv" of "Tel Aviv's"), its first token; else -1. */
  const placeEndingAt = (end: number): number => {
    for (let s0 = end - 3; s0 < end; s0++) if (s0 >= 0 && placeMatch(s0, end)?.len === end - s0) return s0;
    return -1;
  };
  /**
   * The name in [from, to) is governed by a mayor or governor whose title follows it ("Rolling
   * Fork Mayor Eldridge Walker"): a town or state, unless a body's head word or a known body is in
   * it ("Bank of England Governor", "Fed Governor").
   */
  const jurisdictionOf = (from: number, to: number): boolean => {
    let title = false;
    for (let k = to; k < to + 3 && !title; k++) {
      const x = tokens[k]?.lower;
      title = x === 'mayor' || x === 'governor';
    }
    // (a known body's whole name is no jurisdiction: "Federal Reserve Governor")
    if (!title || KNOWN_ORGS.has(spanKey(tokens, from, to, '_'))) return false;
    for (let k = from; k < to; k++) {
      const x = tokens[k]?.lower ?? '';
      if (ORG_HEADS.has(x) || KNOWN_ORGS.has(x) || lex.companies.has(x)) return false;
    }
    return true;
  };
  /** End of the plain capitalized words from k in k's sentence (at most six). */
  const properEnd = (k: number): number => {
    let e = k;
    while (e - k < 6 && isProper(e) && tokens[e]?.sentence === tokens[k]?.sentence) e++;
    return e;
  };
  const knownOrgAt = (a: number, b: number): boolean => {
    for (let e = b; e > a; e--) {
      if (KNOWN_ORGS.has(spanKey(tokens, a, e, '_')) || lex.companies.has(spanKey(tokens, a, e))) return true;
    }
    return false;
  };
  /**
   * Does the name run [i, j) go on over the lower-case connector at j? Returns the index of the next
   * name word, or -1. "Council on Foreign Relations" (a body's subject), "University of Texas at
   * Arlington" (a campus), "Bosnia and Herzegovina" (a country's name), "Bill and Melinda Gates
   * Foundation" (founders before a foundation-like head), "Department of Health and Human Services"
   * (the second subject of an "X of" name). Names merely listed ("Blinken and Wang", "the Senate on
   * Capitol Hill", "Harvard and Yale University") stay apart.
   */
  /** A body's head followed by "of" or "for" among tokens [i, j): "Board of Control", "Institute for the Study". */
  const headOfBefore = (i: number, j: number): boolean => {
    for (let m = i; m + 2 < j; m++) {
      const link = tokens[m + 1]?.lower;
      if ((link === 'of' || link === 'for') && ORG_HEADS.has(tokens[m]?.lower ?? '')) return true;
    }
    return false;
  };
  /** Could the word at `k` own a body: a country, place, nationality, acronym or known body ("the EU's General Court")? */
  const ownerAt = (k: number): boolean => {
    const t = tokens[k];
    if (!t) return false;
    return (
      isAcronym(t) ||
      lex.countries.has(t.lower) ||
      lex.places.has(t.lower) ||
      lex.demonyms.has(t.lower) ||
      KNOWN_ORGS.has(t.lower) ||
      lex.companies.has(t.lower)
    );
  };
  /** One capitalized word at `k` and a lower-case kind of place after it: "Nest stadium" ("the Bird's Nest stadium"). */
  const kindAfterRun = (k: number): boolean => {
    const kind = tokens[k + 1];
    return (
      !!tokens[k]?.cap &&
      tokens[k]?.kind === 'word' &&
      kind?.kind === 'word' &&
      kind.text === kind.lower &&
      PLACE_KIND_AFTER.has(kind.text)
    );
  };
  /** Is [from, to) a party of a case name: "Roe v. Wade", "Brown vs. Board"? */
  const caseNameAt = (from: number, to: number): boolean => {
    const isV = (k: number): boolean => {
      const v = tokens[k];
      return !!v && (v.text === 'v' || v.text === 'vs') && v.kind === 'word';
    };
    // after the name: "X v. Y" / "X v Y"
    if (isV(to) && (tokens[to + 1]?.text === '.' ? tokens[to + 2] : tokens[to + 1])?.cap) return true;
    // before it: "v. Y" / "v Y"
    const before = tokens[from - 1]?.text === '.' ? from - 2 : from - 1;
    return isV(before) && !!tokens[before - 1]?.cap;
  };
  /** A person's role in apposition after "a" right after `to`: ", a 23-year-old singer from Kaduna". */
  const roleInApposition = (to: number): boolean => {
    const a = tokens[to + 1]?.lower;
    // (or "the": "Carles Puigdemont, the former Catalan leader", over a people's adjective)
    if (tokens[to]?.text !== ',' || (a !== 'a' && a !== 'an' && a !== 'the')) return false;
    for (let k = to + 2; k < to + 9; k++) {
      const w = tokens[k];
      if (!w || (w.kind === 'word' && w.cap && !(a === 'the' && lex.demonyms.has(w.lower)))) return false;
      if (w.kind !== 'word' && w.kind !== 'num' && w.text !== '-') return false;
      if (
        w.kind === 'word' &&
        (TITLE_CORE.has(w.text) || ROLE_NOUNS.has(w.text) || PEOPLE_BY_TRADE.has(w.text))
      )
        return true;
      if (w.kind === 'word' && FUNCTION_WORDS.has(w.text) && k > to + 2) return false;
    }
    return false;
  };
  /** A person's role or a body's kind among the lower-case words from `k`: "India's chief climate
   * delegate", "Germany's biggest union". */
  const roleAfter = (k: number): 'person' | 'body' | undefined => {
    for (let e = k; e < k + 4; e++) {
      const w = tokens[e];
      if (!w || w.kind !== 'word' || w.text !== w.lower) return undefined;
      // (or a superlative's man or woman: "Aliko Dangote, Africa's richest man,")
      if (TITLE_WORDS.has(w.text) || ROLE_NOUNS.has(w.text) || w.text === 'man' || w.text === 'woman')
        return 'person';
      if (BODY_KINDS.has(w.text)) return 'body';
    }
    return undefined;
  };
  /** A name that speaks ("... said") or follows a title ("Judge ..."): a person's by its context. */
  const spokenOrTitled = (from: number, to: number): boolean => {
    const next = tokens[to];
    if (next?.kind === 'word' && next.text === next.lower && CUE_VERBS.has(next.lower))
      return tokens[from - 1]?.lower !== 'the';
    return TITLE_WORDS.has(tokens[from - 1]?.lower ?? '') && !!tokens[from - 1]?.cap;
  };
  // Given names before a family name that is also a head: "Therese Chambers", "Sherry Ann Chambers",
  // "Randy Abbey", "Hyun-woo Park".
  const givenThenFamilyHead = (from: number, to: number): boolean => {
    const last = tokens[to - 1];
    // (over a saint's "St." inside the family name: "Rafael St. Hill")
    const saint = to - from >= 4 && tokens[to - 3]?.text === 'St' && tokens[to - 2]?.text === '.';
    const span = saint ? to - from - 2 : to - from;
    if (!last || span < 2 || span > 3) return false;
    // ("Park" only after a Korean given name: "Hyun-woo Park", not "Albert Park")
    if (last.lower === 'park') return to - from === 2 && HYPHENATED_GIVEN.test(tokens[from]?.text ?? '');
    // ("Bridge" only where the name speaks or a speech verb comes before it: "Tim Bridge said", "said
    // Tim Bridge, a partner", not "across Albert Bridge")
    if (last.lower === 'bridge') {
      const cueBefore = tokens[from - 1];
      return (
        to - from === 2 &&
        lex.firstNames.has(tokens[from]?.lower ?? '') &&
        (spokenOrTitled(from, to) ||
          (cueBefore?.kind === 'word' && cueBefore.text === cueBefore.lower && CUE_VERBS.has(cueBefore.text)))
      );
    }
    if (!FAMILY_NAME_HEADS.has(last.lower)) return false;
    // (a street's name after "on": "a Kroger on Mallory Lane")
    const on = tokens[from - 1]?.lower;
    if (on === 'on' || on === 'along' || on === 'off') return false;
    for (let k = from; k < (saint ? to - 3 : to - 1); k++) {
      const g = tokens[k] as Token;
      if (!g.cap || g.kind !== 'word' || ORG_HEADS.has(g.lower) || PLACE_HEADS.has(g.lower)) return false;
      // (a place's name before a head is that place's: "Victoria Harbour"; not before a speech verb or
      // after a title: "Mary Lane said", "Judge Mary Lane")
      if (to - from === 2 && lex.places.has(g.lower) && !spokenOrTitled(from, to)) return false;
      if (!lex.firstNames.has(g.lower) && !(k === from && HYPHENATED_GIVEN.test(g.text))) return false;
    }
    return true;
  };
  /** Do the capitalized words from `k` end in a body's head within three words ("Association")? */
  /** Where each paragraph's credit line opens ("Reporting by"), by paragraph; found once per story. */
  let creditOpens: Map<number, number> | undefined;
  /** Token `k` stands in a wire story's credit line, after "Reporting by" in its paragraph. */
  const inCreditLine = (k: number): boolean => {
    if (!creditOpens) {
      creditOpens = new Map();
      for (let j = 1; j < tokens.length; j++) {
        const t = tokens[j] as Token;
        if (t.text === 'by' && CREDIT_WORDS.has(tokens[j - 1]?.lower ?? '') && !creditOpens.has(t.paragraph))
          creditOpens.set(t.paragraph, j);
      }
    }
    const opens = creditOpens.get(tokens[k]?.paragraph ?? -1);
    return opens !== undefined && opens < k;
  };
  /** An everyday word or a disease a body's aim names (`k`), one word: "to Fight AIDS, Tuberculosis". */
  const aimItem = (k: number): boolean => {
    const w = tokens[k];
    return (
      !!w?.cap &&
      w.kind === 'word' &&
      tokens[k + 1]?.cap !== true &&
      (lex.commonWords.has(w.lower) || DISEASES.has(w.lower) || w.lower === 'aids')
    );
  };
  const officerFundAt = (k: number): boolean => {
    for (let e = k; e < k + 4 && tokens[e]?.cap && tokens[e]?.kind === 'word'; e++)
      if (OFFICER_FUND_HEADS.has(tokens[e]?.lower ?? '') && !tokens[e + 1]?.cap) return e > k;
    return false;
  };
  const headedRunAt = (k: number): boolean => {
    for (let e = k; e < k + 3 && tokens[e]?.cap && tokens[e]?.kind === 'word'; e++)
      if (ORG_HEADS.has(tokens[e]?.lower ?? '') && !tokens[e + 1]?.cap) return true;
    return false;
  };
  const possessivePlaceAt = (owner: number, named: number): boolean => {
    const prep = tokens[owner - 1]?.lower ?? '';
    const n = tokens[named];
    const ownerTok = tokens[owner];
    // (anywhere, a place the lists spell with it: "Cox's Bazar", "Hawke's Bay")
    if (n && ownerTok && lex.places.has(`${ownerTok.lower}'s ${n.lower}`)) return true;
    if (!n || !ownerTok || (prep !== 'in' && prep !== 'at' && prep !== 'near')) return false;
    if (n.kind !== 'word' || !n.cap || tokens[named + 1]?.cap) return false;
    const w = n.lower;
    return (
      !lex.places.has(w) &&
      !lex.countries.has(w) &&
      !lex.demonyms.has(w) &&
      !ORG_HEADS.has(w) &&
      !PLACE_HEADS.has(w) &&
      !FUNCTION_WORDS.has(w) &&
      !fullNameWords.has(ownerTok.text) &&
      !lex.places.has(ownerTok.lower) &&
      !lex.countries.has(ownerTok.lower) &&
      // (nor a town of more words: "in San Sebastián's Gros neighbourhood")
      placeEndingAt(owner + 1) < 0
    );
  };
  /** An everyday word of a body's remit: capitalized, no name, place or body's head ("Logistics"). */
  const remitWord = (m: number): boolean => {
    const w = tokens[m];
    return (
      !!w &&
      w.cap &&
      w.kind === 'word' &&
      (lex.commonWords.has(w.lower) || MINISTRY_FIELDS.has(w.lower)) &&
      (!lex.firstNames.has(w.lower) || lex.coreWords.has(w.lower)) &&
      // (a town named by an everyday word is the remit's word: "Food and Drug Safety")
      (!lex.places.has(w.lower) || (lex.commonWords.has(w.lower) && !lex.regions.has(w.lower))) &&
      !lex.countries.has(w.lower) &&
      (!bodyHead(w.lower) || AGENCY_FIELD_WORDS.has(w.lower) || MINISTRY_FIELDS.has(w.lower)) &&
      !TITLE_CORE.has(w.lower)
    );
  };
  // A body's remit of two fields after its head's "for" or "of", the second one everyday word:
  // "Agency for Regulation and Development", "Ministry of Transport and Logistics", "National
  // Institute for Public Health and the Environment" (not a body's head or a title after "and",
  // nor more capitals after its word: "the Ministry of Defence and Interior Minister Dana Holt",
  // "Local Government and Social Care Ombudsman").
  const remitAfterAnd = (i: number, j: number): number => {
    let head = -1;
    for (let m = j - 2; m >= i && m >= j - 4; m--) {
      const link = tokens[m]?.text;
      // (or "on": "Committee on Science and Technology")
      if (
        (link === 'for' || link === 'of' || link === 'on') &&
        ORG_HEADS.has(tokens[m - 1]?.lower ?? '') &&
        m - 1 >= i
      ) {
        head = m + 1;
        break;
      }
    }
    if (head < 0 || j - head > 2) return -1;
    for (let m = head; m < j; m++) if (!remitWord(m)) return -1;
    const k2 = tokens[j + 1]?.text === 'the' ? j + 2 : j + 1;
    const after = tokens[k2 + 1];
    if (!remitWord(k2) || tokens[k2]?.sentence !== tokens[j]?.sentence) return -1;
    if (after?.cap && after.kind === 'word' && after.sentence === tokens[k2]?.sentence) {
      // (two everyday words there close a body's remit where no capital follows them: "Ministry of
      // Food and Drug Safety", not "Ministry of Defence and Home Affairs Minister Dana Holt")
      const then = tokens[k2 + 2];
      const closed = !then || !then.cap || then.sentence !== after.sentence;
      const body = BODY_REMIT_HEADS.has(tokens[head - 2]?.lower ?? '');
      return body && closed && remitWord(k2 + 1) ? k2 : -1;
    }
    return k2;
  };
  /** Does the name ending before `to` speak or go by its initials ("... said", "... (GRJI)")? */
  const actingBody = (to: number): boolean => {
    const next = tokens[to];
    if (next?.text === '(' && tokens[to + 2]?.text === ')' && isAcronym(tokens[to + 1] as Token)) return true;
    return next?.kind === 'word' && next.text === next.lower && CUE_VERBS.has(next.lower);
  };
  /** A body, not a policy, is what an "Initiative" names where its kind, where it is based or a
   * person's role at it stands before ("the advocacy group Haki Watoto Initiative", "the
   * Lagos-based Veterans Rights Initiative", "a researcher at the Arab Reform Initiative") or an
   * apposition after (", a Kyiv-based watchdog"), or where it speaks or has initials. */
  const initiativeBody = (from: number, to: number): boolean => {
    if (actingBody(to) || bodyInApposition(to)) return true;
    const k = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
    const before = tokens[k];
    if (!before || before.kind !== 'word' || before.text !== before.lower) return false;
    if (ORG_KIND_BEFORE.has(before.text) || (before.text === 'based' && tokens[k - 1]?.text === '-'))
      return true;
    const role = tokens[k - 1]?.lower ?? '';
    return (
      (before.text === 'at' || before.text === 'of' || before.text === 'with') &&
      k < from - 1 &&
      (TITLE_WORDS.has(role) || ROLE_NOUNS.has(role) || ADVOCATE_PLURALS.has(role) || role === 'founder')
    );
  };
  const causeForBody = (i: number, j: number, k: number): boolean => {
    for (let m = i; m < j; m++) {
      const w = tokens[m] as Token;
      if (!w.cap || w.kind !== 'word' || !lex.commonWords.has(w.lower) || lex.places.has(w.lower))
        return false;
      if (lex.firstNames.has(w.lower) && !lex.coreWords.has(w.lower)) return false;
    }
    const end = properEnd(k);
    return end - k >= 2 && end - k <= 4 && FOUNDED_HEADS.has(tokens[end - 1]?.lower ?? '');
  };
  const connectorContinues = (i: number, j: number): number => {
    const t = tokens[j];
    const prev = tokens[j - 1];
    // A body's subject after "on the": "Standing Committee on the Federal Judiciary", "Committee on
    // the Elimination of Racial Discrimination" (not a place: "Commission on the Danube").
    if (
      t?.text === 'on' &&
      prev &&
      TOPIC_HEADS.has(prev.lower) &&
      tokens[j + 1]?.text === 'the' &&
      isProper(j + 2) &&
      !DAYS_MONTHS.has(tokens[j + 2]?.lower ?? '')
    ) {
      const end2 = properEnd(j + 2);
      const wholePlace = placeMatch(j + 2, end2)?.len === end2 - j - 2;
      return !PLACE_HEADS.has(tokens[end2 - 1]?.lower ?? '') && !wholePlace ? j + 2 : -1;
    }
    // A Spanish or Portuguese body's cause after "por" or "para" and an article: "Unión por la
    // Patria", "Coordinadora Campesina por la Vida" (words no English list knows before it).
    if ((t?.text === 'por' || t?.text === 'para') && j > i) {
      const art = CAUSE_ARTICLES.has(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
      const cause = tokens[art];
      if (
        cause?.cap &&
        cause.kind === 'word' &&
        cause.sentence === t.sentence &&
        tokens
          .slice(i, j)
          .every(
            (w) =>
              !lex.commonWords.has(w.lower) || ROMANCE_ORG_HEADS.has(w.lower) || HEAD_FIRST_ORGS.has(w.lower),
          )
      )
        return art;
    }
    const k = j + 1;
    const n = tokens[k];
    if (t?.text === 'and') {
      const remit = remitAfterAnd(i, j);
      if (remit > 0) return remit;
    }
    if (!t || !prev || !n || t.kind !== 'word' || t.text !== t.lower || !isProper(k)) return -1;
    if (DAYS_MONTHS.has(n.lower)) return -1;
    let end = properEnd(k);
    // (up to a body's head before a title: "Securities and Exchange Commission Chair Dana X")
    for (let m = k + 1; m < end; m++)
      if (ORG_HEADS.has(tokens[m - 1]?.lower ?? '') && TITLE_WORDS.has(tokens[m]?.lower ?? '')) {
        end = m;
        break;
      }
    const lastCont = tokens[end - 1]?.lower ?? '';
    // A nationality alone after "and", before a lower-case word, describes the next thing named: "the
    // Ministry of Trade and Industry and Italian carmaker X".
    if (
      t.text === 'and' &&
      end === k + 1 &&
      lex.demonyms.has(n.lower) &&
      tokens[end]?.kind === 'word' &&
      tokens[end]?.text === tokens[end]?.lower
    )
      return -1;
    // A party's name before its kind: "the Brothers of Italy party".
    const kind = tokens[end];
    if (
      t.text === 'of' &&
      kind?.kind === 'word' &&
      kind.text === kind.lower &&
      PARTY_NOUNS.has(kind.text) &&
      tokens[i - 1]?.lower !== 'of'
    )
      return k;
    // ... and so is one of two everyday words joined by "and": "the Law and Sovereignty party" (not
    // two parties' words: "the Labour and Conservative party")
    if (
      t.text === 'and' &&
      j - i === 1 &&
      end - k === 1 &&
      kind?.kind === 'word' &&
      kind.text === kind.lower &&
      PARTY_NOUNS.has(kind.text) &&
      [prev, n].every(
        (w) =>
          lex.commonWords.has(w.lower) &&
          !lex.demonyms.has(w.lower) &&
          !KNOWN_ORGS.has(w.lower) &&
          !PARTY_FAMILY_WORDS.has(w.lower) &&
          !lex.places.has(w.lower),
      )
    )
      return k;
    if (t.text === 'on') {
      const wholePlace = placeMatch(k, end)?.len === end - k;
      return TOPIC_HEADS.has(prev.lower) && !PLACE_HEADS.has(lastCont) && !wholePlace ? k : -1;
    }
    // An inquiry's subject after "into": "Royal Commission into Aboriginal Deaths", "Commission of
    // Inquiry into Remand and Pre-Trial Detention".
    if (t.text === 'into') {
      const wholePlace = placeMatch(k, end)?.len === end - k;
      return INQUIRY_HEADS.has(prev.lower) && !PLACE_HEADS.has(lastCont) && !wholePlace ? k : -1;
    }
    // A mission by the country it serves: "the U.N. Support Mission in Libya", "the OSCE Mission to
    // Bosnia and Herzegovina", "the EU Delegation in Serbia".
    if ((t.text === 'in' || t.text === 'to') && MISSION_HEADS.has(prev.lower))
      return placeMatch(k, k + lex.maxPlaceTokens)?.code ? k : -1;
    if (t.text === 'at') {
      let campus = false;
      for (let m = i; m + 1 < j && !campus; m++)
        campus = CAMPUS_HEADS.has(tokens[m]?.lower ?? '') && tokens[m + 1]?.text === 'of';
      return campus && placeMatch(k, end)?.len === end - k ? k : -1;
    }
    if (t.text !== 'and') return -1;
    // A national agency named by two fields and its country: "Employment and Social Development
    // Canada", "Fisheries and Oceans Canada".
    if (
      j - i <= 2 &&
      AGENCY_FIELD_WORDS.has(tokens[i]?.lower ?? '') &&
      end - k <= 4 &&
      (lex.countries.has(lastCont) || lex.countries.has(spanKey(tokens, end - 2, end))) &&
      !lex.countries.has(spanKey(tokens, k, end))
    )
      return k;
    // Two bodies listed, each of two words or more, the first closed by "International" or a legal
    // suffix, the second ending in its head: "Amnesty International and Human Rights Watch" (not
    // "National Research and Innovation Agency", whose first half ends in a remit word).
    if (
      j - i >= 2 &&
      end - k >= 2 &&
      (prev.lower === 'international' || COMPANY_SUFFIXES.has(stripDots(prev.lower))) &&
      ORG_HEADS.has(lastCont) &&
      tokens.slice(i, j).every((w) => w.cap && w.kind === 'word') &&
      !KNOWN_ORGS.has(spanKey(tokens, i, end, '_')) &&
      !lex.companies.has(spanKey(tokens, i, end))
    )
      return -1;
    // A country, place or known body whose own name has "and" ("Trinidad and Tobago", "Law and
    // Justice").
    for (let s0 = Math.max(i, j - 3); s0 < j; s0++) {
      for (let e = end; e > k; e--) {
        const key = spanKey(tokens, s0, e);
        if (lex.countries.has(key) || lex.places.has(key) || KNOWN_ORGS.has(key.replaceAll(' ', '_')))
          return k;
      }
    }
    // A body serving two places named together: "Chelsea and Westminster Hospital", "Kensington and
    // Chelsea Council" (one word each side, one of them a known place, a body's head after the second).
    if (
      j - i === 1 &&
      end === k + 2 &&
      NESTING_ORG_HEADS.has(lastCont) &&
      !ORG_HEADS.has(prev.lower) &&
      // (a company's name there only before a head bound to places: "Avon and Somerset Police")
      (!knownOrgAt(i, j) || PLACE_BOUND_HEADS.has(lastCont)) &&
      // (not the town of a body named before: "Tohoku University in Sendai and Kyoto University")
      !(tokens[i - 1]?.text === 'in' && ORG_HEADS.has(tokens[i - 2]?.lower ?? '') && !!tokens[i - 2]?.cap) &&
      (placeMatch(i, j)?.len === 1 || placeMatch(k, k + 1)?.len === 1)
    )
      return k;
    const personal = (w: string): boolean => lex.firstNames.has(w) || lex.nameParts.has(w);
    // A cause's second subject: "Communities Against Gatwick Noise and Emissions".
    if (end === k + 1 && lex.commonWords.has(n.lower) && !personal(n.lower)) {
      for (let m = i + 1; m < j - 1; m++) if (withoutInName(m)) return k;
    }
    // A utility named by what it supplies: "Pacific Gas and Electric", "Baltimore Gas and Electric".
    if (j - i >= 2 && end === k + 1 && UTILITY_WORDS.has(prev.lower) && UTILITY_WORDS.has(n.lower)) return k;
    // A title-like name of one word each side with a body's head at the end: "The Globe and Mail".
    const first = tokens[i];
    if (
      j - i === 1 &&
      end === k + 1 &&
      first &&
      tokens[i - 1]?.lower === 'the' &&
      ORG_HEADS.has(n.lower) &&
      !ORG_HEADS.has(first.lower) &&
      !PLACE_HEADS.has(first.lower) &&
      !personal(first.lower) &&
      !placeMatch(i, j) &&
      !knownOrgAt(i, j)
    )
      return k;
    // A company's name with "and" before its legal suffix: "China Road and Bridge Corp", "Procter and
    // Gamble Co".
    // (not two companies: "Walt Disney Co and Netflix Inc", "Apple and Microsoft Corp")
    if (
      j - i <= 3 &&
      end - k >= 2 &&
      end - k <= 3 &&
      COMPANY_SUFFIXES.has(stripDots(lastCont)) &&
      !COMPANY_SUFFIXES.has(stripDots(prev.lower)) &&
      // (nor a company named by its own head before it: "General Motors and Stellantis NV")
      !(j - i >= 2 && ORG_HEADS.has(prev.lower)) &&
      !knownOrgAt(i, j) &&
      !lex.companies.has(spanKey(tokens, i, j))
    )
      return k;
    // (the name's head may come before "of" and its country: "Internet and Mobile Association of
    // India")
    let headEnd = end;
    for (let m = k + 1; m < end - 1; m++)
      if (tokens[m]?.text === 'of' && ORG_HEADS.has(tokens[m - 1]?.lower ?? '')) {
        headEnd = m;
        break;
      }
    const headWord = tokens[headEnd - 1]?.lower ?? '';
    const tradeBeforeGuild = /(?:ers|ors|ists)$/u.test(prev.lower) && GUILD_HEADS.has(headWord);
    // A body named by two everyday nouns: "Crime and Corruption Commission", "Food and Drug
    // Administration", "Securities and Exchange Commission" (not "Harvard and Yale University",
    // nor "the Army and Air Force", whose first part is a body of its own).
    if (
      j - i <= 4 &&
      // (up to four words after "and": "Aviation and Railway Accident Investigation Board")
      headEnd - k <= (j - i <= 2 ? 4 : 3) &&
      headEnd - k >= 2 &&
      ORG_HEADS.has(headWord) &&
      !PLURAL_ORG_HEADS.has(headWord) && // two bodies sharing a head: "the State and Justice Departments"
      // (people of a trade may stand there before a body of members: "Japan Newspaper Publishers and
      // Editors Association")
      (!bodyHead(prev.lower) || tradeBeforeGuild)
    ) {
      let everyday = true;
      // (so may a region or town: "Greater Manchester Fire and Rescue Service", "West Midlands Police
      // and Crime Panel")
      let leadPlace = i;
      while (
        leadPlace < j - 1 &&
        (lex.places.has(tokens[leadPlace]?.lower ?? '') ||
          lex.regions.has(tokens[leadPlace]?.lower ?? '') ||
          COMPASS.has(tokens[leadPlace]?.lower ?? '') ||
          tokens[leadPlace]?.lower === 'greater')
      )
        leadPlace++;
      leadPlace = Math.max(leadPlace, i + (placeMatch(i, j)?.len ?? 0));
      // (or a known body owning it: "United Nations Verification and Inspection Mechanism")
      for (let e = j - 1; e > leadPlace + 1; e--)
        if (KNOWN_ORGS.has(spanKey(tokens, i, e, '_'))) {
          leadPlace = e;
          break;
        }
      // (or a town the lists lack, before an everyday word: "Avon Fire and Rescue Service",
      // "Goonellabah Sports and Aquatic Centre")
      const town = tokens[i];
      if (
        leadPlace === i &&
        j - i >= 2 &&
        !!town?.cap &&
        town.kind === 'word' &&
        !lex.commonWords.has(town.lower) &&
        !lex.firstNames.has(town.lower) &&
        !isAcronym(town)
      )
        leadPlace = i + 1;
      for (let m = i; m < headEnd && everyday; m++) {
        if (m === j || m < leadPlace) continue;
        // (a plural's apostrophe inside the first part: "Peoples' Equality and Democracy Party")
        const mark = tokens[m];
        if (mark?.kind === 'quote' && mark.start === tokens[m - 1]?.end && tokens[m - 1]?.lower.endsWith('s'))
          continue;
        const w = tokens[m]?.lower ?? '';
        // (a nationality or a country may open it: "Scottish Fire and Rescue Service", "the U.S. Food
        // and Drug Administration"; so may a union of countries by its initials: "the U.N. Food and
        // Agriculture Organization")
        // (so may a chamber owning a committee: "the Senate Homeland Security and Governmental
        // Affairs Committee", "House Transportation and Infrastructure Committee")
        if (
          m === i &&
          (lex.demonyms.has(w) ||
            lex.countries.has(w) ||
            lex.countries.has(stripDots(w)) ||
            (j - i >= 2 && isAcronym(tokens[m] as Token) && KNOWN_ORGS.has(stripDots(w))) ||
            (j - i >= 3 && isAcronym(tokens[m] as Token) && w.length >= 3) ||
            ((w === 'senate' || w === 'house') && tokens[end - 1]?.lower === 'committee'))
        )
          continue;
        // (a hyphenated noun by its last part: "Geo-Hazards"; "Sewerage", "Drainage" by their ending)
        const base = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w;
        // (a given name that is also a core word opens one too, before "and": "Land and Environment
        // Court"; and one after an everyday word no name has: "National Forest and Wildlife Service")
        const prevWord = tokens[m - 1]?.lower ?? '';
        // (or an everyday word that is a given name too, before an everyday word no given name: "Marine
        // and Freshwater Research Institute")
        const namedPlainly =
          (m === i && j - i === 1 && lex.coreWords.has(w)) ||
          (m === i &&
            j - i === 1 &&
            lex.commonWords.has(w) &&
            lex.commonWords.has(tokens[k]?.lower ?? '') &&
            !lex.firstNames.has(tokens[k]?.lower ?? '')) ||
          (m > i &&
            m < j &&
            m - 1 >= leadPlace &&
            lex.commonWords.has(prevWord) &&
            !lex.firstNames.has(prevWord) &&
            !lex.nameParts.has(prevWord)) ||
          // (and one after "and" before an everyday word no given name: "Housing and Urban
          // Development Ministry")
          (m > j &&
            m + 1 < headEnd &&
            lex.commonWords.has(w) &&
            lex.commonWords.has(tokens[m + 1]?.lower ?? '') &&
            !lex.firstNames.has(tokens[m + 1]?.lower ?? '') &&
            !lex.nameParts.has(tokens[m + 1]?.lower ?? ''));
        everyday =
          m === headEnd - 1 ||
          // (members of a second trade before a guild's head: "Distillers and Blenders Association")
          // (and of the first trade itself: "Hoteliers and Operators Association")
          ((m === k || m === j - 1) &&
            tradeBeforeGuild &&
            /(?:ers|ors|ists)$/u.test(base) &&
            !lex.firstNames.has(w)) ||
          // (an everyday noun the word lists lack, by its ending: "Midwifery", "Oncology")
          ((lex.commonWords.has(base) ||
            EVERYDAY_NOUN_ENDINGS.test(base) ||
            // (and the Games' adjectives: "National Olympic and Sports Committee")
            base === 'olympic' ||
            base === 'paralympic' ||
            (m > j && /(?:erage|nage)$/u.test(base))) &&
            // A rank word after "and" is an adjective there: "Homicide and Major Enquiry Team".
            // (a given name that is a core word of the language is one here: "Aboriginal Land and Sea Council")
            // (and a title's word opening the name before "and", where no name can follow it:
            // "Justice and Development Party")
            // (also after a modifier or place before it: "the Islamist Justice and Development Party")
            ((m > j || (m === j - 1 && m === Math.max(i, leadPlace))) && TITLE_CORE.has(w)
              ? true
              : (!lex.firstNames.has(w) || (lex.coreWords.has(w) && m > i) || namedPlainly) &&
                !TITLE_CORE.has(w)) &&
            // (a trade's head after "and" names the remit of the head that follows: "Waterways and
            // Shipping Administration")
            // (a body's head inside the words after "and" is a subject too: "Aviation and Railway Accident
            // Investigation Board")
            (!bodyHead(w) ||
              (m === j - 1 && tradeBeforeGuild) ||
              (m > j && w.endsWith('ing') && lex.commonWords.has(w)) ||
              (m > j && m < end - 1)) &&
            !lex.countries.has(w));
      }
      if (everyday) return k;
    }
    // ... and so is an event's, a plan's or a law's, which is then no entity at all: "the Belt and
    // Road Initiative" (not the "Road Initiative" and a person "Belt").
    // (also of two words before "and": "the Wildlife Conservation and Management Act")
    if (
      (j - i === 1 ||
        (j - i === 2 &&
          lex.commonWords.has(tokens[i]?.lower ?? '') &&
          // (a core word of the language that is also a name part opens one too: "the Common
          // Foreign and Security Policy")
          (!personal(tokens[i]?.lower ?? '') || lex.coreWords.has(tokens[i]?.lower ?? '')))) &&
      end - k === 2 &&
      MISC_HEADS.has(lastCont) &&
      lex.commonWords.has(prev.lower) &&
      lex.commonWords.has(n.lower) &&
      !lex.firstNames.has(prev.lower) &&
      !bodyHead(prev.lower) &&
      !lex.countries.has(prev.lower) &&
      !lex.places.has(prev.lower)
    )
      return k;
    // Founders before a foundation-like head: "Bill and Melinda Gates Foundation".
    if (
      FOUNDED_HEADS.has(lastCont) &&
      j - i <= 2 &&
      end - k >= 3 &&
      lex.firstNames.has(n.lower) &&
      personal(tokens[i]?.lower ?? '') &&
      !knownOrgAt(i, j) &&
      !placeMatch(i, j)
    )
      return k;
    // The second subject of a body's "of" or "for" name: "Ministry of Culture and Tourism",
    // "Centers for Disease Control and Prevention".
    let of = -1;
    for (let m = i; m + 1 < j; m++) {
      const link = tokens[m + 1]?.text;
      if (ORG_HEADS.has(tokens[m]?.lower ?? '') && (link === 'of' || link === 'for')) of = m + 2;
    }
    if (of < 0 || j - of > 3 || end - k > 3 || tokens[end]?.text === 'of') return -1;
    // Two lands served together, one word each: "the Charity Commission for England and Wales",
    // "the Law Society of England and Wales" (not before a possessive: "the Bank of England and
    // France's central bank").
    const land = (m: number): boolean =>
      lex.countries.has(tokens[m]?.lower ?? '') ||
      (lex.places.has(tokens[m]?.lower ?? '') && !!tokens[m]?.cap);
    if (of === j - 1 && end === k + 1 && land(of) && land(k) && tokens[end]?.kind !== 'poss') return k;
    // (A given name there is a person, unless every word is an everyday one: "Housing and Urban
    // Development".)
    let everydayRemit = true;
    for (let m = k; m < end && everydayRemit; m++)
      everydayRemit = lex.commonWords.has(tokens[m]?.lower ?? '');
    for (let m = k; m < end; m++) {
      const w = tokens[m]?.lower ?? '';
      if (
        TITLE_CORE.has(w) ||
        (lex.firstNames.has(w) && !everydayRemit) ||
        lex.countries.has(w) ||
        lex.places.has(w)
      )
        return -1;
    }
    // A second body of its own ("and Yale University") is a list, not one name.
    if (ORG_HEADS.has(lastCont) && !lex.commonWords.has(n.lower)) return -1;
    return knownOrgAt(k, end) || placeMatch(k, end) ? -1 : k;
  };

  // 1. Runs of proper tokens, joined by name particles, initials' dots, "&", "of" after head words
  // and the connectors above.
  const runs: Array<[number, number]> = [];
  /** The name in [from, to) holds "of" and a place: "University of Sheffield". */
  const placedByOf = (from: number, to: number): boolean => {
    for (let k = from + 1; k < to - 1; k++) {
      if (tokens[k]?.text !== 'of') continue;
      const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      const w = tokens[at]?.lower ?? '';
      if (lex.places.has(w) || lex.countries.has(w) || lex.regions.has(w)) return true;
    }
    return false;
  };
  // An advocacy body named by its members, their plural an everyday word: "Students for Fair
  // Admissions sued", "the report by Physicians for Human Rights".
  const causeOfWords = (from: number): boolean => {
    let k = from;
    while (tokens[k]?.cap && tokens[k]?.kind === 'word' && lex.commonWords.has(tokens[k]?.lower ?? '')) k++;
    return k > from && !tokens[k]?.cap;
  };
  /** ", a (lower-case words) watchdog" after `end`: an apposition saying what kind of body precedes. */
  const bodyInApposition = (end: number): boolean => {
    if (tokens[end]?.text !== ',' || !/^(?:a|an)$/u.test(tokens[end + 1]?.lower ?? '')) return false;
    for (let k = end + 2; k < end + 8; k++) {
      const w = tokens[k];
      // (over a place's compound: "a Dhaka-based watchdog")
      if (w?.text === '-' || (w?.cap && w.kind === 'word')) continue;
      if (!w || w.kind !== 'word') return false;
      if (ORG_KIND_BEFORE.has(w.lower) || APPOSITION_BODIES.has(w.lower)) return true;
    }
    return false;
  };
  const advocatesOpen = (i: number): boolean => {
    const t = tokens[i] as Token;
    const name = tokens[i + 2];
    if (!t.cap || t.kind !== 'word' || tokens[i + 1]?.text !== 'for' || !name) return false;
    const forPlace = lex.countries.has(name.lower) || lex.places.has(name.lower);
    return (
      // (or a people in the plural: "Jamaicans for Justice", "Americans for Tax Reform")
      (ADVOCATE_PLURALS.has(t.lower) ||
        (t.lower.endsWith('s') &&
          lex.demonyms.has(t.lower) &&
          lex.demonyms.has(t.lower.slice(0, -1)) &&
          // (not a time: "news for Americans for Christmas")
          !HOLIDAYS.has(name?.lower ?? '') &&
          !DAYS_MONTHS.has(name?.lower ?? ''))) &&
      titleParas[t.paragraph] !== 1 &&
      isProper(i + 2) &&
      // (a person after "for" is a client: "Lawyers for Sam Bankman-Fried"; "Fair" opens a cause)
      (!lex.firstNames.has(name.lower) ||
        (lex.coreWords.has(name.lower) && !lex.nameParts.has(tokens[i + 3]?.lower ?? ''))) &&
      // (so is a known body, place or country: "Lawyers for Tesla said", "Lawyers for Rio Tinto")
      !lex.companies.has(name.lower) &&
      !lex.companies.has(spanKey(tokens, i + 2, i + 4)) &&
      !KNOWN_ORGS.has(name.lower) &&
      // (a country or place is a client of lawyers only: "Lawyers for Ukraine told the court"; other
      // people in the plural for a country are a body: "Airlines for America said")
      !(CLIENT_PLURALS.has(t.lower) && forPlace) &&
      // (opening a sentence, where "Lawyers for Rio Tinto said" names a client, a cause of
      // everyday words only: "Physicians for Human Rights said"; or any name a body's kind follows in
      // apposition: "Citizens for Good Governance, a Dhaka-based watchdog,"; or a country or place
      // after others than lawyers)
      (!t.initial ||
        causeOfWords(i + 2) ||
        bodyInApposition(properEnd(i + 2)) ||
        (forPlace && !CLIENT_PLURALS.has(t.lower)))
    );
  };
  const subheads = capitalSubheads(tokens, lex);
  /** An ordinal and a street's kind at `k`: "1st Road", "25th Street". */
  const numberedStreet = (k: number): boolean => {
    const n = tokens[k];
    const head = tokens[k + 1];
    return (
      n?.kind === 'num' &&
      /^\d+(?:st|nd|rd|th)$/u.test(n.text) &&
      !!head?.cap &&
      head.start === n.end + 1 &&
      STREET_HEADS.has(head.lower)
    );
  };
  for (let i = 0; i < tokens.length; i++) {
    // (a numbered street after a preposition of place: "on 25th Street")
    const numbered =
      tokens[i]?.kind === 'num' && numberedStreet(i) && LOCATIVES.has(tokens[i - 1]?.text ?? '');
    if (!numbered && !isProper(i) && !advocatesOpen(i)) continue;
    if (subheads?.has((tokens[i] as Token).paragraph)) continue;
    let j = numbered ? i + 2 : i + 1;
    // A known body with lower-case words in its name: "Gift of the Givers", "Lock the Gate Alliance".
    const known = knownBodyWithLinks(i);
    if (known > 0) j = i + known;
    for (;;) {
      const t = tokens[j];
      const prev = tokens[j - 1];
      if (!t || !prev || t.paragraph !== prev.paragraph || t.sentence !== prev.sentence) break;
      if (isProper(j)) {
        j++;
        continue;
      }
      // (a known body's letter that reads as an article: "Serie A", "Serie B")
      if (
        t.kind === 'word' &&
        t.text.length === 1 &&
        t.cap &&
        KNOWN_ORGS.has(spanKey(tokens, j - 1, j + 1, '_'))
      ) {
        j++;
        continue;
      }
      // A Czech or Slovak body's lower-case noun after its capitalized adjective: "Tatra banka",
      // "Česká spořitelna", "Moravskoslezská energetika".
      if (t.kind === 'word' && SLAVIC_BODY_NOUNS.has(t.text) && t.start === prev.end + 1 && prev.cap) {
        j++;
        continue;
      }
      // A family name cut to its initial, as Dutch and Belgian copy names suspects: "Youssef B.",
      // "Ricardo van L." (after a given name or its particle, before no more name).
      // (or two: "Joost van der M.")
      let initialAt = j;
      while (
        initialAt < j + 2 &&
        tokens[initialAt]?.kind === 'word' &&
        NAME_PARTICLES.has(tokens[initialAt]?.text ?? '')
      )
        initialAt++;
      const initial = tokens[initialAt];
      if (
        initial?.kind === 'word' &&
        /^\p{Lu}$/u.test(initial.text) &&
        tokens[initialAt + 1]?.text === '.' &&
        tokens[initialAt + 1]?.start === initial.end &&
        t.start === prev.end + 1 &&
        j === i + 1 &&
        lex.firstNames.has(prev.lower) &&
        !tokens[initialAt + 2]?.cap
      ) {
        j = initialAt + 2;
        continue;
      }
      // (a Romance street's number after its head, and a date's month after it: "Calle 73", "Avenida 9
      // de Julio", "Carrera 7")
      if (
        t.kind === 'num' &&
        j === i + 1 &&
        prev.cap &&
        NUMBERED_STREET_FIRST.has(prev.lower) &&
        t.start === prev.end + 1 &&
        /^\d{1,3}$/u.test(t.text)
      ) {
        j++;
        if (tokens[j]?.text === 'de' && DAYS_MONTHS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1]?.cap)
          j += 2;
        continue;
      }
      // (a numbered treaty's number before the body or people named after it: "Treaty 6
      // Confederacy", "Treaty 8 First Nations")
      if (
        t.kind === 'num' &&
        prev.text === 'Treaty' &&
        t.start === prev.end + 1 &&
        /^\d{1,2}$/u.test(t.text) &&
        isProper(j + 1)
      ) {
        j++;
        continue;
      }
      // (a name and a numbered street: "Jhongshan 1st Road")
      if (t.kind === 'num' && numberedStreet(j) && t.start === prev.end + 1) {
        j += 2;
        continue;
      }
      // (a legal or trade suffix that is also an everyday acronym: "Kaveri AI", "Mistral AI")
      if (
        t.kind === 'word' &&
        t.text === 'AI' &&
        t.start === prev.end + 1 &&
        prev.cap &&
        prev.kind === 'word' &&
        !lex.commonWords.has(prev.lower)
      ) {
        j++;
        continue;
      }
      const twoBack = tokens[j - 2]?.lower;
      const groupLetter = prev.text.length === 1 && (twoBack === 'group' || twoBack === 'pool');
      // An initial ("L. Ron Hubbard") or a saint's, mount's or fort's abbreviation ("St. Peter").
      // (or Muhammad's inside a name: "Abu Sayeed Md. Mahbub-ul-Alam")
      const abbrevPlace =
        prev.lower === 'st' ||
        prev.lower === 'ste' ||
        prev.lower === 'mt' ||
        prev.lower === 'ft' ||
        ((prev.text === 'Md' || prev.text === 'Mohd') &&
          j - 1 > i &&
          !TITLE_WORDS.has(stripDots(tokens[j - 2]?.lower ?? '')) &&
          tokens[j - 2]?.text !== '.') ||
        // (or a two-letter initial inside a name: "Dauletbay Kh. Tazhimuratov")
        (TWO_LETTER_INITIAL.test(prev.text) && j - 1 > i) ||
        // (or María's opening a Filipino name: "Ma. Cristina Dela Cruz-Uy")
        // (also after a title: "NTC Commissioner Ma. Cristina Dela Paz")
        (prev.text === 'Ma' &&
          (j - 1 === i
            ? !(tokens[i - 1]?.kind === 'word' && tokens[i - 1]?.cap)
            : TITLE_WORDS.has(stripDots(tokens[j - 2]?.lower ?? ''))) &&
          !!tokens[j + 2]?.cap &&
          tokens[j + 2]?.kind === 'word');
      // (also before a particle: "Frederick A. van der Berg", "Anna M. de Vries")
      const particleNext =
        prev.text.length === 1 &&
        tokens[j + 1]?.kind === 'word' &&
        NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') &&
        (isProper(j + 2) || (NAME_PARTICLES.has(tokens[j + 2]?.text ?? '') && isProper(j + 3)));
      if (
        t.text === '.' &&
        ((prev.text.length === 1 && prev.cap && !groupLetter) || abbrevPlace) &&
        t.start === prev.end &&
        (isProper(j + 1) || particleNext)
      ) {
        j++;
        continue;
      }
      // (Irish "an" after "Mac" or "Nic": "Darragh Mac an Bhaird", "Máire Nic an tSionnaigh")
      if (t.text === 'an' && (prev.text === 'Mac' || prev.text === 'Nic') && isProper(j + 1)) {
        j++;
        continue;
      }
      if (t.kind === 'word' && NAME_PARTICLES.has(t.text)) {
        if (isProper(j + 1)) {
          j++;
          continue;
        }
        // Two particles: "Plaza de las Victorias", "Juan de la Cruz".
        const t2 = tokens[j + 1];
        if (t2?.kind === 'word' && NAME_PARTICLES.has(t2.text) && isProper(j + 2)) {
          j += 2;
          continue;
        }
      }
      if (t.text === '&' && isProper(j + 1)) {
        j++;
        continue;
      }
      // A plural possessive inside a name: "Magistrates' Court", "Workers' Party".
      if (
        (t.text === "'" || t.text === '’') &&
        t.start === prev.end &&
        prev.cap &&
        prev.lower.length > 3 &&
        prev.lower.endsWith('s') &&
        tokens[j + 1]?.start === t.end + 1 &&
        isProper(j + 1) &&
        // (not a club's player after it: "Saracens' Gregor Muir")
        !(
          lex.firstNames.has(tokens[j + 1]?.lower ?? '') &&
          !ORG_HEADS.has(tokens[j + 1]?.lower ?? '') &&
          !PLACE_HEADS.has(tokens[j + 1]?.lower ?? '') &&
          tokens[j + 2]?.cap &&
          tokens[j + 2]?.kind === 'word' &&
          !ORG_HEADS.has(tokens[j + 2]?.lower ?? '')
        )
      ) {
        j += 2;
        continue;
      }
      // A possessive inside a name: "People's Liberation Army", "Children's Hospital", "King's College".
      // So is one after "the" that no owner takes, when a body's head ends the name: "the
      // Alzheimer's Association" ("the Trump's party" is no English).
      if (
        t.kind === 'poss' &&
        (POSSESSIVE_NAME_WORDS.has(prev.lower) ||
          (DISEASE_EPONYMS.has(prev.lower) && !DISEASE_NOUNS.has(tokens[j + 1]?.lower ?? '')) ||
          // (a trade's men before a body's head: "the International Longshoremen's Association")
          (prev.lower.length > 5 && prev.lower.endsWith('men') && headedRunAt(j + 1)) ||
          // (not a town of that name, whose district follows: "in San Sebastián's Gros neighbourhood")
          (SAINT_WORDS.has(tokens[i]?.lower ?? '') && placeMatch(i, j)?.len !== j - i) ||
          (j === i + 1 &&
            tokens[i - 1]?.text === 'the' &&
            (headedRunAt(j + 1) || kindAfterRun(j + 1)) &&
            !ownerAt(i)) ||
          // an officer's office: "the Chief Public Prosecutor's Office", "the Mayor's Office"
          (TITLE_WORDS.has(prev.lower) && OFFICE_WORDS.has(tokens[j + 1]?.lower ?? '')) ||
          // (or the fund or prize the office gives: "the Chief Minister's Distress Relief Fund")
          (TITLE_WORDS.has(prev.lower) && officerFundAt(j + 1)) ||
          // a hospital or college named after its founder: "Addenbrooke's Hospital", "Guy's Hospital"
          (j === i + 1 &&
            FOUNDER_HEADS.has(tokens[j + 1]?.lower ?? '') &&
            !lex.countries.has(prev.lower) &&
            !lex.places.has(prev.lower)) ||
          // a place named with a possessive after "in" or "at": "in Cox's Bazar", "at Martha's
          // Vineyard" (not a named person's place: "in Putin's Russia", "at Trump's Mar-a-Lago")
          (j === i + 1 && possessivePlaceAt(i, j + 1)) ||
          // a street or landmark named after someone, its head closing the name: "Sir John
          // Rogerson's Quay", "King's Cross", "St James's Park", "Earl's Court"
          (POSSESSIVE_STREET_HEADS.has(tokens[j + 1]?.text ?? '') &&
            tokens[j + 2]?.lower !== 'of' &&
            !lex.countries.has(prev.lower) &&
            !lex.places.has(prev.lower) &&
            !capPair(tokens[j + 1], tokens[j + 2]))) &&
        t.start === prev.end &&
        isProper(j + 1)
      ) {
        j += 2;
        continue;
      }
      // A Romance body's "of" after its head-first kind: "Universidad de Chile", "Banco de la Nación",
      // "Universidad de los Andes", "Ministério da Saúde".
      if (ROMANCE_OF.has(t.text) && (ROMANCE_HEADS.has(prev.lower) || ROMANCE_BUILDINGS.has(prev.lower))) {
        const k = ROMANCE_ARTICLES.has(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
        if (tokens[k]?.sentence === t.sentence && isProper(k)) {
          j = properEnd(k);
          continue;
        }
      }
      // A link of another language inside a name: "Union pour la Défense de l'Ouham", "Bangko Sentral
      // ng Pilipinas", "Nippon Ishin no Kai", "Cymdeithas yr Iaith", "Cló na Mara".
      // An Italian article elided before the next word of a name: "Banca Popolare dell'Alto Adriatico",
      // "Cantieri Navali dell'Isonzo".
      if (
        t.kind === 'word' &&
        ELIDED_LINK.test(t.text) &&
        prev.cap &&
        prev.kind === 'word' &&
        t.start === prev.end + 1
      ) {
        j++;
        continue;
      }
      if (FOREIGN_LINKS.has(t.text) && prev.cap && prev.kind === 'word') {
        const k = ROMANCE_ARTICLES.has(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
        if (tokens[k]?.sentence === t.sentence && isProper(k)) {
          j = properEnd(k);
          continue;
        }
      }
      // A body named by its aim, "to" and a verb: "Committee to Protect Journalists", "Campaign to
      // Stop Killer Robots", "Alliance to End Plastic Waste".
      // (and a list of everyday words or diseases it fights: "the Global Fund to Fight AIDS,
      // Tuberculosis and Malaria")
      if (
        t.text === 'to' &&
        ORG_HEADS.has(prev.lower) &&
        tokens[j + 1]?.cap &&
        CAUSE_VERBS.has(tokens[j + 1]?.lower ?? '') &&
        tokens[j + 1]?.sentence === t.sentence &&
        (isProper(j + 2) || aimItem(j + 2))
      ) {
        j = isProper(j + 2) ? properEnd(j + 2) : j + 3;
        let list = j;
        while (tokens[list]?.text === ',' && aimItem(list + 1)) list += 2;
        if (list > j && tokens[list]?.text === 'and' && aimItem(list + 1)) j = list + 2;
        continue;
      }
      if ((t.lower === 'of' || t.lower === 'for') && t.text === t.lower) {
        const head = prev.lower;
        const afterThe = tokens[j + 1]?.lower === 'the';
        const k = afterThe ? j + 2 : j + 1;
        // "for" follows bodies only ("Council for Refugees"); "Kuwait City for Quebec City" is two places.
        const headOk =
          // (not a family name that is a head, after a given name: "Rachel Power of the Patients
          // Association")
          (ORG_HEADS.has(head) && !givenThenFamilyHead(i, j)) ||
          // people in the plural named before "for", a body advocating for a cause: "Physicians for
          // Human Rights" (not one client: "Lawyers for Sam Bankman-Fried")
          (t.lower === 'for' && j === i + 1 && !afterThe && advocatesOpen(i)) ||
          (head === 'house' && t.lower === 'of') || // "House of Commons", "House of Representatives"
          // (not a family name that is a place's head, after a given name no everyday word: "Rafael St.
          // Hill of the Democratic Labour Party"; "Royal Courts of Justice" stays)
          (t.lower === 'of' &&
            PLACE_HEADS.has(head) &&
            !(givenThenFamilyHead(i, j) && !lex.commonWords.has(tokens[i]?.lower ?? ''))) ||
          // members of a trade in the plural before their country: "Communications Workers of
          // America", "Independent Brewers of Scotland"
          (t.lower === 'of' &&
            !afterThe &&
            j - i >= 2 &&
            MEMBER_PLURALS.has(head) &&
            (lex.countries.has(tokens[k]?.lower ?? '') ||
              lex.regions.has(tokens[k]?.lower ?? '') ||
              (placeMatch(k, properEnd(k))?.len ?? 0) > 0)) ||
          (!afterThe && TITLE_WORDS.has(head) && !(t.lower === 'for' && CONSTITUENCY_TITLES.has(head))) ||
          // "Board of Control for Cricket in India", "Institute for the Study of War" (not a second
          // body after "the": "the Bank of England for the Ministry of Finance")
          (headOfBefore(i, j) && !(afterThe && ORG_HEADS.has(tokens[k]?.lower ?? ''))) ||
          // a cause of everyday words before "for" and a body's head closing the words after: "Hope
          // for Turkana Foundation", "Homes for Heroes Trust"
          (t.lower === 'for' && !afterThe && j - i <= 2 && causeForBody(i, j, k)) ||
          // a body's name after its kind, of any words: "the campaign group Friends of the Earth"
          (t.lower === 'of' &&
            j - i <= 2 &&
            tokens[i - 1]?.text === tokens[i - 1]?.lower &&
            bodyKindWord(tokens[i - 1]?.lower ?? ''));
        // (a league "for the" a club is the club one plays for: "in the Indian Premier League for the
        // Chandigarh Chargers")
        const playsFor = t.lower === 'for' && afterThe && (head === 'league' || head === 'leagues');
        // "Colorado State University of the US": a complete name followed by its country.
        // ("Democratic Republic of the Congo" is one country's name.)
        // (a name complete by its own place or as a known body: not "the Bankers Association of the
        // Philippines", "the Chamber of Mines of the Philippines")
        const opener = tokens[i]?.lower ?? '';
        const completeThenCountry =
          afterThe &&
          j - i >= 2 &&
          lex.countries.has(tokens[k]?.lower ?? '') &&
          !lex.countries.has(spanKey(tokens, Math.max(i, j - 2), k + 1)) &&
          (lex.places.has(opener) ||
            lex.countries.has(opener) ||
            lex.demonyms.has(opener) ||
            KNOWN_ORGS.has(spanKey(tokens, i, j, '_')) ||
            lex.companies.has(spanKey(tokens, i, j, '_')) ||
            placedByOf(i, j));
        // A person after "of" is the body's leader, not its name: "the Rapid Support Forces of
        // (General) Mohamed Hamdan Dagalo".
        const titled = !afterThe && TITLE_WORDS.has(tokens[k]?.lower ?? '') ? k + 1 : k;
        const named = tokens[titled];
        const leader =
          !afterThe &&
          !(t.lower === 'for' && advocatesOpen(i)) &&
          !TITLE_WORDS.has(head) &&
          !!named?.cap &&
          named.kind === 'word' &&
          ((titled > k &&
            (lex.firstNames.has(named.lower) || !lex.commonWords.has(named.lower)) &&
            // (nor a town after a field that is also a title's word: "the Indian Institute of
            // Technology Delhi")
            !((placeMatch(titled, titled + 1)?.len ?? 0) > 0 && !lex.firstNames.has(named.lower)) &&
            // (not an everyday word alone after a word that is also a title: "the Hanoi Institute of
            // Trade Law", "Commercial Law")
            !(
              lex.commonWords.has(named.lower) &&
              !(tokens[titled + 1]?.cap && tokens[titled + 1]?.kind === 'word')
            )) ||
            // (also a party's: "the Republican Party of José Antonio Kast")
            (head.endsWith('s') && lex.firstNames.has(named.lower) && !!tokens[titled + 1]?.cap) ||
            (head === 'party' &&
              firstNameGender(named.lower, lex) !== undefined &&
              !!tokens[titled + 1]?.cap) ||
            // (a leader the name lists lack, by a known family name ending two words: "the
            // Samajwadi Party of Akhilesh Yadav")
            (head === 'party' &&
              !lex.commonWords.has(named.lower) &&
              !lex.places.has(named.lower) &&
              tokens[titled + 1]?.cap === true &&
              tokens[titled + 1]?.kind === 'word' &&
              lex.nameParts.has(tokens[titled + 1]?.lower ?? '') &&
              !ORG_HEADS.has(tokens[titled + 1]?.lower ?? '') &&
              !PLACE_HEADS.has(tokens[titled + 1]?.lower ?? '') &&
              !tokens[titled + 2]?.cap));
        // A company's legal form or trading head before "of" and its town: "Palmas Tenggara Holdings of
        // Jakarta", "Digitech Random Systems Pvt Ltd of Kolkata" (the town is where it is, not its name;
        // "Bank of England", "Royal Bank of Canada" have a head of another kind).
        // (a country of two words too: "Hanbit Heavy Industries of South Korea")
        const townAfter =
          t.lower === 'of' &&
          !afterThe &&
          (COMPANY_SUFFIXES.has(stripDots(head)) || TRADING_HEADS.has(head)) &&
          (lex.places.has(tokens[k]?.lower ?? '') ||
            lex.countries.has(tokens[k]?.lower ?? '') ||
            lex.countries.has(spanKey(tokens, k, k + 2)));
        if (townAfter) break;
        // (a court's or unit's ordinal after "for the": "Court of Appeals for the 8th Circuit")
        const ordinal = tokens[k];
        const ordinalBody =
          afterThe &&
          ordinal?.kind === 'num' &&
          /^\d{1,3}(?:st|nd|rd|th)$/u.test(ordinal.text) &&
          !!tokens[k + 1]?.cap &&
          ORDINAL_BODY_HEADS.has(tokens[k + 1]?.lower ?? '') &&
          tokens[k + 1]?.sentence === t.sentence;
        if (headOk && ordinalBody && !playsFor) {
          j = k + 2;
          continue;
        }
        if (
          headOk &&
          !playsFor &&
          isProper(k) &&
          !DAYS_MONTHS.has(tokens[k]?.lower ?? '') &&
          !completeThenCountry &&
          !leader
        ) {
          j = k;
          continue;
        }
      }
      // A known body whose name holds a lower-case word no list of connectors has: "Ärzte ohne
      // Grenzen", "Department for Energy Security and Net Zero" (up to six words on, in the sentence).
      const lowWord = tokens[j];
      if (
        lowWord?.kind === 'word' &&
        lowWord.text === lowWord.lower &&
        KNOWN_ORG_INNER_WORDS.has(lowWord.text) &&
        lowWord.sentence === tokens[j - 1]?.sentence
      ) {
        let end = -1;
        for (let m = j + 1; m <= j + 6; m++) {
          const w = tokens[m];
          if (!w || w.kind !== 'word' || w.sentence !== lowWord.sentence) break;
          for (let a = i; a < j && end < 0; a++)
            if (KNOWN_ORGS.has(spanKey(tokens, a, m + 1, '_'))) end = m + 1;
        }
        if (end > 0) {
          j = end;
          continue;
        }
      }
      const k = connectorContinues(i, j);
      if (k > j) {
        j = k;
        continue;
      }
      // A known place whose name holds lower-case words: "Dar es Salaam", "Cape of Good Hope".
      const low = tokens[j];
      if (low?.kind === 'word' && low.text === low.lower && lex.placePrefixes.has(spanKey(tokens, i, j))) {
        let end = -1;
        for (let m = j + 1; m <= j + 3; m++) {
          const w = tokens[m];
          if (!w || w.kind !== 'word' || w.sentence !== low.sentence) break;
          if (w.cap) {
            const key = spanKey(tokens, i, m + 1);
            if (lex.places.has(key) || lex.countries.has(key)) end = m + 1;
          }
          if (!lex.placePrefixes.has(spanKey(tokens, i, m + 1))) break;
        }
        if (end > 0) {
          j = end;
          continue;
        }
      }
      break;
    }
    // A union's local or lodge keeps its number: "Amalgamated Transit Union Local 1505".
    if (
      (tokens[j - 1]?.text === 'Local' || tokens[j - 1]?.text === 'Lodge') &&
      j - i >= 2 &&
      tokens[j]?.kind === 'num' &&
      tokens[j]?.start === (tokens[j - 1]?.end ?? 0) + 1
    )
      j++;
    // A capitalized word after an abbreviation's dot that ends the run stays in the name where it
    // belongs to the abbreviation: a second legal suffix after "Co." ("Contemporary Amperex Technology
    // Co. Limited", "Golden Lotus Apparel Co. Ltd") and a studio's arm after "Bros." ("Warner Bros.
    // Discovery"; not "Games", which would read as an event's name).
    const afterDot = tokens[j + 1];
    if (
      tokens[j]?.text === '.' &&
      afterDot?.kind === 'word' &&
      afterDot.cap &&
      afterDot.sentence === tokens[j - 1]?.sentence &&
      ((j - i >= 2 &&
        // (or after "Pvt.", "Pte." or "Pty.": "Vyoma Dynamics Pvt. Ltd.")
        (tokens[j - 1]?.lower === 'co' ||
          ((tokens[j - 1]?.lower === 'pvt' ||
            tokens[j - 1]?.lower === 'pte' ||
            tokens[j - 1]?.lower === 'pty') &&
            /^(?:ltd|limited)$/u.test(afterDot.lower))) &&
        afterDot.lower !== 'co' &&
        (COMPANY_SUFFIXES.has(stripDots(afterDot.lower)) || afterDot.lower === 'limited')) ||
        (tokens[j - 1]?.lower === 'bros' && STUDIO_ARMS.has(afterDot.lower)))
    )
      j += 2;
    // A group of nations by its number: "the Group of 20", "the Group of 77".
    if (
      j - i === 1 &&
      tokens[i]?.text === 'Group' &&
      tokens[j]?.text === 'of' &&
      tokens[j + 1]?.kind === 'num' &&
      /^\d{1,3}$/u.test(tokens[j + 1]?.text ?? '')
    )
      j += 2;
    // So does a broadcaster's channel: "Channel 14", "Israel's Channel 12", "Canal 13".
    if (channelNumberAt(tokens, j - 1)) {
      j++;
      // (and its newsroom: "Channel 4 News")
      if (tokens[j]?.text === 'News' || tokens[j]?.text === 'Television' || tokens[j]?.text === 'Radio') j++;
    }
    // Letters after a name are honours or ranks, not the name: "Conor Devlin SC", "Jane Hale MP".
    const tail = tokens[j - 1];
    // So is a party member after a place: "a New York Democrat", "a Texas Republican".
    const member = j - i >= 2 && (tail?.lower === 'democrat' || tail?.lower === 'republican');
    const endWithout =
      (j - i >= 3 &&
        tail &&
        POSTNOMINALS.has(tail.text) &&
        tokens[j - 2]?.kind === 'word' &&
        // (not a known club's "SC": "Al Ahly SC")
        !(tail.text === 'SC' && KNOWN_ORGS.has(spanKey(tokens, i, j - 1, '_')))) ||
      member
        ? j - 1
        : j;
    // "Former", "Acting" before a name that is no title's: "Former Wexford mayor jailed".
    // (and a party's member before a given name: "Democrat Carol Blood")
    const startWithout =
      j - i >= 2 &&
      (RUN_MODIFIERS.has(tokens[i]?.lower ?? '') ||
        // ("Deputy" of a title in lower case after the body: "Deputy Metropolitan Police Bureau
        // commander X"; not "the Deputy Governor's Flood Relief Fund")
        (tokens[i]?.lower === 'deputy' &&
          tokens[j]?.kind === 'word' &&
          tokens[j]?.text === tokens[j]?.lower &&
          TITLE_WORDS.has(tokens[j]?.text ?? '')) ||
        ((tokens[i]?.lower === 'democrat' || tokens[i]?.lower === 'republican') &&
          lex.firstNames.has(tokens[i + 1]?.lower ?? '')))
        ? i + 1
        : i;
    // A listing is no body, nor part of its keeper's name: "a UNESCO World Heritage site" names UNESCO,
    // "the World Heritage List" nothing ("the World Heritage Committee" stays).
    const listing = heritageListingAt(tokens, startWithout, endWithout);
    if (listing > startWithout) runs.push([startWithout, listing]);
    else if (listing < 0) runs.push([startWithout, endWithout]);
    i = j - 1;
  }
  // A body's name spelled out before its initials in brackets, over the lower-case words that cut
  // it into runs: "Board of Control for Cricket in India (BCCI)", "United Nations
  // Assistance Mission in Afghanistan (UNAMA)".
  for (let r = runs.length - 1; r >= 0; r--) {
    const [, to] = runs[r] as [number, number];
    const acr = tokens[to + 1];
    if (
      tokens[to]?.text !== '(' ||
      tokens[to + 2]?.text !== ')' ||
      !acr ||
      !(isAcronym(acr) || WORD_INITIALS.test(acr.text))
    )
      continue;
    const letters = stripDots(acr.lower);
    // A capitalized word opening the sentence left out of the run gives the first initial: "Business
    // Unity South Africa (BUSA)", "The Petroleum Tanker Drivers (PTD)".
    const run = runs[r] as [number, number];
    const opener = tokens[run[0] - 1];
    if (
      opener?.cap &&
      opener.kind === 'word' &&
      opener.end + 1 === tokens[run[0]]?.start &&
      opener.sentence === tokens[run[0]]?.sentence &&
      !FUNCTION_WORDS.has(opener.lower) &&
      !acronymSpells(letters, acronymWords(tokens, run[0], to)) &&
      acronymSpells(letters, acronymWords(tokens, run[0] - 1, to))
    ) {
      const before = runs[r - 1];
      // (the opener may stand as a run of its own, later dropped as an everyday word)
      if (before && before[1] === run[0] && before[0] === run[0] - 1) runs.splice(r - 1, 2, [run[0] - 1, to]);
      else if (!before || before[1] < run[0]) run[0]--;
      continue;
    }
    for (let q = r - 1; q >= 0 && q >= r - 3; q--) {
      const [from, qTo] = runs[q] as [number, number];
      const [nextFrom] = runs[q + 1] as [number, number];
      const link = tokens[qTo];
      // (one linking word, or one and an article: "Islamic State of Iraq and the Levant (ISIL)", "Comisión
      // para el Mercado Financiero (CMF)"; a comma in a remit; or none, where the runs were cut apart:
      // "Norges Bank Investment Management (NBIM)")
      // (or "a": "Movement for a New Cameroon (MNC)", "Citizens for a Better Environment (CBE)")
      const twoLinks =
        nextFrom === qTo + 2 && /^(?:the|a|an|el|la|los|las|les)$/u.test(tokens[qTo + 1]?.text ?? '');
      const adjoining = nextFrom === qTo;
      // (or a link and capitalized words no run took: "Students for Democratic Reform (SDR)")
      let capsGap = nextFrom > qTo + 1 && nextFrom <= qTo + 3 && tokens[qTo + 1]?.sentence === link?.sentence;
      for (let k = qTo + 1; k < nextFrom && capsGap; k++)
        capsGap =
          !!tokens[k]?.cap && tokens[k]?.kind === 'word' && !FUNCTION_WORDS.has(tokens[k]?.lower ?? '');
      if (
        !adjoining &&
        ((nextFrom !== qTo + 1 && !twoLinks && !capsGap) ||
          !(
            link?.text === ',' ||
            (link?.kind === 'word' && link.text === link.lower && ACRONYM_LINKS.has(link.text))
          ))
      )
        break;
      // (not a body's initials alone before "and" that give the initials none of their letters: "the
      // SEC and the Commodity Futures Trading Commission (CFTC)" names two bodies)
      const otherInitials =
        qTo === from + 1 &&
        (link?.text === 'and' || link?.text === 'or') &&
        isAcronym(tokens[from] as Token) &&
        !letters.startsWith(stripDots(tokens[from]?.lower ?? ''));
      if (
        !otherInitials &&
        (acronymSpells(letters, acronymWords(tokens, from, to)) ||
          (letters.length >= 5 && acronymSpells(letters, acronymWords(tokens, from, to), true)))
      ) {
        runs.splice(q, r - q + 1, [from, to]);
        r = q;
        break;
      }
      // (a capitalized word before the first run gives the first initial: "The Catholic Bishops'
      // Conference of the Philippines (CBCP)")
      const lead = tokens[from - 1];
      if (
        lead?.cap &&
        lead.kind === 'word' &&
        lead.sentence === tokens[from]?.sentence &&
        lead.end + 1 === tokens[from]?.start &&
        !FUNCTION_WORDS.has(lead.lower) &&
        (q === 0 || (runs[q - 1]?.[1] ?? 0) < from - 1) &&
        acronymSpells(letters, acronymWords(tokens, from - 1, to))
      ) {
        runs.splice(q, r - q + 1, [from - 1, to]);
        r = q;
        break;
      }
    }
  }

  // Failing that, the name may open with words no run took, or hold lower-case words of its own
  // language, that the initials spell: "the Western and Central Pacific Fisheries Commission
  // (WCPFC)", "the Agence nationale de sécurité du médicament (ANSM)". The widening opens on a
  // capitalized word and stops at the sentence's edge, at any other punctuation and at a run it
  // would cut.
  for (let i = 1; i + 2 < tokens.length; i++) {
    const acr = tokens[i + 1] as Token;
    if (
      tokens[i]?.text !== '(' ||
      tokens[i + 2]?.text !== ')' ||
      !(isAcronym(acr) || WORD_INITIALS.test(acr.text))
    )
      continue;
    const letters = stripDots(acr.lower);
    // (the name ends before the bracket, or before a legal form's period: "Telephone Corp. (NTT)")
    const end =
      tokens[i - 1]?.text === '.' && COMPANY_SUFFIXES.has(stripDots(tokens[i - 2]?.lower ?? '')) ? i - 1 : i;
    if (letters.length < 3 || tokens[end - 1]?.kind !== 'word') continue;
    let top = -1;
    while (top + 1 < runs.length && (runs[top + 1]?.[1] ?? 0) <= end) top++;
    const own = runs[top];
    if (own && own[1] === end && acronymSpells(letters, acronymWords(tokens, own[0], end))) continue;
    let q = top;
    for (let k = end - 1; k >= 0 && k >= end - 12; k--) {
      const t = tokens[k] as Token;
      if (t.sentence !== tokens[end]?.sentence) break;
      if (t.kind !== 'word' && t.text !== ',' && t.text !== '-') break;
      while (q >= 0 && (runs[q]?.[0] ?? 0) >= k) q--;
      if (!t.cap || FUNCTION_WORDS.has(t.lower) || (q >= 0 && (runs[q]?.[1] ?? 0) > k)) continue;
      if (acronymSpells(letters, acronymWords(tokens, k, end))) {
        runs.splice(q + 1, top - q, [k, end]);
        break;
      }
    }
  }

  splitOfficerNames(tokens, runs, lex);
  splitAircraftMakers(tokens, runs);
  // A body of two places joined by "and": "Police Federation of England and Wales", "Port Authority of
  // New York and New Jersey", "the Punjab and Haryana High Court".
  for (let r = 0; r + 1 < runs.length; r++) {
    const [from, to] = runs[r] as [number, number];
    const [nextFrom, nextTo] = runs[r + 1] as [number, number];
    if (tokens[to]?.text !== 'and' || nextFrom !== to + 1) continue;
    // (of the second: "Punjab | and | Haryana High Court", the first a place alone)
    const firstPlace = placeMatch(from, to);
    if (
      to - from <= 2 &&
      firstPlace?.len === to - from &&
      tokens[from - 1]?.lower === 'the' &&
      ORG_HEADS.has(tokens[nextTo - 1]?.lower ?? '') &&
      nextTo - nextFrom >= 2 &&
      placeMatch(nextFrom, nextTo - 1) !== undefined
    ) {
      runs.splice(r, 2, [from, nextTo]);
      continue;
    }
    // (of the first: "Police Federation of England | and | Wales", the second a place alone)
    let of = to - 1;
    while (of > from && tokens[of]?.lower !== 'of') of--;
    if (
      of <= from ||
      (!ORG_HEADS.has(tokens[of - 1]?.lower ?? '') && !ORG_HEADS.has(tokens[of - 2]?.lower ?? ''))
    )
      continue;
    const secondPlace = placeMatch(nextFrom, nextTo);
    // (not a place owning what follows: "Technical University of Berlin and Ontario's University")
    if (
      placeMatch(of + 1, to)?.len === to - of - 1 &&
      secondPlace?.len === nextTo - nextFrom &&
      tokens[nextTo]?.kind !== 'poss'
    )
      runs.splice(r, 2, [from, nextTo]);
  }
  // A body's name listing its remit with commas: "Department for Culture, Media and Sport", "Rail,
  // Maritime and Transport union (RMT)", "Shop, Distributive and Allied Employees' Association".
  const everydayAt = (k: number): boolean => {
    const t = tokens[k];
    if (!t) return false;
    if (t.kind === 'poss' || ((t.text === "'" || t.text === '’') && t.start === tokens[k - 1]?.end))
      return true;
    return (
      t.kind === 'word' &&
      t.cap &&
      // (an everyday word, or an adjective or noun the lists lack by its ending: "Distributive")
      (lex.commonWords.has(t.lower) ||
        ((EVERYDAY_NOUN_ENDINGS.test(t.lower) || /(?:ive|al|ic|ary|ory)$/u.test(t.lower)) &&
          !lex.nameParts.has(t.lower) &&
          !lex.firstNames.has(t.lower))) &&
      !FUNCTION_WORDS.has(t.lower) &&
      !lex.places.has(t.lower) &&
      !lex.countries.has(t.lower) &&
      // (a given name that is a core word is everyday: "Land" of "Ministry of Land, Infrastructure";
      // so is a ministry's field: "Forest" of "Ministry of Environment, Forest and Climate Change")
      (!lex.firstNames.has(t.lower) || lex.coreWords.has(t.lower) || MINISTRY_FIELDS.has(t.lower))
    );
  };
  const mergeRuns = (from: number, end: number): number => {
    const first = runs.findIndex(([, t]) => t > from);
    if (first < 0) return runs.push([from, end]) - 1;
    let last = first;
    while (last + 1 < runs.length && (runs[last + 1] as [number, number])[0] < end) last++;
    runs.splice(first, last - first + 1, [Math.min(from, (runs[first] as [number, number])[0]), end]);
    return first;
  };
  // ... head first: "Department for Culture, Media and Sport", "Ministry for the Environment, Energy and Climate"
  for (let r = 0; r < runs.length; r++) {
    const [from, to] = runs[r] as [number, number];
    // (the head may follow a chamber or a country: "House Committee on Oversight")
    const linkAt = (k: number): boolean => {
      const l = tokens[k + 1]?.lower;
      return ORG_HEADS.has(tokens[k]?.lower ?? '') && (l === 'of' || l === 'for' || l === 'on');
    };
    let h = from;
    while (h < from + 2 && h + 1 < to && !linkAt(h)) h++;
    const link = tokens[h + 1]?.lower;
    if (
      !ORG_HEADS.has(tokens[h]?.lower ?? '') ||
      to - h < 3 ||
      (link !== 'of' && link !== 'for' && link !== 'on')
    )
      continue;
    let everyday = true;
    for (let m = h + 2; m < to && everyday; m++) everyday = tokens[m]?.lower === 'the' || everydayAt(m);
    let p = to;
    let items = 0;
    // (an item may be of up to three words: "Institute of Epidemiology, Disease Control and Research")
    while (everyday && tokens[p]?.text === ',' && everydayAt(p + 1)) {
      let e = p + 2;
      while (e < p + 4 && everydayAt(e)) e++;
      if (tokens[e]?.text !== ',' && tokens[e]?.text !== 'and') break;
      p = e;
      items++;
    }
    // (a serial comma before "and": "Agriculture, Nutrition, and Forestry")
    if (items > 0 && tokens[p]?.text === ',' && tokens[p + 1]?.text === 'and') p++;
    if (!everyday || tokens[p]?.text !== 'and') continue;
    // (over "the" after "and": "Ministry of Youth Affairs, Sports and the Arts")
    let q = items > 0 && tokens[p + 1]?.lower === 'the' && everydayAt(p + 2) ? p + 2 : p + 1;
    while (q < p + 5 && everydayAt(q) && tokens[q]?.sentence === tokens[p]?.sentence) q++;
    // (with no comma, only a committee's remit of everyday words closing the name: "House Committee on
    // Oversight and Accountability", not "the Ministry of Defence and Foreign Office")
    const bare =
      items === 0 &&
      link === 'on' &&
      q - p <= 3 &&
      !tokens[q]?.cap &&
      tokens.slice(p + 1, q).every((x) => !ORG_HEADS.has(x.lower));
    if (q > p + 1 && (items > 0 || bare) && everydayAt(q - 1)) mergeRuns(from, q);
  }
  // ... head last: "Rail, Tram and Bus Union", "Rail, Maritime and Transport union (RMT)"
  for (let r = runs.length - 1; r >= 0; r--) {
    const [f, t] = runs[r] as [number, number];
    const lower = tokens[t];
    let end = t;
    if (
      lower?.kind === 'word' &&
      lower.text === lower.lower &&
      ORG_HEADS.has(lower.text) &&
      tokens[t + 1]?.text === '(' &&
      !ORG_HEADS.has(tokens[t - 1]?.lower ?? '')
    )
      end = t + 1;
    if (!ORG_HEADS.has(tokens[end - 1]?.lower ?? '')) continue;
    let conjunct = -1;
    if (tokens[f - 1]?.text === 'and') conjunct = f - 2;
    else if (tokens[f + 1]?.text === 'and' && f + 2 < t) conjunct = f;
    if (conjunct < 0 || !everydayAt(conjunct)) continue;
    let everyday = true;
    for (let m = conjunct + 2; m < end - 1 && everyday; m++) everyday = everydayAt(m);
    let k = conjunct;
    let items = 0;
    // (an item may be of up to three words, the first opened by a place: "Kenya Medical
    // Practitioners, Pharmacists and Dentists Union")
    while (everyday && tokens[k - 1]?.text === ',' && everydayAt(k - 2)) {
      let s0 = k - 2;
      while (s0 > k - 4 && everydayAt(s0 - 1)) s0--;
      if (everydayAt(s0 - 1)) break;
      const lead = tokens[s0 - 1];
      const placeLed =
        lead?.cap === true &&
        lead.kind === 'word' &&
        (lex.countries.has(lead.lower) || lex.places.has(lead.lower) || lex.demonyms.has(lead.lower)) &&
        !tokens[s0 - 2]?.cap;
      k = placeLed ? s0 - 1 : s0;
      items++;
      if (placeLed) break;
    }
    if (items > 0) r = mergeRuns(k, end);
  }

  // A family name with particles named again alone keeps them: "von der Leyen told" after "Ursula
  // von der Leyen" (the particles are lower case, so the run started after them).
  const particleTails = new Set<string>();
  for (const [from, to] of runs) {
    for (let m = from + 1; m < to; m++) {
      const t = tokens[m];
      // (and Irish ones, which are capitals: "Ó Catháin told" after "Pádraig Ó Catháin")
      if (
        t?.kind === 'word' &&
        (t.text === t.lower || IRISH_PARTICLES.has(t.text)) &&
        NAME_PARTICLES.has(t.text)
      ) {
        particleTails.add(spanKey(tokens, m, to));
        break;
      }
    }
  }
  // ... as does one after a nickname in quotes: 'Ramon "Monching" dela Cruz', 'Hendrik "Henk" van
  // der Berg'.
  for (const r of runs) {
    let s0 = r[0];
    while (s0 > r[0] - 2 && tokens[s0 - 1]?.kind === 'word' && NAME_PARTICLES.has(tokens[s0 - 1]?.text ?? ''))
      s0--;
    if (
      s0 < r[0] &&
      tokens[s0 - 1]?.kind === 'quote' &&
      tokens[s0 - 2]?.cap &&
      tokens[s0 - 1]?.sentence === tokens[r[0]]?.sentence
    ) {
      particleTails.add(spanKey(tokens, s0, r[1]));
      r[0] = s0;
    }
  }
  if (particleTails.size > 0) {
    for (const r of runs) {
      for (const back of [2, 1]) {
        const s0 = r[0] - back;
        if (s0 < 0) continue;
        let ok = true;
        for (let m = s0; m < r[0] && ok; m++) {
          const t = tokens[m];
          ok =
            t?.kind === 'word' &&
            (NAME_PARTICLES.has(t.lower) || IRISH_PARTICLES.has(t.text)) &&
            t.sentence === tokens[r[0]]?.sentence;
        }
        if (ok && particleTails.has(spanKey(tokens, s0, r[1]))) {
          r[0] = s0;
          break;
        }
      }
    }
  }

  const endsWithOrgHead = (from: number, to: number): boolean => {
    const last = tokens[to - 1];
    if (!last) return false;
    // (a family name that is a body's head after a given name: "Therese Chambers", "Tyra Banks")
    if (
      to - 2 >= from &&
      (givenThenFamilyHead(to - 2, to) || (to - 3 >= from && givenThenFamilyHead(to - 3, to)))
    )
      return false;
    // (or a head with its faction after a hyphen: "Pakistan Muslim League-Nawaz")
    return (
      ORG_HEADS.has(last.lower) ||
      ORG_HEADS.has(factionHead(last)) ||
      KNOWN_ORGS.has(spanKey(tokens, from, to, '_'))
    );
  };
  // An organisation's own name may open with a nationality or country: "British Red Cross",
  // "U.S. Department of Agriculture", "Greek Ministry of Culture".
  const orgNameFrom = (from: number, to: number, rest: number): boolean => {
    if (endsWithOrgHead(from, to)) return true;
    // (a name its initials in brackets define whole: "the Pakistan Tehreek-e-Insaf (PTI)")
    const acr = tokens[to + 1];
    if (tokens[to]?.text === '(' && tokens[to + 2]?.text === ')' && acr && isAcronym(acr)) {
      const words: string[] = [];
      for (let k = from; k < to; k++) if (tokens[k]?.kind === 'word') words.push(tokens[k]?.lower ?? '');
      if (stripDots(acr.lower) === initialsOf(words)) return true;
    }
    if (
      tokens[to]?.text === '(' &&
      tokens[to + 2]?.text === ')' &&
      acr &&
      linkedInitials(acr, tokens, from, to)
    )
      return true;
    const restKey = spanKey(tokens, rest, to, '_');
    if (KNOWN_ORGS.has(restKey) || lex.companies.has(restKey)) return true;
    // (or the whole name, nationality and all: "the European Economic Area")
    if (KNOWN_ORGS.has(spanKey(tokens, from, to, '_'))) return true;
    // (over a second nationality: "Syrian Arab Red Crescent")
    const second = demonymAt(rest);
    if (second && rest + second.len < to - 1 && KNOWN_ORGS.has(spanKey(tokens, rest + second.len, to, '_')))
      return true;
    // (a country's governing body of a sport: "New Zealand Rugby", "British Cycling", "USA Swimming")
    if (to - rest === 1 && NATIONAL_BODY_WORDS.has(tokens[rest]?.lower ?? '')) return true;
    // (a movement's Urdu name, "Pakistan Tehreek-e-Insaf"; a rights group's, "Iran Human Rights";
    // a firm's with an ampersand, "Korea Hydro & Nuclear Power")
    if (to - rest === 1 && IZAFAT_ORG.test(tokens[rest]?.lower ?? '')) return true;
    if (restKey === 'human_rights') return true;
    for (let k = rest + 1; k < to - 1; k++) if (tokens[k]?.text === '&' && tokens[k + 1]?.cap) return true;
    // (a party's name before a lower-case "party": "the ruling Georgian Dream party")
    const kind = tokens[to];
    if (kind?.kind === 'word' && kind.text === kind.lower && PARTY_KINDS.has(kind.text) && to - rest <= 2)
      return true;
    for (let k = rest; k < to - 2; k++) {
      // "Nigeria Centre for Disease Control", "Kenya Institute of Education", "Ukraine Council on Trade".
      const link = tokens[k + 1]?.lower;
      if (ORG_HEADS.has(tokens[k]?.lower ?? '') && (link === 'of' || link === 'for' || link === 'on'))
        return true;
    }
    return false;
  };
  const demonymAt = (i: number): { len: number; code: string } | undefined => {
    const t = tokens[i];
    if (!t) return undefined;
    const two = tokens[i + 1] && lex.pairHeads.has(t.lower) ? `${t.lower} ${tokens[i + 1]?.lower ?? ''}` : '';
    const c2 = two ? lex.demonyms.get(two) : undefined;
    if (c2) return { len: 2, code: c2 };
    const c1 = lex.demonyms.get(t.lower);
    return c1 ? { len: 1, code: c1 } : undefined;
  };

  /**
   * Places and organisations named inside the name [from, to) with lower-cased `words`: the place
   * after its last "of" ("University of Sheffield", "University of Texas at Arlington"), a leading
   * place before an institution head ("Massachusetts Institute of Technology"), a trailing country
   * ("Fan Expo Canada") and a leading multi-word organisation ("United Nations Security Council").
   * The caller keeps them only inside organisations and venues, never inside a gazetteer place's own
   * name: "Mexico City" and "New Mexico" do not mention Mexico.
   */
  const nestedNames = (from: number, to: number, words: readonly string[]): Inner[] | undefined => {
    let out: Inner[] | undefined;
    const add = (
      a: number,
      b: number,
      type: Inner['type'],
      code: string | undefined,
      ofTail = false,
    ): void => {
      (out ??= []).push({ from: a, to: b, type, code, ofTail });
    };
    let of = -1;
    for (let k = to - 2; k > from; k--) {
      if (tokens[k]?.text === 'of') {
        of = k;
        break;
      }
    }
    if (of > from) {
      // The tail after "of (the)" must be known places only, joined by "at"/"and" at most.
      let p = tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
      const parts: Inner[] = [];
      while (p < to) {
        const t = tokens[p];
        if (parts.length > 0 && (t?.text === 'at' || t?.text === 'and')) {
          p++;
          continue;
        }
        const m = placeMatch(p, to);
        if (!m) break;
        parts.push({ from: p, to: p + m.len, type: 'place', code: m.code, ofTail: true });
        p += m.len;
      }
      if (p === to) for (const x of parts) add(x.from, x.to, x.type, x.code, true);
      // A town's own body: "Municipality of Bogliasco" names the place Bogliasco, known or not.
      const start = tokens[of + 1]?.text === 'the' ? of + 2 : of + 1;
      if (
        p !== to &&
        TOWN_BODY_HEADS.has(tokens[of - 1]?.lower ?? '') &&
        to - start >= 1 &&
        to - start <= 3 &&
        tokens.slice(start, to).every((t) => t.cap && t.kind === 'word')
      )
        add(start, to, 'place', undefined, true);
    }
    const lastWord = words[words.length - 1] ?? '';
    const headOf = of > from && NESTING_ORG_HEADS.has(tokens[of - 1]?.lower ?? '');
    if (NESTING_ORG_HEADS.has(lastWord) || VENUE_HEADS.has(lastWord) || headOf) {
      const m = placeMatch(from, to);
      const next = tokens[from + (m?.len ?? 0)];
      // An everyday word that is also a town's name ("Metro", "Reading") opens names as a word.
      // ... and so does a town's name that is also a given name ("George Washington University").
      const everyday =
        m?.len === 1 &&
        !m.code &&
        (lex.commonWords.has(words[0] ?? '') ||
          (lex.firstNames.has(words[0] ?? '') &&
            to - from >= 3 &&
            !ORG_HEADS.has(words[1] ?? '') &&
            !PLACE_HEADS.has(words[1] ?? '') &&
            !lex.commonWords.has(words[1] ?? '')));
      if (m && !everyday && from + m.len < (of > from ? of : to) && next?.text !== 'of' && next?.text !== '.')
        add(from, from + m.len, 'place', m.code);
    }
    // A capital named after its country: "Mexico City", "Kuwait City" are in (and mention) the country.
    if (lastWord === 'city' && to - from >= 2) {
      const m = placeMatch(from, to - 1);
      // Kept in a place's name like an "of" tail: "Mexico City" is the city of Mexico.
      if (m?.code && from + m.len === to - 1) add(from, to - 1, 'place', m.code, true);
    }
    if (of < 0 && to - from >= 2) {
      // A country closing the name: "Fan Expo Canada", "Sony Australia" (the longest place that
      // closes it, a country's part too: "Equality Commission for Northern Ireland", not "Ireland").
      for (let p = Math.max(from + 1, to - 3); p < to; p++) {
        const m = placeMatch(p, to);
        if (!m || p + m.len !== to) continue;
        if (m.code) add(p, to, 'place', m.code);
        else if (p + 1 < to && COMPASS.has(tokens[p]?.lower ?? '') && placeMatch(p + 1, to)?.code)
          add(p, to, 'place', undefined);
        else continue;
        break;
      }
    }
    // A memorial or an airport named after a person mentions the person ("Chiang Kai-shek Memorial
    // Hall", "Jomo Kenyatta International Airport").
    for (let k = from + 2; k <= from + 3 && k < to; k++) {
      const w = tokens[k]?.lower ?? '';
      if (!PERSON_NAMED_VENUES.has(w)) continue;
      const given = tokens[from]?.lower ?? '';
      if (
        (lex.firstNames.has(given) || (lex.nameParts.has(given) && !lex.commonWords.has(given))) &&
        !placeMatch(from, k) &&
        tokens.slice(from, k).every((t) => t.cap && t.kind === 'word') &&
        // (An everyday adjective there describes the venue: "Erasmus Medical Center"; so does its
        // field: "Kennedy Space Center".)
        // (nor a royal adjective opening it: "Royal Albert Hall" names no "Royal Albert")
        !tokens
          .slice(ROYAL_ADJECTIVES.has(given) ? from : from + 1, k)
          .some(
            (t) =>
              (lex.commonWords.has(t.lower) && /(?:al|ic|ive|ary|ing)$/u.test(t.lower)) ||
              VENUE_FIELDS.has(t.lower),
          )
      )
        add(from, k, 'person', undefined);
      break;
    }
    // (not a club's own name before its suffix: "Real Madrid CF", "Al Ahly SC" name one club)
    const clubSuffixed = CLUB_SUFFIXES.has(tokens[to - 1]?.text ?? '');
    for (let len = Math.min(to - from - 1, 4); len >= 2 && !(clubSuffixed && len === to - from - 1); len--) {
      if (KNOWN_ORGS.has(spanKey(tokens, from, from + len, '_'))) {
        add(from, from + len, 'organisation', undefined);
        break;
      }
    }
    return out;
  };

  // A unit's or court's ordinal opens its name: "the 36th Marine Brigade", "the 10th District Court
  // of Appeals".
  for (const run of runs) {
    const ord = tokens[run[0] - 1];
    if (
      ord?.kind === 'num' &&
      /^\d{1,3}(?:st|nd|rd|th)$/u.test(ord.text) &&
      ord.sentence === tokens[run[0]]?.sentence &&
      ORDINAL_BODY_HEADS.has(tokens[run[1] - 1]?.lower ?? '')
    )
      run[0]--;
  }
  // 2. Split each run into nationality, place, title and name segments.
  // Two portfolios joined by "and" in a title after a place or an employer: "Quebec Economy and
  // Energy Minister Christine Fréchette", "Namibian Mines and Energy Minister ...". The first
  // portfolio ends the run before "and"; it belongs to the title, not to the place's name.
  for (let r = 0; r + 1 < runs.length; r++) {
    const [from, to] = runs[r] as [number, number];
    const [nf, nt] = runs[r + 1] as [number, number];
    if (to - from < 2 || tokens[to]?.text !== 'and' || nf !== to + 1) continue;
    const portfolio = tokens[to - 1];
    if (
      !portfolio ||
      portfolio.kind !== 'word' ||
      lex.places.has(portfolio.lower) ||
      lex.countries.has(portfolio.lower) ||
      // (an everyday noun, no name: not "Joe Biden and Defense Secretary Lloyd Austin")
      !(
        TITLE_WORDS.has(portfolio.lower) ||
        (lex.commonWords.has(portfolio.lower) &&
          !lex.nameParts.has(portfolio.lower) &&
          !lex.firstNames.has(portfolio.lower))
      )
    )
      continue;
    // (nor a title and its holder: "Finance Minister Marc Roy and Trade Minister Mary Ng")
    let titled = false;
    // (nor a body's remit: "The Ministry of Defence and Interior Minister Dana Holt")
    for (let k = from; k < to && !titled; k++)
      titled = TITLE_CORE.has(tokens[k]?.lower ?? '') || tokens[k]?.text === tokens[k]?.lower;
    if (titled) continue;
    // (the second portfolio, one or two words, then a core title and a name: "Energy Minister X")
    let core = nf;
    while (core < nt && core < nf + 2 && !TITLE_CORE.has(tokens[core]?.lower ?? '')) core++;
    if (core === nf || !TITLE_CORE.has(tokens[core]?.lower ?? '') || core + 1 >= nt) continue;
    let portfolios = TITLE_WORDS.has(portfolio.lower);
    for (let k = nf; k < core && !portfolios; k++) portfolios = TITLE_WORDS.has(tokens[k]?.lower ?? '');
    if (!portfolios) continue;
    if (!tokens[nf]?.cap || tokens[nf]?.kind !== 'word') continue;
    runs[r] = [from, to - 1];
  }
  // Words that stand alone as a one-word name somewhere in the story ("Jafari said").
  const loneWords = new Set<string>();
  // (not an everyday word opening a sentence: "Development groups say" is no name "Development")
  for (const [from, to] of runs) {
    const w = tokens[from];
    if (to - from !== 1 || !w || (ambiguousStart(w) && lex.commonWords.has(w.lower))) continue;
    loneWords.add(w.lower);
  }
  const segments: Segment[] = [];
  // Bodies sharing one plural head: "the State and Homeland Security Departments" names two
  // departments, "State" and "Homeland Security".
  const sharedHead = new Map<number, number>();
  /** The dateline's town when a title opens it ("PRINCE ALBERT, Saskatchewan"), as a key. */
  let datelineTown: string | undefined;
  for (let r = 1; r < runs.length; r++) {
    const [from, to] = runs[r] as [number, number];
    const [pf, pt] = runs[r - 1] as [number, number];
    const head = tokens[to - 1];
    if (
      to - from >= 2 &&
      head?.cap &&
      PLURAL_ORG_HEADS.has(head.lower) &&
      pt === from - 1 &&
      tokens[pt]?.lower === 'and' &&
      tokens[pt]?.sentence === head.sentence &&
      pt - pf >= 1
    ) {
      sharedHead.set(pf, pt);
      sharedHead.set(from, to - 1);
    }
  }
  // A minister's portfolio of two subjects: "Minister for Culture and Tourism Mehmet Ersoy", "Union
  // Minister for Electronics and IT Ashwini Vaishnaw", "the Minister for Health and Social Care, Wes
  // Streeting". The run before "and" is title only; the run after it is the second subject, then the
  // person's name if any (from a given name on, or else its last two words).
  /** Do tokens [from, to) hold a minister's title and its "for"/"of" ("Minister for Culture")? */
  const ministerFor = (from: number, to: number): boolean => {
    for (let m = from; m + 1 < to; m++) {
      const link = tokens[m + 1]?.lower;
      if (MINISTER_TITLES.has(tokens[m]?.lower ?? '') && (link === 'for' || link === 'of')) return true;
    }
    return false;
  };
  const portfolioRun = (from: number, to: number): boolean =>
    tokens[to]?.lower === 'and' &&
    !!tokens[to + 1]?.cap &&
    tokens[to + 1]?.kind === 'word' &&
    ministerFor(from, to);
  // How many names of two words or more hold a word.
  let runWordCounts: Map<string, number> | undefined;
  const runsHolding = (word: string): number => {
    if (!runWordCounts) {
      runWordCounts = new Map();
      for (const [f, t] of runs) {
        if (t - f < 2) continue;
        for (let k = f; k < t; k++) {
          const w = tokens[k]?.text ?? '';
          runWordCounts.set(w, (runWordCounts.get(w) ?? 0) + 1);
        }
      }
    }
    return runWordCounts.get(word) ?? 0;
  };
  const portfolioTitles = new Set<number>();
  for (const [from, to] of runs) if (portfolioRun(from, to)) portfolioTitles.add(to + 1);
  // ... and a list of portfolios over commas and "and the": "Minister for Agriculture, Food and the
  // Marine Declan McGrath" (each item a word of the title, the last one's name the holder's).
  for (const [from, to] of runs) {
    const listed = portfolioTitles.has(from)
      ? to - from === 1
      : tokens[to]?.text === ',' && ministerFor(from, to);
    if (!listed) continue;
    let next = -1;
    if (tokens[to]?.text === ',' && tokens[to + 1]?.cap) next = to + 1;
    else if (tokens[to]?.lower === 'and' && tokens[to + 1]?.lower === 'the' && tokens[to + 2]?.cap)
      next = to + 2;
    else if (tokens[to]?.lower === 'and' && tokens[to + 1]?.cap) next = to + 1;
    // (not a title opening the holder's name: "Minister for Polar Research, Lord Hammond of Kew,";
    // a title's word before "and" or an everyday word no name has is a field: "Tourism, Sport and
    // Major Events")
    const field = tokens[next + 1];
    if (
      next > 0 &&
      tokens[next]?.kind === 'word' &&
      lex.commonWords.has(tokens[next]?.lower ?? '') &&
      (!TITLE_WORDS.has(tokens[next]?.lower ?? '') ||
        !field?.cap ||
        (field.kind === 'word' &&
          lex.commonWords.has(field.lower) &&
          !lex.firstNames.has(field.lower) &&
          !lex.nameParts.has(field.lower)))
    )
      portfolioTitles.add(next);
  }
  /**
   * A word of a minister's portfolio: an everyday word, or one the lists lack by its ending ("Tourism"),
   * that names no country, people or known body ("Minister for Trade, Industry and Tourism").
   * (a core word that is also a given name is the field here: "Minister of Art, Culture and ...")
   * (a town named by an everyday word is the remit's word: "Minister for Enterprise,")
   */
  const portfolioWord = (w: string): boolean =>
    (lex.commonWords.has(w) || EVERYDAY_NOUN_ENDINGS.test(w)) &&
    !FUNCTION_WORDS.has(w) &&
    (!lex.firstNames.has(w) || lex.coreWords.has(w)) &&
    !KNOWN_ORGS.has(w) &&
    (!lex.places.has(w) || (lex.commonWords.has(w) && !lex.regions.has(w))) &&
    !lex.countries.has(w) &&
    !lex.demonyms.has(w);
  // Runs inside a minister's remit listed before the holder's name, taken with the title.
  let remitListTo = -1;
  /**
   * Where a remit listed on after a minister's title ends: the comma before the holder's name in
   * "the Minister for Trade, Industry and Tourism, Jane Mwale," (or `to` when none is listed).
   */
  const remitListEnd = (to: number): number => {
    if (tokens[to]?.text !== ',') return to;
    let sawAnd = false;
    for (let q = to + 1; q < tokens.length && q - to <= 8; q++) {
      const w = tokens[q] as Token;
      if (w.text === ',') {
        if (sawAnd && q > to + 1 && tokens[q + 1]?.cap && tokens[q + 1]?.kind === 'word') return q;
        if (sawAnd) return to;
        continue;
      }
      if (w.text === 'and') sawAnd = true;
      else if (w.text === 'the' && sawAnd) continue;
      else if (!w.cap || w.kind !== 'word' || !portfolioWord(w.lower)) return to;
    }
    return to;
  };
  // The words of a minister's title cut before the portfolio's "and", for the holder's name after it.
  let portfolioTitleWords: string[] | undefined;
  for (const [from, runTo] of runs) {
    if (from < remitListTo) continue;
    let p = from;
    const attrs: string[] = [];
    if (!portfolioTitles.has(from)) portfolioTitleWords = undefined;
    // A body's name its bracketed initials spell in full is one body, whatever its words:
    // "Immigration, Refugees and Citizenship Canada (IRCC)", "Norges Bank Investment Management (NBIM)"
    // (no person's: "John F. Kennedy (JFK)" opens with a given name).
    const initials = tokens[runTo + 1];
    if (
      runTo - from >= 3 &&
      tokens[runTo]?.text === '(' &&
      tokens[runTo + 2]?.text === ')' &&
      initials &&
      isAcronym(initials) &&
      !lex.firstNames.has(tokens[from]?.lower ?? '') &&
      // (a law's, an event's, a place's or a country's initials leave it to the rules below: "the Digital
      // Services Act (DSA)", "International Space Station (ISS)", "Democratic Republic of the Congo (DRC)")
      !MISC_HEADS.has(tokens[runTo - 1]?.lower ?? '') &&
      !PLACE_HEADS.has(tokens[runTo - 1]?.lower ?? '') &&
      !lex.countries.has(spanKey(tokens, from, runTo)) &&
      !lex.places.has(spanKey(tokens, from, runTo)) &&
      stripDots(initials.lower).length >= 3 &&
      acronymSpells(stripDots(initials.lower), acronymWords(tokens, from, runTo))
    ) {
      segments.push({ kind: 'org', from, to: runTo, attrs: [], countryCode: undefined });
      continue;
    }
    // A member of a body named right before the member: "a member of the European Parliament Anneke
    // van der Berg" (the body, then the person).
    if (
      (tokens[from - 3]?.lower === 'member' || tokens[from - 3]?.lower === 'members') &&
      tokens[from - 2]?.lower === 'of' &&
      tokens[from - 1]?.lower === 'the'
    ) {
      let head = -1;
      for (let k = from + 1; k < runTo - 1 && head < 0; k++)
        if (
          ORG_HEADS.has(tokens[k]?.lower ?? '') &&
          runTo - (k + 1) >= 2 &&
          !ORG_HEADS.has(tokens[runTo - 1]?.lower ?? '') &&
          (firstNameGender(tokens[k + 1]?.lower ?? '', lex) !== undefined ||
            !lex.commonWords.has(tokens[k + 1]?.lower ?? ''))
        )
          head = k;
      if (head > 0) {
        segments.push({ kind: 'org', from, to: head + 1, attrs: [], countryCode: undefined });
        segments.push({ kind: 'name', from: head + 1, to: runTo, attrs: [], countryCode: undefined });
        continue;
      }
    }
    // A street or square named after an officer, its head first: "Rua General Câmara", "Calle
    // General Prim", "Avenida Marechal Floriano" (the title belongs to the name).
    if (
      runTo - from >= 3 &&
      HEAD_FIRST_PLACES.has(tokens[from]?.lower ?? '') &&
      tokens[from]?.lower !== 'place' &&
      tokens[from]?.cap &&
      TITLE_WORDS.has(tokens[from + 1]?.lower ?? '') &&
      !ORG_HEADS.has(tokens[runTo - 1]?.lower ?? '') &&
      // (nor a company: "Corniche Commercial Bank PJSC")
      !legalSuffixToken(tokens[runTo - 1] as Token)
    ) {
      segments.push({ kind: 'place', from, to: runTo, attrs: [], countryCode: undefined });
      continue;
    }
    // A portfolio's first field before "and" and the rest of a title written before the holder:
    // "Colombian Mines | and Energy Minister X", "Culture | and Tourism Minister Y" (no body "Mines").
    if (tokens[runTo]?.lower === 'and' && runTo - from <= 3) {
      let k = runTo + 1;
      while (
        k < runTo + 4 &&
        tokens[k]?.cap &&
        !MINISTER_TITLES.has(tokens[k]?.lower ?? '') &&
        portfolioWord(tokens[k]?.lower ?? '')
      )
        k++;
      const title = tokens[k];
      let lead = from;
      if (lex.demonyms.has(tokens[lead]?.lower ?? '') && runTo - lead >= 2) lead++;
      if (
        k > runTo + 1 &&
        title?.cap &&
        MINISTER_TITLES.has(title.lower) &&
        (!!tokens[k + 1]?.cap || (tokens[k + 1]?.text === ',' && !!tokens[k + 2]?.cap)) &&
        tokens.slice(lead, runTo).every((w) => w.cap && portfolioWord(w.lower))
      )
        continue;
    }
    if (portfolioTitles.has(runTo + 1) && portfolioRun(from, runTo)) {
      // (a body's initials before the title stay the body: "UN Under-Secretary-General for Economic
      // and Social Affairs")
      const lead = tokens[from];
      if (
        lead &&
        isAcronym(lead) &&
        MINISTER_TITLES.has(tokens[from + 1]?.lower ?? '') &&
        !placeMatch(from, from + 1)
      )
        segments.push({ kind: 'org', from, to: from + 1, attrs: [], countryCode: undefined });
      portfolioTitleWords = [];
      for (let k = from; k < runTo; k++) {
        const w = tokens[k]?.lower ?? '';
        if ((TITLE_WORDS.has(w) || lex.commonWords.has(w)) && !FUNCTION_WORDS.has(w))
          portfolioTitleWords.push(w);
      }
      continue;
    }
    // (the second subject goes with the title: "... and Tourism | Mehmet Ersoy")
    if (portfolioTitles.has(from)) {
      // (and so do the title's words: "State Minister for Labour and Employment X" is "the state minister")
      if (portfolioTitleWords) attrs.push(...portfolioTitleWords);
      // (over an everyday word that is also a given name, before a name of two words: "Marine Declan
      // McGrath" after "Minister for Agriculture, Food and the")
      while (
        p < runTo &&
        (!(p + 1 < runTo && lex.firstNames.has(tokens[p]?.lower ?? '')) ||
          (lex.commonWords.has(tokens[p]?.lower ?? '') && runTo - p > 2))
      )
        p++;
      // (else from the first word past the everyday ones, a name of two words or more: "Trade | Pham
      // Minh Chinh"; else its last two words)
      if (p === runTo) {
        let q = from;
        while (
          q < runTo &&
          lex.commonWords.has(tokens[q]?.lower ?? '') &&
          !isNamePart(tokens[q]?.lower ?? '', lex)
        )
          q++;
        p = q > from && runTo - q >= 2 ? q : runTo - from >= 3 ? runTo - 2 : runTo;
      }
      if (p === runTo) continue;
    }
    const shared = sharedHead.get(from);
    if (shared !== undefined) {
      segments.push({ kind: 'org', from, to: shared, attrs: [], countryCode: undefined });
      continue;
    }
    const to = runTo;
    // A street named after a titled person is the street: "King George Boulevard", "President
    // Kennedy Avenue" (no title to strip).
    // (so is a hospital or college named after a royal: "Queen Elizabeth University Hospital", or an
    // airport or mosque after a ruler or cleric: "Imam Khomeini International Airport")
    const lastLower = tokens[to - 1]?.lower ?? '';
    // (not a titled person whose family name is a street's head: "Judge John Lane said")
    const titledFamilyHead =
      FAMILY_NAME_HEADS.has(lastLower) &&
      lex.firstNames.has(tokens[to - 2]?.lower ?? '') &&
      !LOCATIVES.has(tokens[from - 1]?.text ?? '');
    if (
      to - from >= 3 &&
      TITLE_WORDS.has(tokens[from]?.lower ?? '') &&
      ((STREET_HEADS.has(lastLower) && !titledFamilyHead) ||
        (VENUE_NAMING_TITLES.has(tokens[from]?.lower ?? '') &&
          // (an airport named without its word: "King Khalid International in Riyadh")
          (ORG_HEADS.has(lastLower) || PLACE_HEADS.has(lastLower) || lastLower === 'international'))) &&
      tokens.slice(from, to).every((x) => x.cap)
    ) {
      segments.push({ kind: 'name', from, to, attrs: [], countryCode: undefined });
      continue;
    }
    // A dateline's town named after a titled person keeps the title, there and later in the story:
    // "PRINCE ALBERT, Saskatchewan", "held in Prince Albert".
    const titledTown =
      to - from >= 2 &&
      TITLE_WORDS.has(tokens[from]?.lower ?? '') &&
      ((tokens.slice(from, to).every((x) => x.kind === 'word' && x.text === x.text.toUpperCase()) &&
        tokens[to]?.text === ',' &&
        (lex.regions.has(tokens[to + 1]?.lower ?? '') ||
          lex.countries.has(tokens[to + 1]?.lower ?? '') ||
          (placeMatch(to + 1, to + 4)?.len ?? 0) > 1)) ||
        (datelineTown !== undefined && spanKey(tokens, from, to) === datelineTown));
    // (and a known town named after a titled person, after a word of place: "in Prince George",
    // "to Prince Albert"; "Prince George visited" is the prince)
    const titledPlace =
      to - from === 2 &&
      TITLE_WORDS.has(tokens[from]?.lower ?? '') &&
      LOCATIVES.has(tokens[from - 1]?.text ?? '') &&
      placeMatch(from, to)?.len === 2;
    if (titledTown || titledPlace) {
      if (from === 0) datelineTown = spanKey(tokens, from, to);
      segments.push({ kind: 'name', from, to, attrs: [], countryCode: undefined });
      continue;
    }
    // A people as a group: "Muslims", "Afghans" (a plural demonym standing alone).
    // ("South Koreans", "Sri Lankans": a two-word nationality in the plural)
    const only = to - from === 1 ? tokens[from] : undefined;
    // (a people's name with no plural of its own before a noun qualifies it, naming nobody: "Rohingya
    // refugees", "a Rohingya teacher", "Druze villages")
    const qualified = tokens[to];
    if (
      only &&
      PERSON_GROUPS.has(only.lower) &&
      !only.lower.endsWith('s') &&
      qualified?.kind === 'word' &&
      qualified.text === qualified.lower &&
      qualified.sentence === only.sentence &&
      ((qualified.text.endsWith('s') && !/^(?:was|has|is|does|always|says)$/u.test(qualified.text)) ||
        QUALIFIED_PEOPLE_NOUNS.has(qualified.text))
    )
      continue;
    const pair = to - from === 2 && tokens[to - 1]?.lower.endsWith('s') ? tokens[from] : undefined;
    if (
      (only &&
        (PERSON_GROUPS.has(only.lower) ||
          (lex.demonyms.has(only.lower) &&
            /s$/u.test(only.lower) &&
            lex.demonyms.has(only.lower.slice(0, -1))))) ||
      (pair &&
        lex.pairHeads.has(pair.lower) &&
        lex.demonyms.has(`${pair.lower} ${tokens[from + 1]?.lower.slice(0, -1) ?? ''}`))
    ) {
      segments.push({ kind: 'group', from, to, attrs: [], countryCode: undefined });
      continue;
    }
    // A place the lists lack before a governor's title written short and its holder: "Ishikawa Gov.
    // Tatsuo Hasegawa" (as the gazetteer splits "Texas Gov. Greg Abbott"; not a party: "Democratic
    // Gov. Josh Shapiro").
    const govAt = to - 1;
    if (
      to - from >= 2 &&
      to - from <= 3 &&
      tokens[govAt]?.text === 'Gov' &&
      tokens[to]?.text === '.' &&
      tokens[to + 1]?.cap &&
      tokens[to + 1]?.kind === 'word' &&
      tokens
        .slice(from, govAt)
        .every((w) => w.kind === 'word' && !lex.commonWords.has(w.lower) && !lex.demonyms.has(w.lower)) &&
      !KNOWN_ORGS.has(spanKey(tokens, from, govAt, '_')) &&
      !placeMatch(from, govAt)
    ) {
      segments.push({ kind: 'place', from, to: govAt, attrs: [], countryCode: undefined });
      segments.push({ kind: 'title', from: govAt, to, attrs: ['gov'], countryCode: undefined });
      continue;
    }
    // A place's officer whose office is meant: "the Los Angeles Sheriff's office", "the County
    // Coroner's department" name the body, not a person.
    const officeAfter = tokens[to + 1];
    if (
      to - from >= 2 &&
      TITLE_WORDS.has(tokens[to - 1]?.lower ?? '') &&
      tokens[to]?.kind === 'poss' &&
      officeAfter?.kind === 'word' &&
      officeAfter.text === officeAfter.lower &&
      (officeAfter.lower === 'office' || officeAfter.lower === 'department')
    ) {
      segments.push({ kind: 'org', from, to, attrs: [], countryCode: undefined });
      continue;
    }
    // The first items of a minister's portfolio listed with commas: "Higher Education, Science and
    // Innovation Minister Nomvula Dlamini-Khoza" (the last item goes with the title).
    if (tokens[to]?.text === ',' && tokens[to + 1]?.cap) {
      let k = to + 1;
      while (
        k < to + 6 &&
        tokens[k]?.kind === 'word' &&
        (tokens[k]?.cap || tokens[k]?.text === 'and') &&
        !PORTFOLIO_HOLDERS.has(tokens[k]?.lower ?? '')
      )
        k++;
      const listed = (a: number, b: number): boolean => {
        for (let w = a; w < b; w++) {
          const x = tokens[w]?.lower ?? '';
          if (
            !(lex.commonWords.has(x) || PORTFOLIOS.has(x)) ||
            (FUNCTION_WORDS.has(x) && x !== 'and') ||
            KNOWN_ORGS.has(x) ||
            lex.places.has(x) ||
            lex.countries.has(x)
          )
            return false;
        }
        return true;
      };
      if (
        tokens[k]?.lower === 'minister' &&
        k > to + 1 &&
        tokens[k + 1]?.cap &&
        listed(from, to) &&
        listed(to + 1, k) &&
        tokens.slice(to + 1, k).some((x) => x.text === 'and')
      )
        continue;
    }
    // A minister's title with its portfolio in everyday words and no name after it names no one:
    // "Iraq's Water Resources Minister said", "Energy and Natural Resources Minister, Mehmet ...".
    // (also a Kenyan cabinet secretary's: "Kenya's Interior Cabinet Secretary, Joseph Kiprono,")
    const cabinetSecretary = tokens[to - 1]?.lower === 'secretary' && tokens[to - 2]?.lower === 'cabinet';
    if (
      to - from >= (cabinetSecretary ? 3 : 2) &&
      (PORTFOLIO_HOLDERS.has(tokens[to - 1]?.lower ?? '') || cabinetSecretary) &&
      !(tokens[to]?.cap && tokens[to]?.kind === 'word') &&
      // (not inside a body's name: "the Office of the Police Complaints Commissioner")
      tokens[from - 1]?.lower !== 'of' &&
      !(tokens[from - 1]?.lower === 'the' && tokens[from - 2]?.lower === 'of') &&
      !(tokens[from - 1]?.cap && tokens[from - 1]?.kind === 'word')
    ) {
      let everyday = true;
      for (let k = from; k < to - (cabinetSecretary ? 2 : 1) && everyday; k++) {
        const w = tokens[k]?.lower ?? '';
        everyday =
          lex.commonWords.has(w) &&
          (w === 'and' || !FUNCTION_WORDS.has(w)) &&
          !KNOWN_ORGS.has(w) &&
          !lex.places.has(w) &&
          !lex.countries.has(w) &&
          !lex.demonyms.has(w);
      }
      if (everyday) continue;
    }
    // ... and so does one with its portfolio after "for" or "of": "the Minister for Resources, Priya
    // Raman", "The Minister of Indigenous Peoples, Ana Baré" (not a body "Minister for Resources").
    // (a Kenyan cabinet secretary's too: "Cabinet Secretary for Information, Communications and the
    // Digital Economy, Achieng Odhiambo")
    // (or a state secretary's, a deputy minister's: "State Secretary for International Climate
    // Action, Katrin Vollmer")
    const rankLead = cabinetSecretary || !MINISTER_RANKS.has(tokens[from]?.lower ?? '') ? 0 : 1;
    if (
      to - from >= 3 + rankLead &&
      MINISTER_TITLES.has(tokens[from + rankLead]?.lower ?? '') &&
      (tokens[from + 1 + rankLead]?.text === 'for' || tokens[from + 1 + rankLead]?.text === 'of') &&
      !(tokens[to]?.cap && tokens[to]?.kind === 'word')
    ) {
      let everyday = true;
      for (let k = from + 2 + rankLead; k < to && everyday; k++) {
        const w = tokens[k]?.lower ?? '';
        everyday = w === 'and' || w === 'the' || portfolioWord(w);
      }
      if (everyday) {
        // (its holder named in commas after it takes the title; a remit listed on before the name
        // belongs to the title: "the Minister for Trade, Industry and Tourism, Jane Mwale,")
        if (tokens[to]?.text === ',') {
          const attrs: string[] = [];
          for (let k = from; k < to; k++) {
            const w = tokens[k]?.lower ?? '';
            if (!FUNCTION_WORDS.has(w)) attrs.push(w);
          }
          segments.push({ kind: 'title', from, to, attrs, countryCode: undefined });
          remitListTo = remitListEnd(to);
        }
        continue;
      }
    }
    // A Romance body's name opened by its kind and its "of", whatever follows: "Universidad de
    // Chile", "Banco de la Nación Argentina".
    if (
      to - from >= 3 &&
      ROMANCE_HEADS.has(tokens[from]?.lower ?? '') &&
      ROMANCE_OF.has(tokens[from + 1]?.text ?? '')
    ) {
      // (up to its officer's title before a given name: "Banco de Mexico Governor Victoria Rodriguez
      // Ceja", "Banque de France Governor François Villeroy de Galhau")
      let officer = -1;
      for (let k = from + 3; k + 1 < to && officer < 0; k++)
        if (
          TITLE_CORE.has(tokens[k]?.lower ?? '') &&
          tokens[k - 1]?.cap &&
          (firstNameGender(tokens[k + 1]?.lower ?? '', lex) !== undefined ||
            // (a name part the given names lack, before another: "Álvaro Santos Pereira")
            (isNamePart(tokens[k + 1]?.lower ?? '', lex) &&
              k + 2 < to &&
              !lex.places.has(tokens[k + 1]?.lower ?? ''))) &&
          !lex.commonWords.has(tokens[k + 1]?.lower ?? '')
        )
          officer = k;
      if (officer < 0) {
        segments.push({ kind: 'org', from, to, attrs: [], countryCode: undefined });
        continue;
      }
      segments.push({ kind: 'org', from, to: officer, attrs: [], countryCode: undefined });
      p = officer;
    }
    // A trade no list knows opening the sentence before a given name and a family name is a
    // description: "Crofter Angus MacKinnon told AFP" (not a given name or family name itself:
    // "Hunter Biden", "Potter Stewart").
    if (
      p === from &&
      tokens[p]?.initial &&
      to - p >= 3 &&
      /^\p{Lu}\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(tokens[p]?.text ?? '') &&
      !lex.firstNames.has(tokens[p]?.lower ?? '') &&
      !lex.nameParts.has(tokens[p]?.lower ?? '') &&
      !lex.commonWords.has(tokens[p]?.lower ?? '') &&
      !ORG_HEADS.has(tokens[p]?.lower ?? '') &&
      lex.firstNames.has(tokens[p + 1]?.lower ?? '') &&
      !lex.commonWords.has(tokens[p + 1]?.lower ?? '')
    )
      p++;
    // A verb's "-ing" form opening the sentence before a body's initials or a known body is no part
    // of its name: "Joining AB InBev means ...", "Leaving IBM was hard" (not a place: "Reading").
    if (
      p === from &&
      tokens[p]?.initial &&
      to - p >= 2 &&
      /^\p{Lu}\p{Ll}{2,}ing$/u.test(tokens[p]?.text ?? '') &&
      lex.commonWords.has(tokens[p]?.lower ?? '') &&
      !lex.places.has(tokens[p]?.lower ?? '') &&
      !lex.firstNames.has(tokens[p]?.lower ?? '') &&
      !ORG_HEADS.has(tokens[p]?.lower ?? '') &&
      (isAcronym(tokens[p + 1] as Token) ||
        KNOWN_ORGS.has(spanKey(tokens, p + 1, to, '_')) ||
        lex.companies.has(spanKey(tokens, p + 1, to)))
    )
      p++;
    // "Opposition" before a party's word is no part of the party's name: "Opposition Conservative
    // justice spokesman Alastair Pennington-Cole".
    // (nor, opening a sentence, before a party's name: "Opposition People's Party lawmaker X said")
    if (
      tokens[p]?.lower === 'opposition' &&
      p + 1 < to &&
      ((PARTY_FAMILY_WORDS.has(tokens[p + 1]?.lower ?? '') && !ORG_HEADS.has(tokens[to - 1]?.lower ?? '')) ||
        (tokens[p]?.initial && to - p >= 3 && tokens[to - 1]?.lower === 'party') ||
        // (nor before its initials: "The Opposition NDP's critic")
        (to - p === 2 &&
          !!tokens[p + 1] &&
          isAcronym(tokens[p + 1] as Token) &&
          (tokens[p + 1]?.text.length ?? 0) >= 2) ||
        // (nor before a party of one word, and its member's role in lower case: "Opposition Congress
        // leader X")
        (to - p === 2 &&
          (tokens[p + 1]?.text === 'Congress' || KNOWN_ORGS.has(tokens[p + 1]?.lower ?? '')) &&
          tokens[to]?.kind === 'word' &&
          tokens[to]?.text === tokens[to]?.lower &&
          (TITLE_WORDS.has(tokens[to]?.text ?? '') || OFFICER_ROLES.has(tokens[to]?.text ?? ''))))
    )
      p++;
    while (p < to) {
      const lead = tokens[p];
      // A body's initials before a title and a name are the body: "NOAA Administrator Dr. Lorraine
      // Whitaker", "ESA Director of Science Henrik van der Meulen".
      if (
        lead &&
        p === from &&
        p + 2 < to &&
        lead.text.length >= 3 &&
        isAcronym(lead) &&
        !lex.countries.has(lead.lower) &&
        !placeMatch(p, p + 1) &&
        !lex.places.has(stripDots(lead.lower)) &&
        // (over a level of office: "WHO Regional Director for Africa Dr. Joseph Kariuki")
        (TITLE_CORE.has(tokens[p + 1]?.lower ?? '') ||
          (LEVEL_ADJECTIVES.has(tokens[p + 1]?.lower ?? '') &&
            TITLE_CORE.has(tokens[p + 2]?.lower ?? '') &&
            p + 3 < to)) &&
        tokens[p + 1]?.cap
      ) {
        segments.push({ kind: 'org', from: p, to: p + 1, attrs: [], countryCode: undefined });
        p++;
        continue;
      }
      if (
        lead &&
        (lead.text === lead.lower || lead.text === '.') &&
        p + 1 < to &&
        !(p === from && particleTails.has(spanKey(tokens, from, to))) &&
        !(p === from && lead.kind === 'num')
      ) {
        // A connector left over after a title ("Secretary of State | of the | United States").
        p++;
        continue;
      }
      let dem = demonymAt(p);
      // A place whose name opens with a nationality is the place: "British Columbia", "New Mexico".
      if (dem) {
        const longer = placeMatch(p, to);
        if (longer && longer.len > dem.len) dem = undefined;
        // A country's name used as its adjective ("New Zealand skipper") names the country alone.
        else if (p + dem.len === to && lex.countries.has(spanKey(tokens, p, to))) dem = undefined;
      }
      // "European Commission President Ursula von der Leyen": the nationality opens the body's name
      // when a body's head follows it.
      // (not a portfolio that is also a head, before its minister: "Italian Sports Minister")
      const headNext =
        !!dem &&
        ORG_HEADS.has(tokens[p + dem.len]?.lower ?? '') &&
        !(
          TITLE_WORDS.has(tokens[p + dem.len]?.lower ?? '') &&
          TITLE_CORE.has(tokens[p + dem.len + 1]?.lower ?? '')
        );
      // A nationality before a landform's name is the landform's name: "Korean Peninsula", "Tibetan
      // Plateau", "Scottish Highlands", "Swiss Alps".
      // (and a people's before a territory or reserve, over everyday words: "Yanomami Indigenous
      // Territory")
      const peoplesLand =
        !!dem &&
        dem.code === dem.code.toUpperCase() &&
        dem.code.length > 2 &&
        to - p - dem.len >= 2 &&
        to - p - dem.len <= 3 &&
        PEOPLES_LANDS.has(tokens[to - 1]?.lower ?? '') &&
        tokens.slice(p + dem.len, to - 1).every((x) => x.kind === 'word' && lex.commonWords.has(x.lower));
      if (
        dem &&
        ((p + dem.len === to - 1 && DEMONYM_LANDFORMS.has(tokens[to - 1]?.lower ?? '')) || peoplesLand)
      ) {
        segments.push({ kind: 'place', from: p, to, attrs: [], countryCode: undefined });
        break;
      }
      // (nor before a place's name of its own that a place's head ends: "Australian War Memorial",
      // "Polish Polar Station")
      const ownPlaceName =
        !!dem &&
        to - p - dem.len >= 2 &&
        PLACE_HEADS.has(tokens[to - 1]?.lower ?? '') &&
        !placeMatch(p + dem.len, to) &&
        tokens.slice(p + dem.len, to - 1).every((x) => x.kind === 'word' && lex.commonWords.has(x.lower));
      // (nor a town's "-er" adjective before one word that is no name, a German body's: "Leipziger
      // Verkehrsbetriebe", "Wiener Linien"; "Londoner Amira Shah" is a person after it)
      const townBody =
        !!dem &&
        dem.code.startsWith('@') &&
        p + dem.len === to - 1 &&
        !lex.firstNames.has(tokens[to - 1]?.lower ?? '') &&
        !lex.nameParts.has(tokens[to - 1]?.lower ?? '') &&
        !lex.commonWords.has(tokens[to - 1]?.lower ?? '');
      // (a street or square so named is a place: "Potsdamer Platz", "Leipziger Strasse")
      const townStreet =
        !!dem &&
        dem.code.startsWith('@') &&
        p + dem.len === to - 1 &&
        SQUARES_AND_STREETS.has(tokens[to - 1]?.lower ?? '');
      if (dem && townStreet) {
        segments.push({ kind: 'place', from: p, to, attrs: [], countryCode: undefined });
        break;
      }
      if (dem && townBody) {
        segments.push({ kind: 'org', from: p, to, attrs: [], countryCode: undefined });
        break;
      }
      // (nor a people in the plural naming an advocacy body: "Jamaicans for Justice")
      const peopleFor =
        !!dem && tokens[p + dem.len]?.lower === 'for' && (tokens[p]?.lower ?? '').endsWith('s');
      // (nor after "the", before everyday words no name or title has: "The Polish Humanitarian
      // Action said", a body's own name)
      const theBody =
        !!dem &&
        p === from &&
        tokens[from - 1]?.lower === 'the' &&
        to - p - dem.len >= 2 &&
        tokens
          .slice(p + dem.len, to)
          .every(
            (x) =>
              x.kind === 'word' &&
              x.cap &&
              lex.commonWords.has(x.lower) &&
              !lex.nameParts.has(x.lower) &&
              !lex.firstNames.has(x.lower) &&
              !TITLE_WORDS.has(x.lower) &&
              !FUNCTION_WORDS.has(x.lower),
          );
      if (
        dem &&
        p + dem.len < to &&
        !headNext &&
        !ownPlaceName &&
        !peopleFor &&
        !theBody &&
        !orgNameFrom(p, to, p + dem.len)
      ) {
        attrs.push(dem.code);
        p += dem.len;
        continue;
      }
      if (dem && p + dem.len === to) {
        // A bare demonym ("Chinese") is no entity, except before a geographic noun: "the Indonesian island".
        const geo = tokens[to];
        // (a country's, which names it: a region's or a people's adjective has no name to give, "the
        // Catalan capital")
        if (
          geo &&
          GEO_NOUNS.has(geo.lower) &&
          geo.text === geo.lower &&
          (dem.code.length === 2 || CONTINENT_NAMES.has(dem.code))
        ) {
          segments.push({ kind: 'place', from: p, to, attrs: [], countryCode: dem.code });
        }
        break;
      }
      const place = placeMatch(p, to);
      const afterPlace = tokens[p + (place?.len ?? 0)];
      // "Lagos State Commissioner ...", "Cook County Sheriff ...": the place's unit word goes with it.
      // (Not a country's, nor a title of its own: "U.S. District Judge", "Texas State Senator".)
      const unitTitle = tokens[p + (place?.len ?? 0) + 1]?.lower ?? '';
      const unit =
        !!place &&
        !place.code &&
        !!afterPlace &&
        ADMIN_UNITS.has(afterPlace.lower) &&
        TITLE_CORE.has(unitTitle) &&
        !UNIT_TITLES.has(`${afterPlace.lower} ${unitTitle}`)
          ? 1
          : 0;
      // (also a region as a title's remit before its holder's name: "Minister for the Middle East
      // Rupert Ashcombe-Lyle")
      const remitLink = tokens[p - 1]?.lower === 'the' ? p - 2 : p - 1;
      const remitPlace =
        !!place &&
        to - p - place.len >= 2 &&
        // (or a town's, after "of": "Mayor of Busan Lee Dong-hoon")
        (tokens[remitLink]?.lower === 'for' || tokens[remitLink]?.lower === 'of') &&
        TITLE_CORE.has(tokens[remitLink - 1]?.lower ?? '') &&
        to - p - place.len <= 3 &&
        (lex.firstNames.has(tokens[p + place.len]?.lower ?? '') ||
          !lex.commonWords.has(tokens[p + place.len]?.lower ?? '')) &&
        !ORG_HEADS.has(tokens[to - 1]?.lower ?? '') &&
        !PLACE_HEADS.has(tokens[to - 1]?.lower ?? '');
      const splitsOff =
        !!place &&
        (!!place.code ||
          remitPlace ||
          unit === 1 ||
          (!!afterPlace &&
            (TITLE_CORE.has(afterPlace.lower) ||
              lex.demonyms.has(afterPlace.lower) ||
              // "Manhattan U.S. Attorney": a town before its country's title.
              (lex.countries.has(stripDots(afterPlace.lower)) &&
                TITLE_CORE.has(tokens[p + (place?.len ?? 0) + 1]?.lower ?? '')))));
      // A country's name that is also a given name, before a family name alone: "Jordan Bardella",
      // "Israel Katz" (not "Israel Defense Forces", "Jordan Valley", "Georgia Power").
      const famTok = tokens[p + 1];
      const givenCountry =
        !!place &&
        !!place.code &&
        place.len === 1 &&
        // (or a Catalan or Spanish family name of two joined by "i" or "y": "Montserrat Ferrer i
        // Bosch")
        (p + 2 === to ||
          (p + 4 === to &&
            (tokens[p + 2]?.text === 'i' || tokens[p + 2]?.text === 'y') &&
            !!tokens[p + 3]?.cap &&
            (lex.nameParts.has(tokens[p + 3]?.lower ?? '') ||
              // (Catalan "i" before a family name that is an everyday word too: "Puigcercós i Torrent")
              (tokens[p + 2]?.text === 'i' &&
                tokens[p + 3]?.kind === 'word' &&
                !lex.places.has(tokens[p + 3]?.lower ?? '') &&
                !lex.countries.has(tokens[p + 3]?.lower ?? '') &&
                !ORG_HEADS.has(tokens[p + 3]?.lower ?? ''))))) &&
        !!famTok &&
        famTok.kind === 'word' &&
        lex.firstNames.has(tokens[p]?.lower ?? '') &&
        // (a family name that is a rarer everyday word too: "Georgia Bell", "India Knight")
        (!lex.commonWords.has(famTok.lower) ||
          (lex.nameParts.has(famTok.lower) && !lex.coreWords.has(famTok.lower))) &&
        // (a town's name that is a family name too: "Jordan Henderson")
        (!lex.places.has(famTok.lower) ||
          lex.nameParts.has(famTok.lower) ||
          lex.firstNames.has(famTok.lower)) &&
        !lex.countries.has(famTok.lower) &&
        !lex.regions.has(famTok.lower) &&
        !lex.demonyms.has(famTok.lower) &&
        !ORG_HEADS.has(famTok.lower) &&
        !PLACE_HEADS.has(famTok.lower) &&
        !TITLE_WORDS.has(famTok.lower) &&
        !isAcronym(famTok);
      // (a country's name that opens a body's, before its officer's title: "Bangladesh Bank Governor
      // Ahsan Mansur", "Israel Police Commissioner Daniel Levy")
      // (also before a word of another language no list knows and a body's head: "Nepal Rastra Bank")
      const afterHead = tokens[p + (place?.len ?? 0) + 1]?.lower ?? '';
      const countryBody =
        !!place?.code &&
        !!afterPlace &&
        ((COUNTRY_NAMED_BODIES.has(afterPlace.lower) &&
          TITLE_CORE.has(afterHead) &&
          !!tokens[p + place.len + 2]?.cap) ||
          (afterPlace.kind === 'word' &&
            !isAcronym(afterPlace) &&
            !lex.commonWords.has(afterPlace.lower) &&
            !lex.places.has(afterPlace.lower) &&
            !lex.countries.has(afterPlace.lower) &&
            !lex.firstNames.has(afterPlace.lower) &&
            !lex.nameParts.has(afterPlace.lower) &&
            !KNOWN_ORGS.has(afterPlace.lower) &&
            !lex.companies.has(afterPlace.lower) &&
            !EVERYDAY_NOUN_ENDINGS.test(afterPlace.lower) &&
            ((!!tokens[p + place.len + 1]?.cap &&
              ORG_HEADS.has(afterHead) &&
              !PLURAL_ORG_HEADS.has(afterHead)) ||
              // (or alone, ending the name: "France Assureurs", "Kenya Kwanza")
              (p + place.len + 1 === to &&
                afterPlace.text.length >= 4 &&
                afterPlace.text !== afterPlace.text.toUpperCase()))));
      if (
        place &&
        splitsOff &&
        !givenCountry &&
        !countryBody &&
        p + place.len < to &&
        !orgNameFrom(p, to, p + place.len) &&
        !PLACE_HEADS.has(tokens[to - 1]?.lower ?? '') &&
        // (nor a place's head-first word that is a country too, before a particle: "Palau de la
        // Generalitat" is a palace)
        !(
          place.len === 1 &&
          HEAD_FIRST_PLACES_UNLESS_BODY.has(tokens[p]?.lower ?? '') &&
          NAME_PARTICLES.has(tokens[p + 1]?.text ?? '')
        )
      ) {
        segments.push({
          kind: 'place',
          from: p,
          to: p + place.len + unit,
          attrs: [],
          countryCode: place.code,
        });
        if (place.code) attrs.push(place.code);
        p += place.len + unit;
        continue;
      }
      // Titles: a run of title words holding a core title ("Secretary of State", "Home Secretary"),
      // perhaps after an everyday adjective ("Regional Secretary", "Sectorial Under-Secretary").
      let q = p;
      let core = false;
      // Title words the lists lack, taken here: a portfolio ("Minister of Electricity"), "Tan Sri".
      let extraTitleWords: Set<number> | undefined;
      // A town of one word the title is "of", before its holder's given name: "Mayor of Douai
      // Frédéric Lemaire" (the town a place of its own).
      let seat = -1;
      const adjective = tokens[p];
      // (a portfolio of two words before the name: "Minister of the Digital Economy Ana Lopes")
      const secondWord = tokens[p + 1];
      const twoWordPortfolio =
        to - p >= 4 &&
        !!secondWord?.cap &&
        secondWord.kind === 'word' &&
        lex.commonWords.has(secondWord.lower) &&
        !lex.firstNames.has(secondWord.lower) &&
        !lex.nameParts.has(secondWord.lower) &&
        (lex.firstNames.has(tokens[p + 2]?.lower ?? '') || !lex.commonWords.has(tokens[p + 2]?.lower ?? ''));
      if (
        adjective &&
        p + 1 < to &&
        adjective.lower.length > 5 &&
        adjective.lower.endsWith('al') &&
        !TITLE_WORDS.has(adjective.lower) &&
        !KNOWN_ORGS.has(adjective.lower) &&
        !POLITICAL_ADJECTIVES.has(adjective.lower) &&
        (lex.commonWords.has(adjective.lower) || /(?:ial|onal)$/u.test(adjective.lower)) &&
        TITLE_CORE.has(tokens[p + 1]?.lower ?? '')
      )
        q++;
      // ... or a qualifier of a faith's title: "Grand Mufti", "Maronite Patriarch", "Sephardi Chief
      // Rabbi", "the Holy Father".
      else if (
        adjective &&
        p + 1 < to &&
        FAITH_TITLE_QUALIFIERS.has(adjective.lower) &&
        (FAITH_TITLES.has(tokens[p + 1]?.lower ?? '') ||
          (tokens[p + 1]?.lower === 'chief' && FAITH_TITLES.has(tokens[p + 2]?.lower ?? '')))
      )
        q++;
      // A title's portfolio after "of the"/"for the" opens the run before the name: "Leader of the
      // Opposition Edappadi Murugesan", "Secretary of State for the Environment Ignacio Montero".
      // (after a nationality the run opens with: "Minister of the French Language ...")
      else if (
        (p === from || (p === from + 1 && lex.demonyms.has(tokens[from]?.lower ?? ''))) &&
        adjective?.cap &&
        to - p >= 3 &&
        tokens[from - 1]?.lower === 'the' &&
        (tokens[from - 2]?.lower === 'of' || tokens[from - 2]?.lower === 'for') &&
        tokens[from - 3]?.cap &&
        TITLE_WORDS.has(tokens[from - 3]?.lower ?? '') &&
        (lex.commonWords.has(adjective.lower) || PORTFOLIOS.has(adjective.lower)) &&
        !lex.firstNames.has(adjective.lower) &&
        (lex.firstNames.has(secondWord?.lower ?? '') ||
          !lex.commonWords.has(secondWord?.lower ?? '') ||
          twoWordPortfolio)
      ) {
        extraTitleWords = new Set(twoWordPortfolio ? [p, p + 1] : [p]);
        core = true;
        q += twoWordPortfolio ? 2 : 1;
      }
      while (q < to) {
        const t = tokens[q];
        if (!t) break;
        // A rank of two words whose first is an everyday one: "Field Marshal", "Air Marshal".
        if ((t.text === 'Field' || t.text === 'Air') && tokens[q + 1]?.text === 'Marshal' && to - q >= 3) {
          extraTitleWords ??= new Set();
          extraTitleWords.add(q);
          q++;
          continue;
        }
        // ("King's College": a possessive makes the word part of a name, not a title.)
        // ("Defence Minister Gen Nakatani": "Gen" without its dot after a title and before one name
        // is a given name; "Army chief Gen Asim Munir" keeps the rank.)
        if (
          (TITLE_WORDS.has(t.lower) || TITLE_WORDS.has(stripDots(t.lower))) &&
          !(tokens[q + 1]?.kind === 'poss' && POSSESSIVE_NAME_WORDS.has(t.lower) && tokens[q + 2]?.cap) &&
          // (a rank's initials with no name after them that the story gives in brackets after a body
          // are the body's: "the Directorate of Criminal Investigations (DCI) ... the DCI team")
          !(q + 1 === to && t.text.length >= 3 && isAcronym(t) && text.includes(`(${t.text})`)) &&
          // ("Major League Soccer", "Major League Baseball", "Indian Premier League": a league's name,
          // no rank)
          !((t.lower === 'major' || t.lower === 'premier') && tokens[q + 1]?.lower === 'league') &&
          // ("King Street", "Queen Square", "Bishop Road": a street named after the title)
          !(q + 1 < to && SQUARES_AND_STREETS.has(tokens[q + 1]?.lower ?? '')) &&
          // ("Justice Bridge Uganda": a body named with a title's word, an everyday word and its country)
          !(
            q === from &&
            to - q >= 3 &&
            lex.countries.has(tokens[to - 1]?.lower ?? '') &&
            lex.commonWords.has(tokens[q + 1]?.lower ?? '') &&
            !lex.firstNames.has(tokens[q + 1]?.lower ?? '') &&
            !TITLE_WORDS.has(tokens[q + 1]?.lower ?? '')
          ) &&
          // ("Envoy Air": an airline named with a title's word)
          !(q === from && to - q === 2 && tokens[q + 1]?.text === 'Air') &&
          // ("General Santos City": a city named after a titled person, the title opening its name)
          !(
            q === from &&
            to - q >= 3 &&
            tokens[to - 1]?.text === 'City' &&
            !TITLE_WORDS.has(tokens[q + 1]?.lower ?? '') &&
            !tokens.slice(q, to).some((w) => w.lower === 'of')
          ) &&
          // ("Energy Minister Sultan Obaid Al Ketbi", "COP28 President Sultan Al Jaber": "Sultan"
          // right after another title and before a name of two words or more is a given name)
          !(t.lower === 'sultan' && to - q >= 3 && (q > p || TITLE_WORDS.has(tokens[q - 1]?.lower ?? ''))) &&
          // (nor before an Arabic family name's "Al": "Sultan Al Jaber", "Omar Sultan Al Olama"; "Sultan
          // Haitham bin Tariq" keeps the title)
          !(t.lower === 'sultan' && to - q >= 3 && /^al(?:-|$)/u.test(tokens[q + 1]?.lower ?? '')) &&
          // (or a given name and "Al": "Sultan Obaid Al Mazrouei")
          !(
            t.lower === 'sultan' &&
            to - q === 4 &&
            (lex.firstNames.has(tokens[q + 1]?.lower ?? '') ||
              (lex.nameParts.has(tokens[q + 1]?.lower ?? '') &&
                !lex.commonWords.has(tokens[q + 1]?.lower ?? ''))) &&
            /^al$/u.test(tokens[q + 2]?.lower ?? '')
          ) &&
          // ("Emir" before a South Slavic family name is a Bosnian given name: "Emir Kapetanović")
          !(t.lower === 'emir' && q + 2 === to && /i[cć]$/u.test(tokens[q + 1]?.text ?? '')) &&
          // ("TD" after a party is an Irish member's title; opening a name it is a bank's: "TD Cowen")
          // (also before a given name: "independent TD Michael Lowry")
          !(
            t.text === 'TD' &&
            !(tokens[q - 1]?.cap && tokens[q - 1]?.kind === 'word' && tokens[q - 1]?.end === t.start - 1) &&
            !lex.firstNames.has(tokens[q + 1]?.lower ?? '')
          ) &&
          !(
            t.text === 'Gen' &&
            TITLE_CORE.has(tokens[q - 1]?.lower ?? '') &&
            tokens[q + 1]?.text !== '.' &&
            tokens[q + 1]?.cap &&
            !(tokens[q + 2]?.cap && tokens[q + 2]?.kind === 'word')
          )
        ) {
          if (TITLE_CORE.has(t.lower) || TITLE_CORE.has(stripDots(t.lower))) core = true;
          q++;
          continue;
        }
        if ((t.lower === 'of' || t.lower === 'for' || t.lower === 'to' || t.text === '.') && q > p) {
          q++;
          continue;
        }
        // A nationality opening a portfolio before a name of two words: "Minister of Canadian Heritage
        // Marc-André Lévesque".
        if (core && q > p + 1 && to - q >= 3) {
          const joined = tokens[q - 1]?.lower;
          const inPortfolio =
            joined === 'for' || joined === 'of' || joined === 'and' || extraTitleWords?.has(q - 1);
          if (
            inPortfolio &&
            t.cap &&
            t.kind === 'word' &&
            lex.demonyms.has(t.lower) &&
            lex.commonWords.has(tokens[q + 1]?.lower ?? '') &&
            !ORG_HEADS.has(tokens[to - 1]?.lower ?? '')
          ) {
            extraTitleWords ??= new Set();
            extraTitleWords.add(q);
            q++;
            continue;
          }
        }
        // A second or third holder's numeral after the title, before a name of two words or more:
        // Malaysia's "Finance Minister II Amir Hamzah".
        if (
          core &&
          /^(?:II|III|IV)$/u.test(t.text) &&
          TITLE_WORDS.has(tokens[q - 1]?.lower ?? '') &&
          to - q >= 3 &&
          !!tokens[q + 1]?.cap
        ) {
          extraTitleWords ??= new Set();
          extraTitleWords.add(q);
          q++;
          continue;
        }
        if (
          core &&
          seat < 0 &&
          q > p + 1 &&
          tokens[q - 1]?.lower === 'of' &&
          t.cap &&
          t.kind === 'word' &&
          to - q >= 3 &&
          !lex.firstNames.has(t.lower) &&
          !lex.commonWords.has(t.lower) &&
          !lex.countries.has(t.lower) &&
          firstNameGender(tokens[q + 1]?.lower ?? '', lex) !== undefined &&
          !ORG_HEADS.has(tokens[to - 1]?.lower ?? '') &&
          !PLACE_HEADS.has(tokens[to - 1]?.lower ?? '')
        ) {
          seat = q;
          extraTitleWords ??= new Set();
          extraTitleWords.add(q);
          q++;
          continue;
        }
        // Malaysian honours of two words: "Tan Sri", "Puan Sri" ("Tan" alone is a family name).
        // (alone before a doctor's title, whose period ends the run: "Tan Sri Dr. Rahimah Ismail")
        if (
          ((t.lower === 'tan' || t.lower === 'puan') &&
            tokens[q + 1]?.text === 'Sri' &&
            (to - q >= 4 ||
              // (opening the run or after a title: "chairman Tan Sri Dr Zulkifli")
              ((q === p || TITLE_WORDS.has(tokens[q - 1]?.lower ?? '')) &&
                ((to - q === 2 &&
                  tokens[to]?.lower === 'dr' &&
                  (tokens[to + 1]?.text === '.' ? !!tokens[to + 2]?.cap : !!tokens[to + 1]?.cap)) ||
                  (to - q === 3 &&
                    (tokens[to - 1]?.lower === 'prof' || tokens[to - 1]?.lower === 'dr') &&
                    tokens[to]?.text === '.' &&
                    !!tokens[to + 1]?.cap))))) ||
          (t.text === 'Sri' && extraTitleWords?.has(q - 1))
        ) {
          core = true;
          extraTitleWords ??= new Set();
          extraTitleWords.add(q);
          q++;
          continue;
        }
        // A portfolio the title words lack, after "Minister of" and before a name of two words or
        // more: "Minister of Electricity Kgosientsho Ramokgopa", "Minister of Electricity and Energy
        // ...".
        const joiner = tokens[q - 1]?.lower;
        // (of one word or more: "Deputy Governor for Monetary Policy Priya Raghunathan")
        if (
          core &&
          q > p + 1 &&
          (joiner === 'of' ||
            joiner === 'for' ||
            joiner === 'and' ||
            (extraTitleWords?.has(q - 1) &&
              tokens[q - 2]?.lower !== 'tan' &&
              tokens[q - 2]?.lower !== 'puan') ||
            // (after a title's word that opens the portfolio or goes on with it: "for Financial
            // Stability", "for Māori Crown Relations")
            (TITLE_WORDS.has(joiner ?? '') &&
              (tokens[q - 2]?.lower === 'for' ||
                tokens[q - 2]?.lower === 'of' ||
                extraTitleWords?.has(q - 2)))) &&
          t.cap &&
          t.kind === 'word' &&
          // (an everyday word the lists lack, by its ending or its hyphen's parts: "Tourism",
          // "Inter-Provincial Coordination")
          (lex.commonWords.has(t.lower) ||
            EVERYDAY_NOUN_ENDINGS.test(t.lower) ||
            (t.lower.includes('-') &&
              t.lower.split('-').every((part) => lex.commonWords.has(part) || HYPHEN_PREFIXES.has(part))) ||
            // (a field's initials before a given name: "Minister of State for ICT Godfrey X Y")
            (isAcronym(t) &&
              joiner !== 'and' &&
              !KNOWN_ORGS.has(t.lower) &&
              lex.firstNames.has(tokens[q + 1]?.lower ?? '') &&
              to - q >= 3)) &&
          // (a given name that is an everyday word too is the portfolio's before another that is no
          // given name: "Director General of Law Enforcement Rasyid X")
          (!lex.firstNames.has(t.lower) ||
            (lex.coreWords.has(t.lower) &&
              !!tokens[q + 1]?.cap &&
              lex.commonWords.has(tokens[q + 1]?.lower ?? '') &&
              !lex.firstNames.has(tokens[q + 1]?.lower ?? '') &&
              to - q >= 4)) &&
          to - q >= 3 &&
          // (not a place's name the rest of the run is: "the Governor of New South Wales said")
          placeMatch(q, to)?.len !== to - q
        ) {
          extraTitleWords ??= new Set();
          extraTitleWords.add(q);
          q++;
          if (tokens[q]?.lower === 'and' && tokens[q + 1]?.cap && to - q >= 4) q++;
          continue;
        }
        break;
      }
      while (q > p && !TITLE_WORDS.has(stripDots(tokens[q - 1]?.lower ?? '')) && !extraTitleWords?.has(q - 1))
        q--;
      // "General", "Supreme" or "Executive" before a body's head opens the body's name: "General
      // Confederation of Labour", "Supreme Council of ...", "Executive Secretariat of the ...".
      const bodyAdjective =
        q === p + 1 &&
        (tokens[p]?.lower === 'general' ||
          tokens[p]?.lower === 'supreme' ||
          tokens[p]?.lower === 'executive') &&
        ORG_HEADS.has(tokens[q]?.lower ?? '');
      // (a body's head ending the run after a title and a given name is a family name: "Finance
      // Minister Jack Chambers")
      const personAfter =
        to - q >= 2 &&
        to - q <= 3 &&
        lex.firstNames.has(tokens[q]?.lower ?? '') &&
        !ORG_HEADS.has(tokens[q]?.lower ?? '') &&
        !KNOWN_ORGS.has(spanKey(tokens, q, to, '_'));
      // A family name that is a title, alone where no article makes it one: '"...," Bishop said' after
      // "Paula Bishop".
      // (one person's only: "King" after "Arndrea Waters King" and "Yolanda Renee King" stays a title)
      const article = tokens[p - 1]?.lower ?? '';
      if (
        q === to &&
        to - p === 1 &&
        p === from &&
        fullNameWords.has(tokens[p]?.text ?? '') &&
        runsHolding(tokens[p]?.text ?? '') === 1 &&
        !(tokens[p - 1]?.kind === 'word' && (DETERMINER_WORDS.has(article) || tokens[p - 1]?.cap))
      ) {
        segments.push({ kind: 'name', from: p, to, attrs: [], countryCode: undefined });
        p = to;
        continue;
      }
      // (nor a title's word opening a known body's name: "Hon Hai Precision Industry")
      // (nor a French mountain pass's "Col" before "du"/"de"/"d'": "the Col du Tourmalet", "Col d'Aspin"; a
      // colonel's "Col" takes no article)
      const knownBodyOpens =
        (q === p + 1 && KNOWN_ORGS.has(spanKey(tokens, p, p + 2, '_'))) ||
        (q === p + 1 &&
          tokens[p]?.text === 'Col' &&
          /^(?:du|de|des|d['’]\p{Lu}.*)$/u.test(tokens[q]?.text ?? ''));
      // A title and "of" before a body's name are the title of that body: "the President of Harvard
      // University, Ann Lee," is no body "President of Harvard University".
      if (
        core &&
        q > p &&
        !personAfter &&
        !bodyAdjective &&
        !knownBodyOpens &&
        tokens[q]?.text === 'of' &&
        tokens[q + 1]?.cap &&
        tokens[q + 1]?.kind === 'word' &&
        TITLE_CORE.has(tokens[q - 1]?.lower ?? '') &&
        !ORG_HEADS.has(tokens[q - 1]?.lower ?? '') &&
        ((endsWithOrgHead(q + 1, to) && to - (q + 1) >= 2) ||
          // (a firm's name that is no portfolio, after a firm's title: "the Chairman of Barclays",
          // "the Chief Executive of Kaito Digital", not "the Minister of Finance")
          (FIRM_TITLES.has(tokens[q - 1]?.lower ?? '') &&
            !lex.commonWords.has(tokens[q + 1]?.lower ?? '') &&
            !lex.places.has(tokens[q + 1]?.lower ?? '') &&
            !lex.countries.has(tokens[q + 1]?.lower ?? '')))
      ) {
        for (let k = p; k < q; k++) attrs.push(stripDots(tokens[k]?.lower ?? ''));
        segments.push({ kind: 'title', from: p, to: q, attrs, countryCode: undefined });
        p = q + 1;
        continue;
      }
      if (core && q > p && (!endsWithOrgHead(p, to) || personAfter) && !bodyAdjective && !knownBodyOpens) {
        for (let k = p; k < q; k++) {
          const w = tokens[k]?.lower;
          if (w && w !== 'of' && w !== 'for' && w !== 'to' && w !== '.') attrs.push(stripDots(w));
        }
        // The title shares the run's attribute list: a country named after it ("of the United States") joins.
        if (seat > p && seat === q - 1) {
          segments.push({ kind: 'title', from: p, to: seat, attrs, countryCode: undefined });
          segments.push({ kind: 'place', from: seat, to: q, attrs: [], countryCode: undefined });
        } else segments.push({ kind: 'title', from: p, to: q, attrs, countryCode: undefined });
        p = q;
        continue;
      }
      // An employer before a person's title: "Qantas Chief Executive Alan Joyce", "Acme CEO Jo Bell"
      // (a place there was split off above). The title is taken by the next pass of the loop.
      let employer = -1;
      // ("FEMA Administrator Dr. Tom Reyes", "Acme Chief Executive Prof. Lee Kwan": the name after a
      // doctor's or professor's title and its period, which end the run, is the title holder's.)
      const doctor =
        (tokens[to]?.lower === 'dr' && tokens[to + 1]?.text === '.' && tokens[to + 2]?.cap) ||
        ((tokens[to - 1]?.lower === 'prof' || tokens[to - 1]?.lower === 'dr') &&
          tokens[to]?.text === '.' &&
          tokens[to + 1]?.cap);
      // ("Saab President and CEO Micael Johansson": a title closing the run before "and" and another
      // title is the holder's too, its employer before it)
      const titleAfterAnd = tokens[to + 1];
      // (nor does one before its holder's name in commas: "The Ashanti Regional Minister, Simon
      // Osei-Mensah, urged calm")
      const andTitle =
        (tokens[to]?.lower === 'and' &&
          !!titleAfterAnd?.cap &&
          (TITLE_CORE.has(titleAfterAnd.lower) || TITLE_CORE.has(stripDots(titleAfterAnd.lower)))) ||
        (tokens[to]?.text === ',' &&
          tokens[p - 1]?.lower === 'the' &&
          MINISTER_TITLES.has(tokens[to - 1]?.lower ?? '') &&
          !!titleAfterAnd?.cap &&
          lex.firstNames.has(titleAfterAnd.lower));
      for (let k = p + 1; k < (doctor || andTitle ? to : to - 1) && employer < 0; k++) {
        const w = tokens[k];
        if (!w || !(TITLE_WORDS.has(w.lower) || TITLE_WORDS.has(stripDots(w.lower)))) continue;
        // ("Indian Premier League": a league's name, no premier)
        if (w.lower === 'premier' && tokens[k + 1]?.lower === 'league') break;
        // ("Veterans Affairs Secretary Doug Collins": "Affairs" ends the department's name.)
        // (nor "Security" in "Homeland Security Secretary Kristi Noem")
        if (
          (w.lower === 'affairs' || w.lower === 'security') &&
          k > p &&
          !TITLE_WORDS.has(tokens[k - 1]?.lower ?? '')
        )
          continue;
        // ("Hassan Sheikh Mohamud": "Sheikh" between a given name and a name is part of the name.)
        // ("Rahul Sen Gupta": "Sen" without its dot after a given name is a family name, no senator.)
        if (
          w.text === 'Sen' &&
          k === p + 1 &&
          tokens[k + 1]?.text !== '.' &&
          tokens[k + 1]?.cap &&
          // (a given name the lists lack will do, if no everyday word, place or body: "Amit Sen Sharma")
          (lex.firstNames.has(tokens[p]?.lower ?? '') ||
            (!lex.commonWords.has(tokens[p]?.lower ?? '') &&
              !lex.places.has(tokens[p]?.lower ?? '') &&
              !lex.countries.has(tokens[p]?.lower ?? '') &&
              !lex.demonyms.has(tokens[p]?.lower ?? '') &&
              !lex.regions.has(tokens[p]?.lower ?? '') &&
              !KNOWN_ORGS.has(tokens[p]?.lower ?? '') &&
              !isAcronym(tokens[p] as Token)))
        )
          break;
        if (
          (w.lower === 'sheikh' || w.lower === 'sheik') &&
          k === p + 1 &&
          lex.nameParts.has(tokens[p]?.lower ?? '') &&
          tokens[k + 1]?.cap
        )
          break;
        // (and "Maulana", a given name too in Indonesia, after a given name or a word no list holds:
        // "Yusuf Maulana Harahap", "Rizky Maulana Siregar")
        const lead = tokens[p]?.lower ?? '';
        if (
          w.lower === 'maulana' &&
          k === p + 1 &&
          tokens[k + 1]?.cap &&
          tokens[k + 1]?.kind === 'word' &&
          (lex.firstNames.has(lead) ||
            (!lex.commonWords.has(lead) &&
              !lex.places.has(lead) &&
              !lex.countries.has(lead) &&
              !lex.demonyms.has(lead) &&
              !KNOWN_ORGS.has(lead) &&
              !isAcronym(tokens[p] as Token)))
        )
          break;
        // (so is "Sultan" between a given name and an Arabic family name's "Al": "Omar Sultan Al Olama")
        if (
          w.lower === 'sultan' &&
          k === p + 1 &&
          lex.firstNames.has(tokens[p]?.lower ?? '') &&
          /^al(?:-|$)/u.test(tokens[k + 1]?.lower ?? '')
        )
          break;
        // (a title's word after "bin" or "ibn" is a father's given name: "Zayed bin Sultan Al Nahyan")
        if (PATRONYMIC_LINKS.has(tokens[k - 1]?.text ?? '')) continue;
        // A rank word after a body's "of" or "for" and before everyday words alone names its members,
        // no title and holder: "Royal College of General Practitioners", "Association of Chief Police
        // Officers".
        if (
          (tokens[k - 1]?.lower === 'of' || tokens[k - 1]?.lower === 'for') &&
          k + 1 < to &&
          tokens
            .slice(k + 1, to)
            .every(
              (x) =>
                x.kind === 'word' &&
                lex.commonWords.has(x.lower) &&
                !lex.firstNames.has(x.lower) &&
                !lex.nameParts.has(x.lower),
            )
        )
          break;
        let e = k;
        let hasCore = false;
        while (
          e < to &&
          (TITLE_WORDS.has(tokens[e]?.lower ?? '') || TITLE_WORDS.has(stripDots(tokens[e]?.lower ?? '')))
        ) {
          if (TITLE_CORE.has(tokens[e]?.lower ?? '') || TITLE_CORE.has(stripDots(tokens[e]?.lower ?? '')))
            hasCore = true;
          e++;
        }
        // (Not before an ordinal: "Martin Luther King III" is a name.)
        // (also before the title's own "for"/"of" and its remit: "Fed Vice Chair for Supervision
        // Evelyn Okafor")
        const remit =
          (tokens[e]?.lower === 'for' || tokens[e]?.lower === 'of') && !!tokens[e + 1]?.cap && e + 3 < to;
        if (hasCore && e < to && (tokens[e]?.cap || remit) && !NAME_ORDINAL.test(tokens[e]?.text ?? ''))
          employer = k;
        else if (hasCore && e === to && (doctor || andTitle)) employer = k;
        // (but not one of a cabinet secretary's fields: "Trade and Industry Cabinet Secretary")
        else if (tokens[e]?.lower === 'cabinet' && tokens[e + 1]?.lower === 'secretary') continue;
        else break; // a title word without a core ends the search ("Foreign" in a body's name)
      }
      // (a level of government right before the title is the title's: "Ashanti Regional Minister")
      while (employer > p + 1 && LEVEL_ADJECTIVES.has(tokens[employer - 1]?.lower ?? '')) employer--;
      // A body's name with a rank word in it is no employer and title: "Leeds General Infirmary".
      if (employer > p && ORG_HEADS.has(tokens[to - 1]?.lower ?? '')) employer = -1;
      // ... nor one whose title's word comes before an everyday plural that ends it: "Climate Justice
      // Advocates" (no officer "Justice" and person "Advocates").
      const plural = tokens[to - 1];
      if (
        employer > p &&
        employer === to - 2 &&
        plural?.kind === 'word' &&
        /\p{Ll}s$/u.test(plural.text) &&
        lex.commonWords.has(plural.lower) &&
        lex.commonWords.has(plural.lower.slice(0, -1)) &&
        !lex.nameParts.has(plural.lower) &&
        !lex.firstNames.has(plural.lower)
      )
        employer = -1;
      // Everyday words before a minister are the portfolio, no employer: "Labour Market Minister Karin
      // Åström", "Digital Economy Minister".
      if (
        employer >= p + 2 &&
        // (a US secretary's department stays one: "Veterans Affairs Secretary Doug Collins")
        tokens[employer]?.lower === 'minister' &&
        !KNOWN_ORGS.has(spanKey(tokens, p, employer, '_')) &&
        tokens
          .slice(p, employer)
          .every(
            (x) =>
              x.kind === 'word' &&
              lex.commonWords.has(x.lower) &&
              !lex.firstNames.has(x.lower) &&
              !lex.places.has(x.lower) &&
              !lex.countries.has(x.lower) &&
              !lex.demonyms.has(x.lower) &&
              !ORG_HEADS.has(x.lower),
          )
      ) {
        p = employer;
        continue;
      }
      // A rank's modifier before the employer belongs to the title: "Assistant U.S. Attorney Karen
      // Whitfield" (the employer is the United States, not "Assistant U.S.").
      while (employer > p + 1 && RANK_MODIFIERS.has(tokens[p]?.lower ?? '')) p++;
      if (employer > p) {
        // A bare head word there is part of the title ("Police Commissioner Katarina Carroll").
        const bare =
          employer - p === 1 &&
          (ORG_HEADS.has(tokens[p]?.lower ?? '') || PLACE_HEADS.has(tokens[p]?.lower ?? ''));
        // ... and so is a service's word after a place: "Los Angeles County Fire Chief Anthony
        // Marrone" names the county, not a body "Los Angeles County Fire".
        // (not after a body's name: "Cal Fire Chief Joe Tyler")
        const service =
          employer - p >= 2 &&
          SERVICE_TITLE_WORDS.has(tokens[employer - 1]?.lower ?? '') &&
          (ADMIN_UNITS.has(tokens[employer - 2]?.lower ?? '') ||
            placeMatch(p, employer - 1)?.len === employer - 1 - p);
        const end = service ? employer - 1 : employer;
        // ("Cook County Sheriff Tom Dart": a unit of government is the place it governs.)
        // ("Texas State Senator Ana Ruiz": a known place stays a place.)
        const unitName =
          (end - p >= 2 && ADMIN_UNITS.has(tokens[end - 1]?.lower ?? '')) ||
          placeMatch(p, end)?.len === end - p ||
          jurisdictionOf(p, end) ||
          // (and so is a name before a level of government's title: "Ashanti Regional Minister")
          (!service && LEVEL_ADJECTIVES.has(tokens[end]?.lower ?? '') && !isAcronym(tokens[p] as Token));
        // A minister's portfolio in everyday words is part of the title, no body: "Emergency
        // Management Minister Jenny McAllister" (a US secretary heads a department: "Veterans Affairs
        // Secretary" keeps the body); so is a Kenyan cabinet secretary's: "Interior Cabinet Secretary".
        // ("National Security Minister": the title's words before "Minister" count as its own.)
        let ministerAt = employer;
        while (
          ministerAt < to - 1 &&
          !PORTFOLIO_HOLDERS.has(tokens[ministerAt]?.lower ?? '') &&
          TITLE_WORDS.has(tokens[ministerAt]?.lower ?? '')
        )
          ministerAt++;
        let portfolio =
          PORTFOLIO_HOLDERS.has(tokens[ministerAt]?.lower ?? '') ||
          (tokens[employer]?.lower === 'secretary' && tokens[employer - 1]?.lower === 'cabinet');
        const holder = tokens[ministerAt]?.lower;
        // (a place may open it, the minister's own: "Delhi Power Minister Ravinder Sehgal")
        const ownPlace = placeMatch(p, employer);
        // (or a nationality, the title's own, no entity: "Flemish Mobility Minister Annelies De Ridder")
        const nationality =
          portfolio &&
          !ownPlace &&
          holder === 'minister' &&
          employer - p >= 2 &&
          lex.demonyms.has(tokens[p]?.lower ?? '');
        const lead =
          portfolio && ownPlace && ownPlace.len < employer - p && holder === 'minister'
            ? ownPlace.len
            : nationality
              ? 1
              : 0;
        for (let w = p + lead; portfolio && w < employer; w++) {
          const x = tokens[w]?.lower ?? '';
          // (two portfolios joined by "and": "Industrialisation and Trade Cabinet Secretary")
          if (x === 'and' && w > p + lead && w < employer - 1) continue;
          portfolio =
            // (a plural portfolio the lists lack: "Telecoms Minister"; one known by its ending:
            // "Urbanisation Minister")
            (lex.commonWords.has(x) ||
              (x.endsWith('s') && PORTFOLIOS.has(x.slice(0, -1))) ||
              PORTFOLIOS.has(x) ||
              EVERYDAY_NOUN_ENDINGS.test(x) ||
              // (a field in "-ics": "Informatics", "Logistics")
              /^[a-z]{4,}ics$/u.test(x)) &&
            !KNOWN_ORGS.has(x) &&
            !lex.places.has(x) &&
            !lex.countries.has(x) &&
            // (a body's head before a commissioner or officer names the body: "State Emergency
            // Service Commissioner"; "Interior Cabinet Secretary" is a title)
            !(ORG_HEADS.has(x) && (holder === 'commissioner' || holder === 'officer'));
        }
        if (portfolio && lead > 0 && !nationality)
          segments.push({ kind: 'place', from: p, to: p + lead, attrs: [], countryCode: ownPlace?.code });
        // One everyday word before a judge's, prosecutor's or secretary's title is its field, no
        // body: "Bankruptcy Judge", "Deputy Public Prosecutor", "Employment Secretary" (a firm's
        // everyday name before its chief's title stays one: "Apple CEO Tim Cook").
        // (or two before a judge's or prosecutor's, the last no body's head: "Special Public
        // Prosecutor"; two before a secretary's name a department: "Veterans Affairs Secretary")
        const fieldWord = (x: string): boolean =>
          lex.commonWords.has(x) &&
          !KNOWN_ORGS.has(x) &&
          !lex.companies.has(x) &&
          !lex.places.has(x) &&
          !lex.countries.has(x) &&
          !lex.demonyms.has(x);
        const field =
          (end - p === 1 ||
            (end - p === 2 &&
              !ORG_HEADS.has(tokens[p + 1]?.lower ?? '') &&
              tokens[employer]?.lower !== 'secretary')) &&
          FIELD_TITLES.has(tokens[employer]?.lower ?? '') &&
          fieldWord(tokens[p]?.lower ?? '') &&
          fieldWord(tokens[end - 1]?.lower ?? '') &&
          !KNOWN_ORGS.has(spanKey(tokens, p, end, '_')) &&
          !lex.companies.has(spanKey(tokens, p, end));
        // A rank's word alone before the title is the title's too: "wrote Associate Justice Ana Cruz",
        // "Chief Public Defender Ann Lee" (its field after "Chief"), the Thai police's "Pol Gen".
        const rankOnly =
          (end - p === 1 && rankWord(tokens[p]?.lower ?? '')) ||
          (end - p === 2 &&
            tokens[p]?.lower === 'chief' &&
            FIELD_TITLES.has(tokens[employer]?.lower ?? '') &&
            lex.commonWords.has(tokens[p + 1]?.lower ?? '') &&
            !KNOWN_ORGS.has(tokens[p + 1]?.lower ?? '') &&
            !lex.places.has(tokens[p + 1]?.lower ?? ''));
        // (nor a party's member before the title: "Democrat Senator Rosa Delgado-Pierce", as
        // "Republican Senator" is)
        const member =
          end - p === 1 && (tokens[p]?.lower === 'democrat' || tokens[p]?.lower === 'republican');
        if ((!bare || KNOWN_ORGS.has(tokens[p]?.lower ?? '')) && !portfolio && !field && !rankOnly && !member)
          segments.push({
            kind: unitName ? 'place' : 'org',
            from: p,
            to: end,
            attrs: [],
            // (a country as the employer keeps its code: "U.S. Attorney" names the United States)
            countryCode: unitName ? placeMatch(p, end)?.code : undefined,
          });
        p = employer;
        continue;
      }
      // The place or body of a title's "of" followed by its holder's name: "Mayor of London Sadiq
      // Khan", "Governor of the Bank of England Andrew Bailey", "Archbishop of Paris Laurent Ulrich".
      let holder = -1;
      let ofAt = p - 1;
      if (tokens[ofAt]?.lower === 'the') ofAt--;
      // (or "to": "Chief Secretary to the Treasury Priya Ramaswamy-Hart", "Ambassador to France Ana Ruiz")
      if (
        (tokens[ofAt]?.lower === 'of' || tokens[ofAt]?.lower === 'to') &&
        TITLE_WORDS.has(stripDots(tokens[ofAt - 1]?.lower ?? ''))
      )
        for (let k = to - 2; k >= Math.max(p + 1, to - 3) && holder < 0; k--) {
          const given = tokens[k];
          // (a given name, or any name part of a two-word name: "Sadiq Khan")
          if (
            !given ||
            lex.places.has(given.lower) ||
            lex.commonWords.has(given.lower) ||
            !(
              firstNameGender(given.lower, lex) !== undefined ||
              (to - k === 2 && isNamePart(given.lower, lex))
            )
          )
            continue;
          let plain = true;
          for (let w = k; w < to && plain; w++) {
            const x = tokens[w];
            plain =
              x?.kind === 'word' &&
              x.cap &&
              !ORG_HEADS.has(x.lower) &&
              !PLACE_HEADS.has(x.lower) &&
              !lex.countries.has(x.lower) &&
              (w === k || !lex.places.has(x.lower));
          }
          const before = tokens[k - 1]?.lower ?? '';
          if (
            plain &&
            (placeMatch(p, k)?.len === k - p ||
              (ORG_HEADS.has(tokens[p]?.lower ?? '') &&
                (lex.places.has(before) || lex.countries.has(before))) ||
              KNOWN_ORGS.has(spanKey(tokens, p, k, '_')) ||
              // (one body's word after "to the": "Chief Secretary to the Treasury Priya Ramaswamy-Hart")
              (k - p === 1 &&
                tokens[ofAt]?.lower === 'to' &&
                tokens[ofAt + 1]?.lower === 'the' &&
                !!tokens[ofAt - 1]?.cap))
          )
            holder = k;
        }
      if (holder > p) {
        const placed = placeMatch(p, holder)?.len === holder - p;
        segments.push({
          kind: placed ? 'place' : 'org',
          from: p,
          to: holder,
          attrs: [],
          countryCode: undefined,
        });
        segments.push({ kind: 'name', from: holder, to, attrs: [], countryCode: undefined });
        p = to;
        continue;
      }
      // An organisation followed by a person ("Refugee Council Enver Solomon"), unless the whole run
      // is a known place ("Parliament Hill").
      let split = -1;
      // (nor a known body's whole name: "Radio Free Asia")
      const wholePlace = placeMatch(p, to)?.len === to - p || KNOWN_ORGS.has(spanKey(tokens, p, to, '_'));
      for (let k = p; k < to - 1 && !wholePlace; k++) {
        const t = tokens[k];
        const n = tokens[k + 1];
        // (a First Nation's name is headed by its last word: "Neskantaga First Nation Chief Gary Quisess")
        const firstNation = t?.lower === 'nation' && tokens[k - 1]?.lower === 'first';
        if (!t || !n || (!ORG_HEADS.has(t.lower) && !firstNation)) continue;
        // (a Romance body's head opens its name: "Instituto Pantanal Vivo", "Partido Republicano Austral")
        if (k === p && ROMANCE_ORG_HEADS.has(t.lower)) continue;
        // (nor a head that is also a given name, opening the run: "Marine Le Pen")
        if (k === p && lex.firstNames.has(t.lower)) continue;
        // (nor a club's initials opening a name that ends like a club's: "FC Hakusan United")
        if (
          k === p &&
          CLUB_PREFIXES.has(t.lower) &&
          t.text === t.text.toUpperCase() &&
          CLUB_TAILS.has(tokens[to - 1]?.lower ?? '')
        )
          continue;
        // (nor a paper's "Daily" or "Weekly" before its title word, though a given name too: "the
        // Daily Star", "Daily Sabah")
        if (k === p && (t.lower === 'daily' || t.lower === 'weekly')) continue;
        // (nor a field before the country or state it serves: "Racing Victoria", "Hospitality New
        // Zealand")
        if (k === p && AGENCY_FIELD_WORDS.has(t.lower) && agencyBeforeLand(k)) continue;
        const rest = tokens.slice(k + 1, to);
        // ("Deutsche Bank AG": a legal suffix, though "Ag" is also a given name; "Trial Chamber VI":
        // a Roman numeral, though "Vi" is one too.)
        const personLike =
          (lex.firstNames.has(n.lower) &&
            !(rest.length === 1 && /^[IVXL]{2,}$/u.test(n.text)) &&
            // (nor a body's head closing the name, though a given name too: "Levant Capital Bank")
            !(rest.length === 1 && k > p && ORG_HEADS.has(n.lower)) &&
            // (nor an everyday word before a body's head: "Georgetown University Law Center")
            !(
              rest.length >= 2 &&
              lex.commonWords.has(n.lower) &&
              ORG_HEADS.has(rest[rest.length - 1]?.lower ?? '')
            ) &&
            // (nor a word before the name's legal suffix: "Rhodope Gas Link AD")
            !COMPANY_SUFFIXES.has(stripDots(rest[rest.length - 1]?.lower ?? '')) &&
            // (nor an everyday word before a place: "Community Land Scotland")
            !(
              lex.coreWords.has(n.lower) &&
              rest.some((r) => lex.places.has(r.lower) || lex.countries.has(r.lower))
            )) ||
          // (a title word that opens a body's own "of" name is no officer: "Directorate General of
          // Health Services")
          // (nor a rank's word before a legal suffix: "Raffles Harbour Group Pte Ltd")
          (TITLE_CORE.has(n.lower) &&
            !rest.some((r) => r.text === 'of' || r.text === 'for') &&
            !COMPANY_SUFFIXES.has(stripDots(rest[rest.length - 1]?.lower ?? ''))) ||
          (rest.length >= 2 &&
            rest.length <= 3 &&
            // (not a cause after the body's head: "National Campaign Against Torture")
            !withoutInName(k + 1) &&
            // (nor everyday words no name has: "Australian Energy Market Operator")
            !rest.every(
              (r) =>
                lex.commonWords.has(r.lower) &&
                !lex.firstNames.has(r.lower) &&
                (lex.coreWords.has(r.lower) || !lex.nameParts.has(r.lower)),
            ) &&
            rest.every(
              (r) =>
                r.kind === 'word' &&
                r.cap &&
                !ORG_HEADS.has(r.lower) &&
                !PLACE_HEADS.has(r.lower) &&
                !lex.places.has(r.lower) &&
                !lex.countries.has(r.lower) &&
                // (nor a legal suffix: "Balkan Gas Trade EAD")
                !COMPANY_SUFFIXES.has(stripDots(r.lower)),
            ));
        if (personLike) {
          split = k + 1;
          break;
        }
      }
      // ... also when only the story tells: the last word stands alone elsewhere as a name
      // ("University of Texas Arlington Amneh Jafari" ... "Jafari said").
      if (split < 0 && to - p >= 4) {
        const last = tokens[to - 1];
        const given = tokens[to - 2];
        let head = false;
        for (let k = p; k < to - 2 && !head; k++) head = ORG_HEADS.has(tokens[k]?.lower ?? '');
        if (
          head &&
          last &&
          given &&
          loneWords.has(last.lower) &&
          given.kind === 'word' &&
          given.cap &&
          // (not after a lower-case link inside the name: "Committee to Protect Journalists")
          !(tokens[to - 3]?.kind === 'word' && tokens[to - 3]?.text === tokens[to - 3]?.lower) &&
          !ORG_HEADS.has(given.lower) &&
          !PLACE_HEADS.has(given.lower) &&
          !lex.places.has(given.lower) &&
          !lex.countries.has(given.lower) &&
          !ORG_HEADS.has(last.lower) &&
          !lex.places.has(last.lower) &&
          !lex.countries.has(last.lower)
        )
          split = to - 2;
      }
      if (split > p) {
        const bare = split - p === 1 && ORG_HEADS.has(tokens[p]?.lower ?? '');
        if (!bare || KNOWN_ORGS.has(tokens[p]?.lower ?? ''))
          segments.push({ kind: 'org', from: p, to: split, attrs: [], countryCode: undefined });
        p = split;
        continue;
      }
      const whole = placeMatch(p, to);
      if (whole?.code && whole.len === to - p) attrs.push(whole.code);
      // A title's portfolio after its "of"/"for" ("Commissioner for Human Rights") is part of the
      // title, not a name of its own, unless it is a place or holds a person's name.
      const lastSeg = segments[segments.length - 1];
      const link = tokens[p - 1];
      if (
        lastSeg?.kind === 'title' &&
        lastSeg.to === p - 1 &&
        (link?.text === 'of' || link?.text === 'for') &&
        to - p <= 3 &&
        !whole &&
        !lex.places.has(spanKey(tokens, p, to)) &&
        tokens.slice(p, to).every((x) => !lex.firstNames.has(x.lower) && !lex.nameParts.has(x.lower)) &&
        // (a firm's name after its officer's title is no portfolio: "the Chairman of Barclays")
        !(
          link.text === 'of' &&
          FIRM_TITLES.has(tokens[lastSeg.to - 1]?.lower ?? '') &&
          !lex.commonWords.has(tokens[p]?.lower ?? '')
        )
      ) {
        p = to;
        continue;
      }
      segments.push({ kind: 'name', from: p, to, attrs: [...attrs], countryCode: undefined });
      p = to;
    }
  }

  /**
   * The index of the family name's segment after segment `s` when a quoted nickname stands between
   * them ('Sean "Diddy" Combs', 'Dwayne "The Rock" Johnson'), or -1.
   */
  const quotedNickname = (s: number): number => {
    const given = segments[s];
    if (!given || given.kind !== 'name' || given.to - given.from > 2 || tokens[given.to]?.kind !== 'quote')
      return -1;
    // (a given name the lists know, or a word that is no everyday one: "Edson", "Ciarán")
    const givenWord = tokens[given.from]?.lower ?? '';
    if (
      firstNameGender(givenWord, lex) === undefined &&
      (lex.commonWords.has(givenWord) || lex.places.has(givenWord))
    )
      return -1;
    let close = given.to + 1;
    while (
      close < given.to + 5 &&
      tokens[close]?.kind === 'word' &&
      (tokens[close]?.cap || tokens[close]?.lower === 'the')
    )
      close++;
    if (close === given.to + 1 || tokens[close]?.kind !== 'quote') return -1;
    for (let f = s + 1; f < segments.length && f <= s + 3; f++) {
      const family = segments[f];
      if (!family || family.from < close) continue;
      // (the family name may carry a generation: 'Harold "Hal" Benavides Jr.')
      const generation =
        family.to - family.from >= 2 &&
        family.to - family.from <= 3 &&
        GENERATIONS.has(tokens[family.from + 1]?.lower ?? '') &&
        (family.to - family.from === 2 || tokens[family.from + 2]?.text === '.');
      // (or of two or three words: 'Edson "Edinho" Carvalho Pires', 'José "Zequinha" Moreira da Costa')
      let longer = family.to - family.from >= 2 && family.to - family.from <= 3 && !generation;
      for (let k = family.from; longer && k < family.to; k++) {
        const w = tokens[k];
        longer =
          !!w && w.kind === 'word' && (w.cap || NAME_PARTICLES.has(w.lower)) && !ORG_HEADS.has(w.lower);
      }
      return family.kind === 'name' &&
        family.from === close + 1 &&
        (family.to - family.from === 1 || generation || longer) &&
        tokens[family.from]?.sentence === tokens[given.from]?.sentence
        ? f
        : -1;
    }
    return -1;
  };

  // 3. Score each name segment.
  const candidates: Candidate[] = [];
  let pendingTitle: { attrs: string[]; sentence: number; end: number } | undefined;
  const stormy = STORM_STEMS.test(text);
  const stormNames = new Set<string>();
  // Storms are named events: "Typhoon Halong", "Hurricane Ida", "Storm Ciarán", "Tropical Storm
  // Isidore"; their names are collected first, as a quotation may name the storm alone before the
  // story does in full ('"I was here for Gilbert," ... Hurricane Gilbert killed 45 people').
  const stormAt = (seg: Segment): number => {
    const w0 = tokens[seg.from]?.lower ?? '';
    if (STORM_WORDS.has(tokens[seg.from - 1]?.lower ?? '')) return seg.from;
    if (STORM_WORDS.has(w0)) return seg.from + 1;
    if (STORM_LEADS.has(w0) && STORM_WORDS.has(tokens[seg.from + 1]?.lower ?? '')) return seg.from + 2;
    return -1;
  };
  if (stormy) {
    // (the second of two after a plural: "Hurricanes Eta and Iota")
    let pairEnd = -1;
    for (const seg of segments) {
      const at = stormAt(seg);
      if (at >= 0 && at < seg.to) {
        stormNames.add(spanKey(tokens, at, seg.to));
        pairEnd = tokens[at - 1]?.lower.endsWith('s') ? seg.to : -1;
      } else if (pairEnd >= 0 && seg.from === pairEnd + 1 && tokens[pairEnd]?.text === 'and') {
        stormNames.add(spanKey(tokens, seg.from, seg.to));
        pairEnd = -1;
      }
    }
  }
  // (Most stories name no storm: one look at the text spares a check per name.)
  const partyKeys = new Set<string>();
  const productKeys = new Set<string>();
  const familyNameBefore = (key: string): boolean =>
    candidates.some(
      (o) =>
        o.words.length >= 2 &&
        o.words[o.words.length - 1] === key &&
        (lex.firstNames.has(o.words[0] ?? '') || o.titled),
    );
  /** Do a segment's words of three or more spell `initials` ("sars")? */
  let segmentInitials: Set<string> | undefined;
  const spelledBySegment = (initials: string): boolean => {
    if (!segmentInitials) {
      segmentInitials = new Set();
      for (const sg of segments)
        if (sg.to - sg.from >= 3) segmentInitials.add(initialsOf(spanWords(tokens, sg.from, sg.to)));
    }
    return segmentInitials.has(initials);
  };
  // Names of a virus or fever in the story ("Marburg virus", "Lassa fever"): alone later ("treating
  // Marburg", "fight Lassa") they name the disease too.
  const bugNames = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const next = tokens[k + 1] as Token;
    if (tokens[k]?.cap && next.kind === 'word' && (next.text === 'virus' || next.text === 'fever'))
      bugNames.add(tokens[k]?.lower ?? '');
  }
  // A holiday's word that ends a person's name elsewhere in the story ("Mostafa Ramadan"), alone
  // before a speaker's verb and after no preposition or article: the person named again.
  const familyNameAlone = (at: number): boolean => {
    const w = tokens[at];
    const before = tokens[at - 1];
    const verb = tokens[at + 1];
    if (!w || !verb || verb.kind !== 'word' || verb.text !== verb.lower || !CUE_VERBS.has(verb.text))
      return false;
    if (before?.kind === 'word' && (FUNCTION_WORDS.has(before.lower) || before.lower === 'holy'))
      return false;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      const given = tokens[k - 1];
      if (
        k !== at &&
        t?.lower === w.lower &&
        t.cap &&
        given?.cap &&
        given.kind === 'word' &&
        given.end + 1 === t.start &&
        (lex.firstNames.has(given.lower) ||
          lex.nameParts.has(given.lower) ||
          given.text.includes('-') ||
          !lex.commonWords.has(given.lower))
      )
        return true;
    }
    return false;
  };
  /** The end of a minister's remit read as part of the title before it (its runs are skipped). */
  let remitSkipTo = -1;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    if (!seg) continue;
    // A title and a name between "the" and an area's kind name a place: "the Sheikh Othman district",
    // "the Sheikh Najjar industrial zone".
    const titleSeg = segments[s - 1];
    const areaKind = tokens[seg.to]?.lower ?? '';
    if (
      seg.kind === 'name' &&
      titleSeg?.kind === 'title' &&
      titleSeg.to === seg.from &&
      tokens[titleSeg.from - 1]?.lower === 'the' &&
      (AREA_KIND_AFTER.has(areaKind) || (areaKind === 'industrial' && tokens[seg.to + 1]?.lower === 'zone'))
    ) {
      seg.from = titleSeg.from;
      seg.kind = 'place';
      pendingTitle = undefined;
    }
    // The last fields of a title's remit listed with commas before the holder's name: "Minister of
    // Environment, Energy and Climate Jóhann Páll Jóhannsson" is Jóhann Páll Jóhannsson.
    // (also after "and the": "Minister of Art, Culture and the Creative Economy Funmilayo Adeyemi-Sanni")
    const remitAnd = tokens[seg.from - 1]?.lower === 'the' ? seg.from - 2 : seg.from - 1;
    if (seg.kind === 'name' && tokens[remitAnd]?.lower === 'and') {
      let k = remitAnd - 1;
      let listed = false;
      while (k > 0 && (tokens[k]?.cap || tokens[k]?.text === ',')) {
        if (tokens[k]?.text === ',') listed = true;
        k--;
      }
      const link = tokens[k]?.lower;
      let lead = seg.from;
      const everydayAt = (m: number): boolean => {
        const w = tokens[m];
        return (
          !!w?.cap &&
          lex.commonWords.has(w.lower) &&
          !lex.firstNames.has(w.lower) &&
          !lex.nameParts.has(w.lower)
        );
      };
      while (lead < seg.to - 2 && everydayAt(lead)) lead++;
      if (
        listed &&
        (link === 'of' || link === 'for') &&
        MINISTER_TITLES.has(tokens[k - 1]?.lower ?? '') &&
        lead > seg.from &&
        (lex.firstNames.has(tokens[lead]?.lower ?? '') || !lex.commonWords.has(tokens[lead]?.lower ?? ''))
      )
        seg.from = lead;
    }
    const first = tokens[seg.from];
    if (!first) continue;
    // A ship whose prefix stands apart from its name, a title opening that, is no entity: "the MV Lady Mercedes
    // 3", "HMS Queen Elizabeth" (the name's parts named nothing later either: "the Lady Mercedes 3").
    if (seg.to - seg.from === 1 && isAcronym(first) && SHIP_PREFIXES.has(first.lower)) {
      let end = seg.to;
      while (
        tokens[end]?.sentence === first.sentence &&
        (tokens[end]?.cap || (tokens[end]?.kind === 'num' && end > seg.to))
      )
        end++;
      if (end > seg.to) {
        productKeys.add(spanKey(tokens, seg.to, end));
        for (let next = segments[s + 1]; next && next.from < end; next = segments[s + 1]) {
          productKeys.add(spanKey(tokens, next.from, next.to));
          segments.splice(s + 1, 1);
        }
        continue;
      }
    }
    if (seg.kind === 'title') {
      pendingTitle = { attrs: seg.attrs, sentence: first.sentence, end: seg.to };
      continue;
    }
    // Everyday words after a minister's title and "for the" or "of the", before the holder's name in
    // commas, are the title's remit: "the Minister for the Environment and Water, Tanya Whitfield,",
    // "the Minister for the Arts and Heritage, X," (two runs).
    if (seg.from < remitSkipTo) continue;
    const remitOf = segments[s - 1];
    if (
      seg.kind === 'name' &&
      remitOf?.kind === 'title' &&
      remitOf.to === seg.from - 2 &&
      (tokens[remitOf.to]?.text === 'for' || tokens[remitOf.to]?.text === 'of') &&
      tokens[seg.from - 1]?.text === 'the' &&
      MINISTER_TITLES.has(tokens[remitOf.to - 1]?.lower ?? '')
    ) {
      const everyday = (g: Segment): boolean =>
        g.kind === 'name' &&
        tokens.slice(g.from, g.to).every((t) => t.text === 'and' || portfolioWord(t.lower));
      let last = s;
      while (
        everyday(segments[last] as Segment) &&
        tokens[(segments[last] as Segment).to]?.text === 'and' &&
        segments[last + 1]?.from === (segments[last] as Segment).to + 1 &&
        last - s < 3
      )
        last++;
      const lastSeg = segments[last] as Segment;
      if (
        everyday(lastSeg) &&
        tokens[lastSeg.to]?.text === ',' &&
        segments[last + 1]?.kind === 'name' &&
        segments[last + 1]?.from === lastSeg.to + 1
      ) {
        remitSkipTo = lastSeg.to;
        continue;
      }
    }
    // Everyday words before "and" and a title are the first half of its remit: "Climate Crisis and
    // Civil Protection Minister Eleni Stavropoulou", "Land Reform and Rural Development Minister".
    const titleNext = segments[s + 1];
    if (
      seg.kind === 'name' &&
      titleNext?.kind === 'title' &&
      tokens[seg.to]?.lower === 'and' &&
      // (a remit word between "and" and the title: not "Black Widow and Captain America")
      titleNext.from > seg.to + 1 &&
      titleNext.from - seg.to <= 4 &&
      tokens.slice(seg.to + 1, titleNext.from).every((t) => t.cap && lex.commonWords.has(t.lower)) &&
      tokens
        .slice(seg.from, seg.to)
        .every(
          (t) => lex.commonWords.has(t.lower) && (lex.coreWords.has(t.lower) || !lex.firstNames.has(t.lower)),
        )
    )
      continue;
    // A nickname in quotes between a given name and a family name is one person: 'Sean "Diddy"
    // Combs', keyed without the nickname.
    const familyAt = quotedNickname(s);
    const familyTo = familyAt < 0 ? -1 : (segments[familyAt]?.to ?? -1);
    const familyFrom = familyAt < 0 ? -1 : (segments[familyAt]?.from ?? -1);
    const key =
      familyTo < 0
        ? spanKey(tokens, seg.from, seg.to)
        : `${spanKey(tokens, seg.from, seg.to)} ${spanKey(tokens, familyFrom, familyTo)}`;
    const words =
      familyTo < 0
        ? spanWords(tokens, seg.from, seg.to)
        : [...spanWords(tokens, seg.from, seg.to), ...spanWords(tokens, familyFrom, familyTo)];
    if (familyTo >= 0) {
      seg.to = familyTo;
      segments.splice(s + 1, familyAt - s);
    }
    const last = tokens[seg.to - 1];
    if (!last) continue;
    // A peer's territorial designation is part of the title, no entity: "Baroness Pemberton of Ashby",
    // "Lord Hendy of Richmond Hill".
    const peer = candidates[candidates.length - 1];
    if (
      tokens[seg.from - 1]?.lower === 'of' &&
      peer?.to === seg.from - 1 &&
      peer.words.length === 1 &&
      PEER_TITLES.has(tokens[peer.from - 1]?.lower ?? '')
    )
      continue;
    // A thing named after its kind is none of the three: "The rocket, named Skerry,", "a storm named
    // Babet", "the probe, dubbed Hope" (a body or a person so named keeps its reading).
    if (words.length <= 2) {
      const cue = tokens[seg.from - 1]?.lower;
      const known = cue === 'as' && tokens[seg.from - 2]?.lower === 'known';
      if (cue === 'named' || cue === 'dubbed' || known) {
        let at = seg.from - (known ? 3 : 2);
        if (tokens[at]?.text === ',') at--;
        const thing = tokens[at];
        if (thing?.kind === 'word' && thing.text === thing.lower && NAMED_THINGS.has(thing.text)) continue;
      }
    }
    // A compass point alone before "and" and another one's region is that region's, no place of its
    // own: "East | and Central Africa".
    if (
      words.length === 1 &&
      COMPASS.has(key) &&
      tokens[seg.to]?.lower === 'and' &&
      COMPASS.has(tokens[seg.to + 1]?.lower ?? '') &&
      !!tokens[seg.to + 1]?.cap &&
      !!tokens[seg.to + 2]?.cap &&
      // (a country so named keeps it: "North and South Korea")
      !lex.countries.has(`${key} ${tokens[seg.to + 2]?.lower ?? ''}`)
    )
      continue;
    // A numbered unit of a city alone is none of the three: "the 24th Ward", "the Fifth District".
    if (
      words.length === 1 &&
      NUMBERED_UNITS.has(key) &&
      ORDINAL_WORD.test(tokens[seg.from - 1]?.text ?? '') &&
      tokens[seg.from - 1]?.end === (tokens[seg.from]?.start ?? 0) - 1
    )
      continue;
    // Two nationalities joined are an adjective: "an Italian-Swedish diplomat", "a Malian-French
    // defender".
    if (words.length === 1 && key.includes('-')) {
      const parts = key.split('-');
      if (parts.length === 2 && parts.every((w) => lex.demonyms.has(w))) continue;
    }
    // A compass point before a nationality is an adjective, no place: "Western Australian
    // government", "North American investor", "East Asian economies", "South African-born lock".
    if (
      words.length === 2 &&
      seg.kind !== 'group' &&
      COMPASS.has(words[0] ?? '') &&
      !lex.places.has(key) &&
      !lex.countries.has(key)
    ) {
      const adj = words[1] ?? '';
      const dash = adj.indexOf('-');
      if (lex.demonyms.has(adj) || (dash > 0 && lex.demonyms.has(adj.slice(0, dash)))) continue;
    }
    // "AI" alone is the technology, though a body's name holds it ("Kaveri AI ... most AI tools").
    if (key === 'ai') continue;
    // A climate pattern is none of ours: "El Niño", "La Niña".
    if ((key.startsWith('el ') || key.startsWith('la ')) && CLIMATE_PATTERNS.has(withoutAccents(key) ?? key))
      continue;
    // A judge's form of address is no body: "His Honour Judge Nigel Pemberton-Hale".
    if (
      (key === 'honour' || key === 'honor') &&
      /^(?:his|her|your)$/u.test(tokens[seg.from - 1]?.lower ?? '')
    )
      continue;
    // A currency's name before its unit names none either: "85 billion CFA francs".
    if (
      seg.from + 1 === seg.to &&
      isAcronym(first) &&
      !lex.countries.has(key) &&
      !lex.countries.has(stripDots(key)) &&
      /^(?:francs?|dollars?|pesos?|rupees?|shillings?|dinars?|riyals?)$/u.test(tokens[seg.to]?.text ?? '')
    )
      continue;
    // A language alone names none of the three: "stories in Farsi", "an Urdu daily".
    if (seg.from + 1 === seg.to && LANGUAGES.has(key)) continue;
    // Nor does cricket's format alone: "a former Test opener", "played 41 Tests for India".
    if (key === 'test' || key === 'tests') continue;
    const scores: Record<EntityType, number> = { person: 0, organisation: 0, place: 0 };
    const cand: Candidate = {
      from: seg.from,
      to: seg.to,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      key,
      words,
      scores,
      attrs: seg.attrs,
      titled: false,
      gender: 'u',
      // Every field present from the start: one object shape keeps the loops below monomorphic.
      countryCode: undefined,
      fixed: undefined,
      group: undefined,
      team: undefined,
      nested: words.length >= 2 ? once(() => nestedNames(seg.from, seg.to, words)) : undefined,
    };
    if (seg.kind === 'place') {
      // A town's name before "party" is the party's: "the ruling Morena party".
      const kind = tokens[seg.to];
      const party =
        !seg.countryCode && kind?.kind === 'word' && kind.text === kind.lower && PARTY_NOUNS.has(kind.lower);
      cand.fixed = party ? 'organisation' : 'place';
      if (party) partyKeys.add(key);
      if (seg.countryCode) cand.countryCode = seg.countryCode;
      candidates.push(cand);
      continue;
    }
    if (
      seg.kind === 'org' ||
      // a league: "Major League Soccer"
      (words[0] === 'major' && words[1] === 'league') ||
      // an advocacy body named by its members: "Physicians for Human Rights"
      // (or by a people in the plural: "Jamaicans for Justice")
      (words[1] === 'for' &&
        (ADVOCATE_PLURALS.has(words[0] ?? '') ||
          (words.length >= 3 &&
            (words[0] ?? '').endsWith('s') &&
            lex.demonyms.has(words[0] ?? '') &&
            lex.demonyms.has((words[0] ?? '').slice(0, -1))))) ||
      words.some((w) => IZAFAT_ORG.test(w)) ||
      // a Spanish or Portuguese body's cause ("Unión por la Patria"): no one's name holds "por"
      (words.length >= 3 && (words.includes('por') || words.includes('para'))) ||
      // a rights group named by its country: "Iran Human Rights"
      (words.length >= 3 && words[words.length - 2] === 'human' && words[words.length - 1] === 'rights') ||
      // the social network X, posted on ("in a post on X")
      (first.text === 'X' && seg.to === seg.from + 1 && tokens[seg.from - 1]?.lower === 'on') ||
      // a broadcaster named with "TV" first ("TV Globo", "TV Azteca")
      (first.text === 'TV' && words.length >= 2 && !lex.firstNames.has(words[1] ?? ''))
    ) {
      cand.fixed = 'organisation';
      candidates.push(cand);
      continue;
    }
    // A family by its name in the plural after the story named one of them: "Luis Herrera ... The
    // Herreras plan", "the Novaks were arraigned".
    const family =
      words.length === 1 &&
      key.length > 4 &&
      key.endsWith('s') &&
      tokens[seg.from - 1]?.lower === 'the' &&
      candidates.some((o) => {
        const last = o.words[o.words.length - 1] ?? '';
        return (
          o.words.length >= 2 &&
          (last === key.slice(0, -1) || (key.endsWith('es') && last === key.slice(0, -2))) &&
          (lex.firstNames.has(o.words[0] ?? '') || o.titled === true)
        );
      });
    if (seg.kind === 'group' || family) {
      cand.fixed = 'person';
      cand.group = true;
      candidates.push(cand);
      continue;
    }
    const prevSeg = segments[s - 1];
    const titleBefore = prevSeg?.kind === 'title' && prevSeg.to === seg.from ? prevSeg : undefined;
    if (titleBefore) {
      scores.person += 4;
      cand.titled = true;
      for (let k = titleBefore.from; k < titleBefore.to; k++) {
        const w = stripDots(tokens[k]?.lower ?? '');
        // ("Lord Mayor", "Lord Provost", "Lord Chancellor": offices of either sex)
        if (w === 'lord' && LORD_OFFICES.has(tokens[k + 1]?.lower ?? '')) continue;
        if (MALE_TITLES.has(w)) cand.gender = 'm';
        if (FEMALE_TITLES.has(w)) cand.gender = 'f';
      }
    }
    // Apposition after a title run: "The Secretary of State of the United States, Antony Blinken".
    if (pendingTitle && pendingTitle.sentence === first.sentence && seg.from > pendingTitle.end) {
      const between = tokens.slice(pendingTitle.end, seg.from);
      if (between.length <= 8 && between.some((t) => t.text === ',')) {
        scores.person += 2;
        for (const a of pendingTitle.attrs) cand.attrs.push(a);
      }
      // (or a title written short, its period alone between: "Ishikawa Gov. Tatsuo Hasegawa")
      else if (between.length === 1 && between[0]?.text === '.' && seg.to - seg.from >= 2) {
        scores.person += 3;
        for (const a of pendingTitle.attrs) cand.attrs.push(a);
      }
    }
    // Gazetteer answers for the whole name, asked once and used below.
    const country = lex.countries.get(key) ?? lex.countries.get(stripDots(key));
    const knownPlace = lex.places.has(key);
    // A name opened by a foreign article ("La Libertad Avanza", "Die Zeit"); "Le Pen" and "De Gaulle"
    // open with a family name's particle.
    const articleLed =
      words.length >= 2 &&
      FOREIGN_ARTICLES.has(words[0] ?? '') &&
      (!CAP_PARTICLES.has(first.text) || words.length >= 3) &&
      // (not a Vietnamese name: "Le Hong Quang")
      !words.every((w, k) => k === 0 || lex.nameParts.has(w) || (k === 1 && VIETNAMESE_MIDDLE.has(w))) &&
      // (nor one of three words with a Vietnamese middle name: "Le Van Phuoc"; nor of three or four
      // short syllables: "Le Thi Bich Ngoc", "Le Quang Vinh")
      !(words.length === 3 && words[0] === 'le' && VIETNAMESE_MIDDLE.has(words[1] ?? '')) &&
      !(
        words.length >= 3 &&
        words.length <= 4 &&
        words[0] === 'le' &&
        words.slice(1).every((w) => w.length <= 5 && /^[a-z]+$/u.test(w) && !lex.commonWords.has(w))
      );
    if (!lex.countries.has(key) && !knownPlace) pendingTitle = undefined;

    // A people's name before one of its members is a nationality, no entity: "a Larrakia woman", "a
    // Wiradjuri elder".
    if (
      words.length === 1 &&
      /^an?$/u.test(tokens[seg.from - 1]?.lower ?? '') &&
      tokens[seg.to]?.kind === 'word' &&
      MEMBER_OF_PEOPLE.has(tokens[seg.to]?.text ?? '') &&
      !lex.firstNames.has(key) &&
      // (a town's or state's is a place: "a Liverpool man", "a Texas woman")
      !lex.places.has(key) &&
      !lex.countries.has(key) &&
      !lex.regions.has(key)
    )
      continue;
    // Fuels and share indices by their initials alone are things, no bodies: "exports of LNG", "the
    // KOSPI index", "the DAX was flat" (inside a name they stay: "Venture Global LNG").
    if (words.length === 1 && THING_INITIALS.has(key)) continue;
    // A minister's title with its portfolio is no body, whatever head ends it: "Minister of State for
    // Petroleum Resources" (a title, not the ministry).
    if (
      words.length >= 3 &&
      MINISTER_TITLES.has(words[0] ?? '') &&
      (words[1] === 'of' || words[1] === 'for') &&
      !words.some((w) => w === 'ministry' || w === 'department' || w === 'office')
    )
      continue;
    // ... and so are a model's, a weapon's, a road's or a visa's code of capitals and a number: "the
    // F-16", "an AK-47", "on I-85", "H-1B visas" (not a group of nations, "G-20", nor a known armed
    // group: "MS-13", "M-23").
    if (
      words.length === 1 &&
      MODEL_CODE.test(first.text) &&
      !GROUP_OF_NATIONS.test(key) &&
      !KNOWN_ORGS.has(key) &&
      // (nor a body's initials in brackets: "the Regional Labour Court of the 2nd Region (TRT-2)")
      tokens[seg.from - 1]?.text !== '(' &&
      // (nor a road named with its kind: "the AP-7 motorway")
      !PLACE_KIND_AFTER.has(tokens[seg.to]?.text ?? '')
    )
      continue;
    // A fear or hatred named as a thing ("Islamophobia") is none of our types.
    if (words.length === 1 && key.length > 7 && key.endsWith('phobia')) continue;
    // Neither is a country's leaving named in one word ("Brexit", "Grexit").
    if (words.length === 1 && key.length >= 6 && key.length <= 7 && key.endsWith('xit')) continue;
    // Events, laws and works ("Paris Agreement", "Davis Cup") are not entities of our three types;
    // neither are named operations ("Operation Clambake").
    // ("World War II": the head before an ordinal.)
    // ("Super Bowl XLIV": any Roman numeral in capitals.)
    const ordinalLast =
      words.length > 2 &&
      (/^(?:[ivx]+|\d+)$/u.test(words[words.length - 1] ?? '') ||
        /^[IVXLCDM]+$/u.test(tokens[seg.to - 1]?.text ?? ''));
    // (Not a body named for one: "Institute for the Study of War", "Museum of the Second World War".)
    if (
      words.length > 1 &&
      MISC_HEADS.has(words[words.length - (ordinalLast ? 2 : 1)] ?? '') &&
      !headedBody(words) &&
      !KNOWN_ORGS.has(words.join('_')) &&
      !(gamesStudio(words) && tokens[seg.from - 1]?.lower !== 'the') &&
      // (nor an initiative that is a body by what is said of it: "the Clinton Global Initiative
      // said", "the Global Road Justice Initiative (GRJI)", "an analyst at the Arab Reform Initiative")
      !(lastOf(words) === 'initiative' && initiativeBody(seg.from, seg.to)) &&
      // (nor a given name and a family name that is also such a head: "Andrew Derby", "Doris Day")
      !(
        words.length === 2 &&
        lex.firstNames.has(words[0] ?? '') &&
        !lex.places.has(words[0] ?? '') &&
        !lex.commonWords.has(words[0] ?? '') &&
        words[0] !== 'easter' &&
        words[0] !== 'christmas' &&
        (lex.nameParts.has(words[1] ?? '') || lex.places.has(words[1] ?? ''))
      ) &&
      // (nor a person whose family name opens with a particle before such a head: "Bertrand Moreau de
      // la Tour")
      !(
        words.length >= 3 &&
        NAME_PARTICLES.has(tokens[seg.to - 2]?.text ?? '') &&
        // (also written with accents, or two joined: "Hélène", "Marie-Hélène")
        firstNameGender(words[0] ?? '', lex) !== undefined &&
        !MISC_HEADS.has(words[0] ?? '')
      )
    ) {
      // (and its initials in brackets name it too: "the Digital Services Act (DSA)")
      const initials = tokens[seg.to + 1];
      if (tokens[seg.to]?.text === '(' && tokens[seg.to + 2]?.text === ')' && initials && isAcronym(initials))
        productKeys.add(stripDots(initials.lower));
      // (and its name's part after "of" is no name of its own: "the Africa Cup of Nations")
      const ofPart = segments[s + 1];
      if (
        !ordinalLast &&
        tokens[seg.to]?.lower === 'of' &&
        ofPart?.kind === 'name' &&
        ofPart.from === seg.to + 1 &&
        ofPart.to - ofPart.from <= 2 &&
        tokens[ofPart.from]?.sentence === first.sentence
      )
        segments.splice(s + 1, 1);
      continue;
    }
    // ... nor is a lender's programme: "the Extended Fund Facility", "the Recovery and Resilience
    // Facility" (a body stays: "the Global Environment Facility").
    if (words.length >= 2 && lastOf(words) === 'facility' && LENDING_KINDS.has(words[words.length - 2] ?? ''))
      continue;
    // ... nor is a named wildfire ("the Palisades Fire"; a service keeps its name: "Cal Fire").
    if (words.length > 1 && lastOf(words) === 'fire' && tokens[seg.from - 1]?.lower === 'the') continue;
    // ... nor is a variant's or a model's dotted code ("JN.1", "BA.2.86"), nor one word after a
    // classifier of strains, phases and grades ("the new clade Ib strain", "subtype Alpha").
    if (words.length === 1 && /^\p{L}{1,4}\.\d/u.test(key)) continue;
    if (words.length === 1 && CODE_CLASSIFIERS.has(tokens[seg.from - 1]?.text ?? '')) continue;
    // ... nor is a day named after a person with a suffix ("Martin Luther King Jr. Day"), nor a grade
    // of crude oil ("Brent crude", "West Texas Intermediate crude").
    const dayAfter = tokens[seg.to]?.text === '.' ? tokens[seg.to + 1] : undefined;
    if (
      (dayAfter?.text === 'Day' && (lastOf(words) === 'jr' || lastOf(words) === 'sr')) ||
      tokens[seg.to]?.text === 'crude'
    )
      continue;
    // ... nor is one held in a place, named after it ("Fan Expo Canada").
    if (
      words.length > 2 &&
      MISC_HEADS.has(words[words.length - 2] ?? '') &&
      (lex.countries.has(lastOf(words)) || lex.places.has(lastOf(words)))
    )
      continue;
    // A minister's portfolio alone ("Tourism", "the Interior") is no name.
    // One word that alone names nothing of ours: a portfolio ("Tourism"), an award ("Oscars"), a
    // prize's field ("Medicine"), a disease ("Ebola"), "International".
    // (but initials in capitals that spell a body's name in the story are that body's: "SARS" after
    // "the South African Revenue Service")
    if (words.length === 1 && NAMES_NOTHING_ALONE.has(key) && !(isAcronym(first) && spelledBySegment(key)))
      continue;
    // A title's portfolio of everyday words after "of", before its holder in commas or alone: "Chief
    // of Army Staff, General Tariq Awan,", "Minister of Roads and Urban Development, Farzaneh X".
    if (
      words.length >= 2 &&
      !ORG_HEADS.has(lastOf(words)) &&
      !PLACE_HEADS.has(lastOf(words)) &&
      portfolioAfterTitle(seg.from, seg.to)
    )
      continue;
    // A maker named after its country's possessive, after "made by" or the like, is a body: "drones
    // produced by Turkey's Baykar" (not "backed by Turkey's Erdogan").
    if (
      words.length <= 2 &&
      tokens[seg.from - 1]?.kind === 'poss' &&
      lex.countries.has(tokens[seg.from - 2]?.lower ?? '') &&
      tokens[seg.from - 3]?.lower === 'by' &&
      MAKING_PARTICIPLES.has(tokens[seg.from - 4]?.lower ?? '') &&
      !lex.firstNames.has(words[0] ?? '')
    )
      scores.organisation += 3;
    // ... and the name in commas after it is the holder's: "Minister of Roads and Urban Development,
    // Farzaneh Karimi-Malvajerd, and ..."
    if (tokens[seg.from - 1]?.text === ',' && words.length >= 2) {
      let j = seg.from - 2;
      while (j > seg.from - 8 && tokens[j]?.cap && tokens[j]?.kind === 'word') j--;
      if (j < seg.from - 2 && portfolioAfterTitle(j + 1, seg.from - 1)) scores.person += 3;
    }
    // "Black" as a people's colour: "Black neighbourhoods", "identified as Black", "44 percent
    // Black" (not a family name: "Mr Black said", "Black said").
    if (
      key === 'black' &&
      first.text === 'Black' &&
      !TITLE_WORDS.has(tokens[seg.from - 1]?.lower ?? '') &&
      !LONE_NAME_VERBS.has(tokens[seg.to]?.text ?? '') &&
      !CUE_VERBS.has(tokens[seg.to]?.text ?? '') &&
      ((tokens[seg.to]?.kind === 'word' && tokens[seg.to]?.text === tokens[seg.to]?.lower) ||
        ['as', 'percent', 'are', 'were', 'is', 'was', 'being', 'and', 'or'].includes(
          tokens[seg.from - 1]?.lower ?? '',
        ))
    )
      continue;
    // A peer's title before its place names the peer, not a body: "the Duke of Sussex".
    if (words.length === 1 && PEERAGES.has(key) && tokens[seg.to]?.lower === 'of') continue;
    // An adjective of a region or people that no list has, before a lower-case noun: "a collapsed
    // Himalayan road tunnel", "Amazonian tribes", "Tibetan monks".
    if (words.length === 1 && regionAdjective(first, tokens[seg.to], key)) continue;
    // A foreign article alone ("Le", "Die" opening a sentence) is no name ("LA" in capitals may be),
    // unless a person the story names in full bears it as a family name: "Raghavendra Das ... Das said".
    if (
      words.length === 1 &&
      FOREIGN_ARTICLES.has(key) &&
      first.text !== first.text.toUpperCase() &&
      // (nor Louisiana as AP datelines abbreviate it: "SHREVEPORT, La. (AP) --")
      !(
        key === 'la' &&
        tokens[seg.from - 1]?.text === ',' &&
        tokens[seg.to]?.text === '.' &&
        tokens[seg.to]?.start === first.end
      ) &&
      !candidates.some((o) => o.words.length >= 2 && o.words[o.words.length - 1] === key && !o.group)
    )
      continue;
    // A virus or fever named after a place: "Marburg virus", "Lassa fever", "West Nile virus".
    const bug = tokens[seg.to];
    if (bug?.kind === 'word' && (bug.text === 'virus' || bug.text === 'fever' || bug.text === 'flu'))
      continue;
    // ... or after a person, without the possessive: "Duchenne muscular dystrophy", "Crohn disease",
    // "Down syndrome" (not a body's or country's name before the word: "Kenya disease surveillance").
    if (
      bug?.kind === 'word' &&
      (bug.text === 'disease' ||
        bug.text === 'syndrome' ||
        bug.text === 'dystrophy' ||
        (bug.text === 'muscular' && tokens[seg.to + 1]?.text === 'dystrophy')) &&
      words.length <= 2 &&
      !ORG_HEADS.has(words[words.length - 1] ?? '') &&
      !lex.countries.has(key) &&
      !KNOWN_ORGS.has(words.join('_'))
    )
      continue;
    // (alone, after such a mention: "Marburg is not gone", not a town's body: "Marburg University")
    if (words.length === 1 && bugNames.has(key)) continue;
    // The British pound as it trades: "Sterling was little changed against the dollar", "Sterling rose
    // 0.4%" (not a player: "Sterling scored").
    if (key === 'sterling') {
      let traded = false;
      for (let k = seg.to; k < seg.to + 8 && !traded && tokens[k]?.sentence === first.sentence; k++) {
        const w = tokens[k]?.lower ?? '';
        traded =
          w === '%' ||
          w === 'percent' ||
          (w === 'against' && /^(?:dollar|euro|yen|greenback|franc)s?$/u.test(tokens[k + 2]?.lower ?? ''));
      }
      if (traded) continue;
    }
    // A law named by everyday words: "the Basic Law", "the 1999 Press Law" (a title's word cut off
    // before "Law"), "Martial Law" (not "Jude Law", nor "Faculty of Law").
    if (words[words.length - 1] === 'law') {
      const lead =
        words.length === 1
          ? [tokens[seg.from - 1]?.cap ? (tokens[seg.from - 1]?.lower ?? '') : '']
          : words.slice(0, -1);
      if (
        lead.every(
          (w) =>
            lex.commonWords.has(w) &&
            !FUNCTION_WORDS.has(w) &&
            (!lex.firstNames.has(w) || lex.coreWords.has(w)) &&
            (!lex.nameParts.has(w) || lex.coreWords.has(w)) &&
            !lex.places.has(w) &&
            !lex.countries.has(w) &&
            !lex.demonyms.has(w) &&
            // (a person's title before a family name: "Secretary Law said")
            !TITLE_CORE.has(w),
        )
      )
        continue;
    }
    // A weapon or craft named before its kind, no maker the lists know: "four Scorpène-class boats",
    // "59 Zorawar light tanks", "17 Gripen fighter jets", "the Krab howitzers" (not "Boeing jets").
    const craftAt = bug?.text === '-' && tokens[seg.to + 1]?.text === 'class' ? seg.to + 2 : seg.to;
    const craft =
      tokens[craftAt]?.kind === 'word' &&
      tokens[craftAt]?.text === tokens[craftAt]?.lower &&
      (CRAFT_NOUNS.has(tokens[craftAt]?.text ?? '') ||
        (CRAFT_MODIFIERS.has(tokens[craftAt]?.text ?? '') &&
          CRAFT_NOUNS.has(tokens[craftAt + 1]?.text ?? '')));
    if (
      (craft || craftAt > seg.to) &&
      words.length <= 2 &&
      !KNOWN_ORGS.has(words.join('_')) &&
      !lex.companies.has(key) &&
      !lex.countries.has(key) &&
      !lex.demonyms.has(key) &&
      !lex.places.has(key) &&
      !lex.firstNames.has(words[0] ?? '') &&
      // (nor a body's initials the story gives in brackets: "RSF fighters" after "the Rapid Support
      // Forces (RSF)")
      !(words.length === 1 && isAcronym(first) && text.includes(`(${first.text})`))
    ) {
      productKeys.add(key);
      continue;
    }
    // A disease named after a person: "Parkinson's disease", "Alzheimer's syndrome".
    const illness = tokens[seg.to + 1];
    if (
      tokens[seg.to]?.kind === 'poss' &&
      illness?.kind === 'word' &&
      (illness.text === 'disease' || illness.text === 'syndrome')
    )
      continue;
    // What a maker makes is a product: "OpenAI, the maker of ChatGPT".
    if (tokens[seg.from - 1]?.lower === 'of' && MAKER_NOUNS.has(tokens[seg.from - 2]?.text ?? '')) {
      productKeys.add(key);
      continue;
    }
    // "the Channel" between England and France.
    if (key === 'channel' && tokens[seg.from - 1]?.lower === 'the') {
      cand.fixed = 'place';
      candidates.push(cand);
      continue;
    }
    // "the Amazon" after a preposition or before its basin is the rainforest, not the company
    // ("parts of the Amazon", "the Amazon basin"; "Amazon said" and "the Amazon unit" stay); so it is
    // before punctuation or a function word ("to protect the Amazon with empty hands").
    if (key === 'amazon' && tokens[seg.from - 1]?.lower === 'the') {
      const next = tokens[seg.to];
      const after = next?.lower ?? '';
      const prep = tokens[seg.from - 2]?.lower ?? '';
      if (
        AMAZON_AFTER.has(after) ||
        AMAZON_PREPOSITIONS.has(prep) ||
        !next ||
        next.kind !== 'word' ||
        (next.text === after && FUNCTION_WORDS.has(after))
      ) {
        cand.fixed = 'place';
        candidates.push(cand);
        continue;
      }
    }
    // An age of history named by an adjective is none of the three: "the Ptolemaic period", "the
    // Post-Classic period", "the Victorian era" (a dynasty's name is its house's: "the Qing period").
    if (
      words.length === 1 &&
      (tokens[seg.to]?.text === 'period' || tokens[seg.to]?.text === 'era') &&
      /(?:ic|ian|ean)$/u.test(key) &&
      !lex.countries.has(key) &&
      !lex.places.has(key)
    )
      continue;
    // ... nor the heel's tendon: "surgery on my Achilles", "an Achilles injury".
    if (
      key === 'achilles' &&
      (ACHILLES_OWNERS.has(tokens[seg.from - 1]?.lower ?? '') ||
        ACHILLES_AFTER.has(tokens[seg.to]?.text ?? ''))
    )
      continue;
    // ... nor a film festival's prize: "the Golden Bear", "the Silver Lion", "the Crystal Globe", "the
    // Palme d'Or", "the Étoile d'Or".
    if (
      (words.length === 2 && PRIZE_METALS.has(words[0] ?? '') && PRIZE_FIGURES.has(words[1] ?? '')) ||
      (words.length >= 2 && (key.endsWith(" d'or") || key.endsWith(' d’or')))
    )
      continue;
    // ... nor the Virgin Mary so called alone: "I prayed to the Virgin".
    if (key === 'virgin' && tokens[seg.from - 1]?.lower === 'the') continue;
    // A market index is none of the three: "the Dow Jones Industrial Average" (an "Index" is one of
    // the heads that name nothing, below).
    if (words.length >= 2 && words[words.length - 1] === 'average' && tokens[seg.to - 1]?.cap) continue;
    // ... nor is the government's debt named by its issuer: "10-year Treasury notes", "U.S. Treasury
    // yields" (the ministry stays: "the Treasury said").
    if (
      (key === 'treasury' || key.endsWith(' treasury')) &&
      tokens[seg.to]?.kind === 'word' &&
      TREASURY_DEBT.has(tokens[seg.to]?.text ?? '')
    )
      continue;
    if (words.length > 1 && words[0] === 'operation') continue;
    // Cycling's grand tours, named head first: "Tour de France", "Giro d'Italia", "Vuelta a España".
    if (words.length > 1 && (words[0] === 'tour' || words[0] === 'giro' || words[0] === 'vuelta')) continue;
    // ... and a tournament named an "Open": "the Terra Wortmann Open", "the U.S. Open champion".
    if (words.length > 1 && tokens[seg.to - 1]?.text === 'Open') continue;
    // Ships are no entities of our types: "HMS Diamond", "USS Carney".
    // (nor are its later mentions without the prefix: "the Vikram")
    if (words.length > 1 && SHIP_PREFIXES.has(words[0] ?? '')) {
      productKeys.add(words.slice(1).join(' '));
      continue;
    }
    // Storms (see above) and their names alone ("Halong weakened") are no entities.
    if (stormy && (stormAt(seg) >= 0 || stormNames.has(key))) continue;
    // A holiday ("Christmas", "Christmas Day", "Easter Sunday") is no entity.
    // (but a family name the story gives a person before a verb is: "Mostafa El-Sayed Ramadan ...
    // Ramadan told")
    if (
      HOLIDAYS.has(words[0] ?? '') &&
      !(words.length === 1 && familyNameAlone(seg.from)) &&
      (words.length === 1 ||
        DAYS_MONTHS.has(words[1] ?? '') ||
        words[1] === 'day' ||
        words[1] === 'eve' ||
        // ("Eid al-Adha", "Eid ul-Fitr")
        (words.length === 2 && words[0] === 'eid' && /^(?:al|ul|el)-/u.test(words[1] ?? '')))
    )
      continue;
    // A longer name before a lower-case tour, album or award is that work's or event's name
    // ("Elton John's Farewell Yellow Brick Road tour"); one word there may be the band ("the Oasis tour").
    const workNoun = tokens[seg.to];
    if (
      words.length >= 2 &&
      workNoun?.kind === 'word' &&
      workNoun.text === workNoun.lower &&
      WORK_NOUNS_AFTER.has(workNoun.text)
    )
      continue;
    // An event named before its title or final ("his first Wimbledon title") is no person.
    const eventNoun = tokens[seg.to];
    if (
      words.length === 1 &&
      eventNoun?.kind === 'word' &&
      eventNoun.text === eventNoun.lower &&
      EVENT_NOUNS.has(eventNoun.lower) &&
      !lex.countries.has(key) &&
      !lex.firstNames.has(key)
    )
      continue;
    // A model's letters after its number are no name: "the 737 MAX", "the 787 Dreamliner".
    const modelNumber = tokens[seg.from - 1];
    if (
      words.length === 1 &&
      modelNumber?.kind === 'num' &&
      /^\d{3}$/u.test(modelNumber.text) && // (not a year: "the 2018 FIFA World Cup")
      modelNumber.end + 1 === first.start &&
      !KNOWN_ORGS.has(key) &&
      !lex.companies.has(key)
    )
      continue;
    // A flu strain is none of our types: "H5N1" (named diseases are in NAMES_NOTHING_ALONE).
    if (words.length === 1 && key.charCodeAt(0) === 104 && key.length >= 4 && /^h\d+n\d+$/u.test(key))
      continue;
    // An MVP award: "Finals MVP".
    if (lastOf(words) === 'mvp') continue;
    // A US lawmaker's party and state in apposition: "Sen. Jack Reed, D-R.I.,", "R-Miss.".
    if (
      words.length === 1 &&
      first.text.charCodeAt(1) === 45 &&
      tokens[seg.from - 1]?.text === ',' &&
      PARTY_STATE.test(first.text)
    )
      continue;
    // A treaty's or accord's head before "of": "the Treaty of Waitangi" names the treaty, no body
    // (the place after it stays a place).
    if (
      words.length === 1 &&
      TREATY_HEADS.has(key) &&
      tokens[seg.to]?.text === 'of' &&
      !!tokens[seg.to + 1]?.cap
    )
      continue;
    // A party to a court case named "X v. Y": the case's name, no entity ("United States v. Skrmetti").
    if (caseNameAt(seg.from, seg.to)) continue;
    // An event named by a word and its year: "Euro 2024", "Expo 2020" (not a place's: "Paris 2024").
    const year = tokens[seg.to];
    if (
      words.length === 1 &&
      year?.kind === 'num' &&
      year.start === last.end + 1 &&
      /^(?:19|20)\d\d$/u.test(year.text) &&
      !country &&
      !knownPlace &&
      !KNOWN_ORGS.has(key)
    )
      continue;
    // A weapon's model code: "a Kh-101 cruise missile", "F-16 jets".
    // (over one word between: "the Y-9 reconnaissance plane")
    const weapon = tokens[seg.to];
    const weapon2 = weapon?.kind === 'word' && weapon.text === weapon.lower ? tokens[seg.to + 1] : undefined;
    if (
      words.length === 1 &&
      hasDigit(key) &&
      ((weapon?.kind === 'word' && WEAPON_NOUNS.has(weapon.text)) ||
        (weapon2?.kind === 'word' && WEAPON_NOUNS.has(weapon2.text)))
    )
      continue;
    // A political creed's adjective: "Peronist governor", "Islamist militants", "Marxist" (not a
    // Swedish family name: "Lindqvist", "Holmquist").
    if (
      words.length === 1 &&
      key.length >= 6 &&
      (key.endsWith('ist') || key.endsWith('ists')) &&
      !/(?:qu|qv|kv)ists?$/u.test(key) &&
      !lex.nameParts.has(key) &&
      // (nor a double-barrelled one ending in a family name: "Olsen-Kleist")
      !lex.nameParts.has(key.slice(key.lastIndexOf('-') + 1)) &&
      !lex.places.has(key) &&
      !KNOWN_ORGS.has(key)
    )
      continue;
    // A stock code in brackets names no entity of its own: "(TSLA.O)", "(002594.SZ)".
    if (tokens[seg.to]?.text === ')') {
      let open = seg.from - 1;
      while (open > seg.from - 4 && tokens[open] && tokens[open]?.text !== '(') open--;
      if (tokens[open]?.text === '(' && tickerAt(text, tokens, open)) continue;
    }
    // A type or make counted before its noun is no entity: "45 Shahed drones", "two Patriot batteries".
    const counted = tokens[seg.from - 1];
    const noun = tokens[seg.to];
    if (
      words.length === 1 &&
      (counted?.kind === 'num' || NUMBER_WORDS.has(counted?.lower ?? '')) &&
      noun?.kind === 'word' &&
      noun.text === noun.lower &&
      noun.lower.length > 3 &&
      noun.lower.endsWith('s') &&
      !FUNCTION_WORDS.has(noun.lower) &&
      !KNOWN_ORGS.has(key) &&
      !lex.companies.has(key) &&
      !lex.countries.has(key) &&
      !lex.places.has(key) &&
      !lex.demonyms.has(key)
    )
      continue;
    // A journal after its kind: "the journal Science", "the journal Nature Medicine".
    if (tokens[seg.from - 1]?.text === 'journal' && words.length <= 4) scores.organisation += 4;
    // A brand a product is sold under is no body or person: "sold under the brand name Qelvani",
    // "marketed as Duvelta".
    if (words.length <= 2 && brandNameBefore(tokens, seg.from)) {
      productKeys.add(key);
      continue;
    }
    // A ship, spacecraft or robot named after its kind is none of the three: "the research vessel
    // Kronprins Haakon", "the frigate Hydra", "the rover Perseverance".
    // A military exercise or police operation by its code name is none of the three: "drills
    // codenamed Kasangga Tide", "the annual Han Kuang exercises", "The exercise, called Arctic Lynx".
    const codeBefore = tokens[seg.from - 1];
    const codeAfter = tokens[seg.to];
    if (
      words.length <= 3 &&
      !country &&
      !knownPlace &&
      // (not a body holding them: "NATO exercises")
      !KNOWN_ORGS.has(key) &&
      !lex.companies.has(key) &&
      !isAcronym(first) &&
      !ORG_HEADS.has(words[words.length - 1] ?? '') &&
      ((codeBefore?.kind === 'word' &&
        (codeBefore.lower === 'codenamed' || codeBefore.lower === 'code-named')) ||
        (codeAfter?.kind === 'word' &&
          codeAfter.text === codeAfter.lower &&
          EXERCISE_WORDS.has(codeAfter.text)) ||
        (codeBefore?.lower === 'called' &&
          tokens[seg.from - 2]?.text === ',' &&
          EXERCISE_WORDS.has(tokens[seg.from - 3]?.lower ?? '')))
    ) {
      productKeys.add(key);
      continue;
    }
    // (nor are its later mentions: "The skipper of the Ondarroa Berri")
    // (a title may open the ship's name: "the ferry Doña Paz", "the liner Queen Mary")
    const shipFrom =
      titleSeg?.kind === 'title' &&
      titleSeg.to === seg.from &&
      titleSeg.to - titleSeg.from === 1 &&
      tokens[titleSeg.from]?.cap &&
      SHIP_NAME_TITLES.has(tokens[titleSeg.from]?.lower ?? '')
        ? titleSeg.from
        : seg.from;
    const kindBefore = tokens[shipFrom - 1];
    if (
      words.length <= 3 &&
      kindBefore?.kind === 'word' &&
      // (a flag is a ship's: "the Liberian-flagged Kestrel Spirit")
      (kindBefore.lower === 'flagged' ||
        kindBefore.lower.endsWith('-flagged') ||
        (kindBefore.text === kindBefore.lower && CRAFT_KINDS.has(kindBefore.text)) ||
        (kindBefore.text === 'carrier' && SHIP_CARRIER_KINDS.has(tokens[shipFrom - 2]?.lower ?? ''))) &&
      !KNOWN_ORGS.has(key) &&
      !lex.companies.has(key)
    ) {
      if (!lex.places.has(key) && !lex.countries.has(key)) productKeys.add(key);
      continue;
    }
    // ... or in apposition with its kind, either way round: "The dhow, the Al-Mansour,", "the Sea
    // Falcon, a 1998-built general cargo ship".
    let craftAfter = false;
    if (
      tokens[seg.to]?.text === ',' &&
      (tokens[seg.to + 1]?.lower === 'a' || tokens[seg.to + 1]?.lower === 'an')
    )
      for (let k = seg.to + 2; k < seg.to + 9 && !craftAfter; k++) {
        const w = tokens[k];
        if (!w || (w.kind === 'word' && w.cap) || w.text === ',' || w.text === '.') break;
        // (the kind heads the description: not "a former submarine commander")
        // (a participle may follow it: "a general cargo ship flagged in Comoros")
        const n = tokens[k + 1];
        craftAfter =
          craftWord(w) && !(n?.kind === 'word' && n.text === n.lower && !/(?:ed|ing)$/u.test(n.text));
      }
    if (
      words.length <= 3 &&
      !country &&
      !knownPlace &&
      !KNOWN_ORGS.has(key) &&
      !lex.companies.has(key) &&
      (craftAfter ||
        (tokens[seg.from - 1]?.lower === 'the' &&
          tokens[seg.from - 2]?.text === ',' &&
          craftWord(tokens[seg.from - 3])))
    ) {
      productKeys.add(key);
      continue;
    }
    // A people's adjective before its noun names no one: "the federal Indigenous affairs agency",
    // "Aboriginal land councils".
    const peoplesNoun = tokens[seg.to];
    if (
      words.length === 1 &&
      (key === 'indigenous' || key === 'aboriginal') &&
      peoplesNoun?.kind === 'word' &&
      peoplesNoun.text === peoplesNoun.lower &&
      !FUNCTION_WORDS.has(peoplesNoun.text)
    )
      continue;
    // A credit rating is no body: "at BBB-", "rates it Baa3", "cut it to RD", "a AAA rating".
    if (words.length === 1 && isRatingGrade(first, tokens[seg.from - 1], tokens[seg.to])) continue;
    // "Md." before a name is the written short form of Muhammad, no one's name alone: "Md. Nazrul
    // Islam" (after a comma it is Maryland, "Bethesda, Md.", but before two name words); so
    // are "Mohd." and "Muhd.".
    if (
      words.length === 1 &&
      (key === 'md' || key === 'mohd' || key === 'muhd') &&
      tokens[seg.to]?.text === '.' &&
      tokens[seg.to + 1]?.cap &&
      // (after a comma, only before a name of two words or more: "its inspector general, Md. Zakir
      // Hossain Bhuiyan")
      (tokens[seg.from - 1]?.text !== ',' ||
        (!lex.commonWords.has(tokens[seg.to + 1]?.lower ?? '') &&
          !lex.places.has(tokens[seg.to + 1]?.lower ?? '') &&
          !TITLE_WORDS.has(tokens[seg.to + 1]?.lower ?? '') &&
          !!tokens[seg.to + 2]?.cap &&
          tokens[seg.to + 2]?.kind === 'word'))
    )
      continue;
    // ... so is Filipino "Ma." for Maria before a woman's given name: "Senator Ma. Lourdes
    // Pangilinan-Tolentino" (not "Jack Ma", the family name after a given name).
    if (
      words.length === 1 &&
      key === 'ma' &&
      first.text === 'Ma' &&
      tokens[seg.to]?.text === '.' &&
      tokens[seg.to]?.start === first.end &&
      // (a woman's given name, or one the lists lack, before a family name)
      tokens[seg.to + 1]?.kind === 'word' &&
      !!tokens[seg.to + 1]?.cap &&
      firstNameGender(tokens[seg.to + 1]?.lower ?? '', lex) !== 'm' &&
      !lex.commonWords.has(tokens[seg.to + 1]?.lower ?? '') &&
      !!tokens[seg.to + 2]?.cap &&
      tokens[seg.to + 2]?.kind === 'word' &&
      !(
        tokens[seg.from - 1]?.cap &&
        tokens[seg.from - 1]?.kind === 'word' &&
        !TITLE_WORDS.has(tokens[seg.from - 1]?.lower ?? '')
      )
    )
      continue;
    // A field opening the sentence before a trade and a name is no name: "Marine biologist Dr. Anna
    // Cooper", "Forest ecologist Jon Hale".
    if (words.length === 1 && first.initial && lex.commonWords.has(key)) {
      const trade = tokens[seg.to];
      if (
        trade?.kind === 'word' &&
        trade.text === trade.lower &&
        FIELD_TRADES.test(trade.text) &&
        tokens[seg.to + 1]?.cap
      )
        continue;
    }
    // A head word alone ("the Government", "the Bank") names nothing in particular.
    // (unless it is the family name of a person named in full before: "Jordan Lake ... Lake said")
    if (
      words.length === 1 &&
      (ORG_HEADS.has(key) || PLACE_HEADS.has(key)) &&
      !KNOWN_ORGS.has(key) &&
      // (a party's name before its kind: "the opposition Confederation party")
      !(tokens[seg.to]?.text === 'party' && tokens[seg.from - 1]?.text === tokens[seg.from - 1]?.lower) &&
      // ("the Gulf" alone is the region of the Arab states: "workers in the Gulf")
      !(key === 'gulf' && tokens[seg.from - 1]?.lower === 'the') &&
      !(
        FAMILY_NAME_HEADS.has(key) &&
        candidates.some((o) => o.words[o.words.length - 1] === key && givenThenFamilyHead(o.from, o.to))
      ) &&
      // (or before a hyphenated given name, or after one: "Park Sang-woo ... Park said", "Sun-hee Park
      // ... Park said")
      !(
        key === 'park' &&
        candidates.some(
          (o) =>
            o.to - o.from === 2 &&
            ((o.words[0] === key && HYPHENATED_GIVEN.test(tokens[o.from + 1]?.text ?? '')) ||
              (o.words[1] === key && HYPHENATED_GIVEN.test(tokens[o.from]?.text ?? ''))),
        )
      ) &&
      // (nor a body's short form whose full name the story gives: "the Commission" after "the European
      // Commission")
      !(HEAD_SHORT_FORMS.has(key) && candidates.some((o) => o.key === HEAD_SHORT_FORMS.get(key))) &&
      // (nor a band's or a label's name after its kind: "the indie band Harbour")
      !(
        tokens[seg.from - 1]?.text === tokens[seg.from - 1]?.lower &&
        BAND_KINDS.has(tokens[seg.from - 1]?.text ?? '')
      )
    )
      continue;
    const joined = words.length === 1 ? key : words.join('_');
    const firstTok = first;
    const lastWord = words[words.length - 1] ?? '';
    if (country) {
      scores.place += 5;
      cand.countryCode = country;
    } else if (knownPlace) {
      // (less for a small town's name alone before "said": "Balagtas said the federation would ...",
      // a family name)
      const speaks = tokens[seg.to]?.text === 'said' || tokens[seg.to]?.text === 'says';
      scores.place += words.length === 1 && speaks && lex.minorPlaces.has(key) ? 0.5 : 2.5;
    }
    // A news agency's initials in brackets are the agency, whatever town they spell: "JAKARTA, Aug. 29
    // (UPI) --" (Upi is a town in the Philippines).
    if (
      words.length === 1 &&
      WIRE_CODES.has(key) &&
      isAcronym(first) &&
      tokens[seg.from - 1]?.text === '(' &&
      tokens[seg.to]?.text === ')'
    )
      scores.organisation += 6;
    // ... and so is any name in brackets closing the dateline before its dash: "GAZA CITY, May 3
    // (Anadolu) -", "NEW YORK, Sept 30 (Dow Jones) --".
    else if (
      seg.from < 16 &&
      words.length <= 3 &&
      tokens[seg.from - 1]?.text === '(' &&
      tokens[seg.to]?.text === ')' &&
      /^[-–—]/u.test(tokens[seg.to + 1]?.text ?? '') &&
      (tokens[seg.from - 2]?.kind === 'num' ||
        tokens[seg.from - 2]?.text === ',' ||
        !!tokens[seg.from - 2]?.cap) &&
      // (in the first sentence: sentences run in order, so the first token's is enough)
      tokens[0]?.sentence === first.sentence
    )
      scores.organisation += 6;
    // (less for a body's one word that is the family name of a person the story named in full before:
    // "Mayor Michael Bloomberg ... Bloomberg said")
    if (KNOWN_ORGS.has(joined) || KNOWN_ORGS.has(stripDots(joined)) || lex.companies.has(key))
      scores.organisation += words.length === 1 && familyNameBefore(key) ? 1 : 4;
    // A name owning a firm's chair, chief executive, board, shareholders or headquarters is a firm's:
    // "Adria Crna Gora's chairwoman, Jelena Vukčević-Radonjić," (no person has those).
    // (also its unit, division or arm, over where it is: "Tokyo Electron's Taiwan unit")
    const unitPlace =
      tokens[seg.to]?.kind === 'poss' && tokens[seg.to + 1]?.cap
        ? placeMatch(seg.to + 1, seg.to + 4)
        : undefined;
    const unitAt = seg.to + 1 + (unitPlace?.len ?? 0);
    if (
      tokens[seg.to]?.kind === 'poss' &&
      tokens[unitAt]?.kind === 'word' &&
      FIRM_UNITS.has(tokens[unitAt]?.text ?? '') &&
      // (a country's or town's unit is no firm's: "Ukraine's special forces unit")
      !country &&
      !knownPlace &&
      !lex.firstNames.has(words[0] ?? '') &&
      // (nor a commander's: "Kowalski's unit")
      !lex.nameParts.has(lastWord)
    )
      scores.organisation += 3;
    const owned = tokens[seg.to + 1];
    if (
      tokens[seg.to]?.kind === 'poss' &&
      owned?.kind === 'word' &&
      (owned.text === owned.lower || owned.text === 'CEO' || owned.text === 'CFO') &&
      (FIRM_PARTS_OWNED.has(owned.lower) ||
        (owned.text === 'chief' &&
          (tokens[seg.to + 2]?.text === 'executive' || tokens[seg.to + 2]?.text === 'financial'))) &&
      !country
    )
      scores.organisation += 3;
    // A town's name before a firm's officer in lower case and a name is the firm's: "Santos chief
    // executive Kevin Gallagher", "Hitachi chairman Toshiaki Higashihara" (a town has a mayor).
    const firmOfficer = tokens[seg.to];
    const firmOfficer2 = tokens[seg.to + 1];
    if (
      knownPlace &&
      !country &&
      words.length <= 2 &&
      !lex.regions.has(key) &&
      firmOfficer?.kind === 'word' &&
      (firmOfficer.text === firmOfficer.lower || firmOfficer.text === 'CEO' || firmOfficer.text === 'CFO') &&
      (FIRM_OFFICERS.has(firmOfficer.lower) ||
        (firmOfficer.text === 'chief' &&
          (firmOfficer2?.text === 'executive' || firmOfficer2?.text === 'financial')) ||
        (firmOfficer.text === 'managing' && firmOfficer2?.text === 'director')) &&
      !!tokens[seg.to + (FIRM_OFFICERS.has(firmOfficer.lower) ? 1 : 2)]?.cap
    )
      scores.organisation += 3;
    // A venue is a place: "Metro Toronto Convention Centre", "Harbour Shopping Center".
    const venue =
      (lastWord === 'centre' || lastWord === 'center') && VENUE_KINDS.has(words[words.length - 2] ?? '');
    if (venue) scores.place += 4;
    // A name opened by a foreign article is a body's or a place's, no person's: "La Libertad Avanza",
    // "Le Monde", "El País".
    // (not before a kind of place: "its El Teniente copper mine", "the El Salto industrial corridor")
    const kindNext = tokens[seg.to];
    if (
      articleLed &&
      !country &&
      !knownPlace &&
      !(
        kindNext?.kind === 'word' &&
        kindNext.text === kindNext.lower &&
        (PLACE_KIND_AFTER.has(kindNext.text) || KIND_MODIFIERS.has(kindNext.text))
      )
    )
      scores.organisation += 1.5;
    // A name of three words or more no list knows as a place, before initials in brackets, is a
    // body's: "The Central American Integration System (SICA)", "Unione Sindacale di Base (USB)".
    if (
      words.length >= 3 &&
      !country &&
      !knownPlace &&
      // (not a place's kind closing the name where no body's word opens it: "Mexico City
      // International Airport (AICM)", but "Central Bank of the Argentine Republic (BCRA)")
      (!PLACE_HEADS.has(lastWord) || words.some((w) => ORG_HEADS.has(w) || ROMANCE_ORG_HEADS.has(w))) &&
      tokens[seg.to]?.text === '(' &&
      tokens[seg.to + 2]?.text === ')' &&
      isAcronym(tokens[seg.to + 1] as Token) &&
      (tokens[seg.to + 1]?.text.length ?? 0) >= 2
    )
      scores.organisation += 3;
    // "Doctors Without Borders", "Reporters Without Borders", "Hope Across Borders": bodies.
    if (
      words.length >= 3 &&
      (words.includes('without') || words.includes('against') || words.includes('across'))
    )
      scores.organisation += 3;
    // A plural word for a kind of place ends a place's name: "Pacific Palisades", "Golan Heights"
    // (not a family name: "Tom Banks").
    if (words.length >= 2 && PLACE_PLURALS.has(lastWord) && !lex.nameParts.has(lastWord)) scores.place += 2;
    // (A known place keeps its head: "West Bank", "English Channel", "Oval Office".)
    else if (
      (ORG_HEADS.has(lastWord) ||
        ORG_HEADS.has(factionHead(tokens[seg.to - 1])) ||
        // (an airline's "Air" after its name: "Lion Air", "Tara Air")
        (lastWord === 'air' && words.length === 2)) &&
      !knownPlace &&
      // (not a given name and a family name like a head: "Therese Chambers")
      !givenThenFamilyHead(seg.from, seg.to)
    )
      scores.organisation += 3;
    // Romance languages put the head word first: "Instituto Gonzaga", "Partido Popular"; so do
    // a country's team and a tournament's group ("Team Estonia", "Group F").
    if (words.length >= 2 && HEAD_FIRST_ORGS.has(words[0] ?? '')) scores.organisation += 3;
    // A body named by its aim, "to" and a verb: "Global Fund to Fight Malaria".
    for (let k = 1; k + 1 < words.length; k++)
      if (words[k] === 'to' && ORG_HEADS.has(words[k - 1] ?? '') && CAUSE_VERBS.has(words[k + 1] ?? '')) {
        scores.organisation += 4;
        break;
      }
    // A known body's two words opening a longer name: "Hon Hai Precision Industry".
    if (words.length > 2 && KNOWN_ORGS.has(`${words[0]}_${words[1]}`)) scores.organisation += 3;
    // A metro or rail line named by its colour is a place: "the Yellow Line", "the Red Line".
    if (words.length === 2 && words[1] === 'line' && LINE_COLOURS.has(words[0] ?? '')) scores.place += 5;
    // A team before a player's trade and the player's name: "Former Proteas fast bowler Thabo Nkosi",
    // "former Springbok lock Sizwe Ngcobo", "a former Flying Fijians winger, Eroni Tuilagi".
    if (!country && !knownPlace && !lex.firstNames.has(words[0] ?? '') && words.length <= 3) {
      let t2 = seg.to;
      while (
        t2 < seg.to + 2 &&
        tokens[t2]?.kind === 'word' &&
        tokens[t2]?.text === tokens[t2]?.lower &&
        !PEOPLE_BY_TRADE.has(tokens[t2]?.text ?? '') &&
        !FUNCTION_WORDS.has(tokens[t2]?.text ?? '')
      )
        t2++;
      const trade = tokens[t2];
      const player = tokens[t2 + 1]?.text === ',' ? tokens[t2 + 2] : tokens[t2 + 1];
      if (
        trade?.kind === 'word' &&
        trade.text === trade.lower &&
        PEOPLE_BY_TRADE.has(trade.text) &&
        !SPORTLESS_TRADES.has(trade.text) &&
        player?.cap &&
        player.kind === 'word'
      )
        scores.organisation += 4;
    }
    // A byline: "By" opening its line, then the writer's name ("By SASKIA VAN DER HEIJDEN").
    const byTok = tokens[seg.from - 1];
    if (
      byTok?.text === 'By' &&
      words.length >= 2 &&
      words.length <= 6 &&
      (seg.from === 1 || tokens[seg.from - 2]?.paragraph !== byTok.paragraph) &&
      (tokens[seg.to]?.paragraph !== byTok.paragraph || tokens[seg.to]?.text === ',')
    )
      scores.person += 5;
    // A reporter or editor in a wire story's credit line: "(Reporting by A in Almaty and B in
    // London; Editing by Rod Nickel)".
    const creditNext = tokens[seg.to]?.text ?? '';
    if (
      words.length >= 2 &&
      words.length <= 4 &&
      (tokens[seg.from - 1]?.text === 'by' || tokens[seg.from - 1]?.text === 'and') &&
      (creditNext === 'in' || creditNext === ';' || creditNext === ')' || creditNext === 'and') &&
      inCreditLine(seg.from)
    )
      scores.person += 4;
    // An airport named after a ruler without its word: "King Khalid International".
    if (words.length >= 3 && VENUE_NAMING_TITLES.has(words[0] ?? '') && lastWord === 'international')
      scores.place += 4;
    // "the Crown" alone is the state, a body: "the British Crown", "Maori-Crown talks".
    if (key === 'crown') scores.organisation += 3;
    // A team named after "side" and its country or league: "Belgian side Royal Antwerp", "Premier
    // League side Brentford" (not "on the other side Maria Lopez").
    if (
      tokens[seg.from - 1]?.text === 'side' &&
      tokens[seg.from - 2]?.cap &&
      tokens[seg.from - 2]?.kind === 'word' &&
      tokens[seg.from - 1]?.sentence === tokens[seg.from - 2]?.sentence
    )
      scores.organisation += 4;
    // ... or a news site after its kind: "told the news site Seznam Zprávy".
    if (
      tokens[seg.from - 1]?.text === 'site' &&
      (tokens[seg.from - 2]?.text === 'news' || tokens[seg.from - 2]?.text === 'investigative')
    )
      scores.organisation += 4;
    // ... and a firm after its industry and "giant": "forestry giant Forestal Mininco", "aluminium
    // giant Rusal" (not "literary giant Toni Morrison").
    if (
      tokens[seg.from - 1]?.text === 'giant' &&
      INDUSTRIES.has(tokens[seg.from - 2]?.lower ?? '') &&
      tokens[seg.from - 1]?.sentence === tokens[seg.from - 2]?.sentence
    )
      scores.organisation += 4;
    // ... and a firm after its trade and "house": "trading house Sucafina", "the auction house Millon",
    // "fashion house Chanel" (not "in the house Maria Lopez built"); so a team after "team" and its
    // country, town or kind: "the Basque team Euskaltel Gorbea" (not "the team Maria Lopez coached").
    if (
      (tokens[seg.from - 1]?.text === 'house' || tokens[seg.from - 1]?.text === 'team') &&
      tokens[seg.from - 2]?.kind === 'word' &&
      !DEFINITE_WORDS.has(tokens[seg.from - 2]?.lower ?? '') &&
      !FUNCTION_WORDS.has(tokens[seg.from - 2]?.lower ?? '') &&
      tokens[seg.from - 1]?.sentence === tokens[seg.from - 2]?.sentence
    )
      scores.organisation += 4;
    // An air force station by its place: "RAF Wethersfield", "RAF Brize Norton" (not "RAF Regiment",
    // "RAF Museum").
    if (
      words.length >= 2 &&
      words[0] === 'raf' &&
      words.slice(1).every((w) => !ORG_HEADS.has(w) && !lex.commonWords.has(w))
    )
      scores.place += 6;
    // A ruling house named before "dynasty" is a body, as UNER's gold has it: "a Ming dynasty bowl",
    // "the fall of the Qing dynasty".
    if (words.length === 1 && (tokens[seg.to]?.text === 'dynasty' || tokens[seg.to]?.text === 'dynasties'))
      scores.organisation += 4;
    // ... and "Treasury" alone is the finance ministry: "Nobody from Treasury called".
    // (not a minister's portfolio: "Minister of Treasury and Finance", "Treasury and Finance Minister")
    if (key === 'treasury' && tokens[seg.to]?.lower !== 'and' && tokens[seg.from - 1]?.lower !== 'of')
      scores.organisation += 3;
    // An airline named by a word the lists lack and "Air": "Harmattan Air", "Cendrawasih Air" (not
    // "Fresh Air").
    if (words.length === 2 && lastWord === 'air' && !lex.commonWords.has(words[0] ?? ''))
      scores.organisation += 3;
    // A party named by one word alone: "the state's Labor government", "a Liberal government".
    // (not cut from a longer name: "Liberal Democrat councillor X")
    if (PARTY_WORDS.has(key) && !(tokens[seg.to]?.cap && tokens[seg.to]?.kind === 'word'))
      scores.organisation += 3;
    if (words.length === 2 && words[0] === 'team' && lex.countries.has(lastWord)) scores.organisation += 6;
    if (words.length === 2 && (words[0] === 'group' || words[0] === 'pool') && lastWord.length === 1)
      scores.organisation += 4;
    // A school district is the body that runs the schools: "Irving Independent School District".
    // (so is a transit, water or utility district: "Regional Transportation District", "Bay Area
    // Rapid Transit District")
    if (lastWord === 'district' && SERVICE_DISTRICTS.has(words[words.length - 2] ?? ''))
      scores.organisation += 4;
    // A region named "Community of" its place ("Community of Madrid"), not a body.
    if (
      words.length >= 3 &&
      words[0] === 'community' &&
      words[1] === 'of' &&
      placeMatch(seg.from + 2, seg.to)
    )
      scores.place += 5;
    // "Amnesty International", "Transparency International Kenya".
    if (
      words.length >= 2 &&
      (lastWord === 'international' ||
        (words[words.length - 2] === 'international' && lex.countries.has(lastWord))) &&
      !country &&
      !knownPlace
    )
      scores.organisation += 3;
    // A body's head before its town: "Imperial College London", "Queen's University Belfast".
    if (
      words.length >= 2 &&
      ORG_HEADS.has(words[words.length - 2] ?? '') &&
      (lex.places.has(lastWord) || lex.countries.has(lastWord)) &&
      !country &&
      !knownPlace
    )
      scores.organisation += 3;
    // A body's head before its remit: "Bank of Japan", "Institute for Astronomy".
    if (
      words.length > 2 &&
      words.some((w, k) => {
        // (over "General" after the head: "Directorate General for Disaster Management")
        const link = words[k + 1] === 'general' ? words[k + 2] : words[k + 1];
        return ORG_HEADS.has(w) && (link === 'of' || link === 'for' || link === 'on');
      })
    )
      scores.organisation += 3;
    // A short family name and an East Asian hyphenated given name: a person ("Jun Young-hyun",
    // "Ma Ying-jeou"), even in apposition to a body's part ("head of the chip division, Jun Young-hyun").
    if (
      words.length === 2 &&
      (words[0]?.length ?? 9) <= 5 &&
      HYPHENATED_GIVEN.test(tokens[seg.from + 1]?.text ?? '') &&
      !country &&
      !knownPlace
    )
      scores.person += 3;
    // Two capitalized names joined by a hyphen, standing alone, the first no given name: a company
    // named after its founders ("Rolls-Royce", "Hewlett-Packard"), not a double-barrelled family name
    // ("Rees-Mogg" opens with a given name, and comes after the person's full name).
    const hy = words.length === 1 ? key.indexOf('-') : -1;
    if (
      hy > 1 &&
      !country &&
      /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(first.text) &&
      !lex.firstNames.has(key.slice(0, hy)) &&
      !lex.countries.has(key.slice(0, hy)) &&
      !lex.places.has(key.slice(0, hy)) &&
      !HYPHEN_PLACE_TAILS.has(key.slice(hy + 1)) &&
      !HYPHEN_PLACE_HEADS.has(key.slice(0, hy)) &&
      // (any longer name before ending in it: "Chukwuemeka Okafor-Eze ... Okafor-Eze", whatever the
      // given name)
      !candidates.some((o) => o.words.length >= 2 && o.words[o.words.length - 1] === key)
    )
      scores.organisation += 2;
    // A country's name joined to another by a hyphen is one place: "Austria-Hungary", and so is a
    // country named with "and" written with a hyphen: "Bosnia-Herzegovina".
    if (
      words.length === 1 &&
      !country &&
      key.indexOf('-') > 2 &&
      (lex.countries.has(key.slice(0, key.indexOf('-'))) || lex.countries.has(key.replace('-', ' and ')))
    )
      scores.place += 4;
    // A stock index: before "index" ("Hong Kong's Hang Seng index"), or before its number and a
    // move ("the Stoxx 600 was flat", "China's CSI 300 slipped").
    const idxNum = tokens[seg.to];
    const idxVerb = tokens[seg.to + 1];
    if (
      !country &&
      !knownPlace &&
      (tokens[seg.to]?.lower === 'index' ||
        (idxNum?.kind === 'num' &&
          /^\d{2,4}$/u.test(idxNum.text) &&
          idxVerb?.kind === 'word' &&
          (MARKET_VERBS.has(idxVerb.lower) ||
            idxVerb.lower === 'was' ||
            idxVerb.lower === 'index' ||
            idxVerb.lower === 'ended')))
    )
      scores.organisation += 3;
    // Where someone lives, after their age: "Kelly Shaw, 29, of Southmead,".
    // (not where they work, a body by its head: "Zachary Lomax, 31, of Greater Manchester Police")
    if (
      tokens[seg.from - 1]?.lower === 'of' &&
      tokens[seg.from - 2]?.text === ',' &&
      tokens[seg.from - 3]?.kind === 'num' &&
      tokens[seg.from - 4]?.text === ',' &&
      words.length <= 3 &&
      !(words.length >= 2 && ORG_HEADS.has(lastWord))
    )
      scores.place += 4;
    // A campus after its university's name and a comma: "the University of California, Berkeley".
    // (not a person's name in apposition: "the Vice-Chancellor of the University of Leeds, Ann Lee")
    if (
      tokens[seg.from - 1]?.text === ',' &&
      words.length <= 2 &&
      !tokens[seg.to]?.cap &&
      !(words.length === 2 && lex.firstNames.has(words[0] ?? '') && !lex.places.has(key))
    ) {
      let k = seg.from - 2;
      while (k > seg.from - 8 && tokens[k]?.cap) k--;
      if (tokens[k]?.lower === 'of' && CAMPUS_HEADS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 1]?.cap)
        scores.place += 4;
    }
    // A country's branch of a known body: "Philippine Red Cross" ("Philippine" is also a given name),
    // "U.S. Customs and Border Protection".
    if (
      words.length >= 3 &&
      (lex.demonyms.has(words[0] ?? '') ||
        lex.countries.has(words[0] ?? '') ||
        lex.countries.has(stripDots(words[0] ?? ''))) &&
      (KNOWN_ORGS.has(words.slice(1).join('_')) ||
        // (over a second nationality: "Syrian Arab Red Crescent")
        (words.length >= 4 &&
          lex.demonyms.has(words[1] ?? '') &&
          KNOWN_ORGS.has(words.slice(2).join('_')))) &&
      !lex.places.has(words.slice(1).join(' '))
    )
      scores.organisation += 4;
    // (also a nationality or country of two words: "Costa Rican Red Cross", "South African Red Cross")
    else if (
      words.length >= 4 &&
      (lex.demonyms.has(words.slice(0, 2).join(' ')) || lex.countries.has(words.slice(0, 2).join(' '))) &&
      KNOWN_ORGS.has(words.slice(2).join('_'))
    )
      scores.organisation += 4;
    // A utility or health service named after the state or town it serves: "Alabama Power",
    // "Queensland Health".
    if (
      words.length === 2 &&
      (UTILITY_WORDS.has(lastWord) || lastWord === 'health') &&
      (lex.places.has(words[0] ?? '') || lex.regions.has(words[0] ?? ''))
    )
      scores.organisation += 3;
    // A club by its abbreviated suffix: "Olmedo CF", "Burgos CF", "Rapid Wien SC".
    if (words.length >= 2 && CLUB_SUFFIXES.has(tokens[seg.to - 1]?.text ?? '')) scores.organisation += 3;
    // An AI company: "Mistral AI", "Scale AI".
    if (lastWord === 'ai' && words.length === 2) scores.organisation += 3;
    // A known town joined by a hyphen to a capitalized name is a place there, an airport or a
    // district: "Madrid-Barajas", "Barcelona-El Prat" (not a company: "Coca-Cola").
    const townHyphen = words[0]?.indexOf('-') ?? -1;
    if (
      townHyphen > 2 &&
      words.length <= 2 &&
      lex.places.has(words[0]?.slice(0, townHyphen) ?? '') &&
      // (not a given name that is a town's too: "Kimberley-Ann McPherson"; nor a team: "Canterbury-
      // Bankstown Bulldogs")
      !lex.firstNames.has(words[0]?.slice(0, townHyphen) ?? '') &&
      !(words.length === 2 && lastWord.endsWith('s')) &&
      /^\p{Lu}/u.test(first.text.slice(townHyphen + 1)) &&
      !lex.companies.has(key) &&
      !KNOWN_ORGS.has(joined) &&
      !ORG_HEADS.has(lastWord)
    )
      scores.place += 2.5;
    // An Arabic name standing alone with its article in lower case after "the", "of" or a
    // preposition is a place's or a body's, not a person's (a person's comes after a given name):
    // "the al-Hol camp", "the coastal area of al-Mawasi"; a body when a medium's or body's kind
    // follows ("al-Manar television").
    if (
      words.length === 1 &&
      ARTICLED_PROPER.test(first.text) &&
      !(tokens[seg.from - 1]?.cap && tokens[seg.from - 1]?.kind === 'word') &&
      // (a body the lists know keeps its reading: "fighters loyal to al-Qaida")
      !KNOWN_ORGS.has(key) &&
      !lex.companies.has(key)
    ) {
      const next = tokens[seg.to];
      const kind = next?.kind === 'word' && next.text === next.lower ? next.text : '';
      if (MEDIA_KINDS.has(kind) || BODY_KINDS.has(kind)) scores.organisation += 3;
      else scores.place += 2.5;
    }
    // A river's part before "of the" names the river: "the dry bed of the Turkwel", "the banks of
    // the Tagus".
    if (
      tokens[seg.from - 1]?.lower === 'the' &&
      tokens[seg.from - 2]?.lower === 'of' &&
      RIVER_PARTS.has(tokens[seg.from - 3]?.lower ?? '') &&
      words.length <= 2 &&
      firstNameGender(words[0] ?? '', lex) === undefined
    )
      scores.place += 3;
    // A river, strait or street after "the" and a word of lying along it: "a flat overlooking the
    // Vistula", "farms along the Godavari", "ferries on the Bosphorus", "bars on the Stratumseind".
    const alongWord = tokens[seg.from - 2]?.lower ?? '';
    if (
      tokens[seg.from - 1]?.lower === 'the' &&
      (ALONG_WORDS.has(alongWord) || (alongWord === 'on' && words.length === 1)) &&
      words.length <= 2 &&
      !lastWord.endsWith('s') &&
      !isAcronym(first) &&
      firstNameGender(words[0] ?? '', lex) === undefined &&
      !ORG_HEADS.has(lastWord) &&
      !KNOWN_ORGS.has(joined) &&
      !lex.companies.has(key)
    )
      scores.place += 2;
    // A natural feature's head before "of" names a place: "the Gulf Coast of Florida", "the Bay of
    // Bengal", "the Strait of Hormuz".
    const ofAt = words.indexOf('of');
    if (ofAt >= 1 && NATURAL_HEADS.has(words[ofAt - 1] ?? '')) scores.place += 2.5;
    // A body before its candidate's or member's role and name: "Barisan Harapan Baru candidate
    // Jennifer Liew" (the name lists know no given name opening it).
    if (
      words.length >= 2 &&
      tokens[seg.to]?.kind === 'word' &&
      MEMBER_ROLES.has(tokens[seg.to]?.text ?? '') &&
      !!tokens[seg.to + 1]?.cap &&
      tokens[seg.to + 1]?.kind === 'word' &&
      firstNameGender(words[0] ?? '', lex) === undefined &&
      !knownPlace &&
      !country
    )
      scores.organisation += 2.5;
    // A town before one who lives there and that one's name: "Montpelier resident Nora Schwartzman",
    // "Narangba retiree Desmond Fahey".
    if (
      words.length <= 2 &&
      tokens[seg.to]?.kind === 'word' &&
      LOCAL_PEOPLE.has(tokens[seg.to]?.text ?? '') &&
      !!tokens[seg.to + 1]?.cap &&
      tokens[seg.to + 1]?.kind === 'word' &&
      firstNameGender(words[0] ?? '', lex) === undefined &&
      !KNOWN_ORGS.has(joined) &&
      !lex.companies.has(key)
    )
      scores.place += 3;
    // A health service by its region, hospital or founder: "SA Health", "Nova Scotia Health", "Alfred
    // Health", "Allina Health" (not a title's remit: "Minister of Health").
    // So is a railway by its initials or region: "CP Rail", "Southern Rail".
    if (
      (lastWord === 'health' || lastWord === 'rail') &&
      words.length >= 2 &&
      words.length <= 3 &&
      words.slice(0, -1).every((w) => !FUNCTION_WORDS.has(w) && !TITLE_WORDS.has(w))
    )
      scores.organisation += 3;
    // A body named as a system of something: "Ontario Municipal Employees Retirement System",
    // "Mayo Clinic Health System" (not "the Solar System", "the Global Positioning System").
    if (lastWord === 'system' && words.length > 2 && SYSTEM_BODIES.has(words[words.length - 2] ?? ''))
      scores.organisation += 3;
    // A protected area by its kind: "Mwea National Reserve", "Kruger National Park", "Moremi Game
    // Reserve" (not "the Federal Reserve", "the Army Reserve").
    if (
      words.length >= 3 &&
      PROTECTED_AREA_HEADS.has(lastWord) &&
      PROTECTED_AREA_KINDS.has(words[words.length - 2] ?? '')
    )
      scores.place += 4;
    // A square or street after a preposition of place is that place, whoever it is named after:
    // "outside the courthouse on Foley Square", "offices on Potsdamer Platz".
    // (also of one word, "on Europaweg", "on Karl-Marx-Allee"; or with a compass point after its
    // kind, "on Barton Street East")
    // (the preposition tested first, the patterns only after one)
    const locative = LOCATIVES.has(tokens[seg.from - 1]?.text ?? '');
    if (
      (locative &&
        (((words.length === 2 || words.length === 3) && SQUARES_AND_STREETS.has(lastWord)) ||
          (words.length === 1 && first.cap && COMPOUND_STREET.test(key)) ||
          // (also a street whose last word holds its kind, after a name: "on Prins Clauslaan")
          ((words.length === 2 || words.length === 3) && COMPOUND_STREET.test(lastWord)) ||
          (words.length >= 3 &&
            words.length <= 4 &&
            COMPASS_WORDS.has(lastWord) &&
            SQUARES_AND_STREETS.has(words[words.length - 2] ?? '')))) ||
      // (a Dutch street after "the": "on the Gustav Mahlerplein", "on the Prins Clauslaan")
      (tokens[seg.from - 1]?.text === 'the' &&
        words.length <= 3 &&
        LOCATIVES.has(tokens[seg.from - 2]?.text ?? '') &&
        COMPOUND_STREET.test(lastWord))
    )
      scores.place += 3;
    // ... and a street named in one word, after a building "on" it: "Pennine's offices on
    // Deansgate", "its headquarters on Cheapside".
    if (
      words.length === 1 &&
      tokens[seg.from - 1]?.lower === 'on' &&
      BUILDINGS_ON_STREETS.has(tokens[seg.from - 2]?.lower ?? '') &&
      !lex.firstNames.has(key) &&
      !lex.commonWords.has(key) &&
      !KNOWN_ORGS.has(key) &&
      !isAcronym(first)
    )
      scores.place += 3;
    // ... as is a venue after "at": "at Wrigley Field", "at Rogers Place".
    if (words.length === 2 && VENUE_TAILS.has(lastWord) && tokens[seg.from - 1]?.text === 'at')
      scores.place += 3;
    // A compass point in two parts before a known place names its part: "South-East Asia", "North-East
    // India" (the gazetteer spells "Southeast Asia").
    if (
      words.length >= 2 &&
      /^(?:north|south)-(?:east|west)(?:ern)?$/u.test(words[0] ?? '') &&
      (lex.places.has(words.slice(1).join(' ')) || lex.countries.has(words.slice(1).join(' ')))
    )
      scores.place += 4;
    // "Greater" before a city names its region: "Greater London", "Greater Manchester".
    if (words.length === 2 && words[0] === 'greater' && lex.places.has(lastWord)) scores.place += 4;
    if (
      PLACE_HEADS.has(lastWord) &&
      words.length > 1 &&
      !(givenThenFamilyHead(seg.from, seg.to) && !knownPlace) &&
      // (nor a body the lists know by a place's head: "allegiance to Islamic State")
      !KNOWN_ORGS.has(joined) &&
      // (nor a body's head before "of" and a place's head alone: "appealed to the Council of State")
      !(
        ofAt >= 1 &&
        ofAt === words.length - 2 &&
        ORG_HEADS.has(words[ofAt - 1] ?? '') &&
        !PLACE_HEADS.has(words[ofAt - 1] ?? '')
      )
    ) {
      scores.place += WEAK_PLACE_HEADS.has(lastWord) ? 1.5 : 2.5;
      // ... more so after a town's possessive: "Hanoi's Ba Dinh Square", "London's Trafalgar Square".
      const owner = tokens[seg.from - 2];
      if (
        tokens[seg.from - 1]?.kind === 'poss' &&
        owner?.cap &&
        (lex.places.has(owner.lower) || lex.countries.has(owner.lower))
      )
        scores.place += 2;
    }
    // ("City of Westminster Magistrates' Court", "City of London Police": a body's head ends them)
    if (words.length > 2 && PLACE_HEADS.has(words[0] ?? '') && words[1] === 'of' && !ORG_HEADS.has(lastWord))
      scores.place += 2;
    // A compass part of a known place: "East L.A.", "Northern Bavaria", "West Kowloon"; of an
    // unknown one, weaker evidence ("North Kesteven"); none for a body's head closing it ("West
    // Midlands Police").
    if (
      words.length >= 2 &&
      COMPASS.has(words[0] ?? '') &&
      !country &&
      !knownPlace &&
      !(ORG_HEADS.has(lastWord) && !PLACE_HEADS.has(lastWord))
    ) {
      const rest = placeMatch(seg.from + 1, seg.to);
      scores.place += rest && rest.len === seg.to - seg.from - 1 ? 4 : 1.5;
    }
    // Places named head first in Romance languages: "Plaza de las Victorias", "Piazza Navona",
    // "Monte Carlo"; and a newspaper's name after a foreign article: "Le Figaro", "El Mundo".
    if (words.length >= 2 && !country && !knownPlace) {
      // (a French club named "Stade" and its town's adjective is a body: "Stade Rennais", "Stade
      // Brestois", "Stade Toulousain")
      const stadeClub =
        words[0] === 'stade' && words.length === 2 && /(?:ais|ois|ain)e?$/u.test(words[1] ?? '');
      // (not before a double family name: "Isla MacAulay-Reid")
      const doubleBarrelled =
        words.length === 2 && /^\p{Lu}\p{L}+-\p{Lu}\p{L}+$/u.test(tokens[seg.from + 1]?.text ?? '');
      if (stadeClub) scores.organisation += 4;
      else if (
        // (not a body named after one: "Ain Shams University")
        (HEAD_FIRST_PLACES.has(words[0] ?? '') &&
          !doubleBarrelled &&
          !(words.length >= 3 && ORG_HEADS.has(lastWord))) ||
        words[0] === 'casa' ||
        // ("Costa del Sol", "Costa Brava"; not "Costa Coffee")
        // (nor a body named after one: "Costa Verde Sports Management")
        (words[0] === 'costa' &&
          COAST_NAMES.has(words[1] ?? '') &&
          !(words.length >= 3 && ORG_HEADS.has(lastWord))) ||
        (HEAD_FIRST_PLACES_UNLESS_BODY.has(words[0] ?? '') && !words.some((w) => ORG_HEADS.has(w)))
      )
        scores.place += 3;
      // ... and in English: "Mount Kenya", "River Lune", "Lake Tahoe", "Loch Ness", "Cape Horn" (not
      // a body named after one: "Mount Sinai Hospital", "Port Authority", nor one after its kind:
      // "campaign group River Action")
      else if (
        GEO_HEADS_FIRST.has(words[0] ?? '') &&
        !ORG_HEADS.has(lastWord) &&
        // (nor "Port Authority of New York and New Jersey")
        !ORG_HEADS.has(words[1] ?? '') &&
        !PLACE_HEADS.has(lastWord) &&
        !(
          tokens[seg.from - 1]?.text === tokens[seg.from - 1]?.lower &&
          bodyKindWord(tokens[seg.from - 1]?.lower ?? '')
        )
      )
        scores.place += 4;
      else if (
        words.length === 2 &&
        FOREIGN_ARTICLES.has(words[0] ?? '') &&
        !lex.commonWords.has(lastWord) &&
        // (not after a kind of place and "of": "the towns of El Callao and Tumeremo")
        !(tokens[seg.from - 1]?.lower === 'of' && PLACE_KIND_OF.has(tokens[seg.from - 2]?.lower ?? ''))
      )
        scores.organisation += 3;
    }
    if (seg.to - seg.from === 1 && isAcronym(firstTok) && !country) scores.organisation += 2;
    // An abbreviation in mixed case: "AfD", "BaFin", "PiS".
    else if (seg.to - seg.from === 1 && firstTok.text.length <= 5 && MIXED_ABBREVIATION.test(firstTok.text))
      scores.organisation += 2;
    if (!country && hasDigit(key)) scores.organisation += 1;
    // (a body's head opening the name is no given name: "Bank Negara Malaysia")
    // (nor is a crown's adjective before a head or a court's word: "Royal Court", "Royal Household",
    // "Royal Mile", "Imperial Palace")
    const g =
      words.length >= 2 &&
      (ORG_HEADS.has(words[0] ?? '') ||
        (ROYAL_ADJECTIVES.has(words[0] ?? '') &&
          (ORG_HEADS.has(lastWord) || PLACE_HEADS.has(lastWord) || ROYAL_BODIES.has(lastWord))))
        ? undefined
        : // (nor a word in capitals before one that is not: "mobile operator TIM Brasil")
          words.length >= 2 &&
            /^\p{Lu}{2,}$/u.test(tokens[seg.from]?.text ?? '') &&
            /\p{Ll}/u.test(tokens[seg.from + 1]?.text ?? '')
          ? undefined
          : firstNameGender(words[0] ?? '', lex);
    if (words.length === 2 && ROYAL_ADJECTIVES.has(words[0] ?? '') && ROYAL_BODIES.has(lastWord)) {
      if (lastWord === 'mile') scores.place += 2;
      else scores.organisation += 2;
    }
    // A First Nation band is a body: "Marten Falls First Nation", "Attawapiskat First Nation".
    if (words.length >= 3 && lastWord === 'nation' && words[words.length - 2] === 'first')
      scores.organisation += 4;
    // A foreign body's kind opening its name, or a Dutch or German one closing it, makes a body:
    // "Corporación Nacional del Cobre de Chile said", "the Van der Berg Stichting".
    if (
      words.length >= 2 &&
      (FOREIGN_BODY_KINDS.has(words[0] ?? '') || CLOSING_BODY_KINDS.has(lastWord)) &&
      !titleBefore
    )
      scores.organisation += 4;
    // ("the First Nation" alone describes the band named before: no name of its own)
    if (key === 'first nation' && tokens[seg.from - 1]?.lower === 'the') continue;
    // ("First Nations" alone is the peoples, as "Indigenous peoples" is: "49 First Nations", "identify
    // as First Nations")
    if (key === 'first nations') continue;
    // A body's head before a Roman numeral numbers the body, not a monarch: "Trial Chamber IV".
    if (
      words.length >= 2 &&
      /^[IVXL]+$/u.test(tokens[seg.to - 1]?.text ?? '') &&
      ORG_HEADS.has(words[words.length - 2] ?? '')
    )
      scores.organisation += 4;
    // (a hyphenated given name the lists lack says the sex of its first part, and no more: "Alfred-Désiré")
    const hyphen = words[0]?.indexOf('-') ?? -1;
    if (!g && words.length >= 2 && hyphen > 1 && cand.gender === 'u') {
      const byFirstPart = firstNameGender(words[0]?.slice(0, hyphen) ?? '', lex);
      if (byFirstPart === 'm' || byFirstPart === 'f') cand.gender = byFirstPart;
    }
    // A head word at the end names an organisation or place even after a first name ("Sky News").
    // (not a family name that is also a head, after a given name that is no town: "Jack Chambers",
    // "Lee Post"; "Washington Post", "Charlotte Church" stay as they were)
    const surnameHead =
      words.length === 2 &&
      !!g &&
      FAMILY_NAME_HEADS.has(lastWord) &&
      givenThenFamilyHead(seg.from, seg.to) &&
      (!lex.places.has(words[0] ?? '') || spokenOrTitled(seg.from, seg.to)) &&
      !lex.countries.has(words[0] ?? '') &&
      !lex.regions.has(words[0] ?? '');
    const headed =
      !surnameHead &&
      (ORG_HEADS.has(lastWord) || (PLACE_HEADS.has(lastWord) && !WEAK_PLACE_HEADS.has(lastWord)));
    const placeKey = !!country || knownPlace || (words.length >= 2 && headed);
    // Name parts that are not everyday words ("Donald", "Lukaku"): evidence for a person's name.
    const namePart = (w: string): boolean => lex.nameParts.has(w) && !lex.commonWords.has(w);
    // (a foreign article is no given name: "La Libertad Avanza")
    if (g && words.length >= 2 && !lex.countries.has(words[0] ?? '') && !placeKey && !articleLed) {
      scores.person += words.length <= 3 ? 3 : 2;
      // (A short given name before a family name no list knows says little of gender: "Min Aung
      // Hlaing" is a man though "Min" is listed as a woman's name.)
      // (nor does a Korean family name before a hyphenated given name: "Park Min-ah")
      const foreign =
        ((words[0] ?? '').length <= 3 && !isNamePart(lastWord, lex)) ||
        (words.length === 2 && HYPHENATED_GIVEN.test(tokens[seg.from + 1]?.text ?? ''));
      // (nor a family name's particle, the whole name written with a given name before it elsewhere:
      // "Dela Cruz" after "Jerwin Dela Cruz" says nothing of sex though "Dela" is a woman's name)
      const particleLed =
        words.length === 2 &&
        NAME_PARTICLES.has(words[0] ?? '') &&
        tokens.some(
          (t, k) =>
            k !== seg.from &&
            t.lower === words[0] &&
            tokens[k + 1]?.lower === words[1] &&
            // (or a nickname in quotes: 'Jerwin "The Hammer" Dela Cruz')
            ((!!tokens[k - 1]?.cap && tokens[k - 1]?.kind === 'word') ||
              (tokens[k - 1]?.kind === 'quote' && !!tokens[k - 2]?.cap)) &&
            tokens[k - 1]?.sentence === t.sentence,
        );
      if (cand.gender === 'u' && !foreign && !particleLed) cand.gender = g;
    } else if (
      words.length >= 2 &&
      words.length <= 4 &&
      !placeKey &&
      namePart(words[0] ?? '') &&
      !articleLed &&
      // (a word in capitals is an acronym, no given name: "UN Climate Change")
      !(first.text.length >= 2 && isAcronym(first)) &&
      // (nor a firm's arm in a country, closing the name: "Henkel France", "Nestlé India")
      !(lex.countries.has(lastWord) && !lex.firstNames.has(lastWord) && !lex.nameParts.has(lastWord))
    ) {
      scores.person += 2;
    } else if (g && words.length === 1) {
      scores.person += 0.5;
    }
    // An Arabic or Malay patronymic inside the name: "Tamim bin Hamad Al Thani", "Noor bint Hamad".
    if (words.length >= 3 && !placeKey && !headed) {
      for (let k = seg.from + 1; k < seg.to - 1; k++) {
        const link = tokens[k]?.text ?? '';
        if (!PATRONYMIC_LINKS.has(link)) continue;
        scores.person += 3;
        if (cand.gender === 'u') cand.gender = SON_LINKS.has(link) ? 'm' : 'f';
        break;
      }
    }
    // A Vietnamese woman's middle name "Thi" and a man's "Van", after the family name, say the sex:
    // "Vu Thi Kim Oanh", "Nguyen Van Hung".
    if (
      cand.gender === 'u' &&
      words.length >= 3 &&
      (words[1] === 'thi' || words[1] === 'van') &&
      tokens[seg.from + 1]?.text === (words[1] === 'thi' ? 'Thi' : 'Van') &&
      VIETNAMESE_FAMILY_NAMES.has(words[0] ?? '')
    )
      cand.gender = words[1] === 'thi' ? 'f' : 'm';
    // A Sikh woman's "Kaur" and a man's "Singh" after a given name that does not say the sex (many are
    // borne alike) say it: "Balwinder Kaur Sandhu", "Harpreet Singh".
    if (words.length >= 2 && cand.gender === 'u') {
      const sikh = words.slice(1).find((w) => w === 'kaur' || w === 'singh');
      if (sikh) cand.gender = sikh === 'kaur' ? 'f' : 'm';
    }
    // A place named with a possessive after "in" or "at" ("in Cox's Bazar", "at Martha's Vineyard"):
    // a given name owning it makes no person.
    if (
      seg.to - seg.from === 3 &&
      tokens[seg.from + 1]?.kind === 'poss' &&
      possessivePlaceAt(seg.from, seg.from + 2)
    ) {
      scores.place += 4;
      scores.person -= 3;
    }
    // A seat of power speaking for its office: "the White House said", "Buckingham Palace said",
    // "Downing Street announced" (a building named as the subject of a speech verb).
    const spoke = tokens[seg.to];
    if (
      words.length >= 2 &&
      SEAT_HEADS.has(lastWord) &&
      spoke?.kind === 'word' &&
      spoke.text === spoke.lower &&
      CUE_VERBS.has(spoke.text)
    )
      scores.organisation += 5;
    // A state's or country's chamber: "Illinois House", "Ohio Senate".
    // (also of a state with a name of two words: "West Virginia Legislature")
    if (
      ((words.length === 2 &&
        (lex.regions.has(words[0] ?? '') ||
          lex.countries.has(words[0] ?? '') ||
          lex.places.has(words[0] ?? ''))) ||
        (words.length === 3 && placeMatch(seg.from, seg.to - 1)?.len === 2)) &&
      LEGISLATURE_HEADS.has(lastWord) &&
      // (a "House" only before its officer's title: "Harrow House" is often a building)
      (lastWord !== 'house' || TITLE_WORDS.has(tokens[seg.to]?.lower ?? ''))
    )
      scores.organisation += 3;
    // A building named "X House" where one is (at, outside, inside it): "at Miranda House", "outside
    // Gordon House" (not "Stephen House, the police chief").
    if (
      words.length >= 2 &&
      lastWord === 'house' &&
      BUILDING_PREPOSITIONS.has(tokens[seg.from - 1]?.lower ?? '') &&
      tokens[seg.from - 1]?.text === tokens[seg.from - 1]?.lower
    )
      scores.place += 3;
    // A plural everyday noun after a given name is a company's or a team's word, no family name:
    // "Mack Trucks", "Jack Motors" (family names that are plurals are listed: "Tiger Woods").
    if (
      g &&
      words.length === 2 &&
      lastWord.length > 4 &&
      lastWord.endsWith('s') &&
      !placeKey &&
      !lex.nameParts.has(lastWord) &&
      lex.commonWords.has(lastWord) &&
      (lex.commonWords.has(lastWord.slice(0, -1)) ||
        (lastWord.endsWith('ies') && lex.commonWords.has(`${lastWord.slice(0, -3)}y`)))
    ) {
      scores.person -= 3;
      scores.organisation += 2;
    }
    // Context before the name.
    const before = tokens[seg.from - 1];
    const before2 = tokens[seg.from - 2];
    // A town's district after the town's possessive: "Chattogram's Kalurghat", "Vancouver's
    // Downtown Eastside" (no given name opens it, no body's head is in it).
    const townAt = before?.kind === 'poss' ? placeEndingAt(seg.from - 1) : -1;
    const town = townAt >= 0 ? spanKey(tokens, townAt, seg.from - 1) : '';
    if (
      before?.kind === 'poss' &&
      !g &&
      !cand.titled &&
      before2?.cap &&
      townAt >= 0 &&
      lex.places.has(town) &&
      !lex.countries.has(town) &&
      !CONTINENTS.has(town) &&
      !tokens[townAt - 1]?.cap &&
      !(words.length === 1 && lex.commonWords.has(key)) &&
      !words.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w) || lex.firstNames.has(w)) &&
      !KNOWN_ORGS.has(words.join('_')) &&
      !lex.companies.has(key)
    )
      scores.place += 1.5;
    // "the Donald Trump impersonator", "the Lena Holt case": a full name before a noun is a person
    // named as a modifier, and the "the" belongs to the noun.
    const nounAfter = tokens[seg.to];
    // (Asked only after "the", and the cheap checks first: most names are no modifier.)
    const modifierName = (): boolean =>
      words.length >= 2 &&
      words.length <= 3 &&
      !placeKey &&
      nounAfter?.kind === 'word' &&
      nounAfter.text === nounAfter.lower &&
      !FUNCTION_WORDS.has(nounAfter.lower) &&
      !TEAM_MEMBER_NOUNS.has(nounAfter.lower) &&
      (!!g || namePart(words[0] ?? '')) &&
      lex.nameParts.has(lastWord) &&
      !lex.coreWords.has(lastWord);
    // (a family by its name is its people: "the Bhandari family", "the Agarwal family's holding";
    // not a clan, often named after its place: "the Brancaccio clan")
    const familyOf =
      words.length === 1 &&
      nounAfter?.kind === 'word' &&
      nounAfter.text === 'family' &&
      !lex.countries.has(key) &&
      !lex.demonyms.has(key) &&
      !lex.places.has(key);
    if (familyOf) scores.person += 2;
    else if (before?.lower === 'the' && !cand.titled && !modifierName()) {
      scores.organisation += 1;
      scores.place += 0.5;
      scores.person -= 1.5;
    }
    // A shipping firm named "... Marine" ("Gulf Horizon Marine", "Daewang Marine"; not "a U.S. Marine").
    if (
      lastWord === 'marine' &&
      words.length >= 2 &&
      !g &&
      !country &&
      !lex.countries.has(stripDots(words[0] ?? '')) &&
      !lex.demonyms.has(words[0] ?? '')
    )
      scores.organisation += 3;
    // A department named by its remit: "Veterans Affairs", "Indigenous Affairs".
    if (lastWord === 'affairs' && words.length >= 2) scores.organisation += 3;
    // A firm's "&": "Fraser & Partners", "Johnson & Johnson", "S&P Global"; no person's name has one.
    if (!country && !knownPlace && key.includes('&')) scores.organisation += 3;
    // An employer before a title: "Acme CEO Jo Bell", "Fidesz spokesman Tamas Kis".
    // (also a title in lower case: "Ofwat chief executive David Black")
    const titleAfter = tokens[seg.to];
    let nameAfterTitle = seg.to + 1;
    while (
      nameAfterTitle < seg.to + 3 &&
      tokens[nameAfterTitle]?.kind === 'word' &&
      !tokens[nameAfterTitle]?.cap &&
      TITLE_WORDS.has(tokens[nameAfterTitle]?.text ?? '')
    )
      nameAfterTitle++;
    if (
      !country &&
      !knownPlace &&
      titleAfter?.kind === 'word' &&
      (TITLE_CORE.has(titleAfter.lower) ||
        TITLE_CORE.has(stripDots(titleAfter.lower)) ||
        EMPLOYER_TITLES.has(titleAfter.lower)) &&
      tokens[nameAfterTitle]?.cap
    )
      // (surer when a given name follows: "Barratt Redrow boss David Thomas")
      scores.organisation += lex.firstNames.has(tokens[nameAfterTitle]?.lower ?? '') ? 3 : 1.5;
    // A leader's name before the body led: "the Monti government", "the Lindqvist administration".
    if (
      words.length === 1 &&
      !country &&
      !knownPlace &&
      !lex.demonyms.has(key) &&
      tokens[seg.to]?.kind === 'word' &&
      tokens[seg.to]?.text === tokens[seg.to]?.lower &&
      LED_BODIES.has(tokens[seg.to]?.lower ?? '')
    )
      scores.person += 3; // outweighs the "the" before it, which points to bodies
    // A body named after its kind: "a group known as Scattered Spider", "a firm called Kestrel".
    // (also over a comma: "the club, known as Pulse")
    const kindAt =
      before?.lower === 'as' && before2?.lower === 'known'
        ? tokens[seg.from - 3]?.text === ','
          ? seg.from - 4
          : seg.from - 3
        : seg.from - 2;
    const kind = tokens[kindAt];
    if (
      (before?.lower === 'called' || before?.lower === 'named' || kindAt <= seg.from - 3) &&
      kind?.kind === 'word' &&
      // (or a body's head in lower case: "the monetary policy committee, known as Copom")
      (((BODY_KINDS.has(kind.lower) || ORG_HEADS.has(kind.lower)) &&
        // (a kind in lower case: a body's own name before "named" is the one naming, "Sirivat Group
        // named Thanakorn Sirivatanapong ... as chief executive")
        kind.text === kind.lower) ||
        // (or a political action committee: "a super PAC called Granite Forward")
        kind.text === 'PAC')
    )
      scores.organisation += 3;
    // ... or in apposition after one: "A pro-Ashby super PAC, Working Families Rising, spent"
    if (
      before?.text === ',' &&
      before2?.text === 'PAC' &&
      tokens[seg.from - 3]?.text === tokens[seg.from - 3]?.lower
    )
      scores.organisation += 3;
    // "Medecins Sans Frontieres said its teams", "Acme and its rivals": "its" is a body's (not after
    // a given name or a title: "Tim Cook said its sales", the company's; nor after a preposition:
    // "the party chose Sanae Takaichi as its leader", where "its" is the chooser's).
    const verbAfter = tokens[seg.to];
    if (
      !g &&
      !cand.titled &&
      verbAfter?.kind === 'word' &&
      verbAfter.text === verbAfter.lower &&
      !OBJECT_LINKS.has(verbAfter.text) &&
      tokens[seg.to + 1]?.lower === 'its'
    ) {
      scores.organisation += 2;
      scores.person -= 1;
    }
    // Where an academic works: "a professor of organisational behaviour at Wharton"; so with a
    // job: "vice president at AutoForecast Solutions", "head of energy research at RBC Capital
    // Markets", "a lawyer at Clifford Chance".
    if (before?.lower === 'at') {
      for (let k = seg.from - 2; k >= 0 && k >= seg.from - 8; k--) {
        const w = tokens[k];
        if (!w || w.kind !== 'word' || w.sentence !== first.sentence) break;
        if (ACADEMIC_ROLES.has(w.text)) {
          scores.organisation += 2;
          break;
        }
        if (
          (WORKERS.has(w.text) || JOB_HEADS.has(w.text)) &&
          !country &&
          !knownPlace &&
          !PLACE_HEADS.has(lastWord) // (not "the station staff at ... Memorial Hall Station")
        ) {
          scores.organisation += 3;
          scores.place -= 1;
          if (k === seg.from - 2) scores.person -= 2;
          break;
        }
      }
    }
    // One word owning a person named in full is their team, employer or country, no person:
    // "McLaren's Lando Norris", "Ferrari's Charles Leclerc", "Britain's Andy Murray".
    const ownedGiven = tokens[seg.to + 1];
    if (
      words.length === 1 &&
      tokens[seg.to]?.kind === 'poss' &&
      ownedGiven?.cap &&
      ownedGiven.kind === 'word' &&
      lex.firstNames.has(ownedGiven.lower) &&
      tokens[seg.to + 2]?.cap &&
      tokens[seg.to + 2]?.kind === 'word' &&
      !country &&
      !knownPlace
    ) {
      scores.person -= 1.5;
      scores.organisation += 1;
    }
    // One word before a lower-case trade and a person's full name is their employer: "Nedbank
    // economist Isaac Matshego" (not a person's family name, as in "Obama adviser David Axelrod",
    // unless it is a company's: "Jefferies analyst").
    const trade = tokens[seg.to];
    if (
      words.length === 1 &&
      trade?.kind === 'word' &&
      trade.text === trade.lower &&
      WORKERS.has(trade.lower) &&
      tokens[seg.to + 1]?.cap &&
      firstNameGender(tokens[seg.to + 1]?.lower ?? '', lex) !== undefined &&
      tokens[seg.to + 2]?.cap &&
      tokens[seg.to + 2]?.kind === 'word' &&
      // (a market's analysts and economists work for firms, whatever the firm's name: "Morningstar
      // analyst Tom Vella")
      (!isNamePart(words[0] ?? '', lex) ||
        lex.companies.has(words[0] ?? '') ||
        MARKET_ROLES.has(trade.lower)) &&
      !fullNameWords.has(firstTok.text) &&
      !country &&
      !knownPlace
    ) {
      scores.organisation += 3;
      scores.person -= 1.5;
    }
    // What a person owns is no person: "Warren Buffett's Berkshire Hathaway" (a country's may be:
    // "Britain's Andy Murray").
    const owner = tokens[seg.from - 2];
    if (
      before?.kind === 'poss' &&
      owner?.cap &&
      tokens[seg.from - 3]?.cap &&
      lex.firstNames.has(tokens[seg.from - 3]?.lower ?? '') &&
      !lex.countries.has(owner.lower)
    ) {
      scores.person -= 2;
      scores.organisation += 1;
    }
    // A family name's particles inside a name of four words or more, between a given name no list
    // knows and a family name, are a person's: "Santiago de la Garza Villarreal", "Álvaro de la Fuente
    // Ibarra" (not a known place's: "Santiago de Compostela"; nor a body's or a place's by its head;
    // nor the shorter names of streets and squares: "Puerta del Sol", "Rua da Consolação").
    if (
      words.length >= 4 &&
      !country &&
      !knownPlace &&
      first.text !== first.lower &&
      !lex.commonWords.has(words[0] ?? '') &&
      !ORG_HEADS.has(words[0] ?? '') &&
      !PLACE_HEADS.has(words[0] ?? '') &&
      !ORG_HEADS.has(lastWord) &&
      !PLACE_HEADS.has(lastWord) &&
      NAME_PARTICLES.has(tokens[seg.from + 1]?.text ?? '') &&
      tokens[seg.to - 1]?.cap
    )
      scores.person += 1.5;
    // A street or landmark named with a possessive is a place: "Sir John Rogerson's Quay", "King's
    // Cross".
    if (
      words.length >= 2 &&
      POSSESSIVE_STREET_HEADS.has(tokens[seg.to - 1]?.text ?? '') &&
      tokens[seg.to - 2]?.kind === 'poss'
    ) {
      scores.place += 4;
      scores.person -= 2;
    }
    // A Nguni patronymic is a person's: "Bongani kaMkhize", "Cetshwayo kaMpande".
    for (let k = seg.from + 1; k < seg.to; k++)
      if (/^ka\p{Lu}/u.test(tokens[k]?.text ?? '')) {
        scores.person += 3;
        break;
      }
    // What the name is one of, in the apposition after it: "Lechia Gdansk, one of Poland's best-known
    // football clubs,", "Kestrel Vale, one of the oldest banks in Ghana," (a body), "Tamale, one of
    // the fastest-growing cities in Africa," (a place).
    if (
      tokens[seg.to]?.text === ',' &&
      tokens[seg.to + 1]?.lower === 'one' &&
      tokens[seg.to + 2]?.lower === 'of'
    ) {
      for (let k = seg.to + 3; k < seg.to + 10; k++) {
        const w = tokens[k];
        if (!w || w.sentence !== first.sentence || w.text === ',' || w.lower === 'in' || w.lower === 'who')
          break;
        if (w.kind !== 'word' || w.text !== w.lower) continue;
        // (not "groups": "the Caribs, one of the dominant Native American groups")
        if (ONE_OF_BODIES.has(w.text) || (ORG_KIND_PLURALS.has(w.text) && w.text !== 'groups')) {
          scores.organisation += 4;
          break;
        }
        if (ONE_OF_PLACES.has(w.text)) {
          scores.place += 4;
          break;
        }
      }
    }
    // A club after its league and "side": "Ligue 1 side AJ Auxerre", "Serie A side Torino".
    if (
      before?.kind === 'word' &&
      before.text === 'side' &&
      (before2?.kind === 'num' || (before2?.cap && before2.kind === 'word')) &&
      words.length <= 3
    ) {
      scores.organisation += 3;
      scores.person -= 1;
    }
    // A brand of one capital letter, a hyphen and a word is a service's, no one's name: "M-Cash",
    // "M-Pesa", "E-Kiosk".
    if (words.length === 1 && /^\p{Lu}-\p{Lu}\p{Ll}+$/u.test(first.text)) {
      scores.organisation += 3;
      scores.person -= 2;
    }
    // A journal: "published in The Lancet", "published in Nature".
    if (before?.lower === 'in' && before2?.lower === 'published') scores.organisation += 3;
    if (before?.text === 'The' && before2?.lower === 'in' && tokens[seg.from - 3]?.lower === 'published')
      scores.organisation += 3;
    // A maker or owner: "a drug made by Genentech", "a refinery owned by Aramco".
    // (not a person named in full: "the site, owned by Elon Musk")
    // (nor a given name and a double family name the lists lack: "produced by Funke Akindele-Bello")
    const doubleFamily =
      words.length === 2 &&
      /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u.test(tokens[seg.from + 1]?.text ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
      !lex.commonWords.has(words[0] ?? '') &&
      !lex.places.has(words[0] ?? '') &&
      !KNOWN_ORGS.has(words[0] ?? '') &&
      !lex.companies.has(words[0] ?? '');
    if (
      before?.lower === 'by' &&
      before2?.kind === 'word' &&
      MAKER_VERBS.has(before2.lower) &&
      !(words.length >= 2 && !!g) &&
      !doubleFamily &&
      // (nor one a role in apposition shows a person: "owned by Pichit Chaiyawong, a former minister")
      !roleInApposition(seg.to)
    )
      scores.organisation += 2;
    // A kind of organisation just before the name: "the company Hitwise", "the newspaper El Mundo".
    // (not a person's role before a full name: "producer Greg Kurstin", "publisher Rupert Murdoch")
    // (also capitalized opening the sentence: "Chipmaker Nvidia rose")
    if (
      before?.kind === 'word' &&
      // (or the initials "NGO": "the NGO Ecoaction")
      (before.text === before.lower || before.initial || before.text === 'NGO') &&
      // (a forecaster before one word only: "the private forecaster Climatempo", not "Forecaster Anke
      // Moll")
      (bodyKindWord(before.lower) ||
        (before.lower === 'forecaster' && words.length === 1) ||
        // (a kind of two words: "the think tank México Evalúa", "industry body Nasscom")
        (before.lower === 'tank' && before2?.lower === 'think') ||
        (before.lower === 'body' && BODY_OF_KINDS.has(before2?.lower ?? ''))) &&
      // (nor before an East Asian name, family name first: "Developer Zhang Wei-Ming declined")
      !(
        PERSON_KINDS.has(before.lower) &&
        words.length >= 2 &&
        (!!g ||
          (words.length === 2 &&
            lex.nameParts.has(words[0] ?? '') &&
            !lex.commonWords.has(words[0] ?? '') &&
            /^\p{Lu}\p{Ll}+-\p{L}\p{Ll}+$/u.test(tokens[seg.from + 1]?.text ?? '')) ||
          // (or a Vietnamese name by its middle name: "developer Nguyen Thi Thu Ha")
          (words.length >= 3 && lex.nameParts.has(words[0] ?? '') && VIETNAMESE_MIDDLE.has(words[1] ?? '')) ||
          // (or a given name the lists lack before a known family name: "producer Chinonye Okafor")
          (words.length === 2 &&
            lex.nameParts.has(lastWord) &&
            !lex.commonWords.has(lastWord) &&
            !lex.commonWords.has(words[0] ?? '') &&
            !lex.companies.has(words[0] ?? '') &&
            !KNOWN_ORGS.has(words[0] ?? '') &&
            !ORG_HEADS.has(lastWord) &&
            /^\p{Lu}\p{Ll}+$/u.test(tokens[seg.from]?.text ?? '') &&
            /^\p{Lu}\p{Ll}+$/u.test(tokens[seg.from + 1]?.text ?? '')))
      )
    ) {
      scores.organisation += 3;
      scores.person -= 1;
    }
    // ... also over a comma, for the first of a list after it: "two construction companies, Mzansi
    // Build Projects and Khanyisa Civils".
    if (
      before?.text === ',' &&
      before2?.kind === 'word' &&
      before2.text === before2.lower &&
      before2.text.endsWith('s') &&
      bodyKindWord(before2.text) &&
      (tokens[seg.to]?.lower === 'and' || tokens[seg.to]?.text === ',') &&
      tokens[seg.to + 1]?.cap &&
      !(PERSON_KINDS.has(before2.text.slice(0, -1)) && words.length >= 2 && !!g)
    ) {
      scores.organisation += 3;
      scores.person -= 1;
    }
    // ... and so are the names listed after it in the plural: "mobile operators Vivacel and Conecta
    // Brasil", "carriers Arka, Belo and Cantu Mobile".
    if (before?.lower === 'and' || before?.text === ',') {
      let q = s;
      for (
        let cur = segments[q], prior = segments[q - 1];
        cur && prior;
        cur = segments[q], prior = segments[q - 1]
      ) {
        const link = tokens[cur.from - 1];
        if (prior.to !== cur.from - 1 || !(link?.text === 'and' || link?.text === ',')) break;
        q--;
      }
      const listFrom = segments[q]?.from ?? 0;
      // (over a comma after the kind: "two construction companies, Mzansi Build and Khanyisa Civils")
      const kind = tokens[listFrom - 1]?.text === ',' ? tokens[listFrom - 2] : tokens[listFrom - 1];
      if (
        q < s &&
        kind?.kind === 'word' &&
        (kind.text === kind.lower || kind.initial) &&
        kind.lower.endsWith('s') &&
        bodyKindWord(kind.lower) &&
        // (not a person's full name after a kind of people too: "developers Acme and Ana Ruiz")
        !(PERSON_KINDS.has(kind.lower.slice(0, -1)) && words.length >= 2 && !!g)
      ) {
        scores.organisation += 3;
        scores.person -= 1;
      }
    }
    // A platform one speaks on: "said on Truth Social", "wrote on Weibo", "posted on X"; also over
    // what was posted: "posted a video on Weibo", "shared a statement on Telegram".
    if (before?.lower === 'on' && !country && !knownPlace && tokens[seg.to]?.kind !== 'poss') {
      let posted =
        before2?.kind === 'word' &&
        (RECIPIENT_VERBS.has(before2.lower) || before2.lower === 'announced' || before2.lower === 'shared');
      for (let k = seg.from - 3; !posted && k >= seg.from - 5 && k >= 0; k--) {
        const w = tokens[k];
        if (w?.kind !== 'word' || w.text !== w.lower) break;
        posted = POSTING_VERBS.has(w.text);
      }
      if (posted) scores.organisation += 1.5;
    }
    // A district after a street and a comma: "Filton Avenue, Horfield" (not a given name: "on Elm
    // Street, Kate said").
    if (
      words.length === 1 &&
      !g &&
      before?.text === ',' &&
      before2?.cap &&
      STREET_HEADS.has(before2.lower) &&
      (tokens[seg.to]?.kind !== 'word' || tokens[seg.to]?.text === tokens[seg.to]?.lower)
    )
      scores.place += 3;
    // A place after its kind in commas: "the capital, Naypyitaw", "the island's main town, Avarua".
    if (
      before?.text === ',' &&
      before2?.kind === 'word' &&
      before2.text === before2.lower &&
      APPOSITION_PLACES.has(before2.text) &&
      (tokens[seg.from - 3]?.lower === 'the' || tokens[seg.from - 3]?.kind === 'poss') &&
      !g
    )
      scores.place += 3;
    // A body after its kind in commas: "Brazil's telecoms regulator, Anatel,", "the lender, Nordbank,".
    if (
      before?.text === ',' &&
      before2?.kind === 'word' &&
      before2.text === before2.lower &&
      // (also a board or body there: "Brazil's tourism board, Embratur,", "the industry body, Ukrtelecom,")
      // (or an authority, a ministry, a commission, a council: "The port authority, Autoridade
      // Portuária de Santos, said")
      (ORG_KIND_BEFORE.has(before2.text) || APPOSED_BODY_HEADS.has(before2.text)) &&
      // (a kind that is also a job only in a compound and for a name with no given name: "the state
      // grid operator, Ukrenergo," but "the camera operator, John Hale,", "the Journal's
      // publisher, Almar Latour,")
      (!PERSON_KINDS.has(before2.text) ||
        // (a person's own party is a body: "His party, Primero Justicia,")
        (before2.text === 'party' && /^(?:his|her|their)$/u.test(tokens[seg.from - 3]?.lower ?? '')) ||
        (!g &&
          compoundKindAt(seg.from - 2) &&
          !PERSON_KIND_MODIFIERS.has(tokens[seg.from - 3]?.lower ?? ''))) &&
      tokens[seg.to]?.text === ',' &&
      // (a given name alone there is the body's: "the consumer unit, Marcus,"; so is one before
      // words no name has: "Montenegro's national carrier, Adria Crna Gora,")
      // (nor a family name after a word no list knows: "A machine operator, Rupa Akter,")
      ((!g && !(words.length === 2 && lex.nameParts.has(lastWord) && !lex.commonWords.has(lastWord))) ||
        words.length === 1 ||
        words
          .slice(1)
          .some((w) => !lex.nameParts.has(w) && !lex.firstNames.has(w) && !lex.commonWords.has(w))) &&
      // (a name of two words after "for the charity," or "of the union," is the role's holder, named
      // in apposition to the role before: "A spokesperson for the charity, Marie-Claude Tremblay,")
      !(
        words.length >= 2 &&
        tokens[seg.from - 3]?.lower === 'the' &&
        /^(?:for|of|at)$/u.test(tokens[seg.from - 4]?.lower ?? '')
      ) &&
      // (nor one a person's role describes in turn: "the candidate of the ruling coalition, Plamen
      // Todorov, a deputy prosecutor")
      !(words.length >= 2 && roleInApposition(seg.to)) &&
      // (nor a holder of the role "of" the body before: "The leader of the moderate CFDT union,
      // Laurent Bergeron-Kaboré,")
      !(words.length >= 2 && roleOfBody(tokens, seg.from - 2))
    )
      scores.organisation += 3;
    // A name no list knows whose officer follows in the possessive: "Ofcom's director of online
    // safety", "Kuponik's chief executive" (a person has a lawyer or a spokesman, not a board).
    const officer = tokens[seg.to + 1];
    if (
      tokens[seg.to]?.kind === 'poss' &&
      officer?.kind === 'word' &&
      officer.text === officer.lower &&
      (BOARD_ROLES.has(officer.text) ||
        (officer.text === 'chief' &&
          /^(?:executive|financial|operating|technology)$/u.test(tokens[seg.to + 2]?.lower ?? ''))) &&
      words.length <= 2 &&
      !g &&
      !country &&
      !knownPlace &&
      words.every((w) => !isNamePart(w, lex) && !lex.commonWords.has(w))
    ) {
      scores.organisation += 2.5;
      scores.person -= 1;
    }
    // Everyday words before a country's or region's name name its public body: "Public Health
    // Scotland", "Fire Rescue Victoria", "Tourism Ireland" (not a place's own name, known whole:
    // "Latin America", "New South Wales").
    if (
      words.length >= 2 &&
      words.length <= 4 &&
      !country &&
      !knownPlace &&
      (lex.countries.has(lastWord) || lex.regions.has(lastWord)) &&
      !PLACE_HEADS.has(lastWord) &&
      !lex.commonWords.has(lastWord) &&
      words
        .slice(0, -1)
        .every(
          (w) =>
            (lex.commonWords.has(w) || EVERYDAY_NOUN_ENDINGS.test(w)) &&
            !lex.firstNames.has(w) &&
            (!lex.nameParts.has(w) || lex.coreWords.has(w)) &&
            !PLACE_HEADS.has(w) &&
            !COMPASS.has(w) &&
            !lex.demonyms.has(w) &&
            !lex.placePrefixes.has(w) &&
            !lex.places.has(w) &&
            !FUNCTION_WORDS.has(w) &&
            !TOWN_PART_WORDS.has(w),
        )
    )
      scores.organisation += 3;
    // The owner of a business: "the Indian unit of Walt Disney", "a subsidiary of Harlan Mills".
    if (before?.lower === 'of' && before2?.kind === 'word' && BUSINESS_PARTS.has(before2.text) && !country)
      scores.organisation += 4;
    // Where a treaty was signed: "the Treaty of Versailles", "the Peace of Westphalia".
    if (before?.lower === 'of' && before2?.cap && TREATY_HEADS.has(before2.lower) && !g) scores.place += 1.5;
    // A constituency: "the Labour MP for York Central", "the member for Sydney".
    if (before?.lower === 'for' && before2?.kind === 'word' && MEMBER_TITLES.has(before2.lower))
      scores.place += 4;
    // A party after "the opposition", "the ruling" or a political leaning: "the opposition
    // Kuomintang", "the centre-right Forza Italia".
    if (
      (before?.text === 'opposition' || before?.text === 'ruling' || LEANINGS.has(before?.text ?? '')) &&
      before2?.lower === 'the' &&
      !country &&
      !knownPlace &&
      !g &&
      // (a leaning of a person by a family name alone, after the words for both: "the conservative
      // Kavanaugh")
      !(
        LEANINGS_OF_PEOPLE.has(before?.text ?? '') &&
        words.length === 1 &&
        lex.nameParts.has(key) &&
        !PARTY_NOUNS.has(tokens[seg.to]?.lower ?? '')
      )
    )
      scores.organisation += 2;
    // A listed company: "shares of Cleveland-Cliffs", "shares in Harbourline", "stake(s) in X".
    if (
      (before?.lower === 'of' || before?.lower === 'in') &&
      (before2?.lower === 'shares' ||
        before2?.lower === 'stake' ||
        before2?.lower === 'stakes' ||
        before2?.lower === 'shareholding' ||
        before2?.lower === 'stock') &&
      !country &&
      !knownPlace
    )
      scores.organisation += 3;
    // A body before its officer's lower-case role and the officer's name: "said Foodwatch campaigner
    // Jana Lindemann", "Federated Farmers dairy spokesman Richard McIntyre said".
    if (!g && !country && !knownPlace && !lex.places.has(key)) {
      let k = seg.to;
      let role = false;
      while (k < seg.to + 3 && tokens[k]?.kind === 'word' && tokens[k]?.text === tokens[k]?.lower) {
        if (OFFICER_ROLES.has(tokens[k]?.text ?? '')) role = true;
        k++;
      }
      const officer = tokens[k];
      if (
        role &&
        OFFICER_ROLES.has(tokens[k - 1]?.text ?? '') &&
        officer?.cap &&
        officer.kind === 'word' &&
        officer.sentence === tokens[seg.from]?.sentence &&
        // (a given name, or a word no list has: "Terre Vivante campaigner Yannick Le Goff")
        (firstNameGender(officer.lower, lex) !== undefined ||
          (!lex.commonWords.has(officer.lower) &&
            !lex.places.has(officer.lower) &&
            !lex.countries.has(officer.lower) &&
            !lex.demonyms.has(officer.lower) &&
            !TITLE_WORDS.has(officer.lower) &&
            !isAcronym(officer))) &&
        tokens[k + 1]?.cap &&
        tokens[k + 1]?.kind === 'word'
      )
        scores.organisation += 3;
    }
    // Where a list ending with this name is led into ("the cities of | Ushuaia and Río Grande"), read
    // once for the rules below; -1 when no "," or "and" comes before the name.
    const leadOfList = listLeadBefore(tokens, seg.from);
    // The end of a route from a known place, and the names listed with it: "runs from Reading to
    // Abbey Wood and Shenfield" (not a person's full name: "a letter from Paris to Marta Vidal").
    let routeTo = before?.lower === 'to' ? seg.from - 1 : -1;
    if (g && words.length >= 2 && !lex.commonWords.has(lastWord)) routeTo = -1;
    if (routeTo < 0 && tokens[leadOfList]?.lower === 'to') routeTo = leadOfList;
    for (let f = routeTo - 2; routeTo > 0 && f >= routeTo - 5; f--) {
      if (tokens[f]?.sentence !== tokens[routeTo]?.sentence) break;
      if (tokens[f]?.lower !== 'from') continue;
      const origin = spanKey(tokens, f + 1, routeTo);
      if (lex.places.has(origin) || lex.countries.has(origin)) scores.place += 3;
      break;
    }
    // ... and its start, to a known place: "passengers from Bau-Bau to Makassar" (not a person's
    // full name: "a letter from Marta Vidal to Paris").
    if (
      before?.lower === 'from' &&
      tokens[seg.to]?.lower === 'to' &&
      !g &&
      words.length <= 2 &&
      !ORG_HEADS.has(lastWord)
    ) {
      let end = seg.to + 1;
      while (end < seg.to + 4 && tokens[end]?.cap && tokens[end]?.kind === 'word') end++;
      const destination = spanKey(tokens, seg.to + 1, end);
      if (end > seg.to + 1 && (lex.places.has(destination) || lex.countries.has(destination)))
        scores.place += 3;
    }
    // A part of a continent named by an adjective before it: "Sub-Saharan Africa accounted for",
    // "Francophone Africa", "Equatorial Asia" (not a given name: "Maria America").
    if (
      words.length === 2 &&
      CONTINENT_WORDS.has(words[1] ?? '') &&
      !g &&
      // (an adjective's ending: not a body's arm there, "OCP Africa", "Airtel Africa")
      /^\p{Lu}\p{Ll}[\p{L}-]*(?:an|ern|ic|al|phone)$/u.test(tokens[seg.from]?.text ?? '') &&
      !lex.firstNames.has(words[0] ?? '') &&
      !lex.nameParts.has(words[0] ?? '')
    )
      scores.place += 4;
    // A name closed by "International" is a body's, even a person's name before it: "Philip Morris
    // International", "Marriott International" (not an airport one flies from or to: "Flights from
    // King Faisal International").
    if (
      words.length >= 2 &&
      lastWord === 'international' &&
      !country &&
      !knownPlace &&
      !/^(?:from|to|into|via|at|through)$/u.test(before?.lower ?? '')
    )
      scores.organisation += 3;
    // ... or listed on a town's exchange: "London-listed Airtel Africa", "Nairobi-listed Safaricom".
    if (before?.text === 'listed' && tokens[seg.from - 2]?.text === '-' && !country && !knownPlace)
      scores.organisation += 3;
    // ... or its shares moving, the name right before them: "Tata AIG shares rose", "Harlow Finch and
    // Kestrel Dune shares fell" (not the verb: "Ana Ruiz shares her recipes").
    let stockAt = seg.to;
    const alsoListed = tokens[seg.to]?.lower === 'and' ? segments[s + 1] : undefined;
    if (alsoListed && alsoListed.from === seg.to + 1) stockAt = alsoListed.to;
    if (
      (tokens[stockAt]?.text === 'shares' || tokens[stockAt]?.text === 'stock') &&
      tokens[stockAt + 1]?.kind === 'word' &&
      MARKET_MOVES.has(tokens[stockAt + 1]?.text ?? '') &&
      !country &&
      !knownPlace
    )
      scores.organisation += 3;
    // A one-word source that reports, or that something is according to: "Cricinfo reported that",
    // "According to Nikkei," (a person there is most often named in full).
    const reportedAfter = tokens[seg.to];
    if (
      words.length === 1 &&
      !country &&
      !knownPlace &&
      !lex.firstNames.has(key) &&
      !lex.nameParts.has(key) &&
      ((reportedAfter?.kind === 'word' &&
        (reportedAfter.text === 'reported' || reportedAfter.text === 'reports')) ||
        (before?.lower === 'to' &&
          before2?.lower === 'according' &&
          tokens[seg.to]?.text === ',' &&
          // (not a one-name person described next: "according to Budiawan, the head of ...")
          !WORK_OWNERS.has(tokens[seg.to + 1]?.lower ?? '')))
    ) {
      scores.organisation += 2;
      scores.person -= 1;
    }
    // Where people live: "a resident of Perumbakkam", "villagers from Kibera".
    if (
      (before?.lower === 'of' || before?.lower === 'from') &&
      before2?.kind === 'word' &&
      RESIDENTS.has(before2.lower) &&
      !country &&
      !knownPlace
    ) {
      scores.place += 3;
      scores.person -= 1;
    }
    // An Irish county named head first: "County Galway", "Co. Kerry".
    if (words.length === 2 && words[0] === 'county') scores.place += 4;
    // A lettered hall or gate: "Hall H", "Gate B".
    if (
      seg.to - seg.from <= 3 &&
      LETTERED_HEADS.has(words[0] ?? '') &&
      tokens[seg.from + 1]?.text.length === 1 &&
      tokens[seg.from + 1]?.cap
    )
      scores.place += 4;
    // A pollster: "a poll by Datafolha", "a survey by Ipsos"; a body among bodies: "civil society
    // groups, including Yiaga Africa", "rights groups such as Amnesty".
    if (
      !country &&
      !knownPlace &&
      ((before?.lower === 'by' && before2?.kind === 'word' && POLL_NOUNS.has(before2.lower)) ||
        ((before?.lower === 'including' || (before?.lower === 'as' && before2?.lower === 'such')) &&
          BODY_PLURALS.has(
            tokens[seg.from - (before?.lower === 'as' ? 3 : 2)]?.text === ','
              ? (tokens[seg.from - (before?.lower === 'as' ? 4 : 3)]?.lower ?? '')
              : (tokens[seg.from - (before?.lower === 'as' ? 3 : 2)]?.lower ?? ''),
          )))
    ) {
      scores.organisation += 3;
      scores.person -= 1;
    }
    // Where people work: "analysts at Brightwater", "researchers at Kestrel Labs".
    if (
      before?.lower === 'at' &&
      before2?.kind === 'word' &&
      WORKERS.has(before2.lower) &&
      !country &&
      !knownPlace
    )
      scores.organisation += 3;
    const prep = before?.lower === 'the' ? before2 : before;
    // (over "the": "according to the White Helmets")
    const recipient =
      (before?.lower === 'to' && before2?.kind === 'word' && RECIPIENT_VERBS.has(before2.lower)) ||
      (before?.lower === 'the' &&
        before2?.lower === 'to' &&
        RECIPIENT_VERBS.has(tokens[seg.from - 3]?.lower ?? '') &&
        !country &&
        !knownPlace);
    // ("an investigation into Begoña Gómez" names the subject of the inquiry, no destination.)
    const inquiry =
      prep?.lower === 'into' &&
      INQUIRY_NOUNS.has(tokens[seg.from - (before?.lower === 'the' ? 3 : 2)]?.lower ?? '');
    // ("a reminder to Putin", "jewellery belonging to Napoleon": "to" before a given name or a
    // family name of world news alone is no destination; other family names are also towns: "next to
    // Genova".)
    const toPerson =
      (prep?.lower === 'to' &&
        words.length === 1 &&
        (lex.firstNames.has(key) || WORLD_FAMILY_SET.has(key)) &&
        !lex.commonWords.has(key) &&
        !country &&
        !knownPlace) ||
      // (or two words no list holds before "of" and a capitalized name, the one given to and where
      // they work: "a penalty to Aleksi Hämäläinen of Aurora Grand Prix")
      (prep?.lower === 'to' &&
        prep === before &&
        words.length === 2 &&
        tokens[seg.to]?.text === 'of' &&
        !!tokens[seg.to + 1]?.cap &&
        tokens[seg.to + 1]?.kind === 'word' &&
        words.every(
          (w) =>
            !lex.commonWords.has(w) &&
            !lex.places.has(w) &&
            !lex.countries.has(w) &&
            !lex.regions.has(w) &&
            !ORG_HEADS.has(w) &&
            !PLACE_HEADS.has(w),
        ) &&
        !country &&
        !knownPlace);
    // ("a cross from Ademola Lookman", "a pass from Pedri": a player's ball, no origin.)
    const fromPlayer =
      prep?.lower === 'from' &&
      before === prep &&
      before2?.kind === 'word' &&
      PLAYER_BALLS.has(before2.lower) &&
      !country &&
      !knownPlace;
    if (fromPlayer) scores.person += 2;
    // ("With assistance from Ha-eun Kim in Seoul": a credit line's helper, no origin)
    const helper =
      prep?.lower === 'from' &&
      before === prep &&
      (before2?.lower === 'assistance' || before2?.lower === 'help') &&
      words.length >= 2 &&
      !country &&
      !knownPlace;
    if (helper) scores.person += 2;
    // ("took over from Jaehoon Chang": a predecessor, no origin)
    const takeOver = tokens[seg.from - 3];
    const predecessor =
      prep?.lower === 'from' &&
      before === prep &&
      before2?.lower === 'over' &&
      !!takeOver &&
      TAKE_FORMS.has(takeOver.lower) &&
      !country &&
      !knownPlace;
    // Where someone of a trade works: "an investment banker at Lazard", "Analyst Fiona Kettering at
    // Jefferies" (one unknown word: a firm, not a town).
    let worksAt = false;
    if (prep?.lower === 'at' && before === prep && words.length === 1 && !country && !knownPlace) {
      let k = seg.from - 2;
      while (
        k > seg.from - 5 &&
        tokens[k]?.cap &&
        tokens[k]?.kind === 'word' &&
        !WORK_TRADES.has(tokens[k]?.lower ?? '')
      )
        k--;
      worksAt = WORK_TRADES.has(tokens[k]?.lower ?? '');
    }
    if (worksAt) scores.organisation += 2.5;
    if (
      prep &&
      PLACE_PREPOSITIONS.has(prep.lower) &&
      // (or opening the sentence before a comma: "In Svolvær, fishermen ...")
      (prep.text === prep.lower ||
        (prep.initial &&
          prep === before &&
          tokens[seg.to]?.text === ',' &&
          OPENING_PLACE_PREPS.has(prep.lower))) &&
      !worksAt &&
      !recipient &&
      !inquiry &&
      !toPerson &&
      !fromPlayer &&
      !helper &&
      !predecessor
    )
      scores.place += 1.5;
    else if (before?.kind === 'word' && PLACE_VERBS.has(before.lower)) scores.place += 1.5;
    // Where one was born, raised, lives or died: "born in Calzada de Calatrava", "died at Villers-Bocage".
    if (
      (before?.lower === 'in' || before?.lower === 'at' || before?.lower === 'near') &&
      LIFE_PLACE_VERBS.has(before2?.lower ?? '') &&
      // (a body's building keeps its body's reading: "died at Royal Derby Hospital")
      !ORG_HEADS.has(lastWord)
    )
      scores.place += 2.5;
    // The second of two after a preposition of place, the first a place: "in Cape Town and Hanover Park".
    // (each after "the": "rivers including the Santerno and the Lamone")
    const firstConjunct = candidates[candidates.length - 1];
    const andAt = before?.text === 'the' ? seg.from - 2 : seg.from - 1;
    const firstFrom = firstConjunct
      ? firstConjunct.from - (tokens[firstConjunct.from - 1]?.text === 'the' ? 1 : 0)
      : -1;
    if (
      (tokens[andAt]?.text === 'and' || tokens[andAt]?.text === 'or') &&
      firstConjunct?.to === andAt &&
      words.length <= 3 &&
      // (not a reporter and their town in a credit line: "(Reporting by A in Accra and B in Kumasi")
      !inCreditLine(seg.from) &&
      // (nor a second person with a place of their own after the same word: "Padma Reddy from
      // Warangal East and Syed Imtiaz Ali from Malakpet")
      !(
        tokens[seg.to]?.kind === 'word' &&
        tokens[seg.to]?.text === tokens[firstFrom - 1]?.text &&
        tokens[firstFrom - 2]?.cap &&
        tokens[firstFrom - 2]?.kind === 'word'
      ) &&
      (PLACE_PREPOSITIONS.has(tokens[firstFrom - 1]?.text ?? '') ||
        /^(?:including|like|as)$/u.test(tokens[firstFrom - 1]?.text ?? '') ||
        (tokens[firstFrom - 1]?.text === 'between' &&
          SPANS_BETWEEN.has(tokens[firstFrom - 2]?.lower ?? ''))) &&
      firstConjunct.scores.place > Math.max(firstConjunct.scores.person, firstConjunct.scores.organisation)
    )
      scores.place += 2;
    // A name no list knows, gone through or reached, then placed in a known place: "pass through
    // Lokichar in Turkana County", "converged on Kibeho, in southern Rwanda" (not someone written to
    // or heard from there: "a letter to Tom Reyes in Manila").
    if (
      words.length <= 2 &&
      !headed &&
      !country &&
      !knownPlace &&
      (PLACED_AFTER.has(before?.lower ?? '') ||
        (before?.lower === 'through' && before2?.kind === 'word') ||
        (before?.lower === 'on' && CONVERGING_VERBS.has(before2?.lower ?? ''))) &&
      before?.text === before?.lower
    ) {
      const inAt = tokens[seg.to]?.text === ',' ? seg.to + 1 : seg.to;
      let k = inAt + 1;
      if (tokens[inAt]?.lower === 'in') {
        while (
          k < inAt + 3 &&
          tokens[k]?.kind === 'word' &&
          tokens[k]?.text === tokens[k]?.lower &&
          (COMPASS_ADJECTIVES.has(tokens[k]?.text ?? '') ||
            tokens[k]?.text === 'the' ||
            tokens[k]?.text === 'central')
        )
          k++;
        const where = spanKey(tokens, k, Math.min(k + 3, tokens.length)).split(' ');
        let known = false;
        for (let n = where.length; n >= 1 && !known; n--) {
          const span = where.slice(0, n).join(' ');
          known = lex.countries.has(span) || lex.regions.has(span) || lex.places.has(span);
        }
        if (known && tokens[k]?.cap) {
          scores.place += 2;
          scores.person -= 1;
        }
      }
    }
    // Where one is bound for, whose figures, which broadcaster: see `contextLean`.
    const lean =
      !country && !knownPlace && words.length <= 3 ? contextLean(tokens, seg.from, words, lex) : undefined;
    if (lean === 'place' && !headed) {
      scores.place += 2;
      scores.person -= 1;
    } else if (lean === 'source') {
      scores.organisation += 2;
      scores.place -= 1;
    } else if (lean === 'broadcaster') scores.organisation += 3;
    else if (lean === 'company') {
      scores.organisation += 3;
      scores.place -= 1;
    }
    // A town the lists know, a Romance "de" and one more word, with no given name first, is a town's
    // longer name: "Palma de Mallorca", "Alcalá de Henares" (not "Luis de Guindos").
    if (
      words.length === 3 &&
      (words[1] === 'de' || words[1] === 'del') &&
      lex.places.has(words[0] ?? '') &&
      !lex.firstNames.has(words[0] ?? '') &&
      !lex.nameParts.has(words[0] ?? '') &&
      !headed &&
      !titleBefore
    )
      scores.place += 2;
    // A short name opened by "St." with no given name or title before it is a place's: "Basseterre,
    // St. Kitts", "the parish of St. James" (not "Rafael St. Hill", whose given name is in the name).
    if (!headed && !titleBefore && words.length <= 3 && SAINT_SHORT.has(stripDots(first.lower))) {
      scores.place += 2;
      scores.person -= 2;
    }
    // A name no list knows after a compass adjective in lower case is a region's or a town's:
    // "southern Moravia", "in northern Vestland" (not a body: "eastern Ukraine's Azov Regiment").
    if (
      before?.kind === 'word' &&
      before.text === before.lower &&
      (COMPASS_ADJECTIVES.has(before.text) || before.text === 'central') &&
      words.length <= 2 &&
      !headed &&
      words.every((w) => !lex.firstNames.has(w) && !lex.commonWords.has(w))
    )
      scores.place += 2;
    // Two names no list knows between "between" and "and", after a stretch of land or a way of
    // going: "the floodplain between Komárno and Štúrovo", "trains between Poppleton and Bishopthorpe"
    // (the second takes the first's reading below; not "a deal between Kuponik and Rango").
    if (
      before?.lower === 'between' &&
      SPANS_BETWEEN.has(before2?.lower ?? '') &&
      words.length <= 2 &&
      tokens[seg.to]?.text === 'and' &&
      !headed &&
      words.every((w) => !lex.firstNames.has(w) && !lex.nameParts.has(w) && !lex.commonWords.has(w))
    )
      scores.place += 1.5;
    if (before && PLACE_KIND_BEFORE_OF.has(before.lower) && before2?.lower === 'of') scores.place += 0;
    // A territory before its own government: "The Vojvodina provincial government said", "the Afar
    // regional government's spokesman".
    if (
      TERRITORY_LEVELS.has(tokens[seg.to]?.text ?? '') &&
      TERRITORY_BODIES.has(tokens[seg.to + 1]?.text ?? '') &&
      !ORG_HEADS.has(lastWord)
    ) {
      scores.place += 3;
      scores.organisation -= 1;
    }
    // "Al" and a word no list has, gone to or from, is an Arabic place's name, no given name's: "came
    // from Hail and Al Jouf", "moved to Al Qassim" (not "Al Gore", "Al Sharpton").
    const placeLead =
      (tokens[andAt]?.text === 'and' || tokens[andAt]?.text === 'or') && firstConjunct?.to === andAt
        ? tokens[firstFrom - 1]
        : before;
    if (
      words.length === 2 &&
      words[0] === 'al' &&
      !lex.nameParts.has(lastWord) &&
      !lex.firstNames.has(lastWord) &&
      !lex.commonWords.has(lastWord) &&
      placeLead?.kind === 'word' &&
      placeLead.text === placeLead.lower &&
      PLACE_PREPOSITIONS.has(placeLead.text)
    ) {
      scores.place += 3.5;
      scores.person -= 1;
    }
    // What is "nearby" is a place: "the mayor of nearby Almonacid del Tajo", "in nearby Yishan".
    if (before?.text === 'nearby' && !ORG_HEADS.has(lastWord)) {
      scores.place += 2.5;
      scores.person -= 1;
    }
    // No one is what a head of state, government or body holds office "of": "the regional president
    // of Aragón", "the governor of Tierra Amarilla".
    // (not the owner of what the office is of: "the chairwoman of Kato's group")
    if (
      prep?.lower === 'of' &&
      OFFICES_OF_PLACES.has(tokens[seg.from - 2]?.lower ?? '') &&
      tokens[seg.to]?.kind !== 'poss'
    ) {
      scores.person -= 3;
      scores.organisation += 1;
    }
    // (also a later item of a list after one: "the cities of Ushuaia and Río Grande")
    // (an item before "and" or after it, not a name in apposition: "the mayor of Chania, Panagiotis
    // Simandirakis, said")
    const listed =
      tokens[seg.from - 1]?.lower === 'and' ||
      tokens[seg.to]?.lower === 'and' ||
      (tokens[seg.to]?.text === ',' && tokens[seg.to + 1]?.lower === 'and');
    const listLead = listed ? leadOfList : -1;
    const listOf = tokens[listLead]?.lower === 'of' ? listLead : -1;
    if (
      listOf > 0 &&
      !country &&
      // (not a person's given name: "the mayors of Lyon and Jean Dupont")
      (!lex.firstNames.has(words[0] ?? '') || knownPlace) &&
      PLACE_KIND_OF.has(tokens[listOf - 1]?.lower ?? '') &&
      !OFFICES_OF_PLACES.has(tokens[listOf - 1]?.lower ?? '')
    ) {
      scores.place += 3;
      scores.person -= 3;
    }
    if (
      prep?.lower === 'of' &&
      PLACE_KIND_OF.has(tokens[seg.from - 2]?.lower ?? '') &&
      // (a heart may be someone's: "won the heart of Maria Lopez")
      !(tokens[seg.from - 2]?.lower === 'heart' && g)
    ) {
      // (more after a kind of land or settlement, over a company's list: "the island of Kyushu")
      scores.place +=
        PLACE_KIND_BEFORE_OF.has(tokens[seg.from - 2]?.lower ?? '') && !KNOWN_ORGS.has(key) ? 5 : 3;
      // (and no one is the town or see of a mayor or bishop, whatever the name's words: "the Bishop
      // of Ashby Vale")
      scores.person -= 3;
    }
    // A legislator's seat: "the MP for Preston", "a TD for Wexford".
    if (before?.lower === 'for' && CONSTITUENCY_TITLES.has(before2?.lower ?? '') && !country)
      scores.place += 3;
    if (
      before?.kind === 'word' &&
      before.text === before.lower &&
      APPOSED_PLACE_KINDS.has(before.text) &&
      before2?.kind === 'word' &&
      before2.text === before2.lower &&
      !country
    )
      scores.place += 2.5;
    // A capital "The" in mid-sentence opens a title: a paper, journal or band ("reported in The
    // Lancet", "Speaking to The Tennessean"), not a place ("in The Hague" is known).
    if (
      before?.text === 'The' &&
      !before.initial &&
      !country &&
      !knownPlace &&
      titleParas[before.paragraph] !== 1
    )
      scores.organisation += 3;
    // A business by what is said of it: "which also owns Argos", "acquired Superdry"; and a
    // possessive name followed by "which": "Sainsbury's, which also owns".
    if (before?.kind === 'word' && OWNING_VERBS.has(before.lower) && !country && !knownPlace)
      scores.organisation += 2;
    if (
      tokens[seg.to]?.kind === 'poss' &&
      tokens[seg.to + 1]?.text === ',' &&
      tokens[seg.to + 2]?.lower === 'which' &&
      !country &&
      !knownPlace
    )
      scores.organisation += 4;
    // A broadcaster or paper before its kind: "told Kan public radio", "the Hindu newspaper".
    const medium = tokens[seg.to]?.lower === 'public' ? tokens[seg.to + 1] : tokens[seg.to];
    if (
      medium?.kind === 'word' &&
      medium.text === medium.lower &&
      MEDIA_KINDS.has(medium.text) &&
      !country &&
      !knownPlace &&
      // (not the tail of a name split off a place: "France Info radio")
      !tokens[seg.from - 1]?.cap
    )
      scores.organisation += 3;
    // A company's officer before "of": "chairman of Reliance Jio Infocomm", "founder of Minh Phu".
    if (
      before?.lower === 'of' &&
      before2?.kind === 'word' &&
      CORPORATE_ROLES.has(before2.lower) &&
      !country &&
      !knownPlace
    )
      scores.organisation += 3;
    // A person's home town in apposition: "His daughter, Anne Lyle, of Bloxwich, said".
    if (
      before?.lower === 'of' &&
      before2?.text === ',' &&
      tokens[seg.from - 3]?.cap &&
      tokens[seg.from - 3]?.kind === 'word' &&
      tokens[seg.to]?.text === ',' &&
      words.length <= 2 &&
      !ORG_HEADS.has(lastWord)
    )
      scores.place += 2.5;
    // A see or a seat after a titled person's name and "of": "Bishop Zhang Weiming of Xinxiang",
    // "Metropolitan Ioannis of Chalcedon", "Mayor Ana Ruiz of Valencia" (a church's or a
    // territory's title, not a company's officer).
    if (before?.text === 'of' && before2?.cap && before2.kind === 'word' && !g && words.length <= 2) {
      let p = seg.from - 2;
      while (
        p > seg.from - 6 &&
        tokens[p]?.cap &&
        tokens[p]?.kind === 'word' &&
        tokens[p]?.sentence === first.sentence
      )
        p--;
      if (p < seg.from - 2 && SEE_TITLES.has(tokens[p + 1]?.lower ?? '')) scores.place += 4;
    }
    // Context after the name.
    const after = tokens[seg.to];
    const after2 = tokens[seg.to + 1];
    // "Mr", "Mrs", "Ms" name a person whatever the name: "Mr Lancaster", "Mrs. Preston".
    const honorific = tokens[seg.from - 1]?.text === '.' ? tokens[seg.from - 2] : tokens[seg.from - 1];
    if (honorific?.cap && HONORIFICS.has(honorific.lower) && !country) {
      scores.person += 4;
      if (cand.gender === 'u')
        cand.gender = honorific.lower === 'mr' ? 'm' : honorific.lower === 'mx' ? 'u' : 'f';
    }
    // An age in commas is a person's: "Jordan Lake, 26, of Portland".
    if (
      after?.text === ',' &&
      after2?.kind === 'num' &&
      after2.text.length <= 3 &&
      tokens[seg.to + 2]?.text === ',' &&
      words.length >= 2 &&
      !country
    )
      scores.person += 3;
    // "Kent, Ohio", "Goffstown, New Hampshire" but not "Hernan Dario Gomez, Panama coach" or
    // "Chandni Raina, India's delegate".
    const inPlace =
      after?.text === ',' && !!after2 && after2.cap ? placeMatch(seg.to + 1, seg.to + 5) : undefined;
    const after3 = tokens[seg.to + 1 + (inPlace?.len ?? 1)];
    if (
      inPlace &&
      !(after3?.kind === 'word' && after3.text === after3.lower && !FUNCTION_WORDS.has(after3.lower)) &&
      !(after3?.kind === 'poss' && roleAfter(seg.to + 2 + (inPlace?.len ?? 1)) !== undefined) &&
      words.length <= 3
    )
      scores.place += 1.5;
    // A place named before a disaster: "the 2023 Tempi rail crash", "the Grenfell fire" (one unknown
    // word, not a person's name: "the Trump shooting").
    const eventAt =
      after?.kind === 'word' && after.text === after.lower
        ? EVENT_NOUNS_AFTER.has(after.text)
          ? after
          : after2
        : undefined;
    if (
      words.length === 1 &&
      eventAt?.kind === 'word' &&
      eventAt.text === eventAt.lower &&
      EVENT_NOUNS_AFTER.has(eventAt.text) &&
      (before?.lower === 'the' || before?.kind === 'num') &&
      !lex.nameParts.has(key) &&
      !g &&
      !KNOWN_ORGS.has(key) &&
      !lex.companies.has(key)
    )
      scores.place += 1.5;
    // "IG Metall, Germany's biggest union,": a body.
    if (inPlace && after3?.kind === 'poss' && roleAfter(seg.to + 2 + inPlace.len) === 'body')
      scores.organisation += 2;
    // An age in apposition is a person's: "Jutting, 31, ...", "Hale, now 42, ...", "Ruiz, aged 19,".
    const ageAt = after2?.lower === 'now' || after2?.lower === 'aged' ? seg.to + 2 : seg.to + 1;
    const age = tokens[ageAt];
    if (
      after?.text === ',' &&
      age?.kind === 'num' &&
      /^\d{1,3}$/u.test(age.text) &&
      (tokens[ageAt + 1]?.text === ',' || tokens[ageAt + 1]?.text === '.') &&
      !country &&
      !knownPlace
    )
      scores.person += 2;
    // ... and so is a role after "a" in apposition: "Zainab Abubakar, a 23-year-old singer from Kaduna"
    // (even after "went to", which reads as a place's).
    // (not after "in": "In Palma de Mallorca, the president of the regional government said" names
    // where, and the role is the next clause's subject)
    if (!country && !knownPlace && before?.lower !== 'in' && roleInApposition(seg.to)) scores.person += 2;
    // A dateline's town in capitals before its state or country: "CUPERTINO, California —".
    if (
      first.start === 0 || (text.charCodeAt(first.start - 1) === 10 && first.initial)
        ? after?.text === ',' &&
          !!after2 &&
          (lex.countries.has(after2.lower) ||
            lex.places.has(after2.lower) ||
            AP_STATES.has(after2.lower) ||
            AP_INITIALS_STATES.has(after2.lower) ||
            // (a place of two words or more: "RAMALLAH, West Bank (Reuters)")
            !!placeMatch(seg.to + 1, seg.to + 5)) &&
          /^[\p{Lu} .'-]+$/u.test(cand.text)
        : false
    ) {
      scores.place += 3;
      // (more with the dateline's dash or agency after the country, over what the town's words would
      // say elsewhere: "LA RINCONADA, Peru -"; not "CJ ENM, South Korea's largest entertainment company")
      for (let k = seg.to + 2; k < seg.to + 8 && tokens[k]?.sentence === first.sentence; k++) {
        const x = tokens[k]?.text ?? '';
        if (x === '-' || x === '—' || x === '–' || x === '(') {
          scores.place += 3;
          break;
        }
        if (tokens[k]?.kind === 'poss') break;
      }
    }
    // Person evidence to the right: a speech verb, "who", "himself" ("Gomery, who led", "Vega suggested").
    const rightWord = after?.text === ',' ? after2 : after;
    // What names itself is a body, not a person (who names "himself" or "herself"): "a group calling
    // itself Ababil Shadow", "which calls itself Mirrorgate".
    if (
      before?.lower === 'itself' &&
      /^(?:call|calls|called|calling|style|styles|styled|styling)$/u.test(before2?.lower ?? '')
    )
      scores.organisation += 3;
    // "Anthropic, backed by Google", "Hezbollah, backed by Iran": a body.
    if (
      after?.text === ',' &&
      (after2?.lower === 'backed' || after2?.lower === 'owned' || after2?.lower === 'founded') &&
      tokens[seg.to + 2]?.lower === 'by'
    )
      scores.organisation += 1.5;
    // (also past where it is based or who owns it: "Steinbock Motorrad, based in Mattighofen, said it
    // regretted the decision")
    if (!g && saidItPastApposition(tokens, seg.to)) {
      scores.person -= 1;
      scores.organisation += 1.5;
    }
    // A speaker who calls itself "it": "Ticketmaster said it would refund fans", "said its ...".
    if (
      after?.kind === 'word' &&
      (after.text === 'said' || after.text === 'says' || after.text === 'announced') &&
      (after2?.text === 'it' || after2?.text === 'its' || saidItPast(tokens, seg.to + 1)) &&
      // (not an empty "it" opening what is said: "Okonkwo said it was a privilege to serve")
      !(
        after2?.text === 'it' &&
        (tokens[seg.to + 2]?.text === 'was' || tokens[seg.to + 2]?.text === 'is') &&
        /^(?:a|an|the|time|too)$/u.test(tokens[seg.to + 3]?.text ?? '')
      ) &&
      !g &&
      !doubleFamily &&
      // (nor a name of two words after a person's title: "Hitachi chairman Toshiaki Higashihara
      // said it would ...")
      !(words.length >= 2 && TITLE_CORE.has(tokens[seg.from - 1]?.lower ?? ''))
    ) {
      scores.person -= 1;
      scores.organisation += 1.5;
      // (a place's head in a name no list knows as a place is a firm's word then: "Country Garden said
      // it would miss a payment")
      if (!country && !lex.places.has(key) && PLACE_HEADS.has(words[words.length - 1] ?? ''))
        scores.place -= 2;
    }
    // A side next to a match's score is a team: "Arsenal beat Chelsea 2-1", "drew 1-1 with Everton".
    if (
      words.length <= 3 &&
      (goalsAt(tokens, seg.to) ||
        (before?.lower === 'with' && goalsAt(tokens, seg.from - 4)) ||
        (after?.kind === 'word' && MATCH_VERBS.has(after.text) && goalsAt(tokens, seg.to + 1))) &&
      !cand.titled
    ) {
      scores.organisation += 3;
      scores.person -= 1;
    }
    // A town taking "who" and a match's verb is its team: "Liverpool, who play Everton on Wednesday".
    if (
      after?.text === ',' &&
      after2?.text === 'who' &&
      MATCH_VERBS.has(tokens[seg.to + 2]?.text ?? '') &&
      (country || knownPlace) &&
      words.length <= 2
    )
      scores.organisation += 3;
    // A relative named right after the kinship noun and its owner: "her son Nelson", "whose nephew
    // Jordan" (a town's or country's name too).
    const kinOwner = tokens[seg.from - 2];
    if (
      before?.kind === 'word' &&
      KIN_NOUNS.has(before.text) &&
      words.length <= 3 &&
      (kinOwner?.kind === 'poss' || /^(?:his|her|their|whose|my|our|your)$/u.test(kinOwner?.lower ?? ''))
    )
      scores.person += country ? 8 : 4;
    // A relative, named in apposition: "his wife, Begoña Gómez, ..." (even before "which": "...,
    // which he called a campaign of harassment").
    const kinBefore = before?.text === ',' && before2?.kind === 'word' && KIN_NOUNS.has(before2.text);
    if (kinBefore && words.length >= 2 && words.length <= 4 && !country && !knownPlace) scores.person += 2;
    // "Roche, which owns Genentech": a body or a place, not a person.
    // (not a rider or player of two words after a country's possessive, in a list the "which" may
    // close: "a breakaway of eight riders, including Eritrea's Natnael Tesfay and Norway's Sindre
    // Aasland, which was caught")
    else if (
      after?.text === ',' &&
      rightWord?.lower === 'which' &&
      !(
        words.length === 2 &&
        before?.kind === 'poss' &&
        lex.countries.has(before2?.lower ?? '') &&
        tokens[seg.from - 3]?.lower === 'and' &&
        !words.some((w) => ORG_HEADS.has(w) || lex.commonWords.has(w))
      )
    ) {
      scores.person -= 1.5;
      scores.organisation += 1;
      // (more when a verb of a body follows: "Astilleros del Cantábrico, which is based in Santander")
      const verb = tokens[seg.to + 2];
      const verb2 = tokens[seg.to + 3];
      if (
        (verb?.text === 'is' || verb?.text === 'was' || verb?.text === 'has') &&
        verb2?.kind === 'word' &&
        /^(?:based|headquartered|owned|listed|controlled|run|registered|majority-owned|state-owned|privately)$/u.test(
          verb2.text,
        )
      )
        scores.person -= 3;
      else if (
        verb?.kind === 'word' &&
        /^(?:employs|operates|owns|makes|runs|builds|produces|sells)$/u.test(verb.text)
      )
        scores.person -= 3;
    }
    // A body described by where it sits or who owns it: "Kardemir, based in Karabuk, gained", "Enka,
    // headquartered in Istanbul," (a person "based in" a town only with a given name: "Ana Ruiz, based
    // in Lima,").
    else if (
      after?.text === ',' &&
      rightWord?.kind === 'word' &&
      (/^(?:headquartered|listed|majority-owned|state-owned|family-owned)$/u.test(rightWord.text) ||
        (rightWord.text === 'based' &&
          words.length === 1 &&
          !lex.firstNames.has(key) &&
          !lex.nameParts.has(key))) &&
      !country &&
      !knownPlace
    ) {
      scores.person -= 3;
      scores.organisation += 1.5;
    }
    // A person's office in apposition, with no article, before "of", "at" or "for" and the body:
    // "Celyeste Power, president and chief executive of the Insurance Bureau of Canada," (a name like a
    // body's, "Power", outweighed).
    if (
      after?.text === ',' &&
      after2?.kind === 'word' &&
      after2.text === after2.lower &&
      (TITLE_CORE.has(after2.text) || OFFICE_OPENERS.has(after2.text)) &&
      words.length >= 2 &&
      words.length <= 3 &&
      !country &&
      !knownPlace &&
      !KNOWN_ORGS.has(joined) &&
      !lex.companies.has(key)
    ) {
      let k = seg.to + 2;
      while (
        k < seg.to + 7 &&
        tokens[k]?.kind === 'word' &&
        tokens[k]?.text === tokens[k]?.lower &&
        !/^(?:of|at|for)$/u.test(tokens[k]?.text ?? '')
      )
        k++;
      if (/^(?:of|at|for)$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.kind === 'word')
        scores.person += 4;
    }
    // A work described in apposition: "Egypt Station, his first album", "Oppenheimer, the film".
    if (after?.text === ',' && after2?.kind === 'word' && WORK_OWNERS.has(after2.text) && words.length <= 4) {
      let work = false;
      for (let k = seg.to + 2; k < seg.to + 6 && !work; k++) {
        const w = tokens[k];
        if (!w || w.kind !== 'word' || w.text !== w.lower) break;
        const next = tokens[k + 1];
        // (the kind of work heads the description: not "Jensen Huang, the chip designer's founder",
        // "Ava Lund, the film director")
        // (nor a person of a trade further on: "Ji-woo Park, an aircraft leasing executive")
        // (nor a body's kind after it: "Ancine, the national film agency")
        work =
          WORK_KINDS.has(w.text) &&
          // (a processor of goods is a trade: "Comfort Awotwe, a fish processor")
          !(w.text.startsWith('processor') && PROCESSED_GOODS.has(tokens[k - 1]?.text ?? '')) &&
          next?.kind !== 'poss' &&
          !tradeWithin(tokens, k + 1) &&
          !(next?.kind === 'word' && (BODY_KINDS.has(next.lower) || ORG_HEADS.has(next.lower))) &&
          // (also one word further on: "Savanna Silicon, a chip design firm")
          !(
            next?.kind === 'word' &&
            next.text === next.lower &&
            tokens[k + 2]?.kind === 'word' &&
            (BODY_KINDS.has(tokens[k + 2]?.text ?? '') || ORG_HEADS.has(tokens[k + 2]?.text ?? ''))
          );
      }
      if (work) {
        productKeys.add(key);
        continue;
      }
    }
    // A product described in apposition: "Xolair, a drug made by Genentech", "Threads, an app".
    // (a country's possessive stands for "the": "Anvisa, Brazil's health regulator,")
    const ownerPlace = after?.text === ',' ? placeMatch(seg.to + 1, seg.to + 4) : undefined;
    // (so does another body's: "Kia, Hyundai's sister company,")
    let ownerWords = 0;
    while (
      ownerWords < 3 &&
      tokens[seg.to + 1 + ownerWords]?.kind === 'word' &&
      tokens[seg.to + 1 + ownerWords]?.cap
    )
      ownerWords++;
    const ownerEnd =
      ownerPlace?.code && tokens[seg.to + 1 + ownerPlace.len]?.kind === 'poss'
        ? seg.to + 2 + ownerPlace.len
        : after?.text === ',' && ownerWords > 0 && tokens[seg.to + 1 + ownerWords]?.kind === 'poss'
          ? seg.to + 2 + ownerWords
          : -1;
    // ("another" as "a": "Red Sea Global, another PIF-backed developer,")
    const article = ownerEnd > 0 ? 'the' : after2?.lower === 'another' ? 'a' : after2?.lower;
    if (
      after?.text === ',' &&
      (article === 'a' || article === 'an' || article === 'the') &&
      words.length <= 3
    ) {
      // (over an owner's possessive: "Ausgrid, the state's largest electricity distributor", and
      // over a name: "Rodri, the Manchester City midfielder")
      let named = false;
      // A person's age before a person's noun: "Amrita Sandhu, a 34-year-old nurse from Truro".
      if (
        tokens[seg.to + 2]?.kind === 'num' &&
        tokens[seg.to + 3]?.text === '-' &&
        tokens[seg.to + 4]?.lower === 'year-old' &&
        (PEOPLE_BY_TRADE.has(tokens[seg.to + 5]?.lower ?? '') ||
          QUALIFIED_PEOPLE_NOUNS.has(tokens[seg.to + 5]?.lower ?? '') ||
          ROLE_NOUNS.has(tokens[seg.to + 5]?.lower ?? '') ||
          AGED_PEOPLE.has(tokens[seg.to + 5]?.lower ?? ''))
      )
        scores.person += 3;
      for (let k = ownerEnd > 0 ? ownerEnd : seg.to + 2; k < seg.to + 8; k++) {
        const w = tokens[k];
        // (over where it is based: "Eurogas, the Brussels-based association", or who backs it:
        // "another PIF-backed developer")
        if (
          w?.cap &&
          (basedAt(k) || (tokens[k + 1]?.text === '-' && BACKER_TAILS.has(tokens[k + 2]?.text ?? '')))
        ) {
          k += 2;
          continue;
        }
        if (w?.kind === 'poss' && k > seg.to + 2) continue;
        if (w?.kind === 'word' && w.cap && !named && words.length === 1 && !isAcronym(w)) {
          named = true;
          continue;
        }
        if (named && w?.kind === 'word' && w.cap) continue;
        // (over a nationality: "Bavarian Nordic, the Danish maker of the vaccine,"; also two joined:
        // "the Senegalese-American startup")
        if (w?.cap && lex.demonyms.has(w.lower)) continue;
        // (also of two words: "Hana Micron, a South Korean packaging company,")
        if (w?.cap && tokens[k + 1]?.cap && lex.demonyms.has(`${w.lower} ${tokens[k + 1]?.lower ?? ''}`)) {
          k++;
          continue;
        }
        if (w?.cap && w.lower.includes('-') && w.lower.split('-').every((d) => lex.demonyms.has(d))) continue;
        // (over a superlative's adverb: "Hayat Tahrir al-Sham, the most powerful rebel group")
        if (w?.text === 'most' || w?.text === 'least') continue;
        // (over initials qualifying the kind: "Humain, a new AI company", "Kestrix, an AI company")
        if (
          w?.kind === 'word' &&
          isAcronym(w) &&
          w.text !== 'NGO' &&
          tokens[k + 1]?.kind === 'word' &&
          tokens[k + 1]?.text === tokens[k + 1]?.lower
        )
          continue;
        // (the initials "NGO" count as its lower-case kind: "Walhi, Indonesia's largest environmental NGO")
        if (
          !w ||
          w.kind !== 'word' ||
          (w.text !== w.lower && w.text !== 'NGO') ||
          FUNCTION_WORDS.has(w.lower)
        )
          break;

        // (a kind of two words, at the phrase's end: "Mertek Media Monitor, a Budapest-based think tank,")
        if (w.text === 'think' && tokens[k + 1]?.text === 'tank') {
          const then = tokens[k + 2];
          if (!then || then.kind !== 'word' || FUNCTION_WORDS.has(then.text)) scores.organisation += 3;
          break;
        }
        // (the product heads the phrase: not "an obesity medicine physician", "a car dealer")
        // (also further on: "an aircraft leasing executive")
        if (APPOSITION_PRODUCTS.has(w.lower) && article !== 'the' && !tradeWithin(tokens, k + 1)) {
          productKeys.add(key);
          break;
        }
        // ... or a body: "Manos Limpias, an anti-corruption group", "Ukrenergo, the state grid operator"
        // (the head of the phrase, not a word before its member: "the company's founder", "a party member").
        // (nor before a person's job: "a primary school teacher", "a bank manager")
        const next = tokens[k + 1];
        // (over a plural's possessive qualifying the kind: "Pro Bahn, a national passengers'
        // association,")
        if (
          (next?.text === "'" || next?.text === '’') &&
          next.start === w.end &&
          w.lower.endsWith('s') &&
          tokens[k + 2]?.kind === 'word' &&
          tokens[k + 2]?.text === tokens[k + 2]?.lower
        ) {
          k++;
          continue;
        }
        // (nor a body's name of "of" and one word before its member: "the ministry of health's chief
        // medical adviser")
        // (a member's lower-case role after the possessive: not "a subsidiary of France's ENF")
        const ownerOf =
          next?.lower === 'of' &&
          tokens[k + 2]?.kind === 'word' &&
          tokens[k + 3]?.kind === 'poss' &&
          tokens[k + 4]?.kind === 'word' &&
          tokens[k + 4]?.text === tokens[k + 4]?.lower;
        if (
          ownerOf ||
          (next &&
            (next.kind === 'poss' ||
              (next.kind === 'word' &&
                (TITLE_WORDS.has(next.lower) ||
                  BODY_MEMBER_NOUNS.has(next.lower) ||
                  jobAfterKind(next) ||
                  // (a kind qualifying the next: "the union body's general secretary")
                  (next.text === next.lower && BODY_KINDS.has(next.text))))))
        )
          continue;
        // (no apposition but the sentence's subject before its verb: "in Patima Chalandri, the fire
        // service said")
        if (next?.kind === 'word' && next.text === next.lower && CUE_VERBS.has(next.text)) break;
        // (nor before an auxiliary: "According to chief executive Anne Rigail, the airline has since
        // inspected")
        // (a one-word name keeps the reading: "According to Rzeczpospolita, the ministry has")
        if (next?.kind === 'word' && CLAUSE_AUXILIARIES.has(next.text) && words.length >= 2) break;
        // (no apposition but the next in a list, named after its own kind: "Lana Del Rey, the Irish
        // band Fontaines D.C.")
        // (a list's members share their kind, though: "Smurfit Kappa, the gambling group Flutter")
        if (next?.kind === 'word' && next.cap && !isAcronym(next)) {
          if (!g && BODY_KINDS.has(w.lower)) scores.organisation += 1.5;
          break;
        }
        // (a kind that is also a job, after a person's name of two words or more: "Jos Kuipers, a
        // crane operator with 27 years' service," but "Ukrenergo, the state grid operator")
        if (
          PERSON_KINDS.has(w.lower) &&
          words.length >= 2 &&
          // (not a body's trade: "Tarsen Holm, the Danish maker of hearing aids"; but a given name's bearer
          // makes a work whose title is quoted: "Anjali Menon, the producer of \"Backwaters,\"")
          (next?.lower !== 'of' || (!!g && /^["“‘']$/u.test(tokens[k + 2]?.text ?? ''))) &&
          (article !== 'the' || !!g) &&
          // (a known given name before an unknown surname too: "Haile Gebremariam, a tour operator")
          (!!g ||
            lex.nameParts.has(lastWord) ||
            (words.length === 2 &&
              lex.nameParts.has(words[0] ?? '') &&
              !lex.commonWords.has(words[0] ?? ''))) &&
          !lex.commonWords.has(lastWord) &&
          !ORG_HEADS.has(lastWord) &&
          !KNOWN_ORGS.has(joined) &&
          !lex.companies.has(key) &&
          !country &&
          !knownPlace
        ) {
          scores.person += 1.5;
          break;
        }
        // (not a state placing the town before it: "In Troy, Ohio, the supplier cut jobs")
        if (BODY_KINDS.has(w.lower) && !(tokens[seg.from - 1]?.text === ',' && lex.regions.has(key))) {
          // (a kind before "who" is a person's trade, "which" a body's: "Eusebio Quispe, a miner who
          // arrived from Juliaca")
          if (next?.lower === 'who') scores.person += 2;
          else scores.organisation += 3;
          break;
        }
        // A trade that firms and people share, made a firm's by "the" and a qualifier and a name no
        // person has: "Webuild, the Italian builder," and "Vitol, the Swiss-based trader," (but "Ana
        // Ruiz, a builder", "Rossi, the builder", "Bloom, the Dutch trader" stay).
        if (
          FIRM_OR_PERSON_TRADES.has(w.lower) &&
          article === 'the' &&
          k > seg.to + 2 &&
          !g &&
          words.length <= 2 &&
          !lex.nameParts.has(lastWord) &&
          !lex.firstNames.has(words[0] ?? '') &&
          !country &&
          !knownPlace
        ) {
          scores.organisation += 3;
          break;
        }
        // ... or a person, by a role that only people have: "Rodri, the Manchester City midfielder".
        if (PEOPLE_BY_TRADE.has(w.lower) && words.length === 1 && !country && !knownPlace) {
          scores.person += 2;
          break;
        }
        // ... or a place: "Ortavia, a small island nation", "Vuhledar, a town in the Donetsk region"
        // (the head of the phrase again: not "a city council", "a town official").
        const placeHead =
          !g &&
          APPOSITION_PLACES.has(w.lower) &&
          next?.kind !== 'poss' &&
          !(
            next?.kind === 'word' &&
            next.text === next.lower &&
            !FUNCTION_WORDS.has(next.lower) &&
            // (a participle describing the place goes on: "the jungle-covered temple made famous by")
            !/^(?:made|built|known|founded|located|situated|seen|[a-z]{3,}ed)$/u.test(next.lower)
          );
        if (placeHead) {
          scores.place += 3;
          break;
        }
      }
    }
    // A name whose price moves by a figure is a listed company or an index: "Rightmove fell 4%",
    // "shares of Acme jumped 12 percent".
    const moveBy = tokens[seg.to + 1];
    const unit = tokens[seg.to + 2]?.text ?? '';
    if (
      after?.kind === 'word' &&
      MARKET_VERBS.has(after.text) &&
      moveBy?.kind === 'num' &&
      (unit === '%' || unit === 'percent' || unit === 'per' || unit === 'points') &&
      !country &&
      !knownPlace &&
      !cand.titled &&
      !lex.firstNames.has(key)
    )
      scores.organisation += 2;
    // The body a spokesperson speaks for: "A spokeswoman for Iberia said" (the verb is the
    // spokeswoman's).
    const spokenFor =
      before?.lower === 'for' &&
      (SPOKESPERSON_WORDS.has(before2?.lower ?? '') || before2?.lower === 'spokespeople') &&
      !g &&
      // (not a family name: "a spokesman for Trump")
      !lex.nameParts.has(lastWord) &&
      !cand.titled &&
      !country &&
      !knownPlace;
    if (spokenFor) scores.organisation += 2;
    const personCue =
      (!spokenFor && after?.kind === 'word' && PERSON_AFTER.has(after.lower)) ||
      (rightWord?.kind === 'word' && (rightWord.lower === 'who' || rightWord.lower === 'whose'));
    // (less for everyday words no name has: "Humanitarian Action said" is a body's name)
    const plainWords =
      words.length >= 2 &&
      words.every((w) => lex.commonWords.has(w) && !lex.nameParts.has(w) && !lex.firstNames.has(w));
    if (personCue)
      scores.person += words.length === 1 && ambiguousStart(first) ? 1 : plainWords ? 0.25 : 0.75;
    // (no place is a "who": "handing victory to Mirela Dragomir, who became")
    if (
      rightWord?.kind === 'word' &&
      (rightWord.lower === 'who' || rightWord.lower === 'whose') &&
      !country &&
      !knownPlace &&
      !headed &&
      // (the "who" of a description holding the place: "a nurse from Westport who", "an officer
      // based in Leh, who")
      !(before && before.text !== 'to' && (PLACE_PREPOSITIONS.has(before.text) || before.text === 'of'))
    )
      scores.place -= 2;
    // A lone unknown name opening a sentence as the subject of a verb ("Trudeau will", "Dündar warned")
    // is most often a person: places and organisations there are mostly known ones.
    else if (
      words.length === 1 &&
      ambiguousStart(first) &&
      !country &&
      !knownPlace &&
      scores.organisation <= 0 &&
      scores.place <= 0 &&
      after?.kind === 'word' &&
      after.start === last.end + 1 &&
      (LONE_NAME_VERBS.has(after.text) || (after.text.length >= 5 && /^\p{Ll}+ed$/u.test(after.text))) &&
      !looksLikeCommonNoun(key, lex)
    )
      scores.person += lex.nameParts.has(key) ? 0.75 : 0.5;
    // "London-based", "Chicago-born" (a compound's head), not "Andy -- and" or "Oscar-winning".
    const compoundTail = after?.text === '-' && after.start === last.end ? after2 : after;
    // (joined by its hyphen it says where, whatever else the word names: "a Delft-based firm")
    if (compoundTail?.kind === 'word' && PLACE_COMPOUND_TAILS.has(compoundTail.lower))
      scores.place += compoundTail === after2 && words.length <= 2 ? 4 : 1;
    // (a market in initials is a stock market's: "London's AIM market")
    if (
      after?.kind === 'word' &&
      PLACE_KIND_AFTER.has(after.lower) &&
      !(after.lower === 'market' && isAcronym(first))
    ) {
      scores.place += 2;
      // (more after "the" and an area's kind: "the crowded Dar Saad district")
      const lead = tokens[seg.from - 1]?.lower === 'the' ? seg.from - 1 : seg.from - 2;
      if (
        AREA_KIND_AFTER.has(after.lower) &&
        after.text === after.lower &&
        ((tokens[lead]?.lower === 'the' &&
          (lead === seg.from - 1 || tokens[seg.from - 1]?.text === tokens[seg.from - 1]?.lower)) ||
          // (or after a town's possessive: "Riyadh's Al Malqa district")
          tokens[seg.from - 1]?.kind === 'poss')
      )
        scores.place += 2;
      // (a company named after its region is not the region: "the Chubu region", "the Kansai region")
      if (
        (AREA_KIND_AFTER.has(after.lower) || after.lower === 'region') &&
        after.text === after.lower &&
        words.length === 1 &&
        lex.companies.has(key) &&
        !KNOWN_ORGS.has(joined)
      )
        scores.place += 4;
    }
    // ... over one or two words saying what kind of it: "its Shika nuclear power plant", "the El Salto
    // industrial corridor", "the City Deep inland terminal".
    else if (after?.kind === 'word' && after.text === after.lower && KIND_MODIFIERS.has(after.text)) {
      let k = seg.to + 1;
      if (KIND_MODIFIERS.has(tokens[k]?.text ?? '')) k++;
      const kind = tokens[k];
      if (
        kind?.kind === 'word' &&
        kind.text === kind.lower &&
        PLACE_KIND_AFTER.has(kind.text) &&
        kind.text !== 'market'
      )
        scores.place += 2;
    }
    // ... and so is the first of two names before a plural kind: "the Eraring and Yallourn power
    // stations", "the Ruwais and Habshan facilities" (the second is taken below or above).
    const pairKind = tokens[seg.to + 2];
    if (
      words.length === 1 &&
      after?.text === 'and' &&
      after2?.cap &&
      after2.kind === 'word' &&
      pairKind?.kind === 'word' &&
      pairKind.text === pairKind.lower &&
      (FACILITY_PLURALS.has(pairKind.text) ||
        (PLACE_KIND_AFTER.has(pairKind.text) && pairKind.text.endsWith('s')) ||
        (!FUNCTION_WORDS.has(pairKind.text) && FACILITY_PLURALS.has(tokens[seg.to + 3]?.text ?? '')))
    )
      scores.place += 2;
    // ... and bodies before a plural kind of body: "the Tivoli and Vila Galé chains", "the Altamira and
    // SuperVecino brands" (one word each side, or two).
    const bodyPairKind = tokens[seg.to + 1 + (tokens[seg.to + 2]?.cap ? 2 : 1)];
    if (
      words.length <= 2 &&
      after?.text === 'and' &&
      after2?.cap &&
      after2.kind === 'word' &&
      bodyPairKind?.kind === 'word' &&
      bodyPairKind.text === bodyPairKind.lower &&
      (ORG_KIND_PLURALS.has(bodyPairKind.text) || bodyPairKind.text === 'brands') &&
      !country
    )
      scores.organisation += 3;
    // (the second of them, right before the kind)
    if (
      words.length <= 2 &&
      before?.text === 'and' &&
      after?.kind === 'word' &&
      after.text === after.lower &&
      (ORG_KIND_PLURALS.has(after.text) || after.text === 'brands') &&
      tokens[seg.from - 2]?.cap &&
      !country
    )
      scores.organisation += 3;
    // "in Namangan and nearby Andijan", "neighbouring Tarnów": a place beside another.
    if (before?.kind === 'word' && NEARBY.has(before.text) && words.length <= 2) scores.place += 3;
    // ... or after a modifier: "the Natanz enrichment site", "the Zaporizhzhia nuclear plant".
    else if (
      after?.kind === 'word' &&
      after.text === after.lower &&
      !FUNCTION_WORDS.has(after.text) &&
      after2?.kind === 'word' &&
      after2.text === after2.lower &&
      (FACILITY_WORDS.has(after2.text) || FACILITY_PLURALS.has(after2.text)) &&
      words.length === 1
    )
      scores.place += 2;
    // Where a body has its seat: "at its Cupertino headquarters", "their Austin campus".
    if (
      after?.kind === 'word' &&
      SEAT_NOUNS.has(after.text) &&
      before?.kind === 'word' &&
      (before.lower === 'its' || before.lower === 'their')
    )
      scores.place += 3;
    // An instance of a kind named before "such as": "neo-pagan religions, such as Wicca", "countries
    // such as Chad", "stars such as Zendaya".
    // (and "suburbs like Coomera", "Villages including Atcham": places only)
    // (over "the" before a river's name: "rivers including the Santerno")
    const likeAt = before?.lower === 'the' ? seg.from - 2 : seg.from - 1;
    const likeWord = tokens[likeAt]?.lower;
    // (bodies too, and the list's later items: "grocery chains including Loblaw and Sobeys")
    const likeLead = likeWord === 'like' || likeWord === 'including' ? likeAt : leadOfList;
    const likeLeadWord = tokens[likeLead]?.lower;
    // (over a comma: "several towns, including Ninove")
    const likeKind = tokens[likeLead - 1]?.text === ',' ? tokens[likeLead - 2] : tokens[likeLead - 1];
    if ((likeLeadWord === 'like' || likeLeadWord === 'including') && likeKind?.kind === 'word') {
      if (SUCH_AS_PLACES.has(likeKind.lower)) scores.place += 2;
      else if (likeKind.text === likeKind.lower && SUCH_AS_BODIES.has(likeKind.text))
        scores.organisation += 2;
    }
    // (also a later item of the list: "temples such as Tanah Lot and Besakih")
    let suchAt = before?.lower === 'as' && before2?.lower === 'such' ? seg.from : -1;
    if (suchAt < 0 && tokens[leadOfList]?.lower === 'as' && tokens[leadOfList - 1]?.lower === 'such')
      suchAt = leadOfList + 1;
    if (suchAt >= 0) {
      const kindAt = tokens[suchAt - 3]?.text === ',' ? suchAt - 4 : suchAt - 3;
      const kind = tokens[kindAt];
      // (the kind may open the sentence: "Towns such as Faenza")
      if (kind?.kind === 'word' && (kind.text === kind.lower || kind.initial)) {
        if (SUCH_AS_BODIES.has(kind.lower)) scores.organisation += 2;
        else if (SUCH_AS_PLACES.has(kind.lower)) scores.place += 2;
        else if (SUCH_AS_PEOPLE.has(kind.lower)) scores.person += 2;
      }
    }
    // A body named before its kind ("the Scientology organization", "the Acme company") or as what
    // one is a member of ("a member of Scientology").
    // (also over one lower-case word: "the Magen David Adom ambulance service", not a known place's
    // "the London ambulance service")
    if (after?.kind === 'word' && after.text === after.lower && !country) {
      // ("its Shopping service" names a product; "the X ambulance service" a body.)
      if (ORG_KIND_AFTER.has(after.lower) && after.lower !== 'service') scores.organisation += 2;
      else if (
        !knownPlace &&
        after2?.kind === 'word' &&
        after2.text === after2.lower &&
        ORG_KIND_AFTER.has(after2.lower) &&
        !FUNCTION_WORDS.has(after.lower) &&
        !after.lower.endsWith('ed') && // a verb: "Amtrak suspended service"
        !CUE_VERBS.has(after.lower) && // (or one of speech: "the Seventh Ward said service had")
        first.sentence === after.sentence && // (not the next sentence's: "... Shopping. Google Shopping ...")
        after.start === last.end + 1
      )
        scores.organisation += 2;
    }
    if (
      before?.lower === 'of' &&
      (before2?.text === 'member' || before2?.text === 'members') &&
      !country &&
      !knownPlace
    )
      scores.organisation += 2;
    // A party or movement named before its kind: "the ruling Morena party", "the Likud party".
    if (after?.kind === 'word' && after.text === after.lower && PARTY_NOUNS.has(after.lower) && !country) {
      scores.organisation += 5;
      partyKeys.add(key);
    }
    // A town joined over a small word: "Ashton-under-Lyne", "Stoke-on-Trent", "Châlons-en-Champagne".
    if (
      words.length === 1 &&
      first.text.indexOf('-') > 0 &&
      /^\p{Lu}[\p{L}']+-(?:on|upon|under|le|la|en|sur|am|an|de|in)-\p{Lu}/u.test(first.text)
    )
      scores.place += 3;
    // A team before its people: "the Red Bull driver", "Ferrari team principal Frederic Vasseur".
    if (
      after?.kind === 'word' &&
      after.text === after.lower &&
      TEAM_MEMBER_NOUNS.has(after.lower) &&
      !country &&
      !knownPlace &&
      (before?.lower === 'the' || !!tokens[seg.to + 1]?.cap || !!tokens[seg.to + 2]?.cap)
    )
      scores.organisation += 3.5;
    // A US state as AP datelines abbreviate it: "SANTA CLARA, Calif. —".
    if (
      words.length === 1 &&
      AP_STATES.has(key) &&
      before?.text === ',' &&
      after?.text === '.' &&
      after.start === last.end
    )
      scores.place += 4;
    // ... or by its initials: "ASHEVILLE, N.C. —".
    if (words.length === 1 && AP_INITIALS_STATES.has(key) && before?.text === ',') scores.place += 4;
    // ... and alone, not after a year ("commits B.C. to", not "500 B.C.")
    else if (words.length === 1 && AP_INITIALS_STATES.has(key) && before?.kind !== 'num') scores.place += 3;
    // A town's or state's officer after its name: "the Wexford mayor", "Ohio governor Ann Cole".
    if (
      after?.kind === 'word' &&
      (after.lower === 'mayor' || after.lower === 'governor') &&
      (after.text === after.lower || tokens[seg.to + 1]?.cap === true) &&
      words.length <= 3
    )
      scores.place += 2;
    if (after?.kind === 'word' && legalSuffixToken(after)) scores.organisation += 3;
    // A publication's name before what it is: "Rolling Stone magazine".
    // ("a London tabloid" is where the paper is.)
    if (after?.kind === 'word' && PUBLICATION_NOUNS.has(after.text) && !country && !knownPlace)
      scores.organisation += 3;
    // A planet alone is a place ("about the mass of Saturn"); its name after a given name is a
    // person's ("Venus Williams"), and a lone mention of that person joins her in clustering.
    if (words.length === 1 && PLANETS.has(key)) scores.place += 2;
    // Where someone unnamed is from: "The man, from Thornton Heath,", "a woman from Castle Bromwich".
    if (before?.text === 'from') {
      const w = tokens[seg.from - 2]?.text === ',' ? tokens[seg.from - 3] : tokens[seg.from - 2];
      if (w?.kind === 'word' && ORIGIN_NOUNS.has(w.text)) scores.place += 3;
    }
    // An unknown word before a known family name: a foreign given name ("Begoña Gómez").
    if (
      words.length === 2 &&
      !lex.firstNames.has(words[0] ?? '') &&
      !lex.nameParts.has(words[0] ?? '') &&
      !lex.commonWords.has(words[0] ?? '') &&
      lex.nameParts.has(lastWord) &&
      !lex.commonWords.has(lastWord) &&
      !country &&
      !knownPlace &&
      !ORG_HEADS.has(words[0] ?? '') &&
      !PLACE_HEADS.has(words[0] ?? '') &&
      !lex.places.has(words[0] ?? '') &&
      !lex.places.has(lastWord) &&
      tokens[seg.from]?.cap &&
      tokens[seg.from + 1]?.cap
    )
      scores.person += 1;
    // A town after a body or a building named in it: "St Cuthbert's Academy in Marlow Green",
    // "Leeds General Infirmary in Leeds".
    if (
      (before?.text === 'in' || before?.text === 'near') &&
      before2?.cap &&
      before2.kind === 'word' &&
      (ORG_HEADS.has(before2.lower) ||
        (PLACE_HEADS.has(before2.lower) && !WEAK_PLACE_HEADS.has(before2.lower))) &&
      words.length <= 3
    )
      scores.place += 2;
    // The ends of a road, line or route: "the road between Portinscale and Stair", "the 31 between
    // Thirsk and Northallerton" (not "talks between Biden and Xi").
    if (words.length <= 3 && !country && routeEndAt(tokens, seg.from)) scores.place += 3;
    // An Irish county by its short title: "Co Sligo", "Co. Antrim".
    if (words.length >= 2 && first.text === 'Co' && !lex.commonWords.has(words[1] ?? '')) scores.place += 4;
    // A moon, asteroid or comet after its kind is a place, as the planets are: "the Martian moon
    // Phobos", "the asteroid Ryugu".
    if (words.length <= 2 && before?.kind === 'word' && ASTRO_KINDS.has(before.text)) scores.place += 4;
    // A natural feature before its kind: "the Eyjafjallajökull volcano", "the Amazon rainforest".
    if (after?.kind === 'word' && NATURE_KINDS.has(after.text)) scores.place += 3;
    // An employer after a person's full name and "of": "analyst Tom D'Angelo of Piper Sandler" (not a
    // place: "Richard Lussick of Samoa"; not a family: "the son of John Smith").
    if (
      before?.text === 'of' &&
      before2?.cap &&
      before2.kind === 'word' &&
      tokens[seg.from - 3]?.cap &&
      tokens[seg.from - 3]?.kind === 'word' &&
      // (a given name the lists lack will do after a title: "Analyst Arief Nugroho of Mandiri Sekuritas")
      (lex.firstNames.has(tokens[seg.from - 3]?.lower ?? '') ||
        ((TITLE_WORDS.has(tokens[seg.from - 4]?.lower ?? '') ||
          OFFICER_ROLES.has(tokens[seg.from - 4]?.lower ?? '')) &&
          tokens[seg.from - 4]?.cap &&
          !lex.commonWords.has(tokens[seg.from - 3]?.lower ?? ''))) &&
      before2.sentence === first.sentence &&
      !country &&
      !knownPlace &&
      words.length <= 3 &&
      // (nor a town an aside locates: "Sen. Abdirahman Warsame of Hudson, near the Minnesota border")
      !locatedAt(tokens, seg.to)
    )
      scores.organisation += 4;
    // ... which is a place after "of", "from" or "in": "of Hudson, near the Minnesota border", "from
    // Ruskin, north of Tampa".
    if (
      words.length <= 3 &&
      !country &&
      (before?.text === 'of' || before?.text === 'from' || before?.text === 'in') &&
      locatedAt(tokens, seg.to)
    )
      scores.place += 3;
    // A body after where it is based: "Lagos-based FBNQuest", "the London-based Refinitiv".
    if (
      before?.text === 'based' &&
      tokens[seg.from - 2]?.text === '-' &&
      tokens[seg.from - 2]?.end === before.start &&
      !g &&
      !country &&
      !knownPlace
    )
      scores.organisation += 3;
    // A news outlet quoting someone: "Interfax quoted Dmitry Peskov as saying".
    if (after?.text === 'quoted' && words.length <= 2) {
      for (let k = seg.to + 2; k <= seg.to + 5; k++) {
        const w = tokens[k];
        if (!w || w.sentence !== first.sentence || w.kind !== 'word') break;
        if (w.text === 'as' && tokens[k + 1]?.text === 'saying') {
          scores.organisation += 2;
          break;
        }
      }
    }
    // A journal after "published (...) in": "a study published on Wednesday in Nature".
    if (before?.text === 'in' && !country && !knownPlace) {
      for (let k = seg.from - 2; k >= seg.from - 5 && k >= 0; k--) {
        const w = tokens[k] as Token;
        if (w.kind !== 'word' || w.sentence !== first.sentence) break;
        if (w.text === 'published' || w.text === 'appeared') {
          scores.organisation += 3;
          break;
        }
      }
    }
    // A body's kind opening its name: "Network Rail", "Studio Ghibli", "Bank Negara Malaysia".
    if (words.length >= 2 && words.length <= 4 && NAME_OPENING_KINDS.has(words[0] ?? '') && !g)
      scores.organisation += 2;
    // A name defining its initials in brackets is a body's, unless a place's: "Médecins Sans
    // Frontières (MSF)" (not "Democratic Republic of Congo (DRC)").
    if (
      words.length >= 2 &&
      after?.text === '(' &&
      tokens[seg.to + 2]?.text === ')' &&
      !country &&
      !knownPlace &&
      ((isAcronym(tokens[seg.to + 1] as Token) &&
        stripDots(tokens[seg.to + 1]?.lower ?? '') === initialsOf(words)) ||
        linkedInitials(tokens[seg.to + 1] as Token, tokens, seg.from, seg.to))
    )
      scores.organisation += 3;
    // A party named in the plural after a word of its own: "Free Democrats", "Sweden Democrats".
    if (words.length >= 2 && words.length <= 3 && PARTY_PLURALS.has(lastWord)) scores.organisation += 4;
    // A Japan Railways company: "JR East", "JR Kyushu" (not a person's initials: "JR Smith").
    if (
      words.length === 2 &&
      first.text === 'JR' &&
      (COMPASS.has(words[1] ?? '') || words[1] === 'central' || lex.places.has(words[1] ?? ''))
    )
      scores.organisation += 5;
    // A weekly paper named by its day: "the Sunday Clarion", "the Saturday Paper".
    if (words.length >= 2 && (words[0] === 'sunday' || words[0] === 'saturday')) scores.organisation += 3;
    // A club's initials before its town: "RB Leipzig", "AS Roma" (in capitals, as clubs write them).
    if (
      words.length >= 2 &&
      words.length <= 4 &&
      CLUB_PREFIXES.has(first.lower) &&
      first.text !== first.lower &&
      first.text.slice(1) !== first.text.slice(1).toLowerCase() &&
      // (Two capitals are also a person's initials: "A.S. Heagle" written "AS Heagle"; not before two
      // words or more no name list holds: "FK Dunavac Novi Sad".)
      (first.text.length >= 3 ||
        lex.places.has(key.slice(first.lower.length + 1)) ||
        (words.length >= 3 &&
          !lex.firstNames.has(words[1] ?? '') &&
          !lex.nameParts.has(words[1] ?? '') &&
          !lex.commonWords.has(words[1] ?? '')))
    )
      scores.organisation += 3;
    // A Turkish sports club, its name ending in "-spor": "Ankara Güneşspor", "Trabzonspor".
    if (lastWord.length >= 7 && lastWord.endsWith('spor') && !knownPlace) scores.organisation += 3;
    // ... or a stock code in brackets after it: "Rivian Automotive (RIVN.O)".
    if (after?.text === '(' && tickerAt(text, tokens, seg.to)) scores.organisation += 3;
    // ... or in one word ending in a bank's, an oil or gas firm's, a telecom's or a power firm's
    // word: "Agrobank", "Turkmengaz", "Rosneft", "Kazatomprom", "Kazakhtelecom", "Moldelectrica".
    if (
      words.length === 1 &&
      COMPOUND_COMPANY.test(first.text) &&
      !country &&
      !knownPlace &&
      // (not a town or a family name: "Burbank", "Eisenbank")
      !lex.nameParts.has(key) &&
      !lex.regions.has(key)
    )
      scores.organisation += 4;
    // ... or in a Czech or Slovak body's lower-case noun: "Česká spořitelna", "Tatra banka".
    // (in lower case: "Witold Banka" is a man)
    if (
      words.length >= 2 &&
      SLAVIC_BODY_NOUNS.has(lastWord) &&
      tokens[seg.to - 1]?.text === tokens[seg.to - 1]?.lower
    )
      scores.organisation += 4;
    // ... or a web address's: "Rentals.ca", "Booking.com", "Jumia.com.ng".
    if (
      words.length === 1 &&
      /^\p{L}[\p{L}\d-]*(?:\.(?:com|net|org|io|ca|co|ng|ke|za|in|uk|au))+$/u.test(key)
    )
      scores.organisation += 3;
    // ... or inside the name: "Siemens AG", "Philips NV".
    // (a Mexican company's "SA de CV", "SAB de CV": "Tren Maya SA de CV")
    const mexicanForm =
      words.length >= 4 &&
      words[words.length - 2] === 'de' &&
      /^(?:cv|c\.v\.)$/u.test(lastWord) &&
      COMPANY_SUFFIXES.has(stripDots(words[words.length - 3] ?? '').replace(/b$/u, ''));
    if (
      words.length >= 2 &&
      (COMPANY_SUFFIXES.has(stripDots(lastWord)) || mexicanForm) &&
      !country &&
      !knownPlace
    )
      scores.organisation += 4;
    // A body named with its country after a hyphen: "Météo-France", "Air-India".
    // (Not two countries joined: "Austria-Hungary".)
    if (
      words.length === 1 &&
      HYPHEN_COUNTRY.test(first.text) &&
      lex.countries.has(lastHyphenPart(key)) &&
      !lex.countries.has(key.slice(0, key.indexOf('-')))
    )
      scores.organisation += 3;
    // A web address names the site's owner ("Secunia.com"); a brand's inner capital ("SaskTel",
    // "Spirit AeroSystems").
    if (key.includes('.') && /\.(?:com|org|net|gov|edu|io|co\.uk)$/u.test(key)) scores.organisation += 3;
    // (not an Irish family name's mutation after its particle: "Mac an tSaoi")
    else if (
      isCamelBrand(tokens[seg.to - 1]?.text ?? '') &&
      !IRISH_NAME_LINKS.has(tokens[seg.to - 2]?.text ?? '') &&
      // (nor a family name so written after a given name: "Nancy LeaMond", not "Harlan AeroSystems")
      !(
        words.length === 2 &&
        !!g &&
        !lex.commonWords.has(words[0] ?? '') &&
        !camelTailWord(tokens[seg.to - 1]?.text ?? '', lex.commonWords)
      )
    )
      scores.organisation += words.length === 1 ? 1 : 4;
    // Products and software: a version after the name ("Internet Explorer 6"), a model code
    // ("IE9", "A380"), a product suffix ("Windows XP") or noun ("the Firefox browser").
    const brand = tokens[seg.from];
    // (not a given name that is also a company's before a family name: "Mercedes Sosa", "Mercedes
    // Oñate")
    const brandKnown =
      words.length >= 2 &&
      (KNOWN_ORGS.has(words[0] ?? '') || lex.companies.has(words[0] ?? '')) &&
      !(
        words.length === 2 &&
        lex.firstNames.has(words[0] ?? '') &&
        (lex.nameParts.has(lastWord) || /^\p{Lu}\p{Ll}+$/u.test(tokens[seg.to - 1]?.text ?? '')) &&
        !lex.commonWords.has(lastWord) &&
        !ORG_HEADS.has(lastWord) &&
        // (a company's name printed without its hyphen: "Mercedes Benz")
        !lex.companies.has(words.join('-'))
      );
    // A known company and one more word that is no head, place or country is its product ("Google Maps").
    const brandProduct =
      brandKnown &&
      words.length === 2 &&
      // (not when the company's word is a generic one opening many names: "Deutsche Bahn")
      !GENERIC_NAME_STARTS.has(words[0] ?? '') &&
      !ORG_HEADS.has(lastWord) &&
      lastWord !== 'international' &&
      // (nor two companies merged, nor a business's unit: "Exxon Mobil", "Reuters Breakingviews")
      !lex.companies.has(lastWord) &&
      !BUSINESS_UNITS.has(lastWord) &&
      // (nor a club's suffix: "Galatasaray SK", "Zamalek SC")
      !CLUB_SUFFIXES.has(tokens[seg.to - 1]?.text ?? '') &&
      // (nor the short name of a company the story names in full: "Nippon Kasumi" after "Nippon
      // Kasumi Steel Corp")
      !namedInFullAsBody(tokens, seg.from) &&
      // (nor a club's plural nickname after "the": "the Kansai Lions", "the Samsung Lions")
      !(before?.lower === 'the' && /[^su]s$/u.test(lastWord) && lex.commonWords.has(lastWord)) &&
      // (nor a unit with its own inner capital: "Google DeepMind")
      !isCamelBrand(tokens[seg.to - 1]?.text ?? '') &&
      !PLACE_HEADS.has(lastWord) &&
      !lex.places.has(lastWord) &&
      !lex.countries.has(lastWord) &&
      !lex.demonyms.has(lastWord) &&
      !lex.firstNames.has(lastWord) &&
      // (nor a newspaper's name: "Apple Daily", "the Apple Daily newspaper")
      lastWord !== 'daily' &&
      lastWord !== 'weekly' &&
      // (nor one with officers: "Mitsui Fudosan's managing director")
      !(tokens[seg.to]?.kind === 'poss' && roleAfter(seg.to + 1) === 'person') &&
      !(tokens[seg.to]?.kind === 'word' && ORG_KIND_AFTER.has(tokens[seg.to]?.text ?? ''));
    // ... otherwise a name opened by a known company's word is a company ("Deutsche Bahn").
    if (brandKnown && !brandProduct && !country && !knownPlace && !cand.titled) scores.organisation += 1.5;
    // ... and with a country or city it is the company's branch there ("Sony Australia").
    if (brandKnown && words.length === 2 && (lex.countries.has(lastWord) || lex.places.has(lastWord)))
      scores.organisation += 4;
    if (
      !country &&
      !knownPlace &&
      !cand.titled &&
      (brandProduct || isProductName(tokens, seg.from, seg.to, words, lex))
    ) {
      productKeys.add(key);
      if (words.length >= 2) {
        // (not a place's name: "the Singara Chennai 2.0 scheme" leaves Chennai a place)
        if (!lex.places.has(lastWord) && !lex.countries.has(lastWord)) productKeys.add(lastWord);
        productKeys.add(initialsOf(words));
      }
      // The maker keeps its name: "Google Chrome" mentions Google.
      if (brandKnown && brand) {
        cand.to = seg.from + 1;
        cand.end = brand.end;
        cand.text = brand.text;
        cand.key = words[0] ?? key;
        cand.words = [cand.key];
        cand.fixed = 'organisation';
        candidates.push(cand);
      }
      continue;
    }
    // A name ending in a country (or a nation of the UK) is no person's ("Reform UK", "Air France",
    // "Sport England"): a body, or a place when an era or region word opens it ("Mainland China",
    // "Imperial Japan"). ("Michael Jordan": a country that is also a given name is left alone.)
    if (
      words.length >= 2 &&
      (words.length <= 4 || (words.length <= 6 && AGENCY_FIELD_WORDS.has(words[0] ?? ''))) &&
      !country &&
      !knownPlace &&
      !cand.titled &&
      scores.organisation <= 0 &&
      scores.place <= 1 &&
      (lex.countries.has(lastWord) ||
        HOME_NATIONS.has(lastWord) ||
        (words.length >= 3 && lex.countries.has(`${words[words.length - 2]} ${lastWord}`)) ||
        // (or a state's or town's after a field: "Racing Victoria", "Tourism Queensland", whatever
        // given name the place's is: "Parks Victoria")
        (AGENCY_FIELD_WORDS.has(words[0] ?? '') &&
          (lex.regions.has(lastWord) ||
            lex.places.has(lastWord) ||
            lex.regions.has(`${words[words.length - 2]} ${lastWord}`)))) &&
      !lex.countries.has(words[words.length - 2] ?? '') &&
      words.every(
        (w, k) =>
          !lex.demonyms.has(w) &&
          (!lex.firstNames.has(w) || (k === words.length - 1 && AGENCY_FIELD_WORDS.has(words[0] ?? ''))),
      )
    ) {
      if (PLACE_MODIFIERS.has(words[0] ?? '') || COMPASS.has(words[0] ?? '')) scores.place += 1.5;
      else scores.organisation += 2;
    }
    // (a studio's name with its "Bros." inside is the studio's: "Warner Bros. Discovery")
    if (words.length >= 3 && words.includes('bros')) scores.organisation += 4;
    // (a mission named with the country it serves is the mission: "the Regional Assistance Mission to
    // Solomon Islands", "the U.N. Support Mission in Libya")
    if (
      words.length >= 3 &&
      words.some((w, k) => MISSION_HEADS.has(w) && (words[k + 1] === 'in' || words[k + 1] === 'to'))
    )
      scores.organisation += 6;
    // (two fields and the country they serve are a national agency wherever it stands: "a mediator from
    // Employment and Social Development Canada")
    if (
      words.length >= 4 &&
      words.length <= 6 &&
      AGENCY_FIELD_WORDS.has(words[0] ?? '') &&
      words[1] === 'and' &&
      (lex.countries.has(lastWord) || lex.countries.has(`${words[words.length - 2]} ${lastWord}`))
    )
      scores.organisation += 4;
    // ... and so is a country's or nation's name before a sport: "New Zealand Rugby", "British Cycling",
    // "SA Rugby" (a national governing body).
    if (words.length >= 2 && words.length <= 3 && NATIONAL_BODY_WORDS.has(lastWord) && !cand.titled) {
      const owner = words.slice(0, -1).join(' ');
      if (
        lex.countries.has(owner) ||
        lex.countries.has(stripDots(owner)) ||
        lex.demonyms.has(owner) ||
        lex.regions.has(owner) ||
        lex.places.has(owner) ||
        HOME_NATIONS.has(owner) ||
        AP_INITIALS_STATES.has(owner) ||
        owner === 'sa' ||
        owner === 'world'
      )
        scores.organisation += 4;
    }
    // Unknown multi-word capitalized names are most often people.
    // (when a word of it is a known name part; "Google Chrome" or "Fan Expo" are not).
    // Not when every word is an everyday one and none a name ("Crime Stoppers", "Truth Social"); and
    // no person's name holds an acronym of three letters or more ("NSW Ambulance").
    // (five or six words, every one a name part or no everyday word: "Sayed Muneer Ali Shihab Thangal")
    const longName =
      words.length <= 6 &&
      words.filter((w) => lex.nameParts.has(w)).length >= 2 &&
      words.every((w) => lex.nameParts.has(w) || !lex.commonWords.has(w));
    if (
      words.length >= 2 &&
      (words.length <= 4 || longName) &&
      scores.organisation <= 0 &&
      scores.place <= 0
    ) {
      // (a family name's place held by an everyday word that is no name: "Standard Chartered",
      // "Best Buy")
      if (
        words.some((w) => lex.nameParts.has(w)) &&
        (lex.nameParts.has(lastWord) || !lex.commonWords.has(lastWord))
      )
        scores.person += 1;
      else if (words.every((w) => lex.commonWords.has(w) && !lex.firstNames.has(w)))
        scores.organisation += 0.5;
      else scores.person += 0.25;
    }
    if (words.length >= 2 && hasLongAcronym(tokens, seg.from, seg.to)) {
      scores.person -= 1.5;
      scores.organisation += 1;
    }
    // So is a lone unknown name in mid-sentence ("fueled by Clinton's account"), even an
    // everyday word when it is also a family name ("vote for Trump").
    if (
      words.length === 1 &&
      !ambiguousStart(first) &&
      (!lex.commonWords.has(key) || (lex.nameParts.has(key) && !lex.coreWords.has(key))) &&
      scores.organisation <= 0 &&
      scores.place <= 0
    )
      scores.person += lex.nameParts.has(key) ? 0.75 : 0.4;
    // At a sentence start only a known name part that is no everyday word: "Clinton and allies",
    // also written with accents ("Durán acts as spokesman").
    else if (
      words.length === 1 &&
      ambiguousStart(first) &&
      isNamePart(key, lex) &&
      !lex.commonWords.has(key) &&
      !country &&
      !knownPlace &&
      scores.organisation <= 0 &&
      scores.place <= 0 &&
      scores.person <= 0
    )
      scores.person += 0.4;
    candidates.push(cand);
  }
  // A list's members share their kind: a name no list knows, read as a person on no evidence, listed
  // with a body that is surely one is a body too ("Hillhouse Investment, Tencent Holdings and Sequoia
  // Capital"; not a person with a given name: "Acme and Maria Lopez").
  for (let i = 0; i + 1 < candidates.length; i++) {
    let j = i;
    const listSep = (a: Candidate, b: Candidate): boolean => {
      const gap = tokens.slice(a.to, b.from).map((t) => t.text);
      return (
        tokens[a.to]?.sentence === tokens[b.from]?.sentence &&
        (gap.join(' ') === ',' ||
          gap.join(' ') === 'and' ||
          gap.join(' ') === ', and' ||
          gap.join(' ') === 'or' ||
          // (also before a body named with its article: "joint tickets with Golkar and the National
          // Mandate Party")
          gap.join(' ') === 'and the' ||
          gap.join(' ') === ', and the')
      );
    };
    while (j + 1 < candidates.length && listSep(candidates[j] as Candidate, candidates[j + 1] as Candidate))
      j++;
    if (j === i) continue;
    const members = candidates.slice(i, j + 1);
    // (a list of two or more, at least one joined by "and" or "or")
    // (or going on past a name: "Hillhouse Investment, Tencent Holdings and the city's fund")
    const lastTo = (members[members.length - 1] as Candidate).to;
    const joined =
      members.some(
        (m, n) =>
          n > 0 &&
          (/^(?:and|or)$/u.test(tokens[m.from - 1]?.text ?? '') ||
            (tokens[m.from - 1]?.text === 'the' && tokens[m.from - 2]?.text === 'and')),
      ) ||
      tokens[lastTo]?.text === 'and' ||
      (tokens[lastTo]?.text === ',' && tokens[lastTo + 1]?.text === 'and');
    const surelyBody = (c: Candidate): boolean =>
      c.fixed === 'organisation' ||
      (c.scores.organisation >= 2 &&
        c.scores.organisation > c.scores.person + 1 &&
        c.scores.organisation > c.scores.place + 1);
    // (a list closed by areas' kind in the plural is of places: "in Mae Ramat, Tha Song Yang and
    // Umphang districts", "Kericho, Bomet and Nandi counties")
    const areaKind = tokens[lastTo];
    if (
      joined &&
      areaKind?.kind === 'word' &&
      areaKind.text === areaKind.lower &&
      AREA_PLURALS.has(areaKind.text)
    )
      for (const c of members) {
        if (c.fixed || c.titled || c.group) continue;
        const { person, organisation, place } = c.scores;
        if (person >= place || organisation >= place)
          c.scores.place += Math.max(person, organisation) - place + 2;
      }
    if (joined && members.some(surelyBody))
      for (const c of members) {
        const { person, organisation, place } = c.scores;
        if (
          !c.fixed &&
          !c.titled &&
          !c.group &&
          person > 0 &&
          // (a weak reading, or one with an everyday word no family name: "Hillhouse Investment")
          (person <= 1 ||
            (person <= 2.5 && c.words.some((w) => lex.commonWords.has(w) && !lex.nameParts.has(w)))) &&
          organisation <= 1 &&
          place <= 0 &&
          !lex.firstNames.has(c.words[0] ?? '')
        )
          c.scores.organisation += person + 1;
      }
    i = j;
  }
  // A name seen once as a product is a product everywhere in the story ("Firefox" after "the Firefox browser").
  let kept =
    productKeys.size === 0 ? candidates : candidates.filter((c) => c.fixed || !productKeys.has(c.key));
  // A word the lists do not know that is capitalized only where it opens a sentence, and written in
  // lower case elsewhere in the story, is an everyday noun: '"Mezcal is a heritage ..."' after "a
  // bottle of mezcal".
  const loneOpeners = commonOpeners(tokens, kept, lex);
  if (loneOpeners.size > 0) kept = kept.filter((c) => !loneOpeners.has(c.key));
  // A town's name the story calls a party is the party wherever it stands ("Morena's majority").
  if (partyKeys.size > 0)
    for (const c of kept)
      if ((c.fixed === 'place' || !c.fixed) && !c.countryCode && partyKeys.has(c.key))
        c.fixed = 'organisation';
  markGovernments(tokens, kept);
  return cluster(text, tokens, kept, lex, nationalTeams(tokens, kept, lex));
};

/** Keys of one-word names the lists lack, every one at a sentence's start, the word also in lower case in the story. */
const commonOpeners = (
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  lex: Lexicon,
): Set<string> => {
  const out = new Set<string>();
  for (const c of candidates)
    if (c.words.length === 1 && !c.fixed && !c.countryCode && tokens[c.from]?.initial) out.add(c.key);
  if (out.size === 0) return out;
  // (a longer name holding the word may have it as its short form only if it opens that name)
  for (const c of candidates) {
    if (c.words.length === 1 && tokens[c.from]?.initial && !c.fixed) continue;
    out.delete(c.key);
    if (c.words.length > 1 && !lex.commonWords.has(c.words[0] ?? '')) out.delete(c.words[0] ?? '');
  }
  for (const key of out)
    if (
      lex.firstNames.has(key) ||
      lex.nameParts.has(key) ||
      lex.places.has(key) ||
      lex.countries.has(key) ||
      lex.demonyms.has(key) ||
      lex.companies.has(key) ||
      KNOWN_ORGS.has(key)
    )
      out.delete(key);
  if (out.size === 0) return out;
  const lower = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && t.text === t.lower && out.has(t.text)) lower.add(t.text);
  for (const key of out) if (!lower.has(key)) out.delete(key);
  return out;
};

/**
 * An unknown capitalized word that is still no family name: a contraction ("We’ve"), the plural of
 * an everyday word or of a role ("Conservationists"), or two everyday words run together ("Snowman", "Gameplay").
 */
const looksLikeCommonNoun = (w: string, lex: Lexicon): boolean => {
  if (w.includes("'") || w.includes('’')) return true;
  if (w.endsWith('s') && (lex.commonWords.has(w.slice(0, -1)) || /(?:ists|ians)$/u.test(w))) return true;
  // Agents in the plural ("Regulators", "Protesters"), unless a family name ("Sanders", "Peters").
  if (/(?:ors|ers)$/u.test(w) && !lex.nameParts.has(w)) return true;
  for (let k = 3; k <= w.length - 3; k++) {
    if (lex.commonWords.has(w.slice(0, k)) && lex.commonWords.has(w.slice(k))) return true;
  }
  return false;
};

/**
 * Nouns counted after a number, which is then no version of a name before it ("CARA 41 months ago",
 * "fined Vuelacol 2.1 billion pesos").
 */
const COUNTED_NOUNS = wordSet(
  'years months weeks days hours minutes seconds percent per people points seats votes members cases deaths million billion trillion thousand bn mn pesos euros dollars pounds yen rupees',
);
/** Does the name [from, to) with lower-cased `words` look like a product (software, device, model)? */
const isProductName = (
  tokens: readonly Token[],
  from: number,
  to: number,
  words: readonly string[],
  lex: Lexicon,
): boolean => {
  let evidence = false;
  // (A kind of body right before the code names the body: "the film studio A24".)
  const kind = tokens[from - 1];
  const bodyKind = kind?.kind === 'word' && kind.text === kind.lower && ORG_KIND_BEFORE.has(kind.text);
  // (nor a code before the fighters it names: "M23 rebels", "the M23 rebel group")
  const fighters = tokens[to];
  const armedGroup = fighters?.kind === 'word' && ARMED_GROUP_NOUNS.has(fighters.text);
  for (let k = from; k < to && !evidence && !bodyKind && !armedGroup; k++) {
    const t = tokens[k];
    // A model code: letters then digits ("IE9", "PS4", "A380"), not an organisation like "G20" (known).
    const c = t ? t.text.charCodeAt(t.text.length - 1) : 0;
    if (t && c >= 48 && c <= 57 && t.kind === 'word' && /^\p{L}{1,4}\d+$/u.test(t.text)) evidence = true;
  }
  const last = tokens[to - 1];
  // (not a family name after its particle: "Pieter-Jan van Os")
  if (
    words.length >= 2 &&
    last &&
    PRODUCT_SUFFIXES.has(last.lower) &&
    last.text !== last.lower &&
    !NAME_PARTICLES.has(tokens[to - 2]?.text ?? '')
  )
    evidence = true;
  // A medicine named after its kind: "its weight-loss drug Wegovy", "the vaccine Comirnaty".
  if (words.length <= 2 && kind?.kind === 'word' && kind.text === kind.lower && MEDICINE_KINDS.has(kind.text))
    evidence = true;
  const after = tokens[to];
  const after2 = tokens[to + 1];
  // (not a body's name before its programme: "its International Monetary Fund programme")
  if (
    after?.kind === 'word' &&
    after.text === after.lower &&
    PRODUCT_NOUNS.has(after.lower) &&
    !(
      (after.text === 'programme' || after.text === 'program') &&
      words.length >= 2 &&
      ORG_HEADS.has(last?.lower ?? '')
    )
  )
    evidence = true;
  // An AI product before "assistant", "chatbot" or "model" ("Google's Gemini assistant"), not a
  // person's assistant named next ("Trump assistant Hope Hicks").
  if (
    after?.kind === 'word' &&
    (after.text === 'assistant' || after.text === 'chatbot' || after.text === 'model') &&
    !after2?.cap
  )
    evidence = true;
  // A version number: "Firefox 3.6", "Windows 10" (not a score "Wales 24-10" or a time "Club 12:30").
  if (
    after?.kind === 'num' &&
    after.start === (last?.end ?? 0) + 1 &&
    /^\d{1,2}(?:\.\d+)*$/u.test(after.text) &&
    !(
      after2 &&
      (after2.text === '-' || after2.text === ':' || after2.text === '–' || after2.kind === 'num')
    ) &&
    // (nor a count of time or things after a body's name: "registered with CARA 41 months ago")
    !(after2?.kind === 'word' && COUNTED_NOUNS.has(after2.text)) &&
    // (nor a club's year after its initials and town: "SC Paderborn 07", "FSV Mainz 05")
    !(
      to - from >= 2 &&
      CLUB_PREFIXES.has(tokens[from]?.lower ?? '') &&
      tokens[from]?.text === tokens[from]?.text.toUpperCase()
    )
  )
    evidence = true;
  if (!evidence) return false;
  const joined = words.join('_');
  return !KNOWN_ORGS.has(joined) && !lex.companies.has(words.join(' '));
};

/**
 * Tokens inside a quoted title of a work ("The Winds of Winter", a robot named "Better Idea of
 * Afghan Girls"): two to eight words, every long word capitalized. Their names are no entities.
 */
const quotedTitles = (text: string, tokens: readonly Token[]): Uint8Array => {
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i] as Token;
    if (open.kind !== 'quote') {
      // (length and first letter first, from a table: no call and no string hashed for most words)
      const len = open.text.length;
      const c = open.text.charCodeAt(0) - 97;
      if (i > 0 && len <= 11 && c >= 0 && c <= 25 && WORK_KIND_SHAPES[len * 26 + c] === 1)
        workTitleAfter(tokens, i, out);
      continue;
    }
    if (!/\s|^$/u.test(text.charAt(open.start - 1))) continue;
    let words = 0;
    let long = 0;
    let caps = 0;
    let k = i + 1;
    for (; k < tokens.length && k - i <= 12; k++) {
      const t = tokens[k];
      if (!t || t.paragraph !== open.paragraph || t.kind === 'quote') break;
      if (t.kind === 'word' || t.kind === 'num') words++;
      if (t.kind === 'word' && t.text.length >= 4) {
        long++;
        if (t.cap) caps++;
      }
    }
    const close = tokens[k];
    if (close?.kind !== 'quote' || words < 2 || words > 8 || long === 0 || caps < long) continue;
    for (let j = i + 1; j < k; j++) out[j] = 1;
    i = k;
  }
  return out;
};

/**
 * A work's title right after the kind of work at `i`, in title case and without quote marks: "her
 * new album, The Life of a Showgirl,", "his podcast, New Heights,", "the novel Wolf Hall." (Not
 * "the book Prince Harry wrote", nor "the film, Greta Gerwig's latest".)
 */
const workTitleAfter = (tokens: readonly Token[], i: number, out: Uint8Array): void => {
  const noun = tokens[i] as Token;
  if (noun.kind !== 'word' || !WORK_KINDS.has(noun.text)) return;
  const det = tokens[i - 1] as Token;
  if (det.kind !== 'poss' && !(det.kind === 'word' && det.text === det.lower)) return;
  const comma = tokens[i + 1]?.text === ',';
  const from = comma ? i + 2 : i + 1;
  let k = from;
  let lastCap = -1;
  while (k < tokens.length && k - from < 8) {
    const t = tokens[k] as Token;
    if (t.sentence !== noun.sentence) break;
    if ((t.kind === 'word' && t.cap) || (t.kind === 'num' && k > from)) lastCap = k;
    else if (!comma && TITLE_FOLLOWERS.has(t.text)) break;
    else if (!(t.kind === 'word' && FUNCTION_WORDS.has(t.text) && k > from)) break;
    k++;
  }
  if (lastCap < from) return;
  const next = tokens[lastCap + 1];
  const closes =
    !next ||
    next.text === ',' ||
    next.text === '.' ||
    next.text === ')' ||
    next.text === ';' ||
    (!comma && next.kind === 'word' && TITLE_FOLLOWERS.has(next.text));
  if (!closes || (comma && next?.text !== ',' && next?.text !== '.')) return;
  for (let j = from; j <= lastCap; j++) out[j] = 1;
};
/** A person working with a product after its noun: "medicine physician", "app developer", "car dealer". */
/**
 * A person of a trade among the lower-case words from `from`, up to three and before any function
 * word: "(an aircraft) leasing executive", "(a film) director", "(an obesity medicine) physician".
 */
const tradeWithin = (tokens: readonly Token[], from: number): boolean => {
  for (let m = from; m < from + 3; m++) {
    const d = tokens[m];
    if (!d || d.kind !== 'word' || d.text !== d.lower || FUNCTION_WORDS.has(d.text)) return false;
    if (productPractitioner(d) || TITLE_WORDS.has(d.text) || PEOPLE_BY_TRADE.has(d.text)) return true;
  }
  return false;
};
const productPractitioner = (t: Token | undefined): boolean =>
  makerOfWork(t) || (t?.kind === 'word' && PRACTITIONERS.has(t.text));
const PRACTITIONERS = wordSet(
  'physician physicians specialist specialists expert experts scientist scientists analyst analysts',
);
/** A maker of a kind of work after it, the head of the phrase: "chip designer", "film director". */
const makerOfWork = (t: Token | undefined): boolean =>
  t?.kind === 'word' &&
  t.text === t.lower &&
  ((/(?:er|or|ist)s?$/u.test(t.text) && !FUNCTION_WORDS.has(t.text) && !NOT_MAKERS.has(t.text)) ||
    // (or a critic, an editor or a star of it: "a film critic", "a music editor")
    WORK_PEOPLE.has(t.text) ||
    ROLE_NOUNS.has(t.text));
/** Goods whose processors are people or firms, no chips: "a fish processor", "cashew processors". */
const PROCESSED_GOODS = wordSet(
  'fish food meat cocoa cashew poultry dairy seafood grain cassava palm rubber timber milk coffee tea cotton shea nut',
);
/** People of a kind of work whose words lack a maker's ending ("film critic", "book editor"). */
const WORK_PEOPLE = wordSet('critic critics star stars buff buffs fan fans historian historians crew crews');
const NOT_MAKERS = wordSet('later ever never either neither other whatever however rather together');
const WORK_KINDS = wordSet(
  'album single song film movie documentary book novel memoir podcast series sitcom musical opera biopic game videogame platform chip chips processor smartphone drug vaccine vehicle aircraft',
);
/** 1 where some kind of work has that length (up to 11) and first letter. */
const WORK_KIND_SHAPES = new Uint8Array(12 * 26);
for (const w of WORK_KINDS) WORK_KIND_SHAPES[w.length * 26 + (w.charCodeAt(0) - 97)] = 1;
const TITLE_FOLLOWERS = wordSet('in on at and with for from by which that');

/** Nationality codes and role words in the few tokens before a name ("his Chinese counterpart, Wang Yi"). */
const contextAttributes = (
  tokens: readonly Token[],
  from: number,
  to: number,
  lex: Lexicon,
  into: string[],
): void => {
  const sentence = tokens[from]?.sentence;
  const intoStart = into.length;
  for (let k = from - 1; k >= Math.max(0, from - 10); k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.kind === 'quote') break;
    // (past six words only inside a title's remit in capitals: "Minister of Maritime Affairs and
    // Insular Policy, Vassilis Mavromatis")
    if (k < from - 6 && !(t.cap || t.lower === 'of' || t.lower === 'for' || t.lower === 'and')) break;
    // Only the description introducing this name, not a neighbour's ("the US diplomat and Wang").
    // (nor a dateline's: "CANNES, France (AP) — Sean Baker's film")
    // (an "and" between the capitals of a title's remit goes on: "... Affairs and Insular Policy,")
    const remitAnd =
      t.lower === 'and' &&
      !!tokens[k - 1]?.cap &&
      !!tokens[k + 1]?.cap &&
      tokens[from - 1]?.text === ',' &&
      tokens.slice(k - 4, k).some((w) => w.lower === 'of' || w.lower === 'for');
    if (
      (t.text === ',' && k !== from - 1) ||
      (t.lower === 'and' && !remitAnd) ||
      t.lower === 'with' ||
      t.text === ';' ||
      t.text === ')' ||
      t.text === '—' ||
      t.text === '–'
    )
      break;
    // ... nor another name's, ending a clause before this one: "Prime Minister Anthony Albanese met
    // Indonesian President Prabowo" gives Prabowo no "minister".
    const verb = tokens[k + 1];
    if (
      t.kind === 'word' &&
      t.cap &&
      k < from - 1 &&
      verb?.kind === 'word' &&
      verb.text === verb.lower &&
      !FUNCTION_WORDS.has(verb.text) &&
      !TITLE_WORDS.has(verb.text) &&
      !TITLE_WORDS.has(t.lower) &&
      !lex.demonyms.has(t.lower) &&
      !lex.countries.has(t.lower)
    ) {
      if (into.length > intoStart && into[into.length - 1] === verb.text) into.pop();
      break;
    }
    // ... nor the subject's, when a verb stands right before this name: "The Italian world number
    // one broke Zverev's serve" gives Zverev nothing.
    if (
      k === from - 1 &&
      t.kind === 'word' &&
      t.text === t.lower &&
      (PAST_VERBS.has(t.text) || (t.text.length > 4 && t.text.endsWith('ed') && !TITLE_WORDS.has(t.text)))
    )
      break;
    if (t.kind === 'word') {
      const head = tokens[k - 1];
      const pair = head?.kind === 'word' && lex.pairHeads.has(head.lower) ? `${head.lower} ${t.lower}` : '';
      const d2 = pair ? (lex.countries.get(pair) ?? lex.demonyms.get(pair)) : undefined;
      const d = d2 ?? lex.demonyms.get(t.lower) ?? lex.countries.get(t.lower);
      if (d) into.push(d);
      else if (!FUNCTION_WORDS.has(t.lower)) into.push(t.lower);
      if (d2) k--;
    }
  }
  // An apposition after the name: "Hernan Dario Gomez, Panama coach,", "Jane Doe, a spokeswoman,".
  const opener = tokens[to + 1];
  const appositive =
    !!opener &&
    (opener.lower === 'a' ||
      opener.lower === 'an' ||
      opener.lower === 'the' ||
      opener.kind === 'num' ||
      lex.demonyms.has(opener.lower) ||
      lex.countries.has(opener.lower) ||
      TITLE_WORDS.has(opener.lower));
  if (tokens[to]?.text === ',' && appositive) {
    for (let k = to + 1; k < Math.min(tokens.length, to + 5); k++) {
      const t = tokens[k];
      if (!t || t.text === ',' || t.sentence !== sentence) break;
      if (t.kind === 'word') {
        const d = lex.demonyms.get(t.lower) ?? lex.countries.get(t.lower);
        if (d) into.push(d);
        else into.push(t.lower);
      }
    }
  }
};

const lastOf = (words: readonly string[]): string => words[words.length - 1] ?? '';

/**
 * The words of a span as `acronymSpells` reads them: a country's or body's initials written in
 * capitals without dots may give all their letters, as dotted ones do ("UK Research and Innovation
 * (UKRI)").
 */
const acronymWords = (tokens: readonly Token[], from: number, to: number): string[] => {
  const words = spanWords(tokens, from, to);
  for (let k = from, w = 0; k < to; k++) {
    const t = tokens[k];
    if (!t || t.text === '.') continue;
    if (t.kind === 'word' && t.text.length >= 2 && t.text.length <= 3 && /^\p{Lu}+$/u.test(t.text))
      words[w] = [...t.lower].join('.') + '.';
    w++;
  }
  return words;
};

/** The words of spanKey(tokens, from, to) as a list (one empty word when there are none, as split gives). */
const spanWords = (tokens: readonly Token[], from: number, to: number): string[] => {
  const words: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t && t.text !== '.') words.push(t.lower);
  }
  if (words.length === 0) words.push('');
  return words;
};

/** Lower-cased words of tokens [from, to) joined by `sep`, periods left out ("u.s. state department"). */
export const spanKey = (tokens: readonly Token[], from: number, to: number, sep = ' '): string => {
  let key = '';
  let first = true;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.text === '.') continue;
    key = first ? t.lower : key + sep + t.lower;
    first = false;
  }
  return key;
};

/** Words of a body's name that may give no letter to its initials, capitalized or not. */
const NOT_IN_INITIALS = wordSet('of the and for & de und');
/** Auxiliaries that open a clause's verb: after "Name, the airline", a new clause, no apposition. */
const CLAUSE_AUXILIARIES = wordSet(
  'has had have is was were will would could can may might must should did does',
);
/** Lower-case words inside a body's name spelled out before its initials ("... in India (BCCI)",
 * "Movement for a New Cameroon (MNC)"). */
const ACRONYM_LINKS = wordSet(
  'of the a an and for in on against de para el la los las del pour et les des du di y ng en und',
);
const DOTTED_INITIALS = /^(?:\p{L}\.){2,}$/u;
/**
 * Do `letters` spell the initials of `words`, in order? Each word gives its first letter, linking
 * words and a hyphenated word's later parts may give theirs or not ("Co-operation" is C in OSCE).
 */
const acronymSpells = (letters: string, words: readonly string[], loose = false): boolean => {
  const parts: Array<{ ch: string; optional: boolean; next?: string }> = [];
  // (a company's legal form at the end may give its letter or not: "Nippon Telegraph and Telephone
  // Corp. (NTT)", "Tokyo Electric Power Company (TEPCO)")
  let last = words.length - 1;
  while (last > 0 && /^\p{P}+$/u.test(words[last] ?? '')) last--;
  const legalForm =
    COMPANY_SUFFIXES.has(stripDots(words[last] ?? '')) || words[last] === 'company' ? last : -1;
  for (const [n, w] of words.entries()) {
    // (a comma between the words of a remit gives no letter: "Immigration, Refugees and Citizenship Canada";
    // nor does a possessive's mark: "Garment and Textile Workers' Union (GATWU)")
    if (w === ',' || w === "'" || w === '’' || w === "'s" || w === '’s') continue;
    // (a country's initials may give their letters or not: "U.S. Customs and Border Protection (CBP)", "U.S.
    // Commission on International Religious Freedom (USCIRF)")
    if (DOTTED_INITIALS.test(w)) {
      for (const ch of w.replaceAll('.', '')) parts.push({ ch, optional: true });
      continue;
    }
    const optional = NOT_IN_INITIALS.has(w) || ACRONYM_LINKS.has(w) || n === legalForm;
    const pieces = w.split('-');
    parts.push({ ch: w.charAt(0), optional, next: w.charAt(1) });
    for (let k = 1; k < pieces.length; k++) parts.push({ ch: pieces[k]?.charAt(0) ?? '', optional: true });
  }
  // (a small table: can letters[i..] be spelled by parts[j..]?)
  const memo = new Map<number, boolean>();
  // (loose: one word may give its first two letters, as some bodies spell theirs: "Nigerian Maritime
  // Administration and Safety Agency (NIMASA)")
  const can = (i: number, j: number, spare: boolean): boolean => {
    if (j === parts.length) return i === letters.length;
    const key = (i * 64 + j) * 2 + (spare ? 1 : 0);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const p = parts[j] as { ch: string; optional: boolean; next?: string };
    const ok =
      (i < letters.length && letters.charAt(i) === p.ch && can(i + 1, j + 1, spare)) ||
      (spare &&
        !p.optional &&
        i + 1 < letters.length &&
        letters.charAt(i) === p.ch &&
        letters.charAt(i + 1) === p.next &&
        can(i + 2, j + 1, false)) ||
      (p.optional && can(i, j + 1, spare));
    memo.set(key, ok);
    return ok;
  };
  return words.length >= 3 && can(0, 0, loose);
};

/** Are `letters` (two or more) found in order in `word`, the first being its first letter? */
const lettersWithin = (letters: string, word: string): boolean => {
  if (letters.length < 2 || letters.charAt(0) !== word.charAt(0)) return false;
  let at = 1;
  for (let k = 1; k < letters.length; k++) {
    at = word.indexOf(letters.charAt(k), at) + 1;
    if (at === 0) return false;
  }
  return true;
};

/**
 * Initials that keep the link words in lower case, as some bodies write them: "Transport for London
 * (TfL)", "Department for Transport (DfT)". Tokens [from, to) are the name; `acr` the initials.
 */
const linkedInitials = (acr: Token, tokens: readonly Token[], from: number, to: number): boolean => {
  const a = acr.text;
  if (acr.kind !== 'word' || a.length < 3 || a === a.toLowerCase() || a === a.toUpperCase()) return false;
  let k = 0;
  for (let i = from; i < to; i++) {
    const w = tokens[i];
    if (!w || w.kind !== 'word') return false;
    const want =
      w.text === w.lower && NOT_IN_INITIALS.has(w.lower) ? w.text.charAt(0) : w.text.charAt(0).toUpperCase();
    if (a.charAt(k) !== want) return false;
    k++;
  }
  return k === a.length;
};

/**
 * Where a list of capitalized names ending with the one at `from` is led into: the token before its
 * first item, over "," and "and" ("the cities of | Ushuaia and Río Grande", "temples such as | Tanah
 * Lot and Besakih"), at most four items back; -1 when no "," or "and" comes before `from`.
 */
const listLeadBefore = (tokens: readonly Token[], from: number): number => {
  let lead = -1;
  for (
    let k = from - 1, items = 0;
    items < 4 && (tokens[k]?.text === ',' || tokens[k]?.lower === 'and');
    items++
  ) {
    if (tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',') k--;
    let m = k - 1;
    while (
      m > k - 5 &&
      tokens[m]?.cap &&
      tokens[m]?.kind === 'word' &&
      tokens[m]?.sentence === tokens[from]?.sentence
    )
      m--;
    if (m === k - 1) return -1;
    lead = m;
    k = m;
  }
  return lead;
};
const initialsOf = (words: readonly string[]): string => {
  let out = '';
  for (const w of words) {
    // (nor punctuation kept as a word, a plural possessive's apostrophe or a comma: "National
    // Farmers' Union" is NFU, "Commission for Conciliation, Mediation and Arbitration" CCMA)
    if (NOT_IN_INITIALS.has(w) || /^\p{P}+$/u.test(w)) continue;
    out += w.charAt(0);
    // (each part of a hyphenated word: "Paris Saint-Germain" is PSG; not a linking particle:
    // "Tehreek-e-Insaf" gives T and I)
    for (let h = w.indexOf('-'); h > 0 && h + 1 < w.length; h = w.indexOf('-', h + 1)) {
      const next = w.indexOf('-', h + 1);
      const part = w.slice(h + 1, next < 0 ? w.length : next);
      if (!HYPHEN_PARTICLES.has(part)) out += part.charAt(0);
    }
  }
  return out;
};

const SPORTS_WORDS =
  wordSet(`match goal goals scored coach tournament league striker midfielder goalkeeper defender innings wicket wickets
  penalty half-time referee squad championship rugby cricket football soccer fixture semi-final quarter-final
  try tries touchdown playoff playoffs basketball baseball hockey handball volleyball rebounds`);
/** Games played for a club: "played junior hockey for X" (the games among `SPORTS_WORDS`, whose other
 * words, "coach", "league", "try", would not do there). */
const CLUB_GAMES = wordSet('hockey rugby football soccer cricket basketball baseball handball volleyball');
/** Verbs before "for" and a club: "played for", "signed for". */
const CLUB_FOR_VERBS = wordSet('played plays playing signed signs signing starred starring');
/** Words before "from" and a club: "his loan from", "signed from". */
const CLUB_FROM_WORDS = wordSet('loan signed signing arrived arriving transfer move club side');
/** Verbs before "to" and a club: "moved to", "a transfer to". */
const CLUB_TO_VERBS = wordSet('moved moving move transfer switch loaned');
const TEAM_BEFORE = wordSet(
  'beating beat defeated against vs vs. v faced face facing play played playing host hosts hosted leaders champions',
);
const TEAM_AFTER = wordSet(
  'beat beats defeated won win wins lost lose loses drew faced face faces scored led trailed beating winning side squad coach captain manager players supporters fans striker goalkeeper defender midfielder winger forward keeper are were have host travel visit welcome entertain',
);

/**
 * In a sports story (two or more sports words) a country that beats, faces, scores or takes a plural verb ("South Africa
 * are") is its national team, an organisation; then every mention of that name is the team.
 */
/** Verbs whose subject, when it is a country, is its state acting: "North Korea fired", "Seoul says". */
const STATE_VERBS =
  wordSet(`says said stated declared announced warned threatened denied accused rejected condemned demanded urged vowed
  insisted claimed responded retaliated fired launched deployed evacuated exchanged ordered imposed sanctioned
  signed ratified agreed refused recalled expelled summoned protested vetoed invaded annexed attacked struck
  puts put sent sends tested test-fired broadcast broadcasts started began halted suspended resumed
  pledged promised proposed offered blamed criticised criticized called asked told`);
const STATE_AUX = wordSet('has have had will would also then later recently again');

/**
 * A country named mostly as the subject of what states do ("North Korea fired ... South Korea says
 * ... North Korea stated") stands for its government in the story: an organisation, as the issue's
 * wire story allows for Beijing and Washington: when at least half of its mentions are such subjects.
 * Sports teams are decided later and win.
 */
const markGovernments = (tokens: readonly Token[], candidates: Candidate[]): void => {
  const seen = new Map<string, [number, number]>();
  for (const c of candidates) {
    if (!c.countryCode) continue;
    const n = seen.get(c.countryCode) ?? [0, 0];
    n[0]++;
    let k = c.to;
    while (tokens[k]?.kind === 'word' && STATE_AUX.has(tokens[k]?.lower ?? '') && k - c.to < 3) k++;
    const verb = tokens[k];
    // (not the place of a subject named before it: "Police in Sweden said", "Judge X of Samoa said")
    // (nor the last of a list after one: "peacekeepers from Spain, Italy and Ghana had resumed")
    let lead = c.from - 1;
    if (tokens[lead]?.lower === 'and' || tokens[lead]?.lower === 'or')
      while (
        lead > c.from - 16 &&
        (tokens[lead]?.text === ',' ||
          tokens[lead]?.lower === 'and' ||
          tokens[lead]?.lower === 'or' ||
          (tokens[lead]?.kind === 'word' && !!tokens[lead]?.cap))
      )
        lead--;
    const prep = tokens[lead]?.lower;
    const placed =
      prep === 'in' || prep === 'across' || prep === 'throughout' || prep === 'from' || prep === 'of';
    if (verb?.kind === 'word' && verb.text === verb.lower && STATE_VERBS.has(verb.lower) && !placed) n[1]++;
    seen.set(c.countryCode, n);
  }
  for (const c of candidates) {
    const n = c.countryCode ? seen.get(c.countryCode) : undefined;
    if (n && n[1] >= 1 && n[1] * 2 >= n[0]) c.fixed = 'organisation';
  }
};

const nationalTeams = (
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  lex: Lexicon,
): Set<string> => {
  const teams = new Set<string>();
  let nicknamed: Set<string> | undefined;
  // Words of longer names ("Lukaku" of "Romelu Lukaku"): alone they are that name again, not a club.
  let longWords: Set<string> | undefined;
  const partOfLonger = (w: string): boolean => {
    if (!longWords) {
      longWords = new Set();
      for (const o of candidates) if (o.words.length >= 2) for (const x of o.words) longWords.add(x);
    }
    return longWords.has(w);
  };
  for (const c of candidates) {
    // Countries and home nations ("England"); cities with a team verb are clubs, typed the same way;
    // so are club names ("Manchester City") and a lone name with no other type ("beat Arsenal 3-1").
    const tail = c.words[c.words.length - 1] ?? '';
    // (over a word between: "Chennai Super Kings", "Lucknow Super Giants")
    // (a plural's "s", not the "-is" or "-us" of a family name: "George Tsunis")
    const front =
      c.words.length >= 2 && tail.length > 3 && /[^iu]s$/u.test(tail)
        ? c.words.length === 3 && TEAM_MIDDLES.has(c.words[1] ?? '')
          ? (c.words[0] ?? '')
          : c.words.slice(0, -1).join(' ')
        : '';
    const clubName =
      (c.words.length >= 2 && CLUB_TAILS.has(tail)) ||
      // A town and a plural nickname: "Dallas Mavericks", "Toronto Raptors".
      (front !== '' &&
        tail.length > 3 &&
        tail.endsWith('s') &&
        (lex.places.has(front) || lex.countries.has(front)) &&
        !PLACE_HEADS.has(tail) &&
        !ORG_HEADS.has(tail)) ||
      (c.words.length === 1 &&
        !c.fixed &&
        !lex.firstNames.has(c.key) &&
        c.scores.person <= 0.75 &&
        c.scores.organisation <= 0 &&
        c.scores.place <= 0 &&
        !partOfLonger(c.key));
    const before = tokens[c.from - 1];
    const after = tokens[c.to];
    // A score: "3-1", "106-88" (the number before or after the dash).
    const score = (t: Token | undefined): boolean => t?.kind === 'num' && /^\d{1,3}$/u.test(t.text);
    // ("lost 3-0 to Leverkusen", "beaten 1-0 by Lazio": a team whatever else the name could be)
    const scoredAgainst =
      c.words.length <= 3 &&
      !c.fixed &&
      (before?.lower === 'to' || before?.lower === 'by') &&
      score(tokens[c.from - 2]) &&
      tokens[c.from - 3]?.text === '-';
    // A club a player moves between or a side beats: "played for Vissel Kobe", "his loan from Napoli",
    // "signed from Espérance de Tunis", "a win over Brentford"; "moved to" and "joined" only a name that
    // is no town's and opens with no given name ("moved to Holstein Kiel", not "moved to Leeds" or
    // "joined Marta Silva").
    const w1 = before?.lower ?? '';
    const w2 = tokens[c.from - 2]?.lower ?? '';
    const strongClubCue =
      (w1 === 'for' && CLUB_FOR_VERBS.has(w2)) ||
      // (over the game, and a level of it: "played junior hockey for Björklöven", "plays club rugby for")
      (w1 === 'for' &&
        CLUB_GAMES.has(w2) &&
        (CLUB_FOR_VERBS.has(tokens[c.from - 3]?.lower ?? '') ||
          CLUB_FOR_VERBS.has(tokens[c.from - 4]?.lower ?? ''))) ||
      (w1 === 'from' && CLUB_FROM_WORDS.has(w2)) ||
      (w1 === 'over' && (w2 === 'win' || w2 === 'victory' || w2 === 'triumph')) ||
      ((w1 === 'to' || w1 === 'by') && (w2 === 'defeat' || w2 === 'loss')) ||
      (w1 === 'at' && w2 === 'loan');
    const weakClubCue =
      ((w1 === 'to' && CLUB_TO_VERBS.has(w2)) || w1 === 'joined' || w1 === 'joining') &&
      !lex.places.has(c.key) &&
      !c.countryCode &&
      !lex.firstNames.has(c.words[0] ?? '');
    const clubCue =
      (strongClubCue || weakClubCue) &&
      c.words.length <= 4 &&
      !c.titled &&
      (!c.fixed || c.fixed === 'place') &&
      !lex.countries.has(c.key);
    // A word that is no town's or given name before a town is a club's name with a cue ("against
    // Budućnost Podgorica", "for Perfumerías Salamanca"), also after "from" ("Mantas Žukauskas from
    // Zalgiris Kaunas").
    const townClub =
      (c.words.length === 2 || c.words.length === 3) &&
      !c.titled &&
      !c.countryCode &&
      (!c.fixed || c.fixed === 'place') &&
      lex.places.has(tail) &&
      !lex.places.has(c.key) &&
      !lex.places.has(c.words[0] ?? '') &&
      !lex.countries.has(c.words[0] ?? '') &&
      !lex.firstNames.has(c.words[0] ?? '') &&
      !lex.commonWords.has(c.words[0] ?? '') &&
      !PLACE_HEADS.has(c.words[0] ?? '') &&
      !ORG_HEADS.has(c.words[0] ?? '');
    // A side's player by position before the player's name: "Port Adelaide forward Jarrod X" (a
    // town the lists lack by that name, its head a place's).
    const playerAfter =
      c.words.length <= 3 &&
      !c.titled &&
      c.fixed !== 'organisation' &&
      tokens[c.to]?.kind === 'word' &&
      PLAYER_POSITIONS.has(tokens[c.to]?.text ?? '') &&
      !!tokens[c.to + 1]?.cap &&
      tokens[c.to + 1]?.kind === 'word';
    if (
      !c.countryCode &&
      !(c.fixed === 'place' || lex.places.has(c.key)) &&
      !clubName &&
      !scoredAgainst &&
      !clubCue &&
      !townClub &&
      !playerAfter
    )
      continue;
    // A player's country is a nationality, whatever follows: "Anna Kowal of Poland 6-4, 6-2",
    // "Canada's Leah Brandt".
    if (
      (c.countryCode || lex.countries.has(c.key)) &&
      ((before?.lower === 'of' && tokens[c.from - 2]?.cap && tokens[c.from - 2]?.kind === 'word') ||
        (after?.kind === 'poss' &&
          (lex.firstNames.has(tokens[c.to + 1]?.lower ?? '') ||
            (!!tokens[c.to + 1]?.cap && !!tokens[c.to + 2]?.cap && tokens[c.to + 2]?.kind === 'word'))))
    )
      continue;
    const teamCueBefore = before?.lower === 'the' ? tokens[c.from - 2] : before;
    // A club's name that is no town's ("Manchester City", "Leeds United") needs no cue.
    const clubTail = c.words.length >= 2 && CLUB_TAILS.has(c.words[c.words.length - 1] ?? '');
    // ... nor does a town and a plural nickname that is no family name ("Kansas City Chiefs", not
    // "Austin Rivers" or "Madison Keys").
    // (Such a name is a team in any story: "Kelce, the Kansas City Chiefs tight end".)
    // (a family name too after a town that is no given name: "Rajasthan Royals")
    // (never a double family name: "David Lopez-Reyes", where David is also a town)
    // (no person's name follows "the")
    const articledTeam = before?.lower === 'the' && !c.titled;
    const nickname =
      front !== '' &&
      clubName &&
      !tail.includes('-') &&
      // (a family name written with its accents too: "Santiago Baños", after a town that is no
      // given name)
      (!(lex.nameParts.has(tail) || lex.nameParts.has(withoutAccents(tail) ?? tail)) ||
        ((!lex.firstNames.has(front) || articledTeam) && lex.commonWords.has(tail))) &&
      !lex.firstNames.has(tail) &&
      !PLACE_PLURALS.has(tail) &&
      // (after a town that is a given name too, an everyday word's plural only: "Orlando Pirates", not
      // "David Michaelides"; any plural after "the": "the Dallas Longhorns")
      !(
        lex.firstNames.has(front) &&
        !articledTeam &&
        !lex.commonWords.has(tail) &&
        !lex.commonWords.has(tail.slice(0, -1))
      );
    // A town and a club's tail that no town or council has ("Manchester United", "Bristol Rovers")
    // is a club in any story ("City" and "County" also end towns and councils).
    const clubAnywhere =
      clubTail &&
      tail !== 'city' &&
      tail !== 'county' &&
      c.words.length === 2 &&
      (lex.places.has(c.words[0] ?? '') || lex.countries.has(c.words[0] ?? ''));
    if ((nickname || clubAnywhere) && !lex.places.has(c.key) && !c.countryCode) {
      (nicknamed ??= new Set()).add(c.key);
      teams.add(c.key);
      continue;
    }
    if (
      (clubTail && !lex.places.has(c.key) && !c.countryCode) ||
      (teamCueBefore && TEAM_BEFORE.has(teamCueBefore.lower)) ||
      // (not where a place is the object of a preposition: "Club elections in Egypt are often
      // contested")
      (after?.kind === 'word' &&
        TEAM_AFTER.has(after.lower) &&
        !(PLAIN_VERBS_AFTER.has(after.lower) && PLACE_PREPOSITIONS.has(before?.lower ?? ''))) ||
      score(after) ||
      score(before) ||
      scoredAgainst ||
      clubCue ||
      (townClub && (before?.lower === 'from' || before?.lower === 'for'))
    )
      teams.add(c.key);
  }
  if (teams.size === 0) return teams;
  // Only in a sports story (looked for last: most stories have no team-like country at all).
  const cues = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'word' && !t.cap && SPORTS_WORDS.has(t.lower)) cues.add(t.lower);
    if (cues.size >= 2) return teams;
  }
  teams.clear();
  if (nicknamed) for (const k of nicknamed) teams.add(k);
  return teams;
};

/** A player's position in lower case, between a side's name and the player's: "Port Adelaide forward X". */
const PLAYER_POSITIONS = wordSet(
  'forward striker midfielder defender goalkeeper winger keeper fullback full-back halfback half-back ruckman playmaker',
);
/** Of TEAM_AFTER, the verbs any subject has: after a preposition of place the name is no side. */
const PLAIN_VERBS_AFTER = wordSet('are were have');
/** A side's verbs of a game's course, after its home's name: "Boston rallied", "Seattle edged". */
const TEAM_RESULT_VERBS = wordSet(
  'rallied edged routed clinched swept outscored earned reached levelled leveled equalised equalized',
);
/** Verbs and auxiliaries that follow a body's name as its predicate ("Amnesty said", "Oxfam has"). */
const PREDICATE_STARTS: ReadonlySet<string> = new Set([
  ...LONE_NAME_VERBS,
  ...wordSet(`have were are do also calls warns urges tells adds claims argues insists believes wants plans expects
  beat won lost lead leads led face faces host hosts`),
]);

const cluster = (
  text: string,
  tokens: readonly Token[],
  candidates: Candidate[],
  lex: Lexicon,
  teams: ReadonlySet<string>,
): { entities: ExtractedEntity[]; mentions: NameMention[] } => {
  for (const c of candidates) {
    if (!teams.has(c.key)) continue;
    c.fixed = 'organisation';
    c.team = true;
  }
  // A name written without its accents is the accented name the story gives too, as datelines in
  // capitals write them: "BOGOTA (Reuters)" and "in Bogotá", "Montreal" and "Montréal".
  let accented: Map<string, Candidate> | undefined;
  for (const c of candidates) {
    if (isAscii(c.key)) continue;
    const plain = c.key.normalize('NFD').replace(/\p{M}+/gu, '');
    if (plain !== c.key) (accented ??= new Map()).set(plain, c);
  }
  if (accented)
    for (const c of candidates) {
      const same = accented.get(c.key);
      if (!same) continue;
      c.key = same.key;
      c.words = same.words;
    }
  // Types agreed per surface form across the story (one "Google" typed by context alone does not win).
  const typedByKey = new Map<string, Record<EntityType, number>>();
  for (const c of candidates) {
    const agg = typedByKey.get(c.key) ?? { person: 0, organisation: 0, place: 0 };
    if (c.fixed) agg[c.fixed] += 5;
    else {
      agg.person += c.scores.person;
      agg.organisation += c.scores.organisation;
      agg.place += c.scores.place;
    }
    typedByKey.set(c.key, agg);
  }
  const aggType = (key: string): EntityType | undefined => {
    const agg = typedByKey.get(key);
    if (!agg) return undefined;
    const best = Math.max(agg.person, agg.organisation, agg.place);
    if (best <= 0) return undefined;
    return agg.place === best ? 'place' : agg.organisation === best ? 'organisation' : 'person';
  };
  shareListTypes(tokens, candidates, typedByKey, lex);
  // Full person names by the words they contain, for surname-only mentions; longer names win.
  const personWords = new Map<string, string>();
  // A word shared by two people who are not one another ("Mary Lindqvist", "Mary Olsen"): its lone
  // mention goes to the nearest full name before it, not to the longest.
  const sharedWords = new Set<string>();
  // Multi-word organisations by their distinctive words ("Scientology" in "Church of Scientology").
  const orgWords = new Map<string, string>();
  // The nickname ending a team's name ("Ravens" of "Baltimore Ravens"), not a body's last word
  // ("Farmers" of "Young Farmers", "Deputies" of "Chamber of Deputies").
  const nicknameOfTeam = (w: string): boolean => {
    const owner = orgWords.get(w) ?? '';
    if (!owner.endsWith(` ${w}`)) return false;
    return teams.has(owner) || lex.places.has(owner.slice(0, -(w.length + 1)));
  };
  const orgWordShared = new Set<string>();
  const orgWordCores = new Set<string>();
  // Words after the "of" of a body bound to a place ("Pescara" in "Municipality of Pescara",
  // "University of Leeds"): alone they may name the place rather than the body. ("Zorvanism" after
  // "Church of Zorvanism" is the body's own word.)
  const orgTailWords = new Set<string>();
  // The lower-case noun right after a word (a possessive's mark between allowed: "Patients' groups").
  const qualifiesNextNoun = (at: number): boolean => {
    let n = tokens[at];
    if (n && (n.text === "'" || n.text === '’') && n.start === (tokens[at - 1]?.end ?? -1))
      n = tokens[at + 1];
    return (
      n?.kind === 'word' &&
      n.text === n.lower &&
      lex.commonWords.has(n.text) &&
      !FUNCTION_WORDS.has(n.text) &&
      !PREDICATE_STARTS.has(n.text) &&
      !TITLE_WORDS.has(n.text) &&
      !n.text.endsWith('ed')
    );
  };
  const indexPersonWord = (w: string, c: Candidate): void => {
    const prev = personWords.get(w);
    if (prev && prev !== c.key && !sameNamed(prev, c.words)) sharedWords.add(w);
    if (!prev || wordsIn(prev) < c.words.length) personWords.set(w, c.key);
  };
  for (const c of candidates) {
    const t = c.fixed ?? aggType(c.key);
    if (t === 'person' && (c.words.length >= 2 || c.titled)) {
      for (const [k, word] of c.words.entries()) {
        // (a particle ending the name is its family name: "Raghavendra Das")
        if ((NAME_PARTICLES.has(word) && k < c.words.length - 1) || word.length < 2) continue;
        // (an Arabic family name stands also without its article: "Assad" for "Bashar al-Assad")
        indexPersonWord(word, c);
        if (ARTICLED_NAME.test(word)) indexPersonWord(word.slice(3), c);
      }
      // (a nickname in quotes inside the name stands for the person: "Moose" for Marcus "Moose"
      // Delacroix-Reyes)
      for (let k = c.from + 1; k < c.to - 1; k++) {
        if (tokens[k]?.kind !== 'quote') continue;
        let e = k + 1;
        while (e < c.to && tokens[e]?.kind === 'word' && tokens[e]?.cap) e++;
        if (e > k + 1 && e - k <= 3 && tokens[e]?.kind === 'quote')
          for (let n = k + 1; n < e; n++) indexPersonWord(tokens[n]?.lower ?? '', c);
        break;
      }
      // (a double family name stands also by its first part: "Villamizar" for "Leonardo Villamizar-Pombo")
      const family = c.words[c.words.length - 1] ?? '';
      const hyphen = family.indexOf('-');
      if (c.words.length >= 2 && hyphen >= 3 && family.length - hyphen > 3 && !ARTICLED_NAME.test(family))
        indexPersonWord(family.slice(0, hyphen), c);
    }
    if (t === 'organisation' && c.words.length >= 2) {
      let afterOf = false;
      let prevWord = '';
      // (so is a town's name before the town's police or schools: "Franklin" in "Franklin Police
      // Department", "Jackson" in "Jackson Public Schools")
      if (TOWN_SERVICE_WORDS.has(c.words[1] ?? '')) orgTailWords.add(c.words[0] ?? '');
      for (const w of c.words) {
        if (w === 'of' && PLACE_BOUND_HEADS.has(prevWord)) afterOf = true;
        if (afterOf) orgTailWords.add(w);
        prevWord = w;
        if (
          ORG_HEADS.has(w) ||
          FUNCTION_WORDS.has(w) ||
          w.length < 3 ||
          lex.countries.has(w) ||
          lex.demonyms.has(w)
        )
          continue;
        // (nor the name of what a body of its members or fans is named after: "Everton" of "Everton
        // Fan Advisory Board", "Acme" of "Acme Workers Union" is the club or the company)
        // (also after "All": "Kisaragi" of "All Kisaragi Workers' Union" is the carmaker)
        if (
          (w === c.words[0] || (w === c.words[1] && c.words[0] === 'all')) &&
          c.words.length >= 3 &&
          MEMBER_BODY_HEADS.has(c.words[c.words.length - 1] ?? '') &&
          !c.words.slice(1, -1).every((x) => FUNCTION_WORDS.has(x))
        )
          continue;
        // (nor a company's charity named after it, when the story names the company too: "Lundgaard"
        // of "Lundgaard Foundation" beside "Lundgaard Pharma")
        if (
          w === c.words[0] &&
          c.words.length === 2 &&
          c.words[1] === 'foundation' &&
          candidates.some(
            (o) =>
              o !== c &&
              o.words.length >= 2 &&
              o.words[0] === w &&
              o.words[o.words.length - 1] !== 'foundation' &&
              (o.fixed ?? aggType(o.key)) === 'organisation',
          )
        )
          continue;
        // (the word a body is known by alone: "Apple" of "Apple Inc", "Heat" of "Miami Heat")
        if (
          c.words.every(
            (x) => x === w || ORG_HEADS.has(x) || COMPANY_SUFFIXES.has(x) || FUNCTION_WORDS.has(x),
          )
        )
          orgWordCores.add(w);
        else if (w === c.words[c.words.length - 1] && lex.places.has(c.words.slice(0, -1).join(' ')))
          orgWordCores.add(w);
        const had = orgWords.get(w);
        // A country standing for its state is keyed by its code (see below).
        const orgKey = c.countryCode && !c.team ? `state:${c.countryCode}` : c.key;
        // (a body's name and the same with more words after it are one body's: "Hoshizora Motor" and
        // "Hoshizora Motor Corp"; the longer keeps the word)
        if (had === undefined || orgKey.startsWith(`${had} `)) orgWords.set(w, orgKey);
        else if (had !== orgKey && !had.startsWith(`${orgKey} `)) orgWordShared.add(w);
      }
    }
  }
  // Acronyms defined in brackets, either way round ("Korean Central News Agency (KCNA)", "the FARC
  // (Revolutionary Armed Forces of Colombia)"), stand for that name whatever its type; acronyms that
  // are only the initials of a name seen elsewhere stand for it when it is an organisation.
  // Organisations by key, for names that repeat one with a country in front ("United Kingdom Home
  // Office" is the "Home Office" the story names again; so is "the British Foreign Office").
  const orgKeys = new Set<string>();
  for (const c of candidates) if ((c.fixed ?? aggType(c.key)) === 'organisation') orgKeys.add(c.key);
  const countryLedOrg = (c: Candidate): string | undefined => {
    for (let n = Math.min(3, c.words.length - 1); n >= 1; n--) {
      const lead = c.words.slice(0, n).join(' ');
      if (!lex.countries.has(lead) && !lex.demonyms.has(lead) && !lex.countries.has(stripDots(lead)))
        continue;
      const rest = c.words.slice(n).join(' ');
      return orgKeys.has(rest) ? rest : undefined;
    }
    return undefined;
  };
  // Longer organisation names by where they are first named: a later shorter form inside just one
  // of them ending in a body's head is that body again ("the Supreme Court" after "the Italian
  // Supreme Court of Cassation").
  const longOrgs = new Map<string, number>();
  for (const c of candidates)
    if (c.words.length >= 3 && (c.fixed ?? aggType(c.key)) === 'organisation' && !longOrgs.has(` ${c.key} `))
      longOrgs.set(` ${c.key} `, c.from);
  /** Places named by a word no list knows and their heads ("Rikers Island"), by that word. */
  const placeFirsts = once(() => {
    const firsts = new Map<string, { key: string; at: number }>();
    for (const o of candidates) {
      const first = o.words[0] ?? '';
      if (
        o.words.length < 2 ||
        o.words.length > 3 ||
        (o.fixed ?? aggType(o.key)) !== 'place' ||
        !o.words.slice(1).every((w) => PLACE_HEADS.has(w) || w === 'national') ||
        lex.commonWords.has(first) ||
        lex.places.has(first) ||
        lex.countries.has(first) ||
        lex.firstNames.has(first) ||
        lex.nameParts.has(first) ||
        firsts.has(first)
      )
        continue;
      firsts.set(first, { key: o.key, at: o.from });
    }
    return firsts;
  });
  /** Venues named after a person ("Sabiha Gökçen International Airport"), by the person's name. */
  const venueNames = once(() => {
    const named = new Map<string, { key: string; at: number }>();
    for (const o of candidates) {
      const last = o.words[o.words.length - 1] ?? '';
      if (
        o.words.length < 3 ||
        o.words.length > 5 ||
        !PERSON_NAMED_VENUES.has(last) ||
        !PLACE_HEADS.has(last) ||
        (o.fixed ?? aggType(o.key)) !== 'place'
      )
        continue;
      for (let n = 1; n <= 2; n++) {
        const rest = o.words.slice(n);
        if (
          rest.length < 2 ||
          !rest.every((w) => PLACE_HEADS.has(w) || w === 'international' || w === 'national')
        )
          continue;
        const lead = o.words.slice(0, n).join(' ');
        if (!named.has(lead)) named.set(lead, { key: o.key, at: o.from });
      }
    }
    return named;
  });
  const shortFormOf = (c: Candidate): string | undefined => {
    // (or in a head an ordinal opens: "the 9th Circuit" after "the Court of Appeals for the 9th Circuit")
    const last = c.words[c.words.length - 1] ?? '';
    if (longOrgs.size === 0 || !(ORG_HEADS.has(last) || ORDINAL_BODY_HEADS.has(last))) return undefined;
    let found: string | undefined;
    let padded: string | undefined;
    for (const [spaced, at] of longOrgs) {
      if (at >= c.from || spaced.length <= c.key.length + 2) continue;
      padded ??= ` ${c.key} `;
      if (!spaced.includes(padded)) continue;
      const long = spaced.slice(1, -1);
      // "United Kingdom Home Office" is keyed by "Home Office" already (see countryLedOrg).
      const lead = long.endsWith(padded.slice(0, -1)) ? long.slice(0, -c.key.length - 1) : '';
      if (lead && (lex.countries.has(lead) || lex.demonyms.has(lead) || lex.countries.has(stripDots(lead))))
        return undefined;
      if (found) return undefined; // two bodies hold it: say nothing
      found = long;
    }
    return found;
  };
  // Companies named with a legal suffix, by the name without it ("siemens" for "Siemens AG").
  // The company's name without its legal suffix, and without a business word before that ("Toyota"
  // of "Toyota Motor Corp"), to the full name.
  const suffixBases = new Map<string, string>();
  // The last words of names of two words or more ("Porter" of "Jane Porter"), read once.
  const longNameEnds = new Set<string>();
  for (const c of candidates) if (c.words.length >= 2) longNameEnds.add(lastOf(c.words));
  for (const c of candidates) {
    // (a company of three words or more named again without its business word: "Summit Ridge" after
    // "Summit Ridge Energy")
    // (a bank's, a telecom's or a metals firm's too: "Heartland Prairie" after "Heartland Prairie Bank")
    const businessLast =
      COMPANY_HEADS.has(lastOf(c.words)) ||
      BUSINESS_WORDS_AFTER.has(lastOf(c.words)) ||
      SHORTENED_BUSINESS_WORDS.has(lastOf(c.words));
    if (
      c.words.length >= 3 &&
      businessLast &&
      (c.fixed ?? aggType(c.key)) === 'organisation' &&
      !lex.places.has(c.words.slice(0, -1).join(' '))
    )
      suffixBases.set(c.words.slice(0, -1).join(' '), c.key);
    // (and a company of two words, its one-word name no place, people or person of the story:
    // "Porter" after "Porter Airlines", "Kaya" after "Kaya Telecom"; not "Kenya" of "Kenya Airways")
    const base2 = c.words[0] ?? '';
    if (
      c.words.length === 2 &&
      businessLast &&
      (c.fixed ?? aggType(c.key)) === 'organisation' &&
      !lex.places.has(base2) &&
      !lex.countries.has(base2) &&
      !lex.demonyms.has(base2) &&
      !lex.regions.has(base2) &&
      !longNameEnds.has(base2)
    )
      suffixBases.set(base2, c.key);
    // (an Indonesian company without its "PT": "Sawit Jaya" after "PT Sawit Jaya")
    if (c.words.length >= 3 && c.words[0] === 'pt' && (c.fixed ?? aggType(c.key)) === 'organisation') {
      suffixBases.set(c.words.slice(1).join(' '), c.key);
      // (and without its "Tbk" too: "Nusantara Seluler" after "PT Nusantara Seluler Tbk")
      if (c.words.length >= 4 && COMPANY_SUFFIXES.has(stripDots(lastOf(c.words))))
        suffixBases.set(c.words.slice(1, -1).join(' '), c.key);
    }
    // (a club without its suffix: "Al Ahly" after "Al Ahly FC")
    if (
      c.words.length >= 3 &&
      CLUB_SUFFIXES.has(lastOf(c.words).toUpperCase()) &&
      (c.fixed ?? aggType(c.key)) === 'organisation'
    )
      suffixBases.set(c.words.slice(0, -1).join(' '), c.key);
    if (
      c.words.length >= 2 &&
      COMPANY_SUFFIXES.has(stripDots(lastOf(c.words))) &&
      (c.fixed ?? aggType(c.key)) === 'organisation'
    ) {
      suffixBases.set(c.words.slice(0, -1).join(' '), c.key);
      // (over the "&" before the suffix: "Helvetica Graf" after "Helvetica Graf & Cie")
      if (c.words.length >= 3 && c.words[c.words.length - 2] === '&')
        suffixBases.set(c.words.slice(0, -2).join(' '), c.key);
      const business = c.words[c.words.length - 2] ?? '';
      const base = c.words.slice(0, -2).join(' ');
      // (never a country or town: "Singapore" of "Singapore Airlines Ltd" stays the country)
      if (
        c.words.length >= 3 &&
        (COMPANY_HEADS.has(business) ||
          COMPANY_HEADS.has(`${business}s`) ||
          SUFFIXED_BUSINESS_WORDS.has(business)) &&
        !lex.countries.has(base) &&
        // (unless the town's name is a known company's: "Toyota" of "Toyota Motor Corp")
        (!lex.places.has(base) || KNOWN_ORGS.has(base))
      )
        suffixBases.set(base, c.key);
    }
  }
  // A body named again by its leading words, where those alone would make a person: "Lone Pine"
  // after "Lone Pine Freight Lines", "Tokai Seimitsu" after "Tokai Seimitsu Co Ltd" (two words or
  // more, no link word among them; not a body often named for a person: "Nkosi Dlamini said"
  // beside "the Nkosi Dlamini Foundation" is its founder); '' where two bodies share them.
  // (built on first need: most stories ask for none)
  let leadingBases: Map<string, string> | undefined;
  const leadingBase = (key: string): string | undefined => {
    if (!leadingBases) {
      leadingBases = new Map();
      for (const c of candidates) {
        if (c.words.length < 3 || !ORG_HEADS.has(lastOf(c.words)) || EPONYM_HEADS.has(lastOf(c.words)))
          continue;
        if ((c.fixed ?? aggType(c.key)) !== 'organisation') continue;
        for (let p = 2; p < c.words.length; p++) {
          const w = c.words[p - 1] ?? '';
          if (FUNCTION_WORDS.has(w) || w === '&') break;
          const base = c.words.slice(0, p).join(' ');
          const had = leadingBases.get(base);
          leadingBases.set(base, had === undefined || had === c.key ? c.key : '');
        }
      }
    }
    return leadingBases.get(key);
  };
  const acronymOf = new Map<string, Candidate>();
  const definedAcronyms = new Set<string>();
  // Short names of one word given in apposition ("Conab"), joined as initials are.
  const wordAliases = new Set<string>();
  // A body's other name in brackets right after it, in its own language or short form: "the
  // Citizens' Movement (Movimiento Ciudadano)", "Our Homeland Movement (Mi Hazank)".
  const bracketAlias = new Map<string, Candidate>();
  // Real names given after the name a person goes by: "Central Cee, whose real name is Oakley
  // Caesar-Su,", "Bad Bunny, born Benito Antonio Martínez Ocasio,".
  const realNameOf = new Map<string, Candidate>();
  // Where each such name gone by was filed, once the loop below has filed it.
  const stageKeys = new Map<Candidate, string | undefined>();
  for (let ci = 1; ci < candidates.length; ci++) {
    const x = candidates[ci] as Candidate;
    if (x.words.length < 2) continue;
    const at = x.from;
    let comma = tokens[at - 1]?.lower === 'born' && tokens[at - 2]?.text === ',' ? at - 2 : -1;
    if (
      (tokens[at - 1]?.lower === 'is' || tokens[at - 1]?.lower === 'was') &&
      tokens[at - 2]?.lower === 'name' &&
      tokens[at - 3]?.lower === 'real' &&
      tokens[at - 4]?.lower === 'whose'
    ) {
      // (over a description in apposition: "Central Cee, the west London rapper whose real name is")
      for (let k = at - 5; k >= 0 && k >= at - 12 && tokens[k]?.sentence === tokens[at]?.sentence; k--)
        if (tokens[k]?.text === ',') {
          comma = k;
          break;
        }
    }
    const stage = comma < 0 ? undefined : candidates.slice(0, ci).find((o) => o.to === comma);
    if (!stage || stage.key === x.key) continue;
    // (a name of two words or more is a stage name, a person's; one word may be a family name
    // the story gave in full before: "Shoko Asahara ... Asahara, whose real name is ...")
    if (stage.words.length >= 2) stage.fixed = 'person';
    realNameOf.set(x.key, stage);
    stageKeys.set(stage, undefined);
  }
  for (let ci = 0; ci + 1 < candidates.length; ci++) {
    const c = candidates[ci] as Candidate;
    const x = candidates[ci + 1] as Candidate;
    // (over the body's kind before the bracket: "the Radical Change party (Cambio Radical)")
    const kind = tokens[c.to];
    // (or over an abbreviation's period: "the Korea Railroad Corp. (Korail)")
    const open =
      kind?.kind === 'word' && kind.text === kind.lower && PARTY_NOUNS.has(kind.text)
        ? c.to + 1
        : kind?.text === '.' && tokens[c.to + 1]?.text === '(' && kind.start === tokens[c.to - 1]?.end
          ? c.to + 1
          : c.to;
    if (
      c.words.length >= 2 &&
      tokens[open]?.text === '(' &&
      x.from === open + 1 &&
      tokens[x.to]?.text === ')' &&
      x.words.length <= 3 &&
      x.key !== c.key &&
      !x.countryCode &&
      !lex.places.has(x.key) &&
      !lex.countries.has(x.key) &&
      // (initials may open it where the name's last word closes both: "Climate Action Network Europe
      // (CAN Europe)", "Professional Footballers' Association Scotland (PFA Scotland)")
      (!isAcronym(tokens[x.from] as Token) ||
        (x.words.length === 2 &&
          c.words.length >= 3 &&
          x.words[1] === c.words[c.words.length - 1] &&
          acronymSpells(stripDots(tokens[x.from]?.lower ?? ''), acronymWords(tokens, c.from, c.to - 1)))) &&
      (c.fixed ?? aggType(c.key)) === 'organisation' &&
      // (not an office's unit: "Deputy Commissioner of Police (Cyber Crime)")
      !TITLE_WORDS.has(c.words[0] ?? '') &&
      !bracketAlias.has(x.key)
    )
      bracketAlias.set(x.key, c);
  }
  // Where the name after "known as" starts: "known as NABU", "known as the KPK", "known in
  // Germany as the Bundeskartellamt"; -1 when `at` opens no such phrase.
  const knownAsAt = (at: number): number => {
    if (tokens[at]?.lower !== 'known') return -1;
    let k = at + 1;
    if (tokens[k]?.lower === 'in') {
      k++;
      const from = k;
      while (k < from + 3 && tokens[k]?.cap && tokens[k]?.kind === 'word') k++;
      if (k === from) return -1;
    }
    if (tokens[k]?.lower !== 'as') return -1;
    return tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  };
  /** Where the alias stands after "known by its (German) initials", "known by the acronym", or -1. */
  const knownByAt = (at: number): number => {
    if (tokens[at]?.lower !== 'known' || tokens[at + 1]?.lower !== 'by') return -1;
    for (let k = at + 3; k <= at + 5; k++) {
      const w = tokens[k - 1]?.lower;
      if (w === 'acronym' || w === 'initials' || w === 'abbreviation') return k;
      if (tokens[k - 1]?.kind !== 'word') return -1;
    }
    return -1;
  };
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci] as Candidate;
    if (c.words.length < 2) {
      // A body's initials written as a word before its full name in apposition: "Sanef, the South
      // African National Editors' Forum, said".
      const full = candidates[ci + 1];
      const fullAt = tokens[c.to + 1]?.lower === 'the' ? c.to + 2 : c.to + 1;
      const spelled = stripDots(c.key);
      if (
        full &&
        tokens[c.to]?.text === ',' &&
        full.from === fullAt &&
        full.words.length >= 3 &&
        tokens[full.to]?.text === ',' &&
        spelled.length >= 3 &&
        !c.countryCode &&
        !lex.places.has(c.key) &&
        !lex.firstNames.has(c.key) &&
        initialsOf(full.words) === spelled &&
        !definedAcronyms.has(spelled)
      ) {
        acronymOf.set(spelled, full);
        definedAcronyms.add(spelled);
        if (!isAcronym(tokens[c.from] as Token)) wordAliases.add(spelled);
        continue;
      }
      // One word before initials made of its own letters: "the Kuomintang (KMT)".
      const abbr = tokens[c.to + 1];
      const word = c.words[0] ?? '';
      if (
        abbr &&
        tokens[c.to]?.text === '(' &&
        tokens[c.to + 2]?.text === ')' &&
        isAcronym(abbr) &&
        word.length >= 6 &&
        !c.countryCode &&
        c.fixed !== 'place' &&
        !lex.places.has(c.key) &&
        lettersWithin(stripDots(abbr.lower), word)
      ) {
        const acr = stripDots(abbr.lower);
        if (!definedAcronyms.has(acr)) acronymOf.set(acr, c);
        definedAcronyms.add(acr);
      }
      continue;
    }
    // (over the body's kind in lower case, initials opening as the name does: "the Comisiones Obreras
    // union (CCOO)")
    const kindBetween = tokens[c.to];
    const gap =
      kindBetween?.kind === 'word' &&
      kindBetween.text === kindBetween.lower &&
      BODY_KINDS.has(kindBetween.text) &&
      tokens[c.to + 1]?.text === '(' &&
      tokens[c.to + 2]?.text.charAt(0).toLowerCase() === c.words[0]?.charAt(0)
        ? 1
        : 0;
    const inner = tokens[c.to + 1 + gap];
    // (Square brackets too: an editor's insertion in a quotation, "Korean People's Army [KPA]".)
    const opens = tokens[c.to + gap]?.text === '(' || tokens[c.to + gap]?.text === '[';
    const closes = tokens[c.to + 2 + gap]?.text === ')' || tokens[c.to + 2 + gap]?.text === ']';
    if (
      opens &&
      inner &&
      (isAcronym(inner) ||
        MIXED_ABBREVIATION.test(inner.text) ||
        (WORD_INITIALS.test(inner.text) && acronymSpells(inner.lower, c.words))) &&
      closes
    ) {
      const acr = stripDots(inner.lower);
      // A place before a dateline's agency ("SAN JUAN, Puerto Rico (AP) —") defines nothing.
      // (a known body's initials after a body spelled out are its own: "the Association of Southeast
      // Asian Nations (ASEAN)")
      const dateline =
        acr !== initialsOf(c.words) &&
        (c.fixed === 'place' ||
          // (nor a results table's country code after a person: "Arthur Fils (FRA)")
          (lex.countryCodes3.has(acr) && (c.fixed ?? aggType(c.key)) === 'person') ||
          !!c.countryCode ||
          lex.places.has(c.key) ||
          (KNOWN_ORGS.has(acr) &&
            ((c.fixed ?? aggType(c.key)) !== 'organisation' ||
              // (its first and last letters those of the name: not "the General Court of the
              // European Union (EU)")
              acr.charAt(0) !== c.words[0]?.charAt(0) ||
              acr.charAt(acr.length - 1) !== c.words[c.words.length - 1]?.charAt(0))));
      // (nor a wire agency's code after a dateline: "UNITED NATIONS (AP) —")
      const wire = WIRE_CODES.has(acr) && acr !== initialsOf(c.words);
      if (!definedAcronyms.has(acr) && !dateline && !wire) acronymOf.set(acr, c);
      if (!wire) definedAcronyms.add(acr);
    }
    // (initials given after the name take a letter of its words' first letters: not "Walmart Inc,
    // or CVS")
    const sharesInitial = (acr: Token): boolean => {
      const letters = stripDots(acr.lower);
      return c.words.some((w) => letters.includes(w.charAt(0)));
    };
    // (or a short name of one word no list knows, before punctuation: "the National Supply Company,
    // Conab, said", "Cooperativa Agrícola do Sul de Minas, or Coopasul", "known by its Portuguese
    // initials Contraf")
    const aliasWord = (t: Token | undefined, at: number, anyAfter = false): boolean =>
      !!t &&
      t.kind === 'word' &&
      t.cap &&
      t.text.length >= 4 &&
      !isAcronym(t) &&
      !lex.commonWords.has(t.lower) &&
      !lex.firstNames.has(t.lower) &&
      !lex.places.has(t.lower) &&
      !lex.countries.has(t.lower) &&
      !lex.demonyms.has(t.lower) &&
      !KNOWN_ORGS.has(t.lower) &&
      (anyAfter ||
        tokens[at + 1]?.text === ',' ||
        tokens[at + 1]?.text === '.' ||
        tokens[at + 1]?.text === ')');
    // "..., known as UNRWA,": an acronym given in apposition.
    // (also "known in Germany as the Bundeskartellamt", "known as the KPK")
    let aliasAt = tokens[c.to]?.text === ',' ? knownAsAt(c.to + 1) : -1;
    let alias = aliasAt >= 0 ? tokens[aliasAt] : undefined;
    // (a name put as one, "as X is known", needs no punctuation after it)
    let namedAlias = false;
    // (or "the Administrative Council for Economic Defense, as Cade is formally known,")
    if (!alias && tokens[c.to]?.text === ',' && tokens[c.to + 1]?.lower === 'as') {
      const after = tokens[c.to + 3]?.lower === 'is' ? c.to + 4 : -1;
      const known = after >= 0 && KNOWN_MANNERS.has(tokens[after]?.lower ?? '') ? after + 1 : after;
      if (known >= 0 && tokens[known]?.lower === 'known' && tokens[known + 1]?.text === ',') {
        aliasAt = c.to + 2;
        alias = tokens[aliasAt];
        namedAlias = true;
      }
    }
    // (or with the body's kind standing for it soon after: "the National Anti-Corruption Bureau ...
    // The bureau, known as NABU, said"; the nearest body of that kind)
    const kindWord = c.words[c.words.length - 1] ?? '';
    if (
      !alias &&
      c.words.length >= 2 &&
      ORG_HEADS.has(kindWord) &&
      (c.fixed ?? aggType(c.key)) === 'organisation'
    ) {
      const lastSentence = (tokens[c.to - 1]?.sentence ?? 0) + 2;
      for (let k = c.to; k < tokens.length && (tokens[k]?.sentence ?? 0) <= lastSentence; k++) {
        const t = tokens[k];
        if (
          t?.lower === kindWord &&
          t.text === t.lower &&
          tokens[k - 1]?.lower === 'the' &&
          tokens[k + 1]?.text === ','
        ) {
          // (also "The agency, known by its Polish initials ABW,")
          const as = knownAsAt(k + 2);
          const at = as >= 0 ? as : knownByAt(k + 2);
          // (not past another body of that kind named in between)
          const nearer = candidates.some(
            (o) => o !== c && o.from >= c.to && o.from < k && o.words[o.words.length - 1] === kindWord,
          );
          if (at >= 0 && !nearer) {
            aliasAt = at;
            alias = tokens[at];
          }
          break;
        }
      }
    }
    // (or "known by its German initials BAFU", "known by the acronym KRS")
    // (also after a description in apposition: ", a monitoring group known by its Arabic acronym Adala")
    let byFrom = c.to + 1;
    if (tokens[c.to]?.text === ',' && /^an?$/u.test(tokens[byFrom]?.lower ?? '')) {
      byFrom++;
      while (
        byFrom < c.to + 7 &&
        tokens[byFrom]?.kind === 'word' &&
        tokens[byFrom]?.text === tokens[byFrom]?.lower &&
        tokens[byFrom]?.text !== 'known'
      )
        byFrom++;
    }
    const byAt = tokens[c.to]?.text === ',' ? knownByAt(byFrom) : -1;
    if (byAt >= 0) {
      aliasAt = byAt;
      alias = tokens[byAt];
    }
    // (or ", or DOWASCO," after a body of two words or more spelled out, when the initials take a
    // letter from its words)
    const orAfter = tokens[c.to + 3];
    if (
      !alias &&
      tokens[c.to]?.text === ',' &&
      tokens[c.to + 1]?.lower === 'or' &&
      tokens[c.to + 2] &&
      (isAcronym(tokens[c.to + 2] as Token) || aliasWord(tokens[c.to + 2], c.to + 2)) &&
      (!orAfter || orAfter.kind === 'punct' || orAfter.sentence !== tokens[c.to + 2]?.sentence) &&
      orAfter?.text !== '-' &&
      tokens[c.from - 1]?.text !== ',' &&
      sharesInitial(tokens[c.to + 2] as Token) &&
      (c.fixed ?? aggType(c.key)) === 'organisation'
    ) {
      aliasAt = c.to + 2;
      alias = tokens[aliasAt];
    }
    // (or in apposition, bare or after "the", before a comma and its verb or at the sentence's end:
    // "the Confederation of Norwegian Enterprise, NHO, said", "the Kurdistan Workers' Party, the PKK,")
    const appAt = tokens[c.to + 1]?.lower === 'the' ? c.to + 2 : c.to + 1;
    const appNext = tokens[appAt + 1];
    const appAfter = tokens[appAt + 2];
    if (
      !alias &&
      c.words.length >= 2 &&
      tokens[c.to]?.text === ',' &&
      tokens[appAt] &&
      (isAcronym(tokens[appAt]) || aliasWord(tokens[appAt], appAt)) &&
      (appNext?.text === '.' ||
        (appNext?.text === ',' &&
          appAfter?.kind === 'word' &&
          appAfter.text === appAfter.lower &&
          appAfter.text !== 'and' &&
          appAfter.text !== 'or')) &&
      tokens[c.from - 1]?.text !== ',' &&
      sharesInitial(tokens[appAt]) &&
      !KNOWN_ORGS.has(tokens[appAt]?.lower ?? '') &&
      (c.fixed ?? aggType(c.key)) === 'organisation'
    ) {
      aliasAt = appAt;
      alias = tokens[aliasAt];
    }
    if (alias && isAcronym(alias) && !lex.countries.has(alias.lower)) {
      const acr = stripDots(alias.lower);
      if (!definedAcronyms.has(acr)) acronymOf.set(acr, c);
      definedAcronyms.add(acr);
    } else if (
      alias &&
      (aliasWord(alias, aliasAt) || (namedAlias && aliasWord(alias, aliasAt, true))) &&
      !definedAcronyms.has(alias.lower)
    ) {
      acronymOf.set(alias.lower, c);
      definedAcronyms.add(alias.lower);
      wordAliases.add(alias.lower);
    }
    const outer = tokens[c.from - 2];
    // (not a dateline's town in capitals before its agency: "SEOUL (Korea Herald) -")
    if (
      tokens[c.from - 1]?.text === '(' &&
      outer &&
      isAcronym(outer) &&
      tokens[c.to]?.text === ')' &&
      !lex.places.has(outer.lower) &&
      !lex.countries.has(outer.lower)
    ) {
      const acr = stripDots(outer.lower);
      if (!definedAcronyms.has(acr)) acronymOf.set(acr, c);
      definedAcronyms.add(acr);
    }
    const initials = initialsOf(c.words);
    // "University of Sheffield" is no "US": a country's code keeps its country.
    if (!acronymOf.has(initials) && !lex.countries.has(initials)) acronymOf.set(initials, c);
    // (also without the country opening it: "FDA" for "U.S. Food and Drug Administration")
    const lead = c.words[0] ?? '';
    if (
      c.words.length >= 3 &&
      (lex.countries.has(lead) || lex.countries.has(stripDots(lead)) || lex.demonyms.has(lead))
    ) {
      const rest = initialsOf(c.words.slice(1));
      if (rest.length >= 2 && !acronymOf.has(rest) && !lex.countries.has(rest)) acronymOf.set(rest, c);
    }
    // (also without a legal suffix closing it: "NNPC" for "Nigerian National Petroleum Company Ltd",
    // "MUFG" for "Mitsubishi UFJ Financial Group Inc"; without "of" and the country closing it: "CDP"
    // for "Constitutional Democratic Party of Japan"; and over a lower-case particle of another
    // language: "BSP" for "Bangko Sentral ng Pilipinas")
    const variants: string[] = [];
    const n = c.words.length;
    if (n >= 3 && COMPANY_SUFFIXES.has(stripDots(c.words[n - 1] ?? '')))
      variants.push(initialsOf(c.words.slice(0, -1)));
    if (n >= 4 && c.words[n - 2] === 'of' && lex.countries.has(c.words[n - 1] ?? ''))
      variants.push(initialsOf(c.words.slice(0, -2)));
    if (n >= 3) {
      let letters = '';
      for (let k = c.from; k < c.to; k++) {
        const t = tokens[k];
        if (t?.kind === 'word' && t.cap && !NOT_IN_INITIALS.has(t.lower)) letters += t.lower.charAt(0);
      }
      if (letters !== initials) variants.push(letters);
    }
    for (const v of variants)
      if (v.length >= 3 && !acronymOf.has(v) && !lex.countries.has(v) && !definedAcronyms.has(v))
        acronymOf.set(v, c);
    // A bank's initials may keep its "of": "BOJ" for "Bank of Japan", "BoE" for "Bank of England".
    if (c.words.length === 3 && c.words[0] === 'bank' && c.words[1] === 'of') {
      const withOf = `bo${c.words[2]?.charAt(0) ?? ''}`;
      if (!acronymOf.has(withOf)) acronymOf.set(withOf, c);
    }
    // A group of nations is its "G" and number: "G20" or "G-20" for "the Group of 20", "G7" for "the
    // Group of Seven".
    if (c.words.length === 3 && c.words[0] === 'group' && c.words[1] === 'of') {
      const n = GROUP_NUMBERS.get(c.words[2] ?? '') ?? c.words[2] ?? '';
      if (/^\d{1,3}$/u.test(n))
        for (const g of [`g${n}`, `g-${n}`]) if (!acronymOf.has(g)) acronymOf.set(g, c);
    }
  }
  // Names the story places in a country at least once ("Chester, England").
  let townKeys: Set<string> | undefined;
  const townInCountry = (key: string): boolean => {
    if (!townKeys) {
      townKeys = new Set();
      for (const c of candidates) {
        const country = tokens[c.to + 1];
        if (
          tokens[c.to]?.text === ',' &&
          country?.cap &&
          (lex.countries.has(country.lower) || lex.places.has(country.lower))
        )
          townKeys.add(c.key);
      }
    }
    return townKeys.has(key);
  };
  // Where each full person name is mentioned, for the nearest-before choice among shared words.
  const lastFullAt = new Map<string, number>();
  // Full names first introduced by a kinship noun ("her son, Erik Lindqvist").
  const relatives = new Set<string>();
  let lastPersonKey = '';
  const attributed = new Set<string>();
  let lastPersonGender: 'f' | 'm' | 'u' = 'u';

  const entities: ExtractedEntity[] = [];
  // Entities by type, then key (no "type|key" string to build and hash per candidate).
  const byKey: Record<EntityType, Map<string, ExtractedEntity>> = {
    person: new Map(),
    organisation: new Map(),
    place: new Map(),
  };
  // The key of each entity's first mention, whose agreed scores give its confidence.
  const firstKey: string[] = [];
  const mentions: NameMention[] = [];
  let withNested: Array<{ c: Candidate; org: boolean }> | undefined;
  // Where each candidate ended up, by its last token: "Joko Widodo, known as Jokowi" files the
  // nickname with the person before it.
  const filedByEnd = new Map<number, { type: EntityType; key: string }>();
  const nicknames = new Map<string, { type: EntityType; key: string }>();
  const nicknamed = text.includes('nown as');
  // (a body's other name after ", or" in commas: filed by where each name ends too)
  const orNamed = text.includes(', or ');
  let fullForms: Set<string> | undefined;
  // Two-word people ("Ratan Tata"), for the same person named with a middle name; and the last two
  // words of longer names, for a double family name alone ("López Obrador").
  const twoWordPeople = new Set<string>();
  const lastTwoOf = new Map<string, string>();
  const articledPairOf = new Map<string, string>();
  for (const c of candidates) {
    if (c.group || (c.fixed ?? aggType(c.key)) !== 'person') continue;
    if (c.words.length === 2) twoWordPeople.add(c.key);
    // (three words too when the middle one is no given name: "Omar García Harfuch", not "Martin
    // Luther King")
    else if (c.words.length >= 4 || (c.words.length === 3 && !lex.firstNames.has(c.words[1] ?? ''))) {
      const tail = `${c.words[c.words.length - 2]} ${c.words[c.words.length - 1]}`;
      const had = lastTwoOf.get(tail);
      lastTwoOf.set(tail, had === undefined || had === c.key ? c.key : '');
    }
    // (and a first family name led by a particle, between a given name and a second family name:
    // "El Idrissi" for "Hassan El Idrissi Moreno")
    if (c.words.length === 4 && NAME_PARTICLES.has(c.words[1] ?? '')) {
      const pair = `${c.words[1]} ${c.words[2]}`;
      const had = articledPairOf.get(pair);
      articledPairOf.set(pair, had === undefined || had === c.key ? c.key : '');
    }
  }
  let riverKeys: Map<string, string> | undefined;
  let headedPlaces: Map<string, string> | undefined;
  // Known places of three words or more by their first word ("rio" -> "rio de janeiro"), the words of
  // names fixed as people's, and head-first places by the rest of their name: built once a story.
  let placeByFirstWord: Map<string, string> | undefined;
  let fixedPersonWords: Set<string> | undefined;
  let headlessPlaces: Map<string, string> | undefined;
  let teamByHome: Map<string, string> | undefined;
  let personKeys: string[] | undefined;
  // (only for a body named after its town and headed by a public body's head: not "invested in Mistral")
  const placeHere = (c: Candidate): boolean => {
    const b = tokens[c.from - 1];
    // (wherever the word stands in the body's name, when the story says it is a region, an island or
    // a coast: "off the coast of Puntland", "the island of Rodrigues", "the Mangystau region", "in the
    // Pantanal" after "Puntland Maritime Police Force", "Instituto Pantanal Vivo")
    const a = tokens[c.to];
    if (a?.kind === 'word' && a.text === a.lower && REGION_KINDS.has(a.text)) return true;
    if (
      b?.text === 'of' &&
      (tokens[c.from - 2]?.lower === 'coast' || PLACE_KIND_BEFORE_OF.has(tokens[c.from - 2]?.lower ?? ''))
    )
      return true;
    if (
      b?.text === 'the' &&
      (tokens[c.from - 2]?.text === 'in' || tokens[c.from - 2]?.text === 'across') &&
      // (the name ends its phrase: not "in the Freedom article")
      (a?.kind !== 'word' || FUNCTION_WORDS.has(a.text))
    )
      return true;
    const body = orgWords.get(c.key) ?? '';
    const words = body.split(' ');
    if (b?.kind !== 'word' || b.text !== b.lower || words[0] !== c.key) return false;
    if (!TOWN_NAMED_HEADS.has(words[words.length - 1] ?? '')) return false;
    if (b.text === 'in' || b.text === 'near' || b.text === 'outside') return true;
    if (b.text === 'for' && CONSTITUENCY_TITLES.has(tokens[c.from - 2]?.lower ?? '')) return true;
    return b.text === 'of' && PLACE_KIND_OF.has(tokens[c.from - 2]?.lower ?? '');
  };
  // A full name that reads as a person's: a given name first and no head of a place or body ("Marcus
  // Jordan"; not "Crime Stoppers Greater Atlanta", "Henry Street Garda", "My India").
  const personLikeFull = (full: string): boolean => {
    const words = full.split(' ');
    // (a name's particles do not count: "Emre bin Yusuf Aydin", "Rosa de la Vega")
    const named = words.filter((w) => !NAME_PARTICLES.has(w)).length;
    return (
      words.length >= 2 &&
      named <= 3 &&
      // (a given name the lists lack will do, if it is no everyday word: "Eleri Vaughan")
      (lex.firstNames.has(words[0] ?? '') || !lex.commonWords.has(words[0] ?? '')) &&
      !FUNCTION_WORDS.has(words[0] ?? '') &&
      words.every((w) => !PLACE_HEADS.has(w) && !ORG_HEADS.has(w) && !STREET_HEADS.has(w)) &&
      !lex.places.has(words.slice(0, -1).join(' '))
    );
  };
  // One-word names the story uses as places somewhere: after a preposition of place ("in Austin"), before
  // a state or country ("Austin, Texas"), in a dateline ("HOUSTON —") or a list of places.
  let placed: Set<string> | undefined;
  const placedKeys = (): Set<string> => {
    if (placed) return placed;
    placed = new Set();
    for (const x of candidates) {
      if (x.words.length !== 1) continue;
      const b = tokens[x.from - 1];
      const a = tokens[x.to];
      const t = tokens[x.from] as Token;
      if (
        (b?.kind === 'word' && b.text === b.lower && (PLACE_PREPOSITIONS.has(b.text) || b.text === 'of')) ||
        (a?.text === ',' &&
          (lex.regions.has(tokens[x.to + 1]?.lower ?? '') ||
            lex.countries.has(tokens[x.to + 1]?.lower ?? ''))) ||
        (t.text.length > 2 && t.text === t.text.toUpperCase() && x.from <= 2) ||
        (b?.text === ',' && a?.text === ',')
      )
        placed.add(x.key);
    }
    return placed;
  };
  // Words of people's titles ("labour" of "State Minister for Labour").
  let titleWords: Set<string> | undefined;
  for (const c of candidates) {
    // An everyday word opening a sentence before the noun it qualifies, capitalized elsewhere only
    // inside a body's name, is no name: "Business leaders welcomed it" after "the Japan Business
    // Federation", "Cocoa output fell" after "the Ghana Cocoa Board". (The word a body goes by is the
    // body: "Apple shares fell", "Heat fans".)
    // (nor one capitalized elsewhere only in a title: "Labour groups said" after "Minister for Labour")
    if (
      c.words.length === 1 &&
      !c.fixed &&
      tokens[c.from]?.initial &&
      lex.commonWords.has(c.key) &&
      (!lex.nameParts.has(c.key) || lex.coreWords.has(c.key)) &&
      qualifiesNextNoun(c.to)
    ) {
      if (orgWords.has(c.key) && !orgWordCores.has(c.key)) continue;
      titleWords ??= new Set(candidates.flatMap((o) => o.attrs));
      if (titleWords.has(c.key) && !candidates.some((o) => o !== c && o.words.includes(c.key))) continue;
    }
    let key = c.key;
    let type: EntityType | undefined;
    const agg = typedByKey.get(c.key);
    const alias = nicknamed ? aliasOwner(tokens, c.from) : -1;
    let owner = alias >= 0 ? filedByEnd.get(alias) : nicknamed || orNamed ? nicknames.get(c.key) : undefined;
    // (a body's other name in commas after ", or": "the California Department of Forestry and Fire
    // Protection, or Cal Fire, said")
    if (
      orNamed &&
      !owner &&
      c.words.length <= 3 &&
      tokens[c.from - 1]?.text === 'or' &&
      tokens[c.from - 2]?.text === ',' &&
      tokens[c.to]?.text === ','
    ) {
      const body = filedByEnd.get(c.from - 3);
      if (body?.type === 'organisation') owner = body;
    }
    // (An acronym after a place is the place's only as its initials: "the Democratic Republic of the
    // Congo, known as DRC", not "the African Union mission in Somalia, known as ATMIS".)
    if (owner?.type === 'place' && c.words.length === 1 && isAcronym(tokens[c.from] as Token)) {
      const initials = owner.key
        .split(' ')
        .filter((w) => w !== 'of' && w !== 'the' && w !== 'and')
        .map((w) => w.charAt(0))
        .join('');
      if (initials !== stripDots(c.key)) owner = undefined;
    }
    // (a body's or place's other name joins it too: "the Foreign Ministry, known as Itamaraty")
    if (owner) {
      type = owner.type;
      key = owner.key;
      nicknames.set(c.key, owner);
    }
    // A body's short form joins its full name named in the story: "the Fed" after "the Federal
    // Reserve", "the Commons" after "the House of Commons".
    // The capital's district after its name is the same place: "Washington, D.C.".
    if (
      !owner &&
      (c.key === 'd.c.' || c.key === 'dc') &&
      tokens[c.from - 1]?.text === ',' &&
      tokens[c.from - 2]?.lower === 'washington'
    ) {
      type = 'place';
      key = 'washington';
    }
    // A dateline's town in capitals stays the town where the story makes its name a team's
    // ("DETROIT, Dec 2 (Reuters) -" beside "scored twice for Detroit").
    // (so does one after "in": "a football finance expert at the IE Business School in Madrid")
    if (
      !owner &&
      c.words.length <= 3 &&
      lex.places.has(c.key) &&
      ((c.from <= 1 &&
        /^\p{Lu}{3,}$/u.test(tokens[c.from]?.text ?? '') &&
        /^(?:[,(]|[-–—]+)$/u.test(tokens[c.to]?.text ?? '')) ||
        (tokens[c.from - 1]?.text === 'in' && tokens[c.to]?.kind !== 'poss')) &&
      (c.fixed ?? aggType(c.key)) === 'organisation'
    ) {
      type = 'place';
      key = c.key;
    }
    // A team's home named alone where it plays, after the team's full name: "Boston rallied", "beat
    // Boston 3-1" after "the Boston Celtics" (the dateline "BOSTON (AP)" and "in Boston" stay the city).
    if (!owner && c.words.length <= 2 && !c.team) {
      if (!teamByHome) {
        teamByHome = new Map();
        for (const x of candidates) {
          if (!x.team || x.words.length < 2) continue;
          const home = x.words.slice(0, -1).join(' ');
          if (lex.places.has(home) && !teamByHome.has(home)) teamByHome.set(home, x.key);
        }
      }
      const team = teamByHome.get(c.key);
      const next = tokens[c.to];
      const prev = tokens[c.from - 1];
      if (
        team &&
        ((next?.kind === 'word' &&
          next.text === next.lower &&
          (TEAM_AFTER.has(next.text) || TEAM_RESULT_VERBS.has(next.text))) ||
          (prev?.kind === 'word' && prev.text === prev.lower && TEAM_BEFORE.has(prev.text)))
      ) {
        type = 'organisation';
        key = team;
      }
    }
    // A river named again without its head: "the Severn" after "the River Severn", "the Hudson" after
    // "the Hudson River".
    if (!owner && c.words.length === 1 && c.fixed !== 'person') {
      if (!riverKeys) {
        riverKeys = new Map();
        for (const x of candidates) {
          if (x.words.length !== 2 || (x.fixed ?? aggType(x.key)) !== 'place') continue;
          if (x.words[0] === 'river') riverKeys.set(x.words[1] ?? '', x.key);
          else if (x.words[1] === 'river') riverKeys.set(x.words[0] ?? '', x.key);
        }
      }
      const river = riverKeys.get(c.key);
      if (river && tokens[c.from - 1]?.lower === 'the') {
        type = 'place';
        key = river;
      }
    }
    // A known place named by its first word alone: "Rio" after "Rio de Janeiro" (not where a person
    // of the story bears the word).
    if (!owner && !type && c.words.length === 1 && c.fixed !== 'person' && c.fixed !== 'organisation') {
      if (!placeByFirstWord || !fixedPersonWords) {
        placeByFirstWord = new Map();
        fixedPersonWords = new Set();
        for (const x of candidates) {
          if (x.words.length >= 2 && x.fixed === 'person') for (const w of x.words) fixedPersonWords.add(w);
          const first = x.words[0] ?? '';
          if (
            x.words.length >= 3 &&
            !placeByFirstWord.has(first) &&
            lex.places.has(x.key) &&
            (x.fixed ?? aggType(x.key)) === 'place'
          )
            placeByFirstWord.set(first, x.key);
        }
      }
      const full = placeByFirstWord.get(c.key);
      if (full && !fixedPersonWords.has(c.key)) {
        type = 'place';
        key = full;
      }
    }
    // A place named head first again without its head: "Paranal" after "Cerro Paranal", "Teluk Mata
    // Ikan" after "Kampung Teluk Mata Ikan".
    if (!owner && !type && c.fixed !== 'person' && c.fixed !== 'organisation') {
      if (!headlessPlaces) {
        headlessPlaces = new Map();
        for (const x of candidates) {
          if (!DROPPED_PLACE_HEADS.has(x.words[0] ?? '') || (x.fixed ?? aggType(x.key)) !== 'place') continue;
          const rest = `${x.words.length - 1}|${x.key.slice(x.key.indexOf(' ') + 1)}`;
          // (never a country: "Ciudad de México" does not name Mexico again)
          if (!lex.countries.has(rest.slice(rest.indexOf('|') + 1)) && !headlessPlaces.has(rest))
            headlessPlaces.set(rest, x.key);
        }
      }
      const full = headlessPlaces.get(`${c.words.length}|${c.key}`);
      if (full) {
        type = 'place';
        key = full;
      }
    }
    // ... or without the head after it: "Brazoria" after "Brazoria County", "the Permian" after "the
    // Permian Basin" (not a country, nor a town of the same name, below).
    if (!owner && !type && c.fixed !== 'person' && c.fixed !== 'organisation') {
      if (!headedPlaces) {
        headedPlaces = new Map();
        for (const x of candidates) {
          if (x.words.length < 2 || !TRAILING_PLACE_HEADS.has(lastOf(x.words))) continue;
          if ((x.fixed ?? aggType(x.key)) !== 'place') continue;
          const base = x.words.slice(0, -1).join(' ');
          // (nor a town or city of that name: "Los Angeles" is no "Los Angeles County", "Khabarovsk" no
          // "Khabarovsk Krai")
          const town = lex.places.has(base) && !lex.regions.has(base);
          if (!lex.countries.has(base) && !town && !headedPlaces.has(base)) headedPlaces.set(base, x.key);
        }
      }
      const full = headedPlaces.get(c.key);
      if (full) {
        type = 'place';
        key = full;
      }
    }
    // A paper by its last word after its full name: "The Times said" after "The New York Times".
    if (!owner && c.words.length === 1 && PAPER_WORDS.has(c.key)) {
      const full = candidates.find(
        (x) =>
          x.words.length >= 2 &&
          x.key.endsWith(` ${c.key}`) &&
          x.key !== 'financial times' && // (never "the Times": that is another paper)
          (x.fixed ?? aggType(x.key)) === 'organisation',
      );
      if (full) {
        type = 'organisation';
        key = full.key;
      }
    }
    const longForms = c.words.length === 1 ? SHORT_FORMS.get(c.key) : undefined;
    if (!owner && longForms) {
      fullForms ??= new Set(candidates.map((x) => x.key));
      const longForm = longForms.find((f) => fullForms?.has(f));
      if (longForm) {
        type = 'organisation';
        key = longForm;
      }
    }
    // Surname or first name of a person named in full elsewhere in the story.
    // ("von der Leyen" counts as the surname alone: its particles are no name of their own.)
    const surname =
      c.words.length === 1
        ? c.key
        : c.words.length <= 3 && c.words.slice(0, -1).every((w) => NAME_PARTICLES.has(w))
          ? (c.words[c.words.length - 1] ?? '')
          : undefined;
    let full = surname !== undefined ? personWords.get(surname) : undefined;
    // (not the first word of a "person" that is no given name, when a body's name opens with it too:
    // "Bramwell" is "Bramwell Electric Vehicles", not "Bramwell Arc", the company's car)
    if (
      full !== undefined &&
      c.words.length === 1 &&
      full.startsWith(`${c.key} `) &&
      !lex.firstNames.has(c.key) &&
      (orgWords.get(c.key) ?? '').startsWith(`${c.key} `) &&
      !orgWordShared.has(c.key)
    )
      full = undefined;
    // (nor a name between "the" and a body's kind in lower case: "joined the Isenoumi stable", "the
    // Nakamura group", whoever bears the name)
    if (
      full !== undefined &&
      c.words.length === 1 &&
      tokens[c.from - 1]?.lower === 'the' &&
      tokens[c.to]?.kind === 'word' &&
      ORG_KIND_AFTER.has(tokens[c.to]?.text ?? '')
    )
      full = undefined;
    // A family name of several words after the full name ends it: "De Graaf" after "Dirk-Jan de
    // Graaf", "Dias de Almeida" after "Paulo Dias de Almeida", "El Khattabi" after "Nadia El Khattabi".
    if (
      full === undefined &&
      c.words.length >= 2 &&
      c.words.length <= 4 &&
      c.fixed !== 'place' &&
      !c.countryCode
    ) {
      personKeys ??= [
        ...new Set(
          candidates
            .filter((x) => x.words.length >= 3 && (x.fixed ?? aggType(x.key)) === 'person')
            .map((x) => x.key),
        ),
      ];
      const ends = personKeys.filter((k) => k.endsWith(` ${c.key}`));
      // (or opens it before a Malay patronymic: "Siti Zubaidah" after "Siti Zubaidah binti Mohd Noor")
      // (or before a Malaysian or Singaporean "son of": "Ravi Chandran" after "Ravi Chandran a/l
      // Muthusamy")
      const opens = personKeys.filter((k) => GIVEN_BEFORE_LINKS.some((l) => k.startsWith(`${c.key} ${l} `)));
      // (or the given names of a Malay or Arab name of three words: "Ahmad Shah" after "Datuk Ahmad
      // Shah Ismail")
      // (a given name and a name part, and the full name no generation's: "Miguel Uribe" of "Miguel
      // Uribe Turbay", not "Donald Trump" of "Donald Trump Jr")
      // (or a first word the lists lack, neither everyday nor a place: "Tengku Zafrul" of "Tengku
      // Zafrul Aziz", "Onn Hafiz" of "Onn Hafiz Ghazi")
      const unlisted = (w: string): boolean =>
        !lex.firstNames.has(w) &&
        !lex.nameParts.has(w) &&
        !lex.commonWords.has(w) &&
        !lex.places.has(w) &&
        !lex.countries.has(w) &&
        !lex.demonyms.has(w);
      const givenNames =
        c.words.length === 2 && (lex.firstNames.has(c.words[0] ?? '') || unlisted(c.words[0] ?? ''))
          ? personKeys.filter((k) => {
              const last = k.slice(c.key.length + 1);
              return (
                k.startsWith(`${c.key} `) &&
                wordsIn(k) === 3 &&
                !GENERATIONS.has(last) &&
                (lex.firstNames.has(c.words[1] ?? '') ||
                  lex.nameParts.has(c.words[1] ?? '') ||
                  unlisted(c.words[1] ?? ''))
              );
            })
          : [];
      if (ends.length === 1) full = ends[0];
      else if (ends.length === 0 && opens.length === 1) full = opens[0];
      else if (ends.length === 0 && opens.length === 0 && givenNames.length === 1) full = givenNames[0];
    }
    const endsFull =
      !!full &&
      c.words.length >= 2 &&
      (full.endsWith(` ${c.key}`) || full.startsWith(`${c.key} `)) &&
      c.fixed !== 'place' &&
      !c.countryCode;
    if (full && surname !== undefined && sharedWords.has(surname)) {
      full = nearestFull(c, lastFullAt, surname, relatives);
      // A title before the family name picks the one who bears it: "Professor McKinnon" is the
      // professor, not her daughter the judge named since.
      const titled = c.titled ? titleHolder(c, surname, candidates) : undefined;
      if (titled) full = titled;
      // ... and "Mr" or "Mrs" the one of that sex: "Maureen Lancaster and her son Dean Lancaster ...
      // jailed Mr Lancaster".
      const sexed = !titled && c.words.length === 1 ? genderHolder(c, surname, candidates, lex) : undefined;
      if (sexed) full = sexed;
    }
    const aliasOf = type ? undefined : bracketAlias.get(c.key);
    if (aliasOf) {
      type = 'organisation';
      key = aliasOf.key;
    }
    // A results table's country code in brackets right after a person: "Letsile Tebogo (BOT)".
    const lastMention = mentions[mentions.length - 1];
    const tableCode =
      !c.fixed &&
      c.words.length === 1 &&
      tokens[c.from - 1]?.text === '(' &&
      tokens[c.to]?.text === ')' &&
      lastMention?.to === c.from - 1 &&
      entities[lastMention.entity]?.type === 'person' &&
      isAcronym(tokens[c.from] as Token)
        ? lex.countryCodes3.get(c.key)
        : undefined;
    if (tableCode) {
      c.fixed = 'place';
      c.countryCode = tableCode;
    }
    // (Strong only when it outweighs the person's: "for Mohamed", "to Mohamed" add up as place
    // evidence in a long story about Ahmed Mohamed.)
    const other = agg ? Math.max(agg.organisation, agg.place) : 0;
    // (but a family name's own strong evidence for a person wins: "Mr Lancaster" in a story that
    // also has "police in Lancaster")
    const strongOther =
      !!agg &&
      other >= 4 &&
      other > agg.person &&
      !(
        full !== undefined &&
        full.endsWith(` ${c.key}`) &&
        c.scores.person >= 4 &&
        c.scores.person > Math.max(c.scores.organisation, c.scores.place)
      );
    // A family name that is also a place joins its bearer when the story never uses it as a place
    // ("Marcus Jordan ... Jordan said", "Sherman Austin ... Austin, 74, made the announcement"): no
    // preposition of place before it and no state or country after it anywhere.
    // (so does a Malay given name before "bin" or "binti", by which the bearer is called, before a
    // verb of speech: "Rizal told" after "Mohd Rizal bin Abdullah"; "Rizal province" stays a place)
    const malayGiven =
      !!full &&
      GIVEN_BEFORE_LINKS.some((l) => full.startsWith(`${c.key} ${l} `) || full.includes(` ${c.key} ${l} `));
    const placeNamedFamily =
      !!full &&
      c.words.length === 1 &&
      ((full.endsWith(` ${c.key}`) && personLikeFull(full)) ||
        (malayGiven && LONE_SPEECH_VERBS.has(tokens[c.to]?.text ?? ''))) &&
      !c.team &&
      // (a country made its government only by its verbs is the bearer's too: "Oil Minister Rafael
      // Montenegro ... Montenegro said")
      (c.fixed !== 'organisation' || lex.countries.has(c.key)) &&
      (c.fixed === 'place' || lex.countries.has(c.key) || strongOther) &&
      // (or, where it is a place too, right before a verb of speech after a quotation: '"...,"
      // Houston said', not "Jordan said it would")
      (!placedKeys().has(c.key) ||
        (LONE_SPEECH_VERBS.has(tokens[c.to]?.text ?? '') &&
          tokens[c.to + 1]?.text !== 'it' &&
          (tokens[c.from - 1]?.kind === 'quote' || tokens[c.from - 2]?.kind === 'quote')));
    if (
      full &&
      full !== c.key &&
      ((!c.fixed && !lex.countries.has(c.key) && !strongOther) || placeNamedFamily || endsFull) &&
      !isAcronym(tokens[c.from] as Token) &&
      // (not a town placed in its state: "In Troy, Michigan," in a story about Troy Patterson)
      !(
        tokens[c.to]?.text === ',' &&
        tokens[c.to + 1]?.cap &&
        (lex.regions.has(tokens[c.to + 1]?.lower ?? '') ||
          lex.countries.has(tokens[c.to + 1]?.lower ?? '')) &&
        (tokens[c.to + 2]?.text === ',' || tokens[c.to + 2]?.text === '.')
      )
    ) {
      key = full;
      type = 'person';
    } else if (
      c.words.length === 1 &&
      (isAcronym(tokens[c.from] as Token) ||
        MIXED_ABBREVIATION.test((tokens[c.from] as Token).text) ||
        (WORD_INITIALS.test((tokens[c.from] as Token).text) && definedAcronyms.has(c.key)) ||
        wordAliases.has(c.key) ||
        GROUP_OF_NATIONS.test(c.key))
    ) {
      const acr = stripDots(c.key);
      const target = acronymOf.get(acr);
      const targetType = target && target.key !== c.key ? (target.fixed ?? aggType(target.key)) : undefined;
      // (a dateline's news agency is no body the story spells out with the same initials: "NAIROBI,
      // June 22 (AP) -" beside "Altamar Partners (AP)")
      const datelineCredit =
        tokens[c.from - 1]?.text === '(' &&
        tokens[c.to]?.text === ')' &&
        /^[-–—]$/u.test(tokens[c.to + 1]?.text ?? '') &&
        !/\b(?:press|news|agency|agence|agencia|agenzia|presse)\b/iu.test(target?.text ?? '');
      if (
        target &&
        targetType &&
        !datelineCredit &&
        (targetType === 'organisation' || (definedAcronyms.has(acr) && !lex.countries.has(c.key)))
      ) {
        key = target.key;
        type = targetType;
        // A country's acronym joins the country ("the Democratic Republic of the Congo (DRC)").
        if (target.countryCode && type === 'place') c.countryCode = target.countryCode;
      }
    }
    // (not an everyday plural opening a sentence: "Workers on the picket line said" after "United
    // Auto Workers")
    // (nor one opening a quotation: '"Players do come back from this,"' after "NBA Players Association",
    // '"Children are dying"' after "Save the Children")
    // (or before its verb: "Manufacturers disagreed." after "Manufacturers Association of
    // Nigeria"; not a team's nickname ending its name: "Ravens" of "Baltimore Ravens")
    // (nor its title's holder after it: "Pathways president Kendall Dilling")
    const pluralOpener =
      c.words.length === 1 &&
      tokens[c.from]?.initial &&
      lex.commonWords.has(c.key) &&
      (c.key.endsWith('s') || c.key === 'people') &&
      (PLACING_WORDS.has(tokens[c.to]?.text ?? '') ||
        // (or before its verb: "Manufacturers disagreed." after "Manufacturers Association of
        // Nigeria"; not a team's nickname ending its name: "Ravens" of "Baltimore Ravens")
        (tokens[c.to]?.kind === 'word' &&
          tokens[c.to]?.text === tokens[c.to]?.lower &&
          tokens[c.to]?.text !== 'of' &&
          // (nor its title's holder after it: "Pathways president Kendall Dilling")
          !TITLE_WORDS.has(tokens[c.to]?.text ?? '') &&
          !nicknameOfTeam(c.key)) ||
        (tokens[c.from - 1]?.kind === 'quote' && tokens[c.from - 1]?.end === tokens[c.from]?.start));
    // (nor an everyday adjective opening a sentence before its noun: "Public health researchers"
    // after "National Institute of Public Health", "Electoral officials said" after "Electoral
    // Service"; a party's short name before its verb stays: "National said")
    const adjectiveOpener =
      c.words.length === 1 &&
      tokens[c.from]?.initial &&
      lex.commonWords.has(c.key) &&
      (/(?:al|ic|ive|ous|ary|ory)$/u.test(c.key) || c.key === 'civil') &&
      tokens[c.to]?.kind === 'word' &&
      tokens[c.to]?.text === tokens[c.to]?.lower &&
      lex.commonWords.has(tokens[c.to]?.text ?? '') &&
      !FUNCTION_WORDS.has(tokens[c.to]?.text ?? '') &&
      !ADJECTIVE_SUBJECT_VERBS.has(tokens[c.to]?.text ?? '') &&
      !(tokens[c.to]?.text ?? '').endsWith('ed');
    // (such a plural or adjective is no name at all when a body of the story holds it: it only
    // opens the sentence)
    // (nor an everyday word naming a formal title's remit: "Drugs Controller General Rajeev
    // Subramanian" after "Central Drugs Standard Control Organisation"; a body's own word before a
    // title stays: "Apple CEO Tim Cook" after "Apple Inc")
    const titleAfter = tokens[c.to];
    const remitOfTitle =
      c.words.length === 1 &&
      lex.commonWords.has(c.key) &&
      !orgWordCores.has(c.key) &&
      !!titleAfter?.cap &&
      titleAfter.text !== titleAfter.text.toUpperCase() &&
      TITLE_CORE.has(titleAfter.lower);
    // (nor, anywhere, a people's or region's adjective before a lower-case noun or a title: "Bavarian
    // Economy Minister" after "Bavarian Administrative Court", "Aboriginal corporation" after "Arabana
    // Aboriginal Corporation")
    const next = tokens[c.to];
    // (and any word before a noun that speaks of a people: "Sámi reindeer herders", "Inuit
    // hunters", "the Jirrwarla people" after "Sámi Parliament", "Jirrwarla Aboriginal Corporation")
    const peopleWord =
      c.words.length === 1 &&
      next?.kind === 'word' &&
      next.text === next.lower &&
      PEOPLE_AFTER.has(next.text) &&
      !lex.places.has(c.key) &&
      !lex.regions.has(c.key) &&
      !lex.countries.has(c.key) &&
      !KNOWN_ORGS.has(c.key) &&
      !lex.companies.has(c.key);
    const peoplesAdjective =
      c.words.length === 1 &&
      (/(?:ian|ish|ese|ean)$/u.test(c.key) || lex.demonyms.has(c.key) || c.key === 'aboriginal') &&
      !POLITICAL_ADJECTIVES.has(c.key) &&
      next?.kind === 'word' &&
      ((next.text === next.lower &&
        !FUNCTION_WORDS.has(next.text) &&
        !ADJECTIVE_SUBJECT_VERBS.has(next.text) &&
        !next.text.endsWith('ed')) ||
        (next.cap && (TITLE_WORDS.has(next.lower) || PORTFOLIOS.has(next.lower))));
    // (nor an everyday word opening a compound: "War-risk premiums" after "Joint War Committee"; a body
    // before a participle stays: "Google-owned")
    const after = tokens[c.to + 1];
    const compoundOpener =
      c.words.length === 1 &&
      lex.commonWords.has(c.key) &&
      next?.text === '-' &&
      next.start === tokens[c.to - 1]?.end &&
      after?.kind === 'word' &&
      after.start === next.end &&
      after.text === after.lower &&
      !after.text.endsWith('ed') &&
      !PLACE_COMPOUND_TAILS.has(after.text);
    // (nor an everyday word opening a sentence that only the inside of a body's name holds: "Football
    // without fans is a funeral" after "Egyptian Football Association")
    const orgOfWord = orgWords.get(c.key);
    const middleOpener =
      c.words.length === 1 &&
      !!orgOfWord &&
      !!tokens[c.from]?.initial &&
      lex.commonWords.has(c.key) &&
      !ORG_HEADS.has(c.key) &&
      !KNOWN_ORGS.has(c.key) &&
      !lex.companies.has(c.key) &&
      !orgWordCores.has(c.key) &&
      // (a party's short name stays: "National said" after "Rural National Party")
      !POLITICAL_ADJECTIVES.has(c.key) &&
      !orgOfWord.startsWith(`${c.key} `) &&
      !orgOfWord.startsWith('state:');
    if (
      !type &&
      (adjectiveOpener ||
        pluralOpener ||
        remitOfTitle ||
        peoplesAdjective ||
        peopleWord ||
        compoundOpener ||
        middleOpener) &&
      orgWords.has(c.key)
    )
      continue;
    // (a people before such a noun is no entity even when no body holds its name: "Tlingit elders")
    if (
      !type &&
      !c.fixed &&
      peopleWord &&
      PEOPLE_ONLY_AFTER.has(next?.text ?? '') &&
      !lex.firstNames.has(c.key) &&
      !lex.nameParts.has(c.key)
    )
      continue;
    // The distinctive word of an organisation named in full elsewhere ("Scientology" after
    // "Church of Scientology") is that organisation's, not a place or person typed by context.
    // (An employer before a title is an organisation already: "Nissan Chief Executive ...".)
    if (
      !type &&
      (!c.fixed || c.fixed === 'organisation') &&
      c.words.length === 1 &&
      orgWords.has(c.key) &&
      // (a small town's name opening the body's is the body's short form: "Jinsha" after "Jinsha
      // Power Technology")
      (!lex.places.has(c.key) ||
        (lex.minorPlaces.has(c.key) &&
          (orgWords.get(c.key) ?? '').startsWith(`${c.key} `) &&
          // (not a town's own body: "the provinces of Jaén" beside "Jaén Chamber of Commerce")
          !(orgWords.get(c.key) ?? '').split(' ').some((w) => w === 'of' || TOWN_CIVIC_HEADS.has(w)))) &&
      // (nor a province's or state's initials: "B.C." after "the B.C. Supreme Court")
      !AP_INITIALS_STATES.has(c.key) &&
      !pluralOpener &&
      !adjectiveOpener &&
      // (a family name too only when no person of the story bears it: "Harvard" after "Harvard University",
      // or one bears it only as the first word, no given name: "Bramwell" of "Bramwell Electric
      // Vehicles" besides a "person" "Bramwell Arc", the company's car)
      (!lex.nameParts.has(c.key) ||
        ((!personWords.has(c.key) ||
          ((personWords.get(c.key) ?? '').startsWith(`${c.key} `) &&
            !lex.firstNames.has(c.key) &&
            (orgWords.get(c.key) ?? '').startsWith(`${c.key} `))) &&
          // (an everyday word too only as the word the body goes by: "Falcon" of "Falcon Media Holding")
          (!lex.commonWords.has(c.key) || (orgWordCores.has(c.key) && !personWords.has(c.key))))) &&
      !(orgTailWords.has(c.key) && (agg?.place ?? 0) > 0) &&
      // (nor a town the story places in its country: "a hospital in Chester, England" before "the
      // Countess of Chester Hospital")
      !townInCountry(c.key)
    ) {
      // (but a town where the mention stands as a place: "a care home in Burnley", "the town of
      // Burnley" after "Burnley General Hospital")
      if (placeHere(c)) type = 'place';
      else {
        type = 'organisation';
        // ... and one mention of it when no other organisation of the story shares the word ("the
        // Freedom article" after "Freedom Magazine").
        if (!orgWordShared.has(c.key)) key = orgWords.get(c.key) ?? key;
      }
    }
    // The company again without its suffix: "Siemens agreed" after "Siemens AG".
    if (!type && !c.fixed && suffixBases.has(c.key)) {
      type = 'organisation';
      key = suffixBases.get(c.key) ?? key;
    }
    // ... or by its leading words, not a person's name: "Lone Pine's collapse" after "Lone Pine Freight
    // Lines" (not one whose words are all names, as "Aga Khan" of "the Aga Khan Development Network",
    // nor a titled one).
    const leading = !type && !c.fixed && c.words.length >= 2 ? leadingBase(c.key) : undefined;
    // (or a place the lists do not know, where it speaks: "Southern Peru said" after "Southern Peru
    // Copper Corporation")
    // (or is spoken for: "A spokesman for Crescent Harbor declined to comment" after "Crescent Harbor
    // Capital LLC")
    const speaksHere =
      tokens[c.to]?.lower === 'said' ||
      tokens[c.to]?.lower === 'says' ||
      (tokens[c.from - 1]?.text === 'for' && SPOKESPERSON_WORDS.has(tokens[c.from - 2]?.text ?? ''));
    if (
      leading &&
      (aggType(c.key) === 'person' ||
        (aggType(c.key) === 'place' && speaksHere && !lex.places.has(c.key) && !lex.countries.has(c.key))) &&
      !c.titled &&
      !lex.firstNames.has(c.words[0] ?? '') &&
      !c.words.every((w) => lex.nameParts.has(w) && !lex.commonWords.has(w))
    ) {
      type = 'organisation';
      key = leading;
    }
    // A business named in the possessive is the body named by its family name too: "Sainsbury's"
    // and "J Sainsbury plc".
    if (c.words.length === 1 && c.key.length > 3 && POSSESSIVE_BRANDS.has(c.key.slice(0, -2))) {
      const stem = c.key.slice(0, -2);
      if (candidates.some((o) => o.key === stem && (o.fixed ?? aggType(o.key)) === 'organisation')) {
        type = 'organisation';
        key = stem;
      }
    }
    if (!type) {
      if (c.fixed) type = c.fixed;
      else if (agg) {
        const best = Math.max(agg.person, agg.organisation, agg.place);
        if (best > 0)
          type = agg.place === best ? 'place' : agg.organisation === best ? 'organisation' : 'person';
      }
    }
    if (!type) continue;
    // A place named again by its first word alone: "Rikers" after "Rikers Island", "Kosciuszko" after
    // "Kosciuszko National Park", "Casuarina" after "Casuarina Prison" (a word no list knows).
    if (c.words.length === 1 && !c.fixed && !c.countryCode && (type === 'person' || type === 'place')) {
      const long = placeFirsts().get(c.key);
      if (long && long.at < c.from) {
        type = 'place';
        key = long.key;
      }
    }
    // A venue named after a person, named again by the person's name alone, with no word of a person
    // about it: "Sabiha Gökçen handled 41 million passengers" after "Sabiha Gökçen International
    // Airport", "shifted routes to Felipe Ángeles".
    if (
      c.words.length <= 2 &&
      !c.fixed &&
      !c.countryCode &&
      !c.titled &&
      c.attrs.length === 0 &&
      (type === 'person' || type === 'place')
    ) {
      const venue = venueNames().get(c.key);
      const verb = tokens[c.to]?.lower ?? '';
      if (venue && venue.at < c.from && !CUE_VERBS.has(verb) && tokens[c.to]?.kind !== 'poss') {
        type = 'place';
        key = venue.key;
      }
    }
    // A person named again with a middle name: "Ratan Naval Tata" after "Ratan Tata".
    // A double family name alone: "López Obrador" after "Andrés Manuel López Obrador".
    if (type === 'person' && key === c.key && c.words.length === 2 && lastTwoOf.size > 0) {
      const longer = lastTwoOf.get(c.key);
      if (longer) key = longer;
    }
    // ... and a first family name led by a particle alone, whatever its words made it: "El Idrissi
    // said" after "Hassan El Idrissi Moreno".
    if (
      key === c.key &&
      c.words.length === 2 &&
      articledPairOf.size > 0 &&
      !KNOWN_ORGS.has(c.words.join('_'))
    ) {
      const longer = articledPairOf.get(c.key);
      if (longer) {
        key = longer;
        type = 'person';
      }
    }
    // (also when the family name alone joined the longer name: "Tata died")
    if (type === 'person' && twoWordPeople.size > 0) {
      const kw = key === c.key ? c.words : key.split(' ');
      if (kw.length >= 3) {
        const short = `${kw[0]} ${kw[kw.length - 1]}`;
        if (twoWordPeople.has(short)) key = short;
      }
    }
    if (type === 'organisation' && key === c.key && c.words.length >= 2) key = countryLedOrg(c) ?? key;
    if (type === 'organisation' && key === c.key && c.words.length >= 2) key = shortFormOf(c) ?? key;
    // A company with and without its legal suffix is one: "Nippon Steel Corp." and "Nippon Steel".
    // (two of them too: "Tropic Trails Adventures Pty Ltd", "Kestrel Co Ltd")
    for (let n = 0; n < 2 && type === 'organisation' && key.includes(' '); n++) {
      const cut = key.lastIndexOf(' ');
      if (!COMPANY_SUFFIXES.has(stripDots(key.slice(cut + 1)))) break;
      key = key.slice(0, cut);
    }
    // A state as a dateline abbreviates it is the state: "Calif." is California, also named in full.
    const stateName =
      type === 'place' && c.words.length === 1
        ? tokens[c.to]?.text === '.'
          ? AP_STATE_NAMES.get(c.key)
          : AP_INITIALS_STATES.get(c.key)
        : undefined;
    if (stateName) key = stateName.toLowerCase();
    if (c.countryCode && type === 'place')
      key = CONTINENT_OF_CODE.get(c.countryCode) ?? `country:${c.countryCode}`;
    if (c.countryCode && c.team) key = `team:${c.countryCode}`;
    else if (c.countryCode && type === 'organisation') key = `state:${c.countryCode}`;
    if (type === 'person' && c.words.length >= 2) {
      // A relative of the person named just before, who bears the same family name ("Jimmy Carter
      // ... His son, Chip Carter"; not "Huerta ... Her daughter, Camila Chavez" after Cesar Chavez).
      // (whose pronoun fits them: "Her daughter, Lena Ortiz" is no relative of a Tomas Ortiz)
      const kin = lastFullAt.has(c.key) ? undefined : kinOwnerGender(tokens, c.from);
      const family = ` ${lastOf(c.words)}`;
      if (
        kin &&
        ((lastPersonKey.endsWith(family) &&
          (kin === 'u' || lastPersonGender === 'u' || kin === lastPersonGender)) ||
          // (a couple's child, named after someone else: "Sir Desmond Halloway ... Their son Tom
          // Halloway"; or anyone of that name before whose gender fits the owner's: "Sadao Ishikawa ...
          // His office, Ishikawa Kobo, said ... with his daughter, the ceramicist Yuko Ishikawa")
          [...lastFullAt.keys()].some((k) => {
            if (k === c.key || !k.endsWith(family)) return false;
            const g = byKey.person.get(k)?.gender ?? 'u';
            return kin === 'u' || g === 'u' || g === kin;
          }))
      )
        relatives.add(c.key);
      lastFullAt.set(c.key, c.from);
    }
    if (type === 'person') {
      lastPersonKey = key;
      lastPersonGender = byKey.person.get(key)?.gender ?? c.gender;
    }
    // A person's real name given after the name they go by is that person ("Central Cee, whose
    // real name is Oakley Caesar-Su"; later "Caesar-Su said" too).
    const goesBy = type === 'person' ? realNameOf.get(key) : undefined;
    if (goesBy) key = stageKeys.get(goesBy) ?? goesBy.key;
    if (type === 'person' && stageKeys.has(c)) stageKeys.set(c, key);
    if (nicknamed || orNamed) filedByEnd.set(c.to - 1, { type, key });
    let e = byKey[type].get(key);
    if (!e) {
      e = {
        id: entities.length,
        type,
        name: '',
        confidence: 0,
        mentions: [],
        attributes: new Set(),
        gender: 'u',
      };
      byKey[type].set(key, e);
      firstKey.push(c.key);
      entities.push(e);
    }
    const m: NameMention = {
      start: c.start,
      end: c.end,
      text: c.text,
      from: c.from,
      to: c.to,
      entity: e.id,
    };
    e.mentions.push(m);
    mentions.push(m);
    // A country's or city's own name ("South Korea", also as its team) holds no other place.
    const gazetteerName = !!c.countryCode || lex.places.has(c.key) || lex.countries.has(c.key);
    const countryCity = type === 'place' && c.words[c.words.length - 1] === 'city';
    if (
      c.nested &&
      (!gazetteerName || countryCity) &&
      (type === 'organisation' || type === 'place') &&
      c.nested()
    )
      (withNested ??= []).push({ c, org: type === 'organisation' });
    // Roles and nationalities around the name, read once per name and only for people: only people's
    // are asked for ("the US diplomat said").
    if (type === 'person' && !attributed.has(c.key)) {
      attributed.add(c.key);
      contextAttributes(tokens, c.from, c.to, lex, c.attrs);
    }
    for (const a of c.attrs) e.attributes.add(a);
    if (c.gender !== 'u' && e.gender === 'u') e.gender = c.gender;
    if (c.group) e.group = true;
    if (c.countryCode && type === 'place')
      e.name = lex.countryNames.get(c.countryCode) ?? CONTINENT_NAMES.get(c.countryCode) ?? e.name;
  }

  if (withNested) addNested(text, tokens, withNested, byKey, entities, firstKey, lex);

  for (const e of entities) {
    if (!e.name) e.name = canonicalName(e, tokens);
    const agg = typedByKey.get(firstKey[e.id] ?? '');
    const margin = agg ? topMargin(agg.person, agg.organisation, agg.place) : 1;
    e.confidence =
      Math.round(Math.min(0.99, 0.45 + 0.08 * margin + 0.04 * (e.mentions.length - 1)) * 100) / 100;
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
};

/**
 * The places and organisations named inside organisation and venue names become mentions of their
 * own ("University of Sheffield" mentions Sheffield), overlapping the outer mention. A place kept
 * only for venues must end in a facility head ("Toronto" in "Metro Toronto Convention Centre").
 * They join the entity's mentions but not the story's mention list, so quote attribution and
 * anything reading mentions in order still sees one name per stretch of text.
 */
const addNested = (
  text: string,
  tokens: readonly Token[],
  outers: ReadonlyArray<{ c: Candidate; org: boolean }>,
  byKey: Record<EntityType, Map<string, ExtractedEntity>>,
  entities: ExtractedEntity[],
  firstKey: string[],
  lex: Lexicon,
): void => {
  const touched = new Set<ExtractedEntity>();
  for (const { c, org } of outers) {
    const venue = VENUE_HEADS.has(c.words[c.words.length - 1] ?? '');
    for (const x of c.nested?.() ?? []) {
      // In a place's name only a venue's leading place or an "of" tail counts ("Gulf of Mexico").
      if (!org && !venue && !x.ofTail && x.type !== 'person') continue;
      const first = tokens[x.from];
      const last = tokens[x.to - 1];
      if (!first || !last) continue;
      const innerKey = spanKey(tokens, x.from, x.to);
      const key = x.code ? `country:${x.code}` : innerKey;
      let e = byKey[x.type].get(key);
      if (!e) {
        e = {
          id: entities.length,
          type: x.type,
          name: x.code ? (lex.countryNames.get(x.code) ?? '') : '',
          confidence: 0,
          mentions: [],
          attributes: new Set(),
          gender: 'u',
        };
        byKey[x.type].set(key, e);
        firstKey.push(innerKey);
        entities.push(e);
      }
      e.mentions.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        from: x.from,
        to: x.to,
        entity: e.id,
      });
      touched.add(e);
    }
  }
  for (const e of touched) e.mentions.sort((a, b) => a.start - b.start);
};

/** How tokens [from, to) join two names: a list comma, a closing "and"/"or" (", and"), or not at all. */
const listJoint = (tokens: readonly Token[], from: number, to: number): 'comma' | 'last' | undefined => {
  // (over an article before the next item: "the Slaney, the Barrow and the Suir")
  if (to - from >= 2 && tokens[to - 1]?.lower === 'the') {
    let k = from - 1;
    while (k > 0 && tokens[k]?.cap && tokens[k]?.kind === 'word') k--;
    if (tokens[k]?.lower === 'the') to--;
  }
  const a = tokens[from];
  if (!a) return undefined;
  if (to - from === 1)
    return a.text === ',' ? 'comma' : a.text === 'and' || a.text === 'or' ? 'last' : undefined;
  const b = tokens[from + 1];
  return to - from === 2 && a.text === ',' && (b?.text === 'and' || b?.text === 'or') ? 'last' : undefined;
};

/** What a list of companies is held as: "stakes in A, B and C", "shares of A and B". */
const HOLDING_WORDS = wordSet('stake stakes shares shareholding shareholdings');
/** Prepositions before a list that put its members in space, not with people ("at", "from", "to" may). */
const INSIDE_PREPOSITIONS = wordSet('in into near across throughout outside inside around on');

/**
 * Names coordinated in one list share a type: an unknown name beside known places is a place
 * ("visited Kamchatka and Sakhalin", "in Lyon, Grenoble and Vexford"), beside known people a person,
 * beside known organisations an organisation. A list is "A and B" or "A, B, ... and Z" in one
 * sentence (commas alone are appositions: "Gomez, Panama coach"); only names with no type evidence
 * of their own (no gazetteer entry, weak context) take the type, and only when the known members agree.
 */
const shareListTypes = (
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  typedByKey: Map<string, Record<EntityType, number>>,
  lex: Lexicon,
): void => {
  const known = (c: Candidate): EntityType | undefined => {
    if (c.fixed) return c.group ? undefined : c.fixed;
    const agg = typedByKey.get(c.key);
    if (!agg) return undefined;
    const best = Math.max(agg.person, agg.organisation, agg.place);
    if (best < 1.5 || topMargin(agg.person, agg.organisation, agg.place) < 1) return undefined;
    return agg.place === best ? 'place' : agg.organisation === best ? 'organisation' : 'person';
  };
  const unknown = (c: Candidate): boolean => {
    if (c.fixed || c.countryCode || lex.places.has(c.key) || lex.countries.has(c.key)) return false;
    // (a name after its own trade is typed by it: "the American singer Lana Del Rey")
    const trade = tokens[c.from - 1];
    if (
      trade?.kind === 'word' &&
      trade.text === trade.lower &&
      (TITLE_WORDS.has(trade.text) || PEOPLE_BY_TRADE.has(trade.text))
    )
      return false;
    if (lex.companies.has(c.key) || KNOWN_ORGS.has(c.key)) return false;
    // A head word of the name is evidence of its own ("Joint Council for the Welfare").
    const isHead = (w: string, k: number): boolean =>
      (ORG_HEADS.has(w) || PLACE_HEADS.has(w)) &&
      (k === c.words.length - 1 || c.words[k + 1] === 'of' || c.words[k + 1] === 'for');
    if (c.words.length > 1 && c.words.some(isHead)) return false;
    const agg = typedByKey.get(c.key);
    return !agg || Math.max(agg.person, agg.organisation, agg.place) < 1.5;
  };
  // The type a member leans to on any evidence at all ("Wang" in "Blinken and Wang talked", typed
  // only by the weak prior for a lone name in mid-sentence).
  const leaning = (c: Candidate): EntityType | undefined => {
    const agg = typedByKey.get(c.key);
    if (!agg || topMargin(agg.person, agg.organisation, agg.place) <= 0) return undefined;
    const best = Math.max(agg.person, agg.organisation, agg.place);
    return agg.place === best ? 'place' : agg.organisation === best ? 'organisation' : 'person';
  };
  // A word opening a sentence with no evidence at all: it is no everyday word (or no name run would
  // hold it there), but the lone-name priors miss it ("Blinken and Wang talked": no verb right after
  // it, and the mid-sentence prior does not apply). A bare name in mid-sentence is an everyday word
  // capitalized inside a longer name ("Recognition of Science and Technology", "The Globe and Mail"),
  // left untyped on purpose.
  const bareOpener = (c: Candidate): boolean => {
    if (tokens[c.from]?.initial !== true) return false;
    const agg = typedByKey.get(c.key);
    return !agg || Math.max(agg.person, agg.organisation, agg.place) <= 0;
  };
  const share = (from: number, to: number): void => {
    // A list of holdings is a list of companies: "owns stakes in Arcelik, Ford Otosan and Tupras".
    const opener = (candidates[from] as Candidate).from;
    if (
      (tokens[opener - 1]?.lower === 'in' || tokens[opener - 1]?.lower === 'of') &&
      HOLDING_WORDS.has(tokens[opener - 2]?.lower ?? '')
    ) {
      for (let k = from; k < to; k++) {
        const c = candidates[k] as Candidate;
        if (c.fixed || c.titled || c.countryCode || lex.places.has(c.key) || lex.countries.has(c.key))
          continue;
        const agg = typedByKey.get(c.key) ?? { person: 0, organisation: 0, place: 0 };
        agg.organisation = Math.max(agg.organisation, agg.person + 1.5, agg.place + 1.5);
        typedByKey.set(c.key, agg);
      }
      return;
    }
    let type: EntityType | undefined;
    let weak: EntityType | undefined;
    let weakAgree = true;
    // (members of known type, by type: one odd member among two or more of another type does not
    // stop the list's type: "Unilever, Mars, CVS Health and Orsted")
    const counts = { person: 0, organisation: 0, place: 0 };
    for (let k = from; k < to; k++) {
      const c = candidates[k] as Candidate;
      const t = known(c);
      const w = t ?? leaning(c);
      if (w) {
        if (weak && w !== weak) weakAgree = false;
        weak = w;
      }
      if (!t) continue;
      counts[t]++;
      type = t;
    }
    if (type) {
      const total = counts.person + counts.organisation + counts.place;
      const top = Math.max(counts.person, counts.organisation, counts.place);
      if (top < total && (top < 2 || total - top > 1)) return;
      type = counts.organisation === top ? 'organisation' : counts.place === top ? 'place' : 'person';
    }
    // A list after "in", "into", "across" and the like, of names that are no people's by their first
    // words and no known body, is a list of places: "villas in Al Barsha, Mirdif and Jumeirah",
    // "into Lismore, Murwillumbah and Kyogle" (not "in Smith and Jones's report").
    if (!type && INSIDE_PREPOSITIONS.has(tokens[(candidates[from] as Candidate).from - 1]?.lower ?? '')) {
      let all = true;
      for (let k = from; k < to && all; k++) {
        const c = candidates[k] as Candidate;
        const t = known(c);
        all =
          t === 'place' ||
          (t === undefined &&
            (leaning(c) === 'place' ||
              (c.words.length > 1 && PLACE_HEADS.has(c.words[c.words.length - 1] ?? '')))) ||
          (t === undefined &&
            unknown(c) &&
            c.words.every((w) => !lex.firstNames.has(w) && !lex.nameParts.has(w)) &&
            !c.titled &&
            leaning(c) !== 'organisation');
      }
      if (all) type = 'place';
    }
    // After a preposition of place, a list of places types its other members however name-like:
    // "in Khan Younis and Rafah", "including Beit Lahia and Jabalia" after Gaza.
    const placed =
      type === 'place' &&
      PLACE_PREPOSITIONS.has(tokens[(candidates[from] as Candidate).from - 1]?.lower ?? '');
    for (let k = from; k < to; k++) {
      const c = candidates[k] as Candidate;
      if (placed && !unknown(c) && !c.fixed && !c.titled && known(c) !== 'place') {
        const agg = typedByKey.get(c.key);
        if (agg && agg.organisation < 1.5 && agg.person < 4) agg.place = Math.max(agg.place, agg.person + 1);
        continue;
      }
      if (!unknown(c)) continue;
      // Strong members type every unknown one; weak ones only those with no evidence of their own,
      // which would otherwise be dropped though their partner is found.
      const as = type ?? (weakAgree && bareOpener(c) ? weak : undefined);
      if (!as) continue;
      const agg = typedByKey.get(c.key) ?? { person: 0, organisation: 0, place: 0 };
      agg[as] += type ? 2 : 1;
      typedByKey.set(c.key, agg);
    }
  };
  let listStart = 0;
  for (let k = 1; k < candidates.length; k++) {
    const a = candidates[k - 1] as Candidate;
    const b = candidates[k] as Candidate;
    // A name right before another name, or before a role word and a name, modifies it and is no list
    // item ("and Joint Council campaigner Caitlin Boswell").
    const next = candidates[k + 1];
    const role = tokens[b.to];
    // (also one owning the next: "Kazakhstan's Nadezhda Dubovitskaya and Kyrgyzstan's Aigerim
    // Asanbekova" lists two people, not a name and a country)
    const modifier =
      !!next &&
      (next.from === b.to ||
        (next.from === b.to + 1 && role?.kind === 'word' && !role.cap && !FUNCTION_WORDS.has(role.lower)) ||
        (next.from === b.to + 1 && role?.kind === 'poss'));
    const joint =
      tokens[a.from]?.sentence === tokens[b.from]?.sentence && !modifier
        ? listJoint(tokens, a.to, b.from)
        : undefined;
    if (joint === 'last') {
      share(listStart, k + 1);
      listStart = k + 1;
    } else if (joint !== 'comma') listStart = k;
  }
};

/** Does the person key `other` name the same person as `words` (one name's words all in the other's)? */
const sameNamed = (other: string, words: readonly string[]): boolean => {
  const theirs = other.split(' ');
  const inMine = theirs.every((w) => words.includes(w));
  return inMine || words.every((w) => theirs.includes(w));
};

/** The one key of a full name (two words or more) before `c` that `fits`, if exactly one does. */
const onlyFullName = (
  c: Candidate,
  candidates: readonly Candidate[],
  fits: (o: Candidate) => boolean,
): string | undefined => {
  let holder: string | undefined;
  for (const o of candidates) {
    if (o.from >= c.from) break;
    if (o.words.length < 2 || !fits(o)) continue;
    if (holder !== undefined && holder !== o.key) return undefined;
    holder = o.key;
  }
  return holder;
};

/** The one full name before `c` ending in `word` whose sex is the one `c`'s honorific gives. */
const genderHolder = (
  c: Candidate,
  word: string,
  candidates: readonly Candidate[],
  lex: Lexicon,
): string | undefined => {
  if (c.gender !== 'm' && c.gender !== 'f') return undefined;
  const sexOf = (o: Candidate): 'f' | 'm' | 'u' | undefined =>
    o.gender !== 'u' ? o.gender : lex.firstNames.get(o.words[0] ?? '');
  const bearer = (o: Candidate): boolean => o.words[o.words.length - 1] === word;
  return (
    onlyFullName(c, candidates, (o) => bearer(o) && sexOf(o) === c.gender) ??
    // (else the one not of the other sex: "Mr Lancaster" is Kerry Lancaster, not his wife Ruth)
    onlyFullName(c, candidates, (o) => bearer(o) && (sexOf(o) ?? 'u') === 'u')
  );
};

/** One spelling for titles written two ways ("Justice" for a judge, "Prof." for a professor). */
const sameTitle = (title: string): string =>
  title === 'justice' ? 'judge' : title === 'prof' ? 'professor' : title === 'dr' ? 'doctor' : title;

/**
 * The one full name before `c` holding `word` whose title words include one of `c`'s ("Professor
 * McKinnon" after "Emeritus Professor Elizabeth McKinnon" and "Justice Fiona McKinnon").
 */
const titleHolder = (c: Candidate, word: string, candidates: readonly Candidate[]): string | undefined => {
  const titles = c.attrs.filter((a) => TITLE_CORE.has(a)).map(sameTitle);
  if (titles.length === 0) return undefined;
  return onlyFullName(
    c,
    candidates,
    (o) => o.words.includes(word) && o.attrs.some((a) => titles.includes(sameTitle(a))),
  );
};

/**
 * The full name sharing `c`'s word that was mentioned last before it, passing over relatives
 * introduced by their kinship ("his son, Chip Carter"): news copy calls those by their full or
 * given names and keeps the family name alone for the story's subject.
 */
const nearestFull = (
  c: Candidate,
  lastFullAt: ReadonlyMap<string, number>,
  word: string = c.key,
  relatives?: ReadonlySet<string>,
): string | undefined => {
  let best: string | undefined;
  let bestAt = -1;
  let kin: string | undefined;
  let kinAt = -1;
  for (const [key, at] of lastFullAt) {
    if (at >= c.from || !key.split(' ').includes(word)) continue;
    if (relatives?.has(key)) {
      if (at > kinAt) {
        kin = key;
        kinAt = at;
      }
    } else if (at > bestAt) {
      best = key;
      bestAt = at;
    }
  }
  return best ?? kin;
};

/**
 * How many tokens of "the" and a lower-case trade stand between a comma and the name at `from` ("His
 * daughter, the singer Fatoumata Kanouté"): 2, else 0.
 */
export const tradeBefore = (tokens: readonly Token[], from: number): number => {
  const trade = tokens[from - 1];
  return trade?.kind === 'word' &&
    trade.text === trade.lower &&
    tokens[from - 2]?.lower === 'the' &&
    tokens[from - 3]?.text === ','
    ? 2
    : 0;
};

/**
 * For a name right after a kinship noun, with or without a comma ("his son, Chip Carter", "wife
 * Ana"), the gender of the noun's owner ('u' without "his" or "her"); undefined for other names.
 */
const kinOwnerGender = (tokens: readonly Token[], from: number): 'f' | 'm' | 'u' | undefined => {
  // (over a trade after the comma: "His daughter, the singer Fatoumata Kanouté")
  const over = tradeBefore(tokens, from);
  const before = tokens[from - 1 - over];
  const at = before?.text === ',' ? from - 2 - over : from - 1 - over;
  const noun = tokens[at];
  if (noun?.kind !== 'word' || !KIN_NOUNS.has(noun.text)) return undefined;
  const owner = tokens[at - 1]?.lower;
  return owner === 'his' ? 'm' : owner === 'her' ? 'f' : 'u';
};
const KIN_NOUNS = wordSet(`son sons daughter daughters wife husband widow widower brother sister father mother
  grandson granddaughter nephew niece cousin partner stepson stepdaughter`);

/** Words in a space-joined key (what split(' ').length gives, without the array). */
const wordsIn = (key: string): number => {
  let n = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) n++;
  return n;
};

/** Highest of three scores minus the second highest. */
const topMargin = (a: number, b: number, c: number): number => {
  const hi = Math.max(a, b, c);
  const mid = a === hi ? Math.max(b, c) : b === hi ? Math.max(a, c) : Math.max(a, b);
  return hi - mid;
};

const canonicalName = (e: ExtractedEntity, tokens: readonly Token[]): string => {
  let best: NameMention | undefined;
  let bestLen = -1;
  for (const m of e.mentions) {
    let words = 0;
    for (let k = m.from; k < m.to; k++) if (tokens[k]?.kind === 'word') words++;
    // Acronyms lose to their expansion; otherwise the longest form, first seen.
    const isAcr = m.to - m.from === 1 && /^[\p{Lu}\p{N}.&]+$/u.test(m.text);
    const len = isAcr ? 0.5 : words;
    // (a dateline's capitals lose to the same name written in the story: "UNITED NATIONS (AP)" and
    // "the United Nations said")
    const capsBefore =
      !!best &&
      len === bestLen &&
      words >= 2 &&
      best.text === best.text.toUpperCase() &&
      m.text !== m.text.toUpperCase();
    if (len > bestLen || capsBefore) {
      best = m;
      bestLen = len;
    }
  }
  let name = best?.text ?? '';
  // A town whose article is part of its name: "The Hague".
  if (e.type === 'place' && ARTICLED_PLACES.has(name.toLowerCase())) return `The ${name}`;
  // 'Sean "Diddy" Combs' is named without the nickname.
  if (e.type === 'person' && best && best.to - best.from >= 4 && name.includes(' '))
    name = name.replace(/ ["“‘'][^"”’']{1,40}["”’'] /u, ' ');
  if (e.type === 'place' && bestLen <= 1) {
    const state = AP_STATE_NAMES.get(name.toLowerCase());
    if (state && tokens[best?.to ?? 0]?.text === '.') return state;
    const initials = AP_INITIALS_STATES.get(name.toLowerCase());
    if (initials) return initials;
  }
  // A dateline's place in capitals ("GENEVA —", "NEW YORK -") is named in title case (so is a body
  // of two words or more opening the story so: "UNITED NATIONS (AP) —").
  if (
    (e.type === 'place' || (best?.from === 0 && name.includes(' '))) &&
    bestLen >= 0.5 &&
    name === name.toUpperCase() &&
    /^[\p{Lu} .'’-]+$/u.test(name) &&
    /\p{Lu}{4}|\p{Lu} \p{Lu}/u.test(name)
  )
    return (
      name
        .toLowerCase()
        .replace(/(^|[ .'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
        // (a possessive stays lower-case: "COX'S BAZAR" is "Cox's Bazar", "O'NEILL" is "O'Neill")
        .replace(/(['’])S(?= |$)/gu, '$1s')
        // (so do particles and links inside the name: "Palma de Mallorca", "Rio de Janeiro", "Port
        // of Spain", "Newcastle upon Tyne", "Dar es Salaam")
        .replace(/(?<= )(?:De|Del|Da|Do|Dos|Das|Di|Du|Des|Es|La|Las|Los|Of|And|The|Upon)(?= )/gu, (w) =>
          w.toLowerCase(),
        )
        // (and between hyphens: "Port-au-Prince", "Aix-en-Provence", "Southend-on-Sea")
        .replace(/(?<=\p{L}-)(?:Au|Aux|En|Le|La|Les|Sur|Sous|Upon|On|De|Du|Des|Of)(?=-\p{L})/gu, (w) =>
          w.toLowerCase(),
        )
    );
  return name;
};

/**
 * What a speaker says something in, after "in a": "said in a statement that it" (quotes.ts keeps its
 * own list of documents a body speaks through, "the statement said", which this module cannot import).
 */
const STATEMENT_NOUNS = new Set(['statement', 'filing', 'release', 'note', 'email', 'letter']);
/** A weekday alone (DAYS_MONTHS also holds months, after which a date's number would follow). */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/**
 * "it" or "its" after when or how a speaker said so and "that": "Orchard said on Tuesday that it
 * would appeal", "said in a statement that its ..." (k: the token after "said").
 */
const saidItPast = (tokens: readonly Token[], k: number): boolean => {
  let past = 0;
  for (; past < 2; past++) {
    if (tokens[k]?.lower === 'on' && WEEKDAY.test(tokens[k + 1]?.lower ?? '')) k += 2;
    else if (
      tokens[k]?.lower === 'in' &&
      (tokens[k + 1]?.lower === 'a' || tokens[k + 1]?.lower === 'an') &&
      STATEMENT_NOUNS.has(tokens[k + 2]?.lower ?? '')
    )
      k += 3;
    else break;
  }
  if (past === 0) return false;
  if (tokens[k]?.lower === 'that') k++;
  return tokens[k]?.text === 'it' || tokens[k]?.text === 'its';
};

/** Participles describing a body in apposition: ", based in X,", ", owned by Y,". */
const BODY_PARTICIPLES = new Set(['based', 'headquartered', 'owned', 'founded', 'listed', 'controlled']);

/**
 * "said it" or "said its" after an apposition saying where the name before `to` is based or who
 * owns it: "Steinbock Motorrad, based in Mattighofen, said it regretted the decision".
 */
const saidItPastApposition = (tokens: readonly Token[], to: number): boolean => {
  const comma = tokens[to];
  if (comma?.text !== ',' || !BODY_PARTICIPLES.has(tokens[to + 1]?.text ?? '')) return false;
  let k = to + 2;
  while (k < to + 10 && tokens[k] && tokens[k]?.text !== ',' && tokens[k]?.sentence === comma.sentence) k++;
  const verb = tokens[k + 1];
  return (
    tokens[k]?.text === ',' &&
    (verb?.text === 'said' || verb?.text === 'says') &&
    (tokens[k + 2]?.text === 'it' || tokens[k + 2]?.text === 'its')
  );
};

/**
 * Do the two words at `from` open, elsewhere in the story, a longer body's name closed by a head or a
 * legal form within three more words ("Nippon Kasumi Steel Corp" for "Nippon Kasumi")?
 */
const namedInFullAsBody = (tokens: readonly Token[], from: number): boolean => {
  const a = tokens[from]?.lower;
  const b = tokens[from + 1]?.lower;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (k === from || tokens[k]?.lower !== a || tokens[k + 1]?.lower !== b) continue;
    for (let e = k + 2; e < k + 5 && tokens[e]?.cap && tokens[e]?.kind === 'word'; e++) {
      const w = stripDots(tokens[e]?.lower ?? '');
      if (ORG_HEADS.has(w) || COMPANY_SUFFIXES.has(w)) return true;
    }
  }
  return false;
};
/** Those data nouns that are no verb after a person too, after the body they come from: "Refinitiv data". */
const SOURCE_DATA: ReadonlySet<string> = new Set(
  [...DATA_NOUNS].filter((w) => w !== 'figures' && w !== 'estimates' && w !== 'numbers'),
);
/** What is held of a company: "shares in Al Rayan", "a stake in Crestline", "stock of X". */
const HELD_PARTS: ReadonlySet<string> = new Set([...HOLDING_WORDS, 'stock', 'stocks']);
/**
 * What the words right before a name of three words at most (no country or known place) say it
 * is: where one is bound ("a tanker bound for Fujairah", "left for Timbuktu"), the body figures
 * come from ("ship-tracking data from Kpler", "Refinitiv data"), a company held ("shares in Al Rayan"), or a
 * broadcaster named by one word that is no given name after "television" or "radio" in lower case
 * ("told state television Khabar"; not "told state television Amadou Diallo was fine").
 */
const contextLean = (
  tokens: readonly Token[],
  from: number,
  words: readonly string[],
  lex: Lexicon,
): 'place' | 'source' | 'broadcaster' | 'company' | undefined => {
  const before = tokens[from - 1];
  const before2 = tokens[from - 2];
  // (not a town a compound names: "a stake in Montreux-based strap maker X")
  if (
    (before?.text === 'in' || before?.text === 'of') &&
    HELD_PARTS.has(before2?.lower ?? '') &&
    !/^-|-\p{Ll}+$/u.test(tokens[from + words.length]?.text ?? '')
  )
    return 'company';
  if (before?.text === 'for' && TRAVEL_FOR.has(before2?.text ?? '')) return 'place';
  if (before?.text === 'from' && before2?.kind === 'word' && DATA_NOUNS.has(before2.text)) return 'source';
  // ... or the body figures are named after: "according to Refinitiv data" (not a verb: "Ortiz
  // estimates that", so "estimates" and "figures" only after "according to")
  const after = tokens[from + words.length]?.text ?? '';
  if (
    SOURCE_DATA.has(after) ||
    (DATA_NOUNS.has(after) && before?.text === 'to' && before2?.lower === 'according')
  )
    return 'source';
  if (
    words.length === 1 &&
    (before?.text === 'television' || before?.text === 'radio') &&
    !lex.firstNames.has(words[0] ?? '')
  )
    return 'broadcaster';
  return undefined;
};
