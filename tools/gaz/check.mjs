// Validates glean's word lists: node tools/gaz/check.mjs [data-dir]
// Every data line: valid UTF-8, exactly 6 tab-separated columns, non-empty surface,
// known label, known flags, extra as key=value;... or '-'. Reports counts per file and label,
// checks sort order and duplicates, sizes, and a small golden list of required entries.
// Exit status 1 on any error.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.resolve(process.argv[2] || path.join(HERE, '../../lua/glean/data/en'));
const LABELS = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'given_name', 'surname', 'title', 'reporting_verb', 'org_head', 'abbrev']);
const FLAGS = new Set(['alt', 'weak', 'case', 'gen']);
const FILES = ['countries', 'demonyms', 'regions', 'cities', 'places', 'given_names', 'surnames', 'organizations', 'media', 'titles', 'reporting_verbs', 'abbreviations'];
const MAX_FILE = 8 * 1024 * 1024, MAX_TOTAL = 25 * 1024 * 1024;

let errors = 0;
const err = (m) => { errors++; if (errors <= 50) console.error(`error: ${m}`); };
const dec = new TextDecoder('utf-8', { fatal: true });
const index = new Map(); // surface -> [{file,label,canonical,kind,flags,extra}]

function checkFile(file, { generated }) {
  const buf = fs.readFileSync(file);
  let text;
  try { text = dec.decode(buf); } catch { err(`${file}: invalid UTF-8`); return null; }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); else err(`${file}: no final newline`);
  const counts = {};
  let n = 0, prev = null;
  const seen = new Set();
  lines.forEach((line, i) => {
    const where = `${path.basename(file)}:${i + 1}`;
    if (line.startsWith('#')) return;
    if (!line.trim()) { if (generated) err(`${where}: blank line`); return; }
    if (/\r/.test(line)) err(`${where}: carriage return`);
    const c = line.split('\t');
    if (c.length !== 6) { err(`${where}: ${c.length} columns`); return; }
    const [surface, label, canonical, kind, flags, extra] = c;
    if (!surface || surface !== surface.trim()) err(`${where}: empty or padded surface`);
    if (!canonical || !kind) err(`${where}: empty canonical or kind`);
    if (!LABELS.has(label)) err(`${where}: unknown label ${label}`);
    if (flags !== '-' && !flags.split(',').every((f) => FLAGS.has(f))) err(`${where}: bad flags ${flags}`);
    if (extra !== '-' && !extra.split(';').every((kv) => /^[a-z0-9_]+=[^;=]*$/.test(kv))) err(`${where}: bad extra ${extra}`);
    if (generated && /^\p{L}$/u.test(surface) && !(flags.includes('case'))) err(`${where}: single letter surface without case flag`);
    if (generated && /^\d+$/.test(surface)) err(`${where}: numeric surface`);
    if (generated) {
      if (seen.has(line)) err(`${where}: duplicate line`);
      seen.add(line);
      if (prev !== null && Buffer.compare(Buffer.from(prev), Buffer.from(line)) > 0) err(`${where}: not sorted`);
      prev = line;
      const arr = index.get(surface) || [];
      arr.push({ file: path.basename(file, '.tsv'), label, canonical, kind, flags, extra });
      index.set(surface, arr);
    }
    counts[label] = (counts[label] || 0) + 1;
    n++;
  });
  return { n, counts, bytes: buf.length };
}

let total = 0, bytes = 0;
console.log(`checking ${DIR}`);
for (const f of FILES) {
  const p = path.join(DIR, `${f}.tsv`);
  if (!fs.existsSync(p)) { err(`missing ${f}.tsv`); continue; }
  const r = checkFile(p, { generated: true });
  if (!r) continue;
  if (r.bytes > MAX_FILE) err(`${f}.tsv is ${r.bytes} bytes (> 8 MB)`);
  total += r.n; bytes += r.bytes;
  const labels = Object.entries(r.counts).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`${(f + '.tsv').padEnd(22)} ${String(r.n).padStart(7)} rows ${(r.bytes / 1024).toFixed(0).padStart(6)} KiB  ${labels}`);
}
const cur = path.join(DIR, 'curated');
if (fs.existsSync(cur)) {
  for (const f of fs.readdirSync(cur).sort()) {
    if (!f.endsWith('.tsv') || f.startsWith('_')) continue;
    const r = checkFile(path.join(cur, f), { generated: false });
    if (r) console.log(`curated/${f.padEnd(14)} ${String(r.n).padStart(7)} rows`);
  }
}
console.log(`total ${total} rows, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
if (bytes > MAX_TOTAL) err(`total size ${bytes} > 25 MB`);

// golden entries: surface, label, canonical (and optionally kind)
const GOLD = [
  ['Italian', 'NORP', 'Italian'], ['Italians', 'NORP', 'Italian'], ['Russia', 'GPE', 'Russia'], ['Ukraine', 'GPE', 'Ukraine'],
  ['Moscow', 'GPE', 'Moscow'], ['Kyiv', 'GPE', 'Kyiv'], ['Kiev', 'GPE', 'Kyiv'], ['Italy', 'GPE', 'Italy'],
  ['Kharkiv', 'GPE', 'Kharkiv'], ['Kharkov', 'GPE', 'Kharkiv'], ['Kharkiv Oblast', 'GPE', 'Kharkiv Oblast'],
  ['Dnipro', 'GPE', 'Dnipro'], ['Zaporizhzhia', 'GPE', 'Zaporizhzhia'], ['Zaporozhye', 'GPE', 'Zaporizhzhia'],
  ['Donetsk', 'GPE', 'Donetsk'], ['Luhansk', 'GPE', 'Luhansk'], ['Lugansk', 'GPE', 'Luhansk'], ['Odessa', 'GPE', 'Odesa'],
  ['Oskil River', 'LOC', 'Oskil River'], ['Europe', 'LOC', 'Europe'], ['the West', 'LOC', 'the West'], ['West', 'LOC', 'the West'],
  ['Western', 'NORP', 'Western'], ['Russians', 'NORP', 'Russian'], ['Russian', 'NORP', 'Russian'], ['Ukrainian', 'NORP', 'Ukrainian'],
  ['German', 'NORP', 'German'], ['European', 'NORP', 'European'],
  ['Guido', 'given_name', 'Guido'], ['Volodymyr', 'given_name', 'Volodymyr'], ['Giorgia', 'given_name', 'Giorgia'],
  ['Vladimir', 'given_name', 'Vladimir'], ['Serhiy', 'given_name', 'Serhiy'], ['Sergiy', 'given_name', 'Serhiy'],
  ['The Economist', 'ORG', 'The Economist', 'media'], ['Economist', 'ORG', 'The Economist', 'media'],
  ['The New York Times', 'ORG', 'The New York Times', 'media'], ['NYT', 'ORG', 'The New York Times', 'media'],
  ['Bild', 'ORG', 'Bild', 'media'], ['ISW', 'ORG', 'Institute for the Study of War', 'think_tank'],
  ['Defense Minister', 'title', 'Defense Minister'], ['Defence Minister', 'title', 'Defense Minister'],
  ['Minister of Defense', 'title', 'Minister of Defense'], ['Prime Minister', 'title', 'Prime Minister'], ['President', 'title', 'President'],
  ['said', 'reporting_verb', 'say'], ['claimed', 'reporting_verb', 'claim'], ['argued', 'reporting_verb', 'argue'],
  ['stressed', 'reporting_verb', 'stress'], ['urged', 'reporting_verb', 'urge'], ['telling', 'reporting_verb', 'tell'],
  ['reported', 'reporting_verb', 'report'], ['stated', 'reporting_verb', 'state'], ['suggests', 'reporting_verb', 'suggest'],
  ['claims', 'reporting_verb', 'claim'], ['according to', 'reporting_verb', 'according to'],
  ['Mr.', 'abbrev', 'Mister'], ['Sept.', 'abbrev', 'September'], ['U.S.', 'abbrev', 'United States'], ['e.g.', 'abbrev', 'for example'],
  ['Kremlin', 'ORG', 'Kremlin'], ['NATO', 'ORG', 'North Atlantic Treaty Organization'],
  // organisations from the public lists (orgs.mjs)
  ['Air France', 'ORG', 'Air France', 'airline'], ['New York Yankees', 'ORG', 'New York Yankees', 'club'],
  ['Yankees', 'ORG', 'New York Yankees', 'club'], ['University of Oxford', 'ORG', 'University of Oxford', 'university'],
  ['Rabobank', 'ORG', 'Rabobank', 'bank'], ['Lufthansa', 'ORG', 'Lufthansa'], ['Goldman Sachs', 'ORG', 'Goldman Sachs'],
];
let missing = 0;
for (const [s, label, canonical, kind] of GOLD) {
  const hit = (index.get(s) || []).find((r) => r.label === label && r.canonical === canonical && (!kind || r.kind === kind));
  if (!hit) { missing++; err(`golden entry missing: ${s} ${label} ${canonical}${kind ? ` ${kind}` : ''}`); }
}
console.log(`golden entries: ${GOLD.length - missing}/${GOLD.length} present`);
// entity rows whose matcher key (case and diacritics folded: "Saïd" -> "said") is a very common
// English word must be weak or match only as written (case); see also tools/gaz/collisions.mjs
const COMMONISH = new Set(['the', 'and', 'said', 'will', 'may', 'can', 'new', 'but', 'not', 'also', 'after', 'before', 'war', 'peace',
  'time', 'people', 'state', 'government', 'minister', 'come', 'than', 'river', 'he', 'she', 'more', 'most', 'many', 'change',
  'hit', 'care', 'save', 'store', 'gray', 'grey', 'centre', 'center', 'among', 'begun', 'race', 'mark', 'desire', 'per']);
const foldKey = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[’‘ʼ`]/g, "'");
for (const [surface, rows] of index) {
  if (!COMMONISH.has(foldKey(surface))) continue;
  for (const r of rows) {
    if (!['GPE', 'LOC', 'ORG', 'NORP', 'PERSON', 'given_name', 'surname'].includes(r.label)) continue;
    if (!r.flags.includes('weak') && !r.flags.includes('case')) err(`common word ${surface} is a strong ${r.label} in ${r.file}.tsv`);
    else if (!r.flags.includes('case') && surface !== surface.toLowerCase()) err(`common word ${surface} (${r.label}, ${r.file}.tsv) lacks the case flag`);
  }
}
// organisations from the public lists: never named like a place or a people on their own (towns
// that play are teams by rule: no "Leeds" club row), and one-word names only as written
{
  const PUBLIC = /(^|;)src=(nsi|fortune|swot|faker|compromise)(;|$)/;
  const placey = new Set();
  for (const [surface, rows] of index) if (rows.some((r) => ['cities', 'regions', 'countries', 'demonyms'].includes(r.file))) placey.add(foldKey(surface));
  let bad = 0;
  for (const [surface, rows] of index) {
    for (const r of rows) {
      if (r.file !== 'organizations' || !PUBLIC.test(r.extra)) continue;
      if (placey.has(foldKey(surface))) { bad++; err(`public-list organisation ${surface} is named like a place or people`); }
      if (!/\s/.test(surface) && !r.flags.includes('case')) { bad++; err(`public-list organisation ${surface} is one word without the case flag`); }
    }
  }
}
console.log(errors ? `${errors} errors` : 'ok');
process.exit(errors ? 1 : 0);
