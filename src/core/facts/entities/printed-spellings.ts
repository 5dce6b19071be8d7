/**
 * The spellings Hindi papers print for a foreign name beside CLDR's: the vowel sign ै written े
 * (मैक्सिको → मेक्सिको, पोलैंड → पोलेंड) and the borrowed ॉ written ो or ा (नॉर्वे → नोर्वे, नार्वे;
 * मॉरीशस → मारीशस). Each rule is applied to the whole name; the name itself comes first.
 */
export function printedSpellings(name: string, everyday: (form: string) => boolean = () => false): string[] {
  let forms = [name];
  // ै and ॉ are rewritten independently, so मैकडोनॉल्ड yields मेकडोनोल्ड too; ॉ takes one of its two spellings
  forms = [...forms, ...forms.map((f) => f.replace(/\u0948/gu, '\u0947'))];
  forms = [...forms, ...forms.flatMap((f) => [f.replace(/\u0949/gu, '\u094B'), f.replace(/\u0949/gu, '\u093E')])];
  // (a made spelling that is an everyday word is left out: फ़ैरो's फ़ेरो is फेरो, "turn")
  return [...new Set(forms)].filter((f, k) => k === 0 || !everyday(f));
}
