/**
 * A starter mapping from a sample: each canonical field whose name obviously matches a sample field
 * is read from it, through the helper its type needs. Whatever matched nothing is listed in a
 * comment, so the admin sees what is left to map.
 */
import { type SamplePath, samplePaths } from './paths';

export interface StarterField { name: string; seedName: string; type: string; mandatory: boolean }

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Names (normalised) that obviously mean a canonical field, besides its own and its seed name. */
const SYNONYMS: Record<string, string[]> = {
  sourceNumber: ['source', 'from', 'fromnumber', 'caller', 'callerid', 'callernumber', 'callfrom', 'ani', 'cli', 'customernumber'],
  destinationNumber: ['destination', 'to', 'tonumber', 'callto', 'called', 'callednumber', 'dialednumber', 'dnis', 'agentnumber'],
  displayNumber: ['display', 'did', 'didnumber', 'virtualnumber', 'exophone'],
  startTime: ['start', 'started', 'startedat', 'callstart', 'starttime', 'startdate', 'begin'],
  startTimeUtc: ['starttimeutc', 'startutc'],
  endTime: ['end', 'ended', 'endedat', 'callend', 'endtime', 'enddate'],
  durationSeconds: ['duration', 'callduration', 'billsec', 'talktime', 'durationseconds', 'calllength'],
  status: ['status', 'callstatus', 'result', 'outcome', 'disposition'],
  direction: ['direction', 'calldirection', 'calltype'],
  notes: ['notes', 'callnotes', 'note', 'comment', 'comments'],
  recordingUrl: ['recording', 'recordingurl', 'resourceurl', 'recordurl', 'audiourl'],
  sessionId: ['session', 'sessionid', 'callsessionid', 'callid', 'uuid', 'calluuid', 'uniqueid'],
  callerName: ['callername', 'customername'],
  callerCity: ['callercity', 'city'],
  callerState: ['callerstate', 'state'],
  callerCountry: ['callercountry', 'country'],
  callerZipCode: ['callerzipcode', 'zipcode', 'zip', 'pincode', 'postalcode'],
  agentId: ['agentid', 'agentcode', 'agentidentifier', 'agent'],
  leadId: ['leadid'],
};

function read(field: StarterField, path: string): string {
  switch (field.type) {
    case 'phone':
      return `$e164(${path}) ?? ${path}`;
    case 'datetime':
      return field.name === 'startTimeUtc' ? `$localTime(${path}, null, 'UTC') ?? ${path}` : `$localTime(${path}) ?? ${path}`;
    case 'integer':
      return `$duration(${path}) ?? ${path}`;
    default:
      return path;
  }
}

function candidates(p: SamplePath): string[] {
  const own = norm(p.key);
  const parent = p.keys.length > 1 ? norm(p.keys[p.keys.length - 2] ?? '') : '';
  return parent ? [own, parent + own] : [own];
}

export function starterExpression(payload: unknown, fields: readonly StarterField[]): string {
  const scalars = samplePaths(payload).filter((p) => p.kind === 'value');
  const used = new Set<string>();
  const lines: string[] = [];
  const missing: string[] = [];
  for (const field of fields) {
    if (field.type === 'object') continue;
    const names = new Set([norm(field.name), norm(field.seedName), ...(SYNONYMS[field.name] ?? [])]);
    // Shallow fields first, then own names before parent+own combinations.
    const hit = scalars.filter((p) => !used.has(p.path)).sort((a, b) => a.depth - b.depth).find((p) => candidates(p).some((c) => names.has(c)));
    if (hit) {
      used.add(hit.path);
      lines.push(`  "${field.name}": ${read(field, hit.path)}`);
    } else if (field.mandatory) {
      missing.push(field.name);
    }
  }
  const body = lines.join(',\n');
  const todo = missing.length ? `${body ? '\n' : ''}  /* still to map (mandatory): ${missing.join(', ')} */` : '';
  return `{\n${body}${todo}\n}`;
}
