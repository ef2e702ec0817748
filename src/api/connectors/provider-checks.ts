/**
 * Checks of a connector's provider API settings before they are saved or tested, and how a provider
 * failure reaches the admin API.
 */
import { AppError, isAppError, type ErrorDetail } from '../../errors';
import type { MappingEngine } from '../../mapping/engine';
import { compileCheck, isPermanent, translateMailMerge } from '../../outbound';
import type { OperationConfig } from '../../providers/types';
import { isPrototypeKey } from '../../security/prototype-keys';
import { unknownMergeFieldWarnings } from '../../services/merge-field-names';

/**
 * Translates the seeds' @syntax and compiles each part of a request (URL, each header, the body) in
 * its own context, naming the exact field of every problem; a `{{path}}` that is no merge value
 * Patchcord fills is a warning (the request would fail at send time), naming the nearest known name.
 */
export function checkTemplates(
  prefix: string,
  t: OperationConfig['request'],
): { translated: OperationConfig['request']; problems: ErrorDetail[]; warnings: ErrorDetail[] } {
  const problems: ErrorDetail[] = [];
  const warnings: ErrorDetail[] = [];
  const check = (field: string, source: string, ctx: 'url' | 'header' | 'json' | 'form' | 'text'): string => {
    let translated: string;
    try {
      translated = translateMailMerge(source);
    } catch (err) {
      problems.push({ field, code: 'mail_merge', message: (err as Error).message });
      return source;
    }
    try {
      warnings.push(...unknownMergeFieldWarnings(field, compileCheck(translated, ctx).paths));
    } catch (err) {
      problems.push({ field, code: 'template', message: (err as Error).message });
    }
    return translated;
  };
  const translated: OperationConfig['request'] = {
    ...t,
    url: check(`${prefix}.url`, t.url, 'url'),
    ...(t.headers ? { headers: t.headers.map((h, i) => ({ ...h, value: check(`${prefix}.headers.${i}.value`, h.value, 'header') })) } : {}),
    ...(t.body ? { body: { ...t.body, template: check(`${prefix}.body.template`, t.body.template, t.body.kind) } } : {}),
  };
  return { translated, problems, warnings };
}

/** A response mapping that does not compile, as a problem naming its field and where JSONata stopped. */
export function checkResponseMapping(field: string, expression: string | undefined, engine: MappingEngine): ErrorDetail[] {
  if (expression === undefined) return [];
  try {
    engine.compile(expression);
    return [];
  } catch (err) {
    const detail = isAppError(err) ? err.details[0] : undefined;
    return [
      {
        field,
        code: 'mapping_syntax',
        message: (err as Error).message,
        ...(detail?.position === undefined ? {} : { position: detail.position }),
      },
    ];
  }
}

/** A 400 naming the field whose path reaches an object's prototype (`__proto__`, `constructor`, `prototype`). */
function prototypePath(field: string, segment: string): AppError {
  const message = `"${segment}" may not be a key or a path segment here.`;
  return new AppError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, code: 'forbidden_key', message }]);
}

/**
 * `{"User.TelephonyAgentId": "a1"}` → `{ User: { TelephonyAgentId: "a1" } }`, for sample values. A key
 * with a prototype segment (`__proto__.x`) is refused: written through, it would change every object.
 */
export function nestDotted(values: Record<string, unknown>, field = 'body.values'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const parts = key.split('.');
    const bad = parts.find(isPrototypeKey);
    if (bad !== undefined) throw prototypePath(`${field}.${key}`, bad);
    let cur = out;
    parts.slice(0, -1).forEach((p) => {
      if (!Object.hasOwn(cur, p) || typeof cur[p] !== 'object' || cur[p] === null) cur[p] = {};
      cur = cur[p] as Record<string, unknown>;
    });
    cur[parts[parts.length - 1] ?? key] = value;
  }
  return out;
}

/** `b` merged into `a`, objects key by key; a key of `b` that reaches a prototype is refused, naming it. */
export function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>, field = 'body.values'): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (isPrototypeKey(k)) throw prototypePath(`${field}.${k}`, k);
    const cur = Object.hasOwn(out, k) ? out[k] : undefined;
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && cur && typeof cur === 'object'
        ? deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>, `${field}.${k}`)
        : v;
  }
  return out;
}

/** A provider failure as the admin API reports it: refusals 422, unavailability 502. */
export function providerFailure(err: unknown): AppError {
  // Outbound errors are catalogue errors too; they are reworded for the admin first.
  if (isPermanent(err)) {
    if (err.missingFields?.length)
      return new AppError(
        'VALIDATION_FAILED',
        err.message,
        err.missingFields.map((f) => ({ field: `values.${f}`, code: 'missing', message: `no value for ${f}` })),
      );
    if (err.code === 'TEMPLATE_VALUE' || err.code === 'TEMPLATE_SYNTAX' || err.code === 'MERGE_FIELD_UNKNOWN')
      return new AppError('VALIDATION_FAILED', err.message, [{ code: err.code.toLowerCase(), message: err.message }]);
    return new AppError('PROVIDER_REJECTED', err.message, [{ code: err.code.toLowerCase(), message: err.bodyExcerpt ?? err.message }]);
  }
  if (err instanceof AppError) return err;
  return new AppError('PROVIDER_UNAVAILABLE', `The provider did not answer: ${(err as Error).message}`);
}
