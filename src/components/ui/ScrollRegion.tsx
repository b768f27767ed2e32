/**
 * A table (or anything wide) that scrolls sideways inside its own region, so the page never
 * does on a narrow screen. The region is focusable, so keyboard users can scroll it too.
 */
import type { ReactNode } from 'react';
import styles from './ScrollRegion.module.css';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrollable region must be reachable by keyboard (axe scrollable-region-focusable).
    <div role="region" aria-label={label} tabIndex={0} className={styles.scroll}>
      {children}
    </div>
  );
}
