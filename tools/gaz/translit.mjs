// Cyrillic -> Latin transliteration of Ukrainian and Russian given names and
// surnames, with the spelling variants that English-language news uses.
// Ukrainian: official 2010 national system (KMU) plus the older "popular"
// forms (Serhiy, Andriy, Oleksiy); Russian: BGN/PCGN plus the common
// press forms (Sergei/Sergey, Alexei/Aleksey, Dmitry/Dmitriy).

const UK = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'h', 'ґ': 'g', 'д': 'd', 'е': 'e', 'є': 'ie',
  'ж': 'zh', 'з': 'z', 'и': 'y', 'і': 'i', 'ї': 'i', 'й': 'i', 'к': 'k', 'л': 'l',
  'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u',
  'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ь': '', 'ю': 'iu',
  'я': 'ia', "'": '', '’': '', 'ʼ': '', '-': '-', ' ': ' ',
};
const UK_INITIAL = { 'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya' };

const RU = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'yo', 'ж': 'zh',
  'з': 'z', 'и': 'i', 'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o',
  'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts',
  'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu',
  'я': 'ya', '-': '-', ' ': ' ',
};
const VOWELS = new Set('аеёиоуыэюяєіїь ъ'.split(''));

function cap(s) {
  return s.split(/([ -])/).map((w) => (w.length ? w[0].toUpperCase() + w.slice(1) : w)).join('');
}

// style: 'kmu' (official), 'pop' (popular: Andriy, Serhiy, Yevhen), 'g' (pop with г->g)
function ukOne(word, style) {
  const s = word.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const initial = i === 0 || s[i - 1] === ' ' || s[i - 1] === '-';
    const next = s[i + 1];
    if (c === 'з' && next === 'г') { out += 'zgh'; i++; continue; }
    if (style !== 'kmu') {
      if (c === 'і' && next === 'й' && (i + 2 === s.length)) { out += 'iy'; i++; continue; }
      if (c === 'и' && next === 'й' && (i + 2 === s.length)) { out += 'yi'; i++; continue; }
      if (c === 'й') { out += 'y'; continue; }
      if (c === 'є') { out += 'ye'; continue; }
      if (c === 'ї') { out += 'yi'; continue; }
      if (c === 'ю') { out += 'yu'; continue; }
      if (c === 'я') { out += 'ya'; continue; }
      if (c === 'г') { out += style === 'g' ? 'g' : 'h'; continue; }
    }
    if (initial && UK_INITIAL[c]) { out += UK_INITIAL[c]; continue; }
    if (!(c in UK)) return null;
    out += UK[c];
  }
  return cap(out);
}

// style: 'bgn' (Sergey, Dmitriy, Yevgeniy), 'press' (Sergei, Dmitry, Yevgeny), 'x' (ks->x)
function ruOne(word, style) {
  const s = word.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const prev = s[i - 1];
    const next = s[i + 1];
    const initial = i === 0 || prev === ' ' || prev === '-';
    const end2 = i + 2 === s.length || s[i + 2] === ' ' || s[i + 2] === '-';
    if (c === 'е' && (initial || VOWELS.has(prev))) { out += style === 'e' ? 'e' : 'ye'; continue; }
    if (c === 'ё' && (initial || VOWELS.has(prev))) { out += 'yo'; continue; }
    if (style === 'press' || style === 'x') {
      if (c === 'и' && next === 'й' && end2) { out += 'y'; i++; continue; }
      if (c === 'ы' && next === 'й' && end2) { out += 'y'; i++; continue; }
      if (c === 'е' && next === 'й') { out += 'ei'; i++; continue; }
      if (c === 'ь' && next === 'е') { out += 'ie'; i++; continue; }
      if (c === 'ё') { out += 'yo'; continue; }
    }
    if (style === 'short' && c === 'и' && next === 'й' && end2) { out += 'i'; i++; continue; }
    if (style === 'i' && c === 'и' && next === 'й' && end2) { out += 'ii'; i++; continue; }
    if (style === 'x' && c === 'к' && next === 'с') { out += 'x'; i++; continue; }
    if (!(c in RU)) return null;
    out += RU[c];
  }
  return cap(out);
}

/** Returns [canonical, ...variants] (deduplicated) or [] when not transliterable. */
export function translitUk(word) {
  const v = ['kmu', 'pop', 'g'].map((st) => ukOne(word, st)).filter(Boolean);
  if (!v.length) return [];
  // canonical: popular form (Volodymyr, Serhiy, Andriy, Oleksiy) as used by most English news
  const canon = v[1] || v[0];
  return [...new Set([canon, ...v])];
}

export function translitRu(word) {
  const v = ['bgn', 'press', 'x', 'e', 'i', 'short'].map((st) => ruOne(word, st)).filter(Boolean);
  if (!v.length) return [];
  const canon = v[1] || v[0];
  return [...new Set([canon, ...v])];
}
