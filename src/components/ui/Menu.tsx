/**
 * A menu button ("More actions"): `button` → `menu` of `menuitem`s, keyboard-navigable. Radix
 * does the work (MenuRadix.tsx) but is loaded only when a menu is first opened (preloaded on
 * hover or focus), so the list's first load does not carry Radix, Popper and Floating UI.
 * Until then the trigger is a plain button with the same name and look.
 */
import { useState, type ReactNode } from 'react';
import { lazyLoad, preloadable } from '../lazy';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Why it is disabled: shown beside the item and read by screen readers. */
  reason?: string;
  destructive?: boolean;
  /** A `menuitemcheckbox`: shows its state, and choosing it leaves the menu open. */
  checked?: boolean;
}

export interface MenuProps {
  label: string;
  items: MenuItem[];
  trigger?: ReactNode;
  /** Called each time the menu opens. */
  onOpen?: () => void;
}

type RadixProps = MenuProps & { viaKeyboard: boolean };
/** One download for hover, focus and click. */
const { load, preload } = preloadable(() => import('./MenuRadix').then((m) => m.RadixMenu));
const RadixMenu = lazyLoad<RadixProps>(load);

export function Menu(props: MenuProps) {
  /** How the first opening happened (null: not yet opened, placeholder shown). */
  const [opened, setOpened] = useState<null | 'pointer' | 'keyboard'>(null);
  const placeholder = (
    <button
      type="button"
      className="btn"
      aria-label={props.label}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={preload}
      onFocus={preload}
      // detail 0: the click came from Enter or Space.
      onClick={(e) => {
        props.onOpen?.();
        setOpened(e.detail === 0 ? 'keyboard' : 'pointer');
      }}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') {
          e.preventDefault();
          props.onOpen?.();
          setOpened('keyboard');
        }
      }}
    >
      {props.trigger ?? props.label} <span aria-hidden="true">▾</span>
    </button>
  );
  if (!opened) return placeholder;
  return <RadixMenu {...props} viaKeyboard={opened === 'keyboard'} loadFallback={placeholder} onLoadFailed={() => setOpened(null)} />;
}
