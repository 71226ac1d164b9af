/**
 * Purchases (buy-till-you-die basis, Fader, Hardie & Lee 2005): while alive a customer buys
 * Poisson(lambda x multipliers) times per tick; each purchase has a Gamma-Gamma amount
 * (spend ~ Gamma(p, scale 1 / nu), nu per customer), a product type drawn from the scenario's
 * shares, and the channel of the customer. Discounts of financial programmes are applied to
 * the amount (the turnover is what customers pay, so the gross margin loses the whole discount once);
 * the discount given (discount x list amount) is also charged to the programme, which the budget pays,
 * and counted in the tick's discounts so that the net margin does not take it off a second time.
 */
import type { TickContext } from './context.ts';
import { reservePurchases } from './context.ts';
import { powInt } from './detMath.ts';
import { EV, logEvent } from './events.ts';
import * as P from './params.ts';
import { customerHash, gammaOut, gammaZigguratQuick, gammaZigguratUnitTo, pickCumulativeT, poissonH } from './rng.ts';
import { NO_TICK } from './state.ts';

/** Expected purchase count of customer i this tick (before the Poisson draw). */
export function purchaseMean(ctx: TickContext, i: number): number {
  const c = ctx.state.customers;
  const e = ctx.effects;
  // Math.max keeps mult a raw double for V8 (a branch assigning the imported constant made it a boxed
  // number, one allocation per customer and tick); same value (neither operand is NaN or -0)
  const mult = Math.max(1 + P.SATISFACTION_RATE_SLOPE * (c.satisfaction[i] - ctx.satisfactionRef), P.RATE_MULTIPLIER_MIN);
  const base = c.lambda[i] * ctx.rateMultiplier * mult;
  if (!ctx.programmesRunning) return base; // every programme effect is 0
  let lift = e.financialLift[i];
  // Kivetz et al. 2006: the closer to the reward, the faster the purchases
  if (e.pointsCard[i] !== 0) lift *= 1 + P.POINTS_GOAL_GRADIENT * (c.points[i] / P.POINTS_PER_REWARD);
  lift += e.personalLift[i];
  return base * (1 + lift);
}

/**
 * Draws this tick's purchase count of customer i (one uniform, inversion). Most customers buy nothing:
 * u < 1 - mean gives 0 (poissonFromUniform's own shortcut), decided from the uniform's first lane (poissonH).
 */
export function drawPurchaseCount(ctx: TickContext, i: number): number {
  const mean = purchaseMean(ctx, i);
  return poissonH(ctx.keys.purchase, ctx.cur.hash, 0, mean);
}

/**
 * Records `count` purchases of customer i (amounts, product types, totals, programme cost). Returns the spend.
 * The baskets are one tight loop: room for all of them reserved once in the tick's buffer, the product type
 * from the first lane's table (pickCumulativeT), and the Gamma amount inline in its common case
 * (gammaZigguratQuick, the full draw gammaZigguratUnitTo otherwise): the same draws, the same amounts.
 */
export function recordPurchases(ctx: TickContext, i: number, count: number): number {
  const c = ctx.state.customers;
  const e = ctx.effects;
  const running = ctx.programmesRunning; // false: every programme effect is 0
  const discount = running ? e.discount[i] : 0;
  const priceFactor = ctx.state.priceLevel * (1 - discount);
  const nu = c.basketScale[i];
  const channel = ctx.purchaseChannel[c.channel[i]];
  const cum = ctx.productCumulative;
  const table = ctx.productTable;
  const factor = ctx.productFactor;
  const typeKey = ctx.keys.productType;
  const basketKey = ctx.keys.basket;
  const shape = ctx.spendShape;
  const dd = ctx.spendDd;
  const zc = ctx.spendC;
  const quick = dd === dd; // shape >= 1
  const scale = 1 / nu;
  // one customer hash for every draw of the tick (it depends on seed, tick and customer only)
  const hc = customerHash(typeKey, i);
  const b = ctx.purchases;
  if (b.length + count > b.customer.length) reservePurchases(b, count);
  const customers = b.customer;
  const amounts = b.amount;
  const types = b.productType;
  const channels = b.channel;
  let at = b.length;
  let spent = 0;
  for (let k = 0; k < count; k++) {
    // the product type: the first cumulative share above the uniform (first lane in general)
    const type = pickCumulativeT(typeKey, hc, k, cum, table);
    // Gamma(shape, 1) x scale: gammaZigguratH's value, without a double passed to the call or returned (boxed)
    if (!quick || !gammaZigguratQuick(basketKey, hc, k, dd, zc)) gammaZigguratUnitTo(basketKey, hc, k, shape);
    const amount = gammaOut[0] * scale * factor[type] * priceFactor;
    customers[at] = i;
    amounts[at] = amount;
    types[at] = type;
    channels[at] = channel;
    at++;
    spent += amount;
  }
  b.length = at;
  const ctr = ctx.counters;
  // what the discount took off the list amount: out of the turnover and the gross margin once; the budget
  // pays it (the programme's cost), so the net margin does not take it off again (kpis.ts)
  let given = 0;
  if (discount > 0) {
    const p = ctx.state.programmes[e.financialProgramme[i]];
    given = (spent / (1 - discount)) * discount;
    p.costThisTick += given;
    ctr.discounts += given;
  }
  // a campaign recruit's purchases, for its campaign's return (KPIs' campaignRecruits): reported only
  const tags = ctx.state.recruitChannel;
  if (tags !== undefined && tags[i] !== 0) {
    ctr.campaignSpent[tags[i] - 1] += spent;
    ctr.campaignDiscounts[tags[i] - 1] += given;
  }
  if (c.firstPurchaseTick[i] === NO_TICK) {
    c.firstPurchaseTick[i] = ctx.tick;
    logEvent(ctx.state, i, EV.premierAchat, 0);
  }
  ctx.lastPurchaseBefore = c.lastPurchaseTick[i]; // the RFM histograms move the customer (windowStep)
  c.lastPurchaseTick[i] = ctx.tick;
  c.purchases[i] += count;
  c.spend[i] += spent;
  // at list price (the discount is in the cost of the programme that gave it): read by the programmes measured
  // against a control group (ROI), stopped ones too
  if (ctx.programmesMeasured) e.spendTick[i] += spent + given;
  if (running && e.pointsCard[i] !== 0) {
    let pts = c.points[i] + count;
    while (pts >= P.POINTS_PER_REWARD) pts -= P.POINTS_PER_REWARD;
    c.points[i] = pts;
  }
  if (c.loyaltyCard[i] !== 0) {
    const learn = 1 - powInt(1 - P.CARD_DATA_PER_PURCHASE, count);
    c.dataKnown[i] += (1 - c.dataKnown[i]) * learn;
  }
  ctr.turnover += spent;
  ctr.purchases += count;
  ctr.buyers++;
  return spent;
}
