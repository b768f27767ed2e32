/** "?" on the list page: every keyboard shortcut of the page, in a dialog (ShortcutsButton.tsx opens it). */
import { Dialog } from '../../../components/ui/Dialog';
import { useT, type MessageKey } from '../../../lib/i18n';
import styles from './CustomerList.module.css';

const shortcuts: [keys: string, what: MessageKey][] = [
  ['/', 'list.shortcuts.search'],
  ['↓ ↑ · j k', 'list.shortcuts.move'],
  ['Home · End', 'list.shortcuts.ends'],
  ['Enter', 'list.shortcuts.open'],
  ['x · Space', 'list.shortcuts.toggle'],
  ['Page Down · Page Up', 'list.shortcuts.page'],
  ['← → · Shift', 'list.shortcuts.resize'],
  ['?', 'list.shortcuts.help'],
];

export function ShortcutsDialog({ open, onOpenChange: setOpen }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={setOpen} title={t('list.shortcuts.title')} description={t('list.shortcuts.description')}>
      <dl className={styles.shortcuts}>
        {shortcuts.map(([keys, what]) => (
          <div key={what}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
