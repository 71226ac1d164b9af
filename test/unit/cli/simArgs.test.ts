import { describe, expect, it } from 'vitest';
import { parseSimArgs } from '../../../src/cli/simArgs.ts';
import { frenchSpacing } from '../../../src/i18n/frenchSpacing.ts';

describe('sim command-line arguments', () => {
  it('reads every option, in both --name value and --name=value forms', () => {
    const r = parseSimArgs(['--scenario', 's.json', '--seed=12', '--ticks', '30', '--decisions', 'd.json', '--customers', '500', '--json']);
    expect(r).toEqual({ ok: true, args: { scenario: 's.json', seed: 12, ticks: 30, decisions: 'd.json', customers: 500, json: true, help: false } });
  });

  it('leaves seed, ticks and customers to the scenario when absent', () => {
    expect(parseSimArgs(['--scenario', 's.json'])).toEqual({ ok: true, args: { scenario: 's.json', json: false, help: false } });
  });

  it.each([
    [[], '--scenario est obligatoire'],
    [['--scenario'], '--scenario : valeur manquante'],
    [['--scenario', 's.json', '--seed', '-3'], '--seed : la graine doit être un entier positif ou nul (reçu : -3)'],
    [['--scenario', 's.json', '--ticks', '-3'], '--ticks : le nombre de périodes doit être au moins 1 (reçu : -3)'],
    [['--scenario', 's.json', '--customers', '-5'], '--customers : le nombre de clients doit être au moins 1 (reçu : -5)'],
    [['--scenario', 's.json', '--customers', '2000000'], '--customers : le nombre de clients doit être compris entre 1 et 1\u202f000\u202f000 (reçu : 2000000)'],
    [['--scenario', 's.json', '--seed', 'abc'], 'nombre entier'],
    [['--scenario', 's.json', '--ticks', '0'], '--ticks : le nombre de périodes doit être au moins 1 (reçu : 0)'],
    [['--scenario', 's.json', '--customers', '1.5'], '--customers : le nombre de clients doit être un nombre entier'],
    [['--scenario', 's.json', '--seed', '9999999999'], '--seed : la graine doit être comprise entre 0 et 2\u202f147\u202f483\u202f647 (reçu : 9999999999)'],
    [['--scenario', 's.json', '--vitesse', '2'], 'option inconnue : --vitesse'],
    [['--scenario', 'a.json', '--scenario', 'b.json'], 'donnée deux fois'],
    [['s.json'], 'argument inattendu : « s.json »'],
    [['--scenario', '--json'], '--scenario : valeur manquante'],
  ])('%j is refused: %s', (argv, message) => {
    const r = parseSimArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(frenchSpacing(message));
  });

  it('--help needs no scenario', () => {
    const r = parseSimArgs(['--help']);
    expect(r.ok && r.args.help).toBe(true);
  });
});
