import { type CountryCode } from 'libphonenumber-js';

/** One field of a settings or credentials form, as data: the designer renders forms from these. */
export interface SettingField {
  key: string;
  label: string;
  type: 'text' | 'number' | 'boolean' | 'select' | 'country' | 'timezone';
  required: boolean;
  /** Write-only: shown as set or unset, never echoed back. */
  secret?: boolean;
  options?: readonly { value: string; label: string }[];
  help?: string;
}

/** Everything Patchcord knows about one provider, as data: its mappings and sensible defaults. */
export interface ProviderPreset {
  /** Stable id stored on connectors; never rename. */
  id: string;
  name: string;
  description: string;
  mappings: {
    /** JSONata expression from the provider's call-log webhook payload to canonical call fields. */
    callLog: string;
    /** From the agent-popup payload to `{ sessionId, callerNumber, agentNumber, virtualNumber, agentId, leadId, ivr }`. */
    popup?: string;
    /** From answered/hangup payloads to `{ sessionId, kind: 'answered' | 'hangup', at, answered }`. */
    callEvent?: string;
  };
  defaults: {
    defaultCountry: CountryCode;
    /** IANA zone of the provider's local date-times. */
    timeZone: string;
  };
  /** Provider-specific settings and credentials beyond the connector's own (src/providers/settings.ts). */
  settings?: readonly SettingField[];
}
