/**
 * A 0–1 field (« entre 0 et 1 (0,55 pour 55 %) ») did not say what a valid value means: a teacher typing
 * 0,55 did not see that it is 55 %, nor that 55 would be refused (QA qa27editor minor 5). A valid share
 * is now echoed as « = 55 % » beside its field, in its description, in the page's language; only on fields
 * whose unit is a 0–1 share.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
/** the text, any space in it matching the typographic ones (Intl's narrow no-break space before « % ») */
const spaced = (text: string, end = '^') => new RegExp(`${end}${text.replace(/[()]/g, '\\$&').replace(/\s/g, '\\s')}$`);

async function retype(user: ReturnType<typeof userEvent.setup>, id: string, text: string): Promise<void> {
  await user.clear(field(id));
  await user.type(field(id), text);
}

describe('a 0–1 share echoed as a percentage', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => setLocale('fr'));

  it('says « = 55 % » for 0,55 as it is typed, nothing for 55 (refused), in the field’s description', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: scenario });
    const margin = field('ed-economics-marginRate');
    expect(margin).toHaveAccessibleDescription(spaced('entre 0 et 1 (0,55 pour 55 %) = 40 %'));

    await retype(user, 'ed-economics-marginRate', '0,55');
    expect(margin).toHaveAccessibleDescription(spaced('entre 0 et 1 (0,55 pour 55 %) = 55 %'));
    expect(screen.getByText(spaced('= 55 %'))).toBeVisible();
    await retype(user, 'ed-economics-marginRate', '0,125');
    expect(margin).toHaveAccessibleDescription(spaced('entre 0 et 1 (0,55 pour 55 %) = 12,5 %'));

    await retype(user, 'ed-economics-marginRate', '55');
    expect(margin).toHaveAccessibleDescription(/doit être compris entre 0 et 1/);
    expect(margin.getAttribute('aria-describedby')).not.toMatch(/percent/);
    expect(document.getElementById('ed-economics-marginRate-percent')).toBeNull();
  });

  it('on every 0–1 field, a competitor’s move and a rate objective’s target, not on other numbers', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: scenario });
    for (const [id, percent] of [
      ['ed-service-incidentRate', '2 %'],
      ['ed-service-complaintPropensity', '30 %'],
      ['ed-service-performance', '70 %'],
      ['ed-customers-initialSatisfaction-mean', '70 %'],
      ['ed-competitors-0-attractiveness', '20 %'],
      ['ed-objectives-0-target', '90 %'],
      ['ed-objectives-2-target', '15 %'],
    ])
      expect(field(id), id).toHaveAccessibleDescription(spaced(` = ${percent}`, ''));
    // a count, a multiplier, a number of periods: no percentage
    for (const id of ['ed-objectives-1-target', 'ed-durationTicks', 'ed-customers-initial', 'ed-economics-fixedCostsPerTick'])
      expect(field(id).getAttribute('aria-describedby') ?? '', id).not.toMatch(/percent/);

    // a competitor's move: its probability
    await user.click(screen.getByRole('button', { name: /^événement n° 1 · semaine 5 · Promotion/ }));
    expect(field('ed-competitors-0-events-0-intensity')).toHaveAccessibleDescription(spaced(' = 50 %', ''));

    // the same target on a count is not a share
    await user.selectOptions(field('ed-objectives-0-metric'), 'activeCustomers');
    expect(field('ed-objectives-0-target').getAttribute('aria-describedby') ?? '').not.toMatch(/percent/);
  });

  it('in English: « = 55% »', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: scenario });
    await retype(user, 'ed-economics-marginRate', '0.55');
    expect(field('ed-economics-marginRate')).toHaveAccessibleDescription('between 0 and 1 (0.55 for 55%) = 55%');
  });
});
