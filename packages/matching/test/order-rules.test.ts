import { type EntityInput, EntityInputSchema } from '@screening/schemas';
import { compare, patronymicKey } from '../src';

/** Word-order rules (score/prefix-rules.ts), legal forms on persons and East Slavic forms; examples are not the bench pairs. */
const x = (name: string, type: string): EntityInput => EntityInputSchema.parse({ name, type }) as EntityInput;
const T = 0.77;
const P = 'person';
const O = 'organization';
const U = 'unknown';

// [class, query, query type, listed, listed type]
const matches: Array<[string, string, string, string, string]> = [
  ['truncated_company', 'ISLAMIC REPUBLIC OF IRAN BROADCAST', O, 'ISLAMIC REPUBLIC OF IRAN BROADCASTING', O],
  ['truncated_company', 'SINOTRANS SHIPPING AGENCY SHENZHEN C', O, 'SINOTRANS SHIPPING AGENCY SHENZHEN COMPANY LIMITED', O],
  ['truncated_company', 'MOSENERGO PUBLIC JOINT STOCK COMPAN', O, 'MOSENERGO PJSC', O],
  ['truncated_company', 'TAMBOV GUNPOWDER PLANT CORPORAT', O, 'TAMBOV GUNPOWDER PLANT CORPORATION', O],
  ['truncated_company', 'OOO Severnaya Neftyanaya Kompa', O, 'OOO Severnaya Neftyanaya Kompaniya', O],
  ['truncated_company', 'Limited Liability Company Technopr', O, 'Limited Liability Company Technoprom Engineering', O],
  ['nasab', 'Saad bin Ahmad', P, 'Saad bin Ahmad bin Khalid al-Mutairi', P],
  ['nasab', 'Sidi Ould Ahmed', P, 'Sidi Ould Ahmed Ould Bah', P],
  ['nasab', 'Salim bin Ali bin Ali', P, 'Salim bin Ali bin Ali bin Nasser al-Kindi', P],
  ['double_surname', 'Ivan Duque', P, 'DUQUE MARQUEZ, Ivan', P],
  ['double_surname', 'Alvaro Uribe', P, 'URIBE VELEZ, Alvaro', P],
  ['legal_form_person', 'IP Sidorov Pavel Petrovich', U, 'SIDOROV, Pavel Petrovich', P],
  ['legal_form_person', 'ФОП Шевченко Тарас', U, 'SHEVCHENKO, Taras', P],
  ['legal_form_person', 'Klaus Weber e.K.', U, 'WEBER, Klaus', P],
  ['legal_form_person', 'Omar Khalil Trading Est.', U, 'KHALIL, Omar', P],
  ['legal_form_person', 'Mary Jones Sole Trader', P, 'JONES, Mary', P],
  ['list_variation', 'Siarhei Aliaksandravich Ivanou', P, 'Sergey Aleksandrovich Ivanov', P],
  ['list_variation', 'Ihar Mikalaevich Karpenka', P, 'Igor Nikolaevich Karpenko', P],
  ['list_variation', 'Wiktor Petrowitsch Orlow', P, 'Viktor Petrovich Orlov', P],
  ['list_variation', 'Pak Chol Su', P, 'PARK, Chol Su', P],
  ['list_variation', 'Coal Mine Number Eight', O, 'COAL MINE 8', O],
  ['list_variation', 'AK Almazy PAO', O, 'ALMAZY', O],
  ['glued_split', 'RusHydro', O, 'RUSHYDRO', O],
];

const nonMatches: Array<[string, string, string, string, string]> = [
  ['truncated_company', 'ISLAMIC REPUBLIC OF IRAN BROADCAST', O, 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES', O],
  ['truncated_company', 'SINOTRANS SHIPPING AGENCY SHENZHEN C', O, 'SINOTRANS SHIPPING AGENCY GUANGZHOU COMPANY', O],
  ['truncated_company', 'Islamic Revolutionary Guard Corps A', O, 'Islamic Revolutionary Guard Corps Navy', O],
  ['nasab', 'Ahmad bin Saad', P, 'Saad bin Ahmad bin Khalid al-Mutairi', P],
  ['nasab', 'Saad bin Khalid', P, 'Saad bin Ahmad bin Khalid al-Mutairi', P],
  ['double_surname', 'Juan Duque', P, 'DUQUE MARQUEZ, Ivan', P],
  ['legal_form_person', 'IP Sidorov Oleg', U, 'SIDOROV, Pavel Petrovich', P],
  ['list_variation', 'Siarhei Piatrovich Ivanou', P, 'Sergey Aleksandrovich Ivanov', P],
];

describe('word order, legal forms on persons, East Slavic national forms', () => {
  test.each(matches)('%s: "%s" (%s) matches "%s" (%s)', (_c, q, qt, l, lt) => {
    expect(compare(x(q, qt), x(l, lt), T).match).toBe(true);
  });
  test.each(nonMatches)('%s: "%s" (%s) does not match "%s" (%s)', (_c, q, qt, l, lt) => {
    expect(compare(x(q, qt), x(l, lt), T).match).toBe(false);
  });
  test.each([
    ['aliaksandravich', 'aleksandrovich'],
    ['siarhejevich', 'sergeevich'],
    ['hryhorovych', 'grigorievich'],
    ['iwanowitsch', 'ivanovich'],
    ['piatrouna', 'petrovna'],
  ])('the patronymics "%s" and "%s" share a key', (a, b) => {
    expect(patronymicKey(a)).toBeDefined();
    expect(patronymicKey(a)).toBe(patronymicKey(b));
  });
  test('a father\'s name and a mother\'s form differ', () => {
    expect(patronymicKey('ivanovich')).not.toBe(patronymicKey('ivanovna'));
  });
});
