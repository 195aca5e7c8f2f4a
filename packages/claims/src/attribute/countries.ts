/**
 * Country names as news copy writes them, short forms included ("Britain", "Russia"), and capitals
 * that stand for their governments ("Moscow"). A country that "said it would …" means itself, where a
 * person's reported "it" is some other thing.
 */
const COUNTRIES_AND_CAPITALS = new Set(
  [
    "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan",
    "Bahrain|Bangladesh|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil",
    "Britain|Brunei|Bulgaria|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo",
    "Croatia|Cuba|Cyprus|Czechia|Denmark|Djibouti|Ecuador|Egypt|England|Eritrea|Estonia|Eswatini",
    "Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala",
    "Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy",
    "Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho",
    "Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali",
    "Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique",
    "Myanmar|Namibia|Nepal|Netherlands|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palestine",
    "Panama|Paraguay|Peru|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|Scotland|Senegal",
    "Serbia|Seychelles|Singapore|Slovakia|Slovenia|Somalia|Spain|Sudan|Suriname|Sweden",
    "Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan",
    "Tuvalu|Uganda|Ukraine|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|Wales|Yemen|Zambia",
    "Zimbabwe|Burkina Faso|Costa Rica|Cape Verde|El Salvador|Equatorial Guinea|Ivory Coast",
    "New Zealand|North Korea|North Macedonia|Papua New Guinea|Saudi Arabia|Sierra Leone",
    "South Africa|South Korea|South Sudan|Sri Lanka|East Timor|Trinidad|Tobago|Washington|Moscow",
    "Beijing|Kyiv|Kiev|Tehran|Ankara|Brussels|Tokyo|Seoul|Pyongyang|Delhi|Islamabad|Jerusalem",
    "Taipei|Canberra|Ottawa|Paris|Berlin|London|Rome|Madrid|Warsaw|Budapest|Oslo|Stockholm",
    "Copenhagen|Helsinki|Athens|Cairo|Riyadh|Doha|Minsk|Tbilisi|Baku|Yerevan",
  ]
    .join("|")
    .split("|"),
);

/** Whether `name` is a country, or a capital standing for its government ("Moscow said it would …"). */
export function isCountryOrCapital(name: string): boolean {
  return COUNTRIES_AND_CAPITALS.has(name);
}

/**
 * What sports and feature copy calls a person it has named by nationality ("the Swede", "the
 * Kenyan"). Not "Australian", a newspaper's name as well.
 */
const DEMONYMS = new Set(
  [
    "Afghan|Albanian|Algerian|American|Argentine|Argentinian|Armenian|Austrian|Belgian|Brazilian",
    "Briton|Bulgarian|Cameroonian|Canadian|Chilean|Colombian|Croat|Croatian|Cuban|Czech|Dane",
    "Dutchman|Dutchwoman|Ecuadorian|Egyptian|Englishman|Englishwoman|Estonian|Ethiopian|Finn|Frenchman",
    "Frenchwoman|Georgian|German|Ghanaian|Greek|Hungarian|Icelander|Indian|Indonesian|Iranian|Iraqi",
    "Irishman|Irishwoman|Israeli|Italian|Jamaican|Japanese|Kazakh|Kenyan|Latvian|Lithuanian|Mexican",
    "Moroccan|Nigerian|Norwegian|Pakistani|Paraguayan|Peruvian|Pole|Portuguese|Romanian|Russian",
    "Scot|Scotsman|Scotswoman|Senegalese|Serb|Serbian|Slovak|Slovakian|Slovenian|Spaniard|Swede",
    "Swiss|Tunisian|Turk|Ugandan|Ukrainian|Uruguayan|Venezuelan|Welshman|Welshwoman|Zambian|Zimbabwean",
    "New Zealander|South African|South Korean",
  ]
    .join("|")
    .split("|"),
);

/** Whether `word` names a person by nationality ("Swede", "Kenyan"). */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word);
}
