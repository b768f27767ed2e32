/** Where the API lives. A real backend is used by building with VITE_API_BASE_URL set. */
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL || '/api/v3';

/** The mock control API (served by the embedded mock only). */
export const MOCK_CONTROL_URL: string = import.meta.env.VITE_MOCK_CONTROL_URL || '/__mock';

/** True when this build runs on the embedded mock backend. */
export const MOCKING_ENABLED: boolean = import.meta.env.VITE_API_MOCKING === 'enabled' && !import.meta.env.VITE_API_BASE_URL;

/**
 * Dispatched on `window` when the data changed outside this tab (another tab of the embedded
 * mock; a real backend's push channel could dispatch it too): the app refetches what it shows.
 */
export const DATA_CHANGED_EVENT = 'customers:data-changed';
