export * from './call-lifecycle';
