export * from './common';
export * from './text';
export * from './contact';
export * from './reference';
export * from './transactions';
export * from './mail';
export * from './bulk';
export * from './mock-control';
