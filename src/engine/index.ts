/**
 * The engine's public API (see the header of types.ts). Pure TypeScript: no DOM, no IndexedDB,
 * no Math.random, no clock; deterministic bit for bit (counter-based RNG, own exp/log).
 */
export { createSimulation, runSimulation, type CreateOptions, type RunOptions } from './simulation.ts';
export { stepSimulation } from './step.ts';
export { hashState } from './hash.ts';
export { modelFingerprint } from './modelFingerprint.ts';
export { cloneState, stateBytes, type SimState, type ProgrammeState } from './state.ts';
export { selectTarget } from './target.ts';
export { controlGroupSize } from './controlGroupSize.ts';
export { nextTickReserves, targetCostCurves, type ProgrammeReserve } from './budgetReserve.ts';
export { expectedComplaints } from './complaintForecast.ts';
export { customerRecord, visibleColumns, VISIBLE_FIELDS, type VisibleColumn } from './record.ts';
export { customerIdentity } from './identity.ts';
export { TOWNS } from './towns.ts';
export { customerEvents, type CustomerEvent } from './events.ts';
