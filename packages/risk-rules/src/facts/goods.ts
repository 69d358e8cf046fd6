import type { Goods } from '@screening/schemas';
import { CHPL, type ChplRow } from '../tables/chpl';
import { rowsInForce } from '../tables/dated';
import { ECCN_HINTS, type EccnHint, MILITARY_HS, type MilitaryHsRow, type SensitiveHsRow, UAV_COMPONENTS } from '../tables/military-goods';

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

export function goodsFacts(goods: Goods, index: number, day: string): GoodsFacts {
  const { hs, problem } = normalizeHs(goods.hsCode);
  const chpl = hs?.length === 6 ? rowsInForce(CHPL, day).find((r) => r.hs6 === hs) : undefined;
  const military = hs ? rowsInForce(MILITARY_HS, day).find((r) => hs.startsWith(r.prefix)) : undefined;
  const eccnText = goods.eccn?.trim().toUpperCase();
  const eccn = eccnText && eccnText !== 'EAR99' ? ECCN_HINTS.find((h) => h.pattern.test(eccnText)) : undefined;
  const usml = goods.usmlCategory?.trim() || undefined;
  const uav = hs ? rowsInForce(UAV_COMPONENTS, day).find((r) => hs.startsWith(r.prefix)) : undefined;
  const arms = Boolean(military || eccn?.military || usml);
  return {
    index,
    goods,
    ...(hs ? { hs } : {}),
    ...(problem ? { hsProblem: problem } : {}),
    ...(chpl ? { chpl } : {}),
    ...(military ? { military } : {}),
    ...(eccn ? { eccn } : {}),
    ...(usml ? { usml } : {}),
    ...(uav ? { uav } : {}),
    arms,
    controlled: arms || Boolean(chpl || eccn || uav),
  };
}

export function describeGoods(g: GoodsFacts): string {
  return g.goods.description ? `"${g.goods.description}"${g.hs ? ` (HS ${g.hs})` : ''}` : g.hs ? `HS ${g.hs}` : `goods line ${g.index + 1}`;
}
