import { join } from 'node:path';
import { WATCHLISTS } from '@screening/testkit';
import { cslCategories, topicCategories } from '../src/category';
import { loadCustomList, loadList } from '../src/load';

const W = (p: string) => join(WATCHLISTS, p);

describe('list semantics: every entry carries its legal category', () => {
  it('when the CSL sample is read, then each sub-list gets its category (SDN blocking, EL/MEU/UVL/DPL export, DTC debarment, SSI/FSE/PLC/ISN non-blocking)', async () => {
    const l = await loadList('us_trade_csl', W('csl_us/sample-2025'));
    const bySub = new Map(l.entities.map((e) => [e.subList, e.categories]));
    expect(bySub.get('SDN')).toEqual(['blocking']);
    for (const s of ['EL', 'MEU', 'UVL', 'DPL']) expect(bySub.get(s)).toEqual(['export']);
    expect(bySub.get('DTC')).toEqual(['debarment']);
    for (const s of ['SSI', 'FSE', 'PLC', 'ISN']) expect(bySub.get(s)).toEqual(['non-blocking']);
    expect(l.entities.every((e) => e.categories.length > 0)).toBe(true);
  });

  it('when a CSL entry is on several sub-lists, then it has every category; an unknown code is "other"', () => {
    expect(cslCategories('SDN; EL')).toEqual(['blocking', 'export']);
    expect(cslCategories('XYZ')).toEqual(['other']);
  });

  it('when the OFAC non-SDN consolidated list is read, then its entries are non-blocking; SDN and UN entries are blocking', async () => {
    const cons = await loadList('us_ofac_cons', W('ofac_non_sdn/2025-12'));
    expect(new Set(cons.entities.flatMap((e) => e.categories))).toEqual(new Set(['non-blocking']));
    const un = await loadList('un_sc', W('un/2026-02/UN_consolidated.xml'));
    expect(new Set(un.entities.flatMap((e) => e.categories))).toEqual(new Set(['blocking']));
  });

  it('when FtM topics are given, then sanction / export.control / debarment / sanction.linked map to their categories', () => {
    expect(topicCategories(['sanction'], ['RUSSIA-EO14024'])).toEqual(['blocking']);
    expect(topicCategories(['sanction'], ['UKRAINE-EO13662'])).toEqual(['non-blocking']);
    expect(topicCategories(['sanction', 'export.control', 'debarment', 'poi'], [])).toEqual(['blocking', 'export', 'debarment', 'other']);
    expect(topicCategories(['sanction.linked'], [])).toEqual(['other']);
    expect(topicCategories(['role.pep'], [])).toEqual(['other']);
    expect(topicCategories([], [])).toBeUndefined();
  });

  it('when the OpenSanctions zala fixture is read, then entity topics become categories (sanction, export.control, debarment)', async () => {
    const l = await loadList('ftm', W('opensanctions/yente-fixtures/zala/entities.ftm.json'));
    const all = new Set(l.entities.flatMap((e) => e.categories));
    expect([...all]).toEqual(expect.arrayContaining(['blocking', 'export', 'debarment', 'other']));
  });

  it('when a custom list declares its category at upload, then every entry has it; else a CSV column decides, else blocking', async () => {
    const csv = 'name,country,category\nAcme Export Hold,DE,export\nBeta Trading,AE,\n';
    const declared = await loadCustomList('watch', csv, () => new Date(), 'debarment');
    expect(declared.entities.map((e) => e.categories)).toEqual([['debarment'], ['debarment']]);
    const perRow = await loadCustomList('watch', csv);
    expect(perRow.entities.map((e) => e.categories)).toEqual([['export'], ['blocking']]);
    const bad = await loadCustomList('watch', 'name,category\nGood,other\nBad,sanctioned\n');
    expect(bad.report).toMatchObject({ entities: 1, rejected: 1 });
  });
});
