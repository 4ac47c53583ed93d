/**
 * Name keys for gazetteer look-ups.
 *
 * Two keys per name:
 * - `nameKey`: the name as written, with case, diacritics, apostrophes/ayn marks and punctuation folded
 *   ("Deir ez-Zor" → "deir ez zor", "Sana'a" → "sanaa"). Matching on it is an exact match.
 * - `translitKey`: a transliteration-tolerant key for when the exact key finds nothing. It drops Arabic
 *   articles and folds the spelling variants reporters use (q/k, ou/u/oo/o, ei/ay/e/i, doubled letters,
 *   -ah/-eh endings), so "Deir al-Zour", "Dayr az-Zawr" and "Deir Ezzor" meet on "dirzur".
 */

/** Letters NFKD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
  ı: 'i', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h', ŧ: 't', ŋ: 'ng', ə: 'a', Ə: 'a',
};
const SPECIAL_LETTER_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
/** Apostrophes, ayn/hamza marks and backticks vanish: "Sana'a" and "Sanaa" are one name. */
const GLYPHS_REMOVED_RE = /['’‘ʼʻʿʾ`´"“”]/g;
const NON_ALNUM_RE = /[^a-z0-9]+/g;
const COMBINING_MARKS_RE = /\p{M}+/gu;

/** Arabic definite-article forms as reporters transliterate them ("al-", "ar-", "ez-", …). */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'ad', 'ed', 'az', 'ez', 'an', 'en', 'at', 'et', 'adh', 'ath', 'ul', 'ur', 'uz', 'ud', 'us']);
/** Glued sun-letter article inside a name ("Deir Ezzor"): vowel + doubled consonant. */
const GLUED_ARTICLE_RE = /^[ae]([tdrzsnl])\1(?=[a-z]{2})/;

export function foldDiacritics(text: string): string {
  return text
    .replace(SPECIAL_LETTER_RE, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(COMBINING_MARKS_RE, '');
}

/** Exact-match key: lowercase ASCII words separated by single spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included
const PLAIN_ASCII_RE = /^[\x00-\x7f]*$/;

/** The ASCII fast path of nameKey in one pass: letters and digits kept, apostrophes dropped, the rest a space. */
function asciiKey(name: string): string {
  let key = '';
  let pendingSpace = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c === 39 || c === 96 || c === 34) continue; // ' ` "
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (pendingSpace && key.length > 0) key += ' ';
      pendingSpace = false;
      key += String.fromCharCode(c);
    } else {
      pendingSpace = true;
    }
  }
  return key;
}

export function nameKey(name: string): string {
  // Unicode normalisation is the costly step; most queries are plain ASCII and need none.
  if (PLAIN_ASCII_RE.test(name)) return asciiKey(name);
  return foldDiacritics(name).toLowerCase().replace(GLYPHS_REMOVED_RE, '').replace(NON_ALNUM_RE, ' ').trim();
}

function foldTransliteration(word: string): string {
  return (
    word
      .replace(/ck/g, 'k')
      .replace(/q/g, 'k')
      .replace(/kh/g, 'k')
      .replace(/zh/g, 'z')
      .replace(/gh/g, 'g')
      .replace(/dh/g, 'd')
      .replace(/th/g, 't')
      .replace(/sh/g, 's')
      .replace(/ph/g, 'f')
      .replace(/dj/g, 'j')
      .replace(/x/g, 'ks')
      .replace(/c/g, 'k')
      // semi-vowels between a consonant and a vowel read as vowels: Jabalya/Jabaliya, Kyiv
      .replace(/iy/g, 'i')
      .replace(/(?<=[^aeiou])y(?=[aeiou])/g, 'i')
      // vowel digraphs and vowel quality folded to three vowels: a, i, u
      .replace(/aw|ow|ou|oo|o|w(?=[^aeiou]|$)/g, 'u')
      .replace(/ei|ey|ay|ai|ie|ee|e|y/g, 'i')
      .replace(/(?<=[^aiu])h$/, '')
      .replace(/([a-z])\1+/g, '$1')
      // -ah / -eh / -a endings: Raqqah, Raqqa, Raqa
      .replace(/(?<=[^aiu])[aiu]h?$/, '')
  );
}

/**
 * Transliteration-tolerant key, or "" when the name is too short to fold safely.
 * Spaces are removed so "Tel Aviv"/"Tel-Aviv"/"Telaviv" agree.
 */
export function translitKey(name: string): string {
  const words = nameKey(name).split(' ').filter(Boolean);
  const kept: string[] = [];
  words.forEach((word, i) => {
    if (ARABIC_ARTICLES.has(word) && i < words.length - 1) return;
    kept.push(i > 0 ? word.replace(GLUED_ARTICLE_RE, '$1') : word);
  });
  const key = kept.map(foldTransliteration).join('');
  return key.length >= 3 ? key : '';
}

/** True when a name is written in Latin script (GeoNames alternate names mix every script). */
export function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}'’`ʼʻʿʾ]+$/u.test(name) && /\p{L}/u.test(name);
}

export function splitNameList(list: string, separator: string): string[] {
  return list
    .split(separator)
    .map((n) => n.trim())
    .filter(Boolean);
}
