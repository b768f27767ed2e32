/**
 * Every handler of the mock backend, in one list for the browser worker, Node tests and the
 * standalone HTTP server. Control endpoints come first (they bypass latency and failures).
 */
import { controlHandlers } from './control';
import { userHandlers } from './users';

export const handlers = [...controlHandlers, ...userHandlers];
