/**
 * One exchange with the XML gateway: POST the request document as `application/xml` (UTF-8,
 * no BOM) to the endpoint, read the `<response>`. Transport and HTTP failures are thrown by the
 * sdk's http client as classified RegistrarErrors (TRANSPORT, REMOTE, RATE_LIMITED, ...).
 */
import type { HttpClient } from '@registrar-kit/sdk';
import { buildRequest, type GatewayAuth } from './request.js';
import { parseResponse, type GatewayResponse } from './response.js';
import type { Task } from './tasks.js';

export interface Gateway {
  send(task: Task): Promise<GatewayResponse>;
}

export function createGateway(http: HttpClient, endpoint: string, auth: GatewayAuth): Gateway {
  return {
    async send(task) {
      const res = await http.request({
        method: 'POST',
        url: endpoint,
        headers: { 'content-type': 'application/xml; charset=utf-8' },
        body: buildRequest(auth, task),
        label: task.code,
      });
      return parseResponse(res.text, task.code);
    },
  };
}
