/**
 * Tells whether a word is a well-formed Vietnamese syllable: an onset, a
 * rhyme (vowel group and optional final consonant) and at most one tone mark,
 * which sits on a vowel. Used to score candidate decodings: the right decoding
 * of a Vietnamese document turns almost every word into a valid syllable, a
 * wrong one turns most words with non-ASCII letters into garbage.
 *
 * It checks form, not meaning: `bẳ` passes, `vµ`, `nghÖ`, `Vieät` do not.
 * Case is ignored. Expects NFC.
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 7) return false;
  let tone = 0;
  let bare = '';
  for (let i = 0; i < word.length; i++) {
    const entry = LETTERS.get(word[i]);
    if (entry === undefined) return false;
    bare += entry.base;
    if (entry.tone !== 0) {
      if (tone !== 0) return false;
      tone = entry.tone;
    }
  }
  const final = SYLLABLES.get(bare);
  if (final === undefined) return false;
  // After a stop (c, ch, p, t) only the acute or the dot below can stand.
  return !(final && tone !== 0 && tone !== 1 && tone !== 5);
}

/** Tones: 0 none, 1 acute (sắc), 2 grave, 3 hook, 4 tilde, 5 dot below (nặng). */
const TONED: Record<string, string> = {
  a: 'aáàảãạ', ă: 'ăắằẳẵặ', â: 'âấầẩẫậ', e: 'eéèẻẽẹ', ê: 'êếềểễệ', i: 'iíìỉĩị',
  o: 'oóòỏõọ', ô: 'ôốồổỗộ', ơ: 'ơớờởỡợ', u: 'uúùủũụ', ư: 'ưứừửữự', y: 'yýỳỷỹỵ',
};

const LETTERS: ReadonlyMap<string, { base: string; tone: number }> = buildLetters();

function buildLetters(): Map<string, { base: string; tone: number }> {
  const m = new Map<string, { base: string; tone: number }>();
  for (const c of 'bcdđghklmnpqrstvx') {
    m.set(c, { base: c, tone: 0 });
    m.set(c.toUpperCase(), { base: c, tone: 0 });
  }
  for (const [base, forms] of Object.entries(TONED)) {
    [...forms].forEach((f, tone) => {
      m.set(f, { base, tone });
      m.set(f.toUpperCase(), { base, tone });
    });
  }
  return m;
}

/** Onsets, longest first so that `ngh` is tried before `ng` and `n`; '' for a vowel-initial syllable. */
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

/** Vowel groups that end the syllable (they end in a glide or cannot take a final). */
const OPEN_ONLY = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'uơ',
]);

/** Vowel groups that may end the syllable or take a final consonant. */
const OPEN_OR_CLOSED = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy']);

/** Vowel groups that need a final consonant. */
const CLOSED_ONLY = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê', 'oo', 'ôô']);

const FINALS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't'];

/** The vowels that take the palatal finals -nh, -ch (anh, ếch, tỉnh, oanh, huỳnh, huênh). */
const BEFORE_PALATAL = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy']);

/** Of those, the ones that never take -ng, -c (no *êng, *ing, *uyc). */
const BEFORE_PALATAL_ONLY = new Set(['ê', 'i', 'y', 'uê', 'uy']);

/** Finals after which only the acute or dot-below tone is allowed (checked syllables). */
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

/**
 * Every toneless syllable (onset + vowel group + final), mapped to whether it
 * ends in a stop. About 11,000 strings, built once.
 */
const SYLLABLES: ReadonlyMap<string, boolean> = buildSyllables();

function buildSyllables(): Map<string, boolean> {
  const m = new Map<string, boolean>();
  for (const onset of ONSETS) {
    for (const v of [...OPEN_ONLY, ...OPEN_OR_CLOSED]) m.set(onset + v, false);
    for (const v of [...OPEN_OR_CLOSED, ...CLOSED_ONLY]) {
      for (const fin of FINALS) {
        if ((fin === 'nh' || fin === 'ch') && !BEFORE_PALATAL.has(v)) continue;
        if ((fin === 'ng' || fin === 'c') && (BEFORE_PALATAL_ONLY.has(v) || v === 'ơ')) continue; // no *ơng, *ơc
        m.set(onset + v + fin, STOP_FINALS.has(fin));
      }
    }
  }
  return m;
}
