import type { Severity } from '@screening/schemas';

/**
 * Non-blocking sanctions programmes (A1 for entries of category `non-blocking`): what the listing restricts and how much that
 * matters for a shipment. Goods trade with these parties is not prohibited as such; the flag names the restriction an analyst
 * must check. `severity` is for a strong match; a potential match is one level lower. Matched on the sub-list code or the
 * programme tag of the entry.
 */
export interface ProgramRow {
  id: string;
  /** sub-list codes (CSL `source`) and programme tags (OFAC) that identify the programme */
  codes: RegExp;
  restriction: string;
  severity: Severity;
  source: string;
}

export const NON_BLOCKING_PROGRAMS: readonly ProgramRow[] = [
  { id: 'FSE', codes: /^FSE\b|FSE-/i, severity: 'high', restriction: 'Foreign Sanctions Evaders: US persons may not provide or procure goods, services or technology to or from them (EO 13608); property is not blocked', source: 'OFAC FSE List; EO 13608 (1 May 2012)' },
  { id: 'ISN', codes: /^ISN$/i, severity: 'high', restriction: 'State Department nonproliferation sanctions: measures per designation, often denial of US export licences and a US government procurement ban', source: 'US State Dept. Nonproliferation Sanctions (INKSNA, EO 12938, CBW Act), CSL source ISN' },
  { id: 'SSI', codes: /^SSI$|UKRAINE-EO13662/i, severity: 'medium', restriction: 'Sectoral Sanctions Identifications: no new debt or equity beyond the Directive 1–3 maturities (deferred payment terms can be new debt) and no goods for deepwater, Arctic offshore or shale oil projects (Directive 4)', source: 'OFAC SSI List; EO 13662 Directives 1–4' },
  { id: 'NS-MBS', codes: /^NS-MBS\b|^MBS$|NS-ISA|^ISA$|CAATSA - RUSSIA/i, severity: 'medium', restriction: 'menu-based sanctions: restrictions chosen per designation (e.g. export licence denial, loan or procurement bans); read the listing notice', source: 'OFAC Non-SDN Menu-Based Sanctions List; CAATSA §§ 231–235; Iran Sanctions Act' },
  { id: 'CAPTA', codes: /^CAPT?A?$|^CAP$/i, severity: 'low', restriction: 'CAPTA: US financial institutions may not open or maintain correspondent or payable-through accounts for them; relevant if it is a bank in the payment chain', source: 'OFAC CAPTA List; 31 CFR 561, RuHSR Directive 2' },
  { id: 'NS-CMIC', codes: /CMIC/i, severity: 'low', restriction: 'Chinese military-industrial complex companies: US persons may not buy or sell their publicly traded securities; trade in goods is not restricted by this listing', source: 'OFAC NS-CMIC List; EO 13959 as amended by EO 14032' },
  { id: 'NS-PLC', codes: /PLC/i, severity: 'low', restriction: 'Palestinian Legislative Council members listed for transactions involving the Hamas-controlled PLC; not blocked', source: 'OFAC NS-PLC List; 31 CFR 594/595/597 general licences' },
  { id: '561', codes: /^561|Part 561/i, severity: 'low', restriction: 'Part 561 List: correspondent and payable-through account restrictions for foreign financial institutions', source: 'OFAC Part 561 List; 31 CFR 561.201/561.203' },
];

export const UNKNOWN_PROGRAM: Omit<ProgramRow, 'codes'> = { id: 'non-blocking', severity: 'medium', restriction: 'a non-blocking sanctions programme with specific restrictions; read the listing notice', source: 'publisher list' };
