import { ImportWizard } from '../../features/import/ImportWizard';

/** /customers/import: the import wizard (its own lazy route chunk; SheetJS only in its worker). */
export function ImportPage() {
  return <ImportWizard />;
}
