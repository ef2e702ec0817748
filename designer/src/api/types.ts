/**
 * Names for the shapes the screens use, all taken from the generated `schema.d.ts`: the answer or
 * request body of the operation that carries them. Nothing here is typed by hand.
 */
import type { paths } from './schema';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Responses<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R } ? R : never;
/** The JSON of an operation's successful answer (200 or 201). */
export type Answer<P extends keyof paths, M extends Method> = Json<
  Responses<P, M>[200 & keyof Responses<P, M>] | Responses<P, M>[201 & keyof Responses<P, M>]
>;
/** The JSON request body of an operation. */
export type Body<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
/** The query parameters of an operation. */
export type Query<P extends keyof paths, M extends Method> = paths[P][M] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;

type MappingRoute<R extends string> = `/api/admin/connectors/{id}/mappings/call-log${R}`;

// Errors (every documented error answer has this body)
export type ErrorBody = Json<Responses<'/api/auth/login', 'post'>[401]>;
export type ErrorDetail = ErrorBody['details'][number];

// Users, teams, presets, connectors
export type User = Answer<'/api/auth/me', 'get'>;
export type FullUser = Answer<'/api/admin/users', 'get'>['items'][number];
export type Team = Answer<'/api/admin/teams', 'get'>['items'][number];
export type Preset = Answer<'/api/admin/presets', 'get'>['items'][number];
export type SettingField = Answer<'/api/admin/presets/{presetId}/settings-schema', 'get'>['connector'][number];
export type Connector = Answer<'/api/admin/connectors/{id}', 'get'>;
/** A virtual number as the admin edits it (the connector's also say where each came from). */
export type VirtualNumber = NonNullable<Body<'/api/admin/connectors/{id}', 'patch'>['virtualNumbers']>[number];
export type WebhookUrls = Connector['webhookUrls'];
export type Revealed = Answer<'/api/admin/connectors/{id}/webhook-secret', 'post'>;
export type Usage = Answer<'/api/admin/connectors/{id}/usage', 'get'>;

// Mappings
export type CanonicalFields = Answer<'/api/admin/canonical-fields', 'get'>;
export type CanonicalField = CanonicalFields['items'][number];
export type MappingKindInfo = CanonicalFields['kinds'][number];
export type MappingKind = MappingKindInfo['kind'];
export type Preview = Answer<'/api/admin/mappings/preview', 'post'>;
export type FieldProblem = Preview['problems'][number];
export type PreviewEvent = Preview['events'][number];
export type Normalized = Preview['normalized'];
export type Fixture = Answer<MappingRoute<'/fixtures'>, 'get'>['items'][number];
/** A sample request as the designer edits it and a fixture stores it. */
export type Sample = Fixture['request'];
export type Expect = Fixture['expect'];
export type FixtureRun = Answer<MappingRoute<'/fixtures/run'>, 'post'>['results'][number];
export type FixtureRunAnswer = Answer<MappingRoute<'/fixtures/run'>, 'post'>;
/** The sample a kind's designer opens on: the latest accepted delivery, else the latest fixture. */
export type KeptSample = Answer<MappingRoute<'/sample'>, 'get'>;
export type ConsoleEventDoc = CanonicalFields['consoleEvents'][number];
export type Draft = Answer<MappingRoute<'/draft'>, 'get'>;
export type Checked = Pick<Answer<MappingRoute<'/draft'>, 'put'>, 'warnings' | 'checkedAgainst'>;
export type PathWarning = Checked['warnings'][number];
export type Version = Answer<MappingRoute<'/versions'>, 'get'>['items'][number];
export type VersionDiff = Answer<MappingRoute<'/versions/diff'>, 'get'>;
export type RequestLogItem = Answer<'/api/admin/request-logs', 'get'>['items'][number];

// The provider API
export type ProviderView = Answer<'/api/admin/connectors/{id}/provider', 'get'>;
export type ProviderOperation = ProviderView['variants'][number]['operation'];
export type OperationConfig = ProviderView['variants'][number]['config'];
export type RequestTemplate = OperationConfig['request'];
export type BodyKind = NonNullable<RequestTemplate['body']>['kind'];
export type ResponseRule = OperationConfig['rules'][number];
export type CredentialField = ProviderView['credentials'][number];
export type ProviderTest = Answer<'/api/admin/connectors/{id}/provider/test', 'post'>;
export type DidSyncResult = Answer<'/api/admin/connectors/{id}/did-sync', 'post'>;

// Route answers
export type RouteAnswerView = Answer<'/api/admin/connectors/{id}/route-answer', 'get'>;
export type RouteAnswer = NonNullable<RouteAnswerView['answer']>;
export type AnswerSource = RouteAnswerView['source'];
export type RoutePreview = Answer<'/api/admin/connectors/{id}/route-answer/preview', 'post'>;
export type SampleRequest = Omit<Body<'/api/admin/connectors/{id}/route-answer/preview', 'post'>, 'answer'>;

// Calls
export type CallActivity = Answer<'/api/admin/activities/{id}', 'get'>;
export type FieldSourceKind = NonNullable<CallActivity['fieldSources']>[string];
export type CallFilters = Query<'/api/admin/activities', 'get'>;
export type CallTimeline = Answer<'/api/ops/calls/{workflowId}', 'get'>;
export type TimelineEntry = CallTimeline['state']['timeline'][number];
export type TimelineKind = TimelineEntry['kind'];

// Ops
export type FailedStep = Answer<'/api/ops/failed-steps', 'get'>['items'][number];
export type FailedStepFilters = Query<'/api/ops/failed-steps', 'get'>;
export type StepDecisionResult = Answer<'/api/ops/failed-steps/decisions', 'post'>['results'][number];
export type RequestLogFilters = Query<'/api/admin/request-logs', 'get'>;
export type RequestLogEntry = Answer<'/api/admin/request-logs/{id}', 'get'>;
export type Rerun = Answer<'/api/admin/request-logs/{id}/rerun', 'post'>;
