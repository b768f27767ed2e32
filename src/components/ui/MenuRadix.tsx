/** The Radix half of ui/Menu, loaded on the first open (see Menu.tsx). */
import { useEffect, useRef } from 'react';
import * as DM from '@radix-ui/react-dropdown-menu';
import type { MenuProps } from './Menu';
import styles from './Menu.module.css';

/**
 * Opened on mount: the first click happened on the placeholder button before this code loaded.
 * Opened from the keyboard, focus goes to the first item, as Radix does for its own trigger.
 */
export function RadixMenu({ label, items, trigger, viaKeyboard, onOpen }: MenuProps & { viaKeyboard: boolean }) {
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!viaKeyboard) return;
    const frame = requestAnimationFrame(() => content.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')?.focus());
    return () => cancelAnimationFrame(frame);
    // Only the opening that mounted this menu.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <DM.Root defaultOpen onOpenChange={(open) => open && onOpen?.()}>
      <DM.Trigger className="btn" aria-label={label}>
        {trigger ?? label} <span aria-hidden="true">▾</span>
      </DM.Trigger>
      <DM.Portal>
        <DM.Content ref={content} className={styles.content} align="end" sideOffset={4}>
          {items.map((item) =>
            item.checked !== undefined ? (
              <DM.CheckboxItem
                key={item.label}
                className={`${styles.item} ${styles.checkItem}`}
                checked={item.checked}
                disabled={item.disabled}
                title={item.reason}
                // Leave the menu open: several columns are usually changed at once.
                onSelect={(e) => {
                  e.preventDefault();
                  item.onSelect();
                }}
              >
                <span>
                  <span className={styles.checkMark} aria-hidden="true">
                    {item.checked ? '✓' : ''}
                  </span>
                  {item.label}
                </span>
                {item.disabled && item.reason && <span className={styles.reason}>{item.reason}</span>}
              </DM.CheckboxItem>
            ) : (
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
            ),
          )}
        </DM.Content>
      </DM.Portal>
    </DM.Root>
  );
}
