import type { Goods } from '@screening/schemas';
import { CHPL, type ChplRow } from '../tables/chpl';
import { rowsInForce } from '../tables/dated';
import { ARMS_NOT_EAR99, type DeletedHsRow, ECCN_CHAPTERS, HS2022_DELETED, HS2022_IN_FORCE, HS_RESERVED_CHAPTERS, USML_CHAPTERS } from '../tables/hs2022';
import { ECCN_HINTS, type EccnHint, MILITARY_HS, type MilitaryHsRow, type SensitiveHsRow, UAV_COMPONENTS } from '../tables/military-goods';
import { RU_BY_HS_BANS, type RuByBanRow } from '../tables/ru-by-bans';
import { BODY_ARMOUR, CIVIL_RADAR, CONSUMER_DRONE, MILITARY_DESCRIPTION, NIGHT_VISION, WEAPON_SIGHT } from '../tables/security-end-users';
import { ascii } from './parties';

export interface GoodsFacts {
  index: number;
  goods: Goods;
  /** the HS code as digits (6 for an HS6, 2/4 for chapter/heading); undefined when absent or ambiguous */
  hs?: string;
  hsProblem?: string;
  chpl?: ChplRow;
  military?: MilitaryHsRow;
  eccn?: EccnHint;
  usml?: string;
  /** a UAV component on the Russia HS supplements (sensitive, not arms) */
  uav?: SensitiveHsRow;
  /** a dual-use or priority item that is not arms (consumer drone, car radar, thermal camera) */
  dualUse?: string;
  /** HS 2022 problem: the code is reserved, or was deleted by HS 2022 (then the tables were read under `successor`) */
  hs2022?: { problem: string; deleted?: DeletedHsRow; successor?: string };
  /** the HS code contradicts the given ECCN or USML category */
  classConflict?: string;
  /** HS-based Russia/Belarus export bans that cover the goods (B2) */
  ruBy: RuByBanRow[];
  /** arms or military (C2) */
  arms: boolean;
  /** export-controlled or priority item: CHPL, arms, CCL ECCN, USML or a UAV component on the Russia HS supplements */
  controlled: boolean;
}

/** HS input normalised: dots/spaces stripped, national 8/10-digit codes cut to HS6, 5/7/9-digit shapes rejected. */
export function normalizeHs(raw: string | undefined): { hs?: string; problem?: string } {
  if (!raw) return {};
  const digits = raw.replace(/[.\s]/g, '');
  if (!/^[0-9]+$/.test(digits)) return { problem: `HS code "${raw}" is not made of ASCII digits` };
  if ([2, 4, 6].includes(digits.length)) return { hs: digits };
  if (digits.length === 8 || digits.length === 10) return { hs: digits.slice(0, 6) };
  return { problem: `HS code "${raw}" has ${digits.length} digits; expected 2, 4, 6, 8 or 10` };
}

/** HS 2022 status of a code on a day: reserved chapters, and codes deleted by HS 2022 with their successor. */
function hs2022Of(hs: string, day: string): GoodsFacts['hs2022'] {
  if (HS_RESERVED_CHAPTERS.has(hs.slice(0, 2))) return { problem: `HS chapter ${hs.slice(0, 2)} does not exist` };
  const deleted = HS2022_DELETED.find((r) => hs.startsWith(r.prefix));
  if (!deleted) return undefined;
  const head = deleted.successors[0]!;
  // a heading that moved as a whole keeps its subheadings (8803.30 → 8807.30)
  const successor = deleted.keepSubheading && head.length < hs.length ? `${head}${hs.slice(head.length)}` : head;
  if (day < HS2022_IN_FORCE) return { problem: '', deleted, successor };
  return { problem: `HS ${deleted.prefix} no longer exists in HS 2022 (${deleted.note}); read as ${successor}`, deleted, successor };
}

const ROMAN = /^(X{0,2}(IX|IV|V?I{0,3}))\b/;

/** An ECCN or USML category that cannot be the goods of this HS chapter (only clear contradictions). */
function classificationConflict(hs: string | undefined, eccnText: string | undefined, usml: string | undefined): string | undefined {
  if (!hs) return undefined;
  const chapter = hs.slice(0, 2);
  if (eccnText === 'EAR99' && ARMS_NOT_EAR99.test(hs)) return `HS ${hs} is an arms heading, but the goods are classified EAR99`;
  const cat = eccnText && /^[0-9][A-C][0-9]{3}/.test(eccnText) ? ECCN_CHAPTERS[eccnText[0]!] : undefined;
  if (cat && !cat.includes(chapter)) return `ECCN ${eccnText} (category ${eccnText!.charAt(0)}) does not fit HS chapter ${chapter}`;
  const roman = usml?.toUpperCase().replace(/^(USML\s*)?(CAT(EGORY)?\.?\s*)?/, '').match(ROMAN)?.[1];
  const chapters = roman ? USML_CHAPTERS[roman] : undefined;
  if (chapters?.length && !chapters.includes(chapter)) return `USML category ${roman} does not fit HS chapter ${chapter}`;
  return undefined;
}

/** A military row applies by its heading alone, or (use 'military') only with military use or a military description. */
function militaryRow(hs: string | undefined, day: string, military: boolean, text: string): { row?: MilitaryHsRow; dualUse?: string } {
  const row = hs ? rowsInForce(MILITARY_HS, day).find((r) => hs.startsWith(r.prefix)) : undefined;
  if (!row) return {};
  if (!row.use) return { row };
  const civil = row.prefix === '852610' ? CIVIL_RADAR.test(text) : row.prefix === '8806' ? CONSUMER_DRONE.test(text) : false;
  if ((military || MILITARY_DESCRIPTION.test(text)) && !(civil && !military)) return { row };
  return row.otherwise ? { dualUse: beforeMilitaryUse(row.description) } : {};
}

/** The description up to ' for military use' (string operations: no backtracking regex). */
function beforeMilitaryUse(description: string): string {
  const at = description.indexOf(' for military use');
  return at < 0 ? description : description.slice(0, at);
}

/** Items that are military or dual-use by their description, whatever the HS code: body armour, night vision, thermal imaging. */
function describedItem(text: string, military: boolean): { row?: MilitaryHsRow; dualUse?: string } {
  const source = 'EU Common Military List ML13/ML15, USML X/XII (22 CFR 121.1), ECCN 1A005/6A003 (15 CFR 774)';
  if (BODY_ARMOUR.test(text)) return { row: { prefix: 'description', description: 'body armour (ML13 / USML X)', source } };
  if (NIGHT_VISION.test(text)) {
    if (military || WEAPON_SIGHT.test(text) || MILITARY_DESCRIPTION.test(text)) return { row: { prefix: 'description', description: 'night-vision or thermal-imaging equipment for military use (ML15 / USML XII)', source } };
    return { dualUse: 'night-vision or thermal-imaging equipment (ECCN 6A003/6A993)' };
  }
  return {};
}

/**
 * Facts of one goods line on a day. `militaryUse`: the shipment has a military, police or security end user, which makes
 * aircraft, vehicles and their parts military (MILITARY_HS rows with `use: 'military'`).
 */
export function goodsFacts(goods: Goods, index: number, day: string, militaryUse = false): GoodsFacts {
  const { hs: given, problem } = normalizeHs(goods.hsCode);
  const hs2022 = given ? hs2022Of(given, day) : undefined;
  const hs = hs2022?.successor ?? given;
  const text = ascii(goods.description ?? '');
  const chpl = hs?.length === 6 ? rowsInForce(CHPL, day).find((r) => r.hs6 === hs) : undefined;
  const byHs = militaryRow(hs, day, militaryUse, text);
  const byText = describedItem(text, militaryUse);
  const military = byHs.row ?? byText.row;
  const dualUse = military ? undefined : (byHs.dualUse ?? byText.dualUse);
  const eccnText = goods.eccn?.trim().toUpperCase();
  const eccn = eccnText && eccnText !== 'EAR99' ? ECCN_HINTS.find((h) => h.pattern.test(eccnText)) : undefined;
  const usml = goods.usmlCategory?.trim() || undefined;
  const uav = hs ? rowsInForce(UAV_COMPONENTS, day).find((r) => hs.startsWith(r.prefix)) : undefined;
  const ruBy = hs ? rowsInForce(RU_BY_HS_BANS, day).filter((r) => hs.startsWith(r.prefix)) : [];
  const classConflict = classificationConflict(given, eccnText, usml);
  const arms = Boolean(military || eccn?.military || usml);
  return {
    index,
    goods,
    ...(hs ? { hs } : {}),
    ...(problem ? { hsProblem: problem } : {}),
    ...(hs2022?.problem ? { hs2022 } : {}),
    ...(chpl ? { chpl } : {}),
    ...(military ? { military } : {}),
    ...(dualUse ? { dualUse } : {}),
    ...(eccn ? { eccn } : {}),
    ...(usml ? { usml } : {}),
    ...(uav ? { uav } : {}),
    ...(classConflict ? { classConflict } : {}),
    ruBy,
    arms,
    controlled: arms || Boolean(chpl || eccn || uav || dualUse),
  };
}

export function describeGoods(g: GoodsFacts): string {
  return g.goods.description ? `"${g.goods.description}"${g.hs ? ` (HS ${g.hs})` : ''}` : g.hs ? `HS ${g.hs}` : `goods line ${g.index + 1}`;
}
