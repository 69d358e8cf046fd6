import { countryCode } from '@screening/matching';
import type { Address, Alias, EntityType, Identifier, ListEntity } from '@screening/schemas';
import { identifierType, identifierValue } from '../identifiers';
import { compact, type ReaderOutput, type Rejected, uniq } from '../reader-types';
import { attr, child, children, streamXml, text, type XmlNode } from '../xml/stream';

type OfacSource = 'us_ofac_sdn' | 'us_ofac_cons';
const RECORDS = new Set(['DateOfIssue', 'ReferenceValueSets', 'Location', 'IDRegDocument', 'DistinctParty', 'SanctionsEntry', 'ProfileRelationship']);

/** The file's own code tables: `<Type>Values/<Type ID=…>text</Type>` (codes are never hard-coded). */
class Refs {
  private tables = new Map<string, Map<string, XmlNode>>();
  load(sets: XmlNode) {
    for (const table of sets.children) for (const row of table.children) {
      const t = this.tables.get(row.name) ?? new Map<string, XmlNode>();
      this.tables.set(row.name, t);
      if (row.attrs.ID) t.set(row.attrs.ID, row);
    }
  }
  text(table: string, id: string | undefined): string | undefined {
    return id ? text(this.tables.get(table)?.get(id)) : undefined;
  }
  row(table: string, id: string | undefined): XmlNode | undefined {
    return id ? this.tables.get(table)?.get(id) : undefined;
  }
}

/** `<Year/><Month/><Day/>` → partial ISO date. */
function ymd(n: XmlNode): string | undefined {
  return [text(n, 'Year'), text(n, 'Month')?.padStart(2, '0'), text(n, 'Day')?.padStart(2, '0')].filter(Boolean).join('-') || undefined;
}

/** A DatePeriod: exact when Start/From equals End/To, a year when it spans that whole year. */
function period(p: XmlNode | undefined): string | undefined {
  const ymd = (n: XmlNode | undefined) => (n ? [text(n, 'Year'), text(n, 'Month')?.padStart(2, '0'), text(n, 'Day')?.padStart(2, '0')] : []);
  const [y1, m1, d1] = ymd(child(child(p, 'Start'), 'From'));
  const [y2, m2, d2] = ymd(child(child(p, 'End'), 'To'));
  if (!y1) return undefined;
  if (y1 === y2 && m1 === m2 && d1 === d2 && m1 && d1) return `${y1}-${m1}-${d1}`;
  if (y1 === y2 && m1 === '01' && d1 === '01' && m2 === '12' && d2 === '31') return y1;
  return y1 === y2 && m1 && m1 === m2 ? `${y1}-${m1}` : y1;
}

/**
 * Streams OFAC's Advanced XML (`sdn_advanced.xml`, `cons_advanced.xml`): code tables first, then locations and
 * documents, then parties; programs and listing dates come from the sanctions entries and links from the
 * profile relationships, which follow the parties, so entities are finished at the end.
 */
export async function readAdvancedXml(path: string, source: OfacSource): Promise<ReaderOutput> {
  const refs = new Refs();
  const locations = new Map<string, Address>();
  const docs = new Map<string, Identifier[]>();
  const byProfile = new Map<string, ListEntity>();
  const rejected: Rejected[] = [];
  let publishedAt: string | undefined;
  let rows = 0;
  const name = (dn: XmlNode, groups: Map<string, string>, person: boolean) => {
    const parts = children(dn, 'DocumentedNamePart').map((p) => child(p, 'NamePartValue')).filter((v): v is XmlNode => !!v);
    const typed = parts.map((v) => ({ type: refs.text('NamePartType', groups.get(attr(v, 'NamePartGroupID') ?? '')) ?? '', value: text(v) ?? '' }));
    const last = typed.filter((t) => t.type === 'Last Name').map((t) => t.value).join(' ');
    const rest = typed.filter((t) => t.type !== 'Last Name').map((t) => t.value).join(' ');
    return person && last && rest ? `${last}, ${rest}` : uniq(typed.map((t) => t.value)).join(' ');
  };
  const party = (dp: XmlNode): ListEntity | string => {
    const profile = child(dp, 'Profile');
    const id = attr(dp, 'FixedRef') ?? attr(profile, 'ID');
    if (!id || !profile) return 'no FixedRef';
    const sub = refs.row('PartySubType', attr(profile, 'PartySubTypeID'));
    const kind = text(sub) === 'Unknown' ? refs.text('PartyType', attr(sub, 'PartyTypeID')) : text(sub);
    const type: EntityType = ({ Individual: 'person', Entity: 'organization', Vessel: 'vessel', Aircraft: 'aircraft' } as Record<string, EntityType>)[kind ?? ''] ?? 'organization';
    const identity = children(profile, 'Identity').find((i) => attr(i, 'Primary') === 'true') ?? child(profile, 'Identity');
    const groups = new Map(children(child(identity, 'NamePartGroups'), 'MasterNamePartGroup').flatMap((m) => children(m, 'NamePartGroup')).map((g) => [attr(g, 'ID')!, attr(g, 'NamePartTypeID')!]));
    let primary: string | undefined;
    const aliases: Alias[] = [];
    for (const a of children(identity, 'Alias')) {
      const aliasKind = (refs.text('AliasType', attr(a, 'AliasTypeID')) ?? 'aka').replace(/\./g, '').toLowerCase();
      for (const dn of children(a, 'DocumentedName')) {
        const n = name(dn, groups, type === 'person');
        if (!n) continue;
        const script = refs.text('Script', attr(child(child(dn, 'DocumentedNamePart'), 'NamePartValue'), 'ScriptID'));
        const latin = !script || script === 'Latin';
        if (attr(a, 'Primary') === 'true' && !primary && latin) primary = n;
        else aliases.push({ name: n, quality: attr(a, 'LowQuality') === 'true' ? 'weak' : 'strong', kind: latin ? (aliasKind === 'name' ? 'aka' : aliasKind) : 'original-script' });
      }
    }
    primary ??= aliases.shift()?.name;
    if (!primary) return `${id}: no name`;
    const e: ListEntity = { id: `${source}:${id}`, source, sourceId: id, type, name: primary, aliases: aliases.filter((a) => a.name !== primary), programs: [], countries: [], nationalities: [], datesOfBirth: [], placesOfBirth: [], identifiers: [...(docs.get(attr(identity, 'ID') ?? '') ?? [])], addresses: [], links: [] };
    const vessel: Record<string, string | undefined> = {};
    for (const f of children(profile, 'Feature')) {
      const label = refs.text('FeatureType', attr(f, 'FeatureTypeID')) ?? '';
      const v = child(f, 'FeatureVersion');
      const detail = child(v, 'VersionDetail');
      const value = text(detail) ?? refs.text('DetailReference', attr(detail, 'DetailReferenceID'));
      const loc = locations.get(attr(child(v, 'VersionLocation'), 'LocationID') ?? '');
      if (label === 'Birthdate') e.datesOfBirth!.push(...uniq([period(child(v, 'DatePeriod'))]));
      else if (label === 'Place of Birth' && value) e.placesOfBirth!.push(value);
      else if (/Nationality Country|Citizenship Country/.test(label) && loc) e.nationalities!.push(...uniq([loc.country ?? countryCode(loc.full)]));
      else if (label === 'Gender' && /^(male|female)$/i.test(value ?? '')) e.gender = value!.toLowerCase() as 'male' | 'female';
      else if (label === 'Location' && loc) e.addresses!.push(loc);
      else if (/^Vessel (Call Sign|Type|Owner|Flag)|Tonnage/.test(label)) vessel[label.replace(/^Vessel /, '')] = value ?? loc?.country;
      else if (value) {
        const t = identifierType(label);
        if (t && !/^(other)$/.test(t)) e.identifiers!.push({ type: t, value: identifierValue(t, value) });
      }
    }
    e.nationalities = uniq(e.nationalities!);
    e.countries = uniq([...e.nationalities, ...e.addresses!.map((a) => a.country)]);
    const craft = compact({ callSign: vessel['Call Sign'], type: vessel.Type, owner: vessel.Owner, flag: countryCode(vessel.Flag) ?? vessel.Flag, tonnage: vessel['Gross Registered Tonnage'] ?? vessel.Tonnage, imo: e.identifiers!.find((i) => i.type === 'imo')?.value });
    if ((type === 'vessel' || type === 'aircraft') && Object.keys(craft).length) e.vessel = craft;
    return e;
  };
  await streamXml(path, {
    records: RECORDS,
    onRoot: (root) => {
      if (root !== 'Sanctions') throw new Error(`${path}: not an OFAC Advanced XML (root <${root}>)`);
    },
    onRecord: (n) => {
      if (n.name === 'ReferenceValueSets') return refs.load(n);
      if (n.name === 'DateOfIssue') return void (publishedAt = ymd(n));
      if (n.name === 'Location') {
        const parts = new Map(children(n, 'LocationPart').map((p) => [refs.text('LocPartType', attr(p, 'LocPartTypeID')) ?? '', text(child(p, 'LocationPartValue'), 'Value')]));
        const country = refs.row('Country', attr(child(n, 'LocationCountry'), 'CountryID'));
        const full = uniq([parts.get('ADDRESS1'), parts.get('ADDRESS2'), parts.get('ADDRESS3'), parts.get('CITY'), parts.get('STATE/PROVINCE'), parts.get('POSTAL CODE'), parts.get('REGION'), parts.get('Unknown'), text(country)]).join(', ');
        if (full) locations.set(attr(n, 'ID')!, compact<Address>({ full, street: parts.get('ADDRESS1'), city: parts.get('CITY'), region: parts.get('STATE/PROVINCE'), postalCode: parts.get('POSTAL CODE'), country: attr(country, 'ISO2') }));
        return;
      }
      if (n.name === 'IDRegDocument') {
        const t = identifierType(refs.text('IDRegDocType', attr(n, 'IDRegDocTypeID')));
        const value = text(n, 'IDRegistrationNo');
        if (t && value) docs.set(attr(n, 'IdentityID')!, [...(docs.get(attr(n, 'IdentityID')!) ?? []), compact<Identifier>({ type: t, value: identifierValue(t, value), country: attr(refs.row('Country', attr(n, 'IssuedBy-CountryID')), 'ISO2') })]);
        return;
      }
      if (n.name === 'DistinctParty') {
        rows++;
        const e = party(n);
        if (typeof e === 'string') rejected.push({ file: path, line: rows, reason: e });
        else byProfile.set(e.sourceId, e);
        return;
      }
      if (n.name === 'SanctionsEntry') {
        const e = byProfile.get(attr(n, 'ProfileID') ?? '');
        if (!e) return;
        for (const m of children(n, 'SanctionsMeasure')) if (refs.text('SanctionsType', attr(m, 'SanctionsTypeID')) === 'Program' && text(m, 'Comment')) e.programs = uniq([...e.programs!, text(m, 'Comment')]);
        const date = child(child(n, 'EntryEvent'), 'Date');
        if (date && !e.listedOn) e.listedOn = ymd(date);
        return;
      }
      if (n.name === 'ProfileRelationship') {
        const from = byProfile.get(attr(n, 'From-ProfileID') ?? '');
        const to = byProfile.get(attr(n, 'To-ProfileID') ?? '');
        const relation = refs.text('RelationType', attr(n, 'RelationTypeID')) ?? 'related';
        if (from && to) {
          from.links!.push({ relation, targetId: to.id, targetName: to.name, direction: 'outgoing' });
          to.links!.push({ relation, targetId: from.id, targetName: from.name, direction: 'incoming' });
        }
      }
    },
  });
  return { entities: [...byProfile.values()], rejected, rows, ...(publishedAt ? { publishedAt } : {}) };
}
