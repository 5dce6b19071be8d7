import { voiced, type Unit } from './romanise-units.js';

/** After a conjunct, a final consonant of these keeps its vowel: इंद्र Indra, सूर्य Surya, शुक्ल Shukla. */
const KEEP_FINAL = new Set(['r', 'y', 'l', 'n', 'm', 'v']);
const STOPS = /^(?:k|kh|g|gh|t|th|d|dh|p|f|b|bh)$/;

/** Hindi schwa deletion: the final inherent vowel, and a medial one in the context V C _ C V. */
export function deleteSchwas(units: Unit[]): void {
  const n = units.length;
  const last = units[n - 1];
  if (n > 1 && last?.inherent && !last.nasal) {
    const afterConjunct = units[n - 2]?.virama === true;
    // र्न ends English names without a vowel (ओसबोर्न Osborn, बर्न Bern); कृष्ण, इंद्र keep theirs
    const rn = units[n - 2]?.cons === 'r' && last.cons === 'n';
    if (!(afterConjunct && KEEP_FINAL.has(last.cons)) || rn) last.inherent = false;
  }
  for (let i = n - 2; i >= 1; i--) {
    const u = units[i] as Unit;
    if (!u.inherent || u.nasal || u.cons === '') continue;
    const next = units[i + 1];
    // after a reph cluster too: हर्षवर्धन Harshvardhan, धर्मपाल Dharmpal (V र्C _ C V)
    const reph = units[i - 1]?.virama === true && units[i - 1]?.cons === 'r' && i + 2 < n && u.cons !== 'y'; // not निर्मला, सूर्यकुमार
    const before = reph ? units[i - 2] : units[i - 1];
    // the name suffix -वती keeps its vowel: विद्यावती Vidyawati, लीलावती Lilawati, रेवती Revati
    const vati = i === n - 2 && u.cons === 'v' && next?.cons === 't' && next.vowel === 'i';
    if (!vati && voiced(before) && next !== undefined && next.cons !== '' && (voiced(next) || stopR(units, i + 1))) u.inherent = false;
  }
  // व between a-vowels is w: पवार Pawar, धवन Dhawan, जवाहर Jawahar, रावत Rawat (not देव, शिवा, यादव, गावस्कर);
  // so after a consonant whose vowel went: भगवान Bhagwan, जसवंत Jaswant, नरवाल Narwal (not रणवीर, अरविंद)
  for (let i = 1; i < n; i++) {
    const u = units[i] as Unit;
    const prev = units[i - 1] as Unit;
    const vowelA = u.inherent || u.vowel === 'a';
    // गावस्कर Gavaskar keeps v before a cluster, श्रवण Shravan before ण
    const single = units[i + 1]?.virama !== true && units[i + 1]?.letter !== 'ण';
    const schwaGone = !prev.inherent && prev.vowel === '';
    if (u.cons === 'v' && vowelA && !prev.virama && prev.cons !== '' && single && (prev.inherent || schwaGone || prev.vowel === 'a')) u.cons = 'w';
    else if (u.cons === 'v' && wal(units, i) && prev.vowel === 'i') u.cons = 'w'; // केजरीवाल Kejriwal, बेनीवाल Beniwal
  }
}

/** A stop + र cluster (प्र, क्र, द्र) at `at`: a schwa before it goes too (दिलप्रीत Dilpreet, रामप्रसाद Ramprasad; not सरस्वती). */
function stopR(units: readonly Unit[], at: number): boolean {
  const [c, r] = [units[at], units[at + 1]];
  return c !== undefined && r !== undefined && c.virama && STOPS.test(c.cons) && r.cons === 'r' && voiced(r);
}

/** The name ending -वाल at `at` (its last two units). */
function wal(units: readonly Unit[], at: number): boolean {
  return units[at]?.vowel === 'a' && units[at + 1]?.cons === 'l' && units.length === at + 2;
}
