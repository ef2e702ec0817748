/**
 * A starter mapping from a sample: each field whose name obviously matches a sample field is read
 * from it, through the helper its type needs. Fields of a complete call that matched nothing are
 * listed in a comment (a start or an end time counting as one), so the admin sees what is left to
 * map here or to other events.
 */
import { type SamplePath, samplePaths } from './paths';

/** A canonical call field, or one of the route input's fields. `utc`: read as UTC without an offset. */
export interface StarterField {
  name: string;
  seedName: string;
  type: string;
  complete: boolean;
  utc?: boolean;
}

/** The route input's fields, in the starter's terms (callerNumber is what the route cannot do without). */
export const ROUTE_STARTER_FIELDS: readonly StarterField[] = [
  { name: 'callerNumber', seedName: 'SourceNumber', type: 'phone', complete: true },
  { name: 'virtualNumber', seedName: 'DisplayNumber', type: 'phone', complete: false },
  { name: 'sessionId', seedName: 'CallSessionId', type: 'string', complete: false },
];

const TIMES = new Set(['startTime', 'startTimeUtc', 'endTime', 'endTimeUtc']);
/** How the complete set's time requirement reads: any of the four times is enough. */
export const ANY_TIME = 'a start or end time';

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Names (normalised) that obviously mean a canonical field, besides its own and its seed name. */
const SYNONYMS: Record<string, string[]> = {
  sourceNumber: ['source', 'from', 'fromnumber', 'caller', 'callerid', 'callernumber', 'callfrom', 'ani', 'cli', 'customernumber'],
  destinationNumber: ['destination', 'to', 'tonumber', 'callto', 'called', 'callednumber', 'dialednumber', 'dnis'],
  displayNumber: ['display', 'did', 'didnumber', 'virtualnumber', 'exophone'],
  agentNumber: ['agentnumber', 'agentphone', 'agentphonenumber', 'agentmobile', 'extension'],
  startTime: ['start', 'started', 'startedat', 'callstart', 'starttime', 'startdate', 'begin'],
  startTimeUtc: ['starttimeutc', 'startutc'],
  answeredAt: ['answertime', 'answeredat', 'answeredtime', 'answerdate', 'connectedat'],
  endTime: ['end', 'ended', 'endedat', 'callend', 'endtime', 'enddate'],
  endTimeUtc: ['endtimeutc', 'endutc'],
  durationSeconds: ['duration', 'callduration', 'billsec', 'talktime', 'durationseconds', 'calllength'],
  ringSeconds: ['ringduration', 'ringtime', 'ringseconds', 'waittime'],
  totalSeconds: ['totalduration', 'totaltime', 'totalseconds'],
  status: ['status', 'callstatus', 'result', 'outcome', 'disposition'],
  providerStatus: ['providerstatus', 'dialstatus'],
  hangupCause: ['hangupcause', 'hangupby', 'disconnectedby', 'hanguporigin'],
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
  ivr: ['ivr', 'ivrpath', 'menu', 'dtmf', 'digits'],
  callerNumber: ['source', 'from', 'fromnumber', 'caller', 'callerid', 'callernumber', 'callfrom', 'ani', 'cli', 'customernumber'],
  virtualNumber: ['display', 'did', 'didnumber', 'virtualnumber', 'exophone', 'to', 'dnis', 'called'],
};

function read(field: StarterField, path: string): string {
  switch (field.type) {
    case 'phone':
      return `$e164(${path}) ?? ${path}`;
    case 'datetime':
      return field.utc || field.name.endsWith('Utc') ? `$localTime(${path}, null, 'UTC') ?? ${path}` : `$localTime(${path}) ?? ${path}`;
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
  let time = false;
  for (const field of fields) {
    if (field.type === 'object') continue;
    const names = new Set([norm(field.name), norm(field.seedName), ...(SYNONYMS[field.name] ?? [])]);
    // Shallow fields first, then own names before parent+own combinations.
    const hit = scalars
      .filter((p) => !used.has(p.path))
      .sort((a, b) => a.depth - b.depth)
      .find((p) => candidates(p).some((c) => names.has(c)));
    if (hit) {
      used.add(hit.path);
      lines.push(`  "${field.name}": ${read(field, hit.path)}`);
      if (TIMES.has(field.name)) time = true;
    } else if (field.complete) {
      missing.push(field.name);
    }
  }
  // A start or an end time count as one: either is enough.
  const left: string[] = [];
  for (const name of missing) {
    if (!TIMES.has(name)) left.push(name);
    else if (!time && !left.includes(ANY_TIME)) left.push(ANY_TIME);
  }
  const body = lines.join(',\n');
  const todo = left.length ? `${body ? '\n' : ''}  /* still to map here or in other events: ${left.join(', ')} */` : '';
  return `{\n${body}${todo}\n}`;
}
