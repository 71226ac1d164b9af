/**
 * « Commerce vide, à remplir » in « Partir du scénario » (QA qa31lesson m3: a teacher starting a cheese shop of
 * her own had to clean the bakery: its chain competitor, its four bread product types, its summer events and its
 * objectives stayed, labels and ids included). A blank start leaves none of a template's story behind: no
 * competitor, no event, one product type and one objective, the editor's own new items (newItems.ts) the teacher
 * renames. The figures a shop cannot go without (customers' behaviour, budget, margin, service) are the first
 * shipped shop's, plain numbers the form explains field by field; the shop is valid as it opens.
 * Chosen over a « Retirer les concurrents et événements du modèle » button: that would leave the product types,
 * objectives, name and description of the template to clean still, the very list of m3.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { copyJson, newObjective, newProductType } from './newItems.ts';
import type { JsonObject } from './draftPath.ts';

export interface BlankTexts {
  name: string;
  description: string;
  sector: string;
  product: string;
  objective: string;
}

/** The id a blank shop opens with (a shipped shop's is refused: idCheck.ts). */
export const BLANK_ID = 'mon-commerce';

export function blankShop(template: Scenario, texts: BlankTexts): JsonObject {
  const figures = copyJson(template) as unknown as JsonObject;
  delete figures.name;
  delete figures.description;
  return {
    ...figures,
    id: BLANK_ID,
    name: { fr: texts.name },
    description: { fr: texts.description },
    sector: texts.sector,
    difficulty: 1,
    economics: { ...(figures.economics as JsonObject), productTypes: [newProductType([], texts.product)] },
    competitors: [],
    events: [],
    objectives: [newObjective([], texts.objective)],
  };
}
