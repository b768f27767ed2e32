import { ErrorCode } from '../../../api/schemas';

/** Where each rule-code refusal belongs when the API did not name the field. */
export const codeField: Partial<Record<number, string>> = {
  [ErrorCode.duplicateName]: 'contact_name',
  [ErrorCode.currencyLocked]: 'currency_id',
  [ErrorCode.portalNeedsEmail]: 'is_portal_enabled',
  [ErrorCode.invalidOwner]: 'owner_id',
};
