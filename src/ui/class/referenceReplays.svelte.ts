/**
 * The class view's replayer, counting the no-action games it is playing (an empty decision log: the
 * « sans action » reference and the seed adjustment's games, results/noActionGame.ts). Before the
 * first file is verified they can take seconds (QA qa15 F9: « 0 fichier vérifié sur 30 » looked
 * stuck); the import's progress says they are being played. One wrapper for the file verification and
 * the references alike, so that they keep sharing their games (sharedNoActionGame is kept per replayer).
 */
import type { Replayer } from '../../results/replay.ts';

export class ReferenceReplays {
  /** no-action games being played now (a learner's file with no decision at all is the same game) */
  playing = $state(0);
  readonly replay: Replayer;

  constructor(inner: Replayer) {
    this.replay = async (request) => {
      if (request.decisions.length > 0) return inner(request);
      this.playing += 1;
      try {
        return await inner(request);
      } finally {
        this.playing -= 1;
      }
    };
  }
}
