import { readColumns } from '../src/batch-columns';

const read = (header: string[]) => readColumns(header).readings.map((r) => [r.header, r.column ?? null, r.how]);

describe('bulk CSV headers as people write them', () => {
  it('when headers are the recognised names in any case, then they are read exactly', () => {
    expect(read(['Name', 'COUNTRY', 'date_of_birth'])).toEqual([['Name', 'name', 'exact'], ['COUNTRY', 'country', 'exact'], ['date_of_birth', 'date_of_birth', 'exact']]);
  });

  it.each([
    ['Company Name', 'name'], ['Customer', 'name'], ['Raison sociale', 'name'], ['Наименование', 'name'], ['Land', 'country'], ['Pays', 'country'],
    ['Country of destination', 'destination'], ['Bestimmungsland', 'destination'], ['Geburtsdatum', 'date_of_birth'], ['DOB', 'date_of_birth'],
    ['Date of Birth', 'date_of_birth'], ['HS Code', 'hs_codes'], ['Zolltarifnummer', 'hs_codes'], ['Street Address', 'address'], ['Anschrift', 'address'],
    ['A.K.A.', 'aliases'], ['PO Number', 'reference'], ['Party Role', 'role'], ['Entity Type', 'type'],
  ])('when the header is "%s", then it is read as %s (synonym)', (header, column) => {
    expect(read([header])).toEqual([[header, column, 'synonym']]);
  });

  it.each([
    ['Contry', 'country'], ['Adress', 'address'], ['Geburtsdatun', 'date_of_birth'], ['Destinaton Country', 'destination'], ['Company Nmae', 'name'],
  ])('when the header has a typo ("%s"), then fuse.js reads it as %s', (header, column) => {
    expect(read([header])).toEqual([[header, column, 'fuzzy']]);
  });

  it.each(['Customer ID', 'Notes', 'Amount', 'Internal code', 'Credit limit', 'Email'])('when the header names something else ("%s"), then it is not guessed', (header) => {
    expect(read([header])).toEqual([[header, null, 'ignored']]);
  });

  it('when two headers give the same column, then the exact name wins and the other is reported as ignored', () => {
    const { readings, index, duplicates } = readColumns(['Customer', 'name', 'Land']);
    expect(index).toEqual({ name: 1, country: 2 });
    expect(readings[0]).toEqual(expect.objectContaining({ how: 'ignored', note: '"name" already gives name' }));
    expect(duplicates).toEqual([]);
  });

  it('when the same recognised column appears twice by its exact name, then it is a duplicate for the caller to refuse', () => {
    expect(readColumns(['name', 'Name']).duplicates).toEqual([expect.objectContaining({ position: 1, column: 'name' })]);
  });
});
