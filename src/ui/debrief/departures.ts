/**
 * Why customers left over the run: departures by cause accumulated over the ticks, largest first,
 * with their share and their place in the schéma de l'infidélité (the glossary card to read).
 */
import type { TickKpis } from '../../engine/types.ts';
import { DEPARTURE_CAUSES, type DepartureCause } from '../../engine/vocabulary.ts';
import type { ConceptId } from '../glossary/concepts.ts';

export interface CauseTotal {
  cause: DepartureCause;
  count: number;
  /** share of all departures, 0..1 (0 when nobody left) */
  share: number;
  concept: ConceptId;
}

/** The course card that explains each cause. */
export const CAUSE_CONCEPT: Record<DepartureCause, ConceptId> = {
  insatisfaction: 'satisfaction',
  manqueReconnaissance: 'reconnaissance',
  concurrence: 'schemaInfidelite',
  nouveaute: 'schemaInfidelite',
  // the customer compared our prices with the ones they had in mind (vocabulary.causeExplanation.prix)
  prix: 'prixReference',
  reclamationMalTraitee: 'gestionReclamations',
  naturel: 'cycleDeVie',
  inactivite: 'cycleDeVie',
};

/** Service incidents and complaints over the run: most dissatisfied customers never complain (QA teacher F9: 1 639 incidents, 182 complaints in a no-action bakery year). */
export interface SilentDissatisfaction {
  incidents: number;
  complaints: number;
  /** complaints ÷ incidents, 0..1 (0 without incident) */
  share: number;
}

export function silentDissatisfaction(kpis: readonly TickKpis[]): SilentDissatisfaction {
  let incidents = 0;
  let complaints = 0;
  for (const k of kpis) {
    incidents += k.incidents;
    complaints += k.complaints;
  }
  return { incidents, complaints, share: incidents > 0 ? complaints / incidents : 0 };
}

/** Departures by cause over `kpis`, largest first (ties in vocabulary order), causes with none left out. */
export function departuresByCause(kpis: readonly TickKpis[]): { total: number; causes: CauseTotal[] } {
  const counts = new Map<DepartureCause, number>(DEPARTURE_CAUSES.map((c) => [c, 0]));
  for (const k of kpis) for (const c of DEPARTURE_CAUSES) counts.set(c, (counts.get(c) ?? 0) + (k.departuresByCause[c] ?? 0));
  let total = 0;
  for (const n of counts.values()) total += n;
  const causes = DEPARTURE_CAUSES.map((cause) => {
    const count = counts.get(cause) ?? 0;
    return { cause, count, share: total > 0 ? count / total : 0, concept: CAUSE_CONCEPT[cause] };
  })
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || DEPARTURE_CAUSES.indexOf(a.cause) - DEPARTURE_CAUSES.indexOf(b.cause));
  return { total, causes };
}

/** Departures of one cause in ticks [from, to) of the run (tick numbers as in the KPIs). */
export function departuresBetween(kpis: readonly TickKpis[], cause: DepartureCause, from: number, to: number): number {
  let n = 0;
  for (const k of kpis) if (k.tick >= from && k.tick < to) n += k.departuresByCause[cause] ?? 0;
  return n;
}
