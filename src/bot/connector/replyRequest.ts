// One Bot Connector request over node's http/https with keep-alive sockets, retried as @azure/core-rest-pipeline's
// default pipeline retries (its own retry policy: Retry-After throttling, exponential back-off on 408 and 5xx, system
// errors such as ECONNRESET; three retries), so a transient failure behaves as it did through ConnectorClient.
import http from 'node:http';
import https from 'node:https';
import {
  createHttpHeaders, createPipelineRequest, defaultRetryPolicy, type PipelineRequest, type PipelineResponse, RestError,
} from '@azure/core-rest-pipeline';

const agents = {
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true }),
};
const retry = defaultRetryPolicy();

export interface ConnectorRequest {
  method: 'POST' | 'PUT';
  url: URL;
  headers: Record<string, string>;
  body: string;
}

function sendOnce(url: URL, request: PipelineRequest, body: string): Promise<PipelineResponse> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const headers: Record<string, string | number> = { ...request.headers.toJSON({ preserveCase: true }), 'Content-Length': Buffer.byteLength(body) };
    const req = (secure ? https : http).request(url, { method: request.method, headers, agent: secure ? agents.https : agents.http }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const responseHeaders = createHttpHeaders();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        resolve({ status: res.statusCode ?? 0, headers: responseHeaders, request, bodyAsText: text });
      });
      res.on('error', (error: NodeJS.ErrnoException) => reject(new RestError(error.message, { code: error.code ?? RestError.REQUEST_SEND_ERROR, request })));
    });
    // As node's HTTP client of the pipeline reports a failed send: a RestError with the system error's code.
    req.once('error', (error: NodeJS.ErrnoException) => reject(new RestError(error.message, { code: error.code ?? RestError.REQUEST_SEND_ERROR, request })));
    req.end(body);
  });
}

/** Sends the request (with the pipeline's retries) and returns the last response; a failed send throws a RestError. */
export function sendConnectorRequest(options: ConnectorRequest): Promise<PipelineResponse> {
  const request = createPipelineRequest({ url: options.url.href, method: options.method, headers: createHttpHeaders(options.headers) });
  // The pipeline sends the request's id as x-ms-client-request-id, the same on every retry.
  request.headers.set('x-ms-client-request-id', request.requestId);
  return retry.sendRequest(request, (r) => sendOnce(options.url, r, options.body));
}
