/** Class links (presets in the URL), what a learner may see: the notice about ignored parameters, a locked tool, the run mode. The teacher's link builder is in classLink.ts. */
import type { Messages } from '../fr.ts';

export const presets: Messages['presets'] = {
  modeName: { sandbox: 'Sandbox: going back allowed', committed: 'Committed: decisions are final' },
  noticeOne: 'Class link: parameter ignored: {{list}}. Tell your teacher.',
  noticeOther: 'Class link: parameters ignored: {{list}}. Tell your teacher.',
  remembered: 'Settings from your teacher’s last class link, kept by this browser.',
  forget: 'Free play (without these settings)',
  reason: {
    unknown: '“{{param}}” (unknown)',
    invalid: '“{{param}}” (invalid value)',
    duplicate: '“{{param}}” (duplicated)',
    tooLong: '“{{param}}” (too long)',
    needsShop: '“{{param}}” (give the shop too)',
  },
  toolLocked: 'Tool locked by the teacher or the mission.',
  runSettings: 'Your teacher’s settings for this game: {{list}}.',
};
