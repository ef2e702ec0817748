export * from './call-lifecycle';
export * from './provider-calls';
export { providerSessionId } from './call-handlers';
