/**
 * What the agent console reads besides the live call: the agent's recent calls, a connector's
 * disposition choices, and the agent panels (iframe URLs with mail-merge values) the agent may see.
 */
import { toCountryCode } from '../call/phone';
import { type Models, Types } from '../db/models';
import { compileCheck, renderString, translateMailMerge } from '../outbound';
import { buildMergeValues } from './merge-values';
import { invalidField, notFound } from './required';

export interface AgentPanelSettings {
  enabled: boolean;
  url: string;
  title: string;
  width: number;
  height: number;
  permissions: string[];
  showOnTop: boolean;
  hideScaleButtons: boolean;
}

export const DEFAULT_AGENT_PANEL: AgentPanelSettings = {
  enabled: false,
  url: '',
  title: 'Agent panel',
  width: 400,
  height: 500,
  permissions: [],
  showOnTop: false,
  hideScaleButtons: false,
};

/** The panel's values for one call: who, which lead, which numbers. */
export interface PanelCall {
  connectorId: string;
  agentUserId: string;
  leadId: string | null;
  customerNumber: string | null;
  virtualNumber: string | null;
  callSessionId: string;
}

export interface RecentCall {
  id: string;
  workflowId: string;
  connectorId: string;
  direction: string | null;
  status: string | null;
  customerNumber: string | null;
  virtualNumber: string | null;
  leadId: string | null;
  startTime: string | null;
  durationSeconds: number | null;
}

/** The panel's URL as a template: known merge fields only, never the connector's credentials or webhook URLs. */
export function checkPanelUrl(url: string): string {
  let template: string;
  try {
    template = translateMailMerge(url);
    const { paths } = compileCheck(template, 'url');
    const hidden = paths.find((p) => p.startsWith('credentials.') || p.startsWith('webhooks.'));
    if (hidden) throw new Error(`${hidden} may not be shown to agents`);
  } catch (err) {
    throw invalidField('body.url', err instanceof Error ? err.message : String(err));
  }
  return template;
}

export function makeAgentWorkspace({ models }: { models: Models }) {
  const { CallActivity, Connector, User } = models;

  async function recentCalls(userId: string, limit: number): Promise<RecentCall[]> {
    const docs = await CallActivity.find({ agentId: new Types.ObjectId(userId) })
      .sort({ startTime: -1, createdAt: -1 })
      .limit(limit)
      .lean();
    return docs.map((a) => {
      const inbound = a.direction !== 'Outbound';
      return {
        id: String(a._id),
        workflowId: a.workflowId,
        connectorId: String(a.connectorId),
        direction: a.direction ?? null,
        status: a.status ?? null,
        customerNumber: (inbound ? a.sourceNumber : a.destinationNumber) ?? null,
        virtualNumber: a.displayNumber ?? null,
        leadId: a.leadId ? String(a.leadId) : null,
        startTime: a.startTime ? a.startTime.toISOString() : null,
        durationSeconds: a.durationSeconds ?? null,
      };
    });
  }

  /** The connector's disposition choices and the follow-ups their modes ask for. */
  async function dispositionOptions(connectorId: string) {
    const c = await Connector.findById(connectorId, { name: 1, lifecycle: 1 });
    if (!c) throw notFound('Connector', connectorId);
    const d = c.toObject().lifecycle?.disposition;
    return {
      connectorId,
      connectorName: c.name,
      values: d?.values ?? [],
      requiredBeforeNextCall: d?.requiredBeforeNextCall ?? false,
      task: { mode: d?.task?.mode ?? 'off' },
      customActivity: { mode: d?.customActivity?.mode ?? 'off', type: d?.customActivity?.type ?? 'Call disposition' },
    };
  }

  async function panelSettings(connectorId: string): Promise<AgentPanelSettings> {
    const c = await Connector.findById(connectorId, { agentPanel: 1 }).lean();
    if (!c) throw notFound('Connector', connectorId);
    return { ...DEFAULT_AGENT_PANEL, ...(c.agentPanel ?? {}), permissions: [...(c.agentPanel?.permissions ?? [])] };
  }

  async function savePanelSettings(connectorId: string, settings: AgentPanelSettings): Promise<AgentPanelSettings> {
    if (settings.url) checkPanelUrl(settings.url);
    if (settings.enabled && !settings.url) throw invalidField('body.url', 'required when the agent panel is enabled');
    const res = await Connector.updateOne({ _id: connectorId }, { $set: { agentPanel: settings } });
    if (res.matchedCount === 0) throw notFound('Connector', connectorId);
    return panelSettings(connectorId);
  }

  type ConnectorPanelDoc = {
    _id: unknown;
    name: string;
    teamIds?: unknown[];
    defaultCountry: string;
    timeZone: string;
    agentPanel?: Partial<AgentPanelSettings> | null;
  };
  const PANEL_FIELDS = { name: 1, teamIds: 1, agentPanel: 1, defaultCountry: 1, timeZone: 1 } as const;

  /**
   * The team mapping call routing uses: a connector with teams shows its panel to the members of one
   * of them; a connector without teams, to every agent.
   */
  function visibleTo(c: ConnectorPanelDoc, userTeamIds: readonly string[]): boolean {
    const teams = (c.teamIds ?? []).map(String);
    return teams.length === 0 || teams.some((t) => userTeamIds.includes(t));
  }

  /** One connector's panel with the agent's values (and the call's, when given) filled in, each URL-encoded. */
  async function render(c: ConnectorPanelDoc, agentUserId: string, call: PanelCall | null) {
    const panel = { ...DEFAULT_AGENT_PANEL, ...(c.agentPanel ?? {}) };
    const connectorId = String(c._id);
    const values = await buildMergeValues(models, {
      connectorId,
      defaultCountry: toCountryCode(c.defaultCountry) ?? 'IN',
      timeZone: c.timeZone,
      agentUserId,
      leadId: call?.leadId ?? null,
      customerNumber: call?.customerNumber ?? null,
      virtualNumber: call?.virtualNumber ?? null,
      callSessionId: call?.callSessionId ?? null,
    });
    return {
      connectorId,
      connectorName: c.name,
      onCall: call !== null,
      title: panel.title,
      url: renderString(checkPanelUrl(panel.url), 'url', values),
      width: panel.width,
      height: panel.height,
      permissions: [...(panel.permissions ?? [])],
      showOnTop: panel.showOnTop,
      hideScaleButtons: panel.hideScaleButtons,
    };
  }

  async function teamIdsOf(userId: string): Promise<string[]> {
    const user = await User.findById(userId, { teamIds: 1 }).lean();
    return (user?.teamIds ?? []).map(String);
  }

  /**
   * The panel for one call, its URL filled in (each value URL-encoded); null when the connector has
   * none, or its teams do not include the call's agent.
   */
  async function panelFor(call: PanelCall) {
    const [c, teams] = await Promise.all([
      Connector.findById(call.connectorId, PANEL_FIELDS).lean<ConnectorPanelDoc>(),
      teamIdsOf(call.agentUserId),
    ]);
    if (!c?.agentPanel?.enabled || !c.agentPanel.url || !visibleTo(c, teams)) return null;
    const { connectorId: _id, connectorName: _name, onCall: _on, ...panel } = await render(c, call.agentUserId, call);
    return panel;
  }

  /**
   * Every panel the agent may see, in or out of a call: the agent's own values filled in everywhere,
   * the call's too on the call's connector, which comes first; the rest by connector name.
   */
  async function panelsFor(agentUserId: string, call: PanelCall | null) {
    const [docs, teams] = await Promise.all([
      // Few connectors, and FerretDB scans for any filter but _id: filtering here costs nothing more.
      Connector.find({}, PANEL_FIELDS).lean<ConnectorPanelDoc[]>(),
      teamIdsOf(agentUserId),
    ]);
    const shown = docs
      .filter((c) => c.agentPanel?.enabled && c.agentPanel.url && visibleTo(c, teams))
      .sort((a, b) => {
        const first = Number(String(b._id) === call?.connectorId) - Number(String(a._id) === call?.connectorId);
        return first || a.name.localeCompare(b.name);
      });
    return Promise.all(shown.map((c) => render(c, agentUserId, call && String(c._id) === call.connectorId ? call : null)));
  }

  return { recentCalls, dispositionOptions, panelSettings, savePanelSettings, panelFor, panelsFor };
}

export type AgentWorkspace = ReturnType<typeof makeAgentWorkspace>;
