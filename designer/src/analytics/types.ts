/** The analytics screen's shapes, taken from the generated API types. */
import type { Answer, Query } from '../api/types';

export type CallAnalytics = Answer<'/api/analytics/calls', 'get'>;
export type AnalyticsOptions = Answer<'/api/analytics/options', 'get'>;
export type AnalyticsFilters = Query<'/api/analytics/calls', 'get'>;
export type NamedFigures = CallAnalytics['byAgent'][number];
export type VolumeRow = CallAnalytics['byHour'][number] | CallAnalytics['byDay'][number];
