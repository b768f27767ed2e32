import { ComingSoon } from '../ComingSoon';

/** Placeholder until its issue lands. */
export default function ImportPage() {
  return <ComingSoon title="Import Customers" />;
}
