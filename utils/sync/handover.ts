/**
 * The plan settings as the last sync round left them, in `storage.local`: the background
 * cannot reach the pages' localStorage, so the next page's start-up path takes it from here.
 * A file of its own, so the start-up chunk carries this one name and nothing else of sync.
 */
export const SYNCED_PROFILE_STORAGE_KEY = 'syncedProfile';
