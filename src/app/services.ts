/** Everything the app talks to outside the UI, injected into App.svelte (real ones in main.ts, in-process ones in tests). */
import type { Scenario } from '../scenario/schema.ts';
import type { CustomerSource } from '../ui/customers/customerSource.ts';
import type { EngineClient } from './engineClient.ts';
import type { RunLibrary } from './runLibrary.ts';
import type { RunStore } from './runStore.ts';
import type { GameSession } from './session.svelte.ts';
import type { BranchStore } from './whatif/branchStore.ts';

export interface AppServices {
  scenarios: Scenario[];
  engine: EngineClient;
  store: RunStore;
  /** the saved runs; null when there is no storage at all */
  library: RunLibrary | null;
  /** storage only lives as long as the tab (IndexedDB unavailable): the learner is told */
  inMemory?: boolean;
  /** storage faults that happen later (another tab upgraded, storage closed) */
  onFault?(listener: (error: unknown) => void): void;
  /** what-if branches of the saved runs; absent: the « Et si… ? » screen says it needs storage */
  branches?: BranchStore;
  /** the customer base of the run being played, at its current tick */
  customers(session: GameSession): CustomerSource;
}
