/** fake-indexeddb's side-effect entry (installs its IDB* classes as globals) ships without types. */
declare module 'fake-indexeddb/auto';
