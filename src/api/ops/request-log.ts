/** Admin and ops API: the telephony request log (read-only). */
import { z } from 'zod';
import { REQUEST_OUTCOMES } from '../../domain/lifecycle';
import type { RequestLogReader } from '../../services/request-log';
import { endpoint } from '../http/endpoint';
import { objectId, paging } from '../http/schemas';

const ADMIN_OPS = ['admin', 'ops'] as const;

export function makeRequestLogEndpoints({ requestLogs }: { requestLogs: RequestLogReader }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/admin/request-logs',
      summary: 'Query the telephony request log',
      tag: 'Request log',
      access: ADMIN_OPS,
      query: paging.extend({
        connectorId: objectId.optional(),
        outcome: z.enum(REQUEST_OUTCOMES).optional(),
        direction: z.enum(['inbound', 'outbound']).optional(),
        kind: z.string().trim().max(60).optional(),
        from: z.coerce.date().optional(),
        to: z.coerce.date().optional(),
      }),
      response: z.object({
        items: z.array(
          z.looseObject({
            id: z.string(),
            connectorId: z.string().nullable(),
            createdAt: z.date(),
            direction: z.enum(['inbound', 'outbound']).optional(),
            kind: z.string(),
            method: z.string(),
            path: z.string(),
            query: z.string().optional(),
            contentType: z.string().optional(),
            body: z.string().optional(),
            bodyTruncated: z.boolean().optional(),
            status: z.number(),
            outcome: z.enum(REQUEST_OUTCOMES),
            errorCode: z.string().nullable(),
          }),
        ),
      }),
      handler: async ({ query }) => ({ items: await requestLogs.list(query) }),
    }),
  ];
}
