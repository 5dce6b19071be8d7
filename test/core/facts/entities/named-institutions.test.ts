import { describe, expect, it } from 'vitest';
import { mentionsOf, realExtractor } from './fixtures.js';

const organisations = (text: string): string[] => mentionsOf(text).filter((m) => m.kind === 'organisation').map((m) => `${m.text}=${m.en}`);

describe('local institutions named by their own words and a head', () => {
  it.each([
    ['गांव के जोखना देवी इंटर कॉलेज में कार्यक्रम हुआ।', 'जोखना देवी इंटर कॉलेज=Jokhna Devi Inter College'],
    // an everyday word at the left edge is not part of the name
    ['फाइनल का खिताब देव कबड्डी एकेडमी ने जीता।', 'देव कबड्डी एकेडमी=Dev Kabaddi Academy'],
    // a locality word ends the name on its left
    ['बीएसईबी कॉलोनी डीएवी पब्लिक स्कूल के छात्र अव्वल रहे।', 'डीएवी पब्लिक स्कूल=DAV Public School'],
    // a listed place inside the name keeps its English
    ['मुंबई पब्लिक स्कूल के छात्र जीते।', 'मुंबई पब्लिक स्कूल=Mumbai Public School'],
    // a dotted acronym of four letters is one word of the name, spelled as letters (was "Di Em Es College")
    ['परीक्षा में आर.के.बी.एस. महाविद्यालय के दो छात्र पकड़े गए।', 'आर.के.बी.एस. महाविद्यालय=RKBS College'],
    // (letters spaced after their dots are one acronym too: was "Bi Inter College", its first letters lost at के)
    ['परीक्षा में एन. के. बी. इंटर कॉलेज के छात्र अव्वल रहे।', 'एन. के. बी. इंटर कॉलेज=NKB Inter College'],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toContain(expected);
  });
});

it('a genitive before a dotted acronym is no letter of it (no "Ke BS College")', () => {
  expect(organisations('गांव के बी.एस. महाविद्यालय में परीक्षा हुई।')).toEqual(['बी.एस. महाविद्यालय=BS College']);
  // (nor before spaced letters: no dot after the genitive)
  expect(organisations('गांव के बी. एस. महाविद्यालय में परीक्षा हुई।')).toEqual(['बी. एस. महाविद्यालय=BS College']);
});

describe("a town's body after the town's own unlisted name", () => {
  it.each([
    ['कुमराली नगर निगम ने संपत्ति कर बढ़ाया।', 'कुमराली नगर निगम=Kumrali Municipal Corporation'],
    ['बैठक कुमराली नगर पालिका परिषद के सभागार में हुई।', 'कुमराली नगर पालिका परिषद=Kumrali Municipal Council'],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toEqual([expected]);
  });

  it("a listed party before a town's body is the party, no town (reviewer)", () => {
    expect(mentionsOf('भाजपा नगर निगम चुनाव जीतेगी।', realExtractor()).filter((m) => m.kind === 'organisation').map((m) => m.en)).toEqual(['Bharatiya Janata Party']);
  });

  it('a listed town keeps its place and names its own body', () => {
    const found = mentionsOf('मुंबई नगर निगम ने संपत्ति कर बढ़ाया।').map((m) => `${m.kind}:${m.text}=${m.en}`);
    expect(found).toEqual(['place:मुंबई=Mumbai', 'organisation:मुंबई नगर निगम=Mumbai Municipal Corporation']);
  });
});

describe('companies and clubs named by their own words and an English head', () => {
  it.each([
    ['नाटको फार्मा ने शेयर बाजार को बताया कि आय घटी।', 'नाटको फार्मा=Natko Pharma'],
    // a given name may begin a company's name: no person
    ['विपुल ऑर्गेनिक्स की ओर से जारी बयान के अनुसार लाभ बढ़ा।', 'विपुल ऑर्गेनिक्स=Vipul Organics'],
    ['फाइनल में डीके स्पोर्टिंग क्लब को हार मिली।', 'डीके स्पोर्टिंग क्लब=DK Sporting Club'],
    // an everyday word before a firm's own words is no part of its name (बदौलत: thanks to)
    ['सुपर ओवर की बदौलत डीके स्पोर्टिंग क्लब जीता।', 'डीके स्पोर्टिंग क्लब=DK Sporting Club'],
    // a firm's name of everyday words (जमना, ऑटो) after M/s (मेसर्स: no part of it)
    ['मुख्यमंत्री से मेसर्स जमना ऑटो इण्डस्ट्रीज लिमिटेड के एमडी मिले।', 'जमना ऑटो इण्डस्ट्रीज=Jamna Auto Industries'],
    // a shop named by its owner's name is a business, no person
    ['चोरों ने बाजार में श्याम ज्वेलर्स में चोरी की।', 'श्याम ज्वेलर्स=Shyam Jewellers'],
  ])('%s', (text, expected) => {
    expect(organisations(text)).toContain(expected);
    expect(mentionsOf(text).filter((m) => m.kind === 'person')).toEqual([]);
  });
});
