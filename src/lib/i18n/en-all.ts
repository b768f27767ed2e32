/** The whole English catalogue in one object, for tests (the app loads it in two parts, see en.ts). */
import { en, type Catalogue } from './en';
import { enLazy } from './en-lazy';

export const enAll: Catalogue = { ...enLazy, ...en };
