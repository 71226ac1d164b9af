/** Period reports kept in memory for the event feed: by the session and by a read-only tab's follow (readOnlyFollow.ts). */
export const RECENT_REPORTS = 8;
