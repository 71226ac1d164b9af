/** What the 55-minute lesson plan (LessonPlan.svelte) follows of the class link being built beside it (ClassLinkBuilder.svelte). */
export interface LessonLink {
  /** the link plays a mission: the plan's steps are the missions'; without one, a free game's (QA qa31lesson m2) */
  mission: boolean;
  /** the link fits in a QR code, projected and scanned; else it is posted on the ENT (a shop of the editor's, QA qa31lesson m1) */
  qr: boolean;
}

/** The plan on its own (no builder beside it): the missions', projected as a QR code. */
export const MISSION_LESSON: LessonLink = { mission: true, qr: true };
