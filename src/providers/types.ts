import { type CountryCode } from 'libphonenumber-js';

/** Everything Patchcord knows about one provider, as data: its mappings and sensible defaults. */
export interface ProviderPreset {
  /** Stable id stored on connectors; never rename. */
  id: string;
  name: string;
  description: string;
  mappings: {
    /** JSONata expression from the provider's call-log webhook payload to canonical call fields. */
    callLog: string;
  };
  defaults: {
    defaultCountry: CountryCode;
    /** IANA zone of the provider's local date-times. */
    timeZone: string;
  };
}
