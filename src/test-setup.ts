/**
 * Before every unit test file: the English text loaded on use is there, as it is in the app by the
 * time any part outside the first page renders (components/lazy.tsx waits for it).
 */
import { loadLazyText } from './lib/i18n';

await loadLazyText();
