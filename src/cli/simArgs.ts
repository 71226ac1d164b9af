/**
 * The arguments of `npm run sim`: parsed from argv into a plain object, or a French message
 * saying what is wrong. Pure (no file access), so it is unit-tested without spawning.
 */
import { frenchText } from '../i18n/frenchSpacing.ts';

export interface SimArgs {
  scenario: string;
  /** undefined = the scenario's defaultSeed */
  seed?: number;
  /** undefined = the scenario's durationTicks */
  ticks?: number;
  decisions?: string;
  /** undefined = the scenario's customers.initial */
  customers?: number;
  json: boolean;
  help: boolean;
}

export type SimArgsResult = { ok: true; args: SimArgs } | { ok: false; error: string };

export const SIM_USAGE = frenchText`Utilisation : npm run sim -- --scenario scenarios/X.json [options]

Options :
  --scenario <fichier>    scénario JSON à simuler (obligatoire)
  --seed <N>              graine du hasard, entier de 0 à 2 147 483 647 (défaut : celle du scénario)
  --ticks <T>             nombre de périodes à simuler (défaut : la durée du scénario)
  --decisions <fichier>   journal de décisions JSON à rejouer (même format que l'application)
  --customers <C>         nombre de clients au départ (défaut : celui du scénario)
  --json                  imprime un seul document JSON { scenarioId, seed, ticks, customers, kpis, refused, stateHash }
  --help                  affiche cette aide

Le tableau et les messages numérotent les semaines (ou les mois) à partir de 1, comme l'application ;
le champ « tick » des fichiers JSON (décisions, document --json) compte à partir de 0 : semaine 1 = tick 0.`;

const VALUE_OPTIONS = ['scenario', 'seed', 'ticks', 'decisions', 'customers'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** `feminine`: the noun the message agrees with (« la graine doit être comprise », « le nombre … compris »). */
const INTEGER_LIMITS: Record<'seed' | 'ticks' | 'customers', { min: number; max: number; what: string; feminine: boolean }> = {
  seed: { min: 0, max: 2 ** 31 - 1, what: 'la graine', feminine: true },
  ticks: { min: 1, max: 10_000, what: 'le nombre de périodes', feminine: false },
  customers: { min: 1, max: 1_000_000, what: 'le nombre de clients', feminine: false },
};

const frenchNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

function parseInteger(option: 'seed' | 'ticks' | 'customers', raw: string): number | string {
  const { min, max, what, feminine } = INTEGER_LIMITS[option];
  if (!/^-?\d+$/.test(raw)) return frenchText`--${option} : ${what} doit être un nombre entier (reçu : « ${raw} »)`;
  const value = Number(raw);
  if (value < min) {
    const rule = min === 0 ? 'un entier positif ou nul' : `au moins ${frenchNumber.format(min)}`;
    return frenchText`--${option} : ${what} doit être ${rule} (reçu : ${raw})`;
  }
  if (value > max) {
    const between = `${feminine ? 'comprise' : 'compris'} entre ${frenchNumber.format(min)} et ${frenchNumber.format(max)}`;
    return frenchText`--${option} : ${what} doit être ${between} (reçu : ${raw})`;
  }
  return value;
}

/** Parse argv (without `node script`). Accepts `--name value` and `--name=value`. */
export function parseSimArgs(argv: readonly string[]): SimArgsResult {
  const values: Partial<Record<ValueOption, string>> = {};
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq === -1 ? undefined : eq);
      if (!(VALUE_OPTIONS as readonly string[]).includes(name)) return { ok: false, error: frenchText`option inconnue : ${arg}\n\n${SIM_USAGE}` };
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--')))
        return { ok: false, error: frenchText`--${name} : valeur manquante` };
      if (values[name as ValueOption] !== undefined) return { ok: false, error: `--${name} est donnée deux fois` };
      values[name as ValueOption] = value;
    } else return { ok: false, error: frenchText`argument inattendu : « ${arg} » (les options commencent par --)\n\n${SIM_USAGE}` };
  }
  if (help) return { ok: true, args: { scenario: values.scenario ?? '', json, help } };
  if (!values.scenario) return { ok: false, error: `--scenario est obligatoire\n\n${SIM_USAGE}` };
  const args: SimArgs = { scenario: values.scenario, json, help };
  if (values.decisions) args.decisions = values.decisions;
  for (const option of ['seed', 'ticks', 'customers'] as const) {
    const raw = values[option];
    if (raw === undefined) continue;
    const parsed = parseInteger(option, raw);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    args[option] = parsed;
  }
  return { ok: true, args };
}
