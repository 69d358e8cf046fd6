import type { Dated } from './dated';

/**
 * HS 2022 nomenclature checks (C9). HS 2022 entered into force on 1 Jan 2022; codes deleted from HS 2017 are reported, not
 * silently matched, and the goods tables are read under the successor code (named in the flag).
 * Source: World Customs Organization, "Correlation Tables HS 2017–HS 2022" and the Harmonized System amendments accepted under
 * the Council recommendation of 28 Jun 2019 (in force 1 Jan 2022). Rows marked verify should be re-read against the WCO table.
 */
export const HS2022_SOURCE = 'WCO Correlation Tables HS 2017–HS 2022 (amendments in force 1 Jan 2022)';
export const HS2022_IN_FORCE = '2022-01-01';

export interface DeletedHsRow extends Dated {
  /** HS 2017 heading or subheading (4 or 6 digits) that HS 2022 deleted */
  prefix: string;
  /** the HS 2022 code(s) its goods moved to; the first is used for the goods tables */
  successors: string[];
  note: string;
  /** the heading moved as a whole: its subheadings keep their last digits (8803.30 → 8807.30) */
  keepSubheading?: boolean;
}

const R = (prefix: string, successors: string[], note: string, extra: Partial<DeletedHsRow> = {}): DeletedHsRow => ({
  prefix, successors, note, source: HS2022_SOURCE, validFrom: HS2022_IN_FORCE, ...extra,
});

export const HS2022_DELETED: readonly DeletedHsRow[] = [
  R('8803', ['8807'], 'parts of aircraft moved to new heading 88.07 (parts of goods of 88.01, 88.02 or 88.06)', { keepSubheading: true }),
  R('851712', ['851713', '851714'], 'telephones for cellular networks split into smartphones (8517.13) and other (8517.14)'),
  R('854140', ['854141', '854142', '854143', '854149'], 'photosensitive semiconductor devices and LEDs split into 8541.41–8541.49'),
  R('854150', ['854159', '854151'], 'other semiconductor devices split into transducers (8541.51) and other (8541.59)'),
  R('854810', ['8549'], 'waste of cells and batteries moved to new heading 85.49 (e-waste)'),
  R('854890', ['854800'], 'electrical parts n.e.s. became one subheading 8548.00'),
  R('852580', ['852589', '852581', '852582', '852583'], 'television cameras, digital cameras and video recorders split into 8525.81–8525.89'),
  ...['846210', '846221', '846229', '846231', '846239', '846241', '846249', '846291', '846299'].map((p) =>
    R(p, ['8462'], 'metal forming machine tools (heading 84.62) restructured into 8462.11–8462.90', { verify: true }),
  ),
];

/** HS chapters that do not exist: 77 is reserved; 98 and 99 are for national use only. */
export const HS_RESERVED_CHAPTERS: ReadonlySet<string> = new Set(['00', '77']);

/**
 * Classifications that contradict an HS chapter (C9): the HS chapters an ECCN product category or a USML category can plausibly
 * fall in. Source: 15 CFR 774 Supp. 1 (CCL categories 0–9 and product groups A–E), 22 CFR 121.1 (USML categories), HS 2022
 * chapter titles; the pairing is the project's, conservative (only clear contradictions are flagged).
 */
export const CLASSIFICATION_SOURCE = '15 CFR 774 Supp. 1; 22 CFR 121.1; HS 2022 chapter titles (pairing by the project)';

/** ECCN category (first digit, hardware/materials groups A–C) → HS chapters. Software and technology (D, E) are not goods. */
export const ECCN_CHAPTERS: Readonly<Record<string, readonly string[]>> = {
  '0': ['93', '36', '87', '88', '89', '84', '85', '90', '28', '38', '39', '40', '62', '63', '64', '65', '73', '76', '95', '96'],
  '1': ['25', '26', '27', '28', '29', '30', '32', '34', '35', '36', '38', '39', '40', '54', '55', '56', '59', '62', '63', '65', '68', '69', '70', '71', '72', '73', '74', '75', '76', '78', '79', '80', '81', '84', '85', '90'],
  '2': ['82', '84', '85', '90', '73', '69'],
  '3': ['84', '85', '90', '37', '38', '28', '29', '71'],
  '4': ['84', '85'],
  '5': ['84', '85', '90'],
  '6': ['84', '85', '90', '28', '70', '71', '38'],
  '7': ['84', '85', '88', '90', '91'],
  '8': ['84', '85', '89', '90', '73'],
  '9': ['84', '85', '87', '88', '89', '90', '93', '36', '40'],
};

/** USML category (roman numeral) → HS chapters. */
export const USML_CHAPTERS: Readonly<Record<string, readonly string[]>> = {
  I: ['93'], II: ['93', '84', '90'], III: ['93', '36'], IV: ['93', '88', '84', '85', '36'], V: ['36', '28', '29', '38'],
  VI: ['89', '84', '85'], VII: ['87', '84', '85'], VIII: ['88', '84', '85', '90', '40'], IX: ['84', '85', '90', '95', '49'],
  X: ['39', '62', '63', '65', '73', '90', '56', '59'], XI: ['85', '90', '84'], XII: ['90', '85', '93'], XIII: ['39', '54', '56', '59', '68', '70', '72', '73', '76', '81', '85', '90'],
  XIV: ['28', '29', '30', '38', '84', '90'], XV: ['88', '85', '90', '84'], XVI: ['84', '85', '90', '93'], XVII: [], XVIII: ['85', '90', '84'],
  XIX: ['84', '88'], XX: ['89', '84', '85', '90'], XXI: [],
};

/** HS headings of arms that contradict an "EAR99" classification (an arms item is not EAR99). */
export const ARMS_NOT_EAR99 = /^(9301|9302|9306|8710|3601|3602|3603)/;
