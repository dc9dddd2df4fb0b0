// Shared helpers for the glean word-list build: row store, merging, TSV I/O.
import fs from 'node:fs';
import path from 'node:path';

export const LABELS = new Set([
  'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'given_name', 'surname', 'title',
  'reporting_verb', 'org_head', 'abbrev',
]);
export const FLAGS = new Set(['alt', 'weak', 'case', 'gen']);

export function clean(s) {
  return String(s ?? '').normalize('NFC').replace(/[\t\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function parseExtra(s) {
  const o = {};
  if (!s || s === '-') return o;
  for (const kv of s.split(';')) {
    const i = kv.indexOf('=');
    if (i > 0) o[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return o;
}

export function fmtExtra(o) {
  const keys = Object.keys(o).filter((k) => o[k] !== undefined && o[k] !== null && o[k] !== '');
  if (!keys.length) return '-';
  // stable order: well-known keys first, then alphabetical
  const order = ['country', 'iso', 'admin1', 'pop', 'gender', 'lang', 'tense', 'form', 'of', 'src'];
  keys.sort((a, b) => {
    const ia = order.indexOf(a), ib = order.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : a > b ? 1 : 0);
  });
  return keys.map((k) => `${k}=${String(o[k]).replace(/[;\t\n]/g, ',')}`).join(';');
}

function mergeList(a, b, sep) {
  const s = new Set([...(a ? a.split(sep) : []), ...(b ? b.split(sep) : [])].filter(Boolean));
  return [...s].sort().join(sep);
}

/** A store of rows for one output file. Key: surface, label, canonical, kind and country. */
export class Table {
  constructor(name) {
    this.name = name;
    this.rows = new Map();
  }

  key(r) {
    return [r.surface, r.label, r.canonical, r.kind, r.extra.country || ''].join('\u0001');
  }

  add(surface, label, canonical, kind, flags = [], extra = {}, opts = {}) {
    surface = clean(surface);
    canonical = clean(canonical) || surface;
    if (!surface) return null;
    const fl = new Set(Array.isArray(flags) ? flags : String(flags).split(',').filter((f) => f && f !== '-'));
    const r = { surface, label, canonical, kind, flags: fl, extra: { ...extra }, curated: !!opts.curated };
    const k = this.key(r);
    const old = this.rows.get(k);
    if (!old) {
      this.rows.set(k, r);
      return r;
    }
    if (old.curated && !r.curated) return old; // curated rows win
    if (r.curated && !old.curated) {
      r.extra = { ...old.extra, ...r.extra };
      this.rows.set(k, r);
      return r;
    }
    // merge two rows of the same standing
    if (!r.flags.has('alt') || !old.flags.has('alt')) old.flags.delete('alt');
    for (const f of r.flags) if (f !== 'alt') old.flags.add(f);
    for (const [k2, v] of Object.entries(r.extra)) {
      const ov = old.extra[k2];
      if (ov === undefined) old.extra[k2] = v;
      else if (k2 === 'pop') old.extra[k2] = String(Math.max(+ov || 0, +v || 0));
      else if (k2 === 'lang' || k2 === 'src') old.extra[k2] = mergeList(ov, v, ',');
      else if (k2 === 'gender') old.extra[k2] = mergeList(ov, v, '|');
    }
    return old;
  }

  /** Re-keys all rows (after canonicals were changed in place), merging rows that now coincide. */
  rebuild() {
    const rows = [...this.rows.values()];
    this.rows = new Map();
    for (const r of rows) this.add(r.surface, r.label, r.canonical, r.kind, [...r.flags], r.extra, { curated: r.curated });
  }

  delete(pred) {
    for (const [k, r] of this.rows) if (pred(r)) this.rows.delete(k);
  }

  lines() {
    const out = [];
    for (const r of this.rows.values()) {
      const flags = [...r.flags].filter((f) => FLAGS.has(f)).sort();
      out.push([r.surface, r.label, r.canonical, r.kind || '-', flags.length ? flags.join(',') : '-', fmtExtra(r.extra)].join('\t'));
    }
    // byte-order sort: deterministic, locale independent
    out.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return [...new Set(out)];
  }
}

/** Reads a 6-column TSV (comments and blank lines skipped). */
export function readTsv(file) {
  if (!fs.existsSync(file)) return [];
  const rows = [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const c = line.split('\t');
    if (c.length !== 6) throw new Error(`${file}:${i + 1}: expected 6 columns, got ${c.length}: ${line}`);
    rows.push({ surface: c[0], label: c[1], canonical: c[2], kind: c[3], flags: c[4], extra: parseExtra(c[5]), line: i + 1 });
  });
  return rows;
}

export function writeTsv(file, header, lines) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const head = header.map((h) => `# ${h}`.trimEnd()).join('\n');
  fs.writeFileSync(file, `${head}\n${lines.join('\n')}\n`);
}

export function levenshtein(a, b) {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const m = a.length, n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`ʼ‘]/g, '').toLowerCase();
}

/**
 * The matcher's key of a surface, as glean's C folding computes it (utf8proc: compatibility
 * decomposition, marks stripped, case folded, quotes and dashes lumped): "Saïd" -> "said".
 */
export function foldKey(s) {
  return String(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss')
    .replace(/[’‘ʼ`]/g, "'").replace(/[‐‑‒–—]/g, '-').normalize('NFC');
}

/**
 * Lower-case SCOWL words of sizes up to maxLevel: Map word -> {level, en}. `level` is the
 * smallest size that lists the word in the English, American or British lists; `en` is the
 * smallest size in the spelling-neutral English list (99 when only a national spelling lists it).
 */
export function loadScowl(share, maxLevel = 50) {
  const dir = path.join(share, 'dict/scowl');
  const out = new Map();
  for (const v of ['english', 'american', 'british']) {
    for (const lvl of ['10', '20', '35', '40', '50', '55', '60', '70']) {
      if (+lvl > maxLevel) continue;
      const f = path.join(dir, `${v}-words.${lvl}`);
      if (!fs.existsSync(f)) continue;
      for (const w of fs.readFileSync(f, 'utf8').split('\n')) {
        if (!/^[a-z][a-z'-]*$/.test(w) || w.endsWith("'s")) continue;
        const o = out.get(w) || { level: 99, en: 99 };
        o.level = Math.min(o.level, +lvl);
        if (v === 'english') o.en = Math.min(o.en, +lvl);
        out.set(w, o);
      }
    }
  }
  return out;
}
