// The OpenAPI 3.1 document of the staff API (served at /api/staff/openapi.json); the tests check every route against it.
import { AGE_BANDS, REQUEST_STATUSES, STAFF_STATUSES } from '../requests/requestStatus';
import { TOPICS } from '../understanding/types';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const errors = {
  400: { description: 'Bad input; the message names the field', content: json(ref('Error')) },
  401: { description: 'No or an unknown bearer token', content: json(ref('Error')) },
  403: { description: 'Outside your teams, or not allowed for your role (the attempt is audited)', content: json(ref('Error')) },
};
const notFound = { 404: { description: 'No such request', content: json(ref('Error')) } };
const referenceParam = { name: 'reference', in: 'path', required: true, description: 'SW-XXXX-XXXX; case, spaces and missing dashes are tolerated', schema: { type: 'string' } };
const query = (name: string, schema: object, description?: string) => ({ name, in: 'query', required: false, schema, ...(description ? { description } : {}) });
const body = (schema: object) => ({ required: true, content: json(schema) });

export function staffOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Steunwijzer staff API', version: '1.0.0', description: 'Requests (aanmeldingen) for WIJ teams. Every call is audited.' },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths: {
      '/api/staff/requests': {
        get: {
          operationId: 'listRequests', summary: 'The queue: urgent first, then oldest; only your teams',
          parameters: [
            query('team', { type: 'string' }), query('status', { enum: [...REQUEST_STATUSES] }), query('topic', { enum: [...TOPICS] }),
            query('age', { enum: Object.keys(AGE_BANDS) }, 'age band'), query('limit', { type: 'integer', minimum: 1, maximum: 500 }),
          ],
          responses: { 200: { description: 'Requests', content: json({ type: 'object', properties: { requests: { type: 'array', items: ref('Request') } } }) }, ...errors },
        },
      },
      '/api/staff/requests/{reference}': {
        get: {
          operationId: 'getRequest', summary: 'One request with its notes', parameters: [referenceParam],
          responses: { 200: { description: 'The request', content: json(ref('Request')) }, ...errors, ...notFound },
        },
      },
      '/api/staff/requests/{reference}/claim': {
        post: {
          operationId: 'claimRequest', summary: 'Oppakken: of two at once one wins; the other gets 409 with claimedBy', parameters: [referenceParam],
          responses: { 200: { description: 'Claimed' }, ...errors, ...notFound, 409: { description: 'Claimed by someone else, or no longer open', content: json(ref('Error')) } },
        },
      },
      '/api/staff/requests/{reference}/status': {
        post: {
          operationId: 'setStatus', summary: 'in_contact, closed (afgerond) or referred (doorverwezen, with a reason)', parameters: [referenceParam],
          requestBody: body({ type: 'object', required: ['status'], additionalProperties: false, properties: { status: { enum: [...STAFF_STATUSES] }, reason: { type: 'string', maxLength: 500 } } }),
          responses: { 200: { description: 'The request', content: json(ref('Request')) }, ...errors, ...notFound, 409: { description: 'Not claimed yet, or finished' } },
        },
      },
      '/api/staff/requests/{reference}/notes': {
        post: {
          operationId: 'addNote', summary: 'A note (stored encrypted)', parameters: [referenceParam],
          requestBody: body({ type: 'object', required: ['text'], additionalProperties: false, properties: { text: { type: 'string', minLength: 1, maxLength: 4000 } } }),
          responses: { 201: { description: 'Added' }, ...errors, ...notFound },
        },
      },
      '/api/staff/requests/{reference}/reassign': {
        post: {
          operationId: 'reassignRequest', summary: 'Coordinators: move to another team (it starts there as new)', parameters: [referenceParam],
          requestBody: body({ type: 'object', required: ['team'], additionalProperties: false, properties: { team: { type: 'string' } } }),
          responses: { 200: { description: 'The request', content: json(ref('Request')) }, ...errors, ...notFound, 409: { description: 'Finished' } },
        },
      },
      '/api/staff/requests/{reference}/export': {
        get: {
          operationId: 'exportRequest', summary: 'Coordinators: the request, its notes and its audit trail (inzageverzoek)', parameters: [referenceParam],
          responses: { 200: { description: 'Export', content: json({ type: 'object', properties: { request: ref('Request'), audit: { type: 'array', items: ref('AuditEntry') } } }) }, ...errors, ...notFound },
        },
      },
      '/api/staff/audit': {
        get: {
          operationId: 'listAudit', summary: 'Coordinators: the audit log, newest first',
          parameters: [
            query('reference', { type: 'string' }), query('action', { type: 'string' }), query('actor', { type: 'integer' }, 'staff account id'),
            query('team', { type: 'string' }), query('since', { type: 'string', format: 'date' }), query('until', { type: 'string', format: 'date' }),
            query('limit', { type: 'integer', minimum: 1, maximum: 1000 }),
          ],
          responses: { 200: { description: 'Entries', content: json({ type: 'object', properties: { entries: { type: 'array', items: ref('AuditEntry') } } }) }, ...errors },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A service-account token (npm run staff -- tokens add) or STAFF_API_TOKEN' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
        Request: {
          type: 'object',
          properties: {
            reference: { type: 'string' }, team: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
            status: { enum: [...REQUEST_STATUSES] }, urgent: { type: 'boolean' }, urgentReason: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' },
            claimedBy: { type: 'string' }, referralReason: { type: 'string' },
            summary: { type: 'object' }, shownOfferings: { type: 'array', items: { type: 'object' } }, contact: { type: 'object' },
            notes: { type: 'array', items: { type: 'object', properties: { author: { type: 'string' }, text: { type: 'string' }, createdAt: { type: 'string' } } } },
          },
        },
        AuditEntry: {
          type: 'object',
          properties: {
            id: { type: 'integer' }, at: { type: 'string', format: 'date-time' }, actorId: { type: 'integer' }, actor: { type: 'string' },
            via: { enum: ['page', 'api', 'teams', 'family', 'system', 'cli'] }, address: { type: 'string' }, action: { type: 'string' },
            reference: { type: 'string' }, teamId: { type: 'string' }, detail: { type: 'object' },
          },
        },
      },
    },
  };
}
