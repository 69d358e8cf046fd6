import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WATCHLISTS } from '@screening/testkit';
import { type LoadedList, loadList } from '../src/load';

const W = (p: string) => join(WATCHLISTS, p);
const byId = (l: LoadedList, id: string) => l.entities.find((e) => e.id === id);

describe('US list readers on the real files (counts from watchlists/SOURCES.md)', () => {
  it('when the OFAC 2023-01 SDN CSV set is read, then all 11,443 entities load with their types', async () => {
    const l = await loadList('us_ofac_sdn', W('ofac/2023-01'));
    expect(l.report).toMatchObject({ entities: 11443, rejected: 0 });
    const types = l.entities.reduce<Record<string, number>>((a, e) => ((a[e.type] = (a[e.type] ?? 0) + 1), a), {});
    expect(types).toEqual({ person: 5890, organization: 4575, vessel: 685, aircraft: 293 });
  });

  it('when the classic sdn.xml (2014) is read, then entry 306 agrees with the CSV: weak alias BNC, 4 addresses', async () => {
    const l = await loadList('us_ofac_sdn', W('ofac_xml/sdn_xml-2014-07/sdn.xml'));
    expect(l.report.entities).toBe(4);
    expect(l.publishedAt).toBe('2014-07-16');
    const bnc = byId(l, 'us_ofac_sdn:306')!;
    expect(bnc.aliases).toEqual(expect.arrayContaining([{ name: 'BNC', quality: 'weak', kind: 'aka' }, { name: 'NATIONAL BANK OF CUBA', quality: 'strong', kind: 'aka' }]));
    expect(bnc.addresses).toHaveLength(4);
    expect(byId(l, 'us_ofac_sdn:6982')).toMatchObject({ type: 'person', name: "JIM'ALE, Ahmed Nur Ali", identifiers: expect.arrayContaining([expect.objectContaining({ type: 'passport', value: 'A0181988', country: 'SO' })]) });
    expect(byId(l, 'us_ofac_sdn:11043')).toMatchObject({ type: 'vessel', vessel: expect.objectContaining({ owner: 'IRISL' }) });
  });

  it('when the advanced XML excerpt is read, then codes resolve through its own tables and ids agree with the CSV (2677 AL-ZOMOR)', async () => {
    const l = await loadList('us_ofac_sdn', W('ofac_xml/sdn_advanced-2026-09/sample_sdn_advanced.xml'));
    expect(l.report).toMatchObject({ entities: 4, rejected: 0 });
    expect(l.publishedAt).toBe('2026-09-09');
    const zomor = byId(l, 'us_ofac_sdn:2677')!;
    expect(zomor).toMatchObject({ type: 'person', name: 'Al-Zomor, Abboud Abdul Latif Hassan', datesOfBirth: ['1947-04-19'], placesOfBirth: ['Nahia, Giza, Egypt'], nationalities: ['EG'], gender: 'male', programs: ['SDGT'], listedOn: '1995-01-23' });
    expect(zomor.aliases).toEqual(expect.arrayContaining([{ name: 'ZUMAR, Abbud', quality: 'strong', kind: 'aka' }, { name: 'الزمر, عبود عبداللطيف حسن', quality: 'strong', kind: 'original-script' }]));
    expect(byId(l, 'us_ofac_sdn:36')).toMatchObject({ type: 'organization', addresses: [{ full: 'Havana, Cuba', city: 'Havana', country: 'CU' }], programs: ['CUBA'] });
    expect(byId(l, 'us_ofac_sdn:4238')).toMatchObject({ type: 'vessel', vessel: { callSign: 'CL2192', flag: 'CU' } });
    expect(byId(l, 'us_ofac_sdn:15432')).toMatchObject({ type: 'aircraft', identifiers: [{ type: 'aircraft_msn', value: '1013409297' }] });
  });

  it('when the non-SDN CSV set, the classic consolidated.xml and the zipped Enhanced XML are read, then HANIYA 9639 is the same entity in all three', async () => {
    const csv = await loadList('us_ofac_cons', W('ofac_non_sdn/2025-12'));
    const zip = await loadList('us_ofac_cons', W('ofac_non_sdn/2025-01/CONS_ENHANCED.ZIP'));
    const classic = await loadList('us_ofac_cons', W('ofac_xml/cons_xml-2014-12/consolidated.xml'));
    expect(csv.report.entities).toBe(442);
    expect(zip.report.entities).toBe(443);
    expect(zip.publishedAt).toBe('2025-01-10T00:00:00');
    expect(classic.report.entities).toBe(16);
    for (const l of [csv, zip, classic]) expect(byId(l, 'us_ofac_cons:9639')).toMatchObject({ type: 'person', programs: ['NS-PLC'] });
    const enhanced = byId(zip, 'us_ofac_cons:9639')!;
    expect(enhanced.name).toBe('HANIYA, Ismail Abdul Salah');
    expect(enhanced.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(['HANIYA, Ismail', 'HANIYYA, Ismaeel']));
    expect(enhanced.datesOfBirth).toEqual(['1962']);
    expect(zip.entities.some((e) => e.links.some((k) => k.targetId === 'us_ofac_cons:4695' && k.relation === 'Acting for or on behalf of'))).toBe(true);
  });

  it('when the CSL 2022-05 gzip CSV is read, then 14,160 rows become 14,048 parties (rows sharing an id merge) with sub-lists', async () => {
    const l = await loadList('us_trade_csl', W('csl_us/2022-05/consolidated.csv.gz'));
    expect(l.report).toMatchObject({ rows: 14160, entities: 14048, rejected: 0 });
    const malkevich = byId(l, 'us_trade_csl:26235')!;
    expect(malkevich).toMatchObject({ type: 'person', name: 'MALKEVICH, Alexander Aleksandrovich', gender: 'male', datesOfBirth: ['1975-06-14'], subList: 'SDN' });
    expect(malkevich.identifiers).toEqual(expect.arrayContaining([{ type: 'passport', value: '717637093', country: 'RU' }]));
    const el = byId(l, 'us_trade_csl:4398d33e9e93c7477af39f1e0bfffc13ddd47bcc')!;
    expect(el).toMatchObject({ type: 'unknown', subList: 'EL', name: '140 Repair Plant JSC' });
    expect(el.remarks).toContain('Policy of denial.');
  });

  it('when CSL JSON result files are read, then arrays map to the same fields (vessel PARSHAN with its IMO)', async () => {
    const l = await loadList('us_trade_csl', W('csl_json/2015-04'));
    expect(l.report.rows).toBe(57);
    const parshan = l.entities.find((e) => e.name === 'PARSHAN')!;
    expect(parshan).toMatchObject({ type: 'vessel', aliases: expect.arrayContaining([expect.objectContaining({ name: 'IRAN BRIGHTNESS' })]) });
    expect(parshan.identifiers).toContainEqual({ type: 'imo', value: '9051648', country: 'IR' });
  });

  it('when the real 2023-11 CSL copy (a partial copy, cut off mid-row) is read, then the load fails instead of serving a partial list', async () => {
    await expect(loadList('us_trade_csl', W('csl_us/2023-11/csl.csv'))).rejects.toThrow(/Quote Not Closed/);
  });

  it('when the 2023-11 CSL copy is cut at its last complete row, then its repeated header is skipped and long id notes never reject a party', async () => {
    const text = readFileSync(W('csl_us/2023-11/csl.csv'), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'csl-'));
    try {
      writeFileSync(join(dir, 'csl.csv'), text.slice(0, text.lastIndexOf('\n"') + 1));
      const l = await loadList('us_trade_csl', join(dir, 'csl.csv'));
      expect(l.report).toMatchObject({ rows: 4226, rejected: 0 });
      expect(l.entities.some((e) => e.name === '_id' || e.name === 'name')).toBe(false);
      expect(byId(l, 'us_trade_csl:31693')).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the BIS DPL 2023-11 is read, then 665 address rows group into one party per name (" I. ASH" and "I. ASH" are one)', async () => {
    const l = await loadList('us_bis_dpl', W('bis_dpl/2023-11/dpl.txt'));
    expect(l.report).toMatchObject({ rows: 665, entities: 545, rejected: 0 });
    const ash = l.entities.find((e) => e.name === 'I. ASH')!;
    expect(ash.addresses.length).toBeGreaterThanOrEqual(1);
    expect(ash.listedOn).toBe('2003-06-19');
  });
});
