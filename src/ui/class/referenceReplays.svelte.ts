/**
 * The class view's replayer, counting the no-action games it is playing (the « sans action » reference
 * and the seed adjustment's games, results/noActionGame.ts sharedNoActionGame; not a learner's file
 * with no decision, whose replay is the same empty log but is that file's verification). Before the
 * first file is verified they can take seconds (QA qa15 F9: « 0 fichier vérifié sur 30 » looked
 * stuck); the import's progress says they are being played. One wrapper for the file verification and
 * the references alike, so that they keep sharing their games (sharedNoActionGame is kept per replayer).
 */
import { isSharedNoActionGame } from '../../results/noActionGame.ts';
import type { Replayer } from '../../results/replay.ts';

export class ReferenceReplays {
  /** no-action games being played now */
  playing = $state(0);
  readonly replay: Replayer;

  constructor(inner: Replayer) {
    this.replay = async (request) => {
      if (!isSharedNoActionGame(request)) return inner(request);
      this.playing += 1;
      try {
        return await inner(request);
      } finally {
        this.playing -= 1;
      }
    };
  }
}
