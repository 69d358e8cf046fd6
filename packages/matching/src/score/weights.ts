import { Kind } from '../normalize/prepare';
import { GENERIC_WORDS } from '../normalize/stop-tokens';

/** Rarity of comparison keys over the names of a list (document frequency), for token weights. */
export interface TokenStats {
  names: number;
  df(key: string): number;
}

const STOP_W = 0.4;
const GENERIC_W = 2.5;
const LEGAL_W = 0.5;
const INITIAL_W = 1;
const PATRONYMIC_F = 0.6;
const NUMBER_F = 1.2;

/**
 * Weight of a token: rarer words weigh more (ln(1 + N/df), so a word on one name weighs ~11 against ~3 for
 * "mohammed" on 90k names); without statistics, generic business words weigh a third of other words.
 */
export function tokenWeight(key: string, ascii: string, kind: Kind, stats: TokenStats | undefined): number {
  if (kind === Kind.Stop) return STOP_W;
  if (kind === Kind.Legal) return LEGAL_W;
  if (kind === Kind.Initial) return INITIAL_W;
  let w: number;
  if (stats) {
    const df = stats.df(key);
    w = Math.log(1 + stats.names / Math.max(df, 1));
    if (df === 0) w = Math.log(1 + stats.names / 2);
  } else w = GENERIC_WORDS.has(ascii) || GENERIC_WORDS.has(key) ? GENERIC_W : 8;
  if (kind === Kind.Patronymic) w *= PATRONYMIC_F;
  if (kind === Kind.Number) w *= NUMBER_F;
  return w;
}

/**
 * Weight of a generic word translated from Arabic script (normalize/arabic-glossary.ts: جماعة group, صرافة money
 * exchange): by the rarity of its English key with statistics, as the listed English word weighs; without them, a
 * generic word's weight at most (the glossary holds only generic vocabulary).
 */
export function glossWeight(key: string, ascii: string, kind: Kind, stats: TokenStats | undefined): number {
  const w = tokenWeight(key, ascii, kind, stats);
  return stats ? w : Math.min(w, GENERIC_W);
}
