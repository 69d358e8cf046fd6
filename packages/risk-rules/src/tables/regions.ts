/**
 * Trade regions for route coherence (B6): countries grouped by the sub-regions of the UN Statistics Division's M49 standard
 * ("Standard country or area codes for statistical use", geographic regions, unstats.un.org/unsd/methodology/m49), merged
 * by the project into the blocs that container and air routes connect. Not law: a typology table, so not date-effective.
 */
export const REGIONS_SOURCE = 'UNSD M49 geographic sub-regions (unstats.un.org/unsd/methodology/m49), merged into trade regions by the project';

export type TradeRegion = 'EUR' | 'EEU' | 'NAF' | 'WAF' | 'EAF' | 'MEA' | 'CAS' | 'SAS' | 'SEA' | 'EAS' | 'OCE' | 'NAM' | 'CAM' | 'SAM';

const GROUPS: Record<TradeRegion, string> = {
  // Northern, Western and Southern Europe and the EU/EFTA part of Eastern Europe
  EUR: 'AD AL AT BA BE BG CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC ME MK MT NL NO PL PT RO RS SE SI SK SM VA XK',
  // the rest of M49 Eastern Europe
  EEU: 'BY MD RU UA',
  NAF: 'DZ EG EH LY MA SD TN',
  // Western and Middle Africa
  WAF: 'AO BF BJ CF CG CD CI CM CV GA GH GM GN GQ GW LR ML MR NE NG SH SL SN ST TD TG',
  // Eastern and Southern Africa
  EAF: 'BI BW DJ ER ET KE KM LS MG MU MW MZ NA RE RW SC SO SS SZ TZ UG YT ZA ZM ZW',
  // Western Asia without the Caucasus
  MEA: 'AE BH CY IL IQ JO KW LB OM PS QA SA SY TR YE',
  // Central Asia, the Caucasus and Mongolia
  CAS: 'AM AZ GE KG KZ MN TJ TM UZ',
  SAS: 'AF BD BT IN IR LK MV NP PK',
  SEA: 'BN ID KH LA MM MY PH SG TH TL VN',
  EAS: 'CN HK JP KP KR MO TW',
  OCE: 'AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS',
  NAM: 'BM CA GL PM US',
  // Central America and the Caribbean
  CAM: 'AG AI AW BB BL BQ BS BZ CR CU CW DM DO GD GP GT HN HT JM KN KY LC MF MQ MS MX NI PA PR SV SX TC TT VC VG VI',
  SAM: 'AR BO BR CL CO EC FK GF GY PE PY SR UY VE',
};

const BY_COUNTRY = new Map(Object.entries(GROUPS).flatMap(([region, codes]) => codes.split(' ').map((c) => [c, region as TradeRegion] as const)));

export function regionOf(country: string): TradeRegion | undefined {
  return BY_COUNTRY.get(country);
}
