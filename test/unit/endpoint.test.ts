import { z } from 'zod';
import { buildOpenApi, endpoint } from '../../src/api/http/endpoint';

const updateThing = endpoint({
  method: 'patch',
  path: '/api/admin/things/:id',
  summary: 'Update a thing',
  tag: 'things',
  access: ['admin'],
  params: z.object({ id: z.string() }),
  body: z.object({ name: z.string(), enabled: z.boolean().optional() }),
  errors: { 404: 'No such thing', 422: 'Invalid thing' },
  handler: async () => undefined,
});

const webhook = endpoint({
  method: 'post',
  path: '/hooks/:connectorId',
  summary: 'Provider webhook',
  tag: 'webhooks',
  access: 'provider',
  params: z.object({ connectorId: z.string() }),
  status: 202,
  handler: async () => undefined,
});

const doc: any = buildOpenApi([updateThing, webhook], { title: 'Patchcord', version: '1', description: 'test' });

describe('buildOpenApi', () => {
  it('writes express path parameters in OpenAPI form', () => {
    expect(Object.keys(doc.paths)).toEqual(['/api/admin/things/{id}', '/hooks/{connectorId}']);
    expect(doc.paths['/api/admin/things/{id}'].patch.parameters).toEqual([
      expect.objectContaining({ in: 'path', name: 'id', required: true }),
    ]);
  });

  it('documents the request body and every answer', () => {
    const op = doc.paths['/api/admin/things/{id}'].patch;
    const schema = op.requestBody.content['application/json'].schema;
    expect(Object.keys(schema.properties)).toEqual(['name', 'enabled']);
    expect(schema.required).toEqual(['name']);
    expect(op.responses['404'].description).toBe('No such thing');
    expect(Object.keys(op.responses['422'].content['application/json'].schema.properties)).toEqual(['code', 'message', 'details']);
    expect(Object.keys(doc.paths['/hooks/{connectorId}'].post.responses)).toEqual(['202']);
  });

  it('asks for a session only on role-protected routes', () => {
    expect(doc.paths['/api/admin/things/{id}'].patch.security).toEqual([{ bearer: [] }, { cookie: [] }]);
    expect(doc.paths['/hooks/{connectorId}'].post.security).toBeUndefined();
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearer', 'cookie']);
  });
});
