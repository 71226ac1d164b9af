/**
 * The name a shop made in the editor may not take (another shop's on the home page): the error
 * quotes the name in the language shown, the one the cards show (QA: in English it quoted the
 * French name), and names the field to change, by its label: the editor has another name field, the
 * one the draft is saved under (QA qa13 E1).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { takenNameProblems, type NamedShop } from '../../../src/ui/editor/idCheck.ts';

const bakery: NamedShop = { id: 'boulangerie-du-marche', name: { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' } };
const messages = (name: unknown, shops: readonly NamedShop[] = [bakery]) => takenNameProblems(name, 'ma-boulangerie', shops).map((p) => p.message);

describe('a name already on the home page', () => {
  afterEach(() => setLocale('fr'));

  it('is quoted in French in French', () => {
    expect(messages({ fr: 'Boulangerie du Marché', en: 'Market Square Bakery' })).toEqual([
      frenchText`le nom « Boulangerie du Marché » est déjà celui d’un commerce de la page d’accueil : donnez-en un autre dans « Nom » (Informations générales), pour que les élèves ne confondent pas les deux cartes ; « Nom sous lequel enregistrer » ne change pas ce nom`,
    ]);
  });

  it('is quoted in English in English, the English card’s name', async () => {
    await setLocale('en');
    expect(messages({ fr: ' boulangerie du marché ', en: 'Market Square Bakery' })).toEqual([
      'the name “Market Square Bakery” is already that of a shop on the home page: give another one in “Name” (General information), so that students do not mistake one card for the other; “Name to save under” does not change this name',
    ]);
  });

  it('without an English name on either side, the French one is what the English cards show', async () => {
    await setLocale('en');
    const plain: NamedShop = { id: 'ma-boutique', name: { fr: 'Ma boutique' } };
    expect(messages({ fr: 'Ma boutique' }, [plain])).toEqual([
      'the name “Ma boutique” is already that of a shop on the home page: give another one in “Name” (General information), so that students do not mistake one card for the other; “Name to save under” does not change this name',
    ]);
  });

  it('in English, only the French names alike: says it is the French name, and the other card’s English name', async () => {
    await setLocale('en');
    expect(messages({ fr: 'Boulangerie du Marché', en: 'The Lycée Bakery' })).toEqual([
      'the French name “Boulangerie du Marché” is already that of a shop on the home page (“Market Square Bakery” in English): give another one in “Name” (General information), so that students playing in French do not mistake one card for the other; “Name to save under” does not change this name',
    ]);
  });

  it('the shop being re-saved, or another name: nothing', () => {
    expect(takenNameProblems(bakery.name, bakery.id, [bakery])).toEqual([]);
    expect(messages({ fr: 'Boulangerie du Lycée', en: 'Market Square Bakery' })).toEqual([]);
  });
});
