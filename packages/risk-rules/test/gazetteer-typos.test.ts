import { locateText } from '../src/facts/geo';

describe('gazetteer place names with typos (fuse.js)', () => {
  it.each([
    ['ul. Lenina 5, Sevastopl', 'UA-40'],
    ['pr. Kirova 12, Simferopl', 'UA-43'],
    ['vul. Artema 3, Donestk', 'UA-14'],
    ['Teheraan, Valiasr St 100', undefined],
  ])('when the address is "%s", then it reaches %s', (text, region) => {
    const found = locateText(text, 'address');
    if (region) expect(found.map((l) => l.region)).toContain(region);
  });
  it.each([
    'Industriestrasse 12, 70565 Stuttgart, Germany',
    '1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
    '12 rue de la République, 69002 Lyon, France',
    'Building 5, Jebel Ali Free Zone, Dubai, United Arab Emirates',
    'Plot 45, Industrial Estate, Kampala, Uganda',
    'Calle Mayor 10, Sevilla, Spain',
    'Via Roma 1, Torino, Italy',
    'Office 1203, Central Tower, Singapore 049315',
    'Hafenstrasse 5, 20457 Hamburg, Germany',
    'Av. Paulista 1000, Sao Paulo, Brazil',
    'Karaköy, Istanbul, Turkey',
    'Sevenoaks Road, Orpington, Kent, UK',
    'Simmering, Wien, Austria',
    'Dorstener Strasse 12, Essen, Germany',
    // a real place one or two letters away from a listed one, without the country written out, is not a typo of it
    'Hafenstrasse 12, Hamburg, 20457',
    'Hamburger Allee 4, Frankfurt',
  ])('when an ordinary address "%s" is read, then no sanctioned region or country is found', (text) => {
    const found = locateText(text, 'address').filter((l) => l.region || ['RU', 'BY', 'IR', 'KP', 'CU', 'SY'].includes(l.country));
    expect(found).toEqual([]);
  });
});
