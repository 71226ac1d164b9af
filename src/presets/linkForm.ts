/**
 * The class-link builder's form state and its conversion to presets (pure, unit-tested):
 * one choice per tool (available / locked / hidden), the seed as typed text.
 */
import { TOOLS, type Tool } from '../missions/tools.ts';
import type { Presets } from './presets.ts';

export type ToolState = 'open' | 'lock' | 'hide';

export interface LinkForm {
  shop: string;
  /** 0 = no mission (free play) */
  mission: number;
  seed: string;
  lang: '' | 'fr' | 'en';
  mode: '' | 'sandbox' | 'committed';
  tools: Record<Tool, ToolState>;
  display: 'standard' | 'projector' | 'contrast';
  reducedMotion: boolean;
}

export function emptyLinkForm(): LinkForm {
  return {
    shop: '',
    mission: 0,
    seed: '',
    lang: '',
    mode: '',
    tools: Object.fromEntries(TOOLS.map((t) => [t, 'open'])) as Record<Tool, ToolState>,
    display: 'standard',
    reducedMotion: false,
  };
}

/** The presets the form describes; a seed that is not a whole number in range is left out. */
export function formPresets(form: LinkForm): Presets {
  const seedText = form.seed.trim();
  const seed = /^\d{1,10}$/.test(seedText) && Number(seedText) <= 2 ** 31 - 1 ? Number(seedText) : undefined;
  return {
    ...(form.shop ? { shop: form.shop } : {}),
    ...(form.shop && form.mission > 0 ? { mission: form.mission } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(form.lang ? { lang: form.lang } : {}),
    ...(form.mode ? { mode: form.mode } : {}),
    lock: TOOLS.filter((t) => form.tools[t] === 'lock'),
    hide: TOOLS.filter((t) => form.tools[t] === 'hide'),
    ...(form.display !== 'standard' ? { display: form.display } : {}),
    ...(form.reducedMotion ? { motion: 'reduced' as const } : {}),
  };
}

/** The seed field holds something that is not a usable seed. */
export function seedInvalid(form: LinkForm): boolean {
  const text = form.seed.trim();
  return text !== '' && formPresets(form).seed === undefined;
}
