/** A menu button ("More actions"): `button` → `menu` of `menuitem`s, keyboard-navigable (Radix). */
import * as DM from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';
import styles from './Menu.module.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Why it is disabled: shown beside the item and read by screen readers. */
  reason?: string;
  destructive?: boolean;
}

export function Menu({ label, items, trigger }: { label: string; items: MenuItem[]; trigger?: ReactNode }) {
  return (
    <DM.Root>
      <DM.Trigger className="btn" aria-label={label}>
        {trigger ?? label} <span aria-hidden="true">▾</span>
      </DM.Trigger>
      <DM.Portal>
        <DM.Content className={styles.content} align="end" sideOffset={4}>
          {items.map((item) => (
            <DM.Item
              key={item.label}
              className={`${styles.item} ${item.destructive ? styles.destructive : ''}`}
              disabled={item.disabled}
              onSelect={item.onSelect}
              title={item.reason}
            >
              <span>{item.label}</span>
              {item.disabled && item.reason && <span className={styles.reason}>{item.reason}</span>}
            </DM.Item>
          ))}
        </DM.Content>
      </DM.Portal>
    </DM.Root>
  );
}
