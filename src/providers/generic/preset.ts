import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ProviderPreset } from '../types';

export const genericPreset: ProviderPreset = {
  id: 'generic',
  name: 'Generic (standard format)',
  description:
    'For any provider that can post the standard call-log fields (SourceNumber, DestinationNumber, StartTime, ...), as JSON, as raw JSON in a form post, as form fields or in the query string.',
  mappings: {
    // Kept as a .jsonata file so the designer and the tests read the exact text production runs.
    callLog: readFileSync(join(__dirname, 'call-log.jsonata'), 'utf8'),
    popup: readFileSync(join(__dirname, 'popup.jsonata'), 'utf8'),
    callEvent: readFileSync(join(__dirname, 'call-event.jsonata'), 'utf8'),
    route: readFileSync(join(__dirname, 'route.jsonata'), 'utf8'),
    events: readFileSync(join(__dirname, 'events.jsonata'), 'utf8'),
  },
  defaults: { defaultCountry: 'IN', timeZone: 'Asia/Kolkata' },
};
