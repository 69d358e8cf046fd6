import type { Rule } from '../types';
import { describeGoods, type GoodsFacts } from '../facts/goods';
import { flag, notEvaluated } from './helpers';

export const QUANTITY_FACTOR = 3;
export const PRICE_FACTOR = 2;

/** Quantity above QUANTITY_FACTOR times the buyer's usual quantity. */
export function excessQuantity(g: GoodsFacts): number | undefined {
  const { quantity, usualQuantity } = g.goods;
  if (quantity === undefined || !usualQuantity) return undefined;
  const ratio = quantity / usualQuantity;
  return ratio > QUANTITY_FACTOR ? Math.round(ratio * 10) / 10 : undefined;
}

/** C7: quantity far beyond the buyer's usual need, or a unit price far from the reference price. */
export const C7: Rule = {
  id: 'C7',
  code: 'PRICE_OR_QUANTITY_ANOMALY',
  needs: 'goods quantity with usualQuantity, or value and quantity with referenceUnitValue',
  evaluate(ctx) {
    const usable = ctx.goods.filter((g) => (g.goods.quantity !== undefined && g.goods.usualQuantity) || (g.goods.value !== undefined && g.goods.quantity && g.goods.referenceUnitValue));
    if (usable.length === 0) return notEvaluated('no usual quantity or reference unit price given for the goods');
    return usable.flatMap((g) => {
      const out = [];
      const q = excessQuantity(g);
      if (q) {
        out.push(
          flag(g.arms ? 'high' : 'medium', `${describeGoods(g)}: the quantity ${g.goods.quantity} is ${q} times the buyer's usual ${g.goods.usualQuantity}.`, [], {
            line: g.index,
            quantity: g.goods.quantity,
            usualQuantity: g.goods.usualQuantity,
            ratio: q,
            factor: QUANTITY_FACTOR,
          }),
        );
      }
      const { value, quantity, referenceUnitValue } = g.goods;
      if (value !== undefined && quantity && referenceUnitValue) {
        const unit = value / quantity;
        const ratio = unit / referenceUnitValue;
        if (ratio > PRICE_FACTOR || ratio < 1 / PRICE_FACTOR) {
          out.push(
            flag(g.arms ? 'high' : 'medium', `${describeGoods(g)} is priced at ${unit.toFixed(2)} per unit against a reference of ${referenceUnitValue} (${ratio > 1 ? 'over' : 'under'}-pricing).`, [], {
              line: g.index,
              unitValue: Number(unit.toFixed(4)),
              referenceUnitValue,
              ratio: Number(ratio.toFixed(2)),
              factor: PRICE_FACTOR,
            }),
          );
        }
      }
      return out;
    });
  },
};
