import { join } from 'node:path';
import { WATCHLISTS } from '@screening/testkit';
import { type LoadedList, loadList } from '../src/load';

const W = (p: string) => join(WATCHLISTS, p);
const F = (p: string) => join(__dirname, 'fixtures', p);
const byId = (l: LoadedList, id: string) => l.entities.find((e) => e.id === id);

describe('UN, EU, UK and FtM readers', () => {
  it('when the UN 2026-02 list is read, then 730 individuals and 273 entities load, empty aliases skipped, Low = weak', async () => {
    const l = await loadList('un_sc', W('un/2026-02/UN_consolidated.xml'));
    expect(l.report).toMatchObject({ entities: 1003, rejected: 0 });
    expect(l.entities.filter((e) => e.type === 'person')).toHaveLength(730);
    expect(l.publishedAt).toBe('2026-02-27T00:00:09.554Z');
    const doctor = l.entities.find((e) => e.aliases.some((a) => a.name === 'The Doctor'))!;
    expect(doctor).toMatchObject({ sourceId: 'LYi.024', datesOfBirth: ['1983-01-19'] });
    expect(doctor.aliases.find((a) => a.name === 'The Doctor')!.quality).toBe('weak');
    expect(l.entities.every((e) => e.aliases.every((a) => a.name.trim()))).toBe(true);
    expect(byId(l, 'un_sc:IQe.200')!.aliases).toContainEqual({ name: 'LOGARCHEO AG', quality: 'strong', kind: 'fka' });
  });

  it('when the real EU FSF excerpt is read, then 5 entities load with EU references, and "low quality" remarks make weak aliases', async () => {
    const l = await loadList('eu_fsf', W('eu_fsf/sample-2026-08/sample_eu_fsf.xml'));
    expect(l.report.entities).toBe(5);
    const asiri = byId(l, 'eu_fsf:EU.3092.36')!;
    expect(asiri.aliases).toContainEqual(expect.objectContaining({ name: 'Abu-Salaah', quality: 'weak' }));
    expect(asiri.datesOfBirth).toContain('1982-04-19');
    expect(byId(l, 'eu_fsf:EU.3953.70')).toMatchObject({ type: 'organization', programs: ['IRN'] });
  });

  it('when the EU fixture is read, then Hijri dates use the Gregorian value, CS is Serbia, "00"/"-" are dropped and a nameless entry is rejected', async () => {
    const l = await loadList('eu_fsf', F('eu_fsf/eu-fsf-fixture.xml'));
    expect(l.report).toMatchObject({ rows: 4, entities: 3, rejected: 1, reasons: { 'no name': 1 } });
    const p = byId(l, 'eu_fsf:EU.9001.11')!;
    expect(p).toMatchObject({ type: 'person', name: 'Testo Examplov', gender: 'male', nationalities: ['RS'], datesOfBirth: ['1982-04-19', '1953', '1958'], listedOn: '2020-03-14', subList: 'UN QDi.999' });
    expect(p.aliases).toEqual(expect.arrayContaining([{ name: 'Abu Testo', quality: 'weak', kind: 'aka' }, { name: 'T. Examplov', quality: 'weak', kind: 'aka' }, { name: 'Тесто Экзамплов', quality: 'strong', kind: 'aka' }]));
    expect(p.addresses).toEqual([]);
    expect(p.identifiers).toEqual([{ type: 'passport', value: 'X1234567', country: 'SA' }]);
    expect(byId(l, 'eu_fsf:EU.9002.22')).toMatchObject({ programs: ['RUS', 'UKR'], listedOn: '2021-01-02', identifiers: [{ type: 'registration', value: '1027700000000', country: 'RU' }] });
    expect(byId(l, 'eu_fsf:9003')).toMatchObject({ name: 'Example Shipping Line' });
  });

  it('when the FCDO CSV fixture is read, then rows group by Unique ID, the preamble date is kept and a row without id is rejected', async () => {
    const l = await loadList('gb_fcdo', F('gb_fcdo/UK-Sanctions-List.csv'));
    expect(l.report).toMatchObject({ rows: 9, entities: 3, rejected: 1 });
    expect(l.publishedAt).toBe('29-Apr-2026');
    const ivan = byId(l, 'gb_fcdo:TST0001')!;
    expect(ivan).toMatchObject({ type: 'person', name: 'Ivan Testovich EXAMPLOV', datesOfBirth: ['1972', '1972-05-02'], nationalities: ['RU'], gender: 'male', listedOn: '2022-03-15' });
    expect(ivan.aliases).toEqual(expect.arrayContaining([{ name: 'Ivan EKZAMPLOV', quality: 'strong', kind: 'variation' }, { name: 'Vanya', quality: 'weak', kind: 'aka' }]));
    expect(ivan.addresses).toHaveLength(1);
    expect(byId(l, 'gb_fcdo:TST0002')!.aliases).toContainEqual({ name: 'EDH', quality: 'weak', kind: 'aka' });
    expect(byId(l, 'gb_fcdo:TST0003')).toMatchObject({ type: 'vessel', vessel: { imo: '9000001', flag: 'GA' } });
  });

  it('when the FCDO XML structure sample is read, then designations map with names, DOB placeholders and passports', async () => {
    const l = await loadList('gb_fcdo', W('gb_fcdo/xml-structure-sample-NOT-VERBATIM/sample_uk_sanctions.xml'));
    expect(l.report.entities).toBe(5);
    expect(byId(l, 'gb_fcdo:AFG0006')).toMatchObject({ name: 'MOHAMMAD HASSAN AKHUND', datesOfBirth: ['1958-05-12', '1945', '1946'], identifiers: expect.arrayContaining([{ type: 'passport', value: 'P04581926' }]) });
  });

  it('when the zala FtM fixture is read, then listed things load with sanction programs and ownership links on both ends', async () => {
    const l = await loadList('ftm', W('opensanctions/yente-fixtures/zala/entities.ftm.json'));
    expect(l.report.rows).toBe(91);
    const cst = byId(l, 'ftm:NK-abdzbEBkqyT29GyREbiURZ')!;
    expect(cst.programs.length).toBeGreaterThan(0);
    const owners = cst.links.filter((k) => k.relation === 'Ownership' && k.direction === 'incoming');
    expect(owners).toContainEqual(expect.objectContaining({ targetId: 'ftm:NK-aU5ybkbRFJucf8YMwsJvDw', share: 51 }));
    const zakharov = byId(l, 'ftm:NK-aU5ybkbRFJucf8YMwsJvDw')!;
    expect(zakharov.links).toContainEqual(expect.objectContaining({ relation: 'Ownership', targetId: 'ftm:NK-abdzbEBkqyT29GyREbiURZ', direction: 'outgoing', share: 51 }));
  });
});
