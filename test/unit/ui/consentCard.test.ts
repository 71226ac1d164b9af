/**
 * The glossary card « Consentement (RGPD) » must not state a rule the game does not apply (QA4 F9):
 * the law's exception for existing buyers (L34-5, soft opt-in) is not modelled, every customer needs
 * consent (src/engine/README.md, « Simplification »), so the card says Fidélis simplifies. Its short
 * definition (the « ? » pop-up) says how consent is obtained (F3).
 */
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../../src/i18n/locale.svelte.ts';
import { translate } from '../../../src/i18n/translate.ts';

describe('consent glossary card', () => {
  it('says the game simplifies the existing-customer exception, in French and English', async () => {
    await loadLocale('en');
    expect(translate('fr', 'glossaryCards.consentement.body')).toContain('Fidélis la simplifie et demande le consentement de tous les clients');
    expect(translate('en', 'glossaryCards.consentement.body')).toContain('Fidélis simplifies and asks every customer for consent');
  });

  it('its short definition says a data collection obtains consent', () => {
    expect(translate('fr', 'glossaryCards.consentement.short')).toContain('collecte de données');
    expect(translate('en', 'glossaryCards.consentement.short')).toContain('data collection');
  });
});
