import { describe, expect, it } from 'vitest';
import { createEntityExtractor } from '../../../../src/core/facts/entities/create-entity-extractor.js';
import type { Gazetteer } from '../../../../src/core/facts/entities/gazetteer-data.js';
import { mentionsOf, realCommonWords, realEntitiesData, TEST_GAZETTEER } from './fixtures.js';

const player = (en: string, hi: string, role: string) => ({ en, hi: [hi], latin: [], short: [], role, country: 'India' });
const gazetteer: Gazetteer = {
  ...TEST_GAZETTEER,
  people: [
    ...TEST_GAZETTEER.people,
    player('Shikhar Dhawan', 'शिखर धवन', 'Cricketer'),
    player('Cheteshwar Pujara', 'चेतेश्वर पुजारा', 'Cricketer'),
    player('Sai Kishore', 'साई किशोर', 'Cricketer'),
    // two cricketers share a surname: it names neither
    player('Deepak Chahar', 'दीपक चाहर', 'Cricketer'),
    player('Rahul Chahar', 'राहुल चाहर', 'Cricketer'),
    // a surname of a player of another sport
    player('Harmanpreet Singh Dhillon', 'हरमन ढिल्लों', 'Hockey Player'),
    // one cricketer Kumar among many listed Kumars: a family name, no one player's
    player('Bhuvneshwar Kumar', 'भुवनेश्वर कुमार', 'Cricketer'),
    ...['अनिल', 'सुनील', 'मनोज', 'राजेश', 'राकेश', 'मुकेश'].map((first) => player(`${first} Kumar`, `${first} कुमार`, 'Politician')),
  ],
};
const extract = createEntityExtractor(gazetteer, realEntitiesData(), realCommonWords());
const people = (text: string): string[] => mentionsOf(text, extract).filter((m) => m.kind === 'person').map((m) => `${m.text}=${m.en}`);

describe('a player named by surname alone in a report of the sport', () => {
  it.each([
    ['शिखर धवन ने 352 रन की पारी की नींव रखी। धवन ने वनडे की 17वीं सेंचुरी लगाई।', ['शिखर धवन=Shikhar Dhawan', 'धवन=Shikhar Dhawan']],
    ['चेतेश्वर पुजारा ने 300 रन बनाए। चौथे दिन के खेल में पुजारा की पारी अहम रही।', ['चेतेश्वर पुजारा=Cheteshwar Pujara', 'पुजारा=Cheteshwar Pujara']],
    // before an action cue the word was a one-word guess: it becomes the player
    ['शिखर धवन ने 300 रन बनाए। धवन ने शतक लगाया।', ['शिखर धवन=Shikhar Dhawan', 'धवन=Shikhar Dhawan']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('no player', () => {
  it.each([
    // not a report of the sport
    'धवन ने बैठक में भाग लिया।',
    // a surname two players share
    'भारत ने 300 रन बनाए। चाहर ने दो विकेट लिए।',
    // a player of another sport in a cricket report
    'भारत ने 300 रन बनाए। ढिल्लों ने दो विकेट लिए।',
    // the player is not named in full: a surname alone may be an everyday word (किशोर = a teenager)
    'भारत ने 352 रन बनाए। धवन ने शतक लगाया।',
    'क्रिकेट खेलते समय एक किशोर की मौत हो गई, किशोर को गेंद सिर पर लगी थी।',
    // a surname many listed people share
    'भारत ने 300 रन बनाए। कुमार ने दो विकेट लिए।',
    // no case marker after it
    'भारत ने 300 रन बनाए। मैदान पर धवन मौजूद रहे।',
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
