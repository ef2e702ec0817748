/** Who uses Patchcord and what an agent is doing. */

/** A user's role: admins design connectors, ops handle failed steps, agents take calls. */
export const ROLES = ['admin', 'ops', 'agent'] as const;
export type Role = (typeof ROLES)[number];

/** An agent's state between calls, kept per agent and pushed to the console. */
export const AGENT_STATUSES = ['free', 'ringing', 'on-call', 'wrap-up'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

/** Whether an agent takes calls: call routing never picks an agent who is away. */
export const AGENT_PRESENCES = ['available', 'away'] as const;
export type AgentPresence = (typeof AGENT_PRESENCES)[number];
