import { locateText } from '../src/facts/geo';
import { normalizeHs } from '../src/facts/goods';

const codes = (text: string) => locateText(text, 'address').map((l) => l.region ?? l.country);

describe('geography from free text', () => {
  it.each([
    ["Sevastopol'", 'UA-40'],
    ['Севастополь', 'UA-40'],
    ['Севастопіль', 'UA-40'],
    ['Simferopol, Ukraine', 'UA-43'],
    ['Сімферополь', 'UA-43'],
    ['Yalta, Republic of Crimea', 'UA-43'],
    ['Луганск', 'UA-09'],
    ['Mariupol, Donetsk Oblast', 'UA-14'],
    ['Melitopol', 'UA-23'],
    ['Tehran, Iran', 'IR'],
    ['Пхеньян', 'KP'],
    ['Минск, Республика Беларусь', 'BY'],
    ['Dubai, United Arab Emirates', 'AE'],
  ])('when the text is "%s", then %s is recognised', (text, code) => {
    expect(codes(text)).toContain(code);
  });
  it.each([
    ['100 Central Ave, St. Petersburg, FL, USA', 'RU'],
    ['Khreshchatyk 1, Kyiv, Ukraine', 'UA-43'],
    ['Brest, France', 'BY'],
  ])('when the text is "%s", then %s is not claimed', (text, code) => {
    expect(codes(text)).not.toContain(code);
  });
});

describe('HS normalisation', () => {
  it.each([
    ['8542.31', '854231'],
    ['8542 31 90', '854231'],
    ['85423190 10', '854231'],
    ['93', '93'],
  ])('when the code is "%s", then it reads as %s', (raw, hs) => {
    expect(normalizeHs(raw).hs).toBe(hs);
  });
  it.each(['85423', '8542319', '٨٥٤٢٣١'])('when the code is "%s", then it is rejected, not guessed', (raw) => {
    expect(normalizeHs(raw).hs).toBeUndefined();
    expect(normalizeHs(raw).problem).toBeDefined();
  });
});

describe('port codes', () => {
  it('when a route port is the UN/LOCODE of Sevastopol, then UA-40 is recognised', () => {
    expect(codes('UASVP')).toContain('UA-40');
  });
});

describe('other scripts', () => {
  it.each([['평양', 'KP'], ['平壤', 'KP'], ['德黑兰', 'IR'], ['تهران', 'IR']])('when the text is "%s", then %s is recognised', (text, code) => {
    expect(codes(text)).toContain(code);
  });
});
