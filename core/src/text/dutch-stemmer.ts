// The Snowball Dutch stemmer and stopword list that PostgreSQL's `dutch` text-search config uses
// (the classic Porter-style algorithm, snowballstem.org/algorithms/dutch/stemmer.html). The API's
// index holds these stems, so on-device search needs the same ones to match the same words.

/** PostgreSQL's `dutch.stop`. */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om hem dan zou of ' +
    'wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe heeft hebben deze u ' +
    'want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben zonder kan hun ' +
    'dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets ' +
    'uw iemand geweest andere'
  ).split(' '),
);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

/** Stems one lowercase, unaccented word. */
export function dutchStem(input: string): string {
  const w = [...input];
  // Prelude: a y at the start or after a vowel, and an i between vowels, are consonants.
  if (w[0] === 'y') w[0] = 'Y';
  for (let p = 0; p < w.length - 1; p++) {
    if (!isVowel(w[p])) continue;
    if (w[p + 1] === 'i' && isVowel(w[p + 2])) w[p + 1] = 'I';
    else if (w[p + 1] === 'y') w[p + 1] = 'Y';
  }
  const { p1, p2 } = regions(w);
  const word = new Stem(w, p1, p2);
  word.standardSuffix();
  return word.chars.join('').replace(/I/g, 'i').replace(/Y/g, 'y');
}

function regions(w: string[]): { p1: number; p2: number } {
  const limit = w.length;
  if (limit < 3) return { p1: limit, p2: limit };
  const pastVowelConsonant = (from: number) => {
    let i = from;
    while (i < limit && !isVowel(w[i])) i++;
    if (i >= limit) return limit + 1;
    i++;
    while (i < limit && isVowel(w[i])) i++;
    return i >= limit ? limit + 1 : i + 1;
  };
  const r1 = pastVowelConsonant(0);
  if (r1 > limit) return { p1: limit, p2: limit };
  const r2 = pastVowelConsonant(r1);
  return { p1: Math.max(r1, 3), p2: r2 > limit ? limit : r2 };
}

class Stem {
  private eFound = false;

  constructor(
    readonly chars: string[],
    private readonly p1: number,
    private readonly p2: number,
  ) {}

  private endsWith(suffix: string, at = this.chars.length): boolean {
    const start = at - suffix.length;
    if (start < 0) return false;
    for (let i = 0; i < suffix.length; i++) if (this.chars[start + i] !== suffix[i]) return false;
    return true;
  }

  private cut(length: number): void {
    this.chars.length -= length;
  }

  private undouble(): void {
    if (this.endsWith('kk') || this.endsWith('dd') || this.endsWith('tt')) this.cut(1);
  }

  /** `en`/`ene` (length `n`) in R1 after a consonant, not after `gem`. */
  private enEnding(n: number): boolean {
    const start = this.chars.length - n;
    const before = this.chars[start - 1];
    if (start < this.p1 || before === undefined || isVowel(before) || this.endsWith('gem', start)) return false;
    this.cut(n);
    this.undouble();
    return true;
  }

  private eEnding(): void {
    this.eFound = false;
    const start = this.chars.length - 1;
    const before = this.chars[start - 1];
    if (!this.endsWith('e') || start < this.p1 || before === undefined || isVowel(before)) return;
    this.cut(1);
    this.eFound = true;
    this.undouble();
  }

  standardSuffix(): void {
    const n = this.chars.length;
    // Step 1: the longest of heden, ene, en, se, s.
    if (this.endsWith('heden')) {
      if (n - 5 >= this.p1) this.chars.splice(n - 5, 5, 'h', 'e', 'i', 'd');
    } else if (this.endsWith('ene')) this.enEnding(3);
    else if (this.endsWith('en')) this.enEnding(2);
    else if (this.endsWith('se') || this.endsWith('s')) {
      const len = this.endsWith('se') ? 2 : 1;
      const before = this.chars[n - len - 1];
      if (n - len >= this.p1 && before !== undefined && !isVowel(before) && before !== 'j') this.cut(len);
    }
    // Step 2.
    this.eEnding();
    // Step 3a.
    const m = this.chars.length;
    if (this.endsWith('heid') && m - 4 >= this.p2 && this.chars[m - 5] !== 'c') {
      this.cut(4);
      if (this.endsWith('en')) this.enEnding(2);
    }
    // Step 3b: the longest of end, ing, ig, lijk, baar, bar.
    const k = this.chars.length;
    if (this.endsWith('end') || this.endsWith('ing')) {
      if (k - 3 >= this.p2) {
        this.cut(3);
        const j = this.chars.length;
        if (this.endsWith('ig') && j - 2 >= this.p2 && this.chars[j - 3] !== 'e') this.cut(2);
        else this.undouble();
      }
    } else if (this.endsWith('ig')) {
      if (k - 2 >= this.p2 && this.chars[k - 3] !== 'e') this.cut(2);
    } else if (this.endsWith('lijk')) {
      if (k - 4 >= this.p2) {
        this.cut(4);
        this.eEnding();
      }
    } else if (this.endsWith('baar')) {
      if (k - 4 >= this.p2) this.cut(4);
    } else if (this.endsWith('bar')) {
      if (k - 3 >= this.p2 && this.eFound) this.cut(3);
    }
    // Step 4: undouble a vowel between consonants at the end (maan → man).
    const c = this.chars;
    const last = c.length - 1;
    if (last >= 3 && !isVowel(c[last]) && c[last] !== 'I') {
      const pair = c[last - 2] + c[last - 1];
      if (['aa', 'ee', 'oo', 'uu'].includes(pair) && !isVowel(c[last - 3])) c.splice(last - 1, 1);
    }
  }
}
