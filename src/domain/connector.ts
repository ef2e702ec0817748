/** The choices a connector's settings offer. */

/** A call log for a call that already has an activity: `ignore` lets it only fill gaps, `merge` lets its values replace earlier ones. */
export const DUPLICATE_POLICIES = ['ignore', 'merge'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

/** What a routed call belongs to: the caller's lead, or an open opportunity on it. */
export const ROUTING_MODES = ['lead', 'opportunity'] as const;
/** Who takes a caller nobody owns: nobody, a fixed agent, or the provider's queue. */
export const ROUTE_FALLBACKS = ['none', 'agent', 'queue'] as const;
/** How the route answer names the agent. */
export const ROUTE_FORMATS = ['json', 'agent-phone', 'agent-id', 'agent-email'] as const;
/** Whether a follow-up (task or custom activity) after a disposition is off, offered or required. */
export const FOLLOW_UP_MODES = ['off', 'optional', 'mandatory'] as const;

/** How a mapping version came to be: with the connector, published from a draft, a rollback, or an API write. */
export const VERSION_SOURCES = ['created', 'published', 'rollback', 'api'] as const;

/** What an agent panel's iframe may be allowed to use (its `allow` attribute). */
export const AGENT_PANEL_PERMISSIONS = [
  'microphone',
  'camera',
  'geolocation',
  'autoplay',
  'clipboard-read',
  'clipboard-write',
  'display-capture',
  'fullscreen',
] as const;
