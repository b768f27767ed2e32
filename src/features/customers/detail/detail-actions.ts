/**
 * The detail page's "More actions", in ui-contract order. Each single-customer flow
 * (templates, reminders, email, clone, merge, owner, status, delete) registers its DetailAction
 * here under its id; an id with no action shows as disabled ("coming").
 */
import type { DetailAction } from '../../../components/extensions';

export const detailActionOrder = [
  'templates',
  'reminders',
  'email',
  'clone',
  'merge',
  'assign_owner',
  'status',
  'delete',
] as const;

export const detailActions: DetailAction[] = [];
