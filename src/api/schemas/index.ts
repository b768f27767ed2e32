/* The snapshot format is imported from ./snapshot directly (not through index.ts), so the app's first load never carries it. */
export * from './common';
export * from './text';
export * from './contact';
export * from './reference';
export * from './transactions';
export * from './mail';
export * from './bulk';
export * from './mock-control';
export * from './faults';
export * from './contact-ext';
export * from './import-mapping';
export * from './duplicate-check';
export * from './coerce';
export * from './params';
export * from './inputs';
export * from './responses';
export * from './customview';
