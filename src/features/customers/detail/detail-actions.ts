/**
 * The detail page's "More actions", in ui-contract order. Each single-customer flow
 * (templates, reminders, email, clone, merge, owner, status, delete) registers its DetailAction
 * here under its id; an id with no action shows as disabled ("coming").
 */
import type { DetailAction } from '../../../components/extensions';
import { cloneAction } from '../clone';
import { deleteAction } from '../delete';
import { emailAction } from '../email';
import { mergeDetailAction } from '../merge/actions';
import { ownerAction } from '../owner';
import { remindersAction } from '../reminders';
import { statusAction } from '../status';
import { templatesAction } from '../templates';

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

export const detailActions: DetailAction[] = [
  templatesAction,
  remindersAction,
  emailAction,
  cloneAction,
  mergeDetailAction,
  ownerAction,
  statusAction,
  deleteAction,
];
