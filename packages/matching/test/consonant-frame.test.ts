import { EntityInputSchema } from '@screening/schemas';
import { compare } from '../src';
import { FRAME_GAP_SIM, FRAME_SIM, frameSim } from '../src/normalize/consonant-frame';
import { splitAbdCompounds } from '../src/normalize/name-variants';

const person = (name: string) => EntityInputSchema.parse({ name, type: 'person' });

describe('consonant frames: one Arabic/Persian/Turkic name in two Latin romanisations', () => {
  test.each([
    ['Persian fatha e, damma o (BGN/PCGN) / Arabic a, u (ALA-LC)', 'murtaza', 'morteza', FRAME_SIM],
    ['ث th / Persian s', 'kiyomarth', 'kiyumars', FRAME_SIM],
    ['Turkish c for چ, o for damma', 'kuchak', 'kocak', FRAME_SIM],
    ['ظ dh / Persian z', 'dhafer', 'zafer', FRAME_SIM],
    ['French ch for ش', 'chahade', 'shahadah', FRAME_SIM],
    ['French ou, shadda, taa marbuta -eh', 'jaroushi', 'jarroucheh', FRAME_SIM],
    ['the diphthong ay written e', 'zoher', 'zuhair', FRAME_SIM],
    ['an epenthetic vowel in a cluster', 'shebel', 'shibl', FRAME_GAP_SIM],
  ])('when comparing %s (%s / %s), then they are one name', (_what, a, b, sim) => {
    expect(frameSim(a, b)).toBe(sim);
    expect(frameSim(b, a)).toBe(sim);
  });

  test.each([
    ['fatha against damma: Mahmud is not Muhammad', 'mahmud', 'muhammad'],
    ['a diphthong is a letter: Hasan is not Husain', 'hasan', 'husain'],
    ['two consonants are too few to compare vowel-blind: Amir / Omar', 'amir', 'omar'],
    ['another consonant', 'karimi', 'kazemi'],
    ['two epenthetic vowels', 'hmeisho', 'hamsho'],
    ['a consonant more', 'saferi', 'sadferi'],
  ])('when comparing %s (%s / %s), then the frames differ', (_what, a, b) => {
    expect(frameSim(a, b)).toBe(0);
  });

  test.each([
    ['MURTAZA SAFERI', 'MORTEZA SAFARI'],
    ['Kiyomarth Heydari', 'Kiyumars Heidari'],
    ['Abdolvahab Kuchak', 'Abdulvahap Kocak'],
    ['Rafeeq Chahade', 'Rafiq Shahadah'],
  ])('when "%s" is compared with its other romanisation "%s", then it matches', (a, b) => {
    expect(compare(person(a), person(b), 0.77).match).toBe(true);
  });

  test.each([
    ['Mahmud Rahimi', 'Muhammad Rahimi'],
    ['Hasan Karimi', 'Husain Karimi'],
  ])('when "%s" is compared with "%s" (another given name), then it does not match', (a, b) => {
    expect(compare(person(a), person(b), 0.77).match).toBe(false);
  });
});

describe('Abd compounds with the article assimilated to a sun letter', () => {
  test.each([
    ['abdurrahim', ['abdul', 'rahim']],
    ['abdurahim', ['abdul', 'rahim']],
    ['abdusamad', ['abdul', 'samad']],
    ['abdunnasir', ['abdul', 'nasir']],
    ['abdulkarim', ['abdul', 'karim']],
  ])('when "%s" is split, then it reads %j', (w, parts) => {
    expect(splitAbdCompounds([w])).toEqual(parts);
  });
});
