/**
 * The texts of a mission file's row in the class view (ClassTable) and CSV (classCsv.ts): « Missions
 * réussies : 2 sur 6 (n° 1, 2) », then each mission attempted with its outcome, answer, how it is known
 * (confirmed by the replay or declared) and its date. Pure: the caller's translator.
 */
import { localized } from '../../app/localized.ts';
import type { ClassRow } from '../../results/classComparison.ts';
import type { MissionCheck, MissionEntry, MissionRow } from '../../results/missionRows.ts';
import { fileDate, type ClassTexts } from './classViewText.ts';

/**
 * « Missions réussies : 2 sur 6 (n° 1, 2) » (« Aucune mission réussie sur 6 »), then the successes the replay did not
 * confirm, not counted (« ; réussite non confirmée par le rejeu, non comptée : n° 3 »); the older file's note when it does not say.
 */
export function missionsPassedText(tx: Pick<ClassTexts, 't'>, missions: MissionRow): string {
  if (missions.older || missions.total === null) return tx.t('classView.missions.older', { n: missions.current ?? '?' });
  const text =
    missions.passed.length === 0
      ? tx.t('classView.missions.passedNone', { total: missions.total })
      : tx.t('classView.missions.passed', { count: missions.passed.length, list: missions.passed.join(', '), total: missions.total });
  // a failed new attempt of a mission passed before: said, not « réussite non confirmée » (QA qa32optician m2); still not counted
  const retried = missions.attempted.filter((m) => m.retry).map((m) => m.number);
  const unconfirmed = missions.unconfirmed.filter((n) => !retried.includes(n));
  const said = unconfirmed.length === 0 ? text : tx.t('classView.missions.unconfirmed', { text, list: unconfirmed.join(', ') });
  return retried.length === 0 ? said : tx.t('classView.missions.unconfirmedRetry', { text: said, list: retried.join(', ') });
}

/**
 * A mission file's name from its mission on (« …mission-3-semaine-4.json »): the learner's and shop's part is the row's
 * already. Not classViewText.ts shortFileName, which keeps a set length of the end and could cut « mission » in two.
 */
function fromMissionOn(fileName: string): string {
  const at = fileName.lastIndexOf('mission-');
  return at > 0 ? `…${fileName.slice(at)}` : fileName;
}

/** Why a mission is marked as it is, naming the tool whose programme never acted when the why is about it (review21 n2). */
export function missionWhyText(t: ClassTexts['t'], m: Pick<MissionEntry, 'why' | 'tool'>): string {
  return t(`classView.missions.why.${m.why}`, m.tool ? { tool: t(`vocabulary.actionType.${m.tool}`) } : undefined);
}

/**
 * One line per mission attempted: « Mission 1, Lire la base clients : réussie (réponse 680, déclaré,
 * 2 déc. 2026, 10:10) », with why it is marked so (the row's tooltip: what the replay found, or why
 * it cannot check it).
 */
export function missionEntryLines(tx: ClassTexts, missions: MissionRow): { text: string; why: string }[] {
  return missions.attempted.map((m) => {
    const date = fileDate(tx.locale, m.at);
    // passed in the browser after more than one attempt, the file's run not passing it on the replay (QA qa32optician m2: « réussie —
    // non confirmée par le rejeu ; 17:23 » read as a refuted claim); which attempt passed the file does not say: « peut-être » (review22 m3)
    const details = m.retry
      ? [date !== '' ? tx.t('classView.missions.earlierAt', { date }) : tx.t('classView.missions.earlier'), tx.t('classView.missions.retryFailed')]
      : [
      ...(m.answer !== null ? [tx.t('classView.missions.answer', { answer: m.answer })] : []),
      m.confirmedBy ? tx.t('classView.missions.confirmedByFile', { file: fromMissionOn(m.confirmedBy.fileName) }) : tx.t(`classView.missions.check.${m.check}`),
      ...(date !== '' ? [date] : []),
    ];
    const text = tx.t('classView.missions.entry', {
      n: m.number,
      title: localized(m.title, tx.locale),
      outcome: tx.t(`classView.missions.outcome.${m.outcome}`),
      details: details.join(tx.t('app.listSeparator')),
    });
    return { text, why: missionWhyText(tx.t, m) };
  });
}

/**
 * A mission's outcome as the projector shows it, one mark a mission: passed, failed, or the file's own mission not finished.
 * `check`: a passed mission the replay did not confirm, only the learner's browser says so (declared) or the replay did not
 * reach it (replayNotConfirmed): the mark says so (QA: a ✓ alone read as verified). A failure is the browser's word always.
 */
export interface MissionMark {
  n: number;
  state: 'reussie' | 'echouee' | 'unfinished';
  check?: Extract<MissionCheck, 'declared' | 'replayNotConfirmed'>;
}

/**
 * The marks of a mission file's row on the projector (QA qa28class55 F1: the room reads « who passed which mission », not
 * one long line a mission): each mission attempted, in order, then the file's own mission when it was handed in before
 * its end. None for an older file, which does not say.
 */
export function missionMarks(missions: MissionRow): MissionMark[] {
  if (missions.older) return [];
  const marks: MissionMark[] = [...missions.attempted]
    .sort((a, b) => a.number - b.number)
    .map((m) => (m.outcome === 'reussie' && (m.check === 'declared' || m.check === 'replayNotConfirmed') ? { n: m.number, state: m.outcome, check: m.check } : { n: m.number, state: m.outcome }));
  if (missions.current !== null && !marks.some((m) => m.n === missions.current)) marks.push({ n: missions.current, state: 'unfinished' });
  return marks;
}

/** What a screen reader hears after a mark: « réussie, confirmée par le rejeu », « réussie, déclarée (non vérifiable) », « échouée ». */
export function markSaid(tx: Pick<ClassTexts, 't'>, mark: MissionMark): string {
  if (mark.state === 'unfinished') return '';
  const outcome = tx.t(`classView.missions.outcome.${mark.state}`);
  if (mark.state === 'echouee') return outcome;
  return tx.t('classView.missions.markSaid', { outcome, check: tx.t(`classView.missions.check.${mark.check ?? 'replayConfirmed'}`) });
}

/**
 * Whether a file whose own mission is not passed shows a higher net margin than one of the same mission that passed it
 * (QA qa28class55 F7): side by side, the room reads « doing nothing earned more », so the group says how a mission is judged.
 */
export function failedEarnsMore(rows: readonly Pick<ClassRow, 'missions' | 'netMargin'>[]): boolean {
  const played = rows.flatMap((row) =>
    row.missions && row.missions.current !== null && row.netMargin !== null
      ? [{ mission: `${row.missions.shop} ${row.missions.current}`, passed: row.missions.passed.includes(row.missions.current), margin: row.netMargin }]
      : [],
  );
  return played.some((failed) => !failed.passed && played.some((passed) => passed.passed && passed.mission === failed.mission && passed.margin < failed.margin));
}
