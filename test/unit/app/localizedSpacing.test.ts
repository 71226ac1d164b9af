/**
 * Scenario texts (names, descriptions, objective labels, events) are written with ordinary spaces,
 * as the i18n messages are: their French side gets its typographic spaces at display (localized),
 * so « » » or « : » never starts a line; English is left alone, and the scenario data is untouched
 * (the class view fingerprints the whole scenario).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localized, localizedName } from '../../../src/app/localized.ts';
import { NBSP, NNBSP } from '../../../src/i18n/frenchSpacing.ts';
import { fingerprint } from '../../../src/results/fingerprint.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';
import { scenarioText } from '../../../src/ui/dashboard/scenarioText.ts';

describe('scenario texts in French typography', () => {
  it('spaces the French side at display, never the English one', () => {
    const label = { fr: 'Ne pas brader : au moins 30 % de marge ; « vraiment » ?', en: 'Do not sell cheap: at least 30 %; "really"?' };
    expect(localized(label, 'fr')).toBe(`Ne pas brader${NBSP}: au moins 30${NNBSP}% de marge${NNBSP}; «${NBSP}vraiment${NBSP}»${NNBSP}?`);
    expect(scenarioText(label, 'fr')).toBe(localized(label, 'fr'));
    expect(localized(label, 'en')).toBe(label.en);
    // no translation: the French text, spaced, in the English interface too
    expect(localized({ fr: 'Fidéliser : oui' }, 'en')).toBe(`Fidéliser${NBSP}: oui`);
    expect(localizedName('Au Pain Doré : chaîne', 'fr')).toBe(`Au Pain Doré${NBSP}: chaîne`);
    expect(localizedName('Golden Loaf: chain', 'en')).toBe('Golden Loaf: chain');
  });

  it('a shipped description keeps « » » off the start of a line, and the scenario itself is unchanged', () => {
    const scenario = scenarioSchema.parse(JSON.parse(readFileSync('scenarios/optique-lumiere.json', 'utf8')));
    const before = fingerprint(scenario);
    const shown = localized(scenario.description, 'fr');
    expect(scenario.description.fr).toMatch(/zéro »/);
    expect(shown).toContain(`zéro${NBSP}»`);
    expect(shown).not.toMatch(/ [:»;!?]/);
    expect(fingerprint(scenario)).toBe(before);
    expect(scenario.description.fr).not.toContain(NBSP);
  });
});
