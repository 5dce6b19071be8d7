/** What the cleaner knows of names beside its own patterns (from the gazetteer and the entity lists). */
export interface CleanerOptions {
  /** Hindi names of known cities and states: a comma alone ends a dateline only after one of them. */
  places?: readonly string[];
  /** Common Hindi words (folded keys): an unknown one before a bare `:` is a kicker, not a place (दर्दनाक :). */
  commonWords?: readonly string[];
  /** Names of organisations: one before a bare `:` is a kicker too (`इसरो: PSLV-CA प्रक्षेपित`), never a dateline. */
  organisations?: readonly string[];
  /** Given and middle names, and surnames: a line of a name only is a byline (`दीपक कुमार मिश्रा`). */
  givenNames?: readonly string[];
  surnames?: readonly string[];
  /** Month spellings of the date lexicon (typos like सिंतबर too), on top of Intl's and config `monthSpellings`. */
  monthSpellings?: readonly string[];
}
