/**
 * What the telephony helpers of every mapping ($e164, $localTime, ...) take and give, as data: the
 * engine's helpers (functions.ts) are documented by it and the designer's autocomplete shows it.
 * Pure data with no imports, so the designer bundles this file as it is.
 */
export interface MappingFunctionDoc {
  name: string;
  /** The arguments as the designer's autocomplete shows them. */
  params: string;
  /** JSONata signature notation: s string, n number, ? optional, after the colon the result. */
  signature: string;
  description: string;
}

export const MAPPING_FUNCTION_DOCS: readonly MappingFunctionDoc[] = [
  {
    name: '$e164',
    params: '(number, country?)',
    signature: '<(sn)s?:s>',
    description: "A phone number in E.164 (+919611795983); the country defaults to the connector's.",
  },
  {
    name: '$localTime',
    params: '(text, format?, zone?)',
    signature: '<(sn)s?s?:s>',
    description: "Local date-time text (default format yyyy-MM-dd HH:mm:ss) read in the connector's time zone, as an ISO UTC string.",
  },
  {
    name: '$epochToIso',
    params: '(n)',
    signature: '<(sn):s>',
    description: 'Epoch seconds (or milliseconds, above 1e11) as an ISO UTC string.',
  },
  { name: '$isoToEpoch', params: '(text)', signature: '<s:n>', description: 'A date-time as epoch seconds.' },
  { name: '$duration', params: '(text)', signature: '<(sn):n>', description: 'Seconds from HH:MM:SS, MM:SS or plain seconds.' },
  { name: '$parseJson', params: '(text)', signature: '<s:x>', description: 'The value of a JSON string held inside a field.' },
];
