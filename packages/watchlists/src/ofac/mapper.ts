import type { Address, EntityType, ListEntity } from '@screening/schemas';
import { countryCode } from '@screening/matching';
import { ADD_COLUMNS, ALT_COLUMNS, COMMENT_COLUMNS, findFile, type OfacRow, readOfacCsv, type Rejected, SDN_COLUMNS } from './reader';
import { parseRemarks } from './remarks';

const TYPES: Record<string, EntityType> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft' };

export interface OfacFileNames {
  primary: string;
  addresses: string;
  aliases: string;
  comments: string;
}

export const SDN_FILES: OfacFileNames = { primary: 'sdn.csv', addresses: 'add.csv', aliases: 'alt.csv', comments: 'sdn_comments.csv' };
export const CONS_FILES: OfacFileNames = { primary: 'cons_prim.csv', addresses: 'cons_add.csv', aliases: 'cons_alt.csv', comments: 'cons_comments.csv' };

function address(row: OfacRow<typeof ADD_COLUMNS>): Address | undefined {
  const parts = [row.address, row.cityStateZip, row.country].filter(Boolean) as string[];
  if (parts.length === 0) return undefined;
  const a: Address = { full: parts.join(', ') };
  if (row.cityStateZip) a.city = row.cityStateZip;
  if (row.country) a.country = countryCode(row.country) ?? row.country;
  return a;
}

/**
 * Reads an OFAC legacy CSV set (primary, addresses, alternate names, remark overflow) from a folder and maps
 * it onto canonical entities. Missing optional files are fine; a missing primary file is an error.
 */
export async function readOfacSet(dir: string, source: 'us_ofac_sdn' | 'us_ofac_cons', files: OfacFileNames) {
  const rejected: Rejected[] = [];
  const primary = findFile(dir, files.primary);
  if (!primary) throw new Error(`${dir}: ${files.primary} not found`);
  const rows = new Map<string, OfacRow<typeof SDN_COLUMNS>>();
  await readOfacCsv(primary, SDN_COLUMNS, rejected, (r) => rows.set(r.ent_num!, r));
  const extra = new Map<string, string>();
  const comments = findFile(dir, files.comments);
  if (comments) await readOfacCsv(comments, COMMENT_COLUMNS, rejected, (r) => extra.set(r.ent_num!, (extra.get(r.ent_num!) ?? '') + (r.remarks ?? '')));
  const addresses = new Map<string, Address[]>();
  const addFile = findFile(dir, files.addresses);
  if (addFile)
    await readOfacCsv(addFile, ADD_COLUMNS, rejected, (r) => {
      const a = address(r);
      if (a) addresses.set(r.ent_num!, [...(addresses.get(r.ent_num!) ?? []), a]);
    });
  const alts = new Map<string, ListEntity['aliases']>();
  const altFile = findFile(dir, files.aliases);
  if (altFile)
    await readOfacCsv(altFile, ALT_COLUMNS, rejected, (r) => {
      if (!r.name) return;
      const weak = /weak/i.test(r.remarks ?? '');
      alts.set(r.ent_num!, [...(alts.get(r.ent_num!) ?? []), { name: r.name, quality: weak ? 'weak' : 'strong', kind: r.type?.toLowerCase() ?? 'aka' }]);
    });

  const entities: ListEntity[] = [];
  for (const [id, row] of rows) {
    if (!row.name) {
      rejected.push({ file: primary, line: row.line, reason: 'empty name' });
      continue;
    }
    const remarks = [row.remarks, extra.get(id)].filter(Boolean).join('') || undefined;
    const facts = parseRemarks(remarks);
    const adds = addresses.get(id) ?? [];
    const type = TYPES[row.type?.toLowerCase() ?? ''] ?? 'organization';
    const aliasNames = new Set((alts.get(id) ?? []).map((a) => a.name.toLowerCase()));
    const e: ListEntity = {
      id: `${source}:${id}`,
      source,
      sourceId: id,
      type,
      name: row.name,
      aliases: [...(alts.get(id) ?? []), ...facts.aliases.filter((a) => !aliasNames.has(a.name.toLowerCase()))],
      programs: (row.program ?? '').split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean),
      countries: [...new Set([...facts.countries, ...adds.map((a) => a.country).filter((c): c is string => !!c && c.length === 2)])],
      nationalities: facts.nationalities,
      datesOfBirth: facts.datesOfBirth,
      placesOfBirth: facts.placesOfBirth,
      identifiers: facts.identifiers,
      addresses: adds,
      links: facts.links,
    };
    if (facts.gender) e.gender = facts.gender;
    if (row.title) e.title = row.title;
    if (remarks) e.remarks = remarks;
    if (type === 'vessel' || type === 'aircraft') {
      const imo = facts.identifiers.find((i) => i.type === 'imo')?.value;
      e.vessel = Object.fromEntries(
        Object.entries({ imo, callSign: row.callSign, type: row.vesselType, tonnage: row.tonnage ?? row.grt, flag: countryCode(row.vesselFlag) ?? row.vesselFlag, owner: row.vesselOwner }).filter(([, v]) => v),
      );
      const flag = e.vessel.flag;
      if (flag && flag.length === 2 && !e.countries!.includes(flag)) e.countries!.push(flag);
    }
    entities.push(e);
  }
  return { entities, rejected };
}
