import anyAscii from 'any-ascii';
import Fuse from 'fuse.js';
import { BATCH_COLUMNS, type BatchColumn } from './batch';
import { isTypoOf } from './typo';

/**
 * Bulk-CSV headers as people write them, mapped to the recognised columns. The synonyms are the column names of the
 * party/customer exports compliance teams upload: ERP customer and vendor masters (SAP KNA1/LFA1 field labels: "Name",
 * "Country Key", "Street", "Postal Code"), commercial-invoice and bill-of-lading box labels (ICC / UN-CEFACT UN/EDIFACT
 * party and location qualifiers: "Consignee", "Country of destination", "Commodity code", "HS code"), customs declaration
 * labels (EU SAD boxes: "Country of destination", "Commodity code"), and the same labels in German, French, Spanish,
 * Italian, Portuguese, Dutch and Russian as they appear in those forms. Keys are compared lower-case, transliterated to
 * ASCII, with punctuation, `_` and `-` read as spaces.
 */
const SYNONYMS: Record<BatchColumn, readonly string[]> = {
  reference: [
    'ref', 'reference number', 'shipment', 'shipment id', 'shipment reference', 'shipment number', 'order', 'order number', 'order id', 'order no',
    'po', 'po number', 'purchase order', 'booking', 'booking number', 'transaction', 'transaction id', 'case', 'case id', 'deal', 'deal id',
    'referenz', 'auftrag', 'auftragsnummer', 'bestellnummer', 'sendung', 'sendungsnummer', 'commande', 'numero de commande', 'expedition',
    'pedido', 'numero de pedido', 'envio', 'ordine', 'zakaz', 'nomer zakaza',
  ],
  name: [
    'full name', 'party name', 'party', 'entity name', 'entity', 'company', 'company name', 'customer', 'customer name', 'client', 'client name',
    'counterparty', 'counterparty name', 'business name', 'legal name', 'organisation', 'organization', 'organisation name', 'organization name',
    'supplier', 'supplier name', 'vendor', 'vendor name', 'name 1', 'name1', 'account name', 'person', 'person name', 'screening name',
    'firma', 'firmenname', 'kunde', 'kundenname', 'lieferant', 'nom', 'nom complet', 'raison sociale', 'societe', 'client nom',
    'nombre', 'nombre completo', 'razon social', 'empresa', 'cliente', 'ragione sociale', 'nome', 'nome completo', 'bedrijfsnaam', 'naam',
    'naimenovanie', 'nazvanie', 'fio', 'kontragent',
  ],
  type: [
    'entity type', 'party type', 'kind', 'person or company', 'legal type', 'customer type', 'typ', 'art', 'type de partie', 'tipo', 'tip',
  ],
  role: [
    'party role', 'function', 'party function', 'capacity', 'rolle', 'funktion', 'role de la partie', 'rol', 'ruolo', 'funcao', 'rol partii',
  ],
  country: [
    'country code', 'country name', 'iso country', 'country iso', 'nation', 'nationality', 'country of residence', 'residence country',
    'country of incorporation', 'registered country', 'country key', 'land', 'laenderschluessel', 'landercode', 'staat', 'pays', 'code pays',
    'pais', 'paese', 'nazione', 'strana',
  ],
  address: [
    'street address', 'full address', 'postal address', 'registered address', 'addr', 'street', 'address line', 'address 1', 'address line 1',
    'anschrift', 'adresse', 'strasse', 'direccion', 'domicilio', 'indirizzo', 'endereco', 'morada', 'adres', 'adres ulitsa',
  ],
  date_of_birth: [
    'dob', 'birth date', 'birthdate', 'date birth', 'born', 'birthday', 'geburtsdatum', 'geboren', 'date de naissance', 'ne le',
    'fecha de nacimiento', 'fecha nacimiento', 'data di nascita', 'data de nascimento', 'geboortedatum', 'data rozhdeniya',
  ],
  identifiers: [
    'identifier', 'ids', 'id numbers', 'identification', 'identification numbers', 'identity documents', 'kennungen', 'identifiants',
    'identificadores', 'identificativi',
  ],
  aliases: [
    'alias', 'aka', 'also known as', 'other names', 'alternative names', 'alt names', 'dba', 'doing business as', 'trading name', 'trade name',
    'known as', 'weitere namen', 'auch bekannt als', 'autres noms', 'otros nombres', 'alias nombres', 'altri nomi', 'psevdonimy',
  ],
  hs_codes: [
    'hs', 'hs code', 'hs codes', 'hs number', 'hts', 'hts code', 'tariff code', 'tariff number', 'commodity code', 'commodity codes', 'customs code',
    'customs tariff', 'taric', 'taric code', 'cn code', 'schedule b', 'zolltarifnummer', 'warentarifnummer', 'warennummer', 'code sh',
    'nomenclature douaniere', 'codigo arancelario', 'partida arancelaria', 'codice doganale', 'tn ved', 'kod tn ved',
  ],
  destination: [
    'country of destination', 'destination country', 'destination', 'dest country', 'ship to country', 'final destination',
    'ultimate destination', 'country of final destination', 'delivery country', 'bestimmungsland', 'zielland', 'lieferland',
    'pays de destination', 'pais de destino', 'paese di destinazione', 'pais destino', 'strana naznacheniya',
  ],
};

/** How a header cell was understood: the exact column name, a listed synonym, a typo of one (fuse.js), or not at all. */
export type ColumnHow = 'exact' | 'synonym' | 'fuzzy' | 'ignored';

export interface ColumnReading {
  /** 0-based position in the header */
  position: number;
  header: string;
  column?: BatchColumn;
  how: ColumnHow;
  /** why an otherwise recognisable header was ignored (another header already gave the column) */
  note?: string;
}

/** A header as compared: ASCII, lower-case, punctuation as spaces; dotted initials joined ("A.K.A." → "aka"). */
export function headerKey(h: string): string {
  const words = anyAscii(h).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ');
  return words.every((w) => w.length === 1) ? words.join('') : words.join(' ');
}

const BY_KEY = new Map<string, BatchColumn>();
for (const c of BATCH_COLUMNS) BY_KEY.set(headerKey(c), c);
for (const [c, words] of Object.entries(SYNONYMS) as [BatchColumn, readonly string[]][]) for (const w of words) if (!BY_KEY.has(headerKey(w))) BY_KEY.set(headerKey(w), c);
const KEYS = [...BY_KEY.keys()];

/**
 * fuse.js over the synonym keys proposes, for typos only ("Contry", "Adress", "Compnay Name"); `isTypoOf` decides (one edit,
 * two from nine letters, same first letter), so "customer id" is not read as "customer name". A proposal for two different
 * columns is not guessed.
 */
const FUSE = new Fuse(KEYS, { includeScore: true, threshold: 0.35, ignoreLocation: true });

/** Typo readings already made: a batch's header is read at upload, by every chunk and on every status poll. */
const fuzzyMemo = new Map<string, BatchColumn | null>();

function fuzzy(key: string): BatchColumn | undefined {
  if (key.length < 4) return undefined;
  const memo = fuzzyMemo.get(key);
  if (memo !== undefined) return memo ?? undefined;
  const cols = new Set(FUSE.search(key, { limit: 5 }).filter((r) => isTypoOf(key, r.item)).map((r) => BY_KEY.get(r.item)));
  const column = cols.size === 1 ? [...cols][0] : undefined;
  if (fuzzyMemo.size > 5000) fuzzyMemo.clear();
  fuzzyMemo.set(key, column ?? null);
  return column;
}

const RANK: Record<ColumnHow, number> = { exact: 0, synonym: 1, fuzzy: 2, ignored: 3 };

/**
 * Reads a header row: each cell's column, by exact name, synonym or typo. When two cells give the same column, the better
 * reading wins (exact over synonym over typo, then the first); the other is reported as ignored with the reason. Two exact
 * names of the same column stay an error for the caller (`duplicates`). Pure and deterministic.
 */
export function readColumns(header: readonly string[]): { readings: ColumnReading[]; index: Partial<Record<BatchColumn, number>>; duplicates: ColumnReading[] } {
  const readings: ColumnReading[] = header.map((h, position) => {
    const key = headerKey(h);
    const exact = (BATCH_COLUMNS as readonly string[]).includes(h.trim().toLowerCase()) ? (h.trim().toLowerCase() as BatchColumn) : undefined;
    if (exact) return { position, header: h, column: exact, how: 'exact' };
    const syn = BY_KEY.get(key);
    if (syn) return { position, header: h, column: syn, how: 'synonym' };
    const typo = fuzzy(key);
    return typo ? { position, header: h, column: typo, how: 'fuzzy' } : { position, header: h, how: 'ignored' };
  });
  const index: Partial<Record<BatchColumn, number>> = {};
  const duplicates: ColumnReading[] = [];
  const byRank = [...readings].filter((r) => r.column).sort((a, b) => RANK[a.how] - RANK[b.how] || a.position - b.position);
  for (const r of byRank) {
    const taken = index[r.column!];
    if (taken === undefined) {
      index[r.column!] = r.position;
      continue;
    }
    if (r.how === 'exact') duplicates.push(r);
    readings[r.position] = { position: r.position, header: r.header, how: 'ignored', note: `"${header[taken]}" already gives ${r.column}` };
  }
  return { readings, index, duplicates };
}
