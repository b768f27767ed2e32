import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../../lib/i18n';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './columns';
import styles from './CustomerList.module.css';

const STEP = 16;

interface Props {
  label: string;
  width: number;
  onResize: (width: number) => void;
}

/**
 * A column's right edge: a focusable `separator` "Resize <column>" (the window-splitter
 * pattern) dragged with the pointer or moved with the arrow keys (Shift: bigger steps).
 */
export function ColumnResizer({ label, width, onResize }: Props) {
  const t = useT();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(drag.current.width + e.clientX - drag.current.x);
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const next = { ArrowLeft: width - step, ArrowRight: width + step, Home: MIN_COLUMN_WIDTH, End: MAX_COLUMN_WIDTH }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    onResize(next);
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('list.columns.resize', { column: label })}
      aria-valuenow={width}
      aria-valuemin={MIN_COLUMN_WIDTH}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      className={styles.resizer}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
