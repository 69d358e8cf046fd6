import { parseOfacDate, parseRemarks } from '../src/ofac/remarks';

describe('OFAC remarks parser', () => {
  it.each([
    ['01 Jun 1961', ['1961-06-01']],
    ['Jun 1961', ['1961-06']],
    ['1961', ['1961']],
    ['circa 1970', ['1970']],
    ['1958 to 1960', ['1958', '1960']],
  ])('when the date is "%s", then it becomes %j', (text, expected) => {
    expect(parseOfacDate(text)).toEqual(expected);
  });

  it('when remarks hold DOB, POB, nationality, gender and a link, then each becomes a structured field', () => {
    const r = parseRemarks(
      "DOB 01 Jun 1961; POB Leningrad, Russia; nationality Russia; Gender Male; Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; Linked To: INTERNET RESEARCH AGENCY LLC.",
    );
    expect(r).toMatchObject({
      datesOfBirth: ['1961-06-01'],
      placesOfBirth: ['Leningrad, Russia'],
      nationalities: ['RU'],
      gender: 'male',
      links: [{ relation: 'LinkedTo', targetName: 'INTERNET RESEARCH AGENCY LLC' }],
    });
  });

  it('when remarks hold identifiers with countries, then type, value and country are kept', () => {
    const r = parseRemarks("Passport 123456789 (Iran) expires 2020; Tax ID No. 7701234567 (Russia); Vessel Registration Identification IMO 9187629; alt. Passport A1234 (Syria); a.k.a. 'SHIRKAT'; Website www.example.ir.");
    expect(r.identifiers).toEqual([
      { type: 'passport', value: '123456789', country: 'IR' },
      { type: 'tax', value: '7701234567', country: 'RU' },
      { type: 'imo', value: '9187629' },
      { type: 'passport', value: 'A1234', country: 'SY' },
      { type: 'website', value: 'www.example.ir' },
    ]);
    expect(r.aliases).toEqual([{ name: 'SHIRKAT', quality: 'strong', kind: 'aka' }]);
  });

  it('when remarks are absent, then everything is empty', () => {
    expect(parseRemarks(undefined)).toMatchObject({ datesOfBirth: [], identifiers: [], links: [] });
  });
});
