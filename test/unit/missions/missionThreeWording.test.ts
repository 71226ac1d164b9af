/**
 * Mission 3's English objective chained two « and »: « Choose a complaint policy … and confirm it with “Apply this
 * policy” and run a satisfaction questionnaire … » (QA qa28en m13). The two steps are now « …, then run … ».
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(__dirname, '../../../scenarios/missions');
const paths = readdirSync(dir).filter((file) => file.endsWith('.json'));

describe('mission 3’s English objective', () => {
  it.each(paths)('%s: its two steps are not joined by a second « and »', (file) => {
    const path = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as { missions: { id: string; objective: { en?: string }[] }[] };
    const mission = path.missions.find((m) => m.id === 'ecouter-les-clients')!;
    const text = mission.objective.map((part) => part.en ?? '').join('');
    expect(text).toContain('“Apply this policy”, then run a satisfaction questionnaire');
    expect(text).not.toContain('policy” and run');
  });
});
