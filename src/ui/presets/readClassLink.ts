/**
 * The page's class link read and applied, or else the one the browser kept (rememberedClassLink.ts): language,
 * display and motion, the notice of ignored parameters, the mission path screen when the link names a mission
 * (ClassPresets.svelte). Fetched with the link's parser, only when the address has a query string or a link is
 * kept: a page opened by its plain address downloads neither (bench app-learner-js, issue 4).
 */
import { setLocale } from '../../i18n/locale.svelte.ts';
import type { Notices } from '../../app/notices.svelte.ts';
import { hrefOf, parseHash } from '../../app/routes.ts';
import type { ClassSettings } from '../../presets/classSettings.svelte.ts';
import { parsePresets, presetsToSearch, shopInLink, type KnownShops, type Presets } from '../../presets/presets.ts';
import { fromClassLink, runClassOf } from '../../presets/runClass.ts';
import { forgetClassLink, rememberClassLink } from '../../presets/rememberedClassLink.ts';
import { applyClassLink } from '../../presets/applyClassLink.ts';

export interface ClassLinkReading {
  /** the address's query string ('' when none) */
  search: string;
  /** the kept link's query string (rememberedClassLink), or null */
  kept: string | null;
  storage: Storage | null;
  settings: ClassSettings;
  notices: Notices;
  /** the shops and their number of missions, once the mission paths of the link's shop (if any) are loaded */
  shops: (shop: string | null) => Promise<KnownShops>;
}

export async function readClassLink({ search, kept, storage, settings, notices, shops }: ClassLinkReading): Promise<void> {
  const read = async (query: string) => parsePresets(query, await shops(shopInLink(query)));
  const here = search === '' ? null : await read(search);
  const deps = { notices, setLocale, root: document.documentElement };
  let presets: Presets;
  const hereClass = here === null ? null : runClassOf(here.presets);
  if (here && hereClass && fromClassLink(hereClass)) {
    // a class link: it replaces the one kept, for a visit by the plain address (QA qa12 F5), with its language (QA qa14 E1)
    rememberClassLink(storage, presetsToSearch({ ...hereClass, ...(here.presets.lang ? { lang: here.presets.lang } : {}) }));
    presets = applyClassLink(settings, here, deps);
  } else {
    // no link, or an address that sets nothing of the game (a shared shop, ?display=…): the kept link's game settings, if still readable
    const last = kept === null ? null : await read(kept);
    const lastClass = last === null ? null : runClassOf(last.presets);
    const usable = fromClassLink(lastClass);
    if (kept !== null && !usable) forgetClassLink(storage);
    const page = here ?? { presets: { lock: [], hide: [] }, problems: [], any: false };
    // the kept link's language, unless this address sets one (a language chosen since in the app was taken off it: LanguageSwitch.svelte)
    const lang = last?.presets.lang ? { lang: last.presets.lang } : {};
    presets = applyClassLink(settings, usable && lastClass ? { ...page, presets: { ...lang, ...page.presets, ...lastClass } } : page, deps, usable);
  }
  if (presets.shop && presets.mission && parseHash(window.location.hash).route === 'home') window.location.hash = hrefOf('missions', presets.shop);
}
