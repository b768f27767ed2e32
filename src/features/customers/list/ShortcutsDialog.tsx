/** "?" on the list page: every keyboard shortcut of the page, in a dialog. */
import { useEffect, useState } from 'react';
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
  ['?', 'list.shortcuts.help'],
];

const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function ShortcutsDialog() {
  const t = useT();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target) && !document.querySelector('[role="dialog"],[role="alertdialog"]')) {
        e.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
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
