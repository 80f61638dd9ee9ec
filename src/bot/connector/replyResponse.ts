// What ConnectorClient makes of a Bot Connector response to sending or updating an activity (@azure/core-client's
// deserialisation with the operations' response specs): 200, 201 and 202 give the parsed body (a ResourceResponse,
// `{ id }`), every other status a RestError with the status, and the error body's code and message when it has them.
import { type PipelineResponse, RestError } from '@azure/core-rest-pipeline';

const JSON_TYPES = ['application/json', 'text/json'];

function parsedBody(response: PipelineResponse): unknown {
  const text = response.bodyAsText;
  if (!text) return undefined;
  const contentType = response.headers.get('Content-Type') || '';
  const components = contentType ? contentType.split(';').map((c) => c.toLowerCase()) : [];
  if (components.length > 0 && !components.some((c) => JSON_TYPES.includes(c))) return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RestError(`Error "${String(error)}" occurred while parsing the response body - ${text}.`, {
      code: (error as { code?: string }).code || RestError.PARSE_ERROR, statusCode: response.status, request: response.request, response,
    });
  }
}

export function resourceResponse(response: PipelineResponse): { id?: string } {
  const body = parsedBody(response);
  if (response.status === 200 || response.status === 201 || response.status === 202) {
    // A ResourceResponse: `id` first, then whatever else the body holds; no body gives an empty object.
    if (typeof body !== 'object' || body === null) return {};
    const { id, ...rest } = body as Record<string, unknown>;
    return (id === undefined ? { ...rest } : { id, ...rest }) as { id?: string };
  }
  const error = new RestError(response.bodyAsText ?? '', { statusCode: response.status, request: response.request, response });
  if (body) {
    const inner = ((body as { error?: unknown }).error || body) as { code?: string; message?: string };
    error.code = inner.code;
    if (inner.message) error.message = inner.message;
  }
  throw error;
}
