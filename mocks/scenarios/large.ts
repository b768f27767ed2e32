import type { Dataset } from '../db/types';
import type { ScenarioOptions } from './index';

/** TODO(helper): `size` generated customers. */
export function buildLarge(base: Dataset, _opts: ScenarioOptions): Dataset {
  return base;
}
