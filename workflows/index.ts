export * from './call-lifecycle';
export * from './provider-calls';
