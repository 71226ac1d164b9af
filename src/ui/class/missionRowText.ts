/**
 * The texts of a mission file's row in the class view (ClassTable) and CSV (classCsv.ts): « Missions
 * réussies : 2 sur 6 (n° 1, 2) », then each mission attempted with its outcome, answer, how it is known
 * (confirmed by the replay or declared) and its date. Pure: the caller's translator.
 */
import { localized } from '../../app/localized.ts';
import type { MissionRow } from '../../results/missionRows.ts';
import { fileDate, type ClassTexts } from './classViewText.ts';

/** « Missions réussies : 2 sur 6 (n° 1, 2) » (« Aucune mission réussie sur 6 »); the older file's note when it does not say. */
export function missionsPassedText(tx: Pick<ClassTexts, 't'>, missions: MissionRow): string {
  if (missions.older || missions.total === null) return tx.t('classView.missions.older', { n: missions.current ?? '?' });
  if (missions.passed.length === 0) return tx.t('classView.missions.passedNone', { total: missions.total });
  return tx.t('classView.missions.passed', { count: missions.passed.length, list: missions.passed.join(', '), total: missions.total });
}

/**
 * A mission file's name from its mission on (« …mission-3-semaine-4.json »): the learner's and shop's part is the row's
 * already. Not classViewText.ts shortFileName, which keeps a set length of the end and could cut « mission » in two.
 */
function fromMissionOn(fileName: string): string {
  const at = fileName.lastIndexOf('mission-');
  return at > 0 ? `…${fileName.slice(at)}` : fileName;
}

/**
 * One line per mission attempted: « Mission 1, Lire la base clients : réussie (réponse 680, déclaré,
 * 2 déc. 2026, 10:10) », with why it is marked so (the row's tooltip: what the replay found, or why
 * it cannot check it).
 */
export function missionEntryLines(tx: ClassTexts, missions: MissionRow): { text: string; why: string }[] {
  return missions.attempted.map((m) => {
    const details = [
      ...(m.answer !== null ? [tx.t('classView.missions.answer', { answer: m.answer })] : []),
      m.confirmedBy ? tx.t('classView.missions.confirmedByFile', { file: fromMissionOn(m.confirmedBy.fileName) }) : tx.t(`classView.missions.check.${m.check}`),
      ...(fileDate(tx.locale, m.at) !== '' ? [fileDate(tx.locale, m.at)] : []),
    ];
    const text = tx.t('classView.missions.entry', {
      n: m.number,
      title: localized(m.title, tx.locale),
      outcome: tx.t(`classView.missions.outcome.${m.outcome}`),
      details: details.join(tx.t('app.listSeparator')),
    });
    return { text, why: tx.t(`classView.missions.why.${m.why}`) };
  });
}
