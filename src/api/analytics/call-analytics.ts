/** Admin and ops API: call analytics for a range of local days, as JSON or as a CSV download. */
import { z } from 'zod';
import type { AnalyticsService } from '../../services/analytics';
import { analyticsCsv, analyticsCsvName } from '../../services/analytics-csv';
import { MAX_RANGE_DAYS } from '../../services/analytics-time';
import { endpoint } from '../http/endpoint';
import { objectId } from '../http/schemas';

const ADMIN_OPS = ['admin', 'ops'] as const;

const analyticsQuery = z.object({
  from: z.string().max(40).describe('First local day, YYYY-MM-DD'),
  to: z.string().max(40).describe(`Last local day, YYYY-MM-DD (inclusive; at most ${MAX_RANGE_DAYS} days after from)`),
  timeZone: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe("IANA zone of the days and hours; default: the filtered connector's, else the default connector's, else UTC"),
  connectorId: objectId.optional(),
  teamId: objectId.optional().describe("Calls taken by the team's members"),
  agentId: objectId.optional(),
});

const counts = {
  calls: z.number(),
  answered: z.number(),
  missed: z.number(),
  voicemail: z.number(),
  unknown: z.number().describe('Calls whose status no event gave'),
  answerRate: z.number().nullable().describe('answered / (answered + missed + voicemail), 0..1'),
};
const figures = z.object({
  ...counts,
  avgRingSeconds: z.number().nullable().describe('Over the calls with a ring time'),
  avgTalkSeconds: z.number().nullable().describe('Over the answered calls with a talk time'),
});
const named = figures.extend({ id: z.string().nullable(), name: z.string() });

const analyticsResponse = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  timeZoneSource: z.enum(['query', 'connector', 'default-connector', 'utc']),
  start: z.date().describe('The first local midnight, as an instant'),
  end: z.date().describe('The local midnight after the last day (exclusive)'),
  totals: figures,
  byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), ...counts })),
  byDay: z.array(z.object({ date: z.string(), ...counts })),
  byAgent: z.array(named),
  byTeam: z.array(named),
  byConnector: z.array(named),
});

export function makeAnalyticsEndpoints({ analytics }: { analytics: AnalyticsService }) {
  return [
    endpoint({
      method: 'get',
      path: '/api/analytics/calls',
      summary: 'Call analytics: volume by hour and day, outcomes, answer rate, ring and talk time, per agent, team and connector',
      tag: 'Analytics',
      access: ADMIN_OPS,
      query: analyticsQuery,
      response: analyticsResponse,
      errors: { 400: 'A bad date, range or time zone', 404: 'The connector, team or agent does not exist' },
      handler: async ({ query }) => analytics.calls(query),
    }),
    endpoint({
      method: 'get',
      path: '/api/analytics/calls/csv',
      summary: 'The same call analytics as a CSV download (text/csv)',
      tag: 'Analytics',
      access: ADMIN_OPS,
      query: analyticsQuery,
      errors: { 400: 'A bad date, range or time zone', 404: 'The connector, team or agent does not exist' },
      handler: async ({ query, res }) => {
        const report = await analytics.calls(query);
        res
          .status(200)
          .type('text/csv; charset=utf-8')
          .attachment(analyticsCsvName(report))
          .set('Cache-Control', 'no-store')
          .send(analyticsCsv(report));
        return undefined;
      },
    }),
    endpoint({
      method: 'get',
      path: '/api/analytics/options',
      summary: 'What call analytics can be filtered by: connectors (with their time zones), teams and agents',
      tag: 'Analytics',
      access: ADMIN_OPS,
      response: z.object({
        connectors: z.array(z.object({ id: z.string(), name: z.string(), timeZone: z.string(), isDefault: z.boolean() })),
        teams: z.array(z.object({ id: z.string(), name: z.string() })),
        agents: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
      handler: async () => analytics.options(),
    }),
  ];
}
