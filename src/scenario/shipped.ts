/**
 * The scenarios shipped with the app (scenarios/*.json), checked and parsed at build time by
 * shippedBuild.ts (a broken file fails the build): the browser gets them ready, defaults applied,
 * without running the validator. Browser/Vite only: under plain Node the command line reads files
 * with src/cli/files.ts instead.
 */
import shipped from 'virtual:fidelis/shipped-scenarios';
import type { Scenario } from './schema.ts';

export interface ShippedScenario {
  /** file name, e.g. boulangerie-du-marche.json */
  file: string;
  scenario: Scenario;
}

export interface ShippedScenarios {
  /** the scenarios, sorted by difficulty then id */
  scenarios: ShippedScenario[];
}

/** The scenarios bundled with the app. */
export function shippedScenarios(): ShippedScenarios {
  return { scenarios: shipped };
}
