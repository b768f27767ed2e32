/**
 * A menu button ("More actions"): `button` → `menu` of `menuitem`s, keyboard-navigable. Radix
 * does the work (MenuRadix.tsx) but is loaded only when a menu is first opened (preloaded on
 * hover or focus), so the list's first load does not carry Radix, Popper and Floating UI.
 * Until then the trigger is a plain button with the same name and look.
 */
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** Why it is disabled: shown beside the item and read by screen readers. */
  reason?: string;
  destructive?: boolean;
}

export interface MenuProps {
  label: string;
  items: MenuItem[];
  trigger?: ReactNode;
}

let loading: Promise<{ default: ComponentType<MenuProps> }> | null = null;
const load = () => (loading ??= import('./MenuRadix'));
const RadixMenu = lazy(load);

export function Menu(props: MenuProps) {
  const [loaded, setLoaded] = useState(false);
  const placeholder = (
    <button
      type="button"
      className="btn"
      aria-label={props.label}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void load()}
      onFocus={() => void load()}
      onClick={() => setLoaded(true)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') {
          e.preventDefault();
          setLoaded(true);
        }
      }}
    >
      {props.trigger ?? props.label} <span aria-hidden="true">▾</span>
    </button>
  );
  if (!loaded) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <RadixMenu {...props} />
    </Suspense>
  );
}
