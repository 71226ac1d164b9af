/**
 * Generated French identities (first name, last name, age, town) for the customer cards.
 * A pure function of (seed, customer id) through the counter-based RNG, with fixed lists:
 * customer 42 has the same identity whatever the size of the base.
 */
import { STREAMS, uniformAt } from './rng.ts';
import type { CustomerIdentity } from './types.ts';

export const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Emma',
  'Inès',
  'Sarah',
  'Julie',
  'Lucie',
  'Anaïs',
  'Marie',
  'Nathalie',
  'Isabelle',
  'Sylvie',
  'Catherine',
  'Christine',
  'Sophie',
  'Valérie',
  'Sandrine',
  'Céline',
  'Aurélie',
  'Laura',
  'Pauline',
  'Clara',
  'Jade',
  'Louise',
  'Alice',
  'Lina',
  'Zoé',
  'Mathilde',
  'Monique',
  'Françoise',
  'Jacqueline',
  'Nicole',
  'Martine',
  'Yasmine',
  'Fatima',
  'Nadia',
  'Amina',
  'Élodie',
  'Lucas',
  'Hugo',
  'Louis',
  'Nathan',
  'Thomas',
  'Léo',
  'Gabriel',
  'Arthur',
  'Jules',
  'Adam',
  'Nicolas',
  'Julien',
  'Pierre',
  'Philippe',
  'Michel',
  'Alain',
  'Patrick',
  'Christophe',
  'Stéphane',
  'Laurent',
  'Sébastien',
  'Olivier',
  'David',
  'Frédéric',
  'Éric',
  'Antoine',
  'Maxime',
  'Alexandre',
  'Romain',
  'Kevin',
  'Mohamed',
  'Karim',
  'Mehdi',
  'Yanis',
  'Rayan',
  'Bernard',
  'Jean',
  'Daniel',
  'Paul',
  'Théo',
] as const;

export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Lefebvre',
  'Leroy',
  'Roux',
  'David',
  'Bertrand',
  'Morel',
  'Fournier',
  'Girard',
  'Bonnet',
  'Dupont',
  'Lambert',
  'Fontaine',
  'Rousseau',
  'Vincent',
  'Muller',
  'Lefèvre',
  'Faure',
  'André',
  'Mercier',
  'Blanc',
  'Guérin',
  'Boyer',
  'Garnier',
  'Chevalier',
  'François',
  'Legrand',
  'Gauthier',
  'Garcia',
  'Perrin',
  'Robin',
  'Clément',
  'Morin',
  'Nicolas',
  'Henry',
  'Roussel',
  'Mathieu',
  'Gautier',
  'Masson',
  'Marchand',
  'Duval',
  'Denis',
  'Dumont',
  'Marie',
  'Lemaire',
  'Noël',
  'Meyer',
  'Dufour',
  'Meunier',
  'Brun',
  'Blanchard',
  'Giraud',
  'Joly',
  'Rivière',
  'Lucas',
  'Brunet',
  'Gaillard',
  'Barbier',
  'Arnaud',
  'Martinez',
  'Gérard',
  'Roche',
  'Renard',
  'Schmitt',
  'Roy',
  'Leroux',
  'Colin',
  'Vidal',
  'Caron',
  'Benali',
  'Haddad',
  'Nguyen',
  'Diallo',
  'Lopez',
  'Fernandes',
  'Da Silva',
  'Bouvier',
  'Renaud',
  'Perrot',
] as const;

/** Relative weights of the towns (the shop's own town first, neighbours farther away smaller). */
const TOWN_WEIGHTS = [30, 14, 12, 10, 8, 6, 5, 4, 4, 3, 2, 2];
const TOWN_TOTAL = TOWN_WEIGHTS.reduce((a, b) => a + b, 0);
/** Customers are adults from 18 to 87. */
const AGE_MIN = 18;
const AGE_SPAN = 70;

function pick(u: number, length: number): number {
  return Math.min(length - 1, Math.floor(u * length));
}

export function customerIdentity(seed: number, i: number): CustomerIdentity {
  const first = FIRST_NAMES[pick(uniformAt(seed, i, 0, STREAMS.identity, 0), FIRST_NAMES.length)];
  const last = LAST_NAMES[pick(uniformAt(seed, i, 0, STREAMS.identity, 1), LAST_NAMES.length)];
  // triangular-ish age: mean of two uniforms
  const age =
    AGE_MIN + Math.floor(((uniformAt(seed, i, 0, STREAMS.identity, 2) + uniformAt(seed, i, 0, STREAMS.identity, 3)) / 2) * AGE_SPAN);
  let w = uniformAt(seed, i, 0, STREAMS.identity, 4) * TOWN_TOTAL;
  let town = 0;
  while (town < TOWN_WEIGHTS.length - 1 && w >= TOWN_WEIGHTS[town]) w -= TOWN_WEIGHTS[town++];
  return { firstName: first, lastName: last, age, town };
}

/** Town of customer i (used by targets on towns without building the whole identity). */
export function customerTown(seed: number, i: number): number {
  let w = uniformAt(seed, i, 0, STREAMS.identity, 4) * TOWN_TOTAL;
  let town = 0;
  while (town < TOWN_WEIGHTS.length - 1 && w >= TOWN_WEIGHTS[town]) w -= TOWN_WEIGHTS[town++];
  return town;
}
