/**
 * The English catalogue, first part: the text the first page (the shell and the customer list)
 * shows, bundled with it. Everything else is in en-lazy.ts, loaded with the first part of the
 * app that is loaded on use (a dialog, a menu, another page) through components/lazy.tsx.
 * first-load.test.ts keeps the split honest: a key the list's code names must be here, and a key
 * here must be one the list's code names. English is the source language; components call
 * `t(key, vars)`. Names in ui-contract.md are a public interface: change them only with a
 * CHANGELOG note.
 */
import type { enLazy } from './en-lazy';

export const en = {
  // App shell: start-up, loading, crash and not-found pages (src/app).
  'app.name': 'Customers',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',
  /** A wide table's own scrolling region (ui-contract: the list's is "Customers table"). */
  'app.tableRegion': '{name} table',
  'app.chunkFailed': 'This part of the app could not be loaded. Check the connection and try again.',
  'app.pageFailed.title': 'This page could not be loaded',
  'app.pageFailed.retry': 'Try again',
  'app.starting': 'Starting the demo backend…',
  'app.mockFailed': 'The demo backend could not start: {message}',
  'app.crashed.title': 'Something went wrong',
  'app.crashed.body': 'The page hit an unexpected error. Your data is safe.',
  'app.crashed.reload': 'Reload page',
  'app.crashed.details': 'Error details',
  'app.notFound.title': 'Page not found',
  'app.notFound.body': 'There is nothing at this address.',
  'app.notFound.back': 'Go to customers',

  // Navigation bar, acting user and language (app/Layout).
  'nav.menu': 'Menu',
  'nav.main': 'Main',
  'nav.customers': 'Customers',
  'nav.outbox': 'Outbox',
  'nav.actingAs': 'Acting as {name}',
  'nav.role.admin': 'Admin',
  'nav.role.staff': 'Staff',
  'nav.role.staff_assigned': 'Staff (Assigned Customers Only)',
  'nav.language': 'Interface language',

  // Shared by several flows.
  'common.retry': 'Retry',
  'common.dismiss': 'Dismiss notification',
  'common.notifications': 'Notifications',

  // Designer tools (features/designer).
  'designer.open': 'Designer tools',

  // Customer list: views, search, table, selection, paging (features/customers/list).
  'list.title': 'Customers',
  'list.view': 'View',
  'list.view.all': 'All Customers',
  'list.view.active': 'Active Customers',
  'list.view.inactive': 'Inactive Customers',
  'list.view.duplicate': 'Duplicate Customers',
  'list.view.portal_enabled': 'Portal Enabled',
  'list.view.portal_disabled': 'Portal Disabled',
  'list.view.overdue': 'Overdue Customers',
  'list.view.unpaid': 'Unpaid Customers',
  'list.search': 'Search customers',
  'list.searchPlaceholder': 'Search name, company, email, phone  ( / )',
  'list.new': 'New Customer',
  'list.moreActions': 'More actions',
  'list.import': 'Import Customers',
  'list.export': 'Export Customers',
  'list.table': 'Customers',
  'list.col.name': 'Name',
  'list.col.company': 'Company Name',
  'list.col.email': 'Email',
  'list.col.phone': 'Work Phone',
  'list.col.receivables': 'Receivables',
  'list.col.credits': 'Unused Credits',
  'list.col.mobile': 'Mobile',
  'list.col.firstName': 'First Name',
  'list.col.lastName': 'Last Name',
  'list.col.type': 'Customer Type',
  'list.col.currency': 'Currency',
  'list.col.terms': 'Payment Terms',
  'list.col.owner': 'Customer Owner',
  'list.col.status': 'Status',
  'list.col.portal': 'Portal',
  'list.col.created': 'Created Time',
  'list.col.modified': 'Last Modified Time',
  'list.value.business': 'Business',
  'list.value.individual': 'Individual',
  'list.value.active': 'Active',
  'list.value.inactive': 'Inactive',
  'list.value.yes': 'Enabled',
  'list.value.no': 'Disabled',
  'list.columns': 'Columns',
  'list.columns.always': 'Always shown',
  'list.columns.reset': 'Reset columns',
  'list.columns.resize': 'Resize {column}',
  'list.sortByFirstName': 'Sort by First Name',
  'list.sortByLastName': 'Sort by Last Name',
  'list.selectAllPage': 'Select all',
  'list.selectRow': 'Select {name}',
  'list.selectAllMatching': 'Select all {count} customers',
  'list.allMatchingSelected': 'All {count} customers that match are selected.',
  'list.clearSelection': 'Clear selection',
  'list.selected': '{count} selected',
  'list.badge.inactive': 'Inactive',
  'list.badge.overdue': 'Overdue',
  'list.badge.portal': 'Portal',
  'list.badge.merged': 'Merged',
  'list.badge.unreadable': 'Unreadable',
  'list.unreadable.unnamed': 'Unnamed customer',
  'list.unreadable.message': "This customer's data could not be read.",
  'list.prev': 'Previous page',
  'list.next': 'Next page',
  'list.perPage': 'Rows per page',
  'list.range': '{from}–{to} of {total}',
  'list.pagination': 'Pagination',
  'list.loading': 'Loading customers…',
  'list.error': 'The customers could not be loaded: {message}',
  'list.empty.title': 'No customers yet',
  'list.empty.body': 'Create your first customer, or import a file of them.',
  'views.saved': 'Custom views',
  'views.new': 'New Custom View',
  'views.edit': 'Edit view',
  'views.loading': 'Custom view',
  'views.gone': 'The custom view you had open no longer exists or is no longer shared with you, so All Customers is shown.',
  'list.noMatch.title': 'No customers match',
  'list.noMatch.body': 'Nothing in {view} matches “{q}”.',
  'list.noMatch.view': 'There are no customers in {view}.',
  'list.noMatch.clear': 'Clear search',
  'list.noMatch.allView': 'Show all customers',

  // Bulk actions on a selection: toolbar, results, Delete, Assign Owner, Bulk Update (features/customers/list, bulk, bulk-update).
  'bulk.sendStatements': 'Send Statements',
  'bulk.printStatements': 'Print Statements',
  'bulk.update': 'Bulk Update',
  'bulk.merge': 'Merge',
  'bulk.assignOwner': 'Assign Owner',
  'bulk.more': 'More bulk actions',
  'bulk.enablePortal': 'Enable Portal',
  'bulk.markActive': 'Mark as Active',
  'bulk.markInactive': 'Mark as Inactive',
  'bulk.delete': 'Delete',
  'bulk.toolbar': 'Bulk actions',
  'bulk.tooManyIds': 'A bulk action takes at most {max} ticked customers. Select all matching customers instead, or tick fewer.',
  'bulk.role.delete': 'Only an admin can delete customers.',
  'bulk.role.merge': 'Only an admin can merge customers.',
  'bulk.role.owner': 'Only an admin can change customer owners.',

  // Statements: Statement tab, PDF toolbar, Email Statement, bulk Send / Print Statements (features/customers/detail, features/statements).
  'statement.bulk.tooMany': 'You can send statements to at most 25 customers at a time',

  // Merge customers and duplicate suggestions (features/customers/merge).
  'merge.alreadyMerged': 'This customer has already been merged into another one.',
  'merge.tooFew': 'Select at least two customers to merge.',
  'merge.tooMany': 'Merge works on at most {max} customers at a time.',

  // Demo backend notice (app/MockNotice).
  'notice.title': 'Notice',
} as const;

export type MessageKey = keyof typeof en | keyof typeof enLazy;
export type Catalogue = Record<MessageKey, string>;
