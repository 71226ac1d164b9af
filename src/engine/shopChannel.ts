/**
 * Where a shop sells (scenario `channel`): in a store (a till, staff, a town) or online (a website, contact by
 * e-mail, SMS and the site). The engine draws the customers' preferred contact channels from it (params.ts
 * CHANNEL_MIX / CHANNEL_MIX_ONLINE: no « Magasin » nor « Courrier » customer online); the page words the tools and
 * offers the contact channels by it. A file that does not say (older files) is online when its sector says
 * « en ligne », as the engine decided before the field existed, so every older file plays as before.
 */
import type { Channel } from './vocabulary.ts';
import { CHANNELS } from './vocabulary.ts';
import { CHANNEL_MIX, CHANNEL_MIX_ONLINE } from './params.ts';

export type ShopChannel = 'store' | 'online';

export function shopChannel(scenario: { channel?: ShopChannel; sector: string }): ShopChannel {
  return scenario.channel ?? (scenario.sector.toLowerCase().includes('en ligne') ? 'online' : 'store');
}

/** The preferred contact channels a customer of the shop can have (those of its mix above zero), in CHANNELS order. */
export function shopContactChannels(scenario: { channel?: ShopChannel; sector: string }): Channel[] {
  const mix = shopChannel(scenario) === 'online' ? CHANNEL_MIX_ONLINE : CHANNEL_MIX;
  return CHANNELS.filter((c) => mix[c] > 0);
}
