/** The teacher's class link builder (mission screen): the form, the copy button and the QR code. The notice a learner sees about the link is in presets.ts. */
import type { Messages } from '../fr.ts';

export const classLink: Messages['classLink'] = {
  intro: 'Prepare one link for the whole class: shop or mission, seed, language, mode, locked or hidden tools, display. Students open it and get these settings.',
  shopName: 'Shop for the class link',
  anyShop: 'Student’s choice',
  shopShippedOnly:
    'The shops you make in the scenario editor are listed here too, once saved in this browser (“Save”): their class link carries them along.',
  shopSavedToo:
    'The shops shipped with the app, and the ones you saved in this browser’s editor: the class link of an editor’s shop holds the whole shop, your students have nothing else to open.',
  shippedShops: 'Shops shipped with the app',
  savedShops: 'My shops (saved in this browser)',
  savedShopName: '{{name}} (saved as “{{saved}}”)',
  tooLongForQr: 'This link is too long for a QR code: send it by copy and paste (school platform, messaging).',
  saved: {
    making: 'Preparing the link…',
    carried:
      'This link holds the whole shop “{{name}}”: {{chars}} characters. Send it by copy and paste (school platform, messaging); a text message and some tools cut links this long. If you change this shop, make the link again and send it again: a game already started keeps the old version.',
    noQr: 'It is too long for a QR code.',
    tooBig: 'This shop is too large to fit in a link: export it from the editor and share the file.',
    failed: 'This browser cannot prepare this shop’s link: try an up-to-date browser.',
  },
  mission: 'Mission',
  noMission: 'None (free play)',
  missionsShippedOnly: 'Missions are played on the shops that come with the app: this shop is played as a free game.',
  seed: 'Seed',
  seedHelp: 'empty = the scenario’s seed',
  seedOtherThanDefault:
    'This shop’s objectives are set on its default seed ({{seed}}). With another seed, each figure objective (margin, turnover, active customers, recruits, budget) is adjusted when the game starts by what that seed gives with no action at all: a plan must beat “doing nothing” there by as much as on seed {{seed}}, and the dashboard says how far the target moved. Measured satisfaction and rates are not adjusted. To compare students, keep one seed for the whole class.',
  seedOtherThanDefaults:
    'Each shop’s objectives are set on its own default seed. With another seed, each figure objective (margin, turnover, active customers, recruits, budget) is adjusted when the game starts by what that seed gives with no action at all: a plan must beat “doing nothing” there by as much as on the shop’s seed, and the dashboard says how far the target moved. Measured satisfaction and rates are not adjusted. To compare students, keep one seed for the whole class.',
  lang: 'Language',
  langDefault: 'Student’s own choice',
  langName: { fr: 'Français', en: 'English' },
  mode: 'Mode',
  tools: 'Tools',
  toolState: { open: 'available', lock: 'locked', hide: 'hidden' },
  toolLegend: 'Tool “{{tool}}”',
  display: 'Display',
  displayName: { standard: 'Standard', projector: 'Projector (large text, strong contrast)', contrast: 'High contrast' },
  motion: 'Reduced motion',
  link: 'Class link',
  copy: 'Copy the link for my class',
  copied: 'Link copied to the clipboard.',
  copyFailed: 'Could not copy: select the link and copy it by hand.',
  qrShow: 'Show large with a QR code',
  qrTitle: 'Class link',
  qrHelp: 'Scan this code with the tablet’s or phone’s camera, or type the link below.',
  qrLabel: 'QR code of the class link',
  qrTooLong: 'This link is too long for a QR code: copy it and share it another way (school platform, e-mail).',
  qrLocal: 'Careful: this address only opens on this computer (a local file or local server). For the students’ tablets, publish Fidélis on the school platform or a school server and make the link from that address.',
  qrClose: 'Close',
};
