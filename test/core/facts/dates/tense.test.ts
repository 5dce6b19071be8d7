import { describe, expect, it } from 'vitest';
import { createDateLexicon } from '../../../../src/core/facts/dates/lexicon.js';
import { createTenseDetector } from '../../../../src/core/facts/dates/tense.js';
import { datesData } from './helpers.js';

const detect = createTenseDetector(createDateLexicon(datesData));

/** Tense of the clause around the first occurrence of `word`. */
function tenseAround(sentence: string, word: string): string {
  const start = sentence.indexOf(word);
  return detect(sentence, start, start + word.length);
}

describe('tense of the clause', () => {
  it.each([
    ['उन्होंने शुक्रवार को फोन पर चर्चा की।', 'शुक्रवार', 'past'],
    ['सैनिक मंगलवार को सीमा पार कर गए थे।', 'मंगलवार', 'past'],
    ['बुधवार को मुलाकात हुई।', 'बुधवार', 'past'],
    // a `जाने वाली` further on, before a noun, describes the train: the clause's own verb is past (zzg first run)
    ['सोमवार को फिरोजपुर से धनबाद जाने वाली ट्रेन समय से पहले रवाना कर दी गई।', 'सोमवार', 'past'],
    // (right after the date and its postposition it is the date's own event, whatever happened to it)
    ['सोमवार को होने वाली परीक्षा स्थगित कर दी गई।', 'सोमवार', 'future'],
    ['24 साल बाद पुतिन उत्तर कोरिया पहुंचे हैं।', 'पुतिन', 'past'],
    ['बैठक की योजना बनाई गई है।', 'बैठक', 'past'],
    ['मंत्री रविवार तक रहेंगे।', 'रविवार', 'future'],
    ['मैच कल खेला जाएगा।', 'कल', 'future'],
    // a deadline's word right before the date looks ahead, a headline with no verb too (was yesterday), unless the
    // clause says it was
    ['छात्रवृत्ति आवेदन की अंतिम तिथि कल', 'कल', 'future'],
    ['फॉर्म भरने की आखिरी तारीख कल है।', 'कल', 'future'],
    ['फॉर्म भरने की आखिरी तारीख कल थी।', 'कल', 'past'],
    // (a fair's last day is when things happened, no deadline: never ahead, read as before — reviewer)
    ['मेले के आखिरी दिन कल श्रद्धालुओं का सैलाब उमड़ पड़ा।', 'कल', 'unknown'],
    // (an ergative after a deadline's कल is a past report's)
    ['आवेदन की अंतिम तिथि कल 38 लोगों ने फॉर्म जमा', 'कल', 'past'],
    // (a weekday after one is read as any other: the last day was Monday, the forms were filled in)
    ['दाखिले के आखिरी दिन सोमवार को दो हजार छात्रों ने फॉर्म भरा।', 'सोमवार', 'past'],
    // a bracketed gloss neither ends the clause nor makes the word before it a closing verb (बंदाई ends like बनाई)
    ['कल उनका अंतिम संस्कार मध्यप्रदेश (Madhya Pradesh) के पैतृक गांव बंदाई (Bandai) में किया जाएगा।', 'कल', 'future'],
    ['कल उनके गांव बंदाई (Bandai) में सभा हुई।', 'कल', 'past'],
    ['नतीजे जल्द घोषित होंगे।', 'नतीजे', 'future'],
    ['मंगलवार से शुरू होने वाली यात्रा से पहले उन्होंने कहा है।', 'मंगलवार', 'future'],
    // वाला after an infinitive: about to happen when it is an event's (खेले जाने वाले) or ends the clause (करने वाले हैं);
    // those who did something (ठगी करने वाले लोगों) say no tense, the clause's verb does
    ['रविवार को खेले जाने वाले मैच की तैयारी पूरी हो गई।', 'रविवार', 'future'],
    ['मुख्यमंत्री रविवार को पुल का उद्घाटन करने वाले हैं।', 'रविवार', 'future'],
    ['पुलिस ने रविवार को ठगी करने वाले दो लोगों को गिरफ्तार किया।', 'रविवार', 'past'],
    // होने after a state is who became it (घायल होने वाले): the clause's verb decides (reviewer)
    ['रविवार को हादसे में घायल होने वाले तीन लोगों को अस्पताल में भर्ती कराया गया।', 'रविवार', 'past'],
    // …but right after the date होने is the event's: the meeting to be held tomorrow
    ['कल होने वाली बैठक रद्द कर दी गई है।', 'कल', 'future'],
    ['मामले की जांच की जा रही है।', 'मामले', 'present'],
    ['बाजार में तेजी बनी हुई है।', 'बाजार', 'past'],
    ['किसान दिल्ली की ओर बढ़ रहे हैं।', 'किसान', 'present'],
    ['वे उस समय घर लौट रहे थे।', 'वे', 'past'],
    ['भारत दुनिया की पांचवीं बड़ी अर्थव्यवस्था है।', 'भारत', 'present'],
    // a forecast before है is what will happen; a forecast made (जताया था) is past
    ['दिल्ली में कल बारिश की संभावना है।', 'कल', 'future'],
    ['केरल में कल तक तेज हवाएं चलने का अनुमान है।', 'कल', 'future'],
    ['विभाग ने कल अनुमान जताया था कि बारिश होगी।', 'कल', 'past'],
    ['मौसम विभाग ने 15 फरवरी यानि कल बारिश होने की संभावना जताई है।', 'कल', 'future'],
    // a possibility is of what may yet happen; one that was possible is past
    ['रविवार और सोमवार को दिल्ली में बारिश हो सकती है।', 'रविवार', 'future'],
    ['उस रविवार को हादसा टल सकता था।', 'रविवार', 'past'],
    // an infinitive before है is what is to happen (was past: a Tuesday's hearing "held" before publication)
    ['मामले की सुनवाई मंगलवार को होनी है।', 'मंगलवार', 'future'],
    ['राज्य में पंचायत चुनाव नवंबर में होने हैं।', 'नवंबर', 'future'],
    // … one that was to happen is past, and a saying is no event
    ['बैठक शुक्रवार को होनी थी।', 'शुक्रवार', 'past'],
    ['उनका कहना है कि सोमवार को बैठक हुई।', 'सोमवार', 'past'],
    // … nor an infinitive naming a reason, one of a compound noun, or a date since when (reviewer: a year ahead)
    ['बिजली कटौती की बड़ी वजह सोमवार को ट्रांसफार्मर का खराब होना है।', 'सोमवार', 'present'],
    ['ग्रामीणों के मुताबिक आरोपी का अप्रैल से ही गांव में आना-जाना है।', 'अप्रैल', 'present'],
    ['शिक्षकों की नाराजगी की वजह जनवरी से वेतन न मिलना है।', 'जनवरी', 'present'],
    ['मुख्यमंत्री का शुक्रवार को दौरा होना है।', 'शुक्रवार', 'future'],
    // a fear is of what is so now or has happened: no future
    ['कल रात ढहे मकान में कई लोगों के फंसे होने की आशंका है।', 'कल', 'present'],
    // the clause of the expression decides, not the reporting verb
    ['उन्होंने कहा कि वे गुरुवार को दिल्ली लौटेंगे।', 'गुरुवार', 'future'],
    ['गुरुवार को उन्होंने कहा कि वे दिल्ली लौटेंगे।', 'गुरुवार', 'past'],
    // की as a postposition is not a past tense
    ['उत्तर कोरिया की राजधानी प्योंगयांग', 'प्योंगयांग', 'unknown'],
    ['सोमवार को बैठक की।', 'सोमवार', 'past'],
    ['पुतिन ने कहा कि सोमवार को मुलाकात होगी।', 'सोमवार', 'future'],
    ['वह पहुँचेगा।', 'वह', 'future'],
    ['बैठक मंगलवार को हो रही है।', 'मंगलवार', 'present'],
    ['फैसला कल सुनाया जाएगा।', 'कल', 'future'],
    ['फैसला कल सुनाया गया।', 'कल', 'past'],
    // nouns and adjectives ending in -ोगी are no future verbs (योगी, रोगी, सहयोगी)
    ['योगी सरकार ने विधानसभा में पेश किया 7301.52 करोड़ का अनुपूरक बजट', '7301.52', 'past'],
    ['रोगी कल्याण समिति ने पास किया 20 लाख का प्रस्ताव', '20 लाख', 'past'],
  ])('%s (%s) → %s', (sentence, word, tense) => {
    expect(tenseAround(sentence, word)).toBe(tense);
  });
});
