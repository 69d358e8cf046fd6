import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { ListEntity } from '@screening/schemas';
import { type ReaderOutput, type Rejected } from '../reader-types';
import { listFiles } from '../version';
import { children, streamXml, text, texts, type XmlNode } from '../xml/stream';
import { emptyDesignation, mapUkDesignation, ukAddress, ukDate, type UkDesignation } from './mapper';

const push = (arr: string[], v: string | undefined) => {
  const t = v?.replace(/\s+/g, ' ').trim();
  if (t && !arr.includes(t)) arr.push(t);
};

/** Adds one row of the official CSV (one row per name, address or document) to its designation. */
function addCsvRow(d: UkDesignation, r: Record<string, string>): void {
  const v = (k: string) => r[k]?.trim() || undefined;
  d.kind ??= v('Designation Type');
  d.dateDesignated ??= v('Date Designated');
  d.unRef ??= v('UN Reference Number');
  d.otherInfo ??= v('Other Information');
  const parts = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'].map(v).filter((x): x is string => !!x);
  const surname = v('Name 6');
  if (surname || parts.length) {
    const n = { parts, surname, nameType: v('Name type'), strength: v('Alias strength') };
    if (!d.names.some((x) => x.surname === n.surname && x.parts.join() === parts.join())) d.names.push(n);
  }
  push(d.nonLatin, v('Name non-latin script'));
  push(d.titles, v('Title'));
  push(d.regimes, v('Regime Name'));
  const a = ukAddress(['Address Line 1', 'Address Line 2', 'Address Line 3', 'Address Line 4', 'Address Line 5', 'Address Line 6'].map(v), v('Address Postal Code'), v('Address Country'));
  if (a && !d.addresses.some((x) => x.full === a.full)) d.addresses.push(a);
  push(d.dobs, v('D.O.B'));
  for (const n of (v('Nationality(/ies)') ?? '').split(/[,;|]\s*/)) push(d.nationalities, n);
  push(d.genders, v('Gender'));
  push(d.passports, v('Passport number'));
  push(d.nationalIds, v('National Identifier number'));
  push(d.birthPlaces, [v('Town of birth'), v('Country of birth')].filter(Boolean).join(', '));
  push(d.imo, v('IMO number'));
  push(d.registrations, v('Business registration number (s)'));
  push(d.flags, v('Current believed flag of ship'));
  push(d.positions, v('Position'));
}

/** Official `UK-Sanctions-List.csv`: line 1 is a "Report Date" preamble, line 2 the 58-column header. */
async function readUkCsv(file: string, out: Map<string, UkDesignation>, rejected: Rejected[]): Promise<{ rows: number; publishedAt?: string }> {
  let rows = 0;
  let publishedAt: string | undefined;
  const parser = createReadStream(file).pipe(parse({ bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let header: string[] | undefined;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      const report = /Report Date:\s*(.+)/i.exec(record.join(','));
      if (report) {
        publishedAt = report[1]!.trim();
        continue;
      }
      if (!record.includes('Unique ID')) throw new Error(`${file}: not an FCDO UK Sanctions List CSV (no "Unique ID" header)`);
      header = record.map((h) => h.trim());
      continue;
    }
    rows++;
    const r = Object.fromEntries(header.map((h, i) => [h, record[i] ?? '']));
    const id = r['Unique ID']?.trim();
    if (!id) {
      rejected.push({ file, line: info.lines, reason: 'no Unique ID' });
      continue;
    }
    const d = out.get(id) ?? emptyDesignation(id);
    out.set(id, d);
    addCsvRow(d, r);
  }
  return { rows, ...(publishedAt ? { publishedAt } : {}) };
}

/** One `Designation` element of the official XML. */
function fromXml(n: XmlNode): UkDesignation | undefined {
  const id = text(n, 'UniqueID');
  if (!id) return undefined;
  const d = emptyDesignation(id);
  d.kind = text(n, 'IndividualEntityShip');
  d.dateDesignated = text(n, 'DateDesignated');
  d.unRef = text(n, 'UNReferenceNumber');
  d.otherInfo = text(n, 'OtherInformation');
  for (const nm of children(children(n, 'Names')[0], 'Name')) {
    const parts = ['Name1', 'Name2', 'Name3', 'Name4', 'Name5'].map((p) => text(nm, p)).filter((x): x is string => !!x);
    d.names.push({ parts, surname: text(nm, 'Name6') ?? text(nm, 'Name'), nameType: text(nm, 'NameType'), strength: text(nm, 'AliasStrength') });
  }
  d.nonLatin = texts(n, 'NonLatinNames/NonLatinName/NameNonLatinScript');
  d.titles = texts(n, 'Titles/Title');
  d.regimes = texts(n, 'RegimeName');
  for (const a of children(children(n, 'Addresses')[0], 'Address')) {
    const addr = ukAddress([1, 2, 3, 4, 5, 6].map((i) => text(a, `AddressLine${i}`)), text(a, 'AddressPostalCode'), text(a, 'AddressCountry'));
    if (addr) d.addresses.push(addr);
  }
  const ind = 'IndividualDetails/Individual';
  d.dobs = texts(n, `${ind}/DOBs/DOB`);
  d.nationalities = texts(n, `${ind}/Nationalities/Nationality`);
  d.genders = texts(n, `${ind}/Genders/Gender`);
  d.positions = texts(n, `${ind}/Positions/Position`);
  d.passports = texts(n, `${ind}/PassportDetails/Passport/PassportNumber`);
  d.nationalIds = texts(n, `${ind}/NationalIdentifierDetails/NationalIdentifier/NationalIdentifierNumber`);
  for (const loc of children(children(children(children(n, 'IndividualDetails')[0], 'Individual')[0], 'BirthDetails')[0], 'Location')) {
    d.birthPlaces.push([text(loc, 'TownOfBirth'), text(loc, 'CountryOfBirth')].filter(Boolean).join(', '));
  }
  d.registrations = texts(n, 'EntityDetails/Entity/BusinessRegistrationNumbers/BusinessRegistrationNumber');
  d.imo = texts(n, 'ShipDetails/Ship/IMONumbers/IMONumber');
  d.flags = texts(n, 'ShipDetails/Ship/CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip');
  return d;
}

/** Reads the UK Sanctions List in FCDO's official CSV (streamed, rows grouped by Unique ID) or XML (streamed). */
export async function readUk(path: string): Promise<ReaderOutput> {
  const file = listFiles(path).find((f) => /\.(csv|xml)$/i.test(f));
  if (!file) throw new Error(`${path}: no UK-Sanctions-List .csv or .xml`);
  const byId = new Map<string, UkDesignation>();
  const rejected: Rejected[] = [];
  let rows = 0;
  let publishedAt: string | undefined;
  if (/\.xml$/i.test(file)) {
    await streamXml(file, {
      records: new Set(['Designation']),
      onRoot: (name) => {
        if (name !== 'Designations') throw new Error(`${file}: not an FCDO UK Sanctions List XML (root <${name}>)`);
      },
      onHeader: (name, t) => {
        if (name === 'DateGenerated') publishedAt = ukDate(t);
      },
      onRecord: (node) => {
        rows++;
        const d = fromXml(node);
        if (d) byId.set(d.id, d);
        else rejected.push({ file, line: rows, reason: 'no UniqueID' });
      },
    });
  } else {
    const r = await readUkCsv(file, byId, rejected);
    rows = r.rows;
    publishedAt = r.publishedAt;
  }
  const entities: ListEntity[] = [];
  for (const d of byId.values()) {
    const e = mapUkDesignation(d);
    if (typeof e === 'string') rejected.push({ file, line: 0, reason: e });
    else entities.push(e);
  }
  return { entities, rejected, rows, ...(publishedAt ? { publishedAt } : {}) };
}
