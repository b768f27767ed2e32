/**
 * Scenario builders: deterministic datasets (same scenario, size, seed and anchor date → same
 * data). Every scenario, even `empty`, has the reference data (users, currencies, terms, price
 * lists, custom fields, templates, settings).
 */
import type { Scenario } from '../../src/api/schemas';
import type { Dataset } from '../db/types';
import { referenceData } from './reference';
import { buildDemo } from './demo';
import { buildLarge, buildLargeSliced } from './large';

export interface ScenarioOptions {
  size: number;
  seed: number;
  /** YYYY-MM-DD; invoice dates are placed relative to it so overdue states always exist. */
  anchorDate: string;
}

export function buildScenario(scenario: Scenario, opts: ScenarioOptions): Dataset {
  const base = referenceData();
  switch (scenario) {
    case 'empty':
      return base;
    case 'demo':
    case 'japanese':
      return buildDemo(base, opts, scenario === 'japanese');
    case 'large':
      return buildLarge(base, opts);
  }
}

/**
 * `buildScenario`, giving the page a turn (`pause`) every few thousand customers of a large
 * scenario; the others are small enough to build in one go. The result is the same dataset.
 */
export function buildScenarioSliced(scenario: Scenario, opts: ScenarioOptions, pause: () => Promise<void>): Promise<Dataset> {
  if (scenario === 'large') return buildLargeSliced(referenceData(), opts, pause);
  return Promise.resolve(buildScenario(scenario, opts));
}
