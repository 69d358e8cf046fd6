import type { Dated } from './dated';

export const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** Annex VIII Reg. 833/2014 partner countries: the No-Russia clause (C3) and CHP risk assessment (C4) do not apply to them. */
export interface PartnerRow extends Dated {
  code: string;
}
export const EU_PARTNERS: readonly PartnerRow[] = ['US', 'JP', 'GB', 'KR', 'AU', 'CA', 'NZ', 'NO', 'CH'].map((code) => ({
  code,
  source: 'S9 (Annex VIII Reg. 833/2014)',
  validFrom: '2024-03-20',
  verify: true,
}));

/** Dated legal obligations of EU operators. */
export interface ObligationRow extends Dated {
  id: 'art12g' | 'art12g-grace' | 'art12gb' | 'art8ga-by';
  text: string;
}
export const EU_OBLIGATIONS: readonly ObligationRow[] = [
  { id: 'art12g', text: 'Art. 12g Reg. 833/2014: No-Russia clause in contracts for Annex XI, XX, XXXV, XL goods and Reg. 258/2012 Annex I firearms', source: 'S9', validFrom: '2024-03-20' },
  { id: 'art12g-grace', text: 'contracts concluded before 19 Dec 2023 had until 20 Dec 2024 or their expiry', source: 'S9', validTo: '2024-12-20' },
  { id: 'art12gb', text: 'Art. 12gb Reg. 833/2014: documented risk assessment and policies for sales of CHP items to third countries', source: 'S9', validFrom: '2024-12-26' },
  { id: 'art8ga-by', text: 'Art. 8ga Reg. 765/2006: the same duty for Belarus', source: 'S9', validFrom: '2025-01-02' },
];

/** HS prefixes of Art. 12g goods besides the CHPL (Annex XL): aviation (XI), jet fuel (XX), firearms (XXXV / Reg. 258/2012). */
export const ART12G_HS: readonly { prefix: string; annex: string }[] = [
  { prefix: '88', annex: 'Annex XI (aviation and space goods)' },
  { prefix: '271019', annex: 'Annex XX (jet fuel and additives)' },
  { prefix: '9302', annex: 'Reg. 258/2012 Annex I (firearms)' },
  { prefix: '9303', annex: 'Reg. 258/2012 Annex I (firearms)' },
  { prefix: '9305', annex: 'Reg. 258/2012 Annex I (firearm parts)' },
  { prefix: '9306', annex: 'Annex XXXV / Reg. 258/2012 Annex I (ammunition)' },
];
