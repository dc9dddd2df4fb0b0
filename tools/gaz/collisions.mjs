// Hand-run check: which rows of glean's word lists would match a very common lower-case English
// word? The matcher compares folded keys (case and diacritics dropped), so a row without the
// `case` flag whose key is "said" or "come" fires on ordinary text.
//
//   node tools/gaz/collisions.mjs                 # top 3000 words, summary + rows
//   node tools/gaz/collisions.mjs --top 5000      # more words
//   node tools/gaz/collisions.mjs --all-files     # also titles/reporting_verbs/org_head rows (expected, deliberate)
//   node tools/gaz/collisions.mjs --text examples/article.txt   # lower-case words of a text that match a proper-name row
//   node tools/gaz/collisions.mjs --data DIR      # check another copy of the lists
//
// Word list: lower-case SCOWL size-10 words (Debian scowl, $GAZ_DEB as in build.sh), ranked by
// frequency: words WordNet does not know (function words and their kin: the, than, he) first,
// then by WordNet's sense-tagged counts (cntlist.rev) of the word's lemma. Not a true frequency
// list, but close enough to find the words that matter.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldKey, loadScowl } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.resolve(process.argv.includes('--data') ? process.argv[process.argv.indexOf('--data') + 1] : path.join(HERE, '../../lua/glean/data/en'));
const SHARE = path.join(process.env.GAZ_DEB || '/tmp/gaz-work/deb/x', 'usr/share');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const TOP = +opt('--top', 3000);
const ALL = args.includes('--all-files');
const TEXT = opt('--text', null);

// files whose rows are names (a lower-case match is junk); the others hold deliberate lower-case rows
const PROPER = ['countries', 'demonyms', 'regions', 'cities', 'places', 'given_names', 'surnames', 'organizations', 'media'];
const FILES = ALL ? [...PROPER, 'titles', 'reporting_verbs'] : PROPER;

// ---------------------------------------------------------------- ranked common words
function rankedWords() {
  const W = loadScowl(SHARE, 10);
  const words = [...W.keys()].filter((w) => /^[a-z]+$/.test(w));
  const count = new Map();
  for (const line of fs.readFileSync(path.join(SHARE, 'wordnet/cntlist.rev'), 'utf8').split('\n')) {
    const m = line.match(/^([^%]+)%\S+ \d+ (\d+)/);
    if (m) count.set(m[1], (count.get(m[1]) || 0) + +m[2]);
  }
  const exc = new Map();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of fs.readFileSync(path.join(SHARE, `wordnet/${pos}.exc`), 'utf8').split('\n')) {
      const [w, l] = line.split(' ');
      if (w && l && !exc.has(w)) exc.set(w, l);
    }
  }
  // a word counts as often as its most frequent lemma (said: the verb say, not the adjective said);
  // words WordNet lacks (the, than, because) get a fixed high count
  const lemmas = (w) => {
    const out = [w];
    if (exc.has(w)) out.push(exc.get(w));
    for (const [suf, rep] of [['ies', 'y'], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['er', ''], ['est', ''], ['ly', '']]) {
      if (w.endsWith(suf) && w.length > suf.length + 2) out.push(w.slice(0, -suf.length) + rep);
    }
    return out.filter((l) => count.has(l));
  };
  const UNKNOWN = 60;
  const score = (w) => { const ls = lemmas(w); return ls.length ? Math.max(...ls.map((l) => count.get(l))) : UNKNOWN; };
  return words.map((w) => [w, score(w)]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

// ---------------------------------------------------------------- rows by key
function loadRows() {
  const byKey = new Map();
  for (const f of FILES) {
    for (const line of fs.readFileSync(path.join(DATA, `${f}.tsv`), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const [surface, label, canonical, kind, flags, extra] = line.split('\t');
      if (flags.split(',').includes('case')) continue;
      const k = foldKey(surface);
      const a = byKey.get(k) || [];
      a.push({ f, surface, label, canonical, kind, flags, extra });
      byKey.set(k, a);
    }
  }
  return byKey;
}

const byKey = loadRows();

if (TEXT) {
  // lower-case word runs of a text (1-4 tokens) that hit a proper-name row without `case`
  const text = fs.readFileSync(TEXT, 'utf8');
  const toks = [...text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => m[0]);
  const hits = new Map();
  for (let i = 0; i < toks.length; i++) {
    for (let n = 1; n <= 4 && i + n <= toks.length; n++) {
      const span = toks.slice(i, i + n);
      if (!/^\p{Ll}/u.test(span[0])) break;
      for (const r of byKey.get(foldKey(span.join(' '))) || []) {
        if (!PROPER.includes(r.f)) continue;
        const k = `${span.join(' ')}\t${r.f}\t${r.surface}\t${r.label}\t${r.canonical}\t${r.flags}`;
        hits.set(k, (hits.get(k) || 0) + 1);
      }
    }
  }
  for (const [k, n] of [...hits].sort()) console.log(`${n}\t${k}`);
  console.log(`${hits.size} distinct lower-case matches in ${TEXT}`);
  process.exit(0);
}

const words = rankedWords().slice(0, TOP);
const perFile = {};
let nWords = 0;
const out = [];
for (const w of words) {
  const rows = byKey.get(w);
  if (!rows) continue;
  nWords++;
  for (const r of rows) {
    perFile[r.f] = (perFile[r.f] || 0) + 1;
    out.push(`${w}\t${r.f}\t${r.surface}\t${r.label}\t${r.canonical}\t${r.kind}\t${r.flags}`);
  }
}
for (const l of out) console.log(l);
console.log(`# ${words.length} common words checked (${path.relative(process.cwd(), DATA) || DATA}); ${nWords} match rows without 'case': ${
  Object.entries(perFile).map(([f, n]) => `${f}=${n}`).join(' ') || 'none'}`);
