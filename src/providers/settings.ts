/**
 * The settings every connector has, whatever its preset, as form data (conventions: schemas as
 * data). The designer renders the connector form from these followed by the preset's own
 * `settings`, so a provider never needs UI code.
 */
import { DUPLICATE_POLICIES } from '../domain/connector';
import { type SettingField } from './types';

const POLICY_LABELS: Record<(typeof DUPLICATE_POLICIES)[number], string> = {
  ignore: "Keep the first log's values; a later log of the call only fills what they lack",
  merge: 'A later log of the call updates its values (never blanking one)',
};

export const CONNECTOR_SETTINGS: readonly SettingField[] = [
  {
    key: 'defaultCountry',
    label: 'Default country',
    type: 'country',
    required: true,
    help: 'Numbers sent without a country code are read as numbers of this country.',
  },
  {
    key: 'timeZone',
    label: 'Time zone',
    type: 'timezone',
    required: true,
    help: "The zone of the provider's date-times that carry no offset.",
  },
  {
    key: 'duplicatePolicy',
    label: 'Duplicate call logs',
    type: 'select',
    required: true,
    options: DUPLICATE_POLICIES.map((value) => ({ value, label: POLICY_LABELS[value] })),
    help: 'What happens when a provider sends the log of the same call again. Other events of the call (status, recording, live) always add what they know.',
  },
  {
    key: 'createUnknownLeads',
    label: 'Create a lead for unknown callers',
    type: 'boolean',
    required: true,
    help: 'Otherwise a call from an unknown number is logged without a lead.',
  },
];
