import { DESCRIPTION_CHAPTERS, PROFILES_SOURCE, VAGUE_GOODS } from '../tables/profiles';
import type { Rule } from '../types';
import { ascii } from '../facts/parties';
import { flag, notEvaluated } from './helpers';

/** C8: a generic goods description ("spare parts") or one that contradicts the HS code. */
export const C8: Rule = {
  id: 'C8',
  code: 'VAGUE_OR_INCONSISTENT_DESCRIPTION',
  needs: 'goods descriptions and HS codes',
  evaluate(ctx) {
    const described = ctx.goods.filter((g) => g.goods.description?.trim());
    if (described.length === 0) return notEvaluated('no goods description given');
    return described.flatMap((g) => {
      const text = ascii(g.goods.description!);
      if (VAGUE_GOODS.test(text)) {
        return [flag('medium', `The description "${g.goods.description}" is too generic to identify the goods.`, [], { line: g.index, description: g.goods.description, source: PROFILES_SOURCE })];
      }
      if (!g.hs) return [];
      const groups = DESCRIPTION_CHAPTERS.filter((d) => d.words.test(text));
      if (groups.length === 0 || groups.some((d) => d.chapters.includes(g.hs!.slice(0, 2)))) return [];
      return [
        flag('medium', `The description "${g.goods.description}" speaks of ${groups.map((d) => d.what).join('/')}, which does not fit HS ${g.hs}.`, [], {
          line: g.index,
          description: g.goods.description,
          hs: g.hs,
          expectedChapters: [...new Set(groups.flatMap((d) => d.chapters))],
          source: PROFILES_SOURCE,
        }),
      ];
    });
  },
};
