/** The console's shapes: the pushed events are the server's own types; the rest come from the API's answers. */
import type { paths } from '../api/schema';
export type { AgentEvent, CallSummary, LeadSummary } from '../../../src/realtime/types';

type Ok<P extends keyof paths, M extends 'get' | 'put' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type AgentStateAnswer = Ok<'/api/agent/state', 'get'>;
export type RecentCall = Ok<'/api/agent/calls', 'get'>['items'][number];
export type DispositionOptions = Ok<'/api/agent/disposition-options', 'get'>;
export type AgentPanel = Ok<'/api/agent/panels', 'get'>['items'][number];
export type VirtualNumbers = Ok<'/api/agent/virtual-numbers', 'get'>;
