import { jaroWinkler } from '../jaro-winkler';
import { Kind } from '../normalize/prepare';

/** Similarity credited when an initial stands for a name starting with that letter. */
export const INITIAL_SIM = 0.9;
/** Below this Jaro-Winkler similarity two name tokens are different words. */
export const TOKEN_FLOOR = 0.84;

/**
 * Similarity of two name tokens (comparison keys) in [0,1]; 0 means "different words". Equal keys are 1;
 * an initial matches a name with its letter; legal forms and numbers only match exactly; short words need
 * equality; other words Jaro-Winkler above TOKEN_FLOOR.
 */
export function tokenSim(a: string, ka: Kind, b: string, kb: Kind): number {
  if (a === b) return 1;
  if (ka === Kind.Initial || kb === Kind.Initial) {
    if (ka === Kind.Initial && kb === Kind.Initial) return 0;
    const full = ka === Kind.Initial ? b : a;
    const init = ka === Kind.Initial ? a : b;
    return full.length > 1 && full[0] === init[0] && (ka === Kind.Initial ? kb : ka) !== Kind.Legal ? INITIAL_SIM : 0;
  }
  if (ka === Kind.Legal || kb === Kind.Legal || ka === Kind.Number || kb === Kind.Number) return 0;
  if (a.length < 3 || b.length < 3) return 0;
  const s = jaroWinkler(a, b);
  if (s < TOKEN_FLOOR) return 0;
  // a short word differing in a letter is usually another word ("omar"/"amar"): demand more
  if (Math.min(a.length, b.length) <= 4 && s < 0.9) return 0;
  return s;
}

/** Credit a pair of tokens earns from its similarity: near 1 for a typo, falling fast towards the floor. */
export function credit(sim: number): number {
  if (sim >= 0.999) return 1;
  if (sim === INITIAL_SIM) return INITIAL_SIM;
  const x = (sim - TOKEN_FLOOR) / (1 - TOKEN_FLOOR);
  return 0.55 + 0.4 * Math.min(1, x);
}
