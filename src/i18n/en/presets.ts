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
  olderShopVersion:
    'Your game in progress “{{run}}” plays the previous version of “{{name}}”, the one you had when you started it. The link you received brings a new version of this shop: to play it, start a new game from the home page.',
  /** a class link's note on a home card and the Missions screen (ClassNote.svelte, classNoteParts.ts), the other shops' fold, a fixed seed's help */
  classChosen: 'Shop chosen by your teacher',
  classSeed: 'Seed set by the class link: {{seed}}',
  classMode: { sandbox: 'Sandbox mode: going back allowed', committed: 'Committed mode: decisions are final' },
  classLocked: 'Tools locked by your teacher: {{tools}}',
  objectiveLocked: 'Cannot be met with your teacher’s link: it needs the “{{tool}}” tool, which the link locks.',
  objectiveHidden: 'Cannot be met with your teacher’s link: the tool it needs is not available.',
  objectiveHarderLocked: 'Harder with your teacher’s link: the “{{tool}}” tool, which helps with it, is locked.',
  objectiveHarderHidden: 'Harder with your teacher’s link: a tool that helps with it is not available.',
  otherShops: 'Other shops (not your teacher’s choice)',
  seedFixedHelp: 'Seed set by the class link: the whole class plays the same game.',
  seedTargets: 'Objectives adjusted for this session: the figure targets above (margin, active customers…) will change when the game starts, and the dashboard will say by how much.',
  linkOpened: 'Scenario received by link: “{{name}}”. It comes first on the home screen and opens in the scenario editor.',
  linkBroken: 'The scenario link cannot be opened: {{detail}}',
  linkBrokenAsk: 'The scenario link cannot be opened: {{detail}}. Ask your teacher for a new link',
};
