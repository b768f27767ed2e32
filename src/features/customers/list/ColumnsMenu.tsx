import { Menu, type MenuItem } from '../../../components/ui/Menu';
import { useT } from '../../../lib/i18n';
import { NAME_COLUMN } from './columns';
import type { ListColumns } from './use-columns';

/** `button` "Columns": a `menuitemcheckbox` per column; the choice is kept per user and view. */
export function ColumnsMenu({ columns }: { columns: ListColumns }) {
  const t = useT();
  const shown = new Set<string>(columns.shown.map((c) => c.id));
  const items: MenuItem[] = columns.all.map((c) => ({
    label: c.label,
    checked: shown.has(c.id),
    disabled: c.id === NAME_COLUMN,
    reason: c.id === NAME_COLUMN ? t('list.columns.always') : undefined,
    onSelect: () => columns.toggle(c.id),
  }));
  if (columns.customized) items.push({ label: t('list.columns.reset'), onSelect: columns.reset });
  return <Menu label={t('list.columns')} items={items} onOpen={columns.wantAll} />;
}
