import { describe, expect, it } from 'vitest';
import { mentionsOf } from './fixtures.js';

const organisations = (text: string): string[] => mentionsOf(text).filter((m) => m.kind === 'organisation').map((m) => m.text);

describe('no named institution', () => {
  it.each([
    // every word of the name is an everyday word
    'राजकीय कन्या इंटर कॉलेज में परीक्षा हुई।',
    // a head with no name before it
    'इस एकेडमी में 50 बच्चे खेलते हैं।',
    'उन्होंने फाउंडेशन की स्थापना की।',
    // bare school and college words are no heads
    'शहर के स्कूल और कॉलेज बंद रहेंगे।',
    'मोहन कॉलेज जाता है।',
    // हाईस्कूल is also the class-10 exam; a title or a given name starts a person, not a school
    'छात्रा रिया हाईस्कूल परीक्षा में जिले में अव्वल रही।',
    'प्रधानाचार्य सुनील कुमार इंटर कॉलेज पहुंचे।',
    // a person's name before a town's body is someone who went there; a bare body names no town
    'पार्षद सुरेश पाल नगर पालिका परिषद पहुंचे।',
    'पार्षद कोरी नगर निगम पहुंचे।',
    'महापौर ने कहा कि नगर निगम काम करेगा।',
    // a participle, a resident's word, a colony, a village joining a council: no town (reviewer)
    'नवगठित नगर परिषद में चुनाव होंगे।',
    'मोहल्ले के रहवासी नगर निगम पहुंचे।',
    'शिवपुरम नगर निगम वार्ड में आता है।',
    'ग्राम कुमराली नगर परिषद में शामिल होगा।',
    'सफाईकर्मी नगर निगम पहुंचे।',
    'कांग्रेसी नगर निगम पहुंचे।',
    // a union of a town body's staff is no body of the town
    'कुमराली नगर निगम कर्मचारी संघ ने हड़ताल की।',
    // a locality called X Nagar has a panchayat: no body of a town X
    'गुलाब नगर पंचायत के मुखिया ने शिकायत की।',
  ])('%s', (text) => {
    expect(organisations(text)).toEqual([]);
  });

  it('a listed organisation keeps its own name and English', () => {
    expect(mentionsOf('भारत मौसम विज्ञान विभाग ने अलर्ट जारी किया।').filter((m) => m.kind === 'organisation').map((m) => m.en)).toEqual(['India Meteorological Department']);
  });
});

describe('a company head used as a generic word names no company', () => {
  it.each([
    // a generic noun after the head
    'चीन फार्मा उद्योग में आगे है।',
    'गुजरात केमिकल्स सेक्टर का केंद्र है।',
    // a first word that makes it generic
    'भारतीय फार्मा का निर्यात बढ़ा।',
    'घरेलू ऑर्गेनिक्स की मांग बढ़ी।',
    // a person's name before a company head, and a firm's kind before कंपनी (reviewer)
    'एसपी ने कहा कि सुरेश गुप्ता फाइनेंस कंपनी चलाता था।',
    'सुरेश गुप्ता फाइनेंस के मालिक पकड़े गए।',
    'माइक्रो फाइनेंस कंपनी के एजेंट ने महिला को धमकाया।',
  ])('%s', (text) => {
    expect(organisations(text)).toEqual([]);
  });
});
